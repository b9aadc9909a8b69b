"""The Check tab's patient row: age in years (its group derived and shown), sex, and onset or course.

An age in years is what a clinician has; the checker's conditions cite age groups, so the group is shown
next to the years ("→ older, 50 and over") and both reach the checker. A session saved before years existed
holds only a group: it is shown as that group until an age in years is typed.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from legpain_gui.kb.vocab import group_of_years
from legpain_gui.gui.flow import FlowLayout, keep_together

GROUP_TEXT = {"child": "child, under 18", "adult": "adult, 18-49", "older": "older, 50 and over"}
# HPO's course terms and their definitions (HP:0011009, HP:0011011, HP:0011010), in short.
COURSES = (("Onset: not given", None), ("Acute: sudden, over a short time", "acute"),
           ("Subacute: somewhat rapid", "subacute"), ("Chronic: slow, creeping, long-lasting", "chronic"))
NO_AGE = -1


def age_group(years: int | None) -> str | None:
    if years is None:
        return None
    return group_of_years(years)


class PatientRow(QWidget):
    """Age, sex and course; `changed` fires on any edit."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._group: str | None = None  # a group without years (an older session)
        self.age = QSpinBox()
        self.age.setRange(NO_AGE, 120)
        self.age.setSpecialValueText("Age: not given")
        self.age.setSuffix(" years")
        self.age.setValue(NO_AGE)
        self.age.setAccessibleName("Age in years")
        self.age.setToolTip("The patient's age in years (0-120); its age group is shown beside it. "
                            "Clear it with the down arrow below 0.")
        self.group = QLabel()
        self.group.setAccessibleName("Age group")
        self.sex = QComboBox()
        self.sex.setAccessibleName("Sex")
        for text, value in (("Sex: not given", None), ("Female", "female"), ("Male", "male")):
            self.sex.addItem(text, value)
        self.course = QComboBox()
        self.course.setAccessibleName("Onset or course")
        self.course.setToolTip("How the leg symptoms began and have run (HPO's onset and course terms)")
        for text, value in COURSES:
            self.course.addItem(text, value)
        # One row when there is room, wrapping when the entry side is narrow or the text large (gui/flow.py); the
        # course box may shrink below its longest choice rather than widen the whole entry side
        self.course.setMinimumWidth(8 * self.course.fontMetrics().averageCharWidth())
        row = FlowLayout(self)
        row.addWidget(keep_together(self.age, self.group))
        row.addWidget(self.sex)
        row.addWidget(self.course)
        self.age.valueChanged.connect(self._age_edited)
        self.sex.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.course.currentIndexChanged.connect(lambda _: self.changed.emit())
        self._show_group()

    # ---- values ---------------------------------------------------------------------------------------
    def years(self) -> int | None:
        return None if self.age.value() == NO_AGE else self.age.value()

    def value(self) -> dict:
        """{'age': years or a group or None, 'age_years': years or None, 'sex': ..., 'course': ...}"""
        years = self.years()
        return {"age": years if years is not None else self._group, "age_years": years,
                "sex": self.sex.currentData(), "course": self.course.currentData()}

    def set_value(self, data: dict, emit: bool = True) -> None:
        """From a session or the autosaved patient: age as years or a group, sex, course."""
        self.blockSignals(True)
        try:
            age = data.get("age_years", data.get("age"))
            self._group = None
            if isinstance(age, (int, float)) and not isinstance(age, bool) and 0 <= age <= 120:
                self.age.setValue(int(age))
            else:
                self.age.setValue(NO_AGE)
                self._group = age if age in GROUP_TEXT else None
            self.sex.setCurrentIndex(max(0, self.sex.findData(data.get("sex"))))
            self.course.setCurrentIndex(max(0, self.course.findData(data.get("course"))))
        finally:
            self.blockSignals(False)
        self._show_group()
        if emit:
            self.changed.emit()

    def clear(self) -> None:
        self.set_value({})

    def is_empty(self) -> bool:
        v = self.value()
        return v["age"] is None and v["sex"] is None and v["course"] is None

    # ---- display --------------------------------------------------------------------------------------
    def _age_edited(self, _value: int) -> None:
        self._group = None  # typed years replace a group from an older session
        self._show_group()
        self.changed.emit()

    def _show_group(self) -> None:
        group = age_group(self.years()) or self._group
        self.group.setText(f"→ {GROUP_TEXT[group]}" if group else "")
        self.group.setVisible(bool(group))

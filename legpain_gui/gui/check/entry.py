"""The Check tab's left side: the patient being entered.

The finding box, the patient row (age, sex, course), the checklist, the entered findings as chips, "New
patient" with undo, "Paste a case…", and the offer to bring back an autosaved patient. It holds the
patient's state and says when it changes (`changed`); it never talks to the checker.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from legpain_gui.gui.check.checklist import ChecklistTree, state_colour
from legpain_gui.gui.check.finder import FindingBox
from legpain_gui.gui.check.patient import PatientRow

STATE_MARK = {"present": "✓", "absent": "✗"}


def button(text: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setToolTip(tip)
    b.setAccessibleName(text.replace("…", "").replace("&", ""))
    return b


class EntryPanel(QWidget):
    """Findings present/absent plus age, sex and course: one patient."""

    changed = Signal()  # anything about the patient changed (findings, age, sex, course)
    newPatientRequested = Signal()  # the controller asks before discarding unsaved findings
    pasteRequested = Signal()
    restoreAccepted = Signal()
    restoreDeclined = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.states: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.dirty = False  # changed since the last save, open or new patient
        self._undo: dict | None = None
        self.box = FindingBox()
        self.patient = PatientRow()
        self.tree = ChecklistTree()
        self.chips = QListWidget()
        self.chips.setAccessibleName("Findings entered")
        self.chips.setFlow(QListWidget.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.chips.setSpacing(3)
        self.chips.setMaximumHeight(92)
        self.chips.setToolTip("Double-click to switch present/absent; Delete removes")
        self.new_button = button("&New patient", "Clear the findings, age, sex and course (Ctrl+N; can be undone)")
        self.undo_button = button("&Undo", "Bring back the patient just cleared (Ctrl+Z)")
        self.undo_button.hide()
        self.paste_button = button("Paste a &case…", "Turn a referral letter, summary or case report into "
                                   "findings; you review each before it is entered (Ctrl+Shift+V)")
        self.restore_bar = QFrame()
        self.restore_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.restore_bar.setAccessibleName("Autosaved patient")
        self.restore_text = QLabel()
        self.restore_text.setWordWrap(True)
        self.restore_text.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_yes = button("&Restore", "Bring back the patient you were working on")
        self.restore_no = button("Discard", "Start without it (it is deleted)")
        bar = QHBoxLayout(self.restore_bar)
        bar.addWidget(self.restore_text, 1)
        bar.addWidget(self.restore_yes)
        bar.addWidget(self.restore_no)
        self.restore_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.restore_bar)
        layout.addWidget(self.box)
        layout.addWidget(self.patient)
        layout.addWidget(self.tree, 1)
        entered = QLabel("Entered (✓ present, ✗ absent):")
        entered.setAccessibleName("Entered findings heading")
        layout.addWidget(entered)
        layout.addWidget(self.chips)
        row = QHBoxLayout()
        for b in (self.new_button, self.undo_button, self.paste_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

        self.box.findingChosen.connect(lambda hpo, name, state: self.set_state(hpo, self.labels.get(hpo) or name, state))
        self.tree.stateRequested.connect(self.set_state)
        self.chips.itemDoubleClicked.connect(self._toggle_chip)
        self.chips.installEventFilter(self)
        self.patient.changed.connect(self._patient_edited)
        self.new_button.clicked.connect(self.newPatientRequested)
        self.undo_button.clicked.connect(self.undo)
        self.paste_button.clicked.connect(self.pasteRequested)
        self.restore_yes.clicked.connect(self.restoreAccepted)
        self.restore_no.clicked.connect(self.restoreDeclined)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ---- findings -----------------------------------------------------------------------------------
    def set_checklist(self, groups) -> None:
        for _, items in groups:
            for hpo, _plain, clinical in items:
                self.labels.setdefault(hpo, clinical)
        self.tree.fill(groups)
        self.refresh()

    def learn_labels(self, report: dict) -> None:
        """Findings entered by ID only (an older session, a script) get their clinical label from the report."""
        missing = {h for h in self.states if self.labels.get(h, h) == h}
        if not missing:
            return
        for hpo, label in (report.get("labels") or {}).items():  # every entered finding, implied ones too
            if hpo in missing and label:
                self.labels[hpo] = label
        for result in report.get("results", [])[:1]:
            for c in result.get("contributions", []):
                if c.get("hpo") in missing:
                    self.labels[c["hpo"]] = c["label"]
        self.refresh()

    def set_state(self, hpo: str, label: str | None, state) -> None:
        """Mark a finding present, absent, or (None) not asked."""
        if label:
            self.labels[hpo] = label
        if state is None:
            self.states.pop(hpo, None)
        else:
            self.states[hpo] = state
        self._edited()

    def enter(self, findings: list[tuple[str, str, str]]) -> None:
        """Several reviewed findings at once (hpo, label, state): one change."""
        for hpo, label, state in findings:
            self.labels[hpo] = label or self.labels.get(hpo, hpo)
            self.states[hpo] = state
        self._edited()

    # ---- the patient as data ------------------------------------------------------------------------
    def value(self) -> dict:
        """The patient: findings, their labels, age (years or group), sex, course."""
        return {"present": [h for h, s in self.states.items() if s == "present"],
                "absent": [h for h, s in self.states.items() if s == "absent"],
                "labels": {h: self.labels.get(h, h) for h in self.states}, **self.patient.value()}

    def load(self, data: dict, dirty: bool = False) -> None:
        self.states = {h: "present" for h in data.get("present", [])}
        self.states.update({h: "absent" for h in data.get("absent", [])})
        self.labels.update(data.get("labels", {}))
        self.patient.set_value(data, emit=False)
        self._undo = None
        self.undo_button.hide()
        self.refresh()
        self.dirty = dirty
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self.states and self.patient.is_empty()

    def new_patient(self) -> None:
        """Clear everything about the patient; Undo brings it back."""
        if self.is_empty():
            return
        undo = self.value()
        undo["dirty"] = self.dirty
        self.load({})
        self._undo = undo
        self.undo_button.show()
        self.undo_button.setFocus()

    def replace(self, data: dict) -> None:
        """Load another patient in place of this one; Undo brings this one back."""
        undo = None if self.is_empty() else {**self.value(), "dirty": self.dirty}
        self.load(data, dirty=True)
        if undo is not None:
            self._undo = undo
            self.undo_button.show()

    def undo(self) -> None:
        if self._undo:
            data = self._undo
            self.load(data, dirty=data.get("dirty", True))

    # ---- autosaved patient --------------------------------------------------------------------------
    def offer_restore(self, text: str) -> None:
        self.restore_text.setText(text)
        self.restore_bar.show()

    def hide_restore(self) -> None:
        self.restore_bar.hide()

    # ---- internals ----------------------------------------------------------------------------------
    def _patient_edited(self) -> None:
        self._edited()

    def _edited(self) -> None:
        self.dirty = True
        self._undo = None
        self.undo_button.hide()
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        self.tree.sync(self.states)
        self.chips.clear()
        for hpo, state in self.states.items():
            item = QListWidgetItem(f"{STATE_MARK[state]} {self.labels.get(hpo, hpo)}")
            item.setData(Qt.ItemDataRole.UserRole, hpo)
            item.setToolTip(f"{hpo} · {state}")
            item.setForeground(state_colour(self, state))
            self.chips.addItem(item)

    def _toggle_chip(self, item: QListWidgetItem) -> None:
        hpo = item.data(Qt.ItemDataRole.UserRole)
        self.set_state(hpo, None, "absent" if self.states.get(hpo) == "present" else "present")

    def eventFilter(self, obj, event) -> bool:
        if obj is self.chips and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            item = self.chips.currentItem()
            if item is not None:
                self.set_state(item.data(Qt.ItemDataRole.UserRole), None, None)
                return True
        return super().eventFilter(obj, event)

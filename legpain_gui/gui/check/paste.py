"""Paste a case: free text in, reviewed findings out.

Two steps in one dialog. First the text (a referral letter, a discharge summary, a case report); "Find
findings" (Ctrl+Return) asks the controller to extract them off the UI thread. Then the review: the text
with every finding highlighted, and one row per finding to tick, flip (present/absent) or untick. Only
"Enter" puts the ticked rows into the Check tab; Cancel or Escape enters nothing. The age and sex the
text states are offered the same way, unticked when they would replace what is already entered.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSplitter, QStackedWidget, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget,
)

from legpain_gui.checker.review import ReviewRow, accepted
from legpain_gui.render.extract_html import highlighted_html

MAX_CHARS = 100_000
STATES = (("choose…", None), ("Present", "present"), ("Absent", "absent"))


class PasteDialog(QDialog):
    """extractRequested(text) goes to the controller, which answers with show_result or show_error."""

    extractRequested = Signal(str)

    def __init__(self, parent=None, current: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle("Paste a case")
        self.setAccessibleName("Paste a case")
        self.resize(980, 680)
        self.current = current or {}
        self.rows: list[ReviewRow] = []
        self.result: dict | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._text_page())
        self.stack.addWidget(self._review_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.buttons = QDialogButtonBox()
        self.find_button = self.buttons.addButton("&Find findings", QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button = self.buttons.addButton("← &Back to the text", QDialogButtonBox.ButtonRole.ActionRole)
        self.enter_button = self.buttons.addButton("&Enter", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.find_button.clicked.connect(self._find)
        self.back_button.clicked.connect(lambda: self._page(0))
        self.enter_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._ctrl_return)
        self._page(0)

    # ---- pages -------------------------------------------------------------------------------------
    def _text_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        intro = QLabel("Paste or type the case in English: a referral letter, a summary or a case report. It is read "
                       "on this computer only. You review every finding before it is entered.")
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Case text")
        self.text.setPlaceholderText("e.g. 54-year-old man with two weeks of burning feet and foot drop on the right; "
                                     "no fever; ESR 90 mm/h…")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Paste message")
        v.addWidget(intro)
        v.addWidget(self.text, 1)
        v.addWidget(self.message)
        return page

    def _review_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Review summary")
        self.view = QTextBrowser()
        self.view.setAccessibleName("The text with its findings highlighted")
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName("Findings to review")
        self.table.setHorizontalHeaderLabels(["Enter", "State", "Finding", "Words in the text · note"])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.use_age = QCheckBox()
        self.use_sex = QCheckBox()
        self.use_course = QCheckBox()
        patient = QHBoxLayout()
        patient.addWidget(self.use_age)
        patient.addWidget(self.use_sex)
        patient.addWidget(self.use_course)
        patient.addStretch(1)
        all_row = QHBoxLayout()
        tick, untick = QPushButton("Tick all the patient's"), QPushButton("Untick all")
        tick.clicked.connect(lambda: self._tick_all(True))
        untick.clicked.connect(lambda: self._tick_all(False))
        all_row.addWidget(tick)
        all_row.addWidget(untick)
        all_row.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.table)
        split.setSizes([260, 300])
        v.addWidget(self.summary)
        v.addWidget(split, 1)
        v.addLayout(patient)
        v.addLayout(all_row)
        self.table.itemChanged.connect(self._ticked)
        self.use_age.toggled.connect(lambda _: self._update_enter())
        self.use_sex.toggled.connect(lambda _: self._update_enter())
        self.use_course.toggled.connect(lambda _: self._update_enter())
        self.table.currentCellChanged.connect(lambda row, *_: self._highlight(row))
        return page

    def _page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.find_button.setVisible(index == 0)
        self.back_button.setVisible(index == 1)
        self.enter_button.setVisible(index == 1)
        (self.text if index == 0 else self.table).setFocus()
        self._update_enter()

    # ---- step 1: the text --------------------------------------------------------------------------
    def _ctrl_return(self) -> None:
        if self.stack.currentIndex() == 0:
            self._find()
        elif self.enter_button.isEnabled():
            self.accept()

    def _find(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self.message.setText("Paste or type the case first.")
            return
        if len(text) > MAX_CHARS:
            self.message.setText(f"The text is too long ({len(text):,} characters; at most {MAX_CHARS:,}). "
                                 "Paste the part about this presentation.")
            return
        self.message.setText("Reading the text…")
        self.find_button.setEnabled(False)
        self.extractRequested.emit(text)

    def show_error(self, message: str) -> None:
        self.find_button.setEnabled(True)
        self.message.setText(message)

    # ---- step 2: the review ------------------------------------------------------------------------
    def show_result(self, text: str, result: dict, rows: list[ReviewRow]) -> None:
        self.find_button.setEnabled(True)
        self.message.setText("")
        self._text, self.result, self.rows = text, result, rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if row.accept else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.AccessibleTextRole, f"Enter {row.label}")
            self.table.setItem(i, 0, tick)
            combo = QComboBox()
            combo.setAccessibleName(f"{row.label}: state")
            for label, value in STATES:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(row.state)))
            combo.currentIndexChanged.connect(lambda _=0, i=i, c=combo: self._state_chosen(i, c.currentData()))
            self.table.setCellWidget(i, 1, combo)
            name = QTableWidgetItem(f"{row.label} ({row.hpo})")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(i, 2, name)
            words = "; ".join(f"“{t}”" for t in row.texts) + (f" · {row.why}" if row.why else "")
            note = QTableWidgetItem(words)
            note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            note.setToolTip(words)
            self.table.setItem(i, 3, note)
        self.table.blockSignals(False)
        self._offer_patient(result)
        self._render()
        self._page(1)
        if not rows:
            self.summary.setText("No findings were recognised in this text. Go back to rephrase it, or enter "
                                 "findings in the Check tab's box.")

    def _offer_patient(self, result: dict) -> None:
        course_words = result.get("course_text") or ""
        for box, key, shown in ((self.use_age, "age", lambda v: f"Age {v} years"),
                                (self.use_sex, "sex", lambda v: f"Sex {v}"),
                                (self.use_course, "course", lambda v: f"Course {v}")):
            value = result.get(key)
            box.setVisible(value is not None)
            if value is None:
                box.setChecked(False)
                continue
            mine = self.current.get("age_years" if key == "age" else key)
            said = f" (“{course_words}”)" if key == "course" and course_words else ""
            box.setText(f"Use “{shown(value)}” from the text{said}"
                        + (f" (replaces {mine})" if mine not in (None, value) else ""))
            box.setChecked(mine is None)

    def _state_chosen(self, i: int, state) -> None:
        self.rows[i].state = state
        if state is not None and self.rows[i].context == "patient":
            self.table.item(i, 0).setCheckState(Qt.CheckState.Checked)  # choosing a state means "enter it"
        self._render()

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.rows[item.row()].accept = item.checkState() == Qt.CheckState.Checked
            self._update_enter()

    def _tick_all(self, on: bool) -> None:
        for i, row in enumerate(self.rows):
            if not on or (row.context == "patient" and row.state is not None):
                self.table.item(i, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _highlight(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self._render(self.rows[row].hpo)
            self.view.scrollToAnchor(f"f{row}")

    def _render(self, selected: str | None = None) -> None:
        theme = "dark" if QApplication.palette().window().color().lightness() < 128 else "light"  # the app's: set at once
        span = (self.result or {}).get("course_span")
        course = (span[0], span[1], self.result["course"]) if span else None
        self.view.setHtml(highlighted_html(getattr(self, "_text", ""), self.rows, selected, theme, course))
        self._update_enter()

    def _update_enter(self) -> None:
        chosen = self.chosen()
        undecided = sum(1 for r in self.rows if r.accept and r.state is None)
        n = len(chosen)
        self.enter_button.setText(f"&Enter {n} finding{'s' if n != 1 else ''}")
        told = self.use_age.isChecked() or self.use_sex.isChecked() or self.use_course.isChecked()
        self.enter_button.setEnabled(bool(n or told) and not undecided)
        if self.rows:
            self.summary.setText(f"{len(self.rows)} findings found; {n} ticked to enter."
                                 + (f" {undecided} ticked without a state: choose Present or Absent." if undecided else "")
                                 + " Click a row to see it in the text. ✓ present, ✗ absent, ? undecided, "
                                   "grey: not the patient's own; underlined: the course's words.")

    # ---- what the tab receives ---------------------------------------------------------------------
    def chosen(self) -> list[tuple[str, str, str]]:
        return accepted(self.rows)

    def patient(self) -> dict:
        out = {}
        if self.result and self.use_age.isChecked() and self.result.get("age") is not None:
            out["age_years"] = self.result["age"]
        if self.result and self.use_sex.isChecked() and self.result.get("sex"):
            out["sex"] = self.result["sex"]
        if self.result and self.use_course.isChecked() and self.result.get("course"):
            out["course"] = self.result["course"]
        return out

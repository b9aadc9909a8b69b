"""The clinic pane under a condition page: the clinic's pathway, the clinic's notes (author, time, last
editor), the changes typed here that the server has not taken yet, and a box to add or edit a note.

Layout only: it shows a `ClinicView` and asks through signals; gui/clinic/controller.py does the work.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from legpain_gui.clinic.schema import MAX_TEXT

UNREACHABLE = "clinic server unreachable, retrying"


def _when(stamp) -> str:
    return stamp.astimezone().strftime("%d %b %Y %H:%M") if stamp is not None else ""


def _text_html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class ClinicPanel(QFrame):
    """Shows one condition's clinic notes; never talks to the server itself."""

    addRequested = Signal(str, str)  # condition id, text
    editRequested = Signal(object, str)  # the note (as read), the new text
    deleteRequested = Signal(object)
    pathwayRequested = Signal(str, str, object)  # condition id, text, the pathway as read (or None)
    keepMineRequested = Signal(str)  # a conflict's key
    discardRequested = Signal(str)
    retryRequested = Signal()
    draftChanged = Signal(str, str)  # condition id, the text in the box (kept while not sent)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("clinicPanel")
        self.setAccessibleName("Clinic notes")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.condition_id: str | None = None
        self.view = None
        self._editing = None  # the note (or "pathway") the box is editing; None: the box adds a note
        self._draft = ""  # the new note's text while the box edits another
        self.title = QLabel("<b>Clinic notes</b>")
        self.status = QLabel("")
        self.status.setAccessibleName("Clinic server status")
        self.status.setWordWrap(True)
        self.retry = QToolButton()
        self.retry.setText("Retry now")
        self.retry.hide()
        self.retry.clicked.connect(self.retryRequested)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status, 1)
        head.addWidget(self.retry)

        self.items = QWidget()
        self.items_layout = QVBoxLayout(self.items)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.items)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setMinimumHeight(130)
        self.scroll.setMaximumHeight(220)

        self.box = QPlainTextEdit()
        self.box.setAccessibleName("Clinic note text")
        self.box.setMaximumHeight(56)
        self.box.setPlaceholderText("A note for the whole clinic: every workstation sees it with your name. "
                                    "No patient names or identifiers.")
        self.box.textChanged.connect(self._box_changed)
        self.send = QPushButton("Add clinic note")
        self.send.clicked.connect(self._send)
        self.cancel = QPushButton("Cancel")
        self.cancel.clicked.connect(self._stop_editing)
        self.cancel.hide()
        self.pathway_button = QPushButton("Edit pathway")
        self.pathway_button.setToolTip("Clinic editors write the clinic's pathway for this condition")
        self.pathway_button.clicked.connect(self._edit_pathway)
        self.pathway_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.pathway_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.send)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addWidget(self.scroll)
        layout.addWidget(self.box)
        layout.addLayout(buttons)

    # ---- what it shows ---------------------------------------------------------------------------------------
    def show_loading(self, condition_id: str, draft: str = "") -> None:
        if condition_id != self.condition_id:
            self.condition_id, self.view = condition_id, None
            self._stop_editing()
            self.box.blockSignals(True)
            self.box.setPlainText(draft)
            self.box.blockSignals(False)
            self._clear()
            self.status.setText("reading the clinic's notes…")

    def show_problem(self, message: str) -> None:
        """The clinic store is named but cannot be used (a bad address): say so, keep the box."""
        self.status.setText(message)
        self.retry.hide()

    def show_view(self, view) -> None:
        """A `ClinicView` for the condition shown (others are ignored: the page moved on)."""
        if view.condition_id != self.condition_id:
            return
        self.view = view
        if view.online:
            role = "editor" if view.editor else "clinician"
            self.status.setText(f"<span style='color:gray'>shared with every workstation · {escape(view.server)} · "
                                f"you: {escape(view.me)} ({role})</span>")
        else:
            seen = f" · showing the notes as read at {view.last_read}" if view.last_read else ""
            self.status.setText(f"<span style='color:#b45309'>⚠ {escape(view.problem)}{seen}</span>")
        self.retry.setVisible(not view.online)
        self.pathway_button.setVisible(view.online and view.editor)
        self._clear()
        if view.pathway is not None:
            p = view.pathway
            self._row(f"<b>Clinic pathway</b> <span style='color:gray'>(by {escape(p.author)}, {_when(p.updated)}"
                      f"{'' if p.last_editor == p.author else ', last edited by ' + escape(p.last_editor)})</span><br>"
                      f"{_text_html(p.text)}", [], "pathway")
        for note in view.notes:
            mine = note.author == view.me or view.editor
            edited = (f", last edited by {escape(note.last_editor)} {_when(note.updated)}"
                      if note.version > 1 else "")
            actions = [("Edit", lambda _=False, n=note: self._edit(n)),
                       ("Delete", lambda _=False, n=note: self.deleteRequested.emit(n))] if mine and view.online else []
            self._row(f"<span style='color:gray'>{escape(note.author)} · {_when(note.created)}{edited}</span><br>"
                      f"{_text_html(note.text)}", actions, f"note {note.key}")
        for change in view.waiting:
            self._waiting(change)
        if not view.notes and view.pathway is None and not view.waiting:
            empty = ("No clinic notes on this condition yet." if view.online or view.last_read else
                     "The clinic's notes on this condition appear here when the server answers; a note you add now "
                     "is kept on this computer and sent then.")
            self._row(f"<span style='color:gray'>{empty}</span>", [], "empty")
        self.items_layout.addStretch(1)

    def _waiting(self, change) -> None:
        what = {"add": "New note", "edit": "Edit", "delete": "Delete", "pathway": "Pathway"}[change.op]
        if change.state == "pending":
            self._row(f"<span style='color:#b45309'>{what}, not sent yet: kept on this computer and sent when the "
                      f"server answers.</span><br>{_text_html(change.text)}", [], "waiting", warn=True)
        elif change.state == "conflict":
            theirs = ("deleted there" if change.theirs is None else _text_html(change.theirs))
            self._row(f"<span style='color:#b91c1c'><b>Conflict:</b> {escape(change.problem)}</span><br>"
                      f"<b>Theirs:</b> {theirs}<br><b>Yours:</b> {_text_html(change.text)}",
                      [("Keep mine", lambda _=False, k=change.key: self.keepMineRequested.emit(k)),
                       ("Take theirs", lambda _=False, k=change.key: self.discardRequested.emit(k))],
                      "conflict", warn=True)
        else:
            self._row(f"<span style='color:#b91c1c'>{what} not sent: {escape(change.problem)}</span><br>"
                      f"{_text_html(change.text)}",
                      [("Dismiss", lambda _=False, k=change.key: self.discardRequested.emit(k))], "refused", warn=True)

    def _row(self, html: str, actions, name: str, warn: bool = False) -> None:
        row = QFrame()
        row.setObjectName("clinicRow")
        if warn:
            row.setStyleSheet("#clinicRow { border-left: 3px solid #d97706; }")
        lay = QHBoxLayout(row)
        lay.setContentsMargins(4, 2, 4, 2)
        label = QLabel(html)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(f"Clinic {name}")
        lay.addWidget(label, 1)
        for text, slot in actions:
            button = QToolButton()
            button.setText(text)
            button.clicked.connect(slot)
            lay.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.items_layout.addWidget(row)

    def _clear(self) -> None:
        while self.items_layout.count():
            item = self.items_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def rows(self) -> list[str]:
        """The texts shown, in order (for tests and screen readers)."""
        out = []
        for i in range(self.items_layout.count()):
            widget = self.items_layout.itemAt(i).widget()
            if widget is not None and widget.findChild(QLabel) is not None:
                out.append(widget.findChild(QLabel).text())
        return out

    # ---- the box -----------------------------------------------------------------------------------------
    def _box_changed(self) -> None:
        text = self.box.toPlainText()
        if len(text) > MAX_TEXT:
            self.status.setText(f"A clinic note can be at most {MAX_TEXT:,} characters.")
        if self._editing is None and self.condition_id:
            self.draftChanged.emit(self.condition_id, text)

    def _send(self) -> None:
        text = self.box.toPlainText().strip()
        if not text or self.condition_id is None or len(text) > MAX_TEXT:
            return
        if self._editing == "pathway":
            self.pathwayRequested.emit(self.condition_id, text, self.view.pathway if self.view else None)
        elif self._editing is not None:
            self.editRequested.emit(self._editing, text)
        else:
            self.addRequested.emit(self.condition_id, text)
        self._stop_editing(clear=True)

    def _edit(self, note) -> None:
        self._start_editing(note, note.text, "Save edit")

    def _edit_pathway(self) -> None:
        current = self.view.pathway if self.view else None
        self._start_editing("pathway", current.text if current else "", "Save pathway")

    def _start_editing(self, what, text: str, label: str) -> None:
        if self._editing is None:
            self._draft = self.box.toPlainText()  # the note being written comes back after the edit
        self._editing = what
        self.box.blockSignals(True)
        self.box.setPlainText(text)
        self.box.blockSignals(False)
        self.send.setText(label)
        self.cancel.show()
        self.box.setFocus()

    def _stop_editing(self, clear: bool = False) -> None:
        was_editing = self._editing is not None
        self._editing = None
        self.send.setText("Add clinic note")
        self.cancel.hide()
        if clear and not was_editing:
            self.box.clear()  # the new note is sent: its draft goes
        elif was_editing:
            self.box.blockSignals(True)
            self.box.setPlainText(self._draft)
            self.box.blockSignals(False)

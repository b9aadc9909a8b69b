"""The Check tab's finding box: type words or an HPO ID, choose one suggestion, enter it present or absent.

Only the highlighted suggestion is ever entered. A cue in the words ("no hair loss", "without fever",
"denies weakness", "fever absent") enters the finding absent; an uncertain one ("possible livedo",
"livedo?") asks the clinician to decide. The Present / Absent toggle (Alt+P, Alt+B) sets the state otherwise.
When nothing matches, the box says so and enters nothing.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QCompleter, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from legpain_gui.checker.typed import typed_polarity


class FindingBox(QWidget):
    """Words in, one chosen finding out (findingChosen: hpo, label, 'present' | 'absent')."""

    findingChosen = Signal(str, str, str)
    completionRequested = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Add a finding (words or HPO ID; \"no …\" = absent)  Ctrl+L")
        self.edit.setToolTip("Type a symptom, sign, lay words or an HPO ID and choose one suggestion. \"no hair loss\", "
                             "\"without fever\" or \"fever absent\" enter it absent; \"possible …\" asks first.")
        self.edit.setAccessibleName("Add a finding")
        self.edit.setClearButtonEnabled(True)
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.popup().setMinimumWidth(520)  # long HPO labels readable, not cut at the box's width
        self.edit.setCompleter(self.completer)
        self.present = QRadioButton("&Present")
        self.absent = QRadioButton("A&bsent")
        self.present.setChecked(True)
        self.present.setToolTip("Enter the chosen finding as present (Alt+P)")
        self.absent.setToolTip("Enter the chosen finding as absent (Alt+B)")
        group = QButtonGroup(self)
        group.addButton(self.present)
        group.addButton(self.absent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Finding box message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.message.linkActivated.connect(self.use_close)
        self._close: list[str] = []
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.present)
        row.addWidget(self.absent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._seq = 0
        self._ids: dict[str, tuple[str, str]] = {}
        self._cue: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.request)
        self.edit.textEdited.connect(lambda _: self._timer.start())
        self.completer.activated.connect(self.choose)
        self.edit.returnPressed.connect(self._return)

    def focus_words(self) -> None:
        """Ctrl+L: the cursor goes to the finding box, its words selected so typing replaces them."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def request(self) -> None:
        words, self._cue = typed_polarity(self.edit.text())
        self._say("")
        if len(words.strip()) < 2:
            return
        self._seq += 1
        self.completionRequested.emit(words, self._seq)

    def show_completions(self, seq: int, hits: list, close: list[str] = ()) -> None:
        if seq != self._seq:
            return
        self._ids = {}
        rows = []
        mark = {"absent": "✗ absent: ", "uncertain": "? uncertain: "}.get(self._cue or "", "")  # the cue, in every row
        for h in hits:
            text = mark + (f"{h.matched} — {h.name} ({h.hpo})" if h.matched.casefold() != h.name.casefold()
                           else f"{h.name} ({h.hpo})")
            self._ids[text] = (h.hpo, h.name)
            rows.append(text)
        self.completions.setStringList(rows)
        if not rows:
            words, _ = typed_polarity(self.edit.text())
            if close:
                links = ", ".join(f"<a href='{i}'>{html.escape(c)}</a>" for i, c in enumerate(close))
                self._close = list(close)
                self._say(f"No finding matches “{html.escape(words)}”. Did you mean: {links}?", rich=True)
            else:
                self._say(f"No finding matches “{words}”. Try other words, a lay word or an HPO ID.")
        else:
            if self.edit.hasFocus():
                self.completer.complete()
            if self._cue == "absent":
                self._say("“no …” understood: the finding you choose is entered as absent.")
            elif self._cue == "uncertain":
                self._say("Uncertain: nothing is entered until you say present or absent.")

    def choose(self, text: str) -> None:
        """Enter the one suggestion chosen, in the state the cue or the toggle says."""
        if text not in self._ids:
            return
        hpo, name = self._ids[text]
        if self._cue == "uncertain":  # ask, never guess
            self._say(f"“{name}” is uncertain in what you typed: remove “possible” or “?”, set Present or "
                      "Absent, and choose it again.")
            return
        state = "absent" if self._cue == "absent" or self.absent.isChecked() else "present"
        self.findingChosen.emit(hpo, name, state)
        self._cue = None
        self.completions.setStringList([])
        QTimer.singleShot(0, self.edit.clear)
        self._say(f"Entered “{name}” as {state}.")

    def _return(self) -> None:
        """Return enters the highlighted suggestion only (the completer handles that); with none highlighted
        it enters nothing and says why."""
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return
        if self.completions.stringList():
            self._say("Choose one of the suggestions with the arrow keys, then Return.")
            if self.edit.hasFocus():
                self.completer.complete()

    def _say(self, text: str, rich: bool = False) -> None:
        self.message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def use_close(self, link: str) -> None:
        """A close spelling was chosen: it replaces the typed words (keeping a "no …" cue) and is looked up."""
        try:
            words = self._close[int(link)]
        except (ValueError, IndexError):
            return
        typed = self.edit.text()
        cue_words, _ = typed_polarity(typed)
        self.edit.setText(typed.replace(cue_words, words) if cue_words and cue_words in typed else words)
        self.edit.setFocus()
        self.request()

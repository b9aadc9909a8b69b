"""The note box under a condition page: saved as you type, and honest about it.

"Saved on this computer." appears only after the write has succeeded. Text that could not be saved stays in
this window (also across page changes) and is saved again with the next change; a note another window
changed meanwhile is merged, never overwritten; a note too long to edit comfortably is shown read-only and
kept unchanged. The panel never queries: it asks through `saveRequested` and is told the outcome.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from legpain_gui.userdata import MAX_NOTE_CHARS

NOTE_SAVE_DELAY_MS = 700
CONFLICT_MARK = "\n\n--- from another window ---\n"


class NoteEdit(QPlainTextEdit):
    """A plain-text box that refuses a paste which would take the note past the length limit."""

    refused = Signal(str)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt override)
        if source.hasText() and len(self.toPlainText()) + len(source.text()) > MAX_NOTE_CHARS:
            self.refused.emit(f"Not pasted: a note can be at most {MAX_NOTE_CHARS:,} characters.")
            return
        super().insertFromMimeData(source)


class NotePanel(QObject):
    """The note's edit box and status line, and the bookkeeping of what is saved."""

    saveRequested = Signal(str, str, list)  # condition id, text, the texts the stored note may hold now

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = NoteEdit()
        self.edit.setPlaceholderText("Your note on this condition: kept on this computer only, saved as you type.")
        self.edit.setAccessibleName("Your note")
        self.edit.setMaximumHeight(140)
        self.status = QLabel("")
        self.status.setAccessibleName("Note status")
        self.status.setWordWrap(True)
        self.owner: str | None = None
        self.unsaved: dict[str, str] = {}  # condition id -> text typed here and not yet known to be saved
        self._bases: dict[str, list[str]] = {}  # condition id -> texts the stored note may hold (read or sent)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._changed)
        self.edit.refused.connect(self.status.setText)

    # ---- what the page shows ---------------------------------------------------------------------------
    def load(self, owner: str, stored: str | None, problem: str | None = None) -> None:
        """Show the note of `owner` as read from the store (None with `problem` when it could not be read)."""
        self.flush()
        self.owner = owner
        kept = self.unsaved.get(owner)
        if stored is not None and kept is None:
            self._bases[owner] = [stored]
        self._show(kept if kept is not None else (stored or ""))
        too_long = kept is None and stored is not None and len(stored) > MAX_NOTE_CHARS
        self.edit.setReadOnly(stored is None or too_long)
        if stored is None:
            self.status.setText(problem or "This note could not be read.")
        elif too_long:
            self.status.setText(f"This note is {len(stored):,} characters long, too long to edit here: only its start "
                                "is shown, and it is kept unchanged (File → Export my notes keeps all of it).")
            self._show(stored[:MAX_NOTE_CHARS])
        elif kept is not None:
            self.status.setText("Not saved yet: the text you typed earlier is kept here and is being saved again.")
            self._dirty = True
            self._timer.start()
        else:
            self.status.setText("")

    def refresh(self, owner: str, stored: str, why: str = "Updated: this note was changed in another window.") -> None:
        """The stored note, read again (after an import, or the window came back to the front): shown if
        nothing typed here is pending (if something is, saving it merges the two)."""
        if owner != self.owner or self._dirty or owner in self.unsaved or self.edit.isReadOnly():
            return
        if stored != self.edit.toPlainText():
            self._bases[owner] = [stored]
            self._show(stored)
            self.status.setText(why)

    def pending(self) -> bool:
        return self._dirty or bool(self.unsaved)

    def _show(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)

    # ---- typing and saving -----------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.owner is None or self.edit.isReadOnly():
            return
        text = self.edit.toPlainText()
        self._dirty = True
        self.unsaved[self.owner] = text
        if len(text) > MAX_NOTE_CHARS:
            self._timer.stop()
            self.status.setText(f"Not saved: a note can be at most {MAX_NOTE_CHARS:,} characters; this one has "
                                f"{len(text):,}. Shorten it to save it.")
            return
        self.status.setText("Saving…")
        self._timer.start()

    def flush(self) -> None:
        """Ask for the note to be saved now if it changed (also on page change and on quit)."""
        self._timer.stop()
        if not self._dirty or self.owner is None:
            return
        text = self.edit.toPlainText()
        if len(text) > MAX_NOTE_CHARS:
            return  # kept in `unsaved`; the status line says why
        self._dirty = False
        bases = self._bases.setdefault(self.owner, [])
        self.saveRequested.emit(self.owner, text, list(bases))
        bases.append(text)

    def saved(self, owner: str, text: str, merged_from: str | None = None) -> None:
        """The store now holds `text` for `owner` (a merge that includes `merged_from`, the text typed here)."""
        bases = self._bases.setdefault(owner, [])
        if text in bases:  # what was sent before it is superseded; what was sent after may still arrive
            self._bases[owner] = bases[len(bases) - 1 - bases[::-1].index(text):]
        else:
            self._bases[owner] = [text] + bases
        if owner in self.unsaved and self.unsaved[owner] in (text, merged_from):
            del self.unsaved[owner]
        if owner == self.owner and not self._dirty:
            if self.edit.toPlainText() != text and owner not in self.unsaved:
                self._show(text)  # a merge: show what is stored now
            self.status.setText("Saved on this computer." if merged_from is None else
                                "Saved: this note was also changed in another window, so both versions are kept.")

    def failed(self, owner: str, text: str, message: str) -> None:
        """Saving `text` failed: keep it here, say so."""
        self.unsaved.setdefault(owner, text)
        if owner == self.owner:
            self.status.setText(f"{message} Your text is kept in this window and saved again with your next change.")

    def merged(self, owner: str, theirs: str, mine: str) -> str:
        """The text that keeps both versions of a note changed in two places (theirs first)."""
        return mine if mine.startswith(theirs) else f"{theirs}{CONFLICT_MARK}{mine}"

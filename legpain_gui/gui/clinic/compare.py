"""The clinic's part of the Compare tab, when a clinic store is named: each compared condition's clinic notes
(author, time) beside the "which test separates each pair" box and in the export, and the clinic's shared
comparison sets listed after the person's own ("Share with the clinic…" saves one; its author or a clinic
editor deletes it, which the server enforces).

Reads run on the clinic controller's thread (gui/clinic/controller.py); the panel only shows what it is given.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout

from legpain_gui.clinic.errors import describe, failure_sentence
from legpain_gui.clinic.store import local_time
from legpain_gui.gui.common import lazy

RETRY_MS, POLL_MS = 5_000, 30_000


class CompareNotesPanel(QFrame):
    """The compared conditions' clinic notes, read-only (they are written on each condition's page)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compareClinicNotes")
        self.setAccessibleName("Clinic notes on the compared conditions")
        self.title = QLabel("<b>Clinic notes</b>")
        self.status = QLabel("")
        self.status.setAccessibleName("Clinic server status")
        self.status.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Clinic notes")
        self.text.setOpenLinks(False)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.text, 1)

    def show_loading(self) -> None:
        self.status.setText("<span style='color:gray'>reading the clinic's notes…</span>")

    def show_view(self, view, names: dict[str, str]) -> None:
        """A `CompareView` of the conditions compared now; `names`: condition id -> name."""
        if view.online:
            self.status.setText("<span style='color:gray'>shared by every workstation · written on each "
                                "condition's page</span>")
        else:
            seen = f" · showing the notes as read at {view.last_read}" if view.last_read else ""
            self.status.setText(f"<span style='color:#b45309'>⚠ {escape(view.problem)}{seen}</span>")
        parts = []
        for cid in view.ids:
            notes, waiting = view.notes.get(cid, []), view.waiting.get(cid, [])
            rows = [f"<span style='color:gray'>{escape(n.author)} · {local_time(n.created)}"
                    + (f", last edited by {escape(n.last_editor)} {local_time(n.updated)}" if n.edited else "")
                    + f"</span><br>{_lines(n.text)}" for n in notes]
            rows += [f"<span style='color:#b45309'>yours, not sent yet</span><br>{_lines(c.text)}" for c in waiting]
            empty = ("not read yet: shown when the server answers" if cid in view.unread else "no clinic notes")
            body = "".join(f"<li>{r}</li>" for r in rows) if rows else \
                f"<li><span style='color:gray'>{empty}</span></li>"
            parts.append(f"<b>{escape(names.get(cid, cid))}</b><ul style='margin-top:0; -qt-list-indent:1'>{body}</ul>")
        self.text.setHtml("".join(parts) or "<span style='color:gray'>Choose conditions to compare.</span>")

    def notes_text(self) -> str:
        """What it shows, as plain text (tests, screen readers)."""
        return self.text.toPlainText()


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class ClinicCompare:
    """Wires the Compare tab to the clinic store through the clinic controller; inactive without a server."""

    def __init__(self, clinic, window):
        self.clinic, self.window = clinic, window
        tab = self.tab = window.compare_tab
        self.panel = CompareNotesPanel()
        tab.bottom.addWidget(self.panel)
        self.share = QPushButton("Share with the clinic…")
        self.share.setAccessibleName("Share with the clinic")
        self.share.setToolTip("Save these columns as a set every workstation of the clinic sees, with your name")
        tab.sets_row.addWidget(self.share)
        self.share.clicked.connect(self.share_dialog)
        tab.idsChanged.connect(lambda _ids: self.refresh())
        tab.openClinicSetRequested.connect(self.open_set)
        tab.deleteClinicSetRequested.connect(self.delete_set)
        window.tabs.currentChanged.connect(lambda _i: self._visible() and self.refresh())
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self._visible() and self.refresh())
        self.view = None
        self.active = False
        self._in_flight = self._again = False

    def _visible(self) -> bool:
        return self.active and self.window.tabs.currentWidget() is self.tab

    def activate(self, on: bool) -> None:
        """Show the clinic's part (a server is named) or take it away (none is)."""
        self.active = on
        self._in_flight = self._again = False  # an answer for the server used before is not coming (controller)
        self.panel.setVisible(on)
        self.share.setVisible(on)
        self.tab.pairs.setMaximumHeight(200 if on else 130)  # the notes need a few lines more than the pairs
        if on:
            self.tab.split.setSizes([10_000, 190])
        if not on:
            self.timer.stop()
            self.view = self.tab.clinic_notes = None
            self.tab.set_clinic_sets([])
            return
        self.panel.show_loading()
        self.refresh()

    # ---- reading -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the compared conditions' notes and the shared sets (one request at a time: a change of columns
        while one is on its way asks again when it is answered)."""
        if not self.active:
            return
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        ids = list(self.tab.ids)
        if self.view is None or list(self.view.ids) != ids:
            self.panel.show_loading()
        if not self.clinic.submit(lambda c: c.compare_view(ids), self._show, self._failed):
            self._in_flight = False

    def _answered(self) -> None:
        self._in_flight = False
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, view) -> None:
        self._answered()
        self._present(view)

    def _present(self, view) -> None:
        if not self.active or view is None:
            return
        self.tab.set_clinic_sets([(s.key, f"{s.name} ({len(s.ids)}) · {s.author}",
                                   f"Shared by {s.author}, {local_time(s.created)}") for s in view.sets])
        if list(view.ids) == list(self.tab.ids):
            self.view = self.tab.clinic_notes = view
            self.panel.show_view(view, self.tab.names)
        self.timer.start(POLL_MS if view.online else RETRY_MS)

    def _failed(self, exc: BaseException) -> None:
        self._answered()
        self.panel.status.setText(escape(describe(exc)))
        self.timer.start(RETRY_MS)

    # ---- shared sets -----------------------------------------------------------------------------------------
    def _set(self, set_id: int):
        return next((s for s in (self.view.sets if self.view else []) if s.key == set_id), None)

    def open_set(self, set_id: int) -> None:
        shared, w = self._set(set_id), self.window
        if shared is None:
            return
        known = [i for i in shared.ids if i in self.tab.names]
        self.tab.set_ids(known)
        left_out = len(shared.ids) - len(known)
        w.status.setText(f"Opened the clinic set “{shared.name}” (shared by {shared.author})."
                         + (f" {left_out} of its conditions are not in this knowledge base and were left out."
                            if left_out else ""))

    def share_dialog(self) -> None:
        w, ids = self.window, list(self.tab.ids)
        if len(ids) < 2:
            w.status.setText("Choose at least two conditions to share a set.")
            return
        name = lazy.dialogs.ask_text(w, "Share with the clinic", "Name of the shared set (every workstation sees it, "
                                     "with your name):", " vs ".join(self.tab.names.get(i, i) for i in ids)[:80])
        if name is None or not name.strip():
            return

        def work(client):
            shared = client.share_set(name, ids)
            return shared, client.compare_view(list(self.tab.ids))

        def done(result) -> None:
            shared, view = result
            w.status.setText(f"Shared the set “{shared.name}” with the clinic.")
            self._present(view)

        self.clinic.submit(work, done, lambda exc: self._refused("The set was not shared", exc))

    def delete_set(self, set_id: int) -> None:
        shared, w = self._set(set_id), self.window
        if shared is None:
            return
        if not self.view.may_change(shared):
            w.status.setText(f"Only its author ({shared.author}) or a clinic editor may delete the clinic set "
                             f"“{shared.name}”." if self.view.online else
                             "The clinic server does not answer: shared sets can be deleted when it does.")
            return
        if lazy.dialogs.ask_choice(w, "Delete a clinic set", f"Delete the shared set “{shared.name}” for every "
                                   "workstation of the clinic?", ["Delete", "Cancel"]) != "Delete":
            return

        def work(client):
            client.delete_set(shared)
            return client.compare_view(list(self.tab.ids))

        def done(view) -> None:
            w.status.setText(f"Deleted the clinic set “{shared.name}”.")
            self._present(view)

        self.clinic.submit(work, done, lambda exc: self._refused("The set was not deleted", exc))

    def _refused(self, what: str, exc: BaseException) -> None:
        message = failure_sentence(what, exc)
        self.window.status.setText(message)
        lazy.dialogs.show_error(self.window, what, message)
        self.refresh()

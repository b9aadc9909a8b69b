"""The clinic store in the window: File → Settings names the server; when one is named, a pane under the
condition page shows the clinic's notes and pathway.

Everything that talks to the server runs on a background thread of its own (not the knowledge base's), so
an unreachable or slow server never blocks the window or the reference: the pane says "clinic server
unreachable, retrying" and a timer tries again. Changes go to the on-disk outbox first (legpain_gui/clinic).
Without a clinic server named, this adds one menu entry and nothing else.
"""
from __future__ import annotations

import json
import logging

from PySide6.QtCore import QTimer

from legpain_gui.clinic.config import ClinicConfigError, resolve

RETRY_MS = 5_000  # while the server does not answer
POLL_MS = 30_000  # while it does: other workstations' notes appear within this


class ClinicController:
    """Wires the clinic pane to a `ClinicClient` on the clinic worker thread."""

    def __init__(self, window):
        self.window = window
        self.target = None
        self.runner = None
        self.panel = None
        self.compare = None  # the clinic's part of the Compare tab (gui/clinic/compare.py), once that tab exists
        self.check = None  # sharing checker sessions (gui/clinic/check.py), once the Check tab exists
        self._client = None  # touched on the clinic worker thread only
        self._generation = 0  # answers for an older server are ignored after the setting changed
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        from PySide6.QtGui import QAction

        w = self.window
        action = QAction("&Settings…", w)
        action.triggered.connect(self.settings_dialog)
        menu = getattr(w, "file_menu", None)
        if menu is not None:
            last = [a for a in menu.actions() if a.isSeparator()]
            menu.insertAction(last[-1] if last else None, action)
        self.configure()

    # ---- which server -----------------------------------------------------------------------------------------
    def configure(self) -> None:
        """(Re)read which server to use and start or stop the clinic pane accordingly."""
        w = self.window
        self._stop()
        try:
            self.target = resolve(getattr(w, "clinic_db", None), str(w.settings.value("clinic/url", "") or ""))
            problem = None
        except ClinicConfigError as exc:
            self.target, problem = None, str(exc)
        if self.target is None and problem is None:
            if self.panel is not None:
                self.panel.hide()
            self._activate_tabs(False)
            return  # no clinic store: the app is as it always was
        self._ensure_panel()
        if problem is not None:
            self.panel.show()
            self.panel.show_problem(problem)
            self._activate_tabs(False)
            return
        from legpain_gui.gui.tasks import TaskRunner

        self.runner = TaskRunner(w)  # its own thread: a slow server never delays the knowledge base
        self.runner.default_error = lambda exc: logging.getLogger(__name__).error("clinic task failed: %r", exc)
        self.panel.condition_id = None
        self.refresh()
        self.attach_compare()

    def attach_compare(self) -> None:
        """The clinic's notes and shared sets in the Compare tab, and sharing sessions from the Check tab
        (called again once those tabs are built)."""
        w = self.window
        if w.compare_tab is None or w.check_tab is None or (self.compare is None and self.runner is None):
            return  # no tabs yet, or no clinic store: they stay as they always were
        if self.compare is None:
            from legpain_gui.gui.clinic.check import ClinicCheck
            from legpain_gui.gui.clinic.compare import ClinicCompare

            self.compare, self.check = ClinicCompare(self, w), ClinicCheck(self, w)
        self._activate_tabs(self.runner is not None)

    def _activate_tabs(self, on: bool) -> None:
        for part in (self.compare, self.check):
            if part is not None:
                part.activate(on)

    def _ensure_panel(self) -> None:
        if self.panel is not None or self.window.browse is None:
            return
        from legpain_gui.gui.clinic.panel import ClinicPanel

        b = self.window.browse
        self.panel = p = ClinicPanel()
        b.page_column.addWidget(p)
        p.hide()
        p.addRequested.connect(lambda cid, text: self._do(lambda c: c.add(cid, text), unsent=(cid, text)))
        p.editRequested.connect(lambda note, text: self._do(lambda c: c.edit(note, text)))
        p.deleteRequested.connect(lambda note: self._do(lambda c: c.delete(note)))
        p.pathwayRequested.connect(lambda cid, text, cur: self._do(lambda c: c.write_pathway(cid, text, cur)))
        p.keepMineRequested.connect(lambda key: self._do(lambda c: c.keep_mine(key)))
        p.discardRequested.connect(lambda key: self._do(lambda c: c.discard(key)))
        p.retryRequested.connect(self.refresh)
        p.draftChanged.connect(self._save_draft)
        b.page.textChanged.connect(lambda: QTimer.singleShot(0, self._page_changed))

    def _stop(self) -> None:
        self.timer.stop()
        self._generation += 1
        if self.runner is not None:
            client, self._client = self._client, None
            if client is not None:
                self.runner.submit(client.close, None, lambda exc: None)
            self.runner = None

    # ---- talking to the server (on the clinic thread) ----------------------------------------------------
    def _client_now(self):
        if self._client is None:
            from legpain_gui.clinic.client import ClinicClient
            from legpain_gui.clinic.config import connect_url

            self._client = ClinicClient(connect_url(self.target), self.window.data_dir, self.target.url)
            self._client.server = self.target.label
        return self._client

    def _do(self, act, unsent: tuple[str, str] | None = None) -> None:
        """Run act(client) on the clinic thread; the `ClinicView` it returns is shown. `unsent`: (condition id,
        text) of a new note, put back in the box if it could not even be queued."""
        if self.runner is None:
            return
        generation = self._generation

        def failed(exc: BaseException) -> None:
            if unsent is not None:
                self._give_back(*unsent)
            self._failed(exc)

        self.runner.submit(lambda: act(self._client_now()), lambda view: self._show(view, generation), failed)

    def _give_back(self, condition_id: str, text: str) -> None:
        """A new note that was not queued (the outbox could not be written): back in the draft and the box."""
        drafts = self._drafts()
        if text not in drafts.get(condition_id, ""):
            self._save_draft(condition_id, (drafts.get(condition_id, "") + "\n" + text).strip())
        p = self.panel
        if p is not None and p.condition_id == condition_id and text not in p.box.toPlainText():
            p.box.setPlainText((p.box.toPlainText() + "\n" + text).strip())

    def submit(self, act, on_done, on_error) -> bool:
        """Run act(client) on the clinic thread; on_done(result) or on_error(exc) on the UI thread, unless the
        server setting changed meanwhile. False when no clinic server is in use."""
        if self.runner is None:
            return False
        generation = self._generation
        self.runner.submit(lambda: act(self._client_now()),
                           lambda result: generation == self._generation and on_done(result),
                           lambda exc: generation == self._generation and on_error(exc))
        return True

    def _page_changed(self) -> None:
        b = self.window.browse
        if self.panel is not None and b is not None and b.current_id != self.panel.condition_id:
            self.refresh()

    def refresh(self) -> None:
        """Read (and send what waits for) the condition shown; hide the pane on the start page."""
        b, p = self.window.browse, self.panel
        if p is None or self.runner is None:
            return
        if b is None or b.current_id is None:
            p.hide()
            p.condition_id = None
            return
        cid = b.current_id
        p.show_loading(cid, self._drafts().get(cid, ""))
        p.show()
        if self.runner.busy():  # a slow answer is still coming: try again later, never queue up
            self.timer.start(RETRY_MS)
            return
        self._do(lambda c: c.view(cid))

    def _show(self, view, generation: int) -> None:
        if generation != self._generation or self.panel is None or view is None:
            return
        self.panel.show_view(view)
        self.timer.start(POLL_MS if view.online else RETRY_MS)

    def _failed(self, exc: BaseException) -> None:
        from legpain_gui.clinic.errors import ClinicError

        logging.getLogger(__name__).error("clinic: %r", exc)
        if self.panel is not None:
            self.panel.show_problem(
                "This installation has no PostgreSQL driver for the clinic server (install legpain-gui[clinic])."
                if isinstance(exc, ImportError) else str(exc) if isinstance(exc, ClinicError) else
                "The clinic notes could not be read because of an unexpected error; the details are in the log.")
        self.timer.start(RETRY_MS)

    # ---- the note being written, kept across page changes and restarts ------------------------------------
    def _drafts(self) -> dict:
        try:
            drafts = json.loads(str(self.window.settings.value("clinic/drafts", "{}") or "{}"))
        except ValueError:
            return {}
        return drafts if isinstance(drafts, dict) else {}

    def _save_draft(self, condition_id: str, text: str) -> None:
        drafts = self._drafts()
        if text:
            drafts[condition_id] = text
        else:
            drafts.pop(condition_id, None)
        self.window.settings.setValue("clinic/drafts", json.dumps(drafts))

    # ---- settings --------------------------------------------------------------------------------------
    def settings_dialog(self) -> None:
        from legpain_gui.gui.clinic.settings import ask_clinic_settings

        if ask_clinic_settings(self.window):
            self.configure()

"""Start-up after the first paint: the first screen read off the UI thread with the standard library, then
the Compare and Check tabs, then the data files opened and the checker's checklist (still without SQLAlchemy),
then, once start-up has finished, the full SQLAlchemy layer. Failures are shown once."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from legpain_gui import paths
from legpain_gui.gui.common import lazy
from legpain_gui.gui.scheme import effective_theme


class Startup:
    """The window's start-up sequence; `window.ready` is set once the full data layer is open."""

    def __init__(self, window):
        self.window = window
        self.view = None
        self._shown_problem: str | None = None  # the user-data problem last shown in a box (one box per streak)

    def start(self) -> None:
        """Read the first screen off the UI thread while the Browse tab is built."""
        from legpain_gui.gui.backend import Backend

        w = self.window
        w.backend = backend = Backend(w.kb_path, w.data_dir, verify_manifest=w.verify_manifest)
        last = w.settings.value("browse/last_condition")
        theme = effective_theme(QApplication.instance())
        w.runner.submit(lambda: backend.first_view(str(last) if last else None), self.first_view, self.failed)
        w.runner.submit(lambda: backend.first_page(theme), self.first_page, self.failed)
        w.browse_ctl.build()

    def start_clinic(self) -> None:
        """The clinic store, when one is named (nothing otherwise): after the first screen, before the tabs that
        show its notes are built; once."""
        w = self.window
        if getattr(w, "clinic", None) is None:
            from legpain_gui.gui.clinic.controller import ClinicController

            w.clinic = ClinicController(w)
            w.clinic.start()

    def first_view(self, view) -> None:
        w = self.window
        self.view = view
        w.kb_version, w.hpo_version = view.kb_version, view.hpo_version
        w.browse.set_conditions(view.conditions, view.user.favourites if view.user else set())
        w.status.setText(f"{len(view.conditions)} conditions · knowledge base {view.kb_version} · "
                         f"HPO {view.hpo_version} · supports, never replaces, clinical judgement")
        w.listShown.emit()

    def first_page(self, page) -> None:
        w = self.window
        if w.backend is None:  # the file failed its check: already reported
            return
        view = self.view
        if page is not None:
            detail, html, sections, head = page
            w.browse_ctl.current_detail = detail
            w.browse.show_first_page(detail, view.user.note if view.user else "", head, sections)
            self._complete_after_paint(detail.id, html)
            if view.user is None:  # the note and star are not known yet: no edits until they are
                w.browse.set_user_actions_enabled(False)
            w.settings.setValue("browse/last_condition", detail.id)
            w.setWindowTitle(f"{detail.name} · legpain-gui")
        elif view is not None and view.conditions:  # the first run: the start page, not an arbitrary condition
            w.browse_ctl.show_start()
        w.dataShown.emit()
        QTimer.singleShot(0, lambda: self.open_full(view))  # after the data is painted

    def _complete_after_paint(self, condition_id: str, html: str) -> None:
        """The first page was set with its top only (what the window shows before it is scrolled): the whole
        page replaces it on the turn after that top is painted, unless another page (or a re-rendering) has
        replaced it meanwhile. The reader's scroll position is kept."""
        page = self.window.browse.page
        shown = page.document().characterCount()

        def complete() -> None:
            if self.window.browse.current_id == condition_id and page.document().characterCount() == shown:
                bar = page.verticalScrollBar()
                value = bar.value()
                page.setHtml(html)
                bar.setValue(value)

        page.after_paint(complete, fallback_ms=200)

    def open_full(self, view) -> None:
        """Build the Compare and Check tabs and open the full data layer on the background thread."""
        from PySide6.QtGui import QIcon

        import gc

        gc.enable()  # off since gui/app.py started: the first screen is up
        w = self.window
        self.start_clinic()
        w.build_tabs()
        icon = paths.resources_dir() / "icons" / "legpain-gui-256.png"
        if icon.exists():  # after the first paint: the icon is not on the path to the window
            QApplication.instance().setWindowIcon(QIcon(str(icon)))
        w.compare_tab.set_conditions(view.conditions)
        if view.user is not None:
            w.compare_tab.set_saved_sets(view.user.comparison_sets)
        known = {c.id for c in view.conditions}
        value = w.settings.value("compare/ids", "") or ""  # a list when settings.ini holds it unquoted (a,b,c)
        saved = [i.strip() for i in (value if isinstance(value, list) else str(value).split(",")) if i.strip() in known]
        if saved:
            w.compare_tab.set_ids(saved)
        if w.backend is not None:
            w.runner.submit(w.backend.startup, self.started, self.failed)

    def started(self, startup) -> None:
        w = self.window
        if startup.user_off:  # the reference works on; the person's data is off, said once and plainly
            w.browse.set_user_actions_enabled(False, startup.user_off)
            self.user_problem(startup.user_off, title="Your notes and favourites are off")
        elif self.view.user is None or startup.notice:  # the first screen could not read it, or it was renewed
            w.browse.set_favourites(startup.favourites)
            w.compare_tab.set_saved_sets(startup.comparison_sets)
            if w.browse.current_id:
                w.browse_ctl.load_page(w.browse.current_id)  # with its note and star
        if startup.notice:
            self.user_problem(startup.notice, title="Your data file was set aside")
        w.ready = True
        w.runner.submit(w.backend.check_setup, self.checklist_ready)

    def checklist_ready(self, items) -> None:
        w = self.window
        w.check_tab.set_checklist(items)
        w.startupFinished.emit()
        if w.backend is not None:  # SQLAlchemy and the full layer, then the text reader: the first page opened
            w.runner.submit(w.backend.warm, None, self.warm_failed)  # or pasted case then reads at once
            w.runner.submit(w.backend.warm_text_reader, None, lambda exc: None)

    def warm_failed(self, exc: BaseException) -> None:
        """The person's data, readied at start-up, failed to open in full: said as at start-up (actions off)."""
        from legpain_gui.userdata.errors import UserDataError

        w = self.window
        if isinstance(exc, UserDataError) and w.backend is not None and w.backend.user_off:
            w.browse.set_user_actions_enabled(False, w.backend.user_off)
            self.user_problem(w.backend.user_off, title="Your notes and favourites are off")
        else:
            self.task_failed(exc)

    def failed(self, exc: BaseException) -> None:
        from legpain_gui.kb.store import KnowledgeBaseError

        w = self.window
        if w.backend is None:  # already reported
            return
        w.backend = None
        self.start_clinic()
        w.build_tabs()
        logging.getLogger(__name__).error("start-up failed: %r", exc)
        if isinstance(exc, KnowledgeBaseError):
            message = str(exc)
            bundled = Path(w.kb_path) == paths.default_kb_path()
            advice = ("Reinstall legpain-gui to restore the bundled knowledge base." if bundled else
                      "Choose another knowledge-base file with --db, or start without --db to use the bundled one.")
        else:
            message = "The knowledge base could not be opened because of an unexpected error."
            advice = "The details are in the log in the data folder."
        w.status.setText(message)
        lazy.dialogs.show_error(w, "Knowledge base unavailable", f"{message}\n\n{advice}")

    def user_problem(self, problem, title: str = "Your data was not saved", status: bool = True) -> str:
        """Say what went wrong with the person's data: in the status bar, and in a box the first time in a
        row (not at every autosave pause while a failure lasts). Returns the one-sentence message."""
        from legpain_gui.userdata.errors import UserDataError

        if isinstance(problem, BaseException):
            logging.getLogger(__name__).warning("user data: %r", problem)
            problem = (str(problem) if isinstance(problem, (UserDataError, ValueError))
                       else "Your data could not be saved because of an unexpected error; the details are in the log.")
        if status:
            self.window.status.setText(problem)
        if problem != self._shown_problem:
            self._shown_problem = problem
            lazy.dialogs.show_error(self.window, title, problem)
        return problem

    def user_ok(self) -> None:
        """A write of the person's data succeeded: the next failure is shown in a box again."""
        self._shown_problem = None

    def task_failed(self, exc: BaseException) -> None:
        from legpain_gui.userdata.errors import UserDataError

        logging.getLogger(__name__).error("background task failed: %r", exc)
        w = self.window
        if w.backend is None:  # the knowledge base could not be opened: that was shown once already
            return
        if isinstance(exc, UserDataError):
            self.user_problem(exc)
            return
        w.status.setText("Something went wrong; the details are in the log.")
        lazy.dialogs.show_error(w, "Something went wrong", f"{type(exc).__name__}: {str(exc)[:200]}")

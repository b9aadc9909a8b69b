"""The main window: Browse, Compare and Check tabs, menus, status bar, remembered geometry.

The window shows at once; the knowledge base is opened on the background thread and the list filled
when it is ready, so nothing heavy stands between a double-click and a window.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QTabWidget, QWidget

from legpain_gui.gui.tasks import TaskRunner

from legpain_gui.gui.constants import THEMES  # noqa: E402


class _Lazy:
    """Modules used only after the window is up: imported on first use, off the path to the first paint."""

    @property
    def dialogs(self):
        from legpain_gui.gui import dialogs

        return dialogs

    @property
    def theme(self):
        from legpain_gui.gui import theme

        return theme


lazy = _Lazy()


def _key(shortcut) -> QKeySequence:
    """A QKeySequence from a string, a standard key or a QKeySequence. (Never QKeySequence(QKeySequence):
    that overload makes PySide build every enum of the Qt namespace, 15 ms on the path to the window.)"""
    return shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)


def _log(message: str) -> None:
    import logging

    logging.getLogger(__name__).error(message)


class MainWindow(QMainWindow):
    """One window over one knowledge base and one user-data folder."""

    listShown = Signal()  # the condition list is filled
    dataShown = Signal()  # the list and the first page are on screen
    startupFinished = Signal()  # the full data layer is open and the checker's checklist is filled

    def __init__(self, kb_path: Path, data_dir: Path, settings: QSettings, verify_manifest: bool = False):
        super().__init__()
        self.kb_path, self.data_dir, self.settings = kb_path, data_dir, settings
        self.verify_manifest = verify_manifest
        self.backend = None
        self.ready = False  # the full data layer is open (set by _started)
        self.kb_version = self.hpo_version = "…"
        self._current_detail = None
        self._base_font = QFont(QApplication.font())
        self.runner = TaskRunner(self)
        self.runner.default_error = self._task_failed
        self.setWindowTitle("legpain-gui: autoimmune causes of severe leg pain")
        self.setMinimumSize(900, 600)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Main tabs")
        self.tabs.setDocumentMode(True)
        # Every tab is built after the first paint (start()): the window comes first. The Browse tab is built
        # while the background thread reads the first screen; Compare and Check once that is shown.
        self.browse = self.compare_tab = self.check_tab = None
        self.tabs.addTab(QWidget(), "&Browse")
        self.tabs.addTab(QLabel("Loading…"), "&Compare")
        self.tabs.addTab(QLabel("Loading…"), "Chec&k")
        self.setCentralWidget(self.tabs)
        self.status = QLabel("Opening the knowledge base…")
        self.status.setAccessibleName("Status")
        self.statusBar().addWidget(self.status, 1)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_delete_set)
        self.statusBar().addPermanentWidget(self.undo_button)
        self._build_menus()
        self._restore()

    # ---- construction ------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts([_key(s) for s in (shortcut if isinstance(shortcut, list) else [shortcut])])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.print_action = self._action(file_menu, "&Print…", self.print_page, QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(file_menu, "&Export PDF…", self.export_pdf_dialog, "Ctrl+Shift+E")
        file_menu.addSeparator()
        self._action(file_menu, "Export my notes and &favourites…", self.export_user_data)
        self._action(file_menu, "&Import notes and favourites…", self.import_user_data)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        go = bar.addMenu("&Go")
        self._action(go, "&Search", self.browse_search, QKeySequence.StandardKey.Find)
        self._action(go, "&Back", lambda: self.browse and self.browse.go_back(), QKeySequence("Alt+Left"))
        self._action(go, "&Forward", lambda: self.browse and self.browse.go_forward(), QKeySequence("Alt+Right"))
        go.addSeparator()
        for i, name in enumerate(("Browse", "Compare", "Check")):
            self._action(go, name, lambda _=False, i=i: self.tabs.setCurrentIndex(i), QKeySequence(f"Ctrl+{i + 1}"))
        go.addSeparator()
        self._action(go, "&Favourite", lambda: self._toggle_if_enabled("favourite"), QKeySequence("Ctrl+D"))
        self._action(go, "&Note", lambda: self._toggle_if_enabled("note_toggle"), QKeySequence("Ctrl+Shift+N"))
        self._action(go, "Add to &comparison", lambda: self.browse and self.browse.compare.click(),
                     QKeySequence("Ctrl+Shift+C"))

        view = bar.addMenu("&View")
        self._action(view, "&Larger text", lambda: self.set_text_scale(self.text_scale + 0.1),
                     [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self._action(view, "&Smaller text", lambda: self.set_text_scale(self.text_scale - 0.1),
                     QKeySequence.StandardKey.ZoomOut)
        self._action(view, "&Normal text size", lambda: self.set_text_scale(1.0), QKeySequence("Ctrl+0"))
        view.addSeparator()
        theme_menu = view.addMenu("&Theme")
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for theme in THEMES:
            label = {"system": "Follow the &system", "light": "&Light", "dark": "&Dark"}[theme]
            action = self._action(theme_menu, label, lambda _=False, t=theme: self.set_theme(t), checkable=True)
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, "How the &checker works and how well", self.show_validation)
        self._action(help_menu, "&About legpain-gui", self.show_about)

    def _toggle_if_enabled(self, button: str) -> None:
        """Ctrl+D / Ctrl+Shift+N: toggle the Browse tab's button when it exists and is enabled."""
        widget = getattr(self.browse, button, None)
        if widget is not None and widget.isEnabled():
            widget.toggle()

    def _replace_tabs(self, tabs: list[tuple[int, QWidget, str]]) -> None:
        """Put built tabs in place of their placeholders, keeping the current tab (and not saving it again)."""
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        for index, widget, title in tabs:
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            old.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)

    def _build_browse(self) -> None:
        """Create the Browse tab in place of its placeholder, wire it and restore its settings."""
        from legpain_gui.gui.browse.tab import BrowseTab

        self.browse = b = BrowseTab()
        self._replace_tabs([(0, b, "&Browse")])
        b.searchRequested.connect(self._search)
        b.pageRequested.connect(self._load_page)
        b.favouriteToggled.connect(self._set_favourite)
        b.noteEdited.connect(self._save_note)
        b.compareRequested.connect(self.add_to_comparison)
        b.printRequested.connect(self.print_page)
        b.pdfRequested.connect(self.export_pdf_dialog)
        b.favourites_first.setChecked(self.settings.value("browse/favourites_first", "false") in (True, "true"))
        b.favourites_first.toggled.connect(lambda on: self.settings.setValue("browse/favourites_first", on))
        if self.tabs.currentIndex() == 0:
            b.search.setFocus()

    def _build_tabs(self) -> None:
        """Create the Compare and Check tabs in place of their placeholders, and wire them."""
        if self.check_tab is not None:
            return
        from legpain_gui.gui.check.tab import CheckTab
        from legpain_gui.gui.compare.tab import CompareTab

        self.compare_tab, self.check_tab = CompareTab(), CheckTab()
        self._replace_tabs([(1, self.compare_tab, "&Compare"), (2, self.check_tab, "Chec&k")])
        m = self.compare_tab
        m.idsChanged.connect(self._build_comparison)
        m.exportPdfRequested.connect(self.export_comparison_pdf_dialog)
        m.exportHtmlRequested.connect(self.export_comparison_html_dialog)
        m.printRequested.connect(self.print_comparison)
        m.saveSetRequested.connect(self.save_comparison_set)
        m.deleteSetRequested.connect(self.delete_comparison_set)
        m.openSetRequested.connect(self.open_comparison_set)
        c = self.check_tab
        c.checkRequested.connect(self._check)
        c.completionRequested.connect(self._complete)
        c.compareRequested.connect(self.compare_conditions)
        c.exportRequested.connect(self.export_check_dialog)
        c.printRequested.connect(self.print_check)
        c.saveRequested.connect(self.save_check_session)
        c.openRequested.connect(self.open_check_session)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = QApplication.primaryScreen()
            avail = screen.availableGeometry() if screen else None
            width = min(1320, int(avail.width() * 0.9)) if avail else 1280
            height = min(860, int(avail.height() * 0.9)) if avail else 820
            self.resize(width, height)
        self.tabs.setCurrentIndex(int(self.settings.value("window/tab", 0) or 0))
        self.tabs.currentChanged.connect(lambda i: self.settings.setValue("window/tab", i))
        self.text_scale = float(self.settings.value("view/text_scale", 1.0) or 1.0)
        self.theme = str(self.settings.value("view/theme", "system") or "system")
        self.theme_actions.get(self.theme, self.theme_actions["system"]).setChecked(True)
        if self.text_scale != 1.0:
            self.set_text_scale(self.text_scale)

    # ---- start-up ----------------------------------------------------------------------------------
    def start(self) -> None:
        """After the first paint: read the first screen off the UI thread while the Browse tab is built.

        The background thread checks the file and reads the list, then the last page, with the standard
        library (`core.first_view`); only once they are on screen is the full SQLAlchemy layer opened there.
        """
        from legpain_gui.gui.backend import Backend

        self.backend = backend = Backend(self.kb_path, self.data_dir, verify_manifest=self.verify_manifest)
        last = self.settings.value("browse/last_condition")
        theme = lazy.theme.effective_theme(QApplication.instance())
        self.runner.submit(lambda: backend.first_view(str(last) if last else None), self._first_view,
                           self._start_failed)
        self.runner.submit(lambda: backend.first_page(theme), self._first_page, self._start_failed)
        self._build_browse()

    def _first_view(self, view) -> None:
        self._view = view
        self.kb_version, self.hpo_version = view.kb_version, view.hpo_version
        self.browse.set_conditions(view.conditions, view.user.favourites if view.user else set())
        self.status.setText(f"{len(view.conditions)} conditions · knowledge base {view.kb_version} · "
                            f"HPO {view.hpo_version} · supports, never replaces, clinical judgement")
        self.listShown.emit()

    def _first_page(self, page) -> None:
        if self.backend is None:  # the file failed its check: already reported
            return
        view = self._view
        if page is not None:
            detail, html, sections = page
            self._current_detail = detail
            self.browse.show_first_page(detail, view.user.note if view.user else "", html, sections)
            if view.user is None:  # the note and star are not known yet: no edits until they are
                self.browse.set_user_actions_enabled(False)
            self.settings.setValue("browse/last_condition", detail.id)
            self.setWindowTitle(f"{detail.name} · legpain-gui")
        self.dataShown.emit()
        QTimer.singleShot(0, lambda: self._open_full(view))  # after the data is painted

    def _open_full(self, view) -> None:
        """Build the Compare and Check tabs and open the full data layer on the background thread."""
        from PySide6.QtGui import QIcon

        from legpain_gui import paths

        self._build_tabs()
        icon = paths.resources_dir() / "icons" / "legpain-gui-256.png"
        if icon.exists():  # after the first paint: the icon is not on the path to the window
            QApplication.instance().setWindowIcon(QIcon(str(icon)))
        self.compare_tab.set_conditions(view.conditions)
        if view.user is not None:
            self.compare_tab.set_saved_sets(view.user.comparison_sets)
        known = {c.id for c in view.conditions}
        saved = [i for i in str(self.settings.value("compare/ids", "") or "").split(",") if i in known]
        if saved:
            self.compare_tab.set_ids(saved)
        if self.backend is not None:
            self.runner.submit(self.backend.startup, self._started, self._start_failed)

    def _started(self, startup) -> None:
        if self._view.user is None:  # the first screen could not read the person's data: fill it in now
            self.browse.set_favourites(startup.favourites)
            self.compare_tab.set_saved_sets(startup.comparison_sets)
            if self.browse.current_id:
                self._load_page(self.browse.current_id)  # with its note and star
        self.ready = True
        self.runner.submit(self.backend.check_setup, self._checklist_ready)

    def _checklist_ready(self, items) -> None:
        self.check_tab.set_checklist(items)
        self.startupFinished.emit()

    def _start_failed(self, exc: BaseException) -> None:
        from legpain_gui.kb.store import KnowledgeBaseError

        if self.backend is None:  # already reported
            return
        self.backend = None
        self._build_tabs()
        message = str(exc) if isinstance(exc, KnowledgeBaseError) else f"The app could not start: {exc}"
        self.status.setText(message)
        lazy.dialogs.show_error(self, "Knowledge base unavailable",
                           f"{message}\n\nReinstall legpain-gui to restore the bundled knowledge base. Your notes and "
                           f"favourites are not affected: they are kept in {self.data_dir}.")

    def _task_failed(self, exc: BaseException) -> None:
        _log(f"background task failed: {exc}")
        if self.backend is None:  # the knowledge base could not be opened: that was shown once already
            return
        self.status.setText(f"Something went wrong: {exc}")
        lazy.dialogs.show_error(self, "Something went wrong", str(exc))

    # ---- requests to the backend --------------------------------------------------------------------
    def _search(self, query: str, seq: int) -> None:
        if self.backend is None:
            return
        backend = self.backend
        self.runner.submit(lambda: backend.search(query), lambda result: self.browse.show_hits(seq, result))

    def _load_page(self, condition_id: str) -> None:
        if self.backend is None:
            return
        backend = self.backend
        self.runner.submit(lambda: backend.page(condition_id), self._show_page)

    def _show_page(self, result) -> None:
        from legpain_gui.render.page import condition_html, page_sections

        detail, note = result
        if detail is None:
            self.status.setText("That condition is not in this knowledge base.")
            return
        self._current_detail = detail
        theme = lazy.theme.effective_theme(QApplication.instance())
        self.browse.show_page(detail, note, condition_html(detail, theme), page_sections(detail))
        self.settings.setValue("browse/last_condition", detail.id)
        self.setWindowTitle(f"{detail.name} · legpain-gui")
        self.dataShown.emit()

    def _set_favourite(self, condition_id: str, on: bool) -> None:
        backend = self.backend

        def work():
            backend.user.set_favourite(condition_id, on)
            return backend.user.favourites()

        self.runner.submit(work, self.browse.set_favourites)
        self.status.setText("Added to favourites." if on else "Removed from favourites.")

    def _save_note(self, condition_id: str, text: str) -> None:
        backend = self.backend
        if backend is not None:
            self.runner.submit(lambda: backend.user.save_note(condition_id, text))

    def _check(self, data: dict, seq: int) -> None:
        if self.backend is None:
            return
        backend = self.backend
        self.runner.submit(lambda: backend.check(data), lambda out: self.check_tab.show_report(seq, out),
                           lambda exc: self.check_tab.show_error(seq, str(exc)))

    def _complete(self, text: str, seq: int) -> None:
        if self.backend is None:
            return
        backend = self.backend
        self.runner.submit(lambda: backend.complete(text), lambda hits: self.check_tab.show_completions(seq, hits))

    @property
    def compare_ids(self) -> list[str]:
        return list(self.compare_tab.ids)

    def compare_conditions(self, ids: list) -> None:
        self.compare_tab.set_ids(list(ids))
        self.tabs.setCurrentWidget(self.compare_tab)

    def _build_comparison(self, ids: list) -> None:
        self.settings.setValue("compare/ids", ",".join(ids))
        if self.backend is None or len(ids) < 2:
            return
        backend = self.backend
        self.runner.submit(lambda: backend.compare(ids), self.compare_tab.set_comparison)

    def _comparison_html(self) -> str | None:
        from legpain_gui.render.compare_html import comparison_html

        comp = self.compare_tab.comparison
        if comp is None:
            self.status.setText("Choose at least two conditions to compare.")
            return None
        return comparison_html(comp, *self.compare_tab.options())

    def export_comparison(self, path: Path, kind: str) -> None:
        page = self._comparison_html()
        if page is None:
            return
        try:
            if kind == "pdf":
                from legpain_gui.gui.page_view import write_pdf

                write_pdf(page, path, "Comparison", landscape=True)
            else:
                path.write_text(page, encoding="utf-8")
        except OSError as exc:
            lazy.dialogs.show_error(self, "Not saved", f"Could not write {path}: {exc}")
            return
        self.status.setText(f"Saved {path}")

    def _export_comparison_dialog(self, kind: str) -> None:
        if self._comparison_html() is None:
            return
        name = "-vs-".join(self.compare_ids)[:80]
        path = lazy.dialogs.ask_save_path(self, f"Export comparison ({kind.upper()})", str(Path.home() / f"{name}.{kind}"),
                                     "PDF files (*.pdf)" if kind == "pdf" else "HTML files (*.html)")
        if path is not None:
            self.export_comparison(path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}"), kind)

    def export_comparison_pdf_dialog(self) -> None:
        self._export_comparison_dialog("pdf")

    def export_comparison_html_dialog(self) -> None:
        self._export_comparison_dialog("html")

    def print_comparison(self) -> None:
        page = self._comparison_html()
        if page is not None:
            self._print(page)

    def _refresh_sets(self, sets: dict) -> None:
        self.compare_tab.set_saved_sets(sets)

    def save_comparison_set(self) -> None:
        if self.backend is None or len(self.compare_ids) < 2:
            return
        name = lazy.dialogs.ask_text(self, "Save comparison set", "Name of this set:",
                                " vs ".join(self.compare_tab.names.get(i, i) for i in self.compare_ids)[:80])
        if not name or not name.strip():
            return
        self._store_set(name, self.compare_ids)
        self.status.setText(f"Saved the set “{name.strip()}”.")

    def _store_set(self, name: str, ids: list[str]) -> None:
        """Save a named set in the user's data (background thread), then refresh the list of sets."""
        backend = self.backend

        def work():
            backend.user.save_comparison_set(name, ids)
            return backend.user.comparison_sets()

        self.runner.submit(work, self._refresh_sets)

    def delete_comparison_set(self, name: str) -> None:
        backend = self.backend
        if backend is None:
            return

        def work():
            ids = backend.user.comparison_sets().get(name, [])
            backend.user.delete_comparison_set(name)
            return ids, backend.user.comparison_sets()

        def done(result):
            ids, sets = result
            self._refresh_sets(sets)
            self._undo_set = (name, ids)
            self.undo_button.setText(f"Undo delete of “{name[:30]}”")
            self.undo_button.show()
            self.status.setText(f"Deleted the set “{name}”.")

        self.runner.submit(work, done)

    def undo_delete_set(self) -> None:
        if not getattr(self, "_undo_set", None) or self.backend is None:
            return
        name, ids = self._undo_set
        self._undo_set = None
        self.undo_button.hide()
        self._store_set(name, ids)
        self.status.setText(f"Restored the set “{name}”.")

    def open_comparison_set(self, name: str) -> None:
        backend = self.backend
        if backend is not None:
            self.runner.submit(lambda: backend.user.comparison_sets().get(name, []),
                               lambda ids: ids and self.compare_tab.set_ids(ids))

    def _check_summary(self) -> str | None:
        from legpain_gui.render.check_html import summary_html

        if not self.check_tab.report:
            self.status.setText("Enter findings first.")
            return None
        return summary_html(self.check_tab.report, self.check_tab.entered())

    def export_check(self, path: Path) -> None:
        from legpain_gui.gui.page_view import write_pdf

        page = self._check_summary()
        if page is None:
            return
        try:
            write_pdf(page, path, "Symptom checker summary")
        except OSError as exc:
            lazy.dialogs.show_error(self, "PDF not written", f"Could not write {path}: {exc}")
            return
        self.status.setText(f"Saved {path}")

    def export_check_dialog(self) -> None:
        if self._check_summary() is None:
            return
        path = lazy.dialogs.ask_save_path(self, "Export checker summary", str(Path.home() / "checker-summary.pdf"),
                                     "PDF files (*.pdf)")
        if path is not None:
            self.export_check(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def print_check(self) -> None:
        page = self._check_summary()
        if page is not None:
            self._print(page)

    def save_check_session(self) -> None:
        """Save the entered findings under a name, in the user's data file."""
        if not self.check_tab.states or self.backend is None:
            self.status.setText("Nothing to save: enter findings first.")
            return
        name = lazy.dialogs.ask_text(self, "Save checker session", "Name of this session (no patient identifiers):",
                                "Session")
        if not name or not name.strip():
            return
        backend, data = self.backend, self.check_tab.session()

        def saved(_):
            self.status.setText(f"Session “{name.strip()}” saved.")

        self.runner.submit(lambda: backend.user.save_checker_session(name, data), saved)

    def open_check_session(self) -> None:
        backend = self.backend
        if backend is None:
            return

        def chosen(sessions: dict) -> None:
            if not sessions:
                self.status.setText("No saved sessions yet.")
                return
            name = lazy.dialogs.ask_item(self, "Open checker session", "Session:", sorted(sessions))
            if name is None:
                return
            data = sessions.get(name)
            if not isinstance(data, dict) or not all(isinstance(h, str) for h in data.get("present", []) + data.get("absent", [])):
                lazy.dialogs.show_error(self, "Session not opened", f"The session “{name}” could not be opened: it is damaged.")
                return
            self.check_tab.load_session(data)
            self.tabs.setCurrentWidget(self.check_tab)
            self.status.setText(f"Opened “{name}”.")

        self.runner.submit(backend.user.checker_sessions, chosen)

    def export_user_data(self) -> None:
        import json

        backend = self.backend
        if backend is None:
            return
        path = lazy.dialogs.ask_save_path(self, "Export my notes and favourites", str(Path.home() / "legpain-gui-notes.json"),
                                     "legpain-gui exports (*.json)")
        if path is None:
            return

        def work():
            path.write_text(json.dumps(backend.user.export_data(), indent=2, ensure_ascii=False), encoding="utf-8")
            return path

        self.runner.submit(work, lambda p: self.status.setText(f"Exported to {p}"),
                           lambda exc: lazy.dialogs.show_error(self, "Not exported", f"Could not write {path}: {exc}"))

    def import_user_data(self) -> None:
        import json

        backend = self.backend
        if backend is None:
            return
        path = lazy.dialogs.ask_open_path(self, "Import notes and favourites", str(Path.home()), "legpain-gui exports (*.json)")
        if path is None:
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            conflicts = backend.user.import_conflicts(data)
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            lazy.dialogs.show_error(self, "Not imported", f"{path.name} could not be imported: {exc}")
            return
        replace = False
        if conflicts:
            answer = lazy.dialogs.ask_choice(
                self, "Notes already here",
                f"{len(conflicts)} condition(s) already have a different note here. Keep both (the imported text is "
                "added below yours), replace yours, or cancel?", ["Keep both", "Replace mine", "Cancel"])
            if answer in (None, "Cancel"):
                self.status.setText("Import cancelled; nothing changed.")
                return
            replace = answer == "Replace mine"

        def done(counts: dict) -> None:
            self.status.setText("Imported: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
            self.runner.submit(backend.user.favourites, self.browse.set_favourites)
            self.runner.submit(backend.user.comparison_sets, self._refresh_sets)

        self.runner.submit(lambda: backend.user.import_data(data, replace_notes=replace), done)

    def add_to_comparison(self, condition_id: str) -> None:
        self.compare_tab.add(condition_id)
        self.status.setText(f"{len(self.compare_ids)} condition(s) in the comparison (Ctrl+2 to see it).")

    # ---- view ----------------------------------------------------------------------------------------
    def browse_search(self) -> None:
        self.tabs.setCurrentWidget(self.browse)
        self.browse.focus_search()

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = lazy.theme.apply_text_scale(QApplication.instance(), self._base_font, scale)
        self.settings.setValue("view/text_scale", self.text_scale)
        self._rerender()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        lazy.theme.apply_theme(QApplication.instance(), theme)
        self.settings.setValue("view/theme", theme)
        self._rerender()

    def _rerender(self) -> None:
        if self._current_detail is not None:
            bar = self.browse.page.verticalScrollBar().value()
            self._show_page((self._current_detail, self.browse.note.toPlainText()))
            self.browse.page.verticalScrollBar().setValue(bar)

    def maybe_show_disclaimer(self) -> None:
        """Once per user: this supports, never replaces, clinical judgement."""
        if self.settings.value("disclaimer/shown", "false") in (True, "true"):
            return
        from legpain_gui.render.page import DISCLAIMER

        lazy.dialogs.show_disclaimer(self, "legpain-gui is a reference for clinicians and students. " + DISCLAIMER
                                + " The symptom checker ranks conditions of this reference only, and its triage "
                                  "rules are prompts, not orders.")
        self.settings.setValue("disclaimer/shown", True)

    def show_about(self) -> None:
        lazy.dialogs.about_dialog(self, self.kb_version, self.hpo_version).exec()

    def show_validation(self) -> None:
        from legpain_gui import paths
        from legpain_gui.render.validation_html import load, validation_html

        lazy.dialogs.validation_dialog(self, validation_html(load(paths.resources_dir() / "help" / "validation.json"))).exec()

    def show_shortcuts(self) -> None:
        lazy.dialogs.shortcuts_dialog(self).exec()

    # ---- print and PDF -------------------------------------------------------------------------------
    def _print_html(self) -> tuple[str, str] | None:
        from legpain_gui.render.page import condition_html

        if self._current_detail is None:
            self.status.setText("Open a condition first.")
            return None
        return condition_html(self._current_detail, "light"), self._current_detail.name

    def export_pdf(self, path: Path) -> None:
        from legpain_gui.gui.page_view import write_pdf

        page = self._print_html()
        if page is None:
            return
        try:
            write_pdf(page[0], path, page[1])
        except OSError as exc:
            lazy.dialogs.show_error(self, "PDF not written", f"Could not write {path}: {exc}")
            return
        self.status.setText(f"Saved {path}")

    def export_pdf_dialog(self) -> None:
        if self._current_detail is None:
            self.status.setText("Open a condition first.")
            return
        suggested = str(Path.home() / f"{self._current_detail.id}.pdf")
        path = lazy.dialogs.ask_save_path(self, "Export PDF", suggested, "PDF files (*.pdf)")
        if path is not None:
            self.export_pdf(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def print_page(self) -> None:
        page = self._print_html()
        if page is None:
            return
        self._print(page[0])

    def _print(self, html: str) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setHtml(html)
            doc.print_(printer)

    # ---- closing -------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.browse is not None:
            self.browse.flush_note()
        self.runner.wait(5000)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        if self.backend is not None:
            self.backend.close()
        super().closeEvent(event)

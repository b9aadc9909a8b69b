"""The main window: menus, the Browse, Compare and Check tabs, the status bar and the remembered window
state. Everything feature-specific lives with its tab (gui/browse, gui/compare, gui/check: each a tab
widget and a controller that talks to the background worker) or in gui/startup.py and gui/transfer.py.

The window shows at once; the knowledge base is opened on the background thread and the list filled
when it is ready, so nothing heavy stands between a double-click and a window.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QFrame, QLabel, QMainWindow, QPushButton, QScrollArea, QTabWidget, QWidget,
)

from legpain_gui.gui.browse.controller import BrowseController
from legpain_gui.gui.check.controller import CheckController
from legpain_gui.gui.common import lazy
from legpain_gui.gui.compare.controller import CompareController
from legpain_gui.gui import window_state
from legpain_gui.gui.constants import THEMES
from legpain_gui.gui.startup import Startup
from legpain_gui.gui.tasks import TaskRunner
from legpain_gui.gui.transfer import UserDataTransfer


def _key(shortcut) -> QKeySequence:
    """A QKeySequence from a string, a standard key or a QKeySequence. (Never QKeySequence(QKeySequence):
    that overload makes PySide build every enum of the Qt namespace, 15 ms on the path to the window.)"""
    return shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)


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
        self.ready = False  # the full data layer is open (set by the start-up sequence)
        self.kb_version = self.hpo_version = "…"
        self._base_font = QFont(QApplication.font())
        self.startup = Startup(self)
        self.browse_ctl, self.compare_ctl = BrowseController(self), CompareController(self)
        self.check_ctl, self.transfer = CheckController(self), UserDataTransfer(self)
        self.runner = TaskRunner(self)
        self.runner.default_error = self.startup.task_failed
        self.setWindowTitle("legpain-gui: autoimmune causes of severe leg pain")
        window_state.fit_minimum_to_screen(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Main tabs")
        self.tabs.setDocumentMode(True)
        # Every tab is built after the first paint (start()): the window comes first. The Browse tab is built
        # while the background thread reads the first screen; Compare and Check once that is shown.
        self.browse = self.compare_tab = self.check_tab = None
        self.tabs.addTab(QWidget(), "&Browse")
        self.tabs.addTab(QLabel("Loading…"), "&Compare")
        self.tabs.addTab(QLabel("Loading…"), "Chec&k")
        # On a screen smaller than the tabs need (a large scale factor), the tabs scroll rather than lose controls
        # off the window's edge; on any usual screen the scroll area is just a frame without scroll bars.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.tabs)
        self.setCentralWidget(self.scroller)
        self.status = QLabel("Opening the knowledge base…")
        self.status.setAccessibleName("Status")
        self.statusBar().addWidget(self.status, 1)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.hide()
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
        bar, browse = self.menuBar(), self.browse_ctl
        self.file_menu = file_menu = bar.addMenu("&File")
        self.print_action = self._action(file_menu, "&Print…", browse.print_page, QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(file_menu, "&Export PDF…", browse.export_pdf_dialog, "Ctrl+Shift+E")
        file_menu.addSeparator()
        self._action(file_menu, "&New patient", lambda: self._on_check(self.check_ctl.new_patient), "Ctrl+N")
        self._action(file_menu, "Paste a &case…", lambda: self._on_check(self.check_ctl.paste_case), "Ctrl+Shift+V")
        self._action(file_menu, "&Add a finding", lambda: self._on_check(lambda: self.check_tab.box.focus_words()), "Ctrl+L")
        file_menu.addSeparator()
        self._action(file_menu, "Export my notes and &favourites…", self.transfer.export)
        self._action(file_menu, "&Import notes and favourites…", self.transfer.import_)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        go = bar.addMenu("&Go")
        self._action(go, "&Search", browse.focus_search, QKeySequence.StandardKey.Find)
        self._action(go, "S&tart page", lambda: browse.show_start(switch=True), QKeySequence("Alt+Home"))
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
        self._action(help_menu, "&Keyboard shortcuts", lambda: lazy.dialogs.shortcuts_dialog(self).exec(),
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, "How the &checker works and how well", self.show_validation)
        self._action(help_menu, "&About legpain-gui",
                     lambda: lazy.dialogs.about_dialog(self, self.kb_version, self.hpo_version).exec())

    def _on_check(self, act) -> None:
        """File → New patient / Paste a case: on the Check tab, once it exists."""
        if self.check_tab is not None:
            self.tabs.setCurrentWidget(self.check_tab)
            act()

    def _toggle_if_enabled(self, button: str) -> None:
        """Ctrl+D / Ctrl+Shift+N: toggle the Browse tab's button when it exists and is enabled."""
        widget = getattr(self.browse, button, None)
        if widget is not None and widget.isEnabled():
            widget.toggle()

    def replace_tabs(self, tabs: list[tuple[int, QWidget, str]]) -> None:
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

    def build_tabs(self) -> None:
        """Create the Compare and Check tabs in place of their placeholders, and wire them."""
        if self.check_tab is not None:
            return
        from legpain_gui.gui.check.tab import CheckTab
        from legpain_gui.gui.compare.tab import CompareTab

        self.compare_tab, self.check_tab = CompareTab(), CheckTab()
        self.replace_tabs([(1, self.compare_tab, "&Compare"), (2, self.check_tab, "Chec&k")])
        self.compare_ctl.wire(self.compare_tab)
        self.check_ctl.wire(self.check_tab)

    def _restore(self) -> None:
        window_state.restore(self)

    def start(self) -> None:
        """After the first paint: gui/startup.py reads the first screen off the UI thread. (PySide builds the
        whole Qt namespace's enums on the first `Qt` import, about 30 ms: not on the path to the window.)"""
        from PySide6.QtCore import Qt

        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names from imported files and the KB: never HTML
        self.startup.start()

    # ---- view ----------------------------------------------------------------------------------------
    def set_text_scale(self, scale: float) -> None:
        self.text_scale = lazy.theme.apply_text_scale(QApplication.instance(), self._base_font, scale)
        self.settings.setValue("view/text_scale", self.text_scale)
        self.rerender()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        lazy.theme.apply_theme(QApplication.instance(), theme)
        self.settings.setValue("view/theme", theme)
        self.rerender()

    def rerender(self) -> None:
        """Everything drawn as HTML or with theme colours, again, after a theme or text-size change."""
        self.browse_ctl.rerender()
        if self.check_tab is not None:
            self.check_tab.rerender()

    def maybe_show_disclaimer(self) -> None:
        """Once per user: this supports, never replaces, clinical judgement."""
        if self.settings.value("disclaimer/shown", "false") in (True, "true"):
            return
        from legpain_gui.kb.vocab import DISCLAIMER

        lazy.dialogs.show_disclaimer(self, "legpain-gui is a reference for clinicians and students. " + DISCLAIMER
                                     + " The symptom checker ranks conditions of this reference only, and its "
                                       "triage rules are prompts, not orders.")
        self.settings.setValue("disclaimer/shown", True)

    def show_validation(self) -> None:
        from legpain_gui import paths
        from legpain_gui.render.validation_html import load, validation_html

        page = validation_html(load(paths.resources_dir() / "help" / "validation.json"))
        lazy.dialogs.validation_dialog(self, page).exec()

    # ---- closing -------------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            self.browse_ctl.refresh_note()  # another window may have changed the open note

    def closeEvent(self, event) -> None:
        self.transfer.cancel()
        if self.browse is not None:
            self.browse.flush_note()
        self.runner.wait(5000)
        if not self.browse_ctl.may_close():  # notes typed here that could not be saved: asked first
            event.ignore()
            return
        self.check_ctl.flush_draft()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        if self.backend is not None:
            self.backend.close()
        super().closeEvent(event)

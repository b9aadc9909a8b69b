"""GUI fixtures: a main window over the shipped knowledge base and a temporary user-data folder."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from legpain_gui.gui import dialogs
from legpain_gui.gui.app import create_window


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    """Message boxes would block a test: record them instead."""
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    return shown


@pytest.fixture(autouse=True)
def no_disclaimer_box(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_disclaimer", lambda parent, text: shown.append(text))
    return shown


@pytest.fixture()
def make_window(qtbot, shipped_kb_path, user_data_dir):
    """Start a window (as the app does) and wait until its list is filled."""
    windows = []

    def make(data_dir=None, kb_path=None, wait=True, first_run=False):
        folder = data_dir or user_data_dir
        folder.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        if not first_run and settings.value("browse/last_condition") is None:  # a returning user: a page open
            settings.setValue("browse/last_condition", "acute-limb-ischaemia")
        window = create_window(kb_path or shipped_kb_path, folder, settings, verify_manifest=True)
        qtbot.addWidget(window)
        window.show()
        window.start()
        if wait:
            qtbot.waitUntil(lambda: window.ready and (first_run or window.browse._current_detail_shown())
                            and window.check_tab.tree.topLevelItemCount() > 0, timeout=10000)
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.runner.wait(5000)


@pytest.fixture()
def make_window_once(make_window, qtbot):
    """One started window shared by the examples of a hypothesis test."""
    window = make_window()
    window.browse.open_condition("polyarteritis-nodosa")
    qtbot.waitUntil(lambda: window.browse.current_id == "polyarteritis-nodosa", timeout=5000)
    window.browse.note_toggle.setChecked(True)
    return window


@pytest.fixture(autouse=True)
def no_real_questions(monkeypatch):
    """Questions would block a test: the last choice is taken (Cancel, Quit anyway) unless a test says otherwise."""
    asked = []

    def ask(parent, title, text, choices):
        asked.append((title, text))
        return choices[-1]

    monkeypatch.setattr(dialogs, "ask_choice", ask)
    return asked

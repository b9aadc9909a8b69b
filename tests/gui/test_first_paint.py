"""Start-up work waits for the window's first paint (gui/first_paint.py), and runs once."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from legpain_gui.gui.first_paint import after_first_paint


def test_runs_once_after_the_first_paint(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    painted, calls = [], []
    window.paintEvent = lambda event: painted.append(True)
    after_first_paint(window, lambda: calls.append(len(painted)), fallback_ms=-1)
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    window.show()
    qtbot.waitUntil(lambda: bool(calls))
    assert calls[0] >= 1  # the paint came before the call
    window.update()
    qtbot.wait(100)
    assert len(calls) == 1


def test_a_window_never_painted_still_starts_after_the_fallback(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append(True), fallback_ms=30)
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    qtbot.wait(60)
    assert calls == [True]


def test_the_page_calls_back_once_after_its_content_is_painted(qtbot):
    from legpain_gui.gui.page_view import PageView

    page = PageView()
    qtbot.addWidget(page)
    page.setHtml("<p>first</p>")
    calls = []
    page.after_paint(lambda: calls.append(True), fallback_ms=60000)  # only a paint can call it in time
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    page.show()
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    page.setHtml("<p>again</p>")
    qtbot.wait(100)
    assert calls == [True]


def test_a_page_never_painted_calls_back_after_the_fallback(qtbot):
    from legpain_gui.gui.page_view import PageView

    page = PageView()
    qtbot.addWidget(page)
    calls = []
    page.after_paint(lambda: calls.append(True), fallback_ms=30)
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    assert calls == [True]


def test_the_condition_list_has_a_viewport_made_in_python(qtbot):
    """`viewport()` of a viewport Qt made sets up some fifty PySide classes on its first call (browse.widgets.own_viewport)."""
    from PySide6.QtWidgets import QWidget

    from legpain_gui.gui.browse.tab import BrowseTab

    tab = BrowseTab()
    qtbot.addWidget(tab)
    assert type(tab.tree.viewport()) is QWidget
    assert tab.tree.viewport() is tab.tree.viewport()

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

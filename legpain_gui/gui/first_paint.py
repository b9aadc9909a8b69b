"""Run something on the turn of the event loop after a window's first paint.

A zero timer set after `show()` can fire before the window is painted (Qt paints on a posted update
request), and whatever it runs then stands between the double-click and a window on screen. Start-up work
waits for the paint instead; if no paint comes (a window that opens minimised), it runs after `fallback_ms`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    def __init__(self, window, callback, fallback_ms: int):
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)
        if fallback_ms >= 0:
            QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, obj, event) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the paint has been flushed to the screen
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(window, callback, fallback_ms: int = 1000) -> None:
    """Call `callback()` once, on the turn after `window`'s first paint (or after `fallback_ms`)."""
    _FirstPaint(window, callback, fallback_ms)

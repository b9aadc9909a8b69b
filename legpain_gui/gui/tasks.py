"""Run slow work off the UI thread and hand the result back on it.

`TaskRunner.submit(fn, on_done, on_error)` runs `fn()` on one background thread (knowledge-base and
user-data calls are serialised there) and calls `on_done(result)` or `on_error(exc)` on the UI thread.
"""
from __future__ import annotations

import itertools
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal



class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, ident: int, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.ident, self.fn, self.signals = ident, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported on the UI thread, never lost
            import logging

            logging.getLogger(__name__).exception("background task failed")
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(self.ident, value)
        except RuntimeError:  # the window that asked has been closed and deleted: nobody to tell
            pass


class TaskRunner(QObject):
    """One background thread, results delivered on the UI thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._ids = itertools.count(1)
        self.default_error: Callable[[BaseException], None] | None = None

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> int:
        ident = next(self._ids)
        self._callbacks[ident] = (on_done, on_error)
        self.pool.start(_Task(ident, fn, self._signals))
        return ident

    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queue is empty (used on quit, so no save is lost)."""
        return self.pool.waitForDone(msecs)

    def _on_done(self, ident: int, result: Any) -> None:
        on_done, _ = self._callbacks.pop(ident, (None, None))
        if on_done is not None:
            on_done(result)

    def _on_failed(self, ident: int, exc: BaseException) -> None:
        _, on_error = self._callbacks.pop(ident, (None, None))
        handler = on_error or self.default_error
        if handler is not None:
            handler(exc)

"""Start the real window in a process of its own and report, as one JSON line, how far it got.

    python tests/reliability/start_window.py KB DATA_DIR [SECONDS]

The window is created as the app creates it (gui.app.create_window), shown, and started; the script waits
until the full data layer is open and the checklist is filled (`startupFinished`), or SECONDS pass. Every
error box and every unhandled exception is recorded instead of shown. Used by the reliability tests for
what pytest cannot set up inside its own process (a locale, environment variables read at start-up).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    kb, data_dir = Path(sys.argv[1]), Path(sys.argv[2])
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 20.0
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from legpain_gui.gui import app as gui_app
    from legpain_gui.gui import dialogs

    errors: list[str] = []
    dialogs.show_error = lambda parent, title, message: errors.append(f"{title}: {message}")
    dialogs.show_disclaimer = lambda parent, text: None
    qapp = QApplication([sys.argv[0]])
    data_dir.mkdir(parents=True, exist_ok=True)
    window = gui_app.create_window(kb, data_dir)
    finished = []
    window.startupFinished.connect(lambda: finished.append(time.time()))
    old_hook = sys.excepthook
    sys.excepthook = lambda t, e, tb: errors.append(f"unhandled {t.__name__}: {e}")
    window.show()
    QTimer.singleShot(0, lambda: gui_app._after_first_paint(window, data_dir))
    deadline = time.time() + seconds
    while not finished and time.time() < deadline and not errors:
        qapp.processEvents()
        time.sleep(0.01)
    if gui_app.sys.excepthook is not old_hook:  # the app's own hook replaced ours: keep recording
        pass
    screen = qapp.primaryScreen().availableGeometry()
    report = {"ready": bool(window.ready), "finished": bool(finished), "errors": errors,
              "status": window.status.text(), "tab": window.tabs.currentIndex(),
              "text_scale": window.text_scale, "minimum": [window.minimumWidth(), window.minimumHeight()],
              "size": [window.width(), window.height()], "screen": [screen.width(), screen.height()],
              "conditions": window.browse.model.rowCount() if window.browse is not None else 0,
              "outside": _outside(window), "scrolls": hasattr(window, "scroller"), "layout_minimum": [window.minimumSizeHint().width(),
                                                              window.minimumSizeHint().height()]}
    report["idle"] = window.runner.wait(5000)  # False: a background task is stuck (the process could not exit)
    print(json.dumps(report), flush=True)
    os._exit(0)  # nothing else to wait for: a thread stuck in a system call must not keep the process alive


def _outside(window) -> list[str]:
    """The controls that do not lie wholly inside the window (each tab shown in turn)."""
    from PySide6.QtCore import QRect

    inside = QRect(0, 0, window.width(), window.height())
    scroller = getattr(window, "scroller", None)
    if scroller is not None:
        scroller.widget().resize(scroller.widget().size().expandedTo(scroller.widget().minimumSizeHint()))
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.layout().activate()
        for name in ("statusBar", "menuBar"):
            widget = getattr(window, name)()
            if not inside.contains(QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())):
                found.append(name)
        tab = window.tabs.currentWidget()
        # what the scroll area holds can be scrolled to: inside the tab widget counts as inside
        frame = window.tabs if scroller is not None else window
        area = QRect(0, 0, frame.width(), frame.height())
        for child in tab.findChildren(object):
            if hasattr(child, "isVisibleTo") and hasattr(child, "accessibleName") and child.accessibleName() \
                    and child.isVisibleTo(window) and child.accessibleName() != "No suggestions":
                rect = QRect(child.mapTo(frame, child.rect().topLeft()), child.size())
                if not area.contains(rect) or rect.width() < 4 or rect.height() < 4:
                    found.append(f"tab {index}: {child.accessibleName()}")
    window.tabs.setCurrentIndex(0)
    return sorted(set(found))


if __name__ == "__main__":
    sys.exit(main())

"""The baseline for the start-up benchmark: a bare PySide6 window of the same kind as the app's (a main
window with three tabs, a menu bar and a status bar, sized by the app's rule for a first start on this
screen), reported the same way: once its first paint has been done, with the peak memory then."""
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
for name in ("Browse", "Compare", "Check"):
    tabs.addTab(QLabel(name), name)
window.setCentralWidget(tabs)
window.menuBar().addMenu("&File")
window.statusBar().showMessage("ready")
avail = app.primaryScreen().availableGeometry()  # the app's first-start size (gui/window_state.py)
window.setMinimumSize(min(900, avail.width()), min(600, avail.height()))
window.resize(min(1320, int(avail.width() * 0.9)), min(860, int(avail.height() * 0.9)))


def done():
    print(f"visible {time.time():.6f}", flush=True)
    with open("/proc/self/status") as handle:
        print("rss " + next(line.split()[1] for line in handle if line.startswith("VmHWM:")), flush=True)
    app.quit()


class FirstPaint(QObject):
    """The next turn of the event loop after the window's first paint: the window is on screen."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, done)
        return False


first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()

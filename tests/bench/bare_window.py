"""The baseline for the start-up benchmark: a bare PySide6 window of the same kind as the app's
(a main window with three tabs, a menu bar and a status bar), reported the same way."""
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
for name in ("Browse", "Compare", "Check"):
    tabs.addTab(QLabel(name), name)
window.setCentralWidget(tabs)
window.menuBar().addMenu("&File")
window.statusBar().showMessage("ready")
window.resize(1280, 820)
window.show()
def done():
    print(f"visible {time.time():.6f}", flush=True)
    with open("/proc/self/status") as handle:
        print("rss " + next(line.split()[1] for line in handle if line.startswith("VmHWM:")), flush=True)
    app.quit()


QTimer.singleShot(0, done)
app.exec()

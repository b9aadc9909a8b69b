"""Start the desktop app."""
from __future__ import annotations

import sys


def run_gui(argv: list[str]) -> int:
    """Placeholder window until the browser lands."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([sys.argv[0]] + argv)
    label = QLabel("legpain-gui: the desktop window is being built. Use the command line: legpain-gui --help")
    label.resize(640, 200)
    label.show()
    return app.exec()

"""Which colour scheme the window shows, readable without building the theme module's style classes (that
module subclasses QProxyStyle, whose enums PySide builds on import: not on the path to the first screen)."""
from __future__ import annotations


def effective_theme(app) -> str:
    """'dark' when the window background is dark, else 'light'."""
    from PySide6.QtGui import QPalette

    return "dark" if app.palette().color(QPalette.ColorRole.Window).lightness() < 128 else "light"

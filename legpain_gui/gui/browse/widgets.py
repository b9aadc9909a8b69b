"""Small pieces the Browse tab is built from."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QToolButton


def tool_button(text: str, tip: str, name: str, checkable: bool = False) -> QToolButton:
    b = QToolButton()
    b.setText(text)
    b.setToolTip(tip)
    b.setAccessibleName(name)
    b.setCheckable(checkable)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return b


def single_shot_timer(parent, msecs: int) -> QTimer:
    """A single-shot timer, set up with setters: keyword properties (interval=) fail under a Turkish locale."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    return timer

"""Small pieces the Browse tab is built from."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QToolButton, QWidget


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


def own_viewport(area) -> None:
    """Give a scroll area (the condition list) a viewport made here, a plain QWidget as Qt's own: `viewport()`
    then returns this object. For the one Qt made, PySide works out its Python type on the first call, and on
    the way sets up some fifty QtWidgets classes (wizards, dialogs, graphics views) with their enums, 10 ms on
    the path to the first screen. Not for a text view (QTextEdit keeps its own viewport: replacing it
    crashes); the page says when it has painted with `PageView.after_paint` instead."""
    area.setViewport(QWidget(area))

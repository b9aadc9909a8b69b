"""A guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops one reference to None on every call that returns nothing. On Python 3.11, where
None is an ordinary object, a few thousand such calls free None and the app aborts ("deallocating
None"); opening the 12,680-disease knowledge base did it at once. pyproject.toml excludes that release;
this test fails if a release with the same fault is installed.
"""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_void_calls_keep_none_alive(qtbot):
    combo, label = QComboBox(), QLabel()
    qtbot.addWidget(combo)
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(500):
        combo.addItem(f"item {i}", f"id-{i}")
        combo.setEnabled(True)
        label.setText("x")
    assert sys.getrefcount(None) - before > -50  # 1,500 calls: a leaking binding would show about -1,500

"""Keyboard-only use of every tab, text that follows the size setting, and readable contrast."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from legpain_gui.render.page import PALETTES
from legpain_gui.gui.theme import dark_palette


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("theme, background", [("light", "#ffffff"), ("dark", "#17181a")])
def test_page_colours_are_readable(theme, background):
    p = PALETTES[theme]
    for role in ("text", "accent", "emergency", "urgent", "routine"):
        assert contrast(QColor(p[role]), QColor(background)) >= 4.5, (theme, role)
    assert contrast(QColor(p["muted"]), QColor(background)) >= 4.5
    assert contrast(QColor(p["flag_text"]), QColor(p["flag_bg"])) >= 4.5


def test_dark_palette_is_readable():
    p = dark_palette()
    for fg, bg in ((QPalette.ColorRole.Text, QPalette.ColorRole.Base), (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                   (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                   (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert contrast(p.color(fg), p.color(bg)) >= 4.5


def _reachable_by_tab(window) -> set[str]:
    """Accessible names of the visible, enabled widgets that Tab reaches (Qt's focus chain)."""
    seen, widget = set(), window.tabs
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is window.tabs:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.add(widget.accessibleName())
    return seen


@pytest.mark.parametrize("tab_index, required", [
    (0, ["Search conditions and findings", "Filter by category", "Conditions", "Condition page", "On this page"]),
    (1, ["Condition to add", "Only differences", "Most distinguishing first", "Comparison table"]),
    (2, ["Add a finding", "Age in years", "Sex", "Onset or course", "New patient", "Paste a case", "Findings checklist", "Ranked conditions"]),
])
def test_every_tab_is_reachable_by_keyboard(qtbot, make_window, tab_index, required):
    window = make_window()
    window.compare_ctl.show(["polyarteritis-nodosa", "systemic-lupus-erythematosus"])
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{tab_index + 1}"), Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == tab_index
    reachable = _reachable_by_tab(window)
    missing = [name for name in required if name not in reachable]
    assert not missing, missing


def test_text_follows_the_size_setting(qtbot, make_window):
    window = make_window()
    before = window.check_tab.ranking.font().pointSizeF()
    window.set_text_scale(1.5)
    qtbot.waitUntil(lambda: window.check_tab.ranking.font().pointSizeF() >= before * 1.4, timeout=2000)
    window.set_text_scale(1.0)

"""Issue 17: at 1024x700 with the largest text nothing scrolls sideways or is cut at the right edge; the
toolbars wrap (gui/flow.py) and every control stays on screen with its accessible name."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPushButton, QTabBar, QWidget

from legpain_gui.gui.flow import FlowLayout
from legpain_gui.gui.theme import MAX_SCALE

PAN, SLE, GBS = "polyarteritis-nodosa", "systemic-lupus-erythematosus", "guillain-barre-syndrome"


@pytest.fixture()
def large_narrow(qtbot, make_window):
    """The window at 1024x700 with the largest text, PAN, SLE and GBS compared."""
    window = make_window()
    window.set_text_scale(MAX_SCALE)
    window.resize(1024, 700)
    window.compare_ctl.show([PAN, SLE, GBS])
    qtbot.waitUntil(lambda: window.compare_tab.comparison is not None, timeout=8000)
    yield window
    window.set_text_scale(1.0)


def _settle(qtbot, window, index):
    window.tabs.setCurrentIndex(index)
    qtbot.wait(50)  # layouts run on posted events


def _controls(tab: QWidget):
    """Buttons, check boxes and list boxes the app made (not the tab bars' own scroll arrows)."""
    return [w for w in tab.findChildren(QWidget) if isinstance(w, (QAbstractButton, QComboBox)) and w.isVisible()
            and not isinstance(w.parent(), QTabBar)]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_no_tab_needs_more_than_1024_wide_at_the_largest_text(qtbot, large_narrow, index):
    window = large_narrow
    _settle(qtbot, window, index)
    assert window.text_scale == MAX_SCALE
    assert window.tabs.minimumSizeHint().width() <= 1024 - 12
    assert window.scroller.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to


@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_visible_control_is_on_screen_and_named(qtbot, large_narrow, index):
    """No button, check box or list box lies past the window's right edge, or unnamed for a screen reader."""
    window = large_narrow
    _settle(qtbot, window, index)
    tab = window.tabs.currentWidget()
    inside = QRect(0, 0, window.width(), window.height())
    controls = _controls(tab)
    assert len(controls) > 5
    for w in controls:
        rect = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        assert inside.contains(rect), (w.accessibleName(), rect, inside)
        assert w.accessibleName() or (isinstance(w, QAbstractButton) and w.text().strip()), w


def test_compare_toolbar_keeps_every_action_reachable(qtbot, large_narrow):
    """The Compare tab's controls wrap; none is folded away, each keeps its name and its keyboard access."""
    window = large_narrow
    _settle(qtbot, window, 1)
    tab = window.compare_tab
    names = {"Condition to add", "Add", "Remove", "Move left", "Move right", "Export or print the comparison",
             "Only differences", "Most distinguishing first", "Saved comparison sets", "Save", "Delete"}
    shown = {w.accessibleName() for w in _controls(tab)}
    assert names <= shown
    rows = {w.mapTo(tab, w.rect().topLeft()).y() for w in (tab.chooser, tab.only_differences, tab.sets)}
    assert len(rows) <= 3  # wrapped onto rows, not a column of single buttons
    for box, key in ((tab.only_differences, "Alt+O"), (tab.distinguishing, "Alt+D")):  # mnemonics kept
        assert QKeySequence.mnemonic(box.text()) == QKeySequence(key) and box.isVisible()


def test_compare_names_and_features_wrap_instead_of_being_cut(qtbot, large_narrow):
    window = large_narrow
    _settle(qtbot, window, 1)
    tab = window.compare_tab
    qtbot.wait(120)  # the rows re-wrap after the columns' widths settle
    line = tab.table.fontMetrics().lineSpacing()
    header = tab.table.horizontalHeader()
    assert header.height() >= 2 * line  # "Systemic lupus erythematosus" on two lines, not "Systemic lupus er…"
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.index(r, 0).data() == "Medium vessel vasculitis")
    text_width = tab.table.fontMetrics().horizontalAdvance("Medium vessel vasculitis")
    if text_width > tab.table.columnWidth(0) - 12:
        assert tab.table.rowHeight(row) >= 2 * line  # was one line high: "Medium vessel …"


def test_check_tab_at_the_largest_text_elides_names_rather_than_cutting_them(qtbot, large_narrow):
    window = large_narrow
    _settle(qtbot, window, 2)
    tab = window.check_tab
    assert not tab.ranking.wordWrap()  # a one-line row: "Lumbar radiculop…", not the first wrapped word
    assert tab.tree.isColumnHidden(1)  # too narrow for two words columns: the plain words go to the tooltip
    window.set_text_scale(1.0)
    tab.resize(1400, 800)
    qtbot.wait(50)
    assert tab.ranking.wordWrap() and not tab.tree.isColumnHidden(1)


def test_compare_chooser_starts_empty_and_add_says_what_to_do(qtbot, make_window):
    window = make_window()
    tab = window.compare_tab
    assert tab.chooser.currentIndex() == -1 and tab.chooser.placeholderText()
    tab.add_button.click()
    assert tab.ids == [] and "Choose a condition" in tab.message.text()


def test_flow_layout_wraps_and_its_minimum_is_the_widest_control(qtbot):
    box = QWidget()
    flow = FlowLayout(box)
    buttons = [QPushButton(f"Button number {i}") for i in range(6)]
    for b in buttons:
        flow.addWidget(b)
    qtbot.addWidget(box)
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest
    one_row = flow.sizeHint().width()
    assert flow.heightForWidth(one_row) < flow.heightForWidth(one_row // 2) < flow.heightForWidth(widest)
    area = QRect(0, 0, one_row // 2, flow.heightForWidth(one_row // 2))
    flow.setGeometry(area)
    rects = [b.geometry() for b in buttons]
    assert all(area.contains(r) for r in rects)
    assert len({r.y() for r in rects}) > 1  # wrapped
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    hidden = buttons[0]
    hidden.hide()
    assert flow.sizeHint().width() < one_row  # a hidden control takes no room

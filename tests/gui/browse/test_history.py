"""Back and forward with each page's scroll offset (gui/browse/history.py, no widgets)."""
from legpain_gui.gui.browse.history import History


def test_back_and_forward_return_each_page_with_its_scroll():
    h = History()
    h.start("a")
    h.remember(120)
    h.visit("b")
    h.remember(40)
    assert h.step(-1) == ("a", 120) and h.can_forward() and not h.can_back()
    assert h.step(+1) == ("b", 40) and h.step(+1) is None


def test_a_new_visit_drops_what_was_ahead():
    h = History()
    h.start("a")
    h.visit("b")
    h.remember(300)
    h.step(-1)
    h.visit("c")
    assert h.items == ["a", "c"] and not h.can_forward()
    assert h.step(-1) == ("a", None) and h.step(+1) == ("c", None)  # c never inherits b's offset

"""The pasted text with its findings highlighted (render/extract_html.py)."""
from __future__ import annotations

from legpain_gui.checker.review import ReviewRow
from legpain_gui.render.extract_html import highlighted_html


def test_every_character_of_the_text_is_escaped_and_states_are_marked():
    text = "<img src=x> no fever, foot drop & pain"
    rows = [ReviewRow("HP:0001945", "Fever", "absent", True, "patient", "", [(15, 20)], ["fever"]),
            ReviewRow("HP:0009027", "Foot drop", "present", True, "patient", "", [(22, 31)], ["foot drop"])]
    out = highlighted_html(text, rows, selected="HP:0009027")
    assert "<img" not in out and "&lt;img src=x&gt;" in out and "&amp; pain" in out
    assert "✗&#8239;fever" in out and "✓&#8239;foot drop" in out
    assert out.count("outline") == 1  # only the selected finding is outlined


def test_undecided_and_not_the_patients_own_are_marked_apart():
    text = "possible livedo; mother had lupus"
    rows = [ReviewRow("HP:1", "Livedo", None, False, "patient", "uncertain", [(9, 15)], ["livedo"]),
            ReviewRow("HP:2", "SLE", "present", False, "family", "family history", [(28, 33)], ["lupus"])]
    out = highlighted_html(text, rows)
    assert "?&#8239;livedo" in out and "·&#8239;lupus" in out


def test_the_courses_words_are_underlined_and_named_unless_a_finding_holds_them():
    text = "A 3-day history of <fever>"
    rows = [ReviewRow("HP:0001945", "Fever", "present", True, "patient", "", [(20, 25)], ["fever"])]
    out = highlighted_html(text, rows, course=(2, 15, "acute"))
    assert "underline dotted" in out and "title='Course: acute'>3-day history</span>" in out
    assert "✓&#8239;fever" in out and "&lt;" in out  # the rest as before, escaped
    overlapping = highlighted_html(text, rows, course=(18, 25, "acute"))
    assert "underline dotted" not in overlapping  # a finding's words keep their own highlight

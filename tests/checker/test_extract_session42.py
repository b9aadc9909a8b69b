"""Text to findings, session 42: defects found by clinicians testing new published case texts (each would fail if its
bug came back)."""
from __future__ import annotations

import pytest

from tests.checker.readings import found


@pytest.mark.parametrize("text, present, absent", [
    ("There was no fever and unilateral leg swelling was noted.", "HP:0010741", "HP:0001945"),
    ("She had no rash and left-sided weakness.", "HP:0001324", "HP:0000988"),
    ("With no objective sensory disturbance and unilateral right upper limb weakness, she was referred.", "HP:0003484",
     "HP:0003474"),
])
def test_a_side_after_and_opens_the_patients_own_finding(lex, text, present, absent):
    readings = found(lex, text)
    assert (present, "present") in readings
    assert (absent, "absent") in readings


@pytest.mark.parametrize("text, absent", [
    ("There was no fever, chills and right or left leg pain.", "HP:0012514"),
    ("No rash, fever or left-sided weakness.", "HP:0001324"),
])
def test_a_side_inside_a_list_of_negatives_stays_negated(lex, text, absent):
    assert (absent, "absent") in found(lex, text)

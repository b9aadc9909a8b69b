"""Text to findings, session 22 (what the session-21 testers left and four new clinician testers found): stiffness
said of the morning with words between; a normal C3 beside a low C4; shorthand palpitations. Each test fails if
undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

MORNING_STIFFNESS = "HP:0005197"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text", ["She has stiffness for more than an hour each morning.",
                                  "Joint stiffness lasting 2 hours in the mornings.",
                                  "Stiff for about 90 minutes on waking."])
def test_stiffness_said_of_the_morning_with_words_between_is_morning_stiffness(lex, text):
    assert (MORNING_STIFFNESS, "present") in _found(lex, text)


def test_stiffness_not_said_of_the_morning_is_not_morning_stiffness(lex):
    found = {h for h, _ in _found(lex, "Stiffness of the neck and pain in the morning.")}
    assert MORNING_STIFFNESS not in found
    assert (MORNING_STIFFNESS, "absent") in _found(lex, "No stiffness in the morning.")


def test_a_normal_c3_says_nothing_of_a_low_c4(lex):
    found = _found(lex, "C4 <0.02 g/L, C3 normal.")
    assert ("HP:0005421", "absent") in found  # low C3 itself is absent
    assert ("HP:0004431", "absent") not in found  # not 'low complement' as a whole
    found = _found(lex, "Complement C3 low, C4 normal.")
    assert ("HP:0005421", "present") in found and ("HP:0045042", "absent") in found


def test_palps_is_palpitations_in_a_list_of_negatives(lex):
    found = _found(lex, "No SOB, CP, palps.")
    assert {("HP:0002094", "absent"), ("HP:0100749", "absent"), ("HP:0001962", "absent")} <= found

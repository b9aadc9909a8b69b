"""Text to findings, session 40: known defects and what clinician testers' published case texts showed (testers hw to
ib). Each test fails if its change is undone, unless it says it is a guard."""
from __future__ import annotations

from tests.checker.readings import found, fired

COMMON_COLD, PULSELESS, COLD_LIMB, PARAPLEGIA = "HP:0011947", "HP:0032554", "HP:0033850", "HP:0010550"


def test_a_cold_pulseless_paralysed_leg_is_ischaemia(lex):
    """'a cold, pulseless, paralysed leg' had read 'a cold' as a common cold (an infection)."""
    got = found(lex, "He presented with a cold, pulseless, paralysed leg.")
    assert (COMMON_COLD, "present") not in got
    assert {(COLD_LIMB, "present"), (PULSELESS, "present"), (PARAPLEGIA, "present")} <= got


def test_a_cold_last_week_is_still_a_cold(lex):
    """Guard: a cold before the illness is still a respiratory infection."""
    assert (COMMON_COLD, "present") in found(lex, "He had a cold last week and then paralysed legs.")


def test_a_cold_pulseless_leg_is_an_emergency(lex, checker):
    """The same words triaged: the acute limb ischaemia rule fires."""
    level, rules = fired(lex, checker, "He presented with a cold, pulseless, paralysed leg.")
    assert level == "emergency"

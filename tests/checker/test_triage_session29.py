"""Triage, session 29: Sepsis-3's quick SOFA signs (fast breathing and altered mentation with a fever) are an
emergency, from entered findings and from a case report's words; the same findings denied fire nothing."""
from __future__ import annotations

from tests.checker.readings import fired as _fired

FEVER, TACHYPNOEA, CONFUSION, DROWSY = "HP:0001945", "HP:0002789", "HP:0001289", "HP:0002329"


def test_fever_fast_breathing_and_confusion_is_sepsis(triage_of):
    out, fired = triage_of([FEVER, TACHYPNOEA, CONFUSION])
    assert "sepsis-signs" in fired and out["triage"]["level"] == "emergency"


def test_one_quick_sofa_sign_with_fever_is_not_enough(triage_of):
    _, fired = triage_of([FEVER, TACHYPNOEA])
    assert "sepsis-signs" not in fired


def test_the_signs_denied_fire_nothing(triage_of):
    _, fired = triage_of([FEVER], [TACHYPNOEA, DROWSY])
    assert "sepsis-signs" not in fired


def test_a_case_report_in_its_own_words(lex, checker):
    level, fired = _fired(lex, checker, "He was found drowsy, with a fever of 38.7°C, tachycardia of 143 bpm and a "
                                        "tachypnoea of 44.")
    assert level == "emergency" and "sepsis-signs" in fired

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


FACIAL_PALSY, FACIAL_DIPLEGIA, LEG_WEAKNESS = "HP:0010628", "HP:0001349", "HP:0007340"


def test_a_facial_palsy_alone_is_no_guillain_barre_pattern(triage_of):
    # HPO files facial palsy under muscle weakness: alone it must not count as the limb weakness it needs
    for palsy in (FACIAL_PALSY, FACIAL_DIPLEGIA):
        _, fired = triage_of([palsy])
        assert "gbs-pattern" not in fired


def test_facial_diplegia_with_leg_weakness_is(triage_of):
    out, fired = triage_of([FACIAL_DIPLEGIA, LEG_WEAKNESS])
    assert "gbs-pattern" in fired and out["triage"]["level"] == "emergency"

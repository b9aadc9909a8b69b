"""Triage rules changed in session 21: the Guillain-Barre pattern needs weakness said to progress rapidly (an illness
of acute onset is not enough: a three-week S1 radiculopathy with a lost ankle jerk fired it), and numbness of acute
onset with an extensor plantar is a cord (or brain) lesion that needs same-day assessment. Each fires on its pattern
and not on the same findings marked absent."""
from __future__ import annotations

RAPID, ACUTE, LEG_WEAKNESS, ANKLE_JERK = "HP:0003678", "HP:0011009", "HP:0007340", "HP:0200101"
NUMBNESS, BABINSKI = "HP:0033748", "HP:0003487"


def test_guillain_barre_pattern_needs_a_rapid_progression(triage_of):
    _, fired = triage_of([RAPID, LEG_WEAKNESS, ANKLE_JERK])
    assert "gbs-pattern" in fired
    out, fired = triage_of([LEG_WEAKNESS, ANKLE_JERK], course="acute")
    # new limb weakness still fires (the can't-miss rule may raise it further when Guillain-Barre leads)
    assert "gbs-pattern" not in fired and "new-weakness" in fired and out["triage"]["level"] != "routine"


def test_acute_numbness_with_an_extensor_plantar_is_urgent(triage_of):
    out, fired = triage_of([NUMBNESS, BABINSKI], course="acute")
    assert "new-weakness" in fired and out["triage"]["level"] == "urgent"
    _, fired = triage_of([], [NUMBNESS, BABINSKI], course="acute")
    assert "new-weakness" not in fired
    _, fired = triage_of([NUMBNESS, BABINSKI])  # no onset said: no rule
    assert "new-weakness" not in fired


def test_a_swollen_leg_with_acute_breathlessness_is_an_emergency(triage_of):
    out, fired = triage_of(["HP:0010741", "HP:0002094"], course="acute")
    assert "pulmonary-embolism" in fired and out["triage"]["level"] == "emergency"
    _, fired = triage_of(["HP:0010741"], ["HP:0002094"], course="acute")
    assert "pulmonary-embolism" not in fired

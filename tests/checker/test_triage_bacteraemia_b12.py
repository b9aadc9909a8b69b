"""Triage from the tuning part (session 7): a swollen joint in a person with bacteraemia is septic arthritis
(an emergency), and vitamin B12 deficiency with neurological features, once it leads the ranking, is urgent
(the can't-miss rule). Each fires on present findings only, and not on a plausible routine presentation."""
from __future__ import annotations

import pytest


JOINT_SWELLING, ANKLE_SWELLING, KNEE_EFFUSION = "HP:0001386", "HP:0001785", "HP:6001020"
BACTERAEMIA, GONOCOCCAL_BLOOD_CULTURE, FEVER = "HP:0031864", "HP:6000902", "HP:0001945"
# numbness, tingling, unsteady gait, lost position sense, lost vibration sense in the legs
SENSORY_ATAXIA = ("HP:0033748", "HP:0003401", "HP:0002317", "HP:0010831", "HP:0002166")
DIABETES, BURNING_FEET, CHRONIC = "HP:0000819", "HP:0012534", "HP:0011010"



def _triage(triage_of, present=(), absent=(), course=None):
    out, fired = triage_of(present, absent, course)
    return out, fired


@pytest.mark.parametrize("present", [
    [ANKLE_SWELLING, BACTERAEMIA],
    [JOINT_SWELLING, BACTERAEMIA],
    [KNEE_EFFUSION, GONOCOCCAL_BLOOD_CULTURE],  # a more specific term of each concept
])
def test_a_swollen_joint_with_bacteraemia_is_septic_arthritis(triage_of, present):
    out, fired = _triage(triage_of, present)
    assert out["triage"]["level"] == "emergency"
    assert fired["septic-arthritis"]["level"] == "emergency"
    assert set(fired["septic-arthritis"]["findings"]) == set(present)
    assert "10.25259/JMSR_28_2023" in fired["septic-arthritis"]["source"]


@pytest.mark.parametrize("present, absent", [
    ([], [ANKLE_SWELLING, BACTERAEMIA]),
    ([ANKLE_SWELLING], [BACTERAEMIA]),
    ([BACTERAEMIA], [JOINT_SWELLING, ANKLE_SWELLING]),
    ([ANKLE_SWELLING, FEVER], []),  # a swollen ankle with fever stays urgent: it may be oedema or cellulitis
])
def test_the_bacteraemia_clause_needs_both_present(triage_of, present, absent):
    out, fired = _triage(triage_of, present, absent)
    assert "septic-arthritis" not in fired
    # an emergency, if any, comes only from the can't-miss rule, which names its condition (session 18: bacteraemia
    # alone makes the infections it points to hold over the emergency share)
    explicit = {k: v for k, v in fired.items() if not k.startswith("cant-miss")}
    assert all(v["level"] != "emergency" for v in explicit.values())


def test_b12_deficiency_leading_the_ranking_is_urgent_and_named(triage_of):
    out, fired = _triage(triage_of, SENSORY_ATAXIA, course="subacute")
    assert out["results"][0]["id"] == "vitamin-b12-deficiency"
    assert out["triage"]["level"] == "urgent"
    reason = fired["cant-miss"]
    assert "B12" in reason["name"] and "should not be delayed" in reason["advice"]
    assert "24942828" in reason["source"]


def test_the_same_b12_findings_absent_are_routine(triage_of):
    out, fired = _triage(triage_of, absent=SENSORY_ATAXIA)
    assert out["triage"]["level"] == "routine" and not fired


def test_a_long_standing_diabetic_neuropathy_is_not_raised_by_the_b12_flag(triage_of):
    """A plausible routine presentation: burning, numb feet with lost vibration sense in a person with
    diabetes, of chronic course. Diabetic neuropathy leads; B12 deficiency stays below the share."""
    out, fired = _triage(triage_of, (DIABETES, "HP:0033748", "HP:0002166", BURNING_FEET), course="chronic")
    assert out["results"][0]["id"] == "diabetic-peripheral-neuropathy"
    assert "cant-miss" not in fired and out["triage"]["level"] == "routine"

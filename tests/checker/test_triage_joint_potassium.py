"""Triage rules added from the tuning part (session 6): an acutely swollen joint without fever, low potassium
with weakness, and the can't-miss rule no longer silenced by a lower-level rule that names the same condition."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, report

KNEE_EFFUSION, JOINT_SWELLING, ANKLE_SWELLING = "HP:6001020", "HP:0001386", "HP:0001785"
ACUTE, CHRONIC = "HP:0011009", "HP:0011010"
HYPOKALAEMIA, GENERALISED_WEAKNESS, LEG_WEAKNESS = "HP:0002900", "HP:0003324", "HP:0007340"
FEVER, SEPTIC, KNEE_PAIN, RAISED_CRP = "HP:0001945", "HP:0003095", "HP:0030839", "HP:0011227"



def _triage(triage_of, present=(), absent=(), course=None):
    out, fired = triage_of(present, absent, course)
    return out["triage"], fired


@pytest.mark.parametrize("present, course", [
    ([KNEE_EFFUSION, ACUTE], None),
    ([JOINT_SWELLING], "acute"),          # the course control counts as acute onset
    (["HP:0001369", KNEE_PAIN], "acute"),   # arthritis, any kind below
])
def test_an_acutely_swollen_joint_is_urgent_without_fever(triage_of, present, course):
    triage, fired = _triage(triage_of, present, course=course)
    assert "acute-hot-joint" in fired and fired["acute-hot-joint"]["level"] == "urgent"
    assert triage["level"] in ("urgent", "emergency")
    assert "Coakley" in fired["acute-hot-joint"]["source"]


@pytest.mark.parametrize("present, absent, course", [
    ([KNEE_EFFUSION], [], "chronic"),      # a long-standing effusion
    ([KNEE_EFFUSION], [ACUTE], None),      # acute onset marked absent
    ([ACUTE], [JOINT_SWELLING], None),     # the swelling itself marked absent
    ([ANKLE_SWELLING], [], "acute"),       # a swollen ankle may be oedema, not a joint
])
def test_the_joint_rule_needs_both_an_acute_course_and_a_swollen_joint_present(triage_of, present, absent, course):
    _, fired = _triage(triage_of, present, absent, course)
    assert "acute-hot-joint" not in fired


@pytest.mark.parametrize("weakness", [GENERALISED_WEAKNESS, LEG_WEAKNESS])
def test_low_potassium_with_weakness_is_an_emergency(triage_of, weakness):
    triage, fired = _triage(triage_of, [HYPOKALAEMIA, weakness])
    assert triage["level"] == "emergency" and fired["hypokalaemic-weakness"]["level"] == "emergency"
    assert "14574658" in fired["hypokalaemic-weakness"]["source"]


@pytest.mark.parametrize("present, absent", [
    ([HYPOKALAEMIA], [GENERALISED_WEAKNESS]),
    ([GENERALISED_WEAKNESS], [HYPOKALAEMIA]),
    ([], [HYPOKALAEMIA, GENERALISED_WEAKNESS]),
])
def test_low_potassium_rule_never_fires_from_absent_findings(triage_of, present, absent):
    _, fired = _triage(triage_of, present, absent)
    assert "hypokalaemic-weakness" not in fired


def test_cant_miss_rises_above_a_lower_rule_that_names_the_same_condition(checker, monkeypatch):
    """A swollen joint with fever is urgent by its rule; septic arthritis leading the ranking is an emergency:
    the urgent rule naming septic arthritis must not silence the can't-miss rule's higher level."""
    model, rules = checker
    present = (KNEE_EFFUSION, FEVER, RAISED_CRP, SEPTIC)
    findings = CheckInput(present=present[:3], course="subacute")  # not acute: the acute-joint rules stay silent
    out = report(model, rules, findings)
    septic = next(r for r in out["results"] if r["id"] == "septic-arthritis")
    assert out["results"][0]["id"] == "septic-arthritis"
    fired = {r["rule"] for r in out["triage"]["reasons"]}
    assert "hot-joint-fever" in fired
    monkeypatch.setattr(model, "cant_miss", {"emergency": septic["probability"] - 0.01})
    out = report(model, rules, findings)
    assert out["triage"]["level"] == "emergency"
    assert any(r["rule"] == "cant-miss" and "Septic" in r["name"] for r in out["triage"]["reasons"])
    # and a rule at the same level still speaks for its condition: no duplicate can't-miss line
    monkeypatch.setattr(model, "cant_miss", {"urgent": 0.0})
    monkeypatch.setattr(model, "suspected", {**model.suspected, "septic-arthritis": ("urgent", "why", "src")})
    out = report(model, rules, findings)
    assert not any(r["rule"] == "cant-miss" and "Septic" in r["name"] for r in out["triage"]["reasons"])


def test_a_swollen_ankle_with_fever_is_assessed_the_same_day(triage_of):
    triage, fired = _triage(triage_of, [ANKLE_SWELLING, FEVER])
    assert "hot-joint-fever" in fired and triage["level"] in ("urgent", "emergency")
    _, fired = _triage(triage_of, [ANKLE_SWELLING], [FEVER])
    assert "hot-joint-fever" not in fired


def test_the_cant_miss_advice_states_the_share_as_the_ranking_shows_it(checker, monkeypatch):
    """The banner's first sentence and the ranking's figure agree (">95%", never "100%")."""
    model, rules = checker
    findings = CheckInput(present=(KNEE_EFFUSION, FEVER, RAISED_CRP), course="subacute")
    out = report(model, rules, findings)
    monkeypatch.setattr(model, "cant_miss", {"emergency": 0.0})
    out = report(model, rules, findings)
    reason = next(r for r in out["triage"]["reasons"] if r["rule"] == "cant-miss")
    lead = out["results"][0]
    assert f"holds {lead['shown']} of the ranking (rank 1)." in reason["advice"]
    assert "100%" not in reason["advice"]

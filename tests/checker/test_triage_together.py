"""The can't-miss rule for several conditions together (db/triage.yaml `cant_miss.together`): when no rule fired
and no single condition reaches its own share, conditions that are each urgent or an emergency once suspected
and together hold the stated share raise triage to urgent and are named, when at least two present findings
speak for them; below the share, with one finding, or with the same findings marked absent, nothing is said;
an explicit rule that fired is never joined by it."""
from __future__ import annotations

from legpain_gui.checker.engine import CheckInput, report
from legpain_gui.checker.triage import together

LEG_PAIN, FEVER, WEIGHT_LOSS = "HP:0012514", "HP:0001945", "HP:0001824"
SUSPECTED = {"a": ("emergency", "Why a.", "ref-a"), "b": ("urgent", "Why b.", "ref-b")}


def _results(*shares, support=("HP:1", "HP:2")):
    return [{"id": cid, "name": f"Condition {cid}", "probability": p, "rank": i,
             "contributions": [{"hpo": h, "state": "present", "lr": 3.0} for h in support]}
            for i, (cid, p) in enumerate(shares, start=1)]


def test_it_fires_at_the_share_and_names_each_condition_with_its_source():
    reasons = together(_results(("c", 0.35), ("a", 0.33), ("b", 0.32)), SUSPECTED, 0.6)
    assert len(reasons) == 1
    reason = reasons[0]
    assert reason.level == "urgent" and reason.rule == "cant-miss-together"
    assert "Condition a" in reason.advice and "Condition b" in reason.advice and "Condition c" not in reason.advice
    assert "65%" in reason.advice  # their share together, rounded as the ranking shows it
    assert reason.source == "ref-a; ref-b"


def test_below_the_share_it_says_nothing():
    assert together(_results(("c", 0.45), ("a", 0.30), ("b", 0.25)), SUSPECTED, 0.6) == []
    assert together(_results(("c", 1.0)), SUSPECTED, 0.6) == []


def test_one_finding_alone_never_fires_it():
    # a single risk factor (bacteraemia) fills the ranking with infections without making any of them likely
    assert together(_results(("a", 0.5), ("b", 0.4), support=("HP:1",)), SUSPECTED, 0.6) == []


def test_the_shipped_share_is_set(checker):
    model, _ = checker
    assert 0 < model.cant_miss["together"] < 1


def _triage(checker, present=(), absent=(), **context):
    model, rules = checker
    return report(model, rules, CheckInput(present=tuple(present), absent=tuple(absent), **context))["triage"]


def test_a_differential_of_dangerous_conditions_is_urgent_not_routine(checker):
    # leg pain with fever and weight loss in a 44-year-old man, of acute onset (polyarteritis nodosa, microscopic
    # polyangiitis, cellulitis...; with abdominal pain instead, since session 21 transverse myelitis holds its own
    # share through its 'pain' row and the single can't-miss rule fires): no rule fires and no condition holds
    # its own share
    triage = _triage(checker, [LEG_PAIN, FEVER, WEIGHT_LOSS], age="44", sex="male", course="acute")
    rules = [r["rule"] for r in triage["reasons"]]
    assert rules == ["cant-miss-together"] and triage["level"] == "urgent" and triage["fired"]
    assert triage["prompts"] == []


def test_the_same_findings_absent_never_fire_it(checker):
    triage = _triage(checker, [], [LEG_PAIN, FEVER, WEIGHT_LOSS], age="44", sex="male")
    assert triage["level"] == "routine" and not triage["fired"]


def test_it_never_joins_a_rule_that_fired(checker):
    # acute hemiparesis fires the acute-stroke rule: the together rule adds nothing beside it
    triage = _triage(checker, ["HP:0001269", "HP:0011009", LEG_PAIN, FEVER, WEIGHT_LOSS])
    assert "cant-miss-together" not in [r["rule"] for r in triage["reasons"]]


def test_it_reads_the_ranking_whatever_part_of_it_the_report_returns(checker):
    model, rules = checker
    data = CheckInput(present=(LEG_PAIN, FEVER, WEIGHT_LOSS), age="44", sex="male", course="acute")
    levels = {limit: report(model, rules, data, limit=limit)["triage"]["level"] for limit in (None, 10, 200)}
    assert set(levels.values()) == {"urgent"}

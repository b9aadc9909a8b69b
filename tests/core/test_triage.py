"""Triage rules of the shipped knowledge base: each fires on present findings, never on absent ones."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legpain_gui.core.checker import CheckInput, report
from legpain_gui.core.triage import evaluate

CASES = [
    ("gbs-pattern", "emergency", ["HP:0003678", "HP:0007340", "HP:0001284"], {}),  # progressive, leg weakness, areflexia
    ("gbs-pattern", "emergency", ["HP:0002747", "HP:0009053"], {}),  # breathing failure + distal leg weakness
    ("gbs-pattern", "emergency", ["HP:0012799", "HP:0003690"], {}),  # facial droop + limb weakness
    ("gbs-pattern", "emergency", ["HP:0031162", "HP:0007340"], {}),  # impaired swallow + leg weakness
    ("acute-limb-ischaemia", "emergency", ["HP:0012514", "HP:0031271"], {}),  # leg pain + absent ankle pulse
    ("acute-limb-ischaemia", "emergency", ["HP:0012514", "HP:0000980"], {}),  # leg pain + pallor
    ("acute-limb-ischaemia", "emergency", ["HP:0012514", "HP:6000500"], {}),  # leg pain + cold extremities
    ("cauda-equina", "emergency", ["HP:0003419", "HP:0000016"], {}),  # low back pain + urinary retention
    ("gca-visual", "emergency", ["HP:0030164", "HP:0000572"], {}),  # jaw claudication + visual loss
    ("gca-visual", "emergency", ["HP:0002315", "HP:0100576"], {"age": "older"}),
    ("pulmonary-renal", "emergency", ["HP:0002105", "HP:0000790"], {}),
    ("suspected-dvt", "urgent", ["HP:0010741", "HP:0012514"], {}),
    ("suspected-dvt", "urgent", ["HP:0002625"], {}),
    ("mononeuritis-foot-drop", "urgent", ["HP:0032018"], {}),
    ("mononeuritis-foot-drop", "urgent", ["HP:0009027"], {}),
    ("skin-necrosis", "urgent", ["HP:0100758"], {}),
    ("fever-weight-loss-hypertension", "urgent", ["HP:0001945", "HP:0001824", "HP:0000822"], {}),
]


@pytest.fixture(scope="module")
def checker(shipped_kb):
    return shipped_kb.checker_model()


@pytest.mark.parametrize("rule, level, present, context", CASES)
def test_rule_fires_on_present_findings(checker, rule, level, present, context):
    model, rules = checker
    out = report(model, rules, CheckInput(present=tuple(present), **context))
    fired = {r["rule"]: r for r in out["triage"]["reasons"]}
    assert rule in fired, out["triage"]
    assert out["triage"]["level"] == level or level == "urgent" and out["triage"]["level"] == "emergency"
    assert fired[rule]["source"] and ("PMID" in fired[rule]["source"] or "doi:" in fired[rule]["source"])
    assert set(fired[rule]["findings"]) <= set(present)


@pytest.mark.parametrize("rule, level, present, context", CASES)
def test_the_same_findings_absent_never_trigger(checker, rule, level, present, context):
    model, rules = checker
    out = report(model, rules, CheckInput(absent=tuple(present), **context))
    assert out["triage"] == {"level": "routine", "reasons": []}


def test_partial_pattern_does_not_fire(checker):
    model, rules = checker
    # weakness and areflexia with the progression ABSENT: not the GBS rule; leg pain with paraesthesia only
    out = report(model, rules, CheckInput(present=("HP:0007340", "HP:0001284"), absent=("HP:0003678",)))
    assert "gbs-pattern" not in {r["rule"] for r in out["triage"]["reasons"]}
    out = report(model, rules, CheckInput(present=("HP:0012514", "HP:0003401")))
    assert out["triage"]["level"] == "routine"
    out = report(model, rules, CheckInput(present=("HP:0002315", "HP:0000622"), age="adult"))
    assert "gca-visual" not in {r["rule"] for r in out["triage"]["reasons"]}


def test_highest_level_wins_and_all_reasons_are_listed(checker):
    model, rules = checker
    out = report(model, rules, CheckInput(present=("HP:0009027", "HP:0012514", "HP:0000980")))
    assert out["triage"]["level"] == "emergency"
    assert [r["rule"] for r in out["triage"]["reasons"]] == ["acute-limb-ischaemia", "mononeuritis-foot-drop"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(sorted({h for _, _, p, _ in CASES for h in p})), max_size=12, unique=True))
def test_absent_findings_alone_are_always_routine(checker, absent):
    model, rules = checker
    triage = evaluate(rules, [], model.is_descendant)
    assert triage.level == "routine"
    out = report(model, rules, CheckInput(absent=tuple(absent), age="older"))
    assert out["triage"]["level"] == "routine"

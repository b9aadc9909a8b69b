"""Content of session 42, read through the checker: acute limb ischaemia describes arterial thrombosis (its commonest
cause in a referral series), and a past heart attack, common in the adult population at large, counts neither for nor
against a condition that does not describe it. Each test fails if its row or flag is removed."""
from __future__ import annotations

from legpain_gui.checker.engine import CheckInput, check


def _result(model, data, cid):
    return next(r for r in check(model, data).results if r.id == cid)


def test_arterial_thrombosis_supports_acute_limb_ischaemia(checker):
    model, _ = checker
    row = model.conditions["acute-limb-ischaemia"].annotations["HP:0004420"]
    assert row.frequency == "frequent"
    result = _result(model, CheckInput(present=("HP:0004420", "HP:0012514"), course="acute"), "acute-limb-ischaemia")
    thrombosis = next(c for c in result.contributions if c.hpo == "HP:0004420")
    assert thrombosis.lr > 2


def test_a_heart_attack_does_not_count_against_a_condition_that_does_not_describe_it(checker):
    model, _ = checker
    assert "HP:0001658" not in model.conditions["statin-associated-muscle-symptoms"].annotations
    result = _result(model, CheckInput(present=("HP:0001658", "HP:0003326")), "statin-associated-muscle-symptoms")
    infarction = next(c for c in result.contributions if c.hpo == "HP:0001658")
    assert infarction.lr == 1.0

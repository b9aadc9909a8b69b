"""A common condition of the population at large (hypertension, diabetes, obesity, smoking: `comorbidity` in
db/findings.yaml) counts neither way for a condition that does not describe it, and the explanation says why;
a condition that lists it (as a risk factor or a feature) still gains from it; a finding not so marked still
counts a little against the conditions that lack it. Each test fails if the marking or its reading is removed."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, check
from legpain_gui.checker.evidence import COMORBIDITY_NOTE, is_comorbidity, unexplained_weight

HYPERTENSION, TYPE2_DIABETES, FEVER, KNEE_EFFUSION = "HP:0000822", "HP:0005978", "HP:0001945", "HP:6001020"


def _row(results, cid, hpo):
    cond = next(r for r in results if r.id == cid)
    return next(c for c in cond.contributions if c.hpo == hpo)


def test_the_marked_terms_and_the_terms_below_them_are_comorbidities(checker):
    model, _ = checker
    assert HYPERTENSION in model.comorbidities
    assert is_comorbidity(model, HYPERTENSION) and is_comorbidity(model, TYPE2_DIABETES)  # under diabetes mellitus
    assert not is_comorbidity(model, FEVER)


def test_a_comorbidity_a_condition_does_not_describe_counts_neither_way(checker):
    model, _ = checker
    assert HYPERTENSION not in model.conditions["reactive-arthritis"].annotations
    results = check(model, CheckInput(present=(HYPERTENSION, KNEE_EFFUSION))).results
    row = _row(results, "reactive-arthritis", HYPERTENSION)
    assert row.relation == "not described" and row.lr == pytest.approx(1.0) and row.note == COMORBIDITY_NOTE
    # a condition that lists hypertension still gains from it
    pan = _row(results, "polyarteritis-nodosa", HYPERTENSION)
    assert pan.relation == "exact" and pan.lr > 1.0


def test_a_finding_not_marked_still_counts_against_a_condition_that_lacks_it(checker):
    model, _ = checker
    assert unexplained_weight(model, FEVER) < 0.9
    results = check(model, CheckInput(present=(FEVER, KNEE_EFFUSION))).results
    assert _row(results, "lumbar-radiculopathy", FEVER).lr < 0.9

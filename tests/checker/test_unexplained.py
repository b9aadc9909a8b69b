"""A present finding that a condition does not describe counts a little against it (checker.evidence
.unexplained_weight), the more so the more of the other conditions describe it; a finding held only as an
unreviewed import counts neither way; and the score of every condition is its prior times the weights shown."""
from __future__ import annotations

import math

import pytest

from legpain_gui.checker.engine import CheckInput, check
from legpain_gui.checker.evidence import UNEXPLAINED_EXP, UNEXPLAINED_FLOOR, unexplained_weight

FEVER, MYALGIA, FOOT_DROP = "HP:0001945", "HP:0003326", "HP:0009027"


@pytest.fixture(scope="module")
def shipped(shipped_kb):
    from legpain_gui.checker.load import checker_model

    return checker_model(shipped_kb)[0]


def test_a_widely_described_finding_weighs_against_the_conditions_that_lack_it(shipped):
    assert FEVER not in shipped.conditions["lumbar-radiculopathy"].annotations
    lr = unexplained_weight(shipped, FEVER)
    assert UNEXPLAINED_FLOOR ** UNEXPLAINED_EXP <= lr < 0.9  # fever: many conditions describe it
    out = check(shipped, CheckInput(present=(FEVER, FOOT_DROP)))
    rad = next(r for r in out.results if r.id == "lumbar-radiculopathy")
    fever = next(c for c in rad.contributions if c.hpo == FEVER)
    assert fever.relation == "not described" and fever.lr == pytest.approx(lr) and "against" in fever.note


def test_a_finding_no_condition_describes_moves_no_condition(shipped):
    rare = next(h for h in ("HP:0000252", "HP:0001250", "HP:0000316") if not shipped.conditions_related(h)
                and not shipped.conditions_partly_related(h))  # microcephaly, seizure, hypertelorism
    alone = check(shipped, CheckInput(present=(FOOT_DROP,)))
    both = check(shipped, CheckInput(present=(FOOT_DROP, rare)))
    assert [r.id for r in both.results] == [r.id for r in alone.results]
    for a, b in zip(alone.results, both.results):
        assert b.probability_raw == pytest.approx(a.probability_raw)


@pytest.mark.parametrize("present", [(FEVER,), (FEVER, MYALGIA, FOOT_DROP), ("HP:0001369", "HP:0002829")])
def test_every_score_is_the_prior_times_the_weights_shown(shipped, present):
    """Conditions described by none of the findings are scored without building their contributions: the
    shortcut must give the same score as the contributions listed."""
    out = check(shipped, CheckInput(present=present, age="older"))
    for r in out.results[:50]:
        shown = math.log(r.prior) + sum(math.log(c.lr) for c in r.contributions if c.counted)
        assert r.log_score == pytest.approx(shown), r.id


def test_a_term_held_only_as_an_unreviewed_import_counts_neither_way(shipped):
    cid, term = next((cid, h) for cid, c in shipped.conditions.items() for h in c.unreviewed
                     if cid not in shipped.conditions_related(h) | shipped.conditions_partly_related(h))
    out = check(shipped, CheckInput(present=(term,)))
    c = next(c for c in next(r for r in out.results if r.id == cid).contributions if c.hpo == term)
    assert c.lr == 1.0 and "unreviewed import" in c.note
    assert unexplained_weight(shipped, term) <= 1.0


def test_the_note_of_a_finding_that_weighs_the_same_for_all_does_not_say_it_counts_against(checker):
    from legpain_gui.checker.evidence import UNEXPLAINED_NEUTRAL_NOTE, UNEXPLAINED_NOTE, unexplained_note
    from legpain_gui.checker.report import report

    assert unexplained_note(1.0) == UNEXPLAINED_NEUTRAL_NOTE and "against" not in UNEXPLAINED_NEUTRAL_NOTE
    assert unexplained_note(0.6) == UNEXPLAINED_NOTE
    model, rules = checker
    out = report(model, rules, CheckInput(present=("HP:0001269", "HP:0003072")))  # hemiparesis: described by none
    seen = set()
    for result in out["results"][:5]:
        for c in result["contributions"]:
            if c["relation"] == "not described" and c["state"] == "present":
                assert (c["note"] == UNEXPLAINED_NEUTRAL_NOTE) == (c["lr"] >= 0.995), (result["id"], c)
                seen.add(c["note"])
    assert UNEXPLAINED_NEUTRAL_NOTE in seen

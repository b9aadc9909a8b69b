"""The checker engine on the two made-up fixture conditions, where every number can be worked out by hand.

example-vasculitis: foot drop frequent 40% (group mononeuropathy), mononeuritis multiplex frequent
(same group), paresthesia occasional, fever very frequent, pain obligate; prevalence 3.
example-neuropathy: paresthesia very frequent, lower limb weakness frequent, fever EXCLUDED, pain frequent,
hyporeflexia obligate; prevalence 12.
"""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legpain_gui.checker.engine import (
    ABSENT_FLOOR, EXCLUDED_FLOOR, PRESENT_FLOOR, CheckInput, CheckInputError, check, report,
)
from legpain_gui.checker.evidence import SPECIFIC_SHARE_EXP, match
from legpain_gui.kb.store import KnowledgeBase
from legpain_gui.checker.model import PRIOR_EXPONENT
from legpain_gui.checker.load import checker_model  # noqa: E402

VASC, NEURO = "example-vasculitis", "example-neuropathy"
FOOT_DROP, MONONEURITIS, PARESTHESIA, FEVER, PAIN = "HP:0009027", "HP:0032018", "HP:0003401", "HP:0001945", "HP:0012531"
ACROPARESTHESIA = "HP:0031006"  # more specific than paresthesia
LIMB_WEAKNESS = "HP:0003690"  # more general than foot drop and than lower limb weakness
HYPOREFLEXIA = "HP:0001265"


@pytest.fixture(scope="module")
def model(fixture_kb_path):
    m, _ = checker_model(KnowledgeBase(fixture_kb_path))
    return m


def _result(model, cid, **kw):
    out = check(model, CheckInput(**kw))
    return next(r for r in out.results if r.id == cid), out


def _contribution(ranked, hpo):
    return next(c for c in ranked.contributions if c.hpo == hpo)


def q(model, hpo):
    """The finding's background (data-derived; tests/core/test_evidence.py checks how)."""
    return model.background_of(hpo)


def test_priors_follow_cited_prevalence(model):
    expected = 3 ** PRIOR_EXPONENT / (3 ** PRIOR_EXPONENT + 12 ** PRIOR_EXPONENT)
    assert model.priors[VASC] == pytest.approx(expected)
    out = check(model, CheckInput(present=(PAIN,)))
    assert sum(r.probability for r in out.results) == pytest.approx(1.0)


def test_exact_finding_uses_its_exact_percentage(model):
    ranked, _ = _result(model, VASC, present=(FOOT_DROP,))
    c = _contribution(ranked, FOOT_DROP)
    assert c.relation == "exact" and c.lr == pytest.approx(0.40 / q(model, FOOT_DROP)) and c.frequency == "frequent"
    assert c.source == "A B 2010, PMID 20235223"


def test_more_specific_patient_finding_counts_as_the_condition_finding(model):
    ranked, _ = _result(model, NEURO, present=(ACROPARESTHESIA,))
    c = _contribution(ranked, ACROPARESTHESIA)
    assert c.relation == "more specific" and c.matched == PARESTHESIA
    share = max(model.disease_count(ACROPARESTHESIA), 1) / max(model.disease_count(PARESTHESIA), 1)
    assert 0 < share < 1
    assert c.lr == pytest.approx(0.9 * share ** SPECIFIC_SHARE_EXP / q(model, ACROPARESTHESIA))


def test_more_general_patient_finding_counts_as_at_least_one(model):
    ranked, _ = _result(model, NEURO, present=(LIMB_WEAKNESS,))
    c = _contribution(ranked, LIMB_WEAKNESS)
    assert c.relation == "more general"
    assert c.lr == pytest.approx(0.55 / q(model, LIMB_WEAKNESS))  # lower limb weakness, the only annotated descendant
    ranked, _ = _result(model, VASC, present=(LIMB_WEAKNESS,))
    assert _contribution(ranked, LIMB_WEAKNESS).lr == pytest.approx(0.40 / q(model, LIMB_WEAKNESS))  # foot drop


def test_absent_finding_makes_its_descendants_absent(model):
    ranked, _ = _result(model, VASC, absent=(LIMB_WEAKNESS,))
    c = _contribution(ranked, LIMB_WEAKNESS)
    assert c.matched == FOOT_DROP and c.lr == pytest.approx((1 - 0.40) / (1 - q(model, LIMB_WEAKNESS)))


def test_absent_obligate_finding_is_floored_not_zero(model):
    ranked, out = _result(model, NEURO, absent=(HYPOREFLEXIA,))
    c = _contribution(ranked, HYPOREFLEXIA)
    assert c.lr == pytest.approx(ABSENT_FLOOR / (1 - q(model, HYPOREFLEXIA)))
    assert ranked.probability > 0


def test_excluded_finding_counts_strongly_against(model):
    ranked, out = _result(model, NEURO, present=(FEVER,))
    c = _contribution(ranked, FEVER)
    assert c.lr == pytest.approx(EXCLUDED_FLOOR / q(model, FEVER))
    assert out.results[0].id == VASC


def test_no_single_finding_zeroes_a_condition(model):
    ranked, _ = _result(model, NEURO, present=(FEVER, FOOT_DROP), absent=(HYPOREFLEXIA, PARESTHESIA))
    assert ranked.probability > 0
    assert all(c.lr >= min(PRESENT_FLOOR, EXCLUDED_FLOOR) / q(model, c.hpo) * 0.99 or c.state == "absent"
               for c in ranked.contributions)


def test_group_is_counted_once(model):
    ranked, _ = _result(model, VASC, present=(FOOT_DROP, MONONEURITIS))
    counted = [c for c in ranked.contributions if c.hpo in (FOOT_DROP, MONONEURITIS) and c.counted]
    assert len(counted) == 1
    alone, _ = _result(model, VASC, present=(FOOT_DROP,))
    both_score = ranked.log_score
    assert both_score == pytest.approx(alone.log_score + math.log(max(0.55, 0.40) / q(model, MONONEURITIS))
                                       - math.log(0.40 / q(model, FOOT_DROP)))


def test_implied_general_finding_is_not_counted_twice(model):
    out = check(model, CheckInput(present=(PARESTHESIA, ACROPARESTHESIA)))
    assert out.implied == [PARESTHESIA]
    ranked = next(r for r in out.results if r.id == NEURO)
    assert [c.hpo for c in ranked.contributions if c.state == "present"] == [ACROPARESTHESIA]


def test_unmatched_and_any_valid_hpo_term(model):
    out = check(model, CheckInput(present=("HP:0000252",)))  # microcephaly: in HPO, in no condition here
    assert out.unmatched == ["HP:0000252"]
    assert all(c.lr == 1.0 for r in out.results for c in r.contributions)


def test_ranking_moves_with_evidence(model):
    assert check(model, CheckInput(present=(FOOT_DROP, FEVER))).results[0].id == VASC
    assert check(model, CheckInput(present=(PARESTHESIA, HYPOREFLEXIA), absent=(FEVER,))).results[0].id == NEURO


def test_missing_hallmarks_and_separation(model):
    ranked, out = _result(model, NEURO, present=(PARESTHESIA,))
    assert [h["hpo"] for h in ranked.missing_hallmarks] == [HYPOREFLEXIA]
    assert out.results[0].separates_from_next


def test_ask_next_prefers_discriminating_unasked_findings(model):
    out = check(model, CheckInput(present=(PAIN,)))
    asked = {a["hpo"] for a in out.ask_next}
    assert 1 <= len(out.ask_next) <= 5 and PAIN not in asked
    assert FEVER in asked  # very frequent in one, excluded in the other
    assert all(a["why"] for a in out.ask_next)
    gains = [a["information_gain_bits"] for a in out.ask_next]
    assert gains == sorted(gains, reverse=True)


def test_sex_context_from_the_stated_ratio(model):
    ranked, _ = _result(model, VASC, present=(PAIN,), age="child", sex="female")
    context = {c.label: c for c in ranked.contributions if c.state == "context"}
    assert context["Sex: female"].lr == pytest.approx(1.0)  # the fixture states 1:1
    assert context["Age group: child"].lr == pytest.approx(0.3)  # typical ages: adult, older


def test_untypical_age_and_sex_move_the_shipped_ranking(shipped_kb):
    model, _ = checker_model(shipped_kb)
    out = check(model, CheckInput(present=("HP:0002829",), age="older", sex="male"))
    sle = next(r for r in out.results if r.id == "systemic-lupus-erythematosus")
    context = {c.label: c.lr for c in sle.contributions if c.state == "context"}
    assert context["Age group: older"] == pytest.approx(0.3)
    assert context["Sex: male"] == pytest.approx((1 / 9) / 0.5)


@pytest.mark.parametrize("kwargs, message", [
    ({"present": ("HP:123",)}, "is not an HPO ID"),
    ({"present": ("lupus",)}, "is not an HPO ID"),
    ({"present": ("HP:9999999",)}, "is not a term of the bundled HPO release"),
    ({"present": (FEVER,), "absent": (FEVER,)}, "both present and absent"),
    ({"present": (FEVER,), "age": "ancient"}, "neither years"),
    ({"present": (FEVER,), "age": "130"}, "outside 0-120"),
    ({"present": (FEVER,), "sex": "x"}, "Sex"),
    ({"present": (FEVER,), "course": "weekly"}, "Course"),
])
def test_bad_input_is_one_clear_sentence(model, kwargs, message):
    with pytest.raises(CheckInputError, match=message):
        check(model, CheckInput(**kwargs))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([FOOT_DROP, MONONEURITIS, PARESTHESIA, FEVER, PAIN, ACROPARESTHESIA,
                                 LIMB_WEAKNESS, HYPOREFLEXIA, "HP:0000252", "HP:0001324"]), max_size=6, unique=True),
       st.data())
def test_probabilities_always_sum_to_one(model, findings, data):
    split = data.draw(st.integers(0, len(findings)))
    present, absent = tuple(findings[:split]), tuple(findings[split:])
    try:
        out = check(model, CheckInput(present=present, absent=absent))
    except CheckInputError:
        return
    assert sum(r.probability for r in out.results) == pytest.approx(1.0)
    assert all(0 < r.probability <= 1 for r in out.results)


def test_report_has_the_contract_shape(model):
    out = report(model, [], CheckInput(present=(FOOT_DROP,), absent=(FEVER,)))
    assert set(out) >= {"triage", "results", "ask_next", "unmatched", "kb_version", "hpo_version"}
    assert out["triage"] == {"level": "routine", "fired": False, "reasons": [], "prompts": [], "notes": []}
    r = out["results"][0]
    assert set(r) >= {"rank", "id", "name", "probability", "probability_raw", "shown", "tier", "codes",
                      "contributions", "missing_hallmarks"}
    assert set(r["codes"]) == {"ICD-10", "ICD-11", "ORPHA", "OMIM"}
    assert set(r["contributions"][0]) >= {"hpo", "label", "state", "lr", "frequency", "source"}


def test_ask_next_reasons_name_each_findings_own_bin(shipped_kb):
    """Each suggestion's reason quotes the bins of that finding (not of another candidate)."""
    model, _ = checker_model(shipped_kb)
    out = check(model, CheckInput(present=("HP:0009027", "HP:0001945")))
    names = {c.name: c for c in model.conditions.values()}
    for suggestion in out.ask_next:
        for part in suggestion["why"].split("; "):
            cond = names[part.split(" in ", 1)[1]]
            p, ann, _, _, _ = match(model, suggestion["hpo"], cond.annotations, partial=False)
            if part.startswith("not described"):
                assert ann is None, (suggestion, part)
            else:
                assert ann is not None and part.startswith(ann.frequency), (suggestion, part)


def test_report_limit_returns_the_leading_results_and_the_same_triage(shipped_kb):
    """The app asks for the leading results only (a large knowledge base ranks thousands): the same leaders,
    the same triage (read over every condition), and the total said."""
    model, rules = checker_model(shipped_kb)
    data = CheckInput(present=("HP:0009027", "HP:0001945", "HP:0003401"), absent=("HP:0000099",))
    full = report(model, rules, data)
    short = report(model, rules, data, limit=12)
    assert len(full["results"]) == len(model.conditions) == short["results_total"] == full["results_total"]
    assert [r["id"] for r in short["results"]] == [r["id"] for r in full["results"][:12]]
    assert short["results"][0] == full["results"][0]
    assert short["triage"] == full["triage"]
    assert len(report(model, rules, data, limit=1)["results"]) == 10  # never fewer than the can't-miss rule reads

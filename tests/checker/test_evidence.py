"""The evidence behind each step of the checker: data-derived backgrounds, unreviewed imports that never
count, partial credit through an informative common ancestor, accepted contradictions, age in years."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, check, report
from legpain_gui.checker.evidence import MIN_SHARED_IC, background, base_rate, unexplained_weight
from legpain_gui.kb.store import KnowledgeBase
from legpain_gui.checker.load import checker_model  # noqa: E402

VASC, NEURO = "example-vasculitis", "example-neuropathy"
MEDIUM_VESSEL, MUSCULAR_VASCULITIS = "HP:6000658", "HP:0034789"  # siblings under 'Vasculitis by anatomical site'
PARESTHESIA, ACROPARESTHESIA, FEVER = "HP:0003401", "HP:0031006", "HP:0001945"


@pytest.fixture(scope="module")
def model(fixture_kb_path):
    m, _ = checker_model(KnowledgeBase(fixture_kb_path))
    return m


@pytest.fixture(scope="module")
def shipped(shipped_kb):
    return checker_model(shipped_kb)


def _ranked(out, cid):
    return next(r for r in out.results if r.id == cid)


def test_background_is_the_prior_weighted_mix_of_the_conditions(model):
    """Fever: very frequent (0.9) in the vasculitis, excluded (0) in the neuropathy."""
    expected = model.priors[VASC] * 0.9 + model.priors[NEURO] * 0.0
    assert background(model, FEVER) == pytest.approx(expected)
    # a finding no condition describes: HPO's own rate across its diseases
    assert background(model, "HP:0000252") == pytest.approx(base_rate(model, "HP:0000252"))


def test_a_nonspecific_finding_moves_the_ranking_less_than_a_specific_one_of_the_same_bin(shipped):
    model, _ = shipped
    pan = model.conditions["polyarteritis-nodosa"].annotations
    frequent = sorted((a for a in pan.values() if a.frequency == "frequent" and a.probability == 0.55),
                      key=lambda a: model.background_of(a.hpo))
    specific, nonspecific = frequent[0], frequent[-1]
    assert model.background_of(specific.hpo) < model.background_of(nonspecific.hpo)

    def gain(hpo: str) -> float:
        out = check(model, CheckInput(present=(hpo,)))
        return _ranked(out, "polyarteritis-nodosa").probability

    assert gain(nonspecific.hpo) < gain(specific.hpo)


def test_an_unreviewed_import_is_never_scored_and_cannot_exclude(shipped):
    model, _ = shipped
    unreviewed = [(cid, a) for cid, c in model.conditions.items() for a in c.unreviewed.values()]
    assert unreviewed, "the shipped knowledge base should still hold unreviewed imports"
    excluded = [(cid, a) for cid, a in unreviewed if a.frequency == "excluded"]
    for cid, ann in excluded + unreviewed[:40]:
        out = check(model, CheckInput(present=(ann.hpo,)))
        for c in _ranked(out, cid).contributions:
            assert c.matched not in model.conditions[cid].unreviewed  # matched only to curated rows
            if c.hpo == ann.hpo and c.relation == "not described":
                assert c.lr == 1.0


def test_a_sibling_term_gets_partial_credit_named_through_the_common_ancestor(model):
    out = check(model, CheckInput(present=(MUSCULAR_VASCULITIS,)))
    c = next(c for c in _ranked(out, VASC).contributions if c.hpo == MUSCULAR_VASCULITIS)
    assert c.relation == "related" and c.matched == MEDIUM_VESSEL
    assert c.through and model.ic(c.through) >= MIN_SHARED_IC
    assert c.through in model.ancestors(MUSCULAR_VASCULITIS) and c.through in model.ancestors(MEDIUM_VESSEL)
    # counted as the common ancestor, over the ancestor's own background: less than the very term would give
    assert c.lr == pytest.approx(0.55 / background(model, c.through))
    assert 1.0 < c.lr < 0.55 / background(model, MEDIUM_VESSEL)
    assert model.label(c.through) in c.note
    assert out.results[0].id == VASC
    # the neuropathy describes nothing near it: a finding it does not explain, a little against it
    neuro = next(x for x in _ranked(out, NEURO).contributions if x.hpo == MUSCULAR_VASCULITIS)
    assert neuro.relation == "not described" and neuro.lr == pytest.approx(unexplained_weight(model, MUSCULAR_VASCULITIS))
    assert neuro.lr <= 1.0


def test_one_antibody_gives_no_partial_credit_for_another(shipped):
    """'Autoantibody positivity' is too broad a common ancestor: antiphospholipid antibodies say nothing of
    the anti-ganglioside antibodies of Guillain-Barre syndrome or the anti-CCP of rheumatoid arthritis."""
    model, rules = shipped
    assert model.ic("HP:0030057") < MIN_SHARED_IC
    out = report(model, rules, CheckInput(present=("HP:0003613",)), ask=0, limit=None)
    for cid in ("guillain-barre-syndrome", "rheumatoid-arthritis"):
        result = next(r for r in out["results"] if r["id"] == cid)
        assert all(c["relation"] != "related" for c in result["contributions"]), result["contributions"]
    assert out["results"][0]["id"] == "antiphospholipid-syndrome"


def test_course_terms_get_no_partial_credit(model):
    assert model.informative_ancestors("HP:0011011") == ()  # subacute


def test_broader_absent_with_specific_present_is_accepted_with_a_note(model):
    out = check(model, CheckInput(present=(ACROPARESTHESIA,), absent=(PARESTHESIA,)))
    assert out.notes and "Paresthesia" in out.notes[0] and "not counted" in out.notes[0]
    neuro = _ranked(out, NEURO)
    assert not any(c.hpo == PARESTHESIA for c in neuro.contributions)  # the absent one set aside
    alone = check(model, CheckInput(present=(ACROPARESTHESIA,)))
    assert neuro.log_score == pytest.approx(_ranked(alone, NEURO).log_score)
    assert report(model, [], CheckInput(present=(ACROPARESTHESIA,), absent=(PARESTHESIA,)))["notes"] == out.notes


@pytest.mark.parametrize("years, group", [(5, "child"), (17.9, "child"), (18, "adult"), (49, "adult"),
                                          (50, "older"), (67, "older"), (0, "child"), (120, "older")])
def test_age_in_years_ranks_as_its_group(shipped, years, group):
    model, _ = shipped
    findings = ("HP:0009027", "HP:0001945", "HP:0002829")
    by_years = check(model, CheckInput(present=findings, age=str(years), sex="female"))
    by_group = check(model, CheckInput(present=findings, age=group, sex="female"))
    assert [(r.id, round(r.probability, 12)) for r in by_years.results] == \
           [(r.id, round(r.probability, 12)) for r in by_group.results]
    assert by_years.input.age == group


def test_an_alias_reaches_the_terms_below_it(shipped):
    """Limb-girdle weakness (HP:0003325) and proximal muscle weakness (HP:0003701) are one bedside finding
    (db/aliases.yaml); a condition that describes only proximal LEG weakness (HP:0008994, below proximal muscle
    weakness but not below limb-girdle weakness in HPO) is reached from limb-girdle weakness through the alias."""
    from legpain_gui.checker.evidence import match
    from legpain_gui.checker.model import Annotation

    model, _ = shipped
    limb_girdle, proximal, proximal_leg = "HP:0003325", "HP:0003701", "HP:0008994"
    assert proximal in model.aliases.get(limb_girdle, ())
    assert not model.is_descendant(proximal_leg, limb_girdle) and model.is_descendant(proximal_leg, proximal)
    ann = Annotation(proximal_leg, "Proximal leg weakness", "very frequent", 0.9, False, None, "src", "src")
    p, found, relation, _, _ = match(model, limb_girdle, {proximal_leg: ann})
    assert found is ann and relation == "more general" and p == pytest.approx(0.9)
    # and the conditions that describe only the term below the alias are scored for it
    described = {cid for cid, c in model.conditions.items() if proximal_leg in c.annotations}
    assert described and described <= model.conditions_related(limb_girdle)


def test_a_general_finding_is_at_least_as_likely_as_the_specific_rows_below_it(checker):
    """Back pain against Guillain-Barre syndrome, which lists pain (66%) above it and low back pain (frequent)
    below it: back pain is at least as likely as low back pain, so the reading through the row below wins over
    the share-scaled reading through 'pain' (session 16: it was 0.22, counting against the condition)."""
    from legpain_gui.checker.evidence import match, matches

    model, _ = checker
    annotations = model.conditions["guillain-barre-syndrome"].annotations
    p, ann, relation, used, _ = match(model, "HP:0003418", annotations)
    assert relation == "more general" and ann.hpo == "HP:0003419" and p >= annotations["HP:0003419"].probability
    assert matches(model, "HP:0003418")["guillain-barre-syndrome"][2] == "more general"

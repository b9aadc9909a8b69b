"""A patient term that in clinical use means the generalized form (`generalized` in db/findings.yaml: areflexia
is every reflex gone) is not made likely by a condition's local rows that HPO files under it (one ankle reflex
lost in a sciatica): that reading is scaled by the share of HPO's diseases with the general term that have the
local one, and the explanation says so. Each test fails if the marking or its reading is removed."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, check
from legpain_gui.checker.evidence import _generalized_share, match, matches

AREFLEXIA, ANKLE_REFLEX = "HP:0001284", "HP:0200101"
RAPID, LEG_WEAKNESS = "HP:0003678", "HP:0007340"


def _row(results, cid, hpo):
    cond = next(r for r in results if r.id == cid)
    return next(c for c in cond.contributions if c.hpo == hpo)


def test_the_reflex_terms_are_marked_generalized(checker):
    model, _ = checker
    assert {AREFLEXIA, "HP:0001265", "HP:0001315"} <= model.generalized
    assert ANKLE_REFLEX not in model.generalized


def test_generalized_areflexia_counts_a_local_ankle_reflex_row_only_in_part(checker):
    model, _ = checker
    annotations = model.conditions["lumbar-radiculopathy"].annotations
    assert ANKLE_REFLEX in annotations and AREFLEXIA not in annotations
    p, ann, relation, used, _ = match(model, AREFLEXIA, annotations)
    share = _generalized_share(model, AREFLEXIA, used)
    assert relation == "more general" and ann.hpo == ANKLE_REFLEX and 0 < share < 0.5
    assert p == pytest.approx(annotations[ANKLE_REFLEX].probability * share)
    assert matches(model, AREFLEXIA)["lumbar-radiculopathy"][0] == pytest.approx(p)  # the indexed path agrees
    # the local term itself still counts in full
    assert match(model, ANKLE_REFLEX, annotations)[0] == annotations[ANKLE_REFLEX].probability


def test_the_guillain_barre_triad_puts_guillain_barre_above_sciatica_and_says_why(checker):
    model, _ = checker
    results = check(model, CheckInput(present=(RAPID, LEG_WEAKNESS, AREFLEXIA), age="45")).results
    ids = [r.id for r in results]
    assert ids[0] == "guillain-barre-syndrome"
    assert ids.index("guillain-barre-syndrome") < ids.index("lumbar-radiculopathy")
    row = _row(results, "lumbar-radiculopathy", AREFLEXIA)
    assert "generalized" in row.note and row.lr < _row(results, "guillain-barre-syndrome", AREFLEXIA).lr


def test_without_the_marking_the_local_row_would_count_in_full(checker):
    model, _ = checker
    annotations = model.conditions["lumbar-radiculopathy"].annotations
    saved = model.generalized
    try:
        model.generalized = frozenset()
        assert match(model, AREFLEXIA, annotations)[0] == annotations[ANKLE_REFLEX].probability
    finally:
        model.generalized = saved


def test_calf_pain_never_counts_against_a_condition_with_leg_pain_more_than_if_it_were_not_described(checker):
    from legpain_gui.checker.evidence import unexplained_weight
    model, _ = checker
    calf, leg_pain = "HP:0031921", "HP:0012514"
    annotations = model.conditions["cellulitis"].annotations
    assert leg_pain in annotations and calf not in annotations
    p, _, relation, _, _ = match(model, calf, annotations)
    assert relation == "more specific" and p / model.background_of(calf) < unexplained_weight(model, calf)  # the share
    row = _row(check(model, CheckInput(present=(calf,))).results, "cellulitis", calf)
    assert row.relation == "more specific" and row.lr == pytest.approx(unexplained_weight(model, calf))
    assert "never counts less" in row.note


def test_a_local_lost_reflex_counts_in_full_against_a_conditions_generalized_row(checker):
    """Absent ankle jerks are part of what Guillain-Barre's 'reduced or absent reflexes' row describes: neither
    the step-down decay nor the share of HPO's diseases thins it (both did before session 22)."""
    model, _ = checker
    annotations = model.conditions["guillain-barre-syndrome"].annotations
    rows = [h for h in annotations if h in model.generalized]
    assert rows, "Guillain-Barre keeps a generalized reflex row"
    p, ann, relation, _, _ = match(model, ANKLE_REFLEX, annotations)
    assert relation == "more specific" and ann.hpo in model.generalized
    assert p == pytest.approx(ann.probability)
    assert matches(model, ANKLE_REFLEX)["guillain-barre-syndrome"][0] == pytest.approx(p)

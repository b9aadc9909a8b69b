"""Issue 21: `evidence.matches` finds each finding's matches through the term index once; every entry must be
what `evidence.match` gives condition by condition, to the last bit, and the ranking must not move."""
from __future__ import annotations

import json
import random

import pytest

from legpain_gui.checker.engine import CheckInput, report
from legpain_gui.checker.evidence import match, matches
from legpain_gui.checker.load import checker_model


def _terms(model, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    annotated = sorted(model.index)
    near = set()
    for term in rng.sample(annotated, min(n, len(annotated))):
        near.add(term)
        near.update(model._parents.get(term, ()))  # more general terms, often not described themselves
        near.update(model._children.get(term, ()))  # more specific ones
    return sorted(near)


def test_matches_equal_match_for_every_condition(shipped_kb):
    model, _ = checker_model(shipped_kb)
    aliased = {t for a in model.aliases for t in (a, *model._parents.get(a, ()), *model._children.get(a, ()))}
    assert model.aliases  # the terms with an alias, walked from the alias too, are always compared
    terms = sorted(set(_terms(model, 150, 21)) | aliased)
    for term in terms:
        found = matches(model, term)
        for cid, cond in model.conditions.items():
            expected = match(model, term, cond.annotations)
            if expected[1] is None:
                assert cid not in found, (term, cid)
            else:
                assert found[cid] == expected, (term, cid)
                assert [a.hpo for a in found[cid][3]] == [a.hpo for a in expected[3]]  # the same order


@pytest.mark.parametrize("seed", range(4))
def test_the_ranking_of_random_finding_sets_is_unchanged(shipped_kb, monkeypatch, seed):
    """The whole report with the matches found per finding, and with `match` per condition as before."""
    from legpain_gui.checker import engine

    model, rules = checker_model(shipped_kb)
    rng = random.Random(seed)
    terms = _terms(model, 60, seed)
    for _ in range(25):
        present = tuple(rng.sample(terms, rng.randint(1, 10)))
        absent = tuple(t for t in rng.sample(terms, rng.randint(0, 3)) if t not in present
                       and not any(model.is_descendant(p, t) or model.is_descendant(t, p) for p in present))
        data = CheckInput(present=present, absent=absent)
        new = json.dumps(report(model, rules, data), sort_keys=True)
        with monkeypatch.context() as m:
            m.setattr(engine, "matches", lambda model, hpo: {})  # every condition matched by `match` again
            old = json.dumps(report(model, rules, data), sort_keys=True)
        assert new == old, data

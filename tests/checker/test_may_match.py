"""evidence.may_match, the quick test the ask-next suggestions use before `match`, never rules out a term that
`match` (without partial credit) finds something for: the suggestions are the same with it as without it."""
from __future__ import annotations

from legpain_gui.checker.evidence import match, may_match, reach
from legpain_gui.checker.load import checker_model


def test_may_match_never_rules_out_a_match(shipped_kb):
    model, _ = checker_model(shipped_kb)
    terms: set[str] = set()
    for cond in model.conditions.values():
        for term in cond.annotations:
            terms |= {term, *model.ancestors(term), *model._children.get(term, ())}
    terms |= set(model.aliases)
    ruled_out = 0
    for cond in list(model.conditions.values())[::3]:
        reached = reach(model, cond.annotations)
        for term in sorted(terms):
            found = match(model, term, cond.annotations, partial=False)[1] is not None
            quick = may_match(model, term, cond.annotations, reached)
            assert quick or not found, (cond.id, term)
            ruled_out += not quick
    assert ruled_out > 1000  # and it does rule out most unrelated terms (what it is for)

"""Erysipelas is filed under cellulitis for the checker (db/aliases.yaml): a leg recorded with erysipelas counts
for 'Cellulitis and erysipelas of the leg' as its defining finding, not as a finding it does not describe. Fails if
the `under` entry is removed (the release files erysipelas only under inflammatory skin abnormalities)."""
from __future__ import annotations

from legpain_gui.checker.engine import CheckInput, check

ERYSIPELAS, CELLULITIS = "HP:0001055", "HP:0100658"


def test_erysipelas_counts_as_the_defining_finding_of_cellulitis(checker):
    model, _ = checker
    results = check(model, CheckInput(present=(ERYSIPELAS,), age="70")).results
    cell = next(r for r in results if r.id == "cellulitis")
    row = next(c for c in cell.contributions if c.hpo == ERYSIPELAS)
    assert row.matched == CELLULITIS and row.relation == "more specific" and row.lr > 5, row
    assert results[0].id == "cellulitis", [r.id for r in results[:3]]

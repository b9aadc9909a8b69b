"""Terms the release files apart from what they are a kind of, put under it for the checker (db/aliases.yaml):
erysipelas under cellulitis (a leg with erysipelas counts for 'Cellulitis and erysipelas of the leg' as its defining
finding), the myositis-specific antibodies under myositis-specific autoantibody positivity, polyarticular arthritis
under arthritis. Each test fails if its `under` entry is removed."""
from __future__ import annotations

from legpain_gui.checker.engine import CheckInput, check
from legpain_gui.checker.evidence import unexplained_weight

ERYSIPELAS, CELLULITIS = "HP:0001055", "HP:0100658"


def test_erysipelas_counts_as_the_defining_finding_of_cellulitis(checker):
    model, _ = checker
    results = check(model, CheckInput(present=(ERYSIPELAS,), age="70")).results
    cell = next(r for r in results if r.id == "cellulitis")
    row = next(c for c in cell.contributions if c.hpo == ERYSIPELAS)
    assert row.matched == CELLULITIS and row.relation == "more specific" and row.lr > 5, row
    assert results[0].id == "cellulitis", [r.id for r in results[:3]]


def test_a_myositis_specific_autoantibody_counts_for_necrotising_myopathy(checker):
    """Anti-SRP (and the other myositis-specific antibodies) are filed under myositis-specific autoantibody
    positivity (db/aliases.yaml): a record of 'myositis-specific antibody positive' now counts, in part, for
    immune-mediated necrotising myopathy, whose rows name anti-SRP and anti-HMGCR."""
    model, _ = checker
    results = check(model, CheckInput(present=("HP:6000678", "HP:0003236"))).results
    imnm = next(r for r in results if r.id == "immune-mediated-necrotising-myopathy")
    row = next(c for c in imnm.contributions if c.hpo == "HP:6000678")
    assert row.relation == "more general" and row.lr > 2, row


def test_polyarticular_arthritis_counts_as_the_arthritis_of_reactive_arthritis(checker):
    """Polyarticular arthritis is filed under arthritis (db/aliases.yaml): reactive arthritis describes arthritis
    (its hallmark) but not polyarthritis, and without the entry a record of polyarthritis was 'not described'
    there and counted against it."""
    model, _ = checker
    results = check(model, CheckInput(present=("HP:0005764",))).results
    rea = next(r for r in results if r.id == "reactive-arthritis")
    row = next(c for c in rea.contributions if c.hpo == "HP:0005764")
    assert row.matched == "HP:0001369" and row.relation == "more specific", row
    assert row.lr > unexplained_weight(model, "HP:0005764"), row  # more than a finding it does not describe


def test_paraplegia_counts_as_the_paraparesis_of_transverse_myelitis(checker):
    """Paraplegia and paraparesis are one finding in two degrees (db/aliases.yaml): transverse myelitis describes
    paraparesis, and without the pair a record of paraplegia was 'not described' there and counted against it."""
    model, _ = checker
    results = check(model, CheckInput(present=("HP:0010550",))).results
    itm = next(r for r in results if r.id == "idiopathic-transverse-myelitis")
    row = next(c for c in itm.contributions if c.hpo == "HP:0010550")
    assert row.matched == "HP:0002385" and row.relation == "equivalent" and row.lr > 2, row


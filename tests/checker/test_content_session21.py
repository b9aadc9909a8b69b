"""Content rows added in session 21, each read through the checker: Guillain-Barre syndrome excludes a chronic
course (every patient at nadir by six weeks) and has a preceding infection in most; rhabdomyolysis's acute renal
failure is also its raised creatinine, counted once with it. Each test fails if the row is removed."""
from __future__ import annotations

from legpain_gui.checker.engine import CheckInput, check


def _rank(model, data, cid):
    return [r.id for r in check(model, data).results].index(cid)


def test_a_chronic_course_sets_guillain_barre_below_cidp(checker):
    model, _ = checker
    gbs = model.conditions["guillain-barre-syndrome"].annotations
    assert gbs["HP:0011010"].frequency == "excluded"
    present = ("HP:0003484", "HP:0007340", "HP:0001284", "HP:0002922")  # arm and leg weakness, areflexia, CSF protein
    chronic = CheckInput(present=present, course="chronic", age="57")
    assert _rank(model, chronic, "chronic-inflammatory-demyelinating-polyneuropathy") < _rank(
        model, chronic, "guillain-barre-syndrome")


def test_guillain_barre_describes_a_preceding_infection(checker):
    model, _ = checker
    assert model.conditions["guillain-barre-syndrome"].annotations["HP:4000145"].frequency == "frequent"


def test_rhabdomyolysis_counts_a_raised_creatinine_once_with_its_kidney_injury(checker):
    model, _ = checker
    rows = model.conditions["rhabdomyolysis"].annotations
    assert rows["HP:0003259"].group == rows["HP:0001919"].group == "kidney"
    result = next(r for r in check(model, CheckInput(present=("HP:0003259", "HP:0001919", "HP:0003236"))).results
                  if r.id == "rhabdomyolysis")
    kidney = [c for c in result.contributions if c.hpo in ("HP:0003259", "HP:0001919")]
    assert sum(c.counted for c in kidney) == 1

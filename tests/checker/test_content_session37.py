"""Content rows added or made precise in session 37, each checked through the ranking it changes."""
from __future__ import annotations

from legpain_gui.checker.engine import CheckInput, report

NASAL_ULCER, SEPTAL_PERFORATION = "HP:0033361", "HP:0033434"


def _results(checker, present):
    model, rules = checker
    return report(model, rules, CheckInput(present=present), ask=0, limit=60)["results"]


def test_the_nasal_item_of_the_gpa_criteria_is_gpa_s(checker):
    """Nasal ulcers and a septal perforation are named in the 2022 ACR/EULAR nasal item: GPA describes them (a nasal
    ulcer had credited only EGPA, through its nasal polyps, at a weight of 88; alone it still leads there, by that
    partial credit, but GPA now counts it too)."""
    results = _results(checker, (NASAL_ULCER,))
    gpa = next(r for r in results if r["id"] == "granulomatosis-with-polyangiitis")
    assert gpa["rank"] <= 2 and gpa["contributions"][0]["lr"] > 1.0
    for present in ((SEPTAL_PERFORATION,), (NASAL_ULCER, SEPTAL_PERFORATION)):
        results = _results(checker, present)
        assert results[0]["id"] == "granulomatosis-with-polyangiitis", [r["id"] for r in results[:3]]
        gpa = results[0]
        assert all(c["relation"] == "exact" and c["source"] for c in gpa["contributions"] if c["hpo"] in present)


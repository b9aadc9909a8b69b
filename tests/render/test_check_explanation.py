"""The explanation of one ranked condition names the condition's own finding that a patient's finding matched
through the hierarchy, by its label and ID, and says so for a finding the condition does not describe."""
from __future__ import annotations

from html import unescape

from legpain_gui.checker.engine import CheckInput, report
from legpain_gui.checker.load import checker_model
from legpain_gui.render.check_html import explanation_html

HEPATOMEGALY, LIVER = "HP:0002240", "HP:0001392"  # hepatomegaly is a kind of abnormality of the liver


def test_a_match_through_the_hierarchy_is_named_by_label(shipped_kb):
    model, rules = checker_model(shipped_kb)
    cid = next(c for c, cond in model.conditions.items() if LIVER in cond.annotations and HEPATOMEGALY not in cond.annotations)
    out = report(model, rules, CheckInput(present=(HEPATOMEGALY, "HP:0003326")))
    row = next(c for c in next(r for r in out["results"] if r["id"] == cid)["contributions"] if c["hpo"] == HEPATOMEGALY)
    assert row["relation"] == "more specific" and row["matched"] == LIVER
    html = unescape(explanation_html(out, cid))
    assert f"more specific than the condition's {model.conditions[cid].annotations[LIVER].label} ({LIVER})" in html


def test_an_undescribed_finding_is_shown_as_such_with_its_weight(shipped_kb):
    model, rules = checker_model(shipped_kb)
    out = report(model, rules, CheckInput(present=("HP:0001945", "HP:0009027")))  # fever, foot drop
    r = next(r for r in out["results"] if r["id"] == "lumbar-radiculopathy")
    fever = next(c for c in r["contributions"] if c["hpo"] == "HP:0001945")
    assert fever["relation"] == "not described" and fever["lr"] < 1
    html = unescape(explanation_html(out, "lumbar-radiculopathy"))
    assert "counts a little against it" in html and f"↓ {fever['lr']:.3g}" in html

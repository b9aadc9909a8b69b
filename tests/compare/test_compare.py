"""Comparison table logic, without Qt."""
from __future__ import annotations

import pytest

from legpain_gui.compare.table import GROUPS, CompareError, build
from legpain_gui.render.compare_html import comparison_html
from legpain_gui.checker.load import checker_model  # noqa: E402

PAN, SLE, GBS = "polyarteritis-nodosa", "systemic-lupus-erythematosus", "guillain-barre-syndrome"


@pytest.fixture(scope="module")
def comp(shipped_kb):
    model, _ = checker_model(shipped_kb)
    return build([shipped_kb.condition(i) for i in (PAN, SLE, GBS)], model)


def _row(comp, hpo):
    return next(r for r in comp.rows if r.hpo == hpo)


def test_rows_are_aligned_and_grouped(comp):
    assert [c["id"] for c in comp.conditions] == [PAN, SLE, GBS]
    assert all(len(r.cells) == 3 for r in comp.rows)
    view = comp.view()
    assert [g for g in GROUPS if any(r.group == g for r in view)] == sorted(
        {r.group for r in view}, key=GROUPS.index)
    groups_in_order = [r.group for r in view]
    assert groups_in_order == sorted(groups_in_order, key=GROUPS.index)
    assert {"Pain character", "Skin", "Neurological", "Laboratory", "Treatment", "Red flags"} <= set(groups_in_order)


def test_finding_cells_carry_bin_symbol_and_source(comp):
    foot = next(r for r in comp.rows if "HP:0009027" in r.members)  # foot drop; since session 19 in the leg-weakness row
    pan, sle, gbs = foot.cells
    assert pan.frequency == "frequent" and pan.symbol == "~" and "PMID" in pan.source
    assert sle.frequency is None and sle.symbol == ""
    assert pan.state == "described" and sle.state == "not described"
    anca = next(r for r in comp.rows if "HP:0032230" in r.members)  # ANCA, merged into its concept's row
    assert anca.cells[0].frequency == "excluded" and anca.cells[0].symbol == "✗" and anca.cells[0].state == "excluded"
    areflexia = _row(comp, "HP:0001315")
    assert areflexia.cells[2].symbol == "+"


def test_more_specific_term_fills_the_general_row(comp):
    livedo = _row(comp, "HP:0033832")  # SLE's livedo; PAN lists livedo reticularis and racemosa
    assert livedo.cells[0].frequency == "occasional" and livedo.cells[0].via


def test_only_differences_hides_rows_where_all_agree(comp):
    all_rows, diff = comp.view(), comp.view(only_differences=True)
    assert len(diff) < len(all_rows)
    assert all(r.differs() for r in diff)
    same = [r for r in all_rows if not r.differs()]
    assert same and all(len({c.symbol for c in r.cells}) == 1 for r in same if r.kind == "finding")


def test_most_distinguishing_first_sorts_by_divergence(comp):
    view = comp.view(distinguishing_first=True)
    for group in GROUPS:
        div = [r.divergence for r in view if r.group == group and r.kind == "finding"]
        assert div == sorted(div, reverse=True)
    top = next(r for r in view if r.group == "Neurological")
    assert top.divergence >= 0.8


def test_pairs_name_a_separating_test(comp):
    assert len(comp.pairs) == 3
    for p in comp.pairs:
        assert p.label and p.why and (p.a_frequency != p.b_frequency)


@pytest.mark.parametrize("ids", [(PAN,), (PAN, PAN), (PAN, SLE, GBS, "rheumatoid-arthritis", "multiple-sclerosis", PAN, SLE)])
def test_bad_selection(shipped_kb, ids):
    model, _ = checker_model(shipped_kb)
    with pytest.raises(CompareError):
        build([shipped_kb.condition(i) for i in ids], model)


def test_html_export_has_header_and_every_name(comp):
    page = comparison_html(comp, only_differences=True)
    for name in ("Polyarteritis nodosa", "Systemic lupus erythematosus", "Guillain-Barré syndrome"):
        assert name.replace("é", "&eacute;") in page or name in page
    assert "knowledge base" in page and "does not replace" in page and "only rows that differ" in page


def test_json_shape(comp):
    d = comp.to_dict(only_differences=True)
    assert set(d) == {"conditions", "kb_version", "rows", "pairs", "key_discriminators"}
    assert all(r["differs"] for r in d["rows"])
    assert set(d["rows"][0]) >= {"group", "label", "kind", "cells", "hpo", "divergence"}
    states = {c["state"] for r in d["rows"] if r["kind"] == "finding" for c in r["cells"]}
    assert states == {"described", "not described", "excluded"}


def test_parent_and_child_terms_share_one_row(shipped_kb):
    model, _ = checker_model(shipped_kb)
    comp = build([shipped_kb.condition(i) for i in (PAN, SLE, GBS)], model)
    livedo = [r for r in comp.rows if r.kind == "finding" and {"HP:0033832", "HP:0030411"} & set(r.members)]
    assert len(livedo) == 1  # livedo and livedo reticularis: one feature, one row
    hpos = [h for r in comp.rows if r.kind == "finding" for h in r.members]
    assert len(hpos) == len(set(hpos))  # every term in exactly one row


def test_a_specific_row_is_never_blank_beside_a_broader_finding(shipped_kb):
    model, _ = checker_model(shipped_kb)
    comp = build([shipped_kb.condition(i) for i in (GBS, "lumbar-radiculopathy")], model)
    ankle = next(r for r in comp.rows if r.hpo == "HP:0200101")  # decreased/absent ankle reflexes
    gbs = ankle.cells[0]
    assert gbs.state == "described" and gbs.broader and "broader" in gbs.via and gbs.symbol.startswith("(")


def test_key_discriminators_lead_with_reasons(comp):
    assert 1 <= len(comp.key) <= 5
    first = comp.key[0]
    assert first["why"].count(" in ") >= 2 and first["label"]
    assert any("not described" in k["why"] or "excluded" in k["why"] for k in comp.key)


def test_who_and_when_rows_come_first(comp):
    assert comp.view()[0].group == "Who and when"
    assert any(r.label == "Typical age at onset" and all(c.text for c in r.cells) for r in comp.rows)

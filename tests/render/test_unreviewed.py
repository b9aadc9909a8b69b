"""Rows imported in bulk from HPO and not yet reviewed are marked wherever they are shown."""
from __future__ import annotations

from legpain_gui.compare.table import build
from legpain_gui.render.compare_html import comparison_html
from legpain_gui.kb.first_view import read_condition
from legpain_gui.render.page import UNREVIEWED_MARK, condition_html
from legpain_gui.checker.load import checker_model  # noqa: E402


def _with_imports(shipped_kb):
    model, _ = checker_model(shipped_kb)
    return next(cid for cid, c in model.conditions.items() if c.unreviewed), model


def test_page_marks_each_unreviewed_row_and_only_those(shipped_kb):
    cid, model = _with_imports(shipped_kb)
    detail = shipped_kb.condition(cid)
    imported = [f for f in detail.findings if f.imported]
    assert {f.hpo for f in imported} == set(model.conditions[cid].unreviewed)
    assert not {f.hpo for f in detail.findings if not f.imported} & set(model.conditions[cid].unreviewed)
    html = condition_html(detail)
    assert html.count(UNREVIEWED_MARK) == len(imported) + 1  # each row, and the explanation above the table


def test_first_screen_reader_carries_the_flag(shipped_kb, shipped_kb_path):
    import sqlite3

    cid, _ = _with_imports(shipped_kb)
    con = sqlite3.connect(f"file:{shipped_kb_path}?mode=ro", uri=True)
    try:
        fast = read_condition(con, cid)
    finally:
        con.close()
    assert [f.imported for f in fast.findings] == [f.imported for f in shipped_kb.condition(cid).findings]


def test_compare_marks_unreviewed_cells(shipped_kb):
    cid, model = _with_imports(shipped_kb)
    other = next(c for c in model.conditions if c != cid)
    comp = build([shipped_kb.condition(cid), shipped_kb.condition(other)], model)
    marked = [c for r in comp.rows if r.kind == "finding" for c in r.cells if c.unreviewed]
    assert marked
    assert "unreviewed HPO import" in comparison_html(comp)
    assert all(c.unreviewed is False for r in comp.rows if r.kind == "finding" for c in r.cells
               if c.frequency is None)

"""Every value from the knowledge base is escaped in the pages, whatever its column (issue 18, failure 11):
a crafted file (--db) must not inject HTML into the condition page, the comparison or the checker's pages."""
from __future__ import annotations

import dataclasses

import pytest

from legpain_gui.record import Record
from legpain_gui.render.page import condition_html

MARK = "<img src='file:///etc/hostname'><a href='https://example.org'>x</a>"
VOCABULARY = {"frequency", "urgency"}  # looked up in fixed tables; kb.values refuses a file with others


def _poison(value, field: str = ""):
    """Every text (and the reference year) with the mark appended; vocabulary values kept."""
    if isinstance(value, Record):
        return value.replace(**{name: _poison(getattr(value, name), name) for name in value._fields})
    if dataclasses.is_dataclass(value):
        return dataclasses.replace(value, **{f.name: _poison(getattr(value, f.name), f.name)
                                             for f in dataclasses.fields(value) if f.init})
    if isinstance(value, dict):
        return {k: _poison(v, field) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, field) for v in value]
    if isinstance(value, str) and field not in VOCABULARY:
        return value + MARK
    if field == "year":
        return f"{value}{MARK}"
    return value


@pytest.mark.parametrize("cid", ["polyarteritis-nodosa", "guillain-barre-syndrome", "sarcoidosis"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_condition_page_escapes_every_field(shipped_kb, cid, theme):
    detail = _poison(shipped_kb.condition(cid))
    page = condition_html(detail, theme)
    assert "<img" not in page and "href='https" not in page
    assert "&lt;img src=&#x27;file:///etc/hostname&#x27;&gt;" in page


def test_the_reference_year_is_escaped(shipped_kb):
    detail = shipped_kb.condition("polyarteritis-nodosa")
    ref = detail.references[0].replace(year="<b>1990</b>")
    page = condition_html(detail.replace(references=[ref] + detail.references[1:]))
    assert "<b>1990</b>" not in page and "&lt;b&gt;1990&lt;/b&gt;" in page

"""The condition page's layout: red flags first, every section headed, no on-screen hints on paper."""
from __future__ import annotations

from legpain_gui.render.page import SHOWN_SYNONYMS, condition_html, page_sections


def test_red_flags_come_before_the_summary_and_long_name_lists_fold(shipped_kb):
    detail = shipped_kb.condition("guillain-barre-syndrome")
    page = condition_html(detail)
    assert page.index('name="red-flags"') < page.index(detail.summary[:30].split("[@")[0])
    names = detail.synonyms.get("clinical", []) + detail.synonyms.get("plain", [])
    if len(names) > SHOWN_SYNONYMS:
        assert f"and {len(names) - SHOWN_SYNONYMS} more" in page


def test_epidemiology_has_its_heading_and_its_place_in_the_navigation(shipped_kb):
    detail = shipped_kb.condition("polyarteritis-nodosa")
    assert "Who gets it</h2>" in condition_html(detail)
    assert ("epidemiology", "Who gets it") in page_sections(detail)


def test_print_carries_no_on_screen_hints(shipped_kb):
    detail = shipped_kb.condition("polyarteritis-nodosa")
    assert "Hover" in condition_html(detail)
    assert "Hover" not in condition_html(detail, for_print=True)

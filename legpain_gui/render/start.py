"""The start page: what the app is, the person's favourite and recent conditions, how to use the three tabs.

Links are `condition:ID` (opened by the page view, as on a condition page). Pure HTML, no Qt.
"""
from __future__ import annotations

from legpain_gui.kb.vocab import DISCLAIMER
from legpain_gui.render.page import PALETTES, esc


def _links(items: list[tuple[str, str]], p: dict) -> str:
    return " · ".join(f'<a href="condition:{esc(cid)}" style="color:{p["accent"]}">{esc(name)}</a>' for cid, name in items)


def start_html(conditions: int, categories: list[tuple[str, int]], favourites: list[tuple[str, str]],
               recent: list[tuple[str, str]], kb_version: str, theme: str = "light") -> str:
    p = PALETTES.get(theme, PALETTES["light"])
    h2 = f'style="color:{p["accent"]}; margin-top:16px; margin-bottom:4px"'
    yours = []
    if recent:
        yours.append(f"<p><b>Recently opened:</b> {_links(recent, p)}</p>")
    if favourites:
        yours.append(f"<p><b>Your favourites:</b> {_links(favourites, p)}</p>")
    if not yours:
        yours.append("<p>Conditions you open and mark with ☆ appear here.</p>")
    cats = " · ".join(f"{esc(name)} ({n})" for name, n in categories)
    return (f'<html><body style="color:{p["text"]}">'
            f'<h1 style="margin-bottom:2px">legpain-gui</h1>'
            f'<p style="color:{p["muted"]}; margin-top:0">An offline reference on the autoimmune causes of severe leg '
            f'pain and the conditions that mimic them · {conditions} conditions · knowledge base {esc(kb_version)}</p>'
            + "".join(yours)
            + f'<h2 {h2}>Three tabs</h2><ul>'
            '<li><b>Browse</b> (Ctrl+1): search by name, abbreviation, plain words, a finding or a code (Ctrl+F), or '
            'pick from the list by category. Each page says how the condition hurts the legs and why, its findings '
            'with how often they occur and their sources, red flags, investigations, criteria and treatment.</li>'
            '<li><b>Compare</b> (Ctrl+2): two to six conditions side by side, one row per clinical feature, the key '
            'discriminators first (“+ Compare” on a page, or “Compare top 3” in Check).</li>'
            '<li><b>Check</b> (Ctrl+3): enter a patient\'s findings, present or absent, picked, typed (“no fever”) '
            'or pasted from a letter (Ctrl+Shift+V). Triage comes first, then a ranked differential in which every '
            'step shows which finding moved which condition, by how much, and its source.</li></ul>'
            f'<h2 {h2}>Categories</h2><p>{cats}</p>'
            f'<p style="color:{p["muted"]}; font-size:small">{esc(DISCLAIMER)} Help → Keyboard shortcuts (F1); '
            'Help → How the checker works and how well.</p></body></html>')

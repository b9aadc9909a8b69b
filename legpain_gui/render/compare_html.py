"""A comparison as HTML: the aligned table for export and print."""
from __future__ import annotations

import datetime as dt

from legpain_gui.compare.table import Comparison
from legpain_gui.kb.vocab import DISCLAIMER
from legpain_gui.render.page import esc


def clinic_notes_html(comp: Comparison, clinic) -> str:
    """The clinic notes of the compared conditions (a `clinic.client.CompareView`), author and time on each;
    "" when there is no clinic store."""
    if clinic is None:
        return ""
    from legpain_gui.clinic.store import local_time

    parts = ["<h3>Clinic notes</h3>"]
    if not clinic.online:
        parts.append(f"<p style='color:#9a6700'>The clinic server did not answer ({esc(clinic.problem)}); these are "
                     + (f"the notes as read at {esc(clinic.last_read)}." if clinic.last_read else "not known.")
                     + "</p>")
    for c in comp.conditions:
        notes = clinic.notes.get(c["id"], [])
        items = "".join(
            f"<li><span style='color:#5f6368'>{esc(n.author)}, {esc(local_time(n.created))}"
            + (f", last edited by {esc(n.last_editor)} {esc(local_time(n.updated))}" if n.edited else "")
            + "</span><br>" + "<br>".join(esc(line) for line in n.text.splitlines()) + "</li>" for n in notes)
        parts.append(f"<p style='margin-bottom:0'><b>{esc(c['name'])}</b></p>"
                     + (f"<ul style='margin-top:0'>{items}</ul>" if items
                        else "<p style='color:#5f6368; margin-top:0'>"
                        + ("Not known: never read from the clinic server." if c["id"] in clinic.unread
                           else "No clinic notes.") + "</p>"))
    return "".join(parts)


def comparison_html(comp: Comparison, only_differences: bool = False, distinguishing_first: bool = False,
                    when: dt.datetime | None = None, clinic=None) -> str:
    """A printable table (landscape): header with date, KB version and disclaimer; the clinic's notes on the
    compared conditions after it when a clinic store is in use (`clinic`: a CompareView)."""
    when = when or dt.datetime.now()
    names = [c["name"] for c in comp.conditions]
    width = max(10, int(78 / len(names)))
    head = "".join(f"<th align='left' width='{width}%' style='background:#e8edf3'>{esc(n)}</th>" for n in names)
    body, group = [], None
    for r in comp.view(only_differences, distinguishing_first):
        if r.group != group:
            group = r.group
            body.append(f"<tr><td colspan='{len(names) + 1}' style='background:#f1f3f6; font-weight:600; "
                        f"padding-top:6px'>{esc(group)}</td></tr>")
        cells = []
        for c in r.cells:
            if r.kind == "finding":
                txt = (f"<b>{esc(c.symbol)}</b> {esc(c.frequency)}" + (f" {c.percent:g}%" if c.percent is not None else "")
                       + (f"<br><span style='font-size:small'>as {esc(c.via)}</span>" if c.via else "")
                       + (f"<br><span style='font-size:small; color:#5f6368'>{esc(c.source)}</span>" if c.source else "")
                       + ("<br><span style='font-size:small; color:#9a6700'>unreviewed HPO import</span>"
                          if c.unreviewed else "")
                       ) if c.frequency else "<span style='color:#9aa0a6'>not described</span>"
            else:
                txt = "<br>".join(esc(line) for line in c.text.splitlines()) or "<span style='color:#9aa0a6'>—</span>"
            cells.append(f"<td valign='top' style='font-size:small'>{txt}</td>")
        mark = " style='background:#fff8e1'" if r.differs() and r.kind == "finding" else ""
        body.append(f"<tr{mark}><td valign='top' width='22%'><b>{esc(r.label)}</b>"
                    + (f"<br><span style='font-size:small; color:#5f6368'>{esc(r.hpo)}</span>" if r.hpo else "")
                    + f"</td>{''.join(cells)}</tr>")
    pairs = "".join(f"<li>{esc(p.why)}" + (f" — tests: {esc(', '.join(p.investigations))}" if p.investigations else "")
                    + "</li>" for p in comp.pairs)
    flags = []
    if only_differences:
        flags.append("only rows that differ")
    if distinguishing_first:
        flags.append("most distinguishing first")
    return (f"<html><body><h2 style='margin-bottom:2px'>Comparison: {esc(' · '.join(names))}</h2>"
            f"<p style='color:#5f6368; margin-top:0'>{esc(when.strftime('%Y-%m-%d %H:%M'))} · knowledge base "
            f"{esc(comp.kb_version)}" + (f" · {esc(', '.join(flags))}" if flags else "") + "<br>"
            f"<b>+</b> very frequent or obligate · <b>~</b> frequent or occasional · <b>-</b> very rare or excluded · "
            f"blank: not described. {esc(DISCLAIMER)}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse; "
            f"border-color:#d0d4da'><tr><th align='left' style='background:#e8edf3'>Feature</th>{head}</tr>"
            f"{''.join(body)}</table>"
            f"<h3>Which test separates each pair</h3><ul>{pairs}</ul>{clinic_notes_html(comp, clinic)}</body></html>")


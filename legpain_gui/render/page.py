"""Condition pages as HTML for Qt's rich-text engine (screen, print and PDF share it).

Only the HTML subset QTextDocument understands is used: tables, spans, anchors, simple CSS. Colours come
from a palette so the page reads in light and dark themes. Citations [@key] become numbered links.
"""
from __future__ import annotations

import re

from legpain_gui.kb.records import ConditionDetail, FindingLink, first_author
from legpain_gui.kb.markdown import CITATION, blocks
from legpain_gui.kb.vocab import BIN_RANGE, DISCLAIMER, SYSTEM_ORDER, SYSTEM_TITLES  # noqa: F401  (re-exported)
from legpain_gui.text import escape


PALETTES = {
    "light": {"text": "#1d1d1f", "muted": "#5f6368", "accent": "#1a5fb4", "rule": "#d0d4da",
              "flag_bg": "#fdecea", "flag_border": "#c62828", "flag_text": "#8e1b1b", "bar": "#1a73e8",
              "bar_empty": "#d5dbe3", "urgent": "#b45309", "emergency": "#c62828", "routine": "#2e7d32",
              "head_bg": "#f1f3f6"},
    "dark": {"text": "#e8eaed", "muted": "#aeb4bb", "accent": "#8ab4f8", "rule": "#3c4043",
             "flag_bg": "#3b1f1f", "flag_border": "#f28b82", "flag_text": "#f6aea9", "bar": "#8ab4f8",
             "bar_empty": "#3c4043", "urgent": "#fbbc04", "emergency": "#f28b82", "routine": "#81c995",
             "head_bg": "#2a2d31"},
}
BAR_CELLS = {"obligate": 10, "very frequent": 9, "frequent": 5, "occasional": 2, "very rare": 1, "excluded": 0}


def esc(text: str) -> str:
    return escape(text)


def _inline(text: str, detail: ConditionDetail, p: dict) -> str:
    """Escape, then **bold**, *italic* and [@key] citations."""
    out = esc(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", out)

    def cite(match: re.Match) -> str:
        ref = detail.reference(match.group(1))
        if ref is None:
            return ""
        return f'<a href="#ref-{ref.number}" style="color:{p["accent"]}; text-decoration:none"><sup>[{ref.number}]</sup></a>'

    return CITATION.sub(cite, out)


def markdown(text: str, detail: ConditionDetail, p: dict) -> str:
    """Paragraphs and '- ' lists to HTML."""
    html_out, items = [], []
    for kind, body in blocks(text) + [("end", "")]:
        if kind == "li":
            items.append(f"<li>{_inline(body, detail, p)}</li>")
            continue
        if items:
            html_out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if kind == "p":
            html_out.append(f"<p>{_inline(body, detail, p)}</p>")
    return "\n".join(html_out)


def frequency_bar(frequency: str, p: dict) -> str:
    full = BAR_CELLS[frequency]
    return (f'<span style="color:{p["bar"]}; font-family:monospace">{"█" * full}</span>'
            f'<span style="color:{p["bar_empty"]}; font-family:monospace">{"█" * (10 - full)}</span>')


UNREVIEWED_MARK = "unreviewed HPO import, not scored by the checker"


def _finding_row(f: FindingLink, detail: ConditionDetail, p: dict) -> str:
    ref = detail.reference(f.source)
    source = f"[{ref.number}] " + f"{first_author(ref.authors)} {ref.year}".strip() if ref else f.source
    tip = f"{f.frequency} ({BIN_RANGE[f.frequency]})" + (f", {f.percent:g}%" if f.percent is not None else "")
    tip += f" — source: {source}" + (f". {f.note}" if f.note else "")
    marks = " ".join(m for m, on in (("hallmark", f.hallmark), ("criterion", f.criterion),
                                     (UNREVIEWED_MARK, f.imported)) if on)
    mark_html = f' <span style="color:{p["muted"]}; font-size:small">· {marks}</span>' if marks else ""
    pct = f" · {f.percent:g}%" if f.percent is not None else ""
    label = f"<b>{esc(f.label)}</b>" if f.hallmark else esc(f.label)
    return (f'<tr><td><a name="hpo-{esc(f.hpo)}"></a>{label}{mark_html}<br>'
            f'<span style="color:{p["muted"]}; font-size:small">{esc(f.plain)}<br>HPO {esc(f.hpo)}'
            + (f" {esc(f.hpo_name)}" if f.hpo_name != f.label else "") + '</span></td>'
            f'<td title="{esc(tip)}">{frequency_bar(f.frequency, p)}<br>'
            f'<span style="font-size:small" title="{esc(tip)}">{esc(f.frequency)} ({BIN_RANGE[f.frequency]}{pct})</span></td>'
            f'<td style="color:{p["muted"]}; font-size:small" title="{esc(tip)}">'
            f'<a href="#ref-{ref.number if ref else 0}" style="color:{p["accent"]}; text-decoration:none">[{ref.number if ref else "?"}]</a></td></tr>')


def findings_table(detail: ConditionDetail, p: dict) -> str:
    rows = []
    by_system: dict[str, list[FindingLink]] = {}
    for f in detail.findings:
        by_system.setdefault(f.system, []).append(f)
    for system in SYSTEM_ORDER + sorted(set(by_system) - set(SYSTEM_ORDER)):
        if system not in by_system:
            continue
        rows.append(f'<tr><td colspan="3" style="background:{p["head_bg"]}; font-weight:600; padding-top:6px">'
                    f'{esc(SYSTEM_TITLES.get(system, system.title()))}</td></tr>')
        rows += [_finding_row(f, detail, p) for f in by_system[system]]
    return ('<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
            '<tr><th align="left">Finding (HPO)</th><th align="left" width="190">How often</th>'
            '<th align="left" width="60">Ref.</th></tr>' + "".join(rows) + "</table>")


def _ref(detail: ConditionDetail, key: str, p: dict) -> str:
    ref = detail.reference(key)
    if ref is None:
        return ""
    return f' <a href="#ref-{ref.number}" style="color:{p["accent"]}; text-decoration:none"><sup>[{ref.number}]</sup></a>'


def red_flags_callout(detail: ConditionDetail, p: dict) -> str:
    if not detail.red_flags:
        return ""
    order = {"emergency": 0, "urgent": 1, "routine": 2}
    rows = "".join(
        f'<tr><td width="110" style="color:{p[f.urgency]}; font-weight:700; white-space:nowrap">{esc(f.urgency.upper())}</td>'
        f'<td><b>{esc(f.pattern)}</b><br>{esc(f.advice)}{_ref(detail, f.source, p)}</td></tr>'
        for f in sorted(detail.red_flags, key=lambda f: order.get(f.urgency, 3)))
    return (f'<table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="{p["flag_bg"]}" '
            f'style="margin-top:8px; margin-bottom:8px">'
            f'<tr><td colspan="2" style="color:{p["flag_text"]}; font-weight:700; font-size:large; border-bottom:2px solid {p["flag_border"]}">'
            f'⚠ Red flags: do not miss</td></tr>{rows}</table>')


def criteria_html(detail: ConditionDetail, p: dict) -> str:
    parts = []
    for c in detail.criteria:
        items = "".join(f"<li>{_inline(i, detail, p)}</li>" for i in c.items)
        parts.append(f'<p><b>{esc(c.name)}</b>{_ref(detail, c.source, p)}<br>'
                     f'<span style="color:{p["muted"]}">{_inline(c.rule, detail, p)}</span></p><ol>{items}</ol>')
    return "".join(parts)


def investigations_html(detail: ConditionDetail, p: dict) -> str:
    rows = "".join(
        f'<tr><td width="30%" valign="top"><b>{esc(t.test)}</b><br><span style="color:{p["muted"]}; '
        f'font-size:small">{esc(t.kind)}</span></td><td valign="top">{_inline(t.shows, detail, p)}'
        f'{_ref(detail, t.source, p)}</td></tr>' for t in detail.investigations)
    return f'<table width="100%" cellspacing="0" cellpadding="4">{rows}</table>'


def differentials_html(detail: ConditionDetail, p: dict) -> str:
    items = []
    for d in detail.differentials:
        title = (f'<a href="condition:{esc(d.id)}" style="color:{p["accent"]}">{esc(d.name)}</a>' if d.name
                 else f"<b>{esc(d.id.replace('-', ' ').capitalize())}</b>")
        items.append(f"<li>{title}: {_inline(d.why, detail, p)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def references_html(detail: ConditionDetail, p: dict) -> str:
    rows = []
    for r in detail.references:
        ids = " · ".join(x for x in (f"PMID {esc(r.pmid)}" if r.pmid else "", f"doi:{esc(r.doi)}" if r.doi else "") if x)
        rows.append(f'<tr><td valign="top" width="34"><a name="ref-{r.number}"></a>[{r.number}]</td>'
                    f'<td>{esc(r.authors.rstrip("."))}. {esc(r.title.rstrip("."))}. <i>{esc(r.journal)}</i>. {esc(str(r.year))}. '
                    f'<span style="color:{p["muted"]}">{ids}</span></td></tr>')
    return f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


def page_sections(detail: ConditionDetail) -> list[tuple[str, str]]:
    """(anchor, title) of every part of the page, in order: the section navigation."""
    parts = [("red-flags", "Red flags")] if detail.red_flags else []
    for s in detail.sections:
        parts.append((s.key, s.title))
        if s.key == "associated_findings":
            parts.append(("findings", "Findings and how often"))
        if s.key == "diagnosis":
            parts.append(("investigations", "Investigations"))
    if detail.epidemiology.prevalence_per_100000:
        parts.append(("epidemiology", "Who gets it"))
    parts += [("differentials", "Differentials"), ("codes", "Names and codes"), ("references", "References")]
    return parts


SHOWN_SYNONYMS = 4  # the rest are under "Names and codes": red flags stay above the fold


def condition_html(detail: ConditionDetail, theme: str = "light", note: str | None = None,
                   for_print: bool = False, head_sections: int | None = None) -> str:
    """The whole condition page: the red flags right after the name; `for_print` leaves out on-screen hints.
    `head_sections`: only the top of the page (the name, red flags, summary and this many sections), what a
    window shows before it is scrolled: the first page at start-up is shown so, and completed after its paint."""
    p = PALETTES.get(theme, PALETTES["light"])
    codes = " · ".join(f"{esc(k)} {esc(', '.join(v))}" for k, v in detail.codes.items())
    synonyms = detail.synonyms.get("clinical", []) + detail.synonyms.get("plain", [])
    more = len(synonyms) - SHOWN_SYNONYMS
    also = (f"<br>Also called: {esc(', '.join(synonyms[:SHOWN_SYNONYMS]))}"
            + (f' <a href="#codes" style="color:{p["accent"]}">and {more} more</a>' if more > 0 else "")) if synonyms else ""
    h2 = f'style="color:{p["accent"]}; margin-top:18px; margin-bottom:4px"'
    out = [f'<html><body style="color:{p["text"]}">',
           f'<h1 style="margin-bottom:2px">{esc(detail.name)}</h1>',
           f'<p style="color:{p["muted"]}; margin-top:0">{esc(detail.category)} · last reviewed '
           f'{esc(detail.last_reviewed)}{also}</p>',
           '<a name="red-flags"></a>' + red_flags_callout(detail, p),
           f'<p>{_inline(detail.summary, detail, p)}</p>']
    if note:
        out.append(f'<p style="color:{p["muted"]}"><b>Your note:</b> {esc(note)}</p>')
    for i, s in enumerate(detail.sections):
        if head_sections is not None and i >= head_sections:
            return "\n".join(out + ["</body></html>"])
        out.append(f'<a name="{esc(s.key)}"></a><h2 {h2}>{esc(s.title)}</h2>')
        if s.key == "classification_criteria":
            out.append(markdown(s.body, detail, p) + criteria_html(detail, p))
        else:
            out.append(markdown(s.body, detail, p))
        if s.key == "associated_findings":
            out.append(f'<a name="findings"></a><h2 {h2}>Findings and how often</h2>'
                       f'<p style="color:{p["muted"]}; font-size:small">Frequency bins of HPO/Orphanet: obligate '
                       f'100%, very frequent 80-99%, frequent 30-79%, occasional 5-29%, very rare 1-4%, excluded 0%.'
                       + ('' if for_print else ' Hover a bin for its source.')
                       + (f' Rows marked <i>{UNREVIEWED_MARK}</i> ({sum(f.imported for f in detail.findings)}) come '
                          f'from HPO\'s bulk disease annotations and have not yet been checked against a clinical '
                          f'source.' if any(f.imported for f in detail.findings) else '')
                       + '</p>' + findings_table(detail, p))
        if s.key == "diagnosis":
            out.append('<a name="investigations"></a><h3>Investigations</h3>' + investigations_html(detail, p))
    epi = detail.epidemiology
    if epi.prevalence_per_100000:
        out.append(f'<a name="epidemiology"></a><h2 {h2}>Who gets it</h2>'
                   f'<p>About {epi.prevalence_per_100000:g} per 100,000'
                   + (f" ({esc(epi.note)})" if epi.note else "") + _ref(detail, epi.source or "", p)
                   + (f"; onset {esc(epi.onset)}" if epi.onset else "")
                   + (f"; female:male {esc(epi.female_to_male)}" if epi.female_to_male else "") + ".</p>")
    elif epi.note:  # no population figure exists: said, never a number made up
        out.append(f'<a name="epidemiology"></a><h2 {h2}>Who gets it</h2>'
                   f'<p>No population figure: {esc(epi.note)}' + _ref(detail, epi.source or "", p)
                   + (f"; onset {esc(epi.onset)}" if epi.onset else "")
                   + (f"; female:male {esc(epi.female_to_male)}" if epi.female_to_male else "") + ".</p>")
    out.append(f'<a name="differentials"></a><h2 {h2}>Differentials</h2>' + differentials_html(detail, p))
    names = (f"<p><b>Also called:</b> {esc(', '.join(synonyms))}</p>" if synonyms else "")
    out.append(f'<a name="codes"></a><h2 {h2}>Names and codes</h2>{names}<p>{codes}</p>')
    out.append(f'<a name="references"></a><h2 {h2}>References</h2>' + references_html(detail, p))
    out.append(f'<p style="color:{p["muted"]}; font-size:small">Last reviewed {esc(detail.last_reviewed)} · '
               f'source {esc(detail.source_file)}<br>{esc(DISCLAIMER)}</p></body></html>')
    return "\n".join(out)

"""Condition pages as plain text (CLI); citations [@key] become numbered references [n]."""
from __future__ import annotations

import re
import textwrap

from legpain_gui.kb.markdown import CITATION, blocks  # noqa: F401  (re-exported)
from legpain_gui.kb.records import ConditionDetail
from legpain_gui.kb.vocab import BIN_RANGE  # noqa: F401  (re-exported)



def number_citations(text: str, detail: ConditionDetail) -> str:
    """Replace [@key] by [n], n being the reference's number on the page."""
    def repl(match: re.Match) -> str:
        ref = detail.reference(match.group(1))
        return f"[{ref.number}]" if ref else ""

    return CITATION.sub(repl, text)




def _wrap(text: str, indent: str = "  ") -> str:
    out = []
    for kind, body in blocks(text):
        if kind == "li":
            out.append(textwrap.fill("- " + body, width=100, initial_indent=indent, subsequent_indent=indent + "  "))
        else:
            out += ["" if out else "", textwrap.fill(body, width=100, initial_indent=indent, subsequent_indent=indent)]
    return "\n".join(x for i, x in enumerate(out) if x or i).strip("\n")


def condition_text(d: ConditionDetail) -> str:
    """The whole page as readable text."""
    ref_no = {r.key: r.number for r in d.references}
    lines = [d.name.upper(), f"{d.category} · last reviewed {d.last_reviewed}", ""]
    lines.append(_wrap(number_citations(d.summary, d), ""))
    codes = "; ".join(f"{k} {', '.join(v)}" for k, v in d.codes.items())
    lines += ["", f"Codes: {codes}"]
    syn = d.synonyms.get("clinical", []) + d.synonyms.get("plain", [])
    if syn:
        lines.append(f"Also called: {', '.join(syn)}")
    if d.red_flags:
        lines += ["", "RED FLAGS"]
        for f in d.red_flags:
            lines.append(f"  [{f.urgency.upper()}] {f.pattern} -> {f.advice} [{ref_no.get(f.source, '?')}]")
    for sec in d.sections:
        lines += ["", sec.title.upper(), _wrap(number_citations(sec.body, d))]
    lines += ["", "FINDINGS (HPO)"]
    for f in d.findings:
        marks = "".join(m for m, on in (("H", f.hallmark), ("C", f.criterion)) if on)
        pct = f" ({f.percent:g}%)" if f.percent is not None else ""
        lines.append(f"  {f.hpo}  {f.label:<40} {f.frequency} {BIN_RANGE[f.frequency]}{pct} "
                     f"{marks:<2} [{ref_no.get(f.source, '?')}]")
    lines += ["", "CLASSIFICATION CRITERIA"]
    for c in d.criteria:
        lines.append(f"  {c.name} [{ref_no.get(c.source, '?')}] — {c.rule}")
        lines += [f"    - {item}" for item in c.items]
    lines += ["", "INVESTIGATIONS"]
    for t in d.investigations:
        lines.append(f"  {t.test} ({t.kind}): {t.shows} [{ref_no.get(t.source, '?')}]")
    if d.differentials:
        lines += ["", "DIFFERENTIALS"]
        lines += [f"  {x.name or x.id}: {x.why}" for x in d.differentials]
    lines += ["", "REFERENCES"]
    for ref in d.references:
        lines.append(f"  [{ref.number}] {ref.citation()}")
    return "\n".join(lines)


def check_text(out: dict, top: int = 10) -> str:
    """The checker's report as a readable table: triage first, then the ranking with reasons."""
    lines = [f"TRIAGE: {out['triage']['level'].upper()}"]
    for r in out["triage"]["reasons"]:
        lines.append(f"  [{r['level'].upper()}] {r['name']}: {r['advice']}")
        because = f"because: {', '.join(r['findings'])}; " if r["findings"] else ""
        lines.append(f"      {because}source: {r['source']}")
    if not out["triage"]["reasons"]:
        lines[0] = "TRIAGE: no red-flag rule fired (level routine for scripts): your own assessment decides."
    for text in out["triage"].get("prompts", []) + out["triage"].get("notes", []):
        lines.append(f"  {text}")
    for note in out.get("notes", []):
        lines += ["", f"NOTE: {note}"]
    lines += ["", f"{'#':>2}  {'probability':>19}  {'prior':>6}  condition"]
    for r in out["results"][:top]:
        shown = f"{r.get('shown', '')} {r.get('tier', '')}"
        lines.append(f"{r['rank']:>2}  {shown:>19}  {r['prior']:>6.1%}  {r['name']}")
        unexplained = [c for c in r["contributions"] if c["relation"] == "not described" and c["state"] == "present"]
        for c in r["contributions"]:
            if c["relation"] == "not described":
                continue
            mark = "" if c["counted"] else " (counted with its group)"
            lines.append(f"      {c['state']:<7} {c['label']:<38} weight ×{c['lr']:>6.2f}  {c['frequency']:<14} "
                         f"{c['source'] or ''}{mark}")
            if c.get("through"):
                lines.append(f"              (related: counted as '{c['through']}', which it shares with {c['matched']})")
        for c in r.get("context", []):
            lines.append(f"      context {c['label']:<38} weight ×{c['lr']:>6.2f}")
        if unexplained:
            lines.append("      not described here: " + ", ".join(f"{c['label']} ×{c['lr']:.2f}" for c in unexplained))
    if out["ask_next"]:
        lines += ["", "ASK NEXT"]
        lines += [f"  {a['hpo']}  {a['label']}: {a['why']}" for a in out["ask_next"]]
    if out["unmatched"]:
        lines += ["", f"Not described in any condition here: {', '.join(out['unmatched'])}"]
    lines += ["", out["note"], f"KB {out['kb_version']} · HPO {out['hpo_version']}"]
    return "\n".join(lines)


def compare_text(comp, only_differences: bool, distinguishing_first: bool, written: list[str]) -> str:
    """A comparison (compare.table.Comparison) as a plain-text table for the terminal."""
    names = [c["name"] for c in comp.conditions]
    lines = ["Feature".ljust(34) + "".join(n[:22].ljust(24) for n in names)]
    group = None
    for r in comp.view(only_differences, distinguishing_first):
        if r.kind != "finding":
            continue
        if r.group != group:
            group = r.group
            lines.append(f"-- {group}")
        lines.append(r.label[:32].ljust(34) + "".join(
            (f"{c.symbol} {c.frequency}" if c.frequency else "").ljust(24) for c in r.cells))
    lines += ["", "Which test separates each pair:"] + [f"  {p.why}" for p in comp.pairs]
    if written:
        lines.append(f"Written: {', '.join(written)}")
    return "\n".join(lines)

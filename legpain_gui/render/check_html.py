"""The checker's report as HTML: the explanation of one ranked condition, and the printable summary."""
from __future__ import annotations

import datetime as dt

from legpain_gui.render.page import DISCLAIMER, PALETTES, esc

LEVEL_TEXT = {"emergency": "EMERGENCY: act now", "urgent": "URGENT: same-day assessment",
              "routine": "No red-flag rule fired: your own assessment decides"}
WEIGHT_NOTE = ("Weight: how many times more (↑) or less (↓) often the finding is expected in this condition than "
               "in the mix of patients this reference covers; a likelihood ratio against that mix, not against "
               "all other patients. A present finding a condition does not describe weighs a little against it (a "
               "common condition of the population, such as high blood pressure, neither way). Probabilities are "
               "calibrated on published cases and rounded.")


def _lr(lr: float) -> str:
    if lr > 1.0001:
        return f"↑ {lr:.3g}"
    if lr < 0.9999:
        return f"↓ {lr:.3g}"
    return "= 1"


def explanation_html(report: dict, condition_id: str, theme: str = "light") -> str:
    """Every step for one condition: prior, each finding's likelihood ratio with bin and source, context,
    hallmarks not yet asked, and what separates it from the next condition."""
    p = PALETTES.get(theme, PALETTES["light"])
    r = next((x for x in report["results"] if x["id"] == condition_id), None)
    if r is None:
        return ""
    up, down = p["routine"], p["emergency"]
    rows = []
    for c in r["contributions"]:
        colour = up if c["lr"] > 1.0001 else (down if c["lr"] < 0.9999 else p["muted"])
        counted = "" if c["counted"] else " <i>(not counted again)</i>"
        via = ""
        if c["relation"] in ("more specific", "more general") and c["matched"]:
            matched = f"{c['matched_label']} ({c['matched']})" if c.get("matched_label") else c["matched"]
            via = f"<br><span style='color:{p['muted']}; font-size:small'>{esc(c['relation'])} than the condition's {esc(matched)}</span>"
        note = f"<br><span style='color:{p['muted']}; font-size:small'>{esc(c['note'])}</span>" if c["note"] else ""
        rows.append(f"<tr><td>{esc(c['label'])} <span style='color:{p['muted']}'>({esc(c['hpo'] or '')})</span>{via}{note}</td>"
                    f"<td>{esc(c['state'])}</td><td style='color:{colour}; font-weight:600'>{_lr(c['lr'])}{counted}</td>"
                    f"<td>{esc(c['frequency'])}</td><td style='font-size:small'>{esc(c['source'] or '')}</td></tr>")
    for c in r.get("context", []):
        rows.append(f"<tr><td>{esc(c['label'])}<br><span style='color:{p['muted']}; font-size:small'>{esc(c['note'])}</span></td>"
                    f"<td>context</td><td style='font-weight:600'>{_lr(c['lr'])}</td><td></td>"
                    f"<td style='font-size:small'>{esc(c['source'] or '')}</td></tr>")
    table = ("<table width='100%' cellspacing='0' cellpadding='3'><tr><th align='left'>Finding</th>"
             "<th align='left'>State</th><th align='left'>Weight</th><th align='left'>Bin</th>"
             f"<th align='left'>Source</th></tr>{''.join(rows)}</table>") if rows else "<p>No finding entered yet.</p>"
    shown = f"{r['shown']} ({r['tier']})" if "shown" in r else f"{r['probability']:.0%}"
    prior = (f"<p>Prior {r['prior']:.1%} (from the cited prevalence"
             + (f": {esc(r['prior_source'])}" if r.get("prior_source") else "") + ") → "
             f"<b>about {esc(shown)}</b> relative to the conditions in this reference.</p>")
    hallmarks = "".join(f"<li>{esc(h['label'])} ({esc(h['hpo'])}, {esc(h['frequency'])})</li>" for h in r["missing_hallmarks"])
    sep = "".join(f"<li>{esc(s['label'])}: {esc(s['why'])}</li>" for s in r.get("separates_from_next", []))
    nxt = next((x for x in report["results"] if x["rank"] == r["rank"] + 1), None)
    notes = "".join(f"<p style='color:{p['urgent']}'><b>Note:</b> {esc(n)}</p>" for n in report.get("notes", []))
    return (f"<html><body style='color:{p['text']}'>{notes}<h3 style='margin-bottom:2px'>{esc(r['name'])}</h3>{prior}{table}"
            + (f"<p><b>Hallmarks not yet asked</b></p><ul>{hallmarks}</ul>" if hallmarks else "")
            + (f"<p><b>What separates it from {esc(nxt['name'])}</b></p><ul>{sep}</ul>" if sep and nxt else "")
            + f"<p style='color:{p['muted']}; font-size:small'>{esc(WEIGHT_NOTE)} {esc(report['note'])}</p></body></html>")


def summary_html(report: dict, entered: list[tuple[str, str, str]], when: dt.datetime | None = None, top: int = 10) -> str:
    """The printable summary: findings entered, triage, ranking with reasons, versions, date, disclaimer."""
    p = PALETTES["light"]
    when = when or dt.datetime.now()
    present = ", ".join(f"{esc(label)} ({esc(h)})" for h, label, s in entered if s == "present") or "none"
    absent = ", ".join(f"{esc(label)} ({esc(h)})" for h, label, s in entered if s == "absent") or "none"
    ctx = report.get("input", {})
    context = ", ".join(f"{k} {esc(str(ctx[k]))}" for k in ("age", "sex") if ctx.get(k)) or "not given"
    tri = report["triage"]
    reasons = "".join(f"<li><b>{esc(r['name'])}</b> ({esc(r['level'])}): {esc(r['advice'])}<br>"
                      f"<span style='font-size:small'>Findings: {esc(', '.join(r['findings']))}. Source: {esc(r['source'])}</span></li>"
                      for r in tri["reasons"])
    rows = []
    for r in report["results"][:top]:
        why = "; ".join(f"{c['label']} {c['state']} (weight ×{c['lr']:.3g})" for c in r["contributions"]
                        if c["counted"] and abs(c["lr"] - 1) > 0.05 and c["relation"] != "not described")
        rows.append(f"<tr><td>{r['rank']}</td><td><b>{esc(r['name'])}</b></td>"
                    f"<td>{esc(r.get('shown', ''))} {esc(r.get('tier', ''))}</td>"
                    f"<td>{r['prior']:.1%}</td><td style='font-size:small'>{esc(why)}</td></tr>")
    colour = p.get(tri["level"], p["text"]) if tri.get("fired", bool(tri["reasons"])) else p["text"]
    return (f"<html><body style='color:{p['text']}'><h2>Symptom checker summary</h2>"
            f"<p style='color:{p['muted']}'>{esc(when.strftime('%Y-%m-%d %H:%M'))} · knowledge base {esc(report['kb_version'])}"
            f" · HPO {esc(report['hpo_version'])}</p>"
            f"<p><b>Present:</b> {present}<br><b>Absent:</b> {absent}<br><b>Patient:</b> {context}</p>"
            + "".join(f"<p><b>Note:</b> {esc(n)}</p>" for n in report.get("notes", []))
            + f"<h3 style='color:{colour}'>Triage: {esc(LEVEL_TEXT[tri['level']])}</h3>"
            + (f"<ul>{reasons}</ul>" if reasons else "")
            + "".join(f"<p>{esc(x)}</p>" for x in tri.get("prompts", []) + tri.get("notes", []))
            + "<h3>Ranking</h3><table cellspacing='0' cellpadding='3' width='100%'><tr><th align='left'>#</th>"
            "<th align='left'>Condition</th><th align='left'>Probability</th><th align='left'>Prior</th>"
            f"<th align='left'>Main reasons</th></tr>{''.join(rows)}</table>"
            f"<p style='font-size:small'>{esc(report['note'])}</p><p style='font-size:small'><b>{esc(DISCLAIMER)}</b></p>"
            "</body></html>")

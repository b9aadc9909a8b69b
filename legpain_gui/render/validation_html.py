"""Help → "How the checker works and how well": the method in plain words and the figures measured on
published case reports, rendered from resources/help/validation.json, which tests/eval/evaluate.py writes
(`make validation`) and a test keeps equal to a fresh evaluation. Nothing here is typed in by hand.
"""
from __future__ import annotations

import json
from pathlib import Path

from legpain_gui.render.page import DISCLAIMER, esc

METHOD = [
    ("What goes in",
     "Findings you mark present or absent (HPO terms: symptoms, signs, test results), and if you know them the "
     "age, sex and course. Nothing else about the patient is read, and nothing leaves this computer."),
    ("Triage first",
     "Explicit rules, each citing a guideline or review, look for patterns that need emergency or same-day care "
     "(rapidly progressive weakness, an ischaemic or compartment-threatened leg, new leg pain out of proportion "
     "to the findings, cauda equina or cord signs, "
     "rhabdomyolysis, vasculitis with organ damage, pulmonary embolism, a thrombosed leg turning blue, acute "
     "kidney injury, fever with low neutrophils, new visual loss, stroke with one-sided weakness, new chest pain "
     "or a myocardial infarction, an obstructed or ischaemic bowel, sepsis (a fever with shock, or with fast "
     "breathing and confusion or drowsiness), shock, respiratory failure, antiphospholipid "
     "antibodies with clots in two or more organs or a microangiopathy with one, a seizure (an emergency when "
     "confusion or drowsiness follows it), a swollen joint with fever, and others). "
     "Only findings marked present can fire a rule; a pattern of an acute illness (the Guillain-Barré pattern, "
     "new weakness, an ischaemic leg) does not fire when the course is recorded as chronic, and an ischaemic leg "
     "not when it is subacute either (acute limb ischaemia is under two weeks old). A second rule raises the level when a "
     "condition that is itself an emergency or urgent once suspected holds a large share of the ranking; an "
     "emergency condition with a smaller but substantial share, or one that a single finding (not itself a red "
     "flag; the course is no finding) speaks for, raises it to urgent, for a same-day assessment; "
     "and when several such conditions together hold most of the ranking, with at least two findings for them, "
     "it raises it to urgent and names them. When no rule fires the banner says so and leaves the decision to "
     "you; a red-flag finding on its own always prompts you to consider urgent assessment."),
    ("The ranking",
     "Each condition starts from a prior based on its cited prevalence. Each finding then multiplies it by a "
     "weight: how often the condition's curated content says the finding occurs (with the source), over how often "
     "it occurs in the mix of patients this reference covers, estimated from the content itself and from how often "
     "HPO annotates it across all its diseases (for high blood pressure and raised cholesterol, from cited population "
     "surveys instead). Findings shared by many conditions therefore weigh little and "
     "specific ones weigh much. A finding marked present that a condition's content does not describe counts a "
     "little against that condition, the more so the more of the other conditions describe it, except a common "
     "condition of the population at large (high blood pressure, diabetes, obesity, smoking) or a limp, which "
     "follows from the leg pain itself, which then count neither way. A condition defined by a drug (statin-"
     "associated muscle symptoms) counts as unlikely, and says so, when the record names no such drug. The course "
     "is one of three (acute, subacute, chronic): where a condition's content gives only one of them, the other two "
     "share what it leaves, so an acute illness counts against a condition described as chronic. One marked "
     "absent "
     "lowers a condition's odds at most tenfold, since records miss subtle findings. A finding more "
     "general, more specific or closely related to a condition's finding counts through the HPO hierarchy (with a "
     "few stated additions where HPO files a finding apart from the one it is a kind of: a swollen knee or wrist "
     "counts as the swollen joint it is), and the explanation says which finding it matched; an antibody or an "
     "infection test counts only for its own specificity, never for a related one. Rows imported in bulk "
     "from HPO and not yet reviewed against a clinical source are shown but never scored."),
    ("The numbers",
     "Probabilities are relative to the conditions in this reference, calibrated on published cases, and shown "
     "rounded to 5% with a tier (likely, possible, unlikely). They are not the chance that the patient has the "
     "disease."),
]
LIMITS = [
    "It can only rank the conditions this reference holds; a patient with something else is ranked among these.",
    "The case reports are published, often unusual, patients described from abstracts; everyday patients may differ.",
    "Many conditions have only two or three reported cases, so the figures per condition are very uncertain.",
    "Findings are treated as independent, so several findings of one process can count more than they should.",
    "The triage rules are prompts for a clinician; they are not a substitute for examining the patient.",
    "The calibration was fitted on the tuning part only; the Brier scores of the test part above say whether it "
    "helped on cases it had not seen. Read the tier (likely, possible, unlikely) rather than the figure.",
    "A pasted text is read by rules written from clinical usage: on case reports it had not seen it misses some "
    "findings a clinician would note and proposes some that are not the patient's. Review every line before it "
    "is entered.",
]


def load(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _pct(x: float) -> str:
    return f"{x:.0%}"


def _part(name: str, r: dict, names: dict) -> str:
    lo1, hi1 = r["top1_ci"]
    lo3, hi3 = r["top3_ci"]
    lot, hit = r["triage_right_ci"]
    rows = [
        ("Cases (conditions)", f"{r['cases']} ({r['conditions']})"),
        ("Right diagnosis first", f"{_pct(r['top1'])} (95% CI {_pct(lo1)}-{_pct(hi1)})"),
        ("Right diagnosis in the first three", f"{_pct(r['top3'])} (95% CI {_pct(lo3)}-{_pct(hi3)})"),
        ("Triage as the patient was managed", f"{_pct(r['triage_right'])} (95% CI {_pct(lot)}-{_pct(hit)})"),
        ("Triage too low / too high", f"{len(r['triage_too_low'])} / {len(r['triage_too_high'])}"),
        ("Emergencies triaged emergency", f"{r['emergencies'] - len(r['emergencies_missed'])} of {r['emergencies']}"),
        ("Emergencies left at routine", str(len(r["emergency_sent_home"]))),
        ("Routine cases sent to emergency", f"{len(r['routine_to_emergency'])} of {r['routine']}"),
        ("Brier score before / after calibration",
         f"{r['calibration_before']['brier']:.3f} / {r['calibration_after']['brier']:.3f} (lower is better)"),
    ]
    table = "".join(f"<tr><td>{esc(k)}</td><td><b>{esc(v)}</b></td></tr>" for k, v in rows)
    misses = "".join(f"<li>{esc(names.get(k, k))}: first in {v['top1']} of {v['cases']}, in the first three in {v['top3']}</li>"
                     for k, v in r["by_condition"].items() if v["top1"] < v["cases"])
    reliability = "".join(
        f"<tr><td>{esc(x['bin'])}</td><td>{x['pairs']}</td><td>{x['predicted']:.2f}</td><td>{x['observed']:.2f}</td></tr>"
        for x in r["calibration_after"]["reliability"] if x["pairs"])
    return (f"<h3>{esc(name)}</h3><table cellpadding='3'>{table}</table>"
            + (f"<p><b>Where it misses</b> (conditions whose cases were not all ranked first):</p><ul>{misses}</ul>"
               if misses else "")
            + "<p><b>Reliability</b> (calibrated probability by tenths: how often the condition was the diagnosis)</p>"
            "<table cellpadding='3'><tr><th align='left'>Predicted</th><th align='left'>Pairs</th>"
            f"<th align='left'>Mean predicted</th><th align='left'>Observed</th></tr>{reliability}</table>")


def _overconfidence(data: dict | None) -> list[str]:
    """A limit read from the test part's reliability table, so that it cannot drift from the figures: how often a
    condition shown above 90% was the diagnosis, when that is clearly less often than shown."""
    try:
        top = [x for x in data["parts"]["test"]["calibration_after"]["reliability"] if x["pairs"]][-1]
    except (TypeError, KeyError, IndexError):
        return []
    if top["bin"] != "0.9-1.0" or top["observed"] > top["predicted"] - 0.03:
        return []
    return [f"At the top of the scale the figures are more confident than unseen patients bear out: in the test part "
            f"a condition shown above 90% (on average {top['predicted']:.0%}) was the diagnosis in {top['observed']:.0%} "
            f"of {top['pairs']} cases."]


def validation_html(data: dict | None) -> str:
    method = "".join(f"<h3>{esc(t)}</h3><p>{esc(b)}</p>" for t, b in METHOD)
    limits = "".join(f"<li>{esc(x)}</li>" for x in LIMITS + _overconfidence(data))
    if data is None:
        figures = "<p><b>The validation figures are missing from this installation.</b></p>"
    else:
        parts = data["parts"]
        names = data.get("names") or {}  # the conditions' names as the reference shows them (ids in older files)
        figures = (f"<p>Measured on {esc(data['measured'])} with knowledge base {esc(data['kb_version'])} (HPO "
                   f"{esc(data['hpo_version'])}), on real published case reports typed in finding by finding in the "
                   "words of the clinicians who reported them. The set was split once, by condition, into a part used "
                   "to tune the method and the content and a test part that was only measured.</p>"
                   + (_part("Test part (reported)", parts["test"], names) if "test" in parts else "")
                   + (_part("Tuning part (used for tuning, so optimistic)", parts["tune"], names) if "tune" in parts else ""))
    return (f"<html><body><h2>How the checker works and how well</h2>{method}<h2>How well</h2>{figures}"
            f"<h2>Known limits</h2><ul>{limits}</ul><p><b>{esc(DISCLAIMER)}</b></p></body></html>")

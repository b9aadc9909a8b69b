"""Scoring the checker on the published case reports (tests/eval/cases/), one part at a time.

Ranking: top-1 and top-3 with Wilson 95% intervals, misses by condition. Triage: right when the level is
one the report's management supports; errors by direction (too low, too high); emergencies (cases whose
only acceptable level is emergency) not triaged emergency; routine cases sent to emergency. Calibration:
Brier score and a reliability table (predicted vs observed, by tenths) before and after the temperature.
`write_validation` stores what the Help page shows, so the page is generated from this evaluation.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

from cases import load
from legpain_gui.checker.load import checker_model  # noqa: E402

LEVEL_ORDER = {"routine": 0, "urgent": 1, "emergency": 2}


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion."""
    if n == 0:
        return (0.0, 0.0)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def _calibration(rows: list[dict], key: str) -> dict:
    """Brier score (multi-class, the accepted diagnoses sharing one target) and reliability by tenths."""
    brier = 0.0
    bins = [[0, 0.0, 0] for _ in range(10)]  # pairs, sum of predicted, correct
    for row in rows:
        probs, ok = row[key], set(row["accepted"])
        brier += (sum(p for cid, p in probs.items() if cid in ok) - 1.0) ** 2
        brier += sum(p * p for cid, p in probs.items() if cid not in ok)
        for cid, p in probs.items():
            b = bins[min(int(p * 10), 9)]
            b[0] += 1
            b[1] += p
            b[2] += int(cid in ok)
    return {"brier": brier / max(len(rows), 1),
            "reliability": [{"bin": f"{i / 10:.1f}-{(i + 1) / 10:.1f}", "pairs": n,
                             "predicted": s / n if n else None, "observed": c / n if n else None}
                            for i, (n, s, c) in enumerate(bins)]}


def published(kb, part: str | None, verbose: bool = False) -> dict:
    """Score the published cases of one part (None: all) in process, through `report` as the CLI does."""
    from legpain_gui.checker.engine import CheckInput, report

    model, rules = checker_model(kb)
    rows = []
    for case in [c for c in load() if part is None or c.get("part") == part]:
        data = CheckInput(present=tuple(str(i["hpo"]) for i in case.get("present") or []),
                          absent=tuple(str(i["hpo"]) for i in case.get("absent") or []),
                          age=None if case.get("age") is None else str(case["age"]), sex=case.get("sex"),
                          course=case.get("course"))
        out = report(model, rules, data, ask=0)
        ids = [r["id"] for r in out["results"]]
        accepted = [case["diagnosis"]] + list(case.get("also_correct") or [])
        rank = min((ids.index(d) + 1 for d in accepted if d in ids), default=None)
        rows.append({"id": case["id"], "diagnosis": case["diagnosis"], "accepted": accepted, "rank": rank,
                     "top": ids[:3], "level": out["triage"]["level"], "allowed": list(case["triage"]),
                     "calibrated": {r["id"]: r["probability"] for r in out["results"]},
                     "raw": {r["id"]: r["probability_raw"] for r in out["results"]}})
    n = len(rows)
    top1 = sum(r["rank"] == 1 for r in rows)
    top3 = sum(r["rank"] is not None and r["rank"] <= 3 for r in rows)
    right = sum(r["level"] in r["allowed"] for r in rows)
    emergencies = [r for r in rows if r["allowed"] == ["emergency"]]
    routine = [r for r in rows if r["allowed"] == ["routine"]]
    wrong = [r for r in rows if r["level"] not in r["allowed"]]
    by_condition: dict[str, list[int | None]] = {}
    for r in rows:
        by_condition.setdefault(r["diagnosis"], []).append(r["rank"])
    return {
        "part": part or "all", "cases": n, "conditions": len(by_condition),
        "top1": top1 / max(n, 1), "top1_ci": wilson(top1, n), "top3": top3 / max(n, 1), "top3_ci": wilson(top3, n),
        "triage_right": right / max(n, 1), "triage_right_ci": wilson(right, n),
        "triage_too_low": [r["id"] for r in wrong if LEVEL_ORDER[r["level"]] < min(LEVEL_ORDER[a] for a in r["allowed"])],
        "triage_too_high": [r["id"] for r in wrong if LEVEL_ORDER[r["level"]] > max(LEVEL_ORDER[a] for a in r["allowed"])],
        "emergencies": len(emergencies),
        "emergencies_missed": [r["id"] for r in emergencies if r["level"] != "emergency"],
        "emergency_sent_home": [r["id"] for r in rows if "emergency" in r["allowed"] and "urgent" not in r["allowed"]
                                and r["level"] == "routine"],
        "routine": len(routine),
        "routine_to_emergency": [r["id"] for r in routine if r["level"] == "emergency"],
        "calibration_before": _calibration(rows, "raw"), "calibration_after": _calibration(rows, "calibrated"),
        "misses": [{k: r[k] for k in ("id", "diagnosis", "rank", "top")} for r in rows if r["rank"] != 1],
        "triage_errors": [{k: r[k] for k in ("id", "level", "allowed")} for r in wrong],
        "by_condition": {k: {"cases": len(v), "top1": sum(x == 1 for x in v),
                             "top3": sum(x is not None and x <= 3 for x in v)} for k, v in sorted(by_condition.items())},
    }


def print_published(r: dict, verbose: bool = False) -> None:
    lo1, hi1 = r["top1_ci"]
    lo3, hi3 = r["top3_ci"]
    lot, hit = r["triage_right_ci"]
    print(f"Published cases, {r['part']} part: {r['cases']} cases over {r['conditions']} conditions")
    print(f"  top-1 {r['top1']:.1%} (95% CI {lo1:.0%}-{hi1:.0%})   top-3 {r['top3']:.1%} (95% CI {lo3:.0%}-{hi3:.0%})"
          "   (targets on the test part: >= 75%, >= 92%)")
    print(f"  triage right {r['triage_right']:.1%} (95% CI {lot:.0%}-{hit:.0%}; target >= 85%)   too low "
          f"{len(r['triage_too_low'])}, too high {len(r['triage_too_high'])}")
    print(f"  emergencies triaged emergency {r['emergencies'] - len(r['emergencies_missed'])} of {r['emergencies']}"
          f"   emergency cases left at routine {len(r['emergency_sent_home'])}   routine sent to emergency "
          f"{len(r['routine_to_emergency'])} of {r['routine']} (target <= 10%)")
    b, a = r["calibration_before"], r["calibration_after"]
    print(f"  Brier score {b['brier']:.3f} before calibration, {a['brier']:.3f} after")
    print("  reliability (after): " + "  ".join(f"{x['bin']}: {x['pairs']} pairs, predicted "
                                                f"{x['predicted']:.2f}, observed {x['observed']:.2f}"
                                                for x in a["reliability"] if x["pairs"]))
    weak = {k: v for k, v in r["by_condition"].items() if v["top1"] < v["cases"]}
    if weak:
        print("  misses by condition (top-1 / top-3 of cases):")
        for k, v in weak.items():
            print(f"    {k:<52} {v['top1']}/{v['cases']}  {v['top3']}/{v['cases']}")
    if verbose and r["part"] != "test":  # the reported part's cases are not looked at one by one
        for m in r["misses"]:
            print(f"    {m['id']}: {m['diagnosis']} ranked {m['rank']}, top {m['top']}")
        for m in r["triage_errors"]:
            print(f"    {m['id']}: triage {m['level']}, acceptable {m['allowed']}")


def write_validation(kb, results: dict, path: Path) -> None:
    """The figures the Help page shows (test part first), with the knowledge base they were measured on."""
    model, _ = checker_model(kb)
    keep = ("cases", "conditions", "top1", "top1_ci", "top3", "top3_ci", "triage_right", "triage_right_ci",
            "triage_too_low", "triage_too_high", "emergencies", "emergencies_missed", "emergency_sent_home",
            "routine", "routine_to_emergency", "calibration_before", "calibration_after", "by_condition")
    data = {"kb_version": model.kb_version, "hpo_version": model.hpo_version, "temperature": model.temperature,
            "measured": dt.date.today().isoformat(),
            "parts": {part: {k: r[k] for k in keep} for part, r in results.items()},
            "names": {cid: cond.name for cid, cond in model.conditions.items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    readme = path.resolve().parents[2] / "README.md"
    if readme.exists():
        text = readme.read_text(encoding="utf-8")
        start, end = text.find(README_START), text.find(README_END)
        if start >= 0 and end > start:
            text = text[:start + len(README_START)] + "\n" + readme_block(data) + text[end:]
            readme.write_text(text, encoding="utf-8")


README_START, README_END = "<!-- validation:start (make validation writes this block) -->", "<!-- validation:end -->"


def readme_block(data: dict) -> str:
    """The figures of the validation file as a Markdown table for the README."""
    lines = [f"Measured with knowledge base {data['kb_version']} on published case reports "
             "(tests/eval/cases/, split once by condition; the test part was never tuned on).", "",
             "| | test part | tuning part |", "|---|---|---|"]
    parts = data["parts"]

    def cell(part: str, fn) -> str:
        return fn(parts[part]) if part in parts else "-"

    rows = [
        ("cases", lambda r: str(r["cases"])),
        ("right diagnosis first", lambda r: f"{r['top1']:.0%} (95% CI {r['top1_ci'][0]:.0%}-{r['top1_ci'][1]:.0%})"),
        ("in the first three", lambda r: f"{r['top3']:.0%} (95% CI {r['top3_ci'][0]:.0%}-{r['top3_ci'][1]:.0%})"),
        ("triage as managed", lambda r: f"{r['triage_right']:.0%} (95% CI {r['triage_right_ci'][0]:.0%}-"
                                        f"{r['triage_right_ci'][1]:.0%})"),
        ("triage too low / too high", lambda r: f"{len(r['triage_too_low'])} / {len(r['triage_too_high'])}"),
        ("emergencies triaged emergency", lambda r: f"{r['emergencies'] - len(r['emergencies_missed'])} of {r['emergencies']}"),
        ("emergencies left at routine", lambda r: str(len(r["emergency_sent_home"]))),
        ("routine sent to emergency", lambda r: f"{len(r['routine_to_emergency'])} of {r['routine']}"),
        ("Brier score before / after calibration", lambda r: f"{r['calibration_before']['brier']:.3f} / "
                                                             f"{r['calibration_after']['brier']:.3f}"),
    ]
    lines += [f"| {name} | {cell('test', fn)} | {cell('tune', fn)} |" for name, fn in rows]
    return "\n".join(lines) + "\n"

#!/usr/bin/env python3
"""Choose the can't-miss shares (db/triage.yaml `cant_miss`) on the TUNING part of the published cases only.

For each pair of shares (emergency, urgent) it prints triage right, emergencies left at routine or urgent,
routine cases sent to emergency and routine cases raised to urgent, with the rule's present shares marked. Read it as a clinician would:
an emergency sent home weighs more than any other error, then a routine patient sent to emergency.

    .venv/bin/python tests/eval/tune_triage.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import load  # noqa: E402

GRID_EMERGENCY = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)
GRID_URGENT = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01)


def main() -> int:
    from legpain_gui import paths
    from legpain_gui.checker.engine import CheckInput, report
    from legpain_gui.checker.load import checker_model
    from legpain_gui.kb.store import KnowledgeBase

    kb = KnowledgeBase(paths.default_kb_path())
    model, rules = checker_model(kb)
    present = dict(model.cant_miss)
    cases = [c for c in load() if c.get("part") == "tune"]
    print(f"tuning part: {len(cases)} cases; shares now: {present}")
    print(f"{'emergency':>10}{'urgent':>8}{'right':>8}{'emerg. missed':>15}{'emerg. at routine':>19}{'routine->emerg.':>17}{'routine->urgent':>17}")
    for e in GRID_EMERGENCY:
        for u in GRID_URGENT:
            model.cant_miss = {"emergency": e, "urgent": u, **({"together": present["together"]} if "together" in present else {})}
            right = missed = home = over = raised = 0
            for case in cases:
                data = CheckInput(present=tuple(str(i["hpo"]) for i in case.get("present") or []),
                                  absent=tuple(str(i["hpo"]) for i in case.get("absent") or []),
                                  age=None if case.get("age") is None else str(case["age"]), sex=case.get("sex"),
                                  course=case.get("course"))
                level = report(model, rules, data, ask=0, limit=10)["triage"]["level"]
                allowed = list(case["triage"])
                right += level in allowed
                missed += allowed == ["emergency"] and level != "emergency"
                home += allowed == ["emergency"] and level == "routine"
                over += allowed == ["routine"] and level == "emergency"
                raised += allowed == ["routine"] and level == "urgent"
            mark = "  <- now" if (e, u) == (present.get("emergency"), present.get("urgent")) else ""
            print(f"{e:>10.2f}{u:>8.2f}{right / len(cases):>8.1%}{missed:>15}{home:>19}{over:>17}{raised:>17}{mark}")
    model.cant_miss = present
    return 0


if __name__ == "__main__":
    sys.exit(main())

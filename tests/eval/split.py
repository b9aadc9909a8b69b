#!/usr/bin/env python3
"""Split the published cases once into a tuning part and a test part (about 60/40, stratified by
condition), by writing `part: tune` or `part: test` under each case's id in its file.

A case that already has a part keeps it: the split is made once, when a case is added, and never redone.
Within each condition the new cases are shuffled with a fixed seed (the condition id) and the first
round(0.6 * n) go to tuning, at least one to each part when there are two or more.

    .venv/bin/python tests/eval/split.py [FILE ...]   # assigns parts to new cases; prints the counts
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import CASES_DIR, load  # noqa: E402

TUNE_SHARE = 0.6


def assign(cases: list[dict]) -> dict[str, str]:
    """case id -> part, for the cases without one."""
    by_condition: dict[str, list[str]] = {}
    for case in cases:
        if not case.get("part"):
            by_condition.setdefault(case["diagnosis"], []).append(case["id"])
    out: dict[str, str] = {}
    for condition, ids in sorted(by_condition.items()):
        ids = sorted(ids)
        random.Random(condition).shuffle(ids)
        n_tune = round(TUNE_SHARE * len(ids))
        if len(ids) >= 2:
            n_tune = min(max(n_tune, 1), len(ids) - 1)
        for i, cid in enumerate(ids):
            out[cid] = "tune" if i < n_tune else "test"
    return out


def write(parts: dict[str, str], paths: list[Path]) -> None:
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        out = []
        for line in lines:
            out.append(line)
            match = re.match(r"^(\s*)- id:\s*(\S+)\s*$", line)
            if match and match.group(2) in parts:
                out.append(f"{match.group(1)}  part: {parts[match.group(2)]}\n")
        path.write_text("".join(out), encoding="utf-8")


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(CASES_DIR.glob("*.yaml"))
    parts = assign(load(paths))
    write(parts, paths)
    cases = load(paths)
    missing = [c["id"] for c in cases if not c.get("part")]
    if missing:
        print(f"could not place: {missing}")
        return 1
    tune = sum(c["part"] == "tune" for c in cases)
    print(f"{len(parts)} new case(s) split; {len(cases)} in all: {tune} tune, {len(cases) - tune} test")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Split the published cases once into a tuning part and a test part (about 60/40, stratified by
condition), by writing `part: tune` or `part: test` under each case's id in its file.

A case that already has a part keeps it: the split is made once, when a case is added, and never redone.
Stratified over the whole set: within each condition the new cases fill the tuning part up to round(0.6 * n)
of all its cases, old and new (at least one in each part once it has two or more), the rest go to the test
part; the new cases are shuffled with a fixed seed (the condition id) first. So a single new case of a
condition with two tuning cases and one test case goes to the test part.

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
    """case id -> part, for the cases without one, given all the cases (those with a part are counted)."""
    new: dict[str, list[str]] = {}
    tuned: dict[str, int] = {}
    total: dict[str, int] = {}
    for case in cases:
        condition = case["diagnosis"]
        total[condition] = total.get(condition, 0) + 1
        if not case.get("part"):
            new.setdefault(condition, []).append(case["id"])
        elif case["part"] == "tune":
            tuned[condition] = tuned.get(condition, 0) + 1
    out: dict[str, str] = {}
    for condition, ids in sorted(new.items()):
        ids = sorted(ids)
        random.Random(condition).shuffle(ids)
        n = total[condition]
        want = round(TUNE_SHARE * n)
        if n >= 2:
            want = min(max(want, 1), n - 1)
        n_tune = min(max(want - tuned.get(condition, 0), 0), len(ids))
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
    mine = {c["id"] for c in load(paths)}
    parts = {cid: part for cid, part in assign(load()).items() if cid in mine}  # counted over every file
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

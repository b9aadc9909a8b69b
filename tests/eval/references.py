#!/usr/bin/env python3
"""Every reference of every condition file, of the triage rules (db/triage.yaml) and of the findings
catalogue's stated backgrounds (db/findings.yaml), and how each was confirmed (db/reference_checks.yaml).

For each reference (key, condition, authors, year, journal, PMID, DOI, title) prints its check status:
  confirmed         a record (PubMed, PMC, journal page, DOI landing...) showed it; see the checks file
  partly confirmed  a record was seen but did not show every field, or only a page citing the paper
  faulty            the record contradicts the file, or no record of the paper could be found
  mismatch          a check exists, but its PMID/DOI no longer match the condition file: check again
  not yet checked   no entry in the checks file; nothing is claimed for it
then the counts. Checks whose key no condition cites any more are listed as stale.

    .venv/bin/python tests/eval/references.py                  # every reference, then the counts
    .venv/bin/python tests/eval/references.py --status "not yet checked" --brief
    .venv/bin/python tests/eval/references.py --json           # machine-readable
Exit code 0; 2 when a file cannot be read; --strict exits 1 while anything is faulty, mismatched or stale.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
STATUSES = ("confirmed", "partly confirmed", "faulty")
COUNTED = ("confirmed", "partly confirmed", "not yet checked", "faulty", "mismatch")
RECORDS = ("PubMed page", "PMC page", "journal page", "DOI landing", "repository record", "copy of the article",
           "secondary citation", "none found")
FIELDS = ("title", "authors", "journal", "year", "pmid", "doi")


class CheckFileError(Exception):
    """A condition file or the checks file cannot be used; the message is one sentence for the reader."""


@dataclass
class Reference:
    key: str
    condition: str
    authors: str
    year: str
    journal: str
    pmid: str
    doi: str
    title: str
    status: str = "not yet checked"
    record: str = ""
    url: str = ""
    date: str = ""
    seen: list[str] = field(default_factory=list)
    note: str = ""


def _yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise CheckFileError(f"{path} cannot be read ({err.__class__.__name__}).") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise CheckFileError(f"{path} is not valid YAML{where}.") from None


def _text(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _listed(path: Path, doc, where: str) -> list[Reference]:
    refs = doc.get("references") or {}
    if not isinstance(refs, dict):
        raise CheckFileError(f"{path}: references must map keys to references.")
    out = []
    for key, ref in refs.items():
        ref = ref if isinstance(ref, dict) else {}
        out.append(Reference(key=str(key), condition=where,
                             authors=_text(ref.get("authors")), year=_text(ref.get("year")),
                             journal=_text(ref.get("journal")), pmid=_text(ref.get("pmid")),
                             doi=_text(ref.get("doi")), title=_text(ref.get("title"))))
    return out


def _backgrounds(path: Path) -> list[Reference]:
    """The `background_source` of each finding in the catalogue ('PMID n' or 'doi:10...'), keyed by that text."""
    if not path.exists():
        return []
    doc = _yaml(path) or {}
    if not isinstance(doc, dict):
        raise CheckFileError(f"{path} must map HPO IDs to findings.")
    out = []
    for hpo, entry in doc.items():
        source = _text(entry.get("background_source")) if isinstance(entry, dict) else ""
        if source:
            pmid = source.removeprefix("PMID ").strip() if source.startswith("PMID ") else ""
            doi = source.removeprefix("doi:").strip() if source.startswith("doi:") else ""
            out.append(Reference(key=source, condition=f"findings {hpo} background", authors="", year="",
                                 journal="", pmid=pmid, doi=doi, title=""))
    return out


def load_references(db_dir: Path) -> list[Reference]:
    """Every (condition, reference) pair of db/conditions/*.yaml in file and key order, then the references of
    db/triage.yaml (condition 'triage') and the background sources of db/findings.yaml."""
    out = []
    for path in sorted((db_dir / "conditions").glob("*.yaml")):
        doc = _yaml(path)
        if not isinstance(doc, dict):
            raise CheckFileError(f"{path} does not hold a condition.")
        out += _listed(path, doc, str(doc.get("id", path.stem)))
    triage = db_dir / "triage.yaml"
    if triage.exists():
        doc = _yaml(triage) or {}
        if not isinstance(doc, dict):
            raise CheckFileError(f"{triage} does not hold triage rules.")
        out += _listed(triage, doc, "triage")
    return out + _backgrounds(db_dir / "findings.yaml")


def load_checks(path: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    """(checks, removed) from the checks file, each entry validated; a missing file means nothing checked."""
    if not path.exists():
        return {}, {}
    doc = _yaml(path) or {}
    if not isinstance(doc, dict):
        raise CheckFileError(f"{path} must hold 'checks:' (and optionally 'removed:').")
    parts = []
    for part in ("checks", "removed"):
        entries = doc.get(part) or {}
        if not isinstance(entries, dict):
            raise CheckFileError(f"{path}: '{part}' must map reference keys to checks.")
        for key, entry in entries.items():
            _validate(path, part, str(key), entry)
        parts.append({str(k): v for k, v in entries.items()})
    return parts[0], parts[1]


def _validate(path: Path, part: str, key: str, entry) -> None:
    where = f"{path.name}: {part}.{key}"
    if not isinstance(entry, dict):
        raise CheckFileError(f"{where} must be a mapping with status, date and record.")
    if entry.get("status") not in STATUSES:
        raise CheckFileError(f"{where}.status is '{entry.get('status')}', not one of: {', '.join(STATUSES)}.")
    date = entry.get("date")
    if not isinstance(date, dt.date):
        try:
            dt.date.fromisoformat(str(date))
        except ValueError:
            raise CheckFileError(f"{where}.date '{date}' is not a date like 2026-12-03.") from None
    if entry.get("record") not in RECORDS:
        raise CheckFileError(f"{where}.record is '{entry.get('record')}', not one of: {', '.join(RECORDS)}.")
    unknown = [f for f in entry.get("seen") or [] if f not in FIELDS]
    if unknown:
        raise CheckFileError(f"{where}.seen names {', '.join(map(str, unknown))}; fields are {', '.join(FIELDS)}.")


def _norm_doi(doi: str) -> str:
    return doi.strip().lower().removeprefix("https://doi.org/").removeprefix("doi:")


def assess(refs: list[Reference], checks: dict[str, dict]) -> list[str]:
    """Fill each reference's status from its check; returns the keys of stale checks (no reference cites them)."""
    for ref in refs:
        check = checks.get(ref.key)
        if check is None:
            continue
        ref.status = str(check["status"])
        ref.record, ref.url = str(check.get("record", "")), _text(check.get("url"))
        ref.date, ref.seen, ref.note = str(check.get("date", "")), list(check.get("seen") or []), _text(check.get("note"))
        pmid, doi = _text(check.get("pmid")), _text(check.get("doi"))
        if (pmid and ref.pmid and pmid != ref.pmid) or (doi and ref.doi and _norm_doi(doi) != _norm_doi(ref.doi)) \
                or (pmid and not ref.pmid and not doi) or (doi and not ref.doi and not pmid):
            ref.status = "mismatch"
            ref.note = f"the check saw PMID {pmid or '-'} / DOI {doi or '-'}, the file cites PMID {ref.pmid or '-'} / DOI {ref.doi or '-'}"
    cited = {r.key for r in refs}
    return sorted(k for k in checks if k not in cited)


def counts(refs: list[Reference]) -> dict[str, int]:
    return {s: sum(r.status == s for r in refs) for s in COUNTED}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=ROOT / "db", help="the db/ folder (default: this checkout's)")
    parser.add_argument("--checks", type=Path, help="the checks file (default: <db>/reference_checks.yaml)")
    parser.add_argument("--status", choices=COUNTED, help="list only references with this status")
    parser.add_argument("--brief", action="store_true", help="one line per reference")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--strict", action="store_true", help="exit 1 while anything is faulty, mismatched or stale")
    args = parser.parse_args(argv)
    try:
        refs = load_references(args.db)
        checks, removed = load_checks(args.checks or args.db / "reference_checks.yaml")
    except CheckFileError as err:
        print(f"references: {err}", file=sys.stderr)
        return 2
    stale = assess(refs, checks)
    shown = [r for r in refs if args.status in (None, r.status)]
    totals = counts(refs)
    if args.json:
        print(json.dumps({"references": [asdict(r) for r in shown], "counts": totals, "stale_checks": stale,
                          "removed": removed}, indent=1, default=str, ensure_ascii=False))
    else:
        for r in shown:
            ids = f"PMID {r.pmid or '-'}  DOI {r.doi or '-'}"
            print(f"{r.key:<22} {r.condition:<48} {r.year:<5} {r.journal[:28]:<28} {ids}  [{r.status}]")
            if not args.brief:
                print(f"    {r.authors} {r.title}")
                if r.record:
                    seen = ", ".join(r.seen) or "none of the fields"
                    print(f"    seen {r.date} on {r.record} ({seen}): {r.url}")
                if r.note and r.status == "mismatch":
                    print(f"    {r.note}")
        for key in stale:
            print(f"stale check: {key} is cited by no condition file")
        for key, entry in removed.items():
            print(f"removed: {key} ({entry.get('status')}): {_text(entry.get('note'))[:150]}")
        papers = len({r.key for r in refs})
        files = {r.condition for r in refs if r.condition != "triage" and not r.condition.startswith("findings ")}
        extra = "".join(f", {n} {what}" for n, what in (
            (sum(r.condition == "triage" for r in refs), "in triage.yaml"),
            (sum(r.condition.startswith("findings ") for r in refs), "background sources in findings.yaml")) if n)
        print(f"{len(refs)} references ({papers} distinct keys) in {len(files)} condition files{extra}")
        print("  " + "   ".join(f"{s}: {n}" for s, n in totals.items()))
    bad = totals["faulty"] + totals["mismatch"] + len(stale)
    return 1 if args.strict and bad else 0


if __name__ == "__main__":
    sys.exit(main())

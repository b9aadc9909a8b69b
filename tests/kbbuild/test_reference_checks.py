"""tests/eval/references.py: every reference listed with how it was confirmed, and a check that no longer
matches its reference is caught."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("references_script", ROOT / "tests" / "eval" / "references.py")
references = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = references  # dataclasses look their module up here
_spec.loader.exec_module(references)

SMITH = """\
  smith2020:
    authors: Smith A
    title: A cohort
    journal: Ann Rheum Dis
    year: 2020
    pmid: "12345678"
"""

CONDITION = """\
id: example-vasculitis
references:
""" + SMITH + """\
    doi: 10.1000/abc
  jones2019:
    authors: Jones B
    title: A review
    journal: Lancet
    year: 2019
    doi: 10.1000/xyz
"""

CHECKS = """\
checks:
  smith2020:
    status: confirmed
    date: 2026-12-03
    record: PubMed page
    url: https://pubmed.ncbi.nlm.nih.gov/12345678/
    seen: [title, journal, year, pmid]
    pmid: "12345678"
  gone2001:
    status: partly confirmed
    date: 2026-12-03
    record: journal page
    seen: [title]
"""


def _db(tmp_path: Path, checks: str = CHECKS, condition: str = CONDITION) -> Path:
    (tmp_path / "conditions").mkdir()
    (tmp_path / "conditions" / "example-vasculitis.yaml").write_text(condition, encoding="utf-8")
    (tmp_path / "reference_checks.yaml").write_text(checks, encoding="utf-8")
    return tmp_path


def _run(db: Path, capsys, *extra: str) -> tuple[int, dict]:
    code = references.main(["--db", str(db), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_every_reference_listed_with_its_check(tmp_path, capsys):
    code, out = _run(_db(tmp_path), capsys)
    assert code == 0
    by_key = {r["key"]: r for r in out["references"]}
    assert set(by_key) == {"smith2020", "jones2019"}
    assert by_key["smith2020"]["status"] == "confirmed"
    assert by_key["smith2020"]["record"] == "PubMed page" and by_key["smith2020"]["date"] == "2026-12-03"
    assert by_key["jones2019"]["status"] == "not yet checked", "no entry claims nothing"
    assert out["counts"]["confirmed"] == 1 and out["counts"]["not yet checked"] == 1
    assert out["stale_checks"] == ["gone2001"]


def test_a_changed_identifier_voids_the_check(tmp_path, capsys):
    db = _db(tmp_path, condition=CONDITION.replace('pmid: "12345678"', 'pmid: "87654321"'))
    code, out = _run(db, capsys, "--strict")
    smith = next(r for r in out["references"] if r["key"] == "smith2020")
    assert smith["status"] == "mismatch"
    assert "87654321" in smith["note"]
    assert code == 1, "--strict fails while a check no longer matches"


@pytest.mark.parametrize("old, new, words", [
    ("status: confirmed", "status: checked", "not one of"),
    ("date: 2026-12-03", "date: yesterday", "not a date"),
    ("record: PubMed page", "record: a website", "not one of"),
])
def test_a_bad_check_is_one_sentence(tmp_path, capsys, old, new, words):
    db = _db(tmp_path, checks=CHECKS.replace(old, new, 1))
    assert references.main(["--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("references: ") and "Traceback" not in err and len(err.splitlines()) == 1
    assert words in err


def test_broken_yaml_is_one_sentence(tmp_path, capsys):
    db = _db(tmp_path, checks="checks:\n  smith2020: [unclosed\n")
    assert references.main(["--db", str(db)]) == 2
    assert "is not valid YAML" in capsys.readouterr().err


def test_the_shipped_checks_match_the_condition_files():
    refs = references.load_references(ROOT / "db")
    checks, removed = references.load_checks(ROOT / "db" / "reference_checks.yaml")
    stale = references.assess(refs, checks)
    assert stale == [], f"checks for keys no condition cites: {stale}"
    assert [r.key for r in refs if r.status == "mismatch"] == []
    assert not set(removed) & {r.key for r in refs}, "a removed reference is cited again"


TRIAGE = """\
rules:
  - id: example
    references: [smith2020, lee2018]
references:
""" + SMITH + """\
  lee2018:
    authors: Lee C
    title: A guideline
    journal: BMJ
    year: 2018
    pmid: "11111111"
"""

FINDINGS = """\
HP:0001945: {label: Fever, system: systemic, background: 0.05, background_source: PMID 22222222}
HP:0002829: {label: Arthralgia, system: musculoskeletal}
"""


def test_triage_and_background_sources_are_listed_and_counted(tmp_path, capsys):
    db = _db(tmp_path)
    (db / "triage.yaml").write_text(TRIAGE, encoding="utf-8")
    (db / "findings.yaml").write_text(FINDINGS, encoding="utf-8")
    code, out = _run(db, capsys)
    assert code == 0
    where = {(r["key"], r["condition"]): r for r in out["references"]}
    assert ("lee2018", "triage") in where and where[("lee2018", "triage")]["status"] == "not yet checked"
    assert where[("smith2020", "triage")]["status"] == "confirmed", "a key shared with a condition is checked once"
    background = where[("PMID 22222222", "findings HP:0001945 background")]
    assert background["pmid"] == "22222222" and background["status"] == "not yet checked"
    assert len(out["references"]) == 5 and out["counts"]["not yet checked"] == 3
    assert references.main(["--db", str(db), "--brief"]) == 0
    assert "in 1 condition files, 2 in triage.yaml, 1 background sources in findings.yaml" in capsys.readouterr().out


def test_a_triage_file_without_a_mapping_is_one_sentence(tmp_path, capsys):
    db = _db(tmp_path)
    (db / "triage.yaml").write_text("references: [a, b]\n", encoding="utf-8")
    assert references.main(["--db", str(db)]) == 2
    assert "references must map keys to references" in capsys.readouterr().err

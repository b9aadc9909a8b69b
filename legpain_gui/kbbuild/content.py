"""Load the knowledge-base text sources (`db/`) and validate them.

Every problem is reported as `FILE: FIELD: what is wrong`, all of them at once, so a reviewer can fix a
file in one pass. See db/FORMAT.md for the format.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from legpain_gui.kbbuild.aliases import validate_aliases
from legpain_gui.kbbuild.check_condition import _validate_condition
from legpain_gui.kbbuild.check_lists import _validate_catalogue, validate_triage
from legpain_gui.kbbuild.checks import _Checker

class ContentError(Exception):
    """The sources break one or more rules; `problems` lists each as 'FILE: FIELD: message'."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Sources:
    """Everything read from db/: condition documents, the finding catalogue, the KB version."""

    kb_version: str
    conditions: list[dict[str, Any]]
    findings: dict[str, dict[str, Any]]
    files: dict[str, str] = field(default_factory=dict)  # condition id -> relative file name
    triage: dict[str, Any] = field(default_factory=dict)
    aliases: list = field(default_factory=list)
    calibration: dict[str, Any] = field(default_factory=dict)  # db/calibration.yaml: the checker's temperature
    phrases: list = field(default_factory=list)  # db/phrases.yaml: clinical phrases -> HPO


def _load_yaml(path: Path, root: Path) -> tuple[Any, str | None]:
    rel = f"db/{path.relative_to(root).as_posix()}" if path.is_relative_to(root) else str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.safe_load(handle), None
    except yaml.YAMLError as exc:
        return None, f"{rel}: not valid YAML: {exc}".replace("\n", " ")


def load_sources(db_dir: Path) -> tuple[Sources, list[str]]:
    """Read db/ without validating the content against HPO; returns the sources and parse problems."""
    problems: list[str] = []
    kb_meta, err = _load_yaml(db_dir / "kb.yaml", db_dir)
    if err:
        problems.append(err)
    kb_version = str((kb_meta or {}).get("version", "")) if isinstance(kb_meta, dict) else ""
    if not kb_version:
        problems.append("db/kb.yaml: version: is missing")
    findings, err = _load_yaml(db_dir / "findings.yaml", db_dir)
    if err:
        problems.append(err)
    if not isinstance(findings, dict):
        problems.append("db/findings.yaml: must map HPO IDs to {plain, system}")
        findings = {}
    def optional(name: str, empty, valid, message: str):
        """An optional file of db/: its content, or `empty` (with a problem) when it is not valid."""
        if not (db_dir / name).exists():
            return empty
        value, err = _load_yaml(db_dir / name, db_dir)
        if err:
            problems.append(err)
        if not valid(value):
            problems.append(f"db/{name}: {message}")
            return empty
        return value

    triage = optional("triage.yaml", {}, lambda v: isinstance(v, dict), "must have concepts, rules and references")
    phrases = optional("phrases.yaml", [], lambda v: isinstance(v, list) and all(
        isinstance(p, dict) and isinstance(p.get("text"), str) and p["text"].strip() and isinstance(p.get("why"), str)
        and str(p.get("hpo", "")).startswith("HP:") for p in v), "must be a list of {text, hpo, why}")
    calibration = optional("calibration.yaml", {}, lambda v: isinstance(v, dict) and isinstance(
        v.get("temperature"), (int, float)) and 0.05 <= v["temperature"] <= 20,
        "temperature must be a number between 0.05 and 20")
    aliases = optional("aliases.yaml", [], lambda v: isinstance(v, list),
                       "must be a list of {terms: [HP:a, HP:b], why: ...} and {term: HP:a, under: HP:b, why: ...}")
    conditions, files = [], {}
    for path in sorted((db_dir / "conditions").glob("*.yaml")):
        doc, err = _load_yaml(path, db_dir)
        rel = f"db/conditions/{path.name}"
        if err:
            problems.append(err)
            continue
        if not isinstance(doc, dict):
            problems.append(f"{rel}: the file must be a mapping of fields")
            continue
        doc["__file__"] = rel
        doc["__stem__"] = path.stem
        conditions.append(doc)
        files[str(doc.get("id", path.stem))] = rel
    return Sources(kb_version=kb_version, conditions=conditions, findings=findings, files=files,
                   triage=triage, aliases=aliases, calibration=calibration, phrases=phrases), problems


def validate(sources: Sources, hpo_terms: dict[str, Any], min_findings: int = 12,
             min_references: int = 4) -> list[str]:
    """Check every rule of db/FORMAT.md; returns the problems (empty when all is well).

    `hpo_terms` maps HPO IDs to terms that have an `obsolete` attribute.
    """
    problems: list[str] = []
    problems += _validate_catalogue(sources.findings, hpo_terms)
    phrase_texts: set[str] = set()
    for phrase in sources.phrases:
        if phrase["hpo"] not in hpo_terms or hpo_terms[phrase["hpo"]].obsolete:
            problems.append(f"db/phrases.yaml: '{phrase['text']}': {phrase['hpo']} is not a live HPO term")
        if str(phrase["text"]).lower() in phrase_texts:
            problems.append(f"db/phrases.yaml: '{phrase['text']}' is listed twice")
        phrase_texts.add(str(phrase["text"]).lower())
    problems += validate_triage(sources.triage, hpo_terms,
                                {str(d.get("id")) for d in sources.conditions if isinstance(d, dict)})
    problems += validate_aliases(sources.aliases, hpo_terms)
    seen_ids: set[str] = set()
    for doc in sources.conditions:
        check = _Checker(doc["__file__"])
        _validate_condition(doc, check, sources.findings, hpo_terms, min_findings, min_references)
        cid = doc.get("id")
        if cid in seen_ids:
            check.fail("id", f"'{cid}' is used by another file too")
        seen_ids.add(cid)
        problems += check.problems
    return problems



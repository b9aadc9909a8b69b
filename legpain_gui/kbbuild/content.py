"""Load the knowledge-base text sources (`db/`) and validate them.

Every problem is reported as `FILE: FIELD: what is wrong`, all of them at once, so a reviewer can fix a
file in one pass. See db/FORMAT.md for the format.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from legpain_gui.kb.vocab import (
    AGE_GROUPS,
    BODY_SYSTEMS,
    CODE_SYSTEMS,
    FREQUENCY_BINS,
    INVESTIGATION_KINDS,
    MIMIC_CATEGORY,
    OPTIONAL_SECTIONS,
    SECTIONS,
    URGENCIES,
)

CATEGORIES = (
    "Systemic vasculitis",
    "Connective tissue disease",
    "Inflammatory arthritis",
    "Demyelinating disease",
    "Immune-mediated neuropathy",
    "Inflammatory myopathy",
    "Other autoimmune",
    "Consider also: not autoimmune",
)

CODE_PATTERNS = {
    "ICD-10": re.compile(r"^[A-Z]\d{2}(\.\d{1,2})?$"),
    "ICD-10-CM": re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$"),
    "ICD-11": re.compile(r"^[0-9A-HJ-NP-Z]{2}[0-9A-HJ-NP-Z]{2}(\.[0-9A-HJ-NP-Z]{1,2})?(&[A-Z0-9.]+)?$"),
    "ORPHA": re.compile(r"^\d{1,7}$"),
    "OMIM": re.compile(r"^\d{6}$"),
}
HPO_ID = re.compile(r"^HP:\d{7}$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CITATION = re.compile(r"\[@([A-Za-z0-9_.:-]+)\]")
DOI = re.compile(r"^10\.\d{4,9}/\S+$")
PMID = re.compile(r"^\d{1,9}$")


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


class _Checker:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{self.file}: {where}: {message}")

    def text(self, value: Any, where: str, required: bool = True) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(where, "is missing or empty")
            return False
        if not isinstance(value, str):
            self.fail(where, f"must be text, not {type(value).__name__}")
            return False
        return True

    def listing(self, value: Any, where: str, minimum: int = 0) -> list:
        if value is None:
            value = []
        if not isinstance(value, list):
            self.fail(where, "must be a list")
            return []
        if len(value) < minimum:
            self.fail(where, f"has {len(value)} entries; at least {minimum} are required")
        return value


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
    triage: Any = {}
    if (db_dir / "triage.yaml").exists():
        triage, err = _load_yaml(db_dir / "triage.yaml", db_dir)
        if err:
            problems.append(err)
        if not isinstance(triage, dict):
            problems.append("db/triage.yaml: must have concepts, rules and references")
            triage = {}
    calibration: Any = {}
    if (db_dir / "calibration.yaml").exists():
        calibration, err = _load_yaml(db_dir / "calibration.yaml", db_dir)
        if err:
            problems.append(err)
        temperature = calibration.get("temperature") if isinstance(calibration, dict) else None
        if not isinstance(temperature, (int, float)) or not 0.05 <= temperature <= 20:
            problems.append("db/calibration.yaml: temperature must be a number between 0.05 and 20")
            calibration = {}
    aliases: Any = []
    if (db_dir / "aliases.yaml").exists():
        aliases, err = _load_yaml(db_dir / "aliases.yaml", db_dir)
        if err:
            problems.append(err)
        if not isinstance(aliases, list):
            problems.append("db/aliases.yaml: must be a list of {terms: [HP:a, HP:b], why: ...}")
            aliases = []
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
                   triage=triage, aliases=aliases, calibration=calibration), problems


def validate(sources: Sources, hpo_terms: dict[str, Any], min_findings: int = 12,
             min_references: int = 4) -> list[str]:
    """Check every rule of db/FORMAT.md; returns the problems (empty when all is well).

    `hpo_terms` maps HPO IDs to terms that have an `obsolete` attribute.
    """
    problems: list[str] = []
    problems += _validate_catalogue(sources.findings, hpo_terms)
    problems += validate_triage(sources.triage, hpo_terms,
                                {str(d.get("id")) for d in sources.conditions if isinstance(d, dict)})
    check = _Checker("db/aliases.yaml")
    for i, entry in enumerate(sources.aliases):
        terms = entry.get("terms") if isinstance(entry, dict) else None
        if not isinstance(terms, list) or len(terms) != 2 or any(
                t not in hpo_terms or hpo_terms[t].obsolete for t in terms):
            check.fail(f"[{i}].terms", "must be two live HPO terms")
        if not isinstance(entry, dict) or not check.text(entry.get("why"), f"[{i}].why"):
            pass
    problems += check.problems
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


def _validate_catalogue(catalogue: dict, hpo_terms: dict) -> list[str]:
    check = _Checker("db/findings.yaml")
    for hpo, entry in catalogue.items():
        where = str(hpo)
        if not HPO_ID.match(str(hpo)):
            check.fail(where, "is not an HPO ID (HP: and seven digits)")
            continue
        term = hpo_terms.get(hpo)
        if term is None:
            check.fail(where, "does not exist in the bundled HPO release")
        elif term.obsolete:
            check.fail(where, "is obsolete in the bundled HPO release")
        if not isinstance(entry, dict):
            check.fail(where, "must have plain and system")
            continue
        check.text(entry.get("plain"), f"{where}.plain")
        if entry.get("system") not in BODY_SYSTEMS:
            check.fail(f"{where}.system", f"'{entry.get('system')}' is not one of {', '.join(BODY_SYSTEMS)}")
        background = entry.get("background")
        if background is not None and (not isinstance(background, (int, float)) or not 0 < background < 1):
            check.fail(f"{where}.background", "must be a probability between 0 and 1 (exclusive)")
        if background is not None and not re.match(r"^(PMID \d+|doi:10\.\S+)$", str(entry.get("background_source") or "")):
            check.fail(f"{where}.background_source", "a stated background needs its source ('PMID n' or 'doi:10...'); "
                       "without one the checker derives it from the data")
        words = entry.get("words")
        if words is not None and (not isinstance(words, list) or not all(isinstance(w, str) for w in words)):
            check.fail(f"{where}.words", "must be a list of words or phrases")
    return check.problems


TRIAGE_LEVELS = ("emergency", "urgent", "routine")


def validate_triage(triage: dict, hpo_terms: dict, condition_ids: set[str] | None = None) -> list[str]:
    """Check db/triage.yaml: concepts of existing HPO terms, rules of known concepts, cited sources."""
    check = _Checker("db/triage.yaml")
    if not triage:
        return check.problems
    concepts = triage.get("concepts") or {}
    refs = triage.get("references") or {}
    if not isinstance(concepts, dict) or not concepts:
        check.fail("concepts", "must name at least one concept (a list of HPO IDs)")
        concepts = {}
    for name, terms in concepts.items():
        for term in check.listing(terms, f"concepts.{name}", 1):
            if not HPO_ID.match(str(term)) or term not in hpo_terms or hpo_terms[term].obsolete:
                check.fail(f"concepts.{name}", f"'{term}' is not a live term of the bundled HPO release")
    for key, ref in refs.items():
        _validate_reference(key, ref, check)
    seen: set[str] = set()
    for i, rule in enumerate(check.listing(triage.get("rules"), "rules", 1)):
        where = f"rules[{i}]"
        if not isinstance(rule, dict):
            check.fail(where, "must be a mapping")
            continue
        rid = rule.get("id")
        if not isinstance(rid, str) or not SLUG.match(rid) or rid in seen:
            check.fail(f"{where}.id", "must be a unique lower-case id")
        seen.add(str(rid))
        for name in ("name", "advice"):
            check.text(rule.get(name), f"{where}.{name}")
        if rule.get("level") not in TRIAGE_LEVELS:
            check.fail(f"{where}.level", f"'{rule.get('level')}' is not one of {', '.join(TRIAGE_LEVELS)}")
        for j, clause in enumerate(check.listing(rule.get("when"), f"{where}.when", 1)):
            for item in check.listing(clause, f"{where}.when[{j}]", 1):
                item = str(item)
                if item.startswith("age:"):
                    if item[4:] not in AGE_GROUPS:
                        check.fail(f"{where}.when[{j}]", f"'{item}': age groups are {', '.join(AGE_GROUPS)}")
                elif item.startswith("sex:"):
                    if item[4:] not in ("female", "male"):
                        check.fail(f"{where}.when[{j}]", f"'{item}': sex is female or male")
                elif item not in concepts:
                    check.fail(f"{where}.when[{j}]", f"'{item}' is not a concept")
        for key in check.listing(rule.get("references"), f"{where}.references", 1):
            if key not in refs:
                check.fail(f"{where}.references", f"cites '{key}', which is not in references")
        for cid in check.listing(rule.get("conditions"), f"{where}.conditions"):
            if condition_ids is not None and cid not in condition_ids:
                check.fail(f"{where}.conditions", f"'{cid}' is not a condition of the knowledge base")
    for name in check.listing(triage.get("context_concepts"), "context_concepts"):
        if name not in concepts:
            check.fail("context_concepts", f"'{name}' is not a concept")
    cant_miss = triage.get("cant_miss") or {}
    if not isinstance(cant_miss, dict) or set(cant_miss) - {"emergency", "urgent"} or not all(
            isinstance(v, (int, float)) and 0 < v < 1 for v in cant_miss.values()):
        check.fail("cant_miss", "maps emergency and/or urgent to a share of the ranking between 0 and 1")
    return check.problems


def _validate_condition(doc: dict, check: _Checker, catalogue: dict, hpo_terms: dict,
                        min_findings: int, min_references: int) -> None:
    cid = doc.get("id")
    if not isinstance(cid, str) or not SLUG.match(cid):
        check.fail("id", "must be lower-case words joined by '-'")
    elif cid != doc["__stem__"]:
        check.fail("id", f"'{cid}' must equal the file name '{doc['__stem__']}'")
    check.text(doc.get("name"), "name")
    if doc.get("category") not in CATEGORIES:
        check.fail("category", f"'{doc.get('category')}' is not one of: {'; '.join(CATEGORIES)}")
    check.text(doc.get("summary"), "summary")
    reviewed = doc.get("last_reviewed")
    if isinstance(reviewed, str):
        try:
            reviewed = dt.date.fromisoformat(reviewed)
        except ValueError:
            pass
    if not isinstance(reviewed, dt.date):
        check.fail("last_reviewed", "must be a date written YYYY-MM-DD")

    refs = doc.get("references") or {}
    if not isinstance(refs, dict):
        check.fail("references", "must map keys to references")
        refs = {}
    if len(refs) < min_references:
        check.fail("references", f"has {len(refs)}; at least {min_references} are required")
    for key, ref in refs.items():
        _validate_reference(key, ref, check)

    def cited(key: Any, where: str) -> None:
        if not key:
            check.fail(where, "is missing: every claim needs a reference key")
        elif key not in refs:
            check.fail(where, f"cites '{key}', which is not in references")

    synonyms = doc.get("synonyms") or {}
    if not isinstance(synonyms, dict):
        check.fail("synonyms", "must have clinical and plain lists")
    else:
        for kind in synonyms:
            if kind not in ("clinical", "plain"):
                check.fail(f"synonyms.{kind}", "only 'clinical' and 'plain' are allowed")
            for i, s in enumerate(check.listing(synonyms[kind], f"synonyms.{kind}")):
                check.text(s, f"synonyms.{kind}[{i}]")

    codes = doc.get("codes") or {}
    if not isinstance(codes, dict) or not codes:
        check.fail("codes", "at least one code is required")
        codes = {}
    for system, values in codes.items():
        if system not in CODE_SYSTEMS:
            check.fail(f"codes.{system}", f"unknown system; use one of {', '.join(CODE_SYSTEMS)}")
            continue
        for value in check.listing(values, f"codes.{system}"):
            if not CODE_PATTERNS[system].match(str(value)):
                check.fail(f"codes.{system}", f"'{value}' is not a well-formed {system} code")

    epi = doc.get("epidemiology")
    if epi is not None:
        if not isinstance(epi, dict):
            check.fail("epidemiology", "must be a mapping")
        else:
            prev = epi.get("prevalence_per_100000")
            if prev is not None and (not isinstance(prev, (int, float)) or prev <= 0):
                check.fail("epidemiology.prevalence_per_100000", "must be a positive number")
            if prev is not None:
                cited(epi.get("reference"), "epidemiology.reference")
            if epi.get("ages_strict") is not None and not isinstance(epi.get("ages_strict"), bool):
                check.fail("epidemiology.ages_strict", "must be true or false")
            ages = epi.get("ages")
            if ages is not None and (not isinstance(ages, list) or not ages or any(a not in AGE_GROUPS for a in ages)):
                check.fail("epidemiology.ages", f"must list typical age groups from: {', '.join(AGE_GROUPS)}")

    sections = doc.get("sections") or {}
    if not isinstance(sections, dict):
        check.fail("sections", "must map section keys to text")
        sections = {}
    for key in SECTIONS:
        if check.text(sections.get(key), f"sections.{key}"):
            for ref in CITATION.findall(sections[key]):
                cited(ref, f"sections.{key}")
    for key in sections:
        if key not in SECTIONS and key not in OPTIONAL_SECTIONS:
            check.fail(f"sections.{key}", f"unknown section; use {', '.join(list(SECTIONS) + list(OPTIONAL_SECTIONS))}")
        elif key in OPTIONAL_SECTIONS and check.text(sections.get(key), f"sections.{key}"):
            for ref in CITATION.findall(sections[key]):
                cited(ref, f"sections.{key}")
    if doc.get("category") == MIMIC_CATEGORY:
        check.text(sections.get("distinguishing"), "sections.distinguishing")
    if not isinstance(epi, dict) or epi.get("prevalence_per_100000") is None:
        check.fail("epidemiology.prevalence_per_100000", "is required (with its reference): the checker's prior rests on it")
    elif not epi.get("ages"):
        check.fail("epidemiology.ages", f"is required: the typical age groups ({', '.join(AGE_GROUPS)})")

    seen: set[str] = set()
    for i, f in enumerate(check.listing(doc.get("findings"), "findings", min_findings)):
        where = f"findings[{i}]"
        if not isinstance(f, dict):
            check.fail(where, "must be a mapping")
            continue
        hpo = str(f.get("hpo", ""))
        where = f"findings[{i}] ({hpo})"
        if not HPO_ID.match(hpo):
            check.fail(f"{where}.hpo", "is not an HPO ID (HP: and seven digits)")
        elif hpo not in hpo_terms:
            check.fail(f"{where}.hpo", "does not exist in the bundled HPO release")
        elif hpo_terms[hpo].obsolete:
            check.fail(f"{where}.hpo", "is obsolete in the bundled HPO release")
        elif hpo not in catalogue:
            check.fail(f"{where}.hpo", "is not in db/findings.yaml (add its plain label and system)")
        if hpo in seen:
            check.fail(f"{where}.hpo", "appears twice in this condition")
        seen.add(hpo)
        freq = f.get("frequency")
        if freq not in FREQUENCY_BINS:
            check.fail(f"{where}.frequency", f"'{freq}' is not a bin ({', '.join(FREQUENCY_BINS)})")
        elif f.get("percent") is not None:
            pct = f["percent"]
            low, high = FREQUENCY_BINS[freq][1:]
            if not isinstance(pct, (int, float)) or not (low <= pct <= high or (freq != "obligate" and low - 0.5 <= pct < high + 1)):
                check.fail(f"{where}.percent", f"{pct} lies outside the bin '{freq}' ({low}-{high}%)")
        for flag in ("hallmark", "criterion"):
            if f.get(flag) is not None and not isinstance(f[flag], bool):
                check.fail(f"{where}.{flag}", "must be true or false")
        cited(f.get("source"), f"{where}.source")

    for i, entry in enumerate(check.listing(doc.get("hpo_crosscheck"), "hpo_crosscheck")):
        if not isinstance(entry, dict) or not HPO_ID.match(str(entry.get("hpo", ""))):
            check.fail(f"hpo_crosscheck[{i}]", "needs hpo, decision, reason and reference")
            continue
        check.text(entry.get("decision"), f"hpo_crosscheck[{i}].decision")
        check.text(entry.get("reason"), f"hpo_crosscheck[{i}].reason")
        cited(entry.get("reference"), f"hpo_crosscheck[{i}].reference")

    suspected = doc.get("suspected")
    if suspected is not None:
        if not isinstance(suspected, dict) or suspected.get("level") not in ("emergency", "urgent"):
            check.fail("suspected.level", "must be emergency or urgent")
        else:
            check.text(suspected.get("why"), "suspected.why")
            cited(suspected.get("reference"), "suspected.reference")
    finding_ids = {str(f.get("hpo")) for f in doc.get("findings") or [] if isinstance(f, dict)}
    for i, entry in enumerate(check.listing(doc.get("hpo_import_review"), "hpo_import_review")):
        where = f"hpo_import_review[{i}]"
        if not isinstance(entry, dict) or not HPO_ID.match(str(entry.get("hpo", ""))):
            check.fail(where, "needs hpo, decision (kept, fixed or dropped), reason and reference")
            continue
        decision = entry.get("decision")
        if decision not in ("kept", "fixed", "dropped"):
            check.fail(f"{where}.decision", f"'{decision}' is not kept, fixed or dropped")
        elif decision in ("kept", "fixed") and str(entry["hpo"]) not in finding_ids:
            check.fail(f"{where}.hpo", f"is {decision} but not written into findings with its source")
        elif decision == "dropped" and str(entry["hpo"]) in finding_ids:
            check.fail(f"{where}.hpo", "is dropped but still listed in findings")
        check.text(entry.get("reason"), f"{where}.reason")
        cited(entry.get("reference"), f"{where}.reference")

    for i, disease in enumerate(check.listing(doc.get("hpo_annotations"), "hpo_annotations")):
        prefix, _, number = str(disease).partition(":")
        if prefix not in ("ORPHA", "OMIM") or not number.isdigit():
            check.fail(f"hpo_annotations[{i}]", f"'{disease}' is not ORPHA:n or OMIM:n")
        elif number not in [str(c) for c in (codes.get(prefix) or [])]:
            check.fail(f"hpo_annotations[{i}]", f"'{disease}' is not one of this condition's codes")

    for i, c in enumerate(check.listing(doc.get("criteria"), "criteria", 1)):
        where = f"criteria[{i}]"
        if not isinstance(c, dict):
            check.fail(where, "must be a mapping")
            continue
        check.text(c.get("name"), f"{where}.name")
        check.text(c.get("rule"), f"{where}.rule")
        check.listing(c.get("items"), f"{where}.items", 1)
        cited(c.get("reference"), f"{where}.reference")

    for i, r in enumerate(check.listing(doc.get("red_flags"), "red_flags", 1)):
        where = f"red_flags[{i}]"
        if not isinstance(r, dict):
            check.fail(where, "must be a mapping")
            continue
        check.text(r.get("pattern"), f"{where}.pattern")
        check.text(r.get("advice"), f"{where}.advice")
        if r.get("urgency") not in URGENCIES:
            check.fail(f"{where}.urgency", f"'{r.get('urgency')}' is not one of {', '.join(URGENCIES)}")
        cited(r.get("reference"), f"{where}.reference")

    for i, t in enumerate(check.listing(doc.get("investigations"), "investigations", 1)):
        where = f"investigations[{i}]"
        if not isinstance(t, dict):
            check.fail(where, "must be a mapping")
            continue
        check.text(t.get("test"), f"{where}.test")
        check.text(t.get("shows"), f"{where}.shows")
        if t.get("kind") not in INVESTIGATION_KINDS:
            check.fail(f"{where}.kind", f"'{t.get('kind')}' is not one of {', '.join(INVESTIGATION_KINDS)}")
        cited(t.get("reference"), f"{where}.reference")

    for i, d in enumerate(check.listing(doc.get("differentials"), "differentials")):
        where = f"differentials[{i}]"
        if not isinstance(d, dict) or not isinstance(d.get("id"), str) or not SLUG.match(d["id"]):
            check.fail(where, "needs an id (lower-case words joined by '-') and why")
            continue
        check.text(d.get("why"), f"{where}.why")


def _validate_reference(key: Any, ref: Any, check: _Checker) -> None:
    where = f"references.{key}"
    if not isinstance(ref, dict):
        check.fail(where, "must have authors, title, journal, year and a PMID or DOI")
        return
    for name in ("authors", "title", "journal"):
        check.text(ref.get(name), f"{where}.{name}")
    year = ref.get("year")
    if not isinstance(year, int) or not 1800 <= year <= 2100:
        check.fail(f"{where}.year", "must be a four-digit year")
    pmid, doi = ref.get("pmid"), ref.get("doi")
    if pmid is None and doi is None:
        check.fail(where, "needs a PMID or a DOI")
    if pmid is not None and not PMID.match(str(pmid)):
        check.fail(f"{where}.pmid", f"'{pmid}' is not a PMID (digits only)")
    if doi is not None and not DOI.match(str(doi)):
        check.fail(f"{where}.doi", f"'{doi}' is not a DOI (10.NNNN/...)")

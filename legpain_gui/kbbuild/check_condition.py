"""Checks of one condition file (db/conditions/<id>.yaml); see db/FORMAT.md."""
from __future__ import annotations

import datetime as dt
from typing import Any

from legpain_gui.kb.vocab import is_mimic
from legpain_gui.kbbuild.checks import (  # noqa: F401
    AGE_GROUPS, CATEGORIES, CITATION, CODE_PATTERNS, CODE_SYSTEMS, DOI, FREQUENCY_BINS, HPO_ID,
    INVESTIGATION_KINDS, OPTIONAL_SECTIONS, PMID, SECTIONS, SLUG, URGENCIES, _Checker,
    _validate_reference,
)


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
            if prev == "unknown":  # no population figure exists: say why (note) and cite the source that says so
                if not str(epi.get("note") or "").strip():
                    check.fail("epidemiology.note", "must say why no prevalence figure is given ('unknown')")
            elif prev is not None and (not isinstance(prev, (int, float)) or isinstance(prev, bool) or prev <= 0):
                check.fail("epidemiology.prevalence_per_100000", "must be a positive number, or 'unknown' with a note")
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
    if is_mimic(str(doc.get("category") or "")):
        check.text(sections.get("distinguishing"), "sections.distinguishing")
    if not isinstance(epi, dict) or epi.get("prevalence_per_100000") is None:
        check.fail("epidemiology.prevalence_per_100000", "is required (with its reference): the checker's prior rests on it; "
                   "where no population figure exists write 'unknown' and say why in the note")
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

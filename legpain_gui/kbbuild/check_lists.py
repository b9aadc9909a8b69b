"""Checks of db/findings.yaml (the catalogue) and db/triage.yaml (the rules)."""
from __future__ import annotations

import re

from legpain_gui.kbbuild.checks import AGE_GROUPS, BODY_SYSTEMS, HPO_ID, SLUG, _Checker, _validate_reference


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
        for flag in ("comorbidity", "generalized", "complaint"):  # the reason, in words
            if flag in entry:
                check.text(entry.get(flag), f"{where}.{flag}")
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
            term = str(term)[4:] if str(term).startswith("not ") else term  # 'not HP:...': excepted kinds
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
                elif item.startswith("count:"):
                    least, _, names = item[6:].partition(":")
                    if not least.isdigit() or not 1 <= int(least) <= len(names.split(",")) or any(
                            n not in concepts for n in names.split(",")):
                        check.fail(f"{where}.when[{j}]", f"'{item}': count:N:concept,concept,... with N at least 1 "
                                   "and at most the number of concepts, each a concept")
                elif item.removeprefix("unless:") not in concepts:
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
    if not isinstance(cant_miss, dict) or set(cant_miss) - {"emergency", "urgent", "together"} or not all(
            isinstance(v, (int, float)) and 0 < v < 1 for v in cant_miss.values()):
        check.fail("cant_miss", "maps emergency, urgent and/or together to a share of the ranking between 0 and 1")
    return check.problems

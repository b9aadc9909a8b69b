"""db/aliases.yaml: where the HPO release files a bedside finding apart from the one it is.

Two kinds of entry, each with the clinical reason (`why`):
- `terms: [HP:a, HP:b]`: two terms in separate branches for the same bedside finding; the checker treats each
  as the other (relation "equivalent"). Written to the hpo_alias table.
- `term: HP:a, under: HP:b`: a finding that is a kind of another although the release does not file it there
  (a knee joint effusion is a swollen joint). The term gains `under` as a parent for everything the build
  derives from the hierarchy: the checker's matches, information content and backgrounds, and the disease
  counts. Never a cycle, never a parent the term already reaches. With `one_site: true` the term is the parent
  finding at one site (a knee effusion is joint swelling at the knee): a condition's row for the parent counts for
  it in full, not scaled by the share of HPO's diseases annotated with the site (checker.evidence).
"""
from __future__ import annotations

from typing import Any

from legpain_gui.kbbuild.checks import _Checker


def _reaches(terms: dict[str, Any], term: str, target: str) -> bool:
    seen, stack = set(), [term]
    while stack:
        t = stack.pop()
        if t == target:
            return True
        if t not in seen and t in terms:
            seen.add(t)
            stack.extend(terms[t].parents)
    return False


def validate_aliases(aliases: list, hpo_terms: dict[str, Any]) -> list[str]:
    """The problems of db/aliases.yaml (empty when all is well)."""
    check = _Checker("db/aliases.yaml")

    def live(t: Any) -> bool:
        return isinstance(t, str) and t in hpo_terms and not hpo_terms[t].obsolete

    for i, entry in enumerate(aliases):
        if not isinstance(entry, dict):
            check.fail(f"[{i}]", "must be {terms: [HP:a, HP:b], why} or {term: HP:a, under: HP:b, why}")
            continue
        if "under" in entry or "term" in entry:
            term, under = entry.get("term"), entry.get("under")
            if not live(term) or not live(under) or term == under:
                check.fail(f"[{i}]", "term and under must be two different live HPO terms")
            elif _reaches(hpo_terms, term, under):
                check.fail(f"[{i}]", f"{term} is already below {under} in the HPO release")
            elif _reaches(hpo_terms, under, term):
                check.fail(f"[{i}]", f"{under} is below {term}: the parent would make a cycle")
            if "one_site" in entry and not isinstance(entry["one_site"], bool):
                check.fail(f"[{i}].one_site", "must be true or false")
        else:
            terms = entry.get("terms")
            if not isinstance(terms, list) or len(terms) != 2 or not all(live(t) for t in terms):
                check.fail(f"[{i}].terms", "must be two live HPO terms")
        check.text(entry.get("why"), f"[{i}].why")
    return check.problems


def add_parents(aliases: list, ontology) -> None:
    """Give each `term` of an `under` entry its extra parent in `ontology` (in place, once)."""
    for entry in aliases:
        if isinstance(entry, dict) and "under" in entry:
            parents = ontology.terms[entry["term"]].parents
            if entry["under"] not in parents:
                parents.append(entry["under"])


def one_site_links(aliases: list) -> str:
    """The `one_site` entries as 'term>parent' joined by commas: the meta table's value."""
    return ",".join(sorted(f"{e['term']}>{e['under']}" for e in aliases
                           if isinstance(e, dict) and "under" in e and e.get("one_site") is True))


def alias_pairs(aliases: list) -> list[tuple[str, str, str]]:
    """(term, alias, why) both ways for the `terms` entries: the hpo_alias table's rows."""
    return sorted({(a, b, e["why"]) for e in aliases if isinstance(e, dict) and "terms" in e
                   for a, b in ((e["terms"][0], e["terms"][1]), (e["terms"][1], e["terms"][0]))})

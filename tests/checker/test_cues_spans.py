"""checker.cues.spans finds trigger phrases by their first word's positions; it must give exactly what a scan of
every position gives, in the same order (phrase by phrase, left to right), or the ConText rules would read differently."""
from __future__ import annotations

import random

from legpain_gui.checker.cues import NEGATED_AFTER, NEGATED_BEFORE, spans


def _scan(tokens, phrases):
    out = []
    for phrase in phrases:
        p = phrase.split()
        for i in range(len(tokens) - len(p) + 1):
            if tokens[i:i + len(p)] == p:
                out.append((i, i + len(p)))
    return out


def test_spans_equal_a_scan_of_every_position():
    rng = random.Random(33)
    vocabulary = ["no", "not", "was", "were", "negative", "fever", "and", "or", "absent", "denied", "all", "the", "x"]
    phrase_sets = [NEGATED_BEFORE, NEGATED_AFTER, ("was negative", "negative", "and or", "x x x"), ["no", "were all"]]
    for _ in range(300):
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(0, 25))]
        for phrases in phrase_sets:
            assert spans(tokens, phrases) == _scan(tokens, phrases)


def test_a_sentence_finds_its_triggers_in_order():
    tokens = "he denied fever and the cultures were negative and x was negative".split()
    assert spans(tokens, ("was negative", "were negative", "denied")) == [(10, 12), (6, 8), (1, 2)]

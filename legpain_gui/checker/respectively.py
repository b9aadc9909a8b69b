"""Tests and their values written as two lists paired by 'respectively' (checker.extract, after the lexicon's readings):
'His ESR and CRP were 108 mm/h and 36 mg/L, respectively' is an ESR of 108 mm/h and a CRP of 36 mg/L.

Each test is read again with its own value, as if the text had said 'ESR 108 mm/h', through the lexicon's usual reading
of a value after its test (its limits, units and reference ranges); the finding's span is the test's name. Only when
both lists have the same number of items, and only for a test the sentence's other readings left unread.
"""
from __future__ import annotations

import re

PAIRED = re.compile(r"(?P<tests>[^;:.]+?)\s+(?:were|was|are|is|of|measured|measuring|at)\s+(?P<values>[^;:]+?)\s*,?\s*"
                    r"respectively\b", re.I)
SPLIT = re.compile(r"\s*,(?!\d)\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", re.I)  # not '45,000'
LEADING = re.compile(r"^(?:[^,]*?\b(?:showed|revealed|demonstrated|with|had|his|her|the|their|levels? of|patient's|"
                     r"patients)\s+)+", re.I)  # what comes before the first test, not across a comma
TRAILING = re.compile(r"\s+(?:levels?|values?|concentrations?|counts?)$", re.I)
BRACKET = re.compile(r"\s*\([^)]*\)")
NUMBER = re.compile(r"\d")


def _items(text: str) -> list[str]:
    return [x for x in SPLIT.split(text.strip()) if x]


def respectively(lexicon, words_of, words: list[tuple[str, int, int]], sentence: str,
                 matches: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """The matches, with each test of a 'respectively' pair read with its value (module text)."""
    m = PAIRED.search(sentence)
    if not m:
        return matches
    names = _items(LEADING.sub("", m.group("tests")))
    values = _items(m.group("values"))
    if len(names) < 2 or len(names) != len(values) or not all(NUMBER.search(v) for v in values):
        return matches
    # the lexicon's own readings across the two lists pair wrongly ('platelet count were 18,000/uL'): dropped
    out = [x for x in matches if not (words[x[0]][1] < m.start("values") < words[x[1] - 1][2])]
    taken = {i for a, b, _, _ in out for i in range(a, b)}
    at = m.start("tests")
    for name, value in zip(names, values):
        test = TRAILING.sub("", BRACKET.sub("", name)).strip()
        start = sentence.find(name, at)
        if not test or start < 0:
            continue
        at = start + len(name)
        synthetic = f"{test} {value}"
        found = [(hpo, said) for _, _, hpo, said in lexicon.find(words_of(synthetic), synthetic) if hpo]
        first = next((k for k, (_, s, _) in enumerate(words) if s >= start), None)
        last = max((k for k, (_, s, e) in enumerate(words) if e <= start + len(test)), default=None)
        if found and first is not None and last is not None and last >= first \
                and not taken.intersection(range(first, last + 1)):
            out.append((first, last + 1) + found[0])
            taken.update(range(first, last + 1))
    return sorted(out)

"""Antibody results as clinicians write them (checker.variants derives these forms from every lexicon phrase).

HPO names an antibody finding as its positivity ('Anti-myeloperoxidase antibody positivity', 'Anti-PR3
antibody positivity', 'MPO-ANCA', 'Positive ANA'); a clinical text names the antibody and says its result
apart: 'anti-MPO antibodies were positive', 'negative for anti-PR3 antibodies', 'anti-Ro antibodies were
negative', 'antibodies to aquaporin-4 were detected'. The antibody named alone reads as its positivity term,
and the sentence gives the polarity (checker.context: 'were negative', 'negative for' negate it), as the
reviewed phrases already do for 'ANCA', 'anti-dsDNA' and 'rheumatoid factor'.

Forms of an antibody X (normalised tokens, 'antibodies' already 'antibody'):
- the positivity dropped: 'anti X antibody positivity' -> 'anti X antibody'; 'positive X' -> 'X';
- 'anti X antibody' -> 'anti X', 'anti X autoantibody', 'antibody to X', 'antibody against X';
- 'X ANCA' -> 'anti X', 'anti X antibody' ('MPO-ANCA' is 'anti-MPO').
Only forms of two words or more, one of them naming an antibody, so that no bare protein or word ('anti',
'X') is ever read as an antibody finding.

And findings named as what a test looked for ('hepatitis B and C screen', 'serological tests for hepatitis'):
like an antibody, their negative or normal result closes the list they stand in (checker.context).
"""
from __future__ import annotations

import re

POSITIVITY = ("positivity", "positive")
ANTIBODY = ("antibody", "autoantibody")
ANTI = "anti"
ANCA = "anca"
LINKS = ("to", "against")


def _core(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The antibody a phrase names, without its positivity, or None if it names none."""
    if len(key) > 1 and key[-1] in POSITIVITY:
        key = key[:-1]
    elif len(key) > 1 and key[0] == "positive":
        key = key[1:]
    else:
        return None
    if len(key) < 2 or not (key[-1] in ANTIBODY or key[-1] == ANCA or key[0] == ANTI):
        return None
    return key


def antibody_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The forms of an antibody positivity phrase listed in the module's docstring (none for other phrases)."""
    core = _core(key)
    if core is None:
        return []
    out = [core]
    named = core[1:-1] if core[0] == ANTI and core[-1] in ANTIBODY else ()
    if core[-1] == ANCA and len(core) == 2:  # 'MPO-ANCA' -> 'anti-MPO'
        named = core[:1]
    elif core[0] == ANTI and core[-1] not in ANTIBODY:  # 'anti-CCP' -> 'anti-CCP antibody'
        named = core[1:]
    if named:
        out += [(ANTI,) + named, (ANTI,) + named + ("antibody",), (ANTI,) + named + ("autoantibody",)]
        out += [("antibody", link) + named for link in LINKS]
    return [form for form in dict.fromkeys(out) if form != key and len(form) >= 2]


SLASHED = re.compile(r"\b(anti-)([a-z0-9]{2,})/([a-z0-9-]{2,})", re.I)


def _alias(name: str) -> bool:
    """Whether the part after the slash is the antibody's other name ('SS-A', 'SSA', 'TRIM21', 'DNER'), not the second
    half of one name ('PM/Scl', 'Th/To', 'P/Q-type')."""
    return any(c.isdigit() for c in name) or "-" in name or len(name) >= 4 or (len(name) == 3 and name.isupper())


def slashed_entries(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An antibody HPO names by two names ('Anti-Ro/SS-A antibody positivity', 'Anti-La/SS-B', 'Anti-Ro52/TRIM21')
    also as each name alone ('anti-Ro antibodies were negative')."""
    out = []
    for text, hpo in entries:
        m = SLASHED.search(text) if hpo else None
        if m and _alias(m.group(3)):
            for name in (m.group(2), m.group(3)):
                out.append((text[:m.start()] + m.group(1) + name + text[m.end():], hpo))
    return out


TEST_NOUNS = ("screen", "screening", "serology", "serologies", "test", "tests", "testing", "titre", "titer", "panel",
              "immunophenotyping", "workup")  # 'hepatitis panel ... normal', 'leukemia/lymphoma immunophenotyping'

TEST_FILLERS = ("a", "b", "c", "e", "and", "or", "virus", "viral", "lymphoma", "hiv", "cmv", "ebv", "hbv", "hcv", "hsv", "vzv",
                "syphilis", "parvovirus", "b19")  # 'hepatitis B and C screen', 'Hepatitis, CMV serologies' (session 45)
TESTS_FOR = (("test", "for"), ("tests", "for"), ("testing", "for"), ("serology", "for"), ("screening", "for"),
             ("serologies", "for"), ("titres", "to"), ("titers", "to"), ("titres", "for"), ("titers", "for"),
             ("screen", "for"), ("serological", "test", "for"), ("serological", "tests", "for"))


def named_as_tests(tokens: list[str], matches) -> frozenset[int]:
    """The first tokens of findings named as what a test looked for ('hepatitis B and C screen', 'serological
    tests for hepatitis'): like an antibody, their negative or normal result closes the list they stand in."""
    out = set()
    listed = min((k + len(f) for f in TESTS_FOR for k in range(len(tokens)) if tuple(tokens[k:k + len(f)]) == f),
                 default=None)  # 'serologies for syphilis, HIV, hepatitis B virus and HCV were negative': each item
    said = next((k for k in range(listed or 0, len(tokens)) if tokens[k] in LIST_ENDS), len(tokens))
    for a, b, _, _ in matches:
        k = b
        while k < len(tokens) and k - b < 4 and tokens[k] in TEST_FILLERS:
            k += 1
        if k < len(tokens) and tokens[k] in TEST_NOUNS or any(
                tuple(tokens[max(0, a - len(f)):a]) == f for f in TESTS_FOR) or listed is not None and listed <= a < said:
            out.add(a)
    return frozenset(out)


LIST_ENDS = ("was", "were", "is", "are", "negative", "positive", "normal", "showed", "revealed")  # a list's result

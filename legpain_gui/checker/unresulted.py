"""A test named with no result of its own (checker.labs.reference_result asks these after a test's name): said done
and no more ('A Mantoux test was performed.') it is neither positive nor negative, unless the next words give the
result ('ANA was checked. It was negative.'); listed as the subject of 'ruled out' or 'excluded' with no result or
value said of it ('HIV serology, Mantoux test and sputum cultures ruled out infection') it was negative (session 43)."""
from __future__ import annotations

import re

LISTED = (r"(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|/\s*)(?:(?!\b(?:was|were|is|are|not|no|negative|positive|normal|raised|"
          r"elevated|high|low|showed|revealed|with|without|but|which)\b)[^.;:,\d()])+?){0,5}")  # 'ANA, RF and ANCA were ...'
UNRESULTED = re.compile(LISTED + r"\s*(?:antibod(?:y|ies)\s+)?(?:(?:tests?|testing|serology|serologies|screen|screening|levels?|"
                        r"titres?|titers?)\s+)?(?:was|were)\s+(?:(?:also|both|all)\s+)?(?:performed|done|checked|obtained|carried out|"
                        r"ordered|assessed|tested)\s*(?:[.;]|$)", re.I)
NEXT_RESULT = re.compile(r"\s*(?:(?:it|they|this|these|the results?|results?)\s+(?:was|were|came back|returned)\s+(?:strongly\s+|"
                         r"weakly\s+|markedly\s+)?(negative|normal|unremarkable|not detected|positive|raised|elevated|"
                         r"reactive)\b|(negative|normal|unremarkable|positive|raised|elevated|reactive)\s*(?:[.;,]|$))",
                         re.I)  # the result said next: 'ANA was checked. It was negative.', 'RF was tested; negative.'
NEXT_SUBJECT = re.compile(r"\s*(?:it|they|this|these|the results?|results?|which)\s+(?:was|were|came|returned|showed|"
                          r"revealed)\b", re.I)  # a result said next in other words: left to the sentence
RULED_OUT_BY = re.compile(r"(?:(?!\b(?:was|were|is|are|be|been|being|not|cannot|showed|revealed|demonstrated|positive|"
                          r"elevated|raised|high|detected|reactive|present|increased|converted|titres?|titers?|mm|so|"
                          r"but|because|which|although|while|strongly|induration|by)\b)(?!(?<![\w/-])\d(?!\d*\s*(?:h|hours?|days?|"
                          r"weeks?|months?|sets?)\b))[^.;])*\b(?:ruled out|excluded)\s+(?!by\b)[a-z]",
                          re.I)  # only tests listed as the verb's subject, no result or value said


def unresulted(text: str) -> str | None:
    """'uncertain' for a test said done with no result, or the result said right after it ('ANA was checked. It was
    negative.': absent), else None."""
    m = UNRESULTED.match(text)
    if not m:
        return None
    said = NEXT_RESULT.match(text[m.end():])
    if not said:
        return None if NEXT_SUBJECT.match(text[m.end():]) else "uncertain"
    word = (said.group(1) or said.group(2)).lower()
    return "present" if word in ("positive", "raised", "elevated", "reactive") else "absent"


def excluded_by_test(tokens: list[str], concepts: list[tuple[int, int]], tests) -> list[tuple[int, int]]:
    """The 'excluded' or 'excludes' right after a test that is itself a finding ('(Negative) ANCA excluded
    vasculitis'), as a forward negation trigger: a concept's words are no trigger, and a bare 'excluded' is none
    ('after TB was excluded, Behcet's syndrome was diagnosed'); cues.EXCLUDING_TESTS holds the tests that are not
    findings."""
    out = []
    for s, e in concepts:
        k = e + (tokens[e:e + 1] in (["negativity"], ["testing"], ["serology"]))  # 'ANCA negativity excluded vasculitis'
        if s in tests and tokens[k:k + 1] in (["excluded"], ["excludes"]):
            out.append((k, k + 1))
        elif s in tests and tokens[k:k + 2] in (["rules", "out"], ["ruled", "out"]):
            out.append((k, k + 2))
    return out


"""A laboratory value whose abnormality the report prints beside it (checker.lexicon calls this at each token):

- a flag: 'platelets 98 x10^9/L (L)', 'C4 <0.02 g/L (low)', 'ACE 98 U/L (H)', 'K 6.4 H', 'CRP 45 (high)';
- a reference range: 'platelets 98 x10^9/L (150-400)', 'C3 0.52 g/L (ref 0.9-1.8)': under it low, over it high,
  within it normal.

The laboratory's own flag or range decides, so no threshold of ours is needed: the analyte's raised term is read
present when the value is flagged high, its lowered term when flagged low; a value inside its printed range (or
flagged normal) reads the raised term absent (the lowered one when it has no raised term), as clinicians record
it. Only analytes the lexicon has a raised or lowered term for are read ('elevated' / 'reduced' + the analyte's
words, as the phrases and HPO's laboratory terms give them).
"""
from __future__ import annotations

import re

from legpain_gui.checker.labs import graded, number, whole

_NUMBER = r"[<>≤≥]?\s*\d[\d,]*(?:\.\d+)?"
# a unit after the value, taken whole (an atomic group: never cut short so that its last letter reads as a flag,
# 'mg/dL' is not 'mg/d' flagged L), and never a lone h or l, which are the flags themselves ('K 6.4 H')
_UNIT = (r"(?>(?:\s*(?:x|×|\*)\s*10\s*\^?\s*\d+\s*/\s*[a-zµ]+"
         r"|\s*(?!(?:hh|ll|h|l)(?![\w/]))[a-zµ%][a-zµ%/0-9.]*(?:\s*/\s*[a-zµ0-9.]+)?)?)")
_HIGH = ("h", "hh", "high", "raised", "elevated", "increased", "↑")
_LOW = ("l", "ll", "low", "reduced", "decreased", "↓")
FLAGGED = re.compile(r"\s*(?:(?:level|count|was|is|of|:|=)\s*)*(" + _NUMBER + r")(" + _UNIT + ")" +
                     r"\s*(?:\(\s*(hh|ll|h|l|high|low|raised|elevated|increased|reduced|decreased|normal|wnl|n)\s*[,;)]"
                     r"|(?<=\s)(hh|ll|h|l|↑|↓)(?![\w.])"
                     r"|\(\s*(?:ref(?:erence)?(?:\s+range)?|normal(?:\s+range)?|nr|rr|range)?\s*:?\s*"
                     r"(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|to)\s*(\d[\d,]*(?:\.\d+)?))", re.I)
MAX_ANALYTE = 4


def printed_result(text: str) -> tuple[str, int] | None:
    """('high' | 'low' | 'normal', characters used) of a value at the start of `text` with the laboratory's flag or
    reference range printed beside it, or None."""
    m = FLAGGED.match(text)
    if not m:
        return None
    flag = (m.group(3) or m.group(4) or "").lower()
    if m.group(4) and flag in ("l", "ll") and not m.group(2).strip():
        return None  # 'FVC 2.1 L': litres, not a flag; a bare L flags only after a unit ('98 x10^9/L L')
    if flag:
        return ("high" if flag in _HIGH else "low" if flag in _LOW else "normal"), m.end()
    value, low, high = (whole(x, m.group(2)) for x in (m.group(1).lstrip("<>≤≥ "), m.group(5), m.group(6)))
    if value is None or low is None or high is None or low >= high:
        return None
    if m.group(1).lstrip()[:1] in "<≤" and value <= low:
        return "low", m.end()  # 'C4 <0.02 g/L (0.1-0.4)'
    return ("low" if value < low else "high" if value > high else "normal"), m.end()


def flagged(phrases: dict, tokens: list[str], i: int, words, text: str) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, state)]) of an analyte at token i and its flagged or ranged value."""
    if not text or not words:
        return None
    for n in range(min(MAX_ANALYTE, len(tokens) - i), 0, -1):
        analyte = tuple(tokens[i:i + n])
        raised = phrases.get(("elevated",) + analyte)
        lowered = phrases.get(("reduced",) + analyte) or phrases.get(("low",) + analyte)
        if not (raised or lowered) or i + n >= len(words):
            continue
        said = printed_result(text[words[i + n - 1][2]:])
        if said is None:
            continue
        kind, used = said
        end_char = words[i + n - 1][2] + used
        k = i + n
        while k < len(words) and words[k][1] < end_char:
            k += 1
        if kind == "normal":
            out = [(i, k, raised or lowered, "absent")]  # the raised term if it has one (as clinicians record it)
        else:
            hpo = (graded(analyte, words, i + n, text) or raised) if kind == "high" else lowered  # CK's bands
            if not hpo:
                return k - i, []  # flagged the other way than any term it has: nothing to read, nothing else either
            out = [(i, k, hpo, "present")]
        return k - i, out
    return None

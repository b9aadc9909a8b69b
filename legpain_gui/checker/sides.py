"""A finding denied on one side only (checker.extract): 'right knee pain and no left knee pain' is the patient's knee
pain, on the right. The reader's terms carry no side, so the denial on the other side would clash with the complaint
and both would be left out of the check (extract.for_checker); it is kept for the clinician to see, in the context
'other side' (tester kl, session 45)."""
from __future__ import annotations

import re
from dataclasses import replace

SIDE = re.compile(r"\b(left|right|contralateral)\b", re.I)
CLAUSE_CUT = re.compile(r"[,.;:]|\b(?:and|but|with|while|whereas)\b", re.I)
BEFORE = 25  # characters before a finding where its side may be said ('no pain in the left ...', 'no left knee pain')


def other_side(findings: list, text: str, ancestors=None) -> list:
    """The findings with each absent one said of a side the present one of the same term (or of a narrower one: 'right
    calf pain and no left leg pain') is not ('other side'); `ancestors` (term -> its ancestors) finds the narrower."""
    def sides(f) -> set[str]:
        before = CLAUSE_CUT.split(text[max(0, f.start - BEFORE):f.start])[-1]  # this finding's own words only
        after = CLAUSE_CUT.split(text[f.end:f.end + BEFORE])[0]  # 'no leg pain on the left'
        return {s.lower() for s in SIDE.findall(before + " " + text[f.start:f.end] + " " + after)}
    present = {}
    for f in findings:
        if f.state == "present" and f.context == "patient":
            for term in {f.hpo} | (set(ancestors(f.hpo)) if ancestors else set()):
                present.setdefault(term, []).append(sides(f))
    out = []
    for f in findings:
        said = sides(f) if f.state == "absent" and f.context == "patient" and f.hpo in present else set()
        if said and not {"left", "right"} <= said and all(not (said & p) for p in present[f.hpo]):
            f = replace(f, context="other side")
        out.append(f)
    return out

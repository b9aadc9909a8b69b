"""From extracted text findings to the rows a clinician reviews before anything is entered.

One row per HPO term, with the places the text mentions it (only the patient's own mentions when it has any). A
row starts ticked only when the text is unambiguous: the patient's own finding, present or absent, said the same way
every time. Uncertain findings
("possible livedo"), conflicting ones (present in one place, absent in another), the family's and past
history's findings, and stated diagnoses start unticked with the reason shown; uncertain and conflicting
rows have no state until the clinician gives one. Nothing reaches the checker from here except the rows the
clinician leaves ticked.
"""
from __future__ import annotations

from dataclasses import dataclass, field

CONTEXT_WHY = {"family": "family history, not the patient", "history": "past history",
               "diagnosis": "a stated diagnosis, not a finding", "treatment": "a treatment given, not a finding",
               "general": "not the patient's: the disease in general (Background, Conclusions), a Plan, an allergy "
                          "or a salutation",
               "outcome": "after treatment: the outcome, not the presentation",
               "other side": "denied on the other side only; the finding is the patient's on one side"}


@dataclass
class ReviewRow:
    hpo: str
    label: str
    state: str | None  # present | absent | None (the clinician must choose)
    accept: bool
    context: str  # patient | family | history | diagnosis | treatment | general | outcome
    why: str  # why the row starts as it does ("" when plain)
    spans: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def review_rows(result: dict) -> list[ReviewRow]:
    """The extraction result (checker.extract.extract) as review rows, in the order of first mention."""
    grouped: dict[str, list[dict]] = {}
    for f in result["findings"]:
        grouped.setdefault(f["hpo"], []).append(f)
    rows = []
    for hpo, mentions in grouped.items():
        own = [m for m in mentions if m["context"] == "patient"]
        states = {m["state"] for m in own}
        if own and len(states) == 1 and states <= {"present", "absent"}:
            state, accept, why, context = states.pop(), True, "", "patient"
        elif own and "uncertain" in states and len(states) == 1:
            state, accept, why, context = None, False, "uncertain in the text: say present or absent", "patient"
        elif own:
            state, accept, why, context = None, False, "conflicting in the text: " + ", ".join(sorted(states)), "patient"
        else:
            context = mentions[0]["context"]
            first = mentions[0]["state"]
            state = first if first in ("present", "absent") else None
            accept, why = False, CONTEXT_WHY.get(context, context)
        shown = own or mentions  # the patient's row marks the patient's words ('denied paraesthesias' after
        # treatment is no tick in the text)
        rows.append(ReviewRow(hpo, mentions[0]["label"], state, accept, context, why,
                              [(m["start"], m["end"]) for m in shown],
                              list(dict.fromkeys(m["text"] for m in shown))))
    return rows


def accepted(rows: list[ReviewRow]) -> list[tuple[str, str, str]]:
    """(hpo, label, state) of the ticked rows that have a state: what the clinician enters."""
    return [(r.hpo, r.label, r.state) for r in rows if r.accept and r.state in ("present", "absent")]

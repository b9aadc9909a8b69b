"""A checker session as it may be shared with the clinic: nothing that could name a patient.

Only the findings (HPO IDs, present or absent), the age group (never the age in years), sex and course go to
the server; no name, no label, no free text of any kind. The server checks the same (migration 0002). Its
title is made, never typed: "Session 2026-12-03 14:05, 7 findings".
"""
from __future__ import annotations

import json
import re

from legpain_gui.clinic.store import Stamped
from legpain_gui.kb.vocab import AGE_GROUPS, group_of_years

HPO_ID = re.compile(r"HP:\d{7}")
SEXES, COURSES = ("female", "male"), ("acute", "subacute", "chronic")
WHAT_IS_SHARED = ("the findings (present and absent), the age group, sex and course: no name, no age in years, "
                  "no text of any kind, nothing that could name a patient")


def age_group(age) -> str | None:
    """An age in years (or a group already) as the checker's age group."""
    if age in AGE_GROUPS:
        return age
    if isinstance(age, (int, float)) and not isinstance(age, bool) and 0 <= age <= 130:
        return group_of_years(age)
    return None


def shareable(session: dict) -> dict:
    """The part of a checker session (as the Check tab saves it) that may be shared; ValueError when it has no
    findings."""
    def ids(key):
        return sorted({h for h in session.get(key) or [] if isinstance(h, str) and HPO_ID.fullmatch(h)})

    present, absent = ids("present"), ids("absent")
    if not present and not absent:
        raise ValueError("There is nothing to share: enter findings first.")
    doc = {"present": present, "absent": absent}
    age = age_group(session.get("age_years") if session.get("age_years") is not None else session.get("age"))
    for key, value, allowed in (("age_group", age, AGE_GROUPS), ("sex", session.get("sex"), SEXES),
                                ("course", session.get("course"), COURSES)):
        if value in allowed:
            doc[key] = value
    return doc


def title(shared: Stamped) -> str:
    """The made title: "Session 2026-12-03 14:05, 7 findings" (local time)."""
    doc = json.loads(shared.text)
    n = len(doc.get("present", [])) + len(doc.get("absent", []))
    return f"Session {shared.created.astimezone():%Y-%m-%d %H:%M}, {n} finding{'s' if n != 1 else ''}"


def as_checker_session(shared: Stamped) -> dict:
    """A shared session as the Check tab opens it (age as its group)."""
    doc = json.loads(shared.text)
    return {"present": list(doc.get("present", [])), "absent": list(doc.get("absent", [])),
            "age": doc.get("age_group"), "sex": doc.get("sex"), "course": doc.get("course")}

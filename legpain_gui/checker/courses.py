"""The patient's course as one of three that exclude each other: acute, subacute or chronic.

A patient's illness has one of these courses, so a condition's rows for some of them say how likely the others
are: what the stated ones leave, shared among the ones it does not state. A condition described as chronic in
most patients is unlikely to present acutely, which a course it does not describe at all (a neutral reading
softened towards the base rate) did not say: an acute presentation counted as much for lumbar spinal stenosis,
whose file says chronic, as for dermatomyositis, whose file says nothing of its course.

Never below OTHER_COURSE_FLOOR: a frequency bin is a range, and a course row is read from a series of patients
who were seen in one setting. Read only when a condition states exactly one of the three: where a file states two,
their sources mostly mean other things than this app's course (an 'acute' reactive arthritis is one under six
months old, a chronic one older; an acute small-fibre neuropathy and a chronic one are counted in different
series), so they do not share out what is left (tuning part, session 30: with two or more read as well, top-1 fell
from 68.9% to 68.7% and top-3 from 83.7% to 83.3%). A condition that states none of the three is not read here.
"""

from __future__ import annotations

from legpain_gui.checker.model import COURSES

COURSE_ROOT, COURSE_BASE = "HP:0031797", 1 / 3  # Clinical course: acute, subacute, chronic, relapsing...
NOT_COURSE = "HP:0040006"  # Mortality/Aging, filed under clinical course, holds events such as a miscarriage
EXCLUSIVE = tuple(COURSES.values())
OTHER_COURSE_FLOOR = 0.05  # chosen on the tuning part
NOTE = "not described, while this condition's file gives {}: the rest is shared between the other two courses"


def is_course(model, hpo: str) -> bool:
    """Whether the term is an onset or course (every patient has one), not an event such as a miscarriage."""
    ancestors = model.ancestors(hpo)
    return COURSE_ROOT in ancestors and NOT_COURSE not in ancestors and hpo != NOT_COURSE


def other_course(hpo: str, annotations: dict) -> tuple[float, object, list] | None:
    """(P(course | condition), the stated course row, [it]) for a course the condition does not describe while it
    describes exactly one other of the three; None otherwise."""
    if hpo not in EXCLUSIVE or hpo in annotations:
        return None
    stated = [annotations[t] for t in EXCLUSIVE if t in annotations]
    if len(stated) != 1:
        return None
    row = stated[0]
    left = 1.0 if row.frequency == "excluded" else 1.0 - row.probability
    return max(left / (len(EXCLUSIVE) - 1), OTHER_COURSE_FLOOR), row, stated


def note_of(stated: list) -> str:
    """The explanation's words for an `other_course` reading."""
    return NOTE.format(" and ".join(f"{a.label.lower()} ({a.frequency})" for a in stated))


def describing(model) -> frozenset[str]:
    """The conditions that state exactly one of the three courses (memoised per model)."""
    memo = model.memo
    if "course conditions" not in memo:
        memo["course conditions"] = frozenset(cid for cid, c in model.conditions.items()
                                              if len(c.annotations.keys() & set(EXCLUSIVE)) == 1)
    return memo["course conditions"]

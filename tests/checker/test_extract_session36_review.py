"""Text to findings, session 36: the review's mends after the freeze. Each reading below was wrong after the session's
first reader changes (a bare 'free' negated 'pain-free walking distance', a denial's list reached the next clause's
subject, teaching patterns caught the patient's own sentences, 'aged 10 to 25' ended a Background, the longer history
window ran past 'hospitalised for', 'was not started' read as a treatment, a full-power word after a comma lost its
site). Each test fails if its mend is undone."""
from __future__ import annotations

import pytest

from tests.checker.readings import contexts, found


def _has(lex, text, hpo, state):
    return (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo, state", [
    ("Claudication with a pain-free walking distance of 100 m.", "HP:0004417", "present"),  # 'free walking': no negation
    ("Right knee swelling, free range of movement.", "HP:0001386", "present"),
    ("She denied recent long-distance air travel or prolonged immobilisation, calf pain began after a fall.",
     "HP:0031921", "present"),  # the denial's list ends where a new clause's subject begins
    ("No joint effusion, making septic arthritis improbable.", "HP:0003095", "absent"),
    ("A 40-year-old man had leg pain. A Baker cyst was seen in the popliteal fossa, which may lead to calf swelling.",
     "HP:0032072", "present"),
    ("He recovered from the fever after three days of antibiotics.", "HP:0001945", "present"),
    ("Leg strength, normal.", "HP:0007340", "absent"),  # a full-power word after a comma keeps its site
])
def test_review_mends(lex, text, hpo, state):
    """The session's review: each reading was wrong after this session's first changes."""
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo, context", [
    ("A 40-year-old man had leg pain. MRI showed disc herniation at L4-L5, the most common site.", "HP:0008441",
     "patient"),
    ("Background: Osteoid osteoma is a benign bone lesion. It mostly affects people aged 10 to 25 years. Night pain and "
     "limping are typical. Case presentation: A 14-year-old boy had knee pain.", "HP:0025301", "general"),
    ("He had a history of cellulitis of the left leg, hospitalised for 2 weeks.", "HP:0100658", "history"),
    ("A 40-year-old man had leg pain. A Baker cyst was seen in the popliteal fossa, which may lead to calf swelling.",
     "HP:0010741", "patient"),
])
def test_review_mends_contexts(lex, text, hpo, context):
    assert contexts(lex, text)[hpo] == context


def test_a_treatment_not_started_is_no_treatment(lex):
    assert _has(lex, "Warfarin was not started.", "HP:0034896", "absent")

"""Text to findings, session 45: defects left from session 44 and defects found by clinicians testing new published
case texts (each would fail if its bug came back)."""
from __future__ import annotations

import pytest

from legpain_gui.checker.course import course_of
from tests.checker.readings import found

FEVER, CHILLS, COUGH, LEG_PAIN, LEG_WEAKNESS = "HP:0001945", "HP:0025143", "HP:0012735", "HP:0012514", "HP:0007340"
GIANT_CELLS, LEG_SWELLING = "HP:6000618", "HP:0010741"


@pytest.mark.parametrize("text, denied", [
    ("She denied fever, and pain in the affected leg.", {FEVER, LEG_PAIN}),
    ("She denied fever, and chills, and was admitted.", {FEVER, CHILLS}),
    ("She denied fever, and cough, and leg weakness progressed over 2 days.", {FEVER, COUGH}),
])
def test_a_denial_list_goes_on_until_a_clause_of_its_own(lex, text, denied):
    readings = found(lex, text)
    assert {(hpo, "absent") for hpo in denied} <= readings
    assert not {(hpo, "present") for hpo in denied} & readings


def test_a_clause_of_its_own_after_a_denial_stays_present(lex):
    readings = found(lex, "He denied fever or chills, and leg weakness progressed over 2 days.")
    assert (LEG_WEAKNESS, "present") in readings and (FEVER, "absent") in readings


@pytest.mark.parametrize("text, hpo", [
    ("He had swelling of the affected leg.", LEG_SWELLING),
    ("Pain in the involved leg.", LEG_PAIN),
])
def test_the_affected_limb_is_a_site(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


@pytest.mark.parametrize("text, state", [
    ("Temporal artery biopsy was performed and showed giant cells.", "present"),
    ("Temporal artery biopsy was done and revealed no evidence of giant cells.", "absent"),
    ("A temporal artery biopsy was performed and was negative.", "absent"),
    ("A temporal artery biopsy was performed and was positive.", "present"),
])
def test_a_biopsy_done_and_its_result(lex, text, state):
    readings = found(lex, text)
    assert (GIANT_CELLS, state) in readings
    assert len({s for h, s in readings if h == GIANT_CELLS}) == 1


@pytest.mark.parametrize("text", [
    "Temporal artery biopsy was performed to look for giant cells.",
    "Temporal artery biopsy was performed and the patient was discharged.",
])
def test_a_biopsy_done_without_a_result_gives_none(lex, text):
    assert not {r for r in found(lex, text) if r[0] == GIANT_CELLS}


@pytest.mark.parametrize("text, course", [
    ("She had 20 years of back pain and presented with sudden leg weakness over 2 days.", "acute"),
    ("He had a 9-year history of nephrotic syndrome. He presented with leg pain for 3 days.", "acute"),
    ("A 2-year history of progressive weakness. He presented with numbness.", "chronic"),
    ("He had leg pain for 6 months and presented with sudden worsening.", "chronic"),
])
def test_a_background_of_years_before_the_presentation_is_not_its_course(text, course):
    assert course_of(text)["course"] == course

"""Text to findings, session 44: polarity defects left from earlier reviews and defects found by clinicians testing
new published case texts (each would fail if its bug came back)."""
from __future__ import annotations

import pytest

from legpain_gui.checker.person import age_of, sex_of
from tests.checker.readings import found

ANA, ANCA, RF = "HP:0003493", "HP:0003453", "HP:0002923"
BACTERAEMIA, SEPTIC_ARTHRITIS, VASCULITIS, HEPATITIS = "HP:0031864", "HP:0003095", "HP:0002633", "HP:0012115"


@pytest.mark.parametrize("text, expected", [
    ("ANA and ANCA were checked. They were negative.", {(ANA, "absent"), (ANCA, "absent")}),
    ("ANA, RF and ANCA were performed.", {(ANA, "uncertain"), (RF, "uncertain"), (ANCA, "uncertain")}),
    ("ANA 1:640 and ANCA were checked.", {(ANA, "present"), (ANCA, "uncertain")}),
    ("ANA positive and ANCA were checked.", {(ANA, "present"), (ANCA, "uncertain")}),
    ("HIV and hepatitis serologies were performed. They were negative.", {(HEPATITIS, "absent")}),
    ("Hepatitis serologies were performed.", {(HEPATITIS, "uncertain")}),
])
def test_tests_listed_as_done_take_the_result_said_of_them_all(lex, text, expected):
    readings = found(lex, text)
    assert expected <= readings
    assert not {(hpo, "present") for hpo, state in expected if state != "present"} & readings


def test_a_titre_said_with_a_test_is_its_result(lex):
    assert (ANA, "present") in found(lex, "ANA 1:640.")
    assert (ANA, "absent") in found(lex, "ANA 1:40 was reported.")


@pytest.mark.parametrize("text", [
    "None of the 3 blood cultures grew an organism.",
    "None of the three sets of blood cultures was positive.",
    "Neither blood culture grew anything.",
    "None of his blood cultures were positive, and the fever settled.",
])
def test_blood_cultures_counted_out_are_sterile(lex, text):
    readings = found(lex, text)
    assert (BACTERAEMIA, "absent") in readings
    assert (BACTERAEMIA, "present") not in readings


def test_joint_fluid_counted_out_is_not_a_septic_joint(lex):
    readings = found(lex, "None of the synovial fluid cultures grew bacteria.")
    assert (SEPTIC_ARTHRITIS, "present") not in readings


def test_a_growing_blood_culture_stays_bacteraemia(lex):
    assert (BACTERAEMIA, "present") in found(lex, "Blood cultures grew MRSA.")
    assert (BACTERAEMIA, "present") in found(lex, "Neither the joint fluid culture nor the urine grew anything; blood "
                                                   "cultures grew Staphylococcus aureus.")


@pytest.mark.parametrize("text, vasculitis", [
    ("ANCA excluded vasculitis.", "absent"),
    ("Negative ANCA excluded vasculitis.", "absent"),
    ("Negative ANCA ruled out vasculitis.", "absent"),
    ("ANCA excluded, the biopsy showed vasculitis.", "present"),
])
def test_a_test_that_is_a_finding_excludes_what_follows(lex, text, vasculitis):
    readings = found(lex, text)
    assert (VASCULITIS, vasculitis) in readings
    assert (ANCA, "present") not in readings


def test_pain_and_temperature_lowered_below_a_level_are_modalities(lex):
    readings = found(lex, "Pain and temperature were reduced below T8.")
    assert ("HP:0010829", "present") in readings
    assert ("HP:0012531", "present") not in readings
    assert ("HP:0012531", "present") in found(lex, "Pain and temperature were reduced after treatment.")


@pytest.mark.parametrize("text, sex, age", [
    ("Her 5-year-old son presented with a limp.", "male", 5),
    ("His 3-year-old daughter has had a swollen knee for 2 days.", "female", 3),
    ("A 35-year-old woman says her 5-year-old son is well; she has leg pain.", "female", 35),
])
def test_a_child_introduced_by_a_parent_is_the_patient(text, sex, age):
    assert sex_of(text) == sex
    assert age_of(text) == age

"""Text to findings, session 12: a negation that opens the next item of a list does not reach back over the
items before it; the predicate forms of 'abnormal' and 'unsteady'; a joint named as '<joint> joints' at the
end of a list of sites; and the clinical words added to db/phrases.yaml. Each test fails if its rule is undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract, for_checker

ANAEMIA, FEVER, GAIT, UNSTEADY = "HP:0001903", "HP:0001945", "HP:0001288", "HP:0002317"
ANKLE_PAIN, KNEE_PAIN, ELBOW_PAIN = "HP:0030840", "HP:0030839", "HP:0030835"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text, hpo", [
    ("The work-up disclosed anemia, raised inflammatory markers, and negative serological studies.", ANAEMIA),
    ("He had fever and negative blood cultures.", FEVER),
])
def test_a_negation_opening_the_next_list_item_does_not_reach_back(lex, text, hpo):
    found = _found(lex, text)
    assert (hpo, "present") in found and (hpo, "absent") not in found, found


@pytest.mark.parametrize("text, hpo", [
    ("Fever, rash and arthralgia were absent.", FEVER),
    ("Fever and rash negative.", FEVER),
])
def test_a_negation_after_the_list_still_reaches_every_item(lex, text, hpo):
    assert (hpo, "absent") in _found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("His gait was abnormal.", GAIT), ("The gait was unsteady.", UNSTEADY),
])
def test_a_finding_stated_as_its_noun_then_abnormal_or_unsteady(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_joint_named_with_joints_at_the_end_of_a_list_keeps_its_site(lex):
    found = _found(lex, "He had pain in the ankle, knee, and elbow joints.")
    assert {(ANKLE_PAIN, "present"), (KNEE_PAIN, "present"), (ELBOW_PAIN, "present")} <= found, found


@pytest.mark.parametrize("text, hpo, state", [
    ("She had a febrile illness.", FEVER, "present"),
    ("She was afebrile.", FEVER, "absent"),
    ("Oral ulceration involving her lips.", "HP:0000155", "present"),
    ("Examination showed decreased vibration at the ankles.", "HP:0002495", "present"),
    ("Romberg sign, ataxic gait.", "HP:0002403", "present"),
    ("Romberg sign was negative.", "HP:0002403", "absent"),
    ("She had no bladder or visual symptoms.", "HP:0000009", "absent"),
    ("She had no bladder or visual symptoms.", "HP:0000504", "absent"),
    ("Tingling and radiating pain in the right leg.", "HP:6000684", "present"),
    ("A left drop-foot evolving for two weeks.", "HP:0009027", "present"),
    ("Saddle hypoparesthesia and urine retention.", "HP:0034982", "present"),
    ("Saddle hypoparesthesia and urine retention.", "HP:0000016", "present"),
    ("She was unable to void.", "HP:0000016", "present"),
    ("Sudden inability to ambulate.", "HP:0002540", "present"),
    ("Sensory disturbance of the limbs.", "HP:0003474", "present"),
    ("A history of ischemic heart disease.", "HP:0001677", "present"),
    ("MRI showed an epidural abscess at L4-5.", "HP:0033181", "present"),
    ("He was unable to bear weight on the left leg.", "HP:0031955", "present"),
    ("She had difficulty rising from a chair.", "HP:0008994", "present"),
])
def test_clinical_words_added_to_the_phrases(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Nerve conduction studies were normal.", "HP:0003134"),
    ("The EMG was normal.", "HP:0003457"),
    ("His gait was normal.", GAIT),
])
def test_a_test_reported_normal_gives_its_abnormal_term_absent(lex, text, hpo):
    assert (hpo, "absent") in _found(lex, text)


def test_a_body_part_reported_normal_is_not_read_as_no_abnormality(lex):
    """'The lumbar spine was normal' on imaging must not mark 'Abnormality of the vertebral column' absent: HPO files
    back pain under it, and an absent term rules out everything below it."""
    assert not any(h == "HP:0000925" for h, _ in _found(lex, "MRI of the lumbar spine was normal."))


@pytest.mark.parametrize("text, hpo", [
    ("Absent right ankle jerk.", "HP:0003438"), ("Reduced right knee reflex.", "HP:0011808"),
])
def test_a_side_between_a_result_and_its_finding(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_side_after_a_descriptor_keeps_the_descriptor_reading(lex):
    """'swollen left knee' stays the site's swelling (joint swelling), not the lay words 'swollen knee'."""
    assert ("HP:0001386", "present") in _found(lex, "A swollen left knee.")


def test_a_denied_history_is_the_patients_absent_finding(lex):
    """'No history of fever': the patient never had it, so not now either; it reaches the checker as absent."""
    text = "There was no history of fever, rash or pain."
    assert {("HP:0001945", "absent"), ("HP:0000988", "absent")} <= _found(lex, text)
    assert "HP:0001945" in for_checker(extract(lex, text))[1]
    assert "HP:0002625" not in for_checker(extract(lex, "She had a history of deep vein thrombosis."))[0]


@pytest.mark.parametrize("text, hpo", [
    ("Tests showed the elevation of creatine kinase.", "HP:0003236"), ("There was an increase in CRP.", "HP:0011227"),
])
def test_a_rise_named_as_a_noun(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Known IHD.", "HP:0001677"), ("History of CAD.", "HP:0001677"), ("Raised WCC.", "HP:0001974"),
    ("T2DM on metformin.", "HP:0005978"), ("On warfarin for AF.", "HP:0005110"), ("Previous MI.", "HP:0001677"),
])
def test_comorbidity_shorthand_is_the_patients(lex, text, hpo):
    assert hpo in for_checker(extract(lex, text))[0]


def test_af_in_lower_case_is_not_atrial_fibrillation(lex):
    assert not any(h == "HP:0005110" for h, _ in _found(lex, "The af was noted."))


@pytest.mark.parametrize("text, hpos", [
    ("The foot was cold and blue.", {"HP:0000961", "HP:0033850"}),
    ("The toes were blue.", {"HP:0000961"}),
    ("The foot was pale and cold.", {"HP:0000980", "HP:0033850"}),
])
def test_colour_and_temperature_said_of_a_site(lex, text, hpos):
    assert {(h, "present") for h in hpos} <= _found(lex, text)

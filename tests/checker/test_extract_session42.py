"""Text to findings, session 42: defects found by clinicians testing new published case texts (each would fail if its
bug came back)."""
from __future__ import annotations

import pytest

from legpain_gui.checker.course import course_of
from legpain_gui.checker.person import age_of, sex_of
from tests.checker.readings import contexts, found


@pytest.mark.parametrize("text, present, absent", [
    ("There was no fever and unilateral leg swelling was noted.", "HP:0010741", "HP:0001945"),
    ("She had no rash and left-sided weakness.", "HP:0001324", "HP:0000988"),
    ("With no objective sensory disturbance and unilateral right upper limb weakness, she was referred.", "HP:0003484",
     "HP:0003474"),
])
def test_a_side_after_and_opens_the_patients_own_finding(lex, text, present, absent):
    readings = found(lex, text)
    assert (present, "present") in readings
    assert (absent, "absent") in readings


@pytest.mark.parametrize("text, absent", [
    ("There was no fever, chills and right or left leg pain.", "HP:0012514"),
    ("No rash, fever or left-sided weakness.", "HP:0001324"),
])
def test_a_side_inside_a_list_of_negatives_stays_negated(lex, text, absent):
    assert (absent, "absent") in found(lex, text)


LONG_LIST = ("Specific investigations such as viral markers for hepatitis C virus (HCV), hepatitis B virus, and human "
             "immunodeficiency virus; rheumatoid factor (RF), antinuclear antibody, antineutrophilic cytoplasmic "
             "antibodies, antiphospholipid antibodies, and serum complement levels of C3 and C4 did not reveal any "
             "abnormality.")


@pytest.mark.parametrize("hpo", ["HP:0410371", "HP:0006562", "HP:0002923", "HP:0003493", "HP:0003453", "HP:0003613"])
def test_a_verdict_after_two_lists_of_tests_reaches_every_test(lex, hpo):
    assert (hpo, "absent") in found(lex, LONG_LIST)


def test_a_test_with_its_own_positive_result_stays_positive_before_a_semicolon(lex):
    readings = found(lex, "Tests for hepatitis B were positive; ANA and RF were negative.")
    assert ("HP:0006562", "present") in readings and ("HP:0003493", "absent") in readings


def test_no_abnormality_after_a_positive_test_leaves_it_positive(lex):
    assert ("HP:0002923", "present") in found(lex, "Rheumatoid factor was positive but the MRI did not reveal any abnormality.")


@pytest.mark.parametrize("text, absent", [
    ("There was dissociated sensory loss below T4 in which sensory perception of vibration and touch was preserved.",
     {"HP:0002495", "HP:0010830"}),
    ("Loss of pinprick below T10; vibration sense was preserved.", {"HP:0002495"}),
])
def test_a_sense_said_preserved_after_it_is_spared(lex, text, absent):
    readings = found(lex, text)
    assert all((hpo, "absent") in readings for hpo in absent)
    assert not any((hpo, "present") in readings for hpo in absent)


def test_a_structured_abstracts_diagnosis_heading_over_the_examination_is_the_patients(lex):
    text = ("Patient concerns: A 30-year-old woman had back pain. Diagnosis: On arrival, she was noted to have flaccid "
            "paralysis in both lower limbs, reduced anal tone and saddle anesthesia. Interventions: surgery.")
    read = contexts(lex, text)
    assert read["HP:0034917"] == read["HP:0034982"] == "patient"
    assert contexts(lex, "Diagnosis: cellulitis. 70M with a hot red shin.")["HP:0100658"] == "general"


@pytest.mark.parametrize("text, hpo", [
    ("The NIH stroke scale (NIHSS) score was 6 on admission.", "HP:0001297"),
    ("This is common in people participating in activities involving lumbar hyperextension.", "HP:0001254"),
])
def test_words_that_name_no_finding(lex, text, hpo):
    assert hpo not in {h for h, _ in found(lex, text)}


@pytest.mark.parametrize("text, hpo, state", [
    ("She was diagnosed with pyomyositis of the thigh.", "HP:0100614", None),
    ("Severe muscle pain in her limbs and general weakness.", "HP:0003324", "present"),
    ("She had suicidal tendencies.", "HP:0031589", "present"),
    ("She complained of perianal pain.", "HP:0500005", "present"),
    ("There was a draining perianal abscess.", "HP:0009789", "present"),
    ("There was no open wound.", "HP:0032674", "absent"),
    ("She was unable to mobilize or leave her bed for one week.", "HP:0002540", "present"),
    ("Symptoms commenced with swelling of both feet associated with pain.", "HP:0010741", "present"),
])
def test_phrases_of_session_42(lex, text, hpo, state):
    readings = found(lex, text)
    assert any(h == hpo and (state is None or s == state) for h, s in readings)


@pytest.mark.parametrize("text, state", [
    ("Suspecting inflammatory bowel disease, upper gastrointestinal endoscopy was done.", "uncertain"),
])
def test_suspecting_hedges_what_follows(lex, text, state):
    assert ("HP:0002037", state) in found(lex, text)


@pytest.mark.parametrize("text", [
    "Suspected septic arthritis, we aspirated the swollen knee.",
    "Suspecting septic arthritis, we aspirated the swollen knee.",
])
def test_a_hedge_stops_at_a_comma_before_a_new_subject(lex, text):
    readings = found(lex, text)
    assert ("HP:0003095", "uncertain") in readings and ("HP:0001386", "present") in readings


def test_a_bound_is_not_the_patients_age_nor_the_illness_length():
    text = ("We present a case in a person over 40 years old. A 43-year-old male went surfing for the first time and "
            "developed leg weakness.")
    assert age_of(text) == 43
    assert course_of(text) is None


def test_the_length_of_labour_is_not_the_illness_course():
    assert course_of("She developed ascending paralysis after 8 h of uncomplicated labour at term.") is None


@pytest.mark.parametrize("text", ["A 28-year-old gravida four para three developed leg weakness.",
                                  "A 28-year-old primigravida developed leg weakness."])
def test_a_gravida_is_female(text):
    assert sex_of(text) == "female"


@pytest.mark.parametrize("text, hpo, state", [
    ("The serum CK level increased to 9,594 U/L.", "HP:0030234", "present"),  # highly elevated, not only raised
    ("Blood urea nitrogen 62 mg/dL.", "HP:0003138", "present"),
    ("CT scanning of the abdomen revealed diffuse duodenal and jejunal oedema and thickening.", "HP:0005225", "present"),
    ("Severe colicky abdominal pain and appetite loss developed.", "HP:0004396", "present"),
])
def test_values_and_terms_of_session_42(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Serum CK level increased to 300 U/L.", "HP:0030234"),  # raised, not highly
    ("BUN 18 mg/dL.", "HP:0003138"),
    ("CT revealed duodenal oedema.", "HP:0000969"),  # the bowel's, not the limbs' oedema
])
def test_not_read_beyond_what_is_written(lex, text, hpo):
    assert hpo not in {h for h, _ in found(lex, text)}


def test_values_in_a_bracket_after_what_the_authors_call_normal_are_not_read_abnormal(lex):
    text = "Investigations revealed a normal hemogram (Hb 11.2 g/ dL, WBC 12,600/mm, platelet 340,000/mm)."
    assert ("HP:0001974", "present") not in found(lex, text)
    assert ("HP:0003565", "present") in found(lex, "Raised inflammatory markers (CRP 120 mg/L, ESR 80 mm/h).")


@pytest.mark.parametrize("text, hpo, state", [
    ("Serotonin release assay later confirmed HIT.", "HP:0011874", "present"),
    ("There was marked limb swelling with limb mottling.", "HP:0001070", "present"),
    ("Imaging revealed a left iliacus muscle hematoma.", "HP:0012233", "present"),
    ("She had difficulty with hip flexion.", "HP:0012515", "present"),
    ("She had positive anti-Sjögren's syndrome-related antigen A autoantibodies.", "HP:0033555", "present"),
    ("Anti-Sjögren's syndrome Type B autoantibodies were positive.", "HP:0032235", "present"),
    ("Biopsy showed non-necrotizing epithelioid cell granulomas.", "HP:0012220", "present"),
    ("She passed red-brownish urine.", "HP:0040319", "present"),
])
def test_terms_found_by_the_second_round_of_session_42(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


def test_a_disease_event_denied_at_follow_up_does_not_deny_the_disease(lex):
    text = "She was diagnosed with lupus. Lupus reactivation was not present during the subsequent six-month follow-up."
    assert ("HP:0002725", "absent") not in found(lex, text)


def test_hit_as_a_verb_is_no_thrombocytopenia(lex):
    assert not found(lex, "He was hit by a car.")


# review 1 of session 42: each row read wrongly before its guard
@pytest.mark.parametrize("text, hpo", [
    ("Doppler ultrasound of the painful swollen left leg revealed no abnormality.", "HP:0010741"),
    ("X-ray of the painful knee showed no abnormality.", "HP:0002829"),
    ("Nerve conduction studies of the weak legs did not show any abnormality.", "HP:0007340"),
])
def test_an_imaging_verdict_does_not_deny_the_symptom_it_was_ordered_for(lex, hpo, text):
    assert (hpo, "absent") not in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("She denied fever, chest pain and left leg swelling.", "HP:0010741"),
    ("The patient denied any fever, chills, night sweats and left leg pain.", "HP:0012514"),
    ("No facial droop, dysarthria and left-sided weakness.", "HP:0001324"),
    ("Negative for fever, rash and unilateral leg swelling.", "HP:0010741"),
])
def test_a_side_on_the_last_item_of_a_denied_list_stays_denied(lex, text, hpo):
    assert (hpo, "absent") in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("No chest pain, she says, or shortness of breath.", "HP:0002094"),
    ("She had not noticed any swelling, she said, or redness of the leg.", "HP:0010783"),
])
def test_a_reporting_aside_does_not_cut_a_denied_list(lex, text, hpo):
    assert (hpo, "absent") in found(lex, text)


def test_a_sentence_opening_hedge_ends_at_its_comma(lex):
    readings = found(lex, "Suspecting compartment syndrome, fasciotomy was performed for the tense swollen calf.")
    assert ("HP:0003725", "uncertain") in readings and ("HP:0003725", "present") in readings
    listed = found(lex, "Suspecting DVT, cellulitis or a ruptured Baker's cyst, we requested an ultrasound.")
    assert ("HP:0100658", "uncertain") in listed


@pytest.mark.parametrize("text", [
    "Aim: To describe the frequency of compartment syndrome and foot drop on examination after tibial fracture. "
    "A 22-year-old man had a tibial fracture.",
    "Diagnosis: Compartment syndrome is diagnosed on examination by pain on passive stretch. A 25-year-old man.",
])
def test_a_general_heading_stays_general_without_the_patient_as_subject(lex, text):
    assert contexts(lex, text)["HP:0003725"] == "general"


def test_a_pregnant_partner_does_not_make_the_patient_female():
    assert sex_of("28-year-old, right calf pain after a long-haul flight. Partner 30 weeks pregnant.") != "female"


def test_a_bound_age_stands_when_it_is_the_only_one():
    assert age_of("An elderly man over 90 years old was admitted with a cold left leg.") == 90


@pytest.mark.parametrize("text, hpo, state", [
    ("Anti-AQP4 and anti-MOG antibodies were persistently absent in the serum and cerebrospinal fluid (CSF).",
     "HP:0033342", "absent"),
    ("Anti-AQP4 antibodies were absent in the serum and cerebrospinal fluid.", "HP:0033342", "absent"),
    ("Oligoclonal bands were present in CSF but absent in serum.", "HP:6000397", "present"),
    ("There was no skin rash and no lymphadenectasis.", "HP:0002716", "absent"),
    ("Examination revealed a stiff neck, weakened tendon reflex and positive Kernig's sign.", "HP:0001315", "present"),  # read as reduced (s43)
    ("On admission, his serum inflammatory indicators were elevated.", "HP:0033331", "present"),
    ("Response was achieved with corticosteroid treatment and relapsed after cessation.", "HP:0031796", "present"),
])
def test_readings_of_the_third_round_of_session_42(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


def test_an_age_written_without_old():
    assert age_of("A 32-year-male patient presented with weakness.") == 32


@pytest.mark.parametrize("text, hpo, state", [
    ("He presented with two weeks of a viral prodrome followed by bilateral calf pain.", "HP:4000145", "present"),
    ("He was lethargic, pale and mildly dehydrated.", "HP:0001944", "present"),
    ("He denied intercurrent or preceding illness.", "HP:4000145", "absent"),
    ("There was sensory dysfunction from the T3 level.", "HP:0003474", "present"),
])
def test_readings_of_the_fourth_round_of_session_42(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


def test_a_recent_illness_before_the_complaint_is_no_treatment(lex):
    assert contexts(lex, "Two weeks of a viral prodrome followed by bilateral calf pain.")["HP:4000145"] == "patient"
    assert contexts(lex, "He was treated with heparin followed by warfarin.")["HP:0034896"] == "treatment"


def test_an_age_written_without_hyphens():
    assert age_of("A previously healthy 10yearold girl had hip pain.") == 10


# review 2 of session 42: each row read wrongly before its guard
@pytest.mark.parametrize("text, hpo, state", [
    ("Doppler ultrasound was negative for DVT and left calf swelling persisted.", "HP:0010741", "present"),
    ("Negative for fever, rash and unilateral leg swelling.", "HP:0010741", "absent"),
    ("Routine bloods were unremarkable (apart from CK 48,000 U/L).", "HP:0030235", "present"),
    ("Suspected DVT, PE.", "HP:0002204", "uncertain"),
    ("Suspected septic arthritis, the knee was hot, red and swollen.", "HP:0001386", "present"),
    ("She had a spinal epidural abscess (SEA). MRI showed the SEA at T10.", "HP:0033181", "present"),
    ("Urinalysis showed 3+ blood with 20-30 red cells per high-power field; no dysmorphic red cells were seen.",
     "HP:0000790", "present"),
    ("Urine microscopy showed isomorphic red cells without dysmorphic red blood cells.", "HP:0032957", "absent"),
    ("Oligoclonal bands were absent in the serum and CSF-restricted bands were detected.", "HP:6000397", "present"),
    ("Serotonin release assay later confirmed HIT.", "HP:0011874", "present"),
])
def test_review_two_readings(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("He had recently returned from a backpacking trip in SEA.", "HP:0033181"),
    ("In the two weeks preceding illness onset, he had travelled to Thailand.", "HP:4000145"),
    ("28M PEDESTRIAN HIT BY CAR. LEFT LOWER LEG PAIN.", "HP:0011874"),
    ("Blood routine and inflammatory indicators were examined on admission.", "HP:0033331"),
    ("The specimen was fixed in formalin, dehydrated and embedded in paraffin.", "HP:0001944"),
    ("Her alcohol use relapsed after discharge.", "HP:0031796"),
    ("Urinalysis showed 3+ blood; no dysmorphic red cells were seen.", "HP:0000790"),  # not absent (below)
])
def test_review_two_not_read(lex, text, hpo):
    readings = found(lex, text)
    assert (hpo, "absent") not in readings if hpo == "HP:0000790" else hpo not in {h for h, _ in readings}


def test_review_two_diagnosis_heading_opening_on_admission_is_the_patients(lex):
    text = "Diagnosis: On admission, physical examination revealed a tense swollen calf and absent foot pulses."
    assert contexts(lex, text)["HP:0003725"] == "patient"


@pytest.mark.parametrize("text", [
    "He presented with calf pain after a flight. DVT is rare in children under 10 years old.",
    "Patients over 50 years old are at higher risk. The patient presented with a swollen left calf.",
])
def test_a_population_bound_is_not_the_patients_age(text):
    assert age_of(text) is None


# review 3 of session 42
@pytest.mark.parametrize("text, hpo, state", [
    ("Review of systems was negative for fever and left leg swelling.", "HP:0010741", "absent"),
    ("MRI was negative for cord compression and left leg weakness progressed.", "HP:0007340", "present"),
    ("Suspected DVT, a ruptured Baker's cyst or cellulitis.", "HP:0100658", "uncertain"),
])
def test_review_three_readings(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


def test_a_denied_lupus_reactivation_does_not_deny_the_lupus(lex):
    assert ("HP:0002725", "absent") not in found(lex, "There was no evidence of lupus reactivation.")


@pytest.mark.parametrize("text, present", [
    ("He had muscle pain and weakness with serum CK levels within normal limits.", "HP:0003326"),
    ("He had myalgia, CK was normal.", "HP:0003326"),
    ("He had myalgia and CK was within normal limits.", "HP:0003326"),
])
def test_a_normal_analyte_after_a_symptom_is_the_analytes_own_result(lex, text, present):
    readings = found(lex, text)
    assert (present, "present") in readings and ("HP:0003236", "absent") in readings


@pytest.mark.parametrize("text, absent", [
    ("No myalgia, CK was normal.", "HP:0003326"),
    ("Myalgia and weakness were absent and CK was normal.", "HP:0003326"),
    ("Thrombocytopenia was unlikely because the platelet count was normal.", "HP:0001873"),
])
def test_a_symptom_denied_before_a_normal_analyte_stays_denied(lex, text, absent):
    assert (absent, "present") not in found(lex, text)

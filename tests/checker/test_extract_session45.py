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


DVT, CELLULITIS, RHABDO, COMPARTMENT = "HP:0002625", "HP:0100658", "HP:0003201", "HP:0003725"


@pytest.mark.parametrize("text, hpos", [
    ("He was evaluated for deep vein thrombosis.", {DVT}),
    ("Evaluation for acute compartment syndrome ensued.", {COMPARTMENT}),
    ("He was evaluated for cellulitis and rhabdomyolysis.", {CELLULITIS, RHABDO}),
    ("She was worked up for DVT.", {DVT}),
    ("He was examined for signs of compartment syndrome.", {COMPARTMENT}),
    ("She was assessed for DVT, cellulitis or compartment syndrome.", {DVT, CELLULITIS, COMPARTMENT}),
])
def test_a_diagnosis_being_worked_up_is_no_finding_yet(lex, text, hpos):
    readings = found(lex, text)
    assert {(hpo, "uncertain") for hpo in hpos} <= readings
    assert not {(hpo, "present") for hpo in hpos} & readings


def test_a_complaint_evaluated_is_the_patient_s(lex):
    readings = found(lex, "He was evaluated for leg pain and weakness.")
    assert {(LEG_PAIN, "present"), (LEG_WEAKNESS, "present")} <= readings


def test_a_complaint_assessed_is_the_patient_s(lex):
    assert ("HP:0001288", "present") in found(lex, "An 89-year-old woman was assessed for an acute gait disturbance.")


STATIN, MYALGIA, CK, ALT, AST, LDH = "HP:4000114", "HP:0003326", "HP:0003236", "HP:0031964", "HP:0031956", "HP:0025435"


@pytest.mark.parametrize("text", [
    "Myalgias did not subside after simvastatin withdrawal.",
    "The pain did not disappear after stopping atorvastatin.",
    "The weakness did not regress after stopping rosuvastatin.",
    "The muscle pain did not go away after statin discontinuation.",
    "The myalgias did not diminish after simvastatin was discontinued.",
])
def test_symptoms_that_outlast_a_stopped_statin_keep_the_statin(lex, text):
    readings = found(lex, text)
    assert (STATIN, "present") in readings
    assert (STATIN, "absent") not in readings


@pytest.mark.parametrize("text, expected", [
    ("CK remained elevated after statin discontinuation.", {(CK, "present")}),
    ("CK remained high.", {(CK, "present")}),
    ("CK and ALT were moderately elevated.", {(CK, "present"), (ALT, "present")}),
    ("CK, AST and ALT were moderately elevated.", {(CK, "present"), (AST, "present"), (ALT, "present")}),
    ("CK and LDH remained elevated.", {(CK, "present"), (LDH, "present")}),
])
def test_a_result_after_a_degree_or_remained_is_read(lex, text, expected):
    assert expected <= found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Exercise-induced pain in the left calf that improved with rest.", "HP:0004417"),
    ("Calf pain after exercise, relieved by rest.", "HP:0004417"),
    ("Calf pain after running, relieved by rest.", "HP:0003738"),
])
def test_exercise_is_exertion_once_normalised(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


@pytest.mark.parametrize("text", ["Hepatitis, CMV serologies were negative.", "Hepatitis and HIV tests were negative."])
def test_hepatitis_named_in_a_list_of_negative_tests_is_absent(lex, text):
    readings = found(lex, text)
    assert ("HP:0012115", "absent") in readings and ("HP:0012115", "present") not in readings


def test_a_test_that_diagnosed_names_a_diagnosis_but_criteria_met_stay_the_patient_s(lex):
    from tests.checker.readings import contexts
    said = contexts(lex, "An exertion test and compartment pressure test diagnosed exercise-induced compartment syndrome.")
    assert said.get(COMPARTMENT) == "diagnosis"
    assert contexts(lex, "The findings met the criteria for rhabdomyolysis.").get(RHABDO) == "patient"  # an emergency's state


@pytest.mark.parametrize("text, age, sex", [
    ("A patient presented with knee pain. 18F-FDG PET-CT revealed hypermetabolic lesions.", None, None),
    ("A patient presented with knee pain. 18F FDG PET-CT revealed lesions.", None, None),
    ("A patient presented with knee pain. [18F]FDG PET-CT revealed lesions.", None, None),
    ("A patient had knee pain. 18F\u2010FDG PET showed uptake.", None, None),
    ("A patient had knee pain. 18F\u2013FDG PET showed uptake.", None, None),
    ("34F with calf pain.", 34, "female"),
    ("58M, leg pain.", 58, "male"),
])
def test_a_tracer_s_name_is_no_age_or_sex(text, age, sex):
    from legpain_gui.checker.person import age_of, sex_of
    assert age_of(text) == age and sex_of(text) == sex


@pytest.mark.parametrize("text, expected", [
    ("She had acute monoarthritis of the knee.", ("HP:0001369", "present")),
    ("Inability to weight bear.", ("HP:0031955", "present")),
    ("Lupus anti-coagulants were negative.", ("HP:0025343", "absent")),
    ("He had twitching of the calves.", ("HP:0002380", "present")),
])
def test_phrases_of_session_45(lex, text, expected):
    assert expected in found(lex, text)


@pytest.mark.parametrize("text, wrong", [
    ("He had twitching of the calves.", "HP:0010546"),  # fibrillation potentials: only an EMG shows them
    ("Nitrogen retention was noted.", "HP:0000016"),  # urinary retention
    ("Lupus anti-coagulants were negative.", "HP:0002725"),  # SLE
])
def test_words_that_are_not_the_finding_they_look_like(lex, text, wrong):
    assert wrong not in {h for h, _ in found(lex, text)}


HAEMATURIA, EOSINOPHILIA, ANCA = "HP:0000790", "HP:0001880", "HP:0032230"


@pytest.mark.parametrize("text, state", [
    ("Urine showed 30-40 red blood cells per high power field.", "present"),
    ("Urinalysis: RBC 30-40/hpf.", "present"),
    ("Urine microscopy showed 15 RBCs/hpf.", "present"),
    ("Urinalysis showed 2 RBC/hpf.", "absent"),
    ("Urine: 0-2 RBCs/HPF.", "absent"),
])
def test_red_cells_counted_per_high_power_field(lex, text, state):
    readings = {r for r in found(lex, text) if r[0] == HAEMATURIA}
    assert readings == {(HAEMATURIA, state)}


def test_a_count_across_the_limit_says_neither(lex):
    assert not {r for r in found(lex, "2-5 RBC/hpf.") if r[0] == HAEMATURIA}


@pytest.mark.parametrize("text", ["Eosinophil count was within normal limits.", "Eosinophil count was normal."])
def test_a_normal_eosinophil_count_is_no_eosinophilia(lex, text):
    assert (EOSINOPHILIA, "absent") in found(lex, text)


@pytest.mark.parametrize("text, state", [
    ("Anti-neutrophil cytoplasm antibodies were negative.", "absent"),
    ("Anti-neutrophil cytoplasmic antibodies were positive.", "present"),
])
def test_anca_spelled_out_with_a_hyphen(lex, text, state):
    assert (ANCA, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("red and swollen eyes", "HP:0025337"),
    ("Her eyes were red and swollen.", "HP:0025337"),
    ("The left knee was red, hot and swollen.", "HP:0010783"),
])
def test_red_is_read_at_its_site(lex, text, hpo):
    readings = found(lex, text)
    assert (hpo, "present") in readings
    assert ("HP:0010783" in {h for h, _ in readings}) == (hpo == "HP:0010783")


@pytest.mark.parametrize("text, denied", [
    ("He denied having had fever.", {FEVER}),
    ("She denied ever having had red urine or bladder incontinence.", {"HP:0040318", "HP:0000020"}),
    ("She reported never having had fever.", {FEVER}),
])
def test_having_had_opens_no_clause_of_its_own(lex, text, denied):
    readings = found(lex, text)
    assert {(hpo, "absent") for hpo in denied} <= readings
    assert not {(hpo, "present") for hpo in denied} & readings


def test_a_denial_still_ends_at_a_clause_that_had_a_finding(lex):
    readings = found(lex, "He denied having had fever, and had leg pain.")
    assert (FEVER, "absent") in readings and (LEG_PAIN, "present") in readings


@pytest.mark.parametrize("text, hpo, state", [
    ("There was no durable change in neurogenic claudication.", "HP:0031952", "present"),
    ("No clinical improvement in leg weakness was seen.", LEG_WEAKNESS, "present"),
    ("The patient may be experiencing seizures.", "HP:0001250", "uncertain"),
])
def test_unchanged_findings_go_on_and_experiencing_may_be_hedged(lex, text, hpo, state):
    assert {r for r in found(lex, text) if r[0] == hpo} == {(hpo, state)}


@pytest.mark.parametrize("text, hpo", [
    ("CT showed a splenic infarct.", "HP:0034336"),
    ("He had a splenic abscess.", "HP:0025059"),
])
def test_an_article_is_not_joined_to_the_next_word(lex, text, hpo):
    readings = found(lex, text)
    assert (hpo, "present") in readings and "HP:0001746" not in {h for h, _ in readings}  # asplenia


@pytest.mark.parametrize("text, expected", [
    ("He had a myocardial infarct.", ("HP:0001658", "present")),
    ("She had oral aphthous and genital lesions.", ("HP:0000155", "present")),
    ("Surgery found epidural pus.", ("HP:0033181", "present")),
])
def test_more_phrases_of_session_45(lex, text, expected):
    assert expected in found(lex, text)


def test_papillary_muscle_necrosis_is_the_heart_s(lex):
    assert "HP:0003713" not in {h for h, _ in found(lex, "Papillary muscle necrosis was found.")}


@pytest.mark.parametrize("text, course", [
    ("He completed a six-month course of febuxostat and presented with knee pain.", None),
    ("A 2-week course of progressive weakness.", "acute"),
])
def test_a_course_of_a_drug_is_the_drug_s_time(text, course):
    assert (course_of(text) or {}).get("course") == course


@pytest.mark.parametrize("text, hpo", [
    ("She denied chills, and leg weakness, numbness and back pain developed.", LEG_WEAKNESS),
    ("She denied trauma, and calf pain, swelling and erythema were present.", "HP:0031921"),
    ("She denied fever, and her leg pain, which started 3 days ago, worsened.", LEG_PAIN),
    ("He denied fever, and leg swelling, present for 3 days, was his main complaint.", LEG_SWELLING),
    ("She denied fever, and back pain, radiating to the left leg, started 2 weeks ago.", "HP:0003418"),
])
def test_a_finding_after_a_denial_with_a_clause_of_its_own_past_a_comma_is_present(lex, text, hpo):
    readings = found(lex, text)
    assert (hpo, "present") in readings and (hpo, "absent") not in readings


def test_leg_pain_with_associated_swelling_is_still_denied(lex):
    assert (LEG_PAIN, "absent") in found(lex, "He denied fever, and leg pain with associated swelling.")


@pytest.mark.parametrize("text", [
    "She had leg pain for 2 years and presented to the emergency department 3 days ago.",
    "A 50-year-old man with a 2-year history of progressive leg weakness presented to our clinic 2 weeks ago.",
    "Progressive leg weakness for 2 years; he was admitted 5 days ago for further evaluation.",
    "He had claudication for 3 years and presented with a fall 2 days ago.",
])
def test_a_visit_s_date_is_not_a_new_course(text):
    assert course_of(text)["course"] == "chronic"


@pytest.mark.parametrize("text, hpo", [
    ("He was evaluated for bilateral knee arthritis.", "HP:0001369"),
    ("He was evaluated for anemia and thrombocytopenia.", "HP:0001903"),
    ("He was evaluated for hypokalemia.", "HP:0002900"),
])
def test_a_complaint_or_result_evaluated_stays_present(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("She was evaluated in the emergency department for DVT.", DVT),
    ("He was evaluated for the presence of compartment syndrome.", COMPARTMENT),
    ("She was evaluated for PE.", "HP:0002204"),
    ("He was evaluated for hepatitis C.", "HP:0410371"),
])
def test_more_ways_to_work_up_a_diagnosis(lex, text, hpo):
    readings = found(lex, text)
    assert (hpo, "uncertain") in readings and (hpo, "present") not in readings


def test_myoclonic_twitching_is_myoclonus(lex):
    readings = found(lex, "He had myoclonic twitching.")
    assert ("HP:0001336", "present") in readings and "HP:0002380" not in {h for h, _ in readings}


@pytest.mark.parametrize("text, hpo, context", [
    ("She was diagnosed with numbness in both legs.", "HP:0033748", "patient"),
    ("She was diagnosed with leg pain.", LEG_PAIN, "patient"),
    ("He was diagnosed with gout.", "HP:0001997", "diagnosis"),
    ("She was diagnosed with erythema nodosum.", "HP:0012219", "diagnosis"),
])
def test_a_complaint_diagnosed_is_the_patient_s_a_disease_diagnosed_is_a_diagnosis(lex, text, hpo, context):
    from tests.checker.readings import contexts
    assert contexts(lex, text).get(hpo) == context


@pytest.mark.parametrize("text", ["Distal upper limb power was normal.", "Proximal lower limb power was normal."])
def test_normal_power_of_part_of_a_limb_is_not_the_whole_limb_s(lex, text):
    assert not {r for r in found(lex, text) if r[1] == "absent"}


def test_normal_power_of_the_whole_limb_still_reads(lex):
    assert ("HP:0003484", "absent") in found(lex, "Upper limb power was normal.")


@pytest.mark.parametrize("text", ["Range of motion was restricted.", "Range of motion was limited in the right knee."])
def test_range_of_motion_restricted_or_limited(lex, text):
    assert ("HP:0001376", "present") in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("She denied any trauma, having had progressive leg swelling for 1 week.", LEG_SWELLING),
    ("He denied fever or chills, having had calf pain for 2 days.", "HP:0031921"),
    ("No history of trauma, having had leg pain for 2 weeks.", LEG_PAIN),
])
def test_having_had_after_a_comma_is_the_patient_s(lex, text, hpo):
    readings = found(lex, text)
    assert (hpo, "present") in readings and (hpo, "absent") not in readings


@pytest.mark.parametrize("text, hpo", [
    ("He denied fever, and chills, when questioned.", CHILLS),
    ("She denied fever, and calf pain, as noted above.", "HP:0031921"),
    ("He denied fever, and night sweats, until admitted.", "HP:0030166"),
    ("She denied fever, and chills, and leg pain, when asked.", LEG_PAIN),
])
def test_an_adverbial_after_a_denied_item_is_no_verb_of_its_own(lex, text, hpo):
    readings = found(lex, text)
    assert (hpo, "absent") in readings and (hpo, "present") not in readings


@pytest.mark.parametrize("text", ["He denied fever, and described calf pain.", "He denied fever, and endorsed calf pain."])
def test_a_verb_of_its_own_before_the_item_ends_the_denial(lex, text):
    readings = found(lex, text)
    assert ("HP:0031921", "present") in readings and (FEVER, "absent") in readings


@pytest.mark.parametrize("text, hpo, state", [
    ("The Wells criteria for PE were not met.", "HP:0002204", "uncertain"),
    ("Diagnostic criteria for compartment syndrome include pain out of proportion.", COMPARTMENT, "uncertain"),
    ("She met the criteria for rhabdomyolysis.", RHABDO, "present"),
    ("He did not meet the criteria for SLE.", "HP:0002725", "uncertain"),
])
def test_criteria_named_and_criteria_met(lex, text, hpo, state):
    assert {r for r in found(lex, text) if r[0] == hpo} == {(hpo, state)}


@pytest.mark.parametrize("text, state", [("Urine: <3 RBC/hpf.", "absent"), ("Urine: >50 RBC/hpf.", "present")])
def test_a_count_s_sign_is_read(lex, text, state):
    assert {r for r in found(lex, text) if r[0] == HAEMATURIA} == {(HAEMATURIA, state)}


@pytest.mark.parametrize("text", ["Stool microscopy showed 10-15 RBC/hpf.", "CSF showed 20 RBC/hpf."])
def test_another_fluid_s_red_cells_are_no_haematuria(lex, text):
    assert HAEMATURIA not in {h for h, _ in found(lex, text)}


@pytest.mark.parametrize("text, hpo, state", [
    ("He was evaluated for venous thromboembolism.", "HP:0001907", "uncertain"),
    ("She was evaluated for thrombophlebitis.", "HP:0004418", "uncertain"),
    ("He was evaluated in hospital for a DVT, which was confirmed on ultrasound.", DVT, "present"),
])
def test_evaluated_for_more_diagnoses_and_a_confirmed_one(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, course", [
    ("She had 20 years of back pain and presented to the emergency department with sudden leg weakness.", "acute"),
    ("He had a 10-year history of back pain and was admitted to hospital with leg weakness over 3 days.", "acute"),
    ("She had back pain for 5 years and presented with leg weakness that started 3 days ago.", "acute"),
    ("A 3-month course of fatigue and leg pain.", "subacute"),
])
def test_more_courses_after_a_background(text, course):
    assert course_of(text)["course"] == course


def test_exertional_running_pain_is_no_claudication(lex):
    readings = found(lex, "Exertional calf pain after running, relieved by rest.")
    assert ("HP:0004417", "present") not in readings


@pytest.mark.parametrize("text, age, sex", [
    ("A 67M PET-CT showed uptake.", 67, "male"),
    ("A patient had knee pain. 18F fluciclovine PET showed uptake.", None, None),
    ("A patient had knee pain. 18F NaF PET showed uptake.", None, None),
])
def test_more_tracers_and_a_scan_after_an_age(text, age, sex):
    from legpain_gui.checker.person import age_of, sex_of
    assert age_of(text) == age and sex_of(text) == sex


def test_a_one_line_differential_heading_ends_with_its_line(lex):
    from tests.checker.readings import contexts
    said = contexts(lex, "Differential diagnosis: stress fracture. He had a fever and leg swelling.")
    assert said.get(FEVER) == "patient" and said.get(LEG_SWELLING) == "patient"


def test_a_differential_included_is_uncertain(lex):
    readings = found(lex, "The differential diagnosis included DVT, cellulitis and ruptured Baker cyst.")
    assert {(DVT, "uncertain"), (CELLULITIS, "uncertain")} <= readings and not {r for r in readings if r[1] == "present"}


def test_either_one_or_another_is_uncertain(lex):
    readings = found(lex, "MRI was suggestive of either a disc cyst or an epidural hematoma.")
    assert ("HP:0100310", "uncertain") in readings and ("HP:0100310", "present") not in readings


@pytest.mark.parametrize("text, hpo", [
    ("He had right knee pain and no left knee pain.", "HP:0030839"),
    ("Left knee pain, no right knee pain.", "HP:0030839"),
    ("Right-sided shoulder pain. There was no joint pain involving the left shoulder.", "HP:0030834"),
])
def test_a_denial_on_the_other_side_leaves_the_complaint_for_the_check(lex, text, hpo):
    from legpain_gui.checker.extract import extract, for_checker
    present, absent = for_checker(extract(lex, text))
    assert hpo in present and hpo not in absent


@pytest.mark.parametrize("text", ["He had left knee pain and no left knee pain.", "He had knee pain. There was no knee pain."])
def test_the_same_side_both_ways_is_still_left_to_the_clinician(lex, text):
    from legpain_gui.checker.extract import extract, for_checker
    present, absent = for_checker(extract(lex, text))
    assert "HP:0030839" not in present and "HP:0030839" not in absent


def test_other_kinds_of_a_disease_are_no_other_side(lex):
    from tests.checker.readings import contexts
    text = "She had myositis. Antibodies typical for other kinds of myositis were not found."
    assert "other side" not in set(contexts(lex, text).values())


@pytest.mark.parametrize("text", ["Leg pain after exercise.", "Severe calf pain after strenuous exercise."])
def test_after_exercise_is_triggered_by_exertion(lex, text):
    assert ("HP:0025377", "present") in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("He was evaluated for compartment syndrome, which was not confirmed.", COMPARTMENT),
    ("He was evaluated for septic arthritis and was found to have gout.", "HP:0003095"),
    ("He was evaluated for DVT, but none was found.", DVT),
])
def test_a_diagnosis_looked_for_and_not_confirmed_is_not_present(lex, text, hpo):
    assert (hpo, "present") not in found(lex, text)


@pytest.mark.parametrize("text", [
    "He denied previously having had a DVT.", "She denies having ever had a DVT.", "He denied having previously had a DVT.",
])
def test_a_denial_reaches_past_having_and_its_adverbs(lex, text):
    readings = found(lex, text)
    assert (DVT, "absent") in readings and (DVT, "present") not in readings


@pytest.mark.parametrize("text, general", [
    ("Differential diagnosis:\n- DVT\n- compartment syndrome\n- cellulitis", {DVT, COMPARTMENT, CELLULITIS}),
    ("Differential diagnosis: DVT. Compartment syndrome was also considered.", {DVT}),
])
def test_a_differential_under_its_heading_stays_general(lex, text, general):
    from tests.checker.readings import contexts
    said = contexts(lex, text)
    assert all(said.get(h) == "general" for h in general)


def test_an_unexplained_item_after_a_denial_is_still_denied(lex):
    assert ("HP:0001824", "absent") in found(lex, "She denied fever, and recent unexplained weight loss.")


@pytest.mark.parametrize("text", ["Morning stiffness improved after exercise.", "The ABI fell after exercise."])
def test_what_exercise_eases_or_measures_is_no_trigger(lex, text):
    assert "HP:0025377" not in {h for h, _ in found(lex, text)}


@pytest.mark.parametrize("text, hpo, state", [
    ("She fulfilled the ACR criteria for gout.", "HP:0001997", "present"),
    ("The 2010 classification criteria for RA were applied.", "HP:0001370", "uncertain"),
])
def test_criteria_fulfilled_and_criteria_named(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, expected", [
    ("Despite IV fluid, urine microscopy showed 30 RBC/hpf.", {(HAEMATURIA, "present")}),
    ("Joint fluid showed 20 RBC/hpf.", set()),
    ("Urinalysis showed <5 RBC/hpf.", set()),
])
def test_more_red_cell_counts(lex, text, expected):
    assert {r for r in found(lex, text) if r[0] == HAEMATURIA} == expected


def test_normal_power_of_both_parts_of_a_limb_is_the_limb_s(lex):
    assert (LEG_WEAKNESS, "absent") in found(lex, "Proximal and distal lower limb power was normal.")


def test_a_denial_of_both_sides_is_no_other_side(lex):
    from tests.checker.readings import contexts
    said = contexts(lex, "He had knee pain. There was no knee pain on the left or right.")
    assert "other side" not in set(said.values())


def test_a_course_of_rifampicin_is_the_drug_s():
    assert course_of("He completed a 6-month course of rifampicin; leg pain for 3 days.")["course"] == "acute"


@pytest.mark.parametrize("text", [
    "He presented with right calf pain and swelling for 3 days and no left leg pain.",
    "He had calf pain and no leg pain on the left.",
])
def test_a_broader_term_denied_on_the_other_side_is_no_denial_of_the_complaint(lex, text):
    from legpain_gui.checker.extract import extract, for_checker
    present, absent = for_checker(extract(lex, text))
    assert "HP:0031921" in present and LEG_PAIN not in absent


@pytest.mark.parametrize("text, hpo", [
    ("Differential diagnosis: DVT. A 55-year-old man had leg swelling and fever.", FEVER),
    ("DDx: cellulitis. 45F with hot swollen calf.", LEG_SWELLING),
    ("Differential diagnosis:\n- DVT\n- compartment syndrome\n\nHe had fever.", FEVER),
])
def test_the_patient_after_a_differential_is_the_patient_s(lex, text, hpo):
    from tests.checker.readings import contexts
    assert contexts(lex, text).get(hpo) == "patient"


@pytest.mark.parametrize("text, hpo, state", [
    ("He failed to meet the criteria for sepsis.", "HP:0100806", "uncertain"),
    ("Criteria for sepsis were not met.", "HP:0100806", "uncertain"),
    ("She met the diagnostic criteria for rhabdomyolysis.", RHABDO, "present"),
])
def test_criteria_not_met_are_no_finding_and_criteria_met_are(lex, text, hpo, state):
    assert {r for r in found(lex, text) if r[0] == hpo} == {(hpo, state)}


@pytest.mark.parametrize("text, hpo", [
    ("He denied fever, and subsequently sustained a DVT.", DVT),
    ("He denied fever, and later exhibited leg swelling.", LEG_SWELLING),
])
def test_a_verb_after_then_or_later_is_the_patient_s_own(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


def test_a_diagnosis_confirmed_absent_is_not_present(lex):
    assert (COMPARTMENT, "present") not in found(lex, "He was evaluated for compartment syndrome, which was confirmed absent.")


def test_a_count_of_an_aspirate_is_no_haematuria(lex):
    assert HAEMATURIA not in {h for h, _ in found(lex, "Fluid aspirated from the knee showed 40 RBC/hpf.")}


def test_both_diagnoses_confirmed_together_are_present(lex):
    readings = found(lex, "He was evaluated for DVT and PE, which were confirmed.")
    assert {(DVT, "present"), ("HP:0002204", "present")} <= readings


def test_pain_that_settled_after_exercise_is_no_trigger(lex):
    assert "HP:0025377" not in {h for h, _ in found(lex, "The pain settled after exercise.")}

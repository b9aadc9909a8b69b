"""Text to findings, session 44: polarity defects left from earlier reviews and defects found by clinicians testing
new published case texts (each would fail if its bug came back)."""
from __future__ import annotations

import pytest

from legpain_gui.checker.person import age_of, sex_of
from tests.checker.readings import contexts, fired, found

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


@pytest.mark.parametrize("text, expected", [
    ("She complained of itch over the shins.", ("HP:0000989", "present")),
    ("The skin showed a net-like discoloration on the thighs.", ("HP:0033505", "present")),
    ("He had no bowel or bladder involvement.", ("HP:0002839", "absent")),
    ("Nerve conduction studies revealed AIDP.", ("HP:0007131", "present")),
    ("Studies revealed acute motor axonal neuropathy.", ("HP:0007002", "present")),
    ("Examination showed bilateral facial LMN weakness.", ("HP:0430025", "present")),
    ("She had bilateral VII nerve palsy.", ("HP:0430025", "present")),
    ("She had flaccid quadriparasis.", ("HP:0002273", "present")),
    ("She had acute limb ischaemia of the right leg.", ("HP:0025324", "present")),
    ("Acute limb ischaemia was ruled out.", ("HP:0025324", "absent")),
])
def test_phrases_found_by_testers(lex, text, expected):
    assert expected in found(lex, text)


def test_acute_limb_ischaemia_named_is_an_emergency(lex, checker):
    assert fired(lex, checker, "A 70-year-old man with acute limb ischaemia of the right leg.")[0] == "emergency"


@pytest.mark.parametrize("text", [
    "Kidney biopsy showed eosinophilic intracapillary thrombi.",
    "Eosinophilic material filled the capillaries.",
])
def test_a_stain_colour_is_no_eosinophilia(lex, text):
    assert ("HP:0001880", "present") not in found(lex, text)


def test_a_result_said_normal_or_low_of_several_is_neither(lex):
    assert not {f for f in found(lex, "Vitamin B12 was normal or low.") if f[0] == "HP:0100502"}
    assert ("HP:0100502", "absent") in found(lex, "Vitamin B12 was normal.")


@pytest.mark.parametrize("text", [
    "Suspect this condition in patients who present with back pain and fever.",
    "Physicians must be alert to SCD in patients presenting with progressive myelopathy.",
    "Cases of GBS with increased deep tendon reflexes have been increasingly recognized.",
])
def test_advice_and_the_literature_are_not_the_patient(lex, text):
    assert set(contexts(lex, text).values()) == {"general"}


def test_no_report_in_the_literature_negates_nothing_of_the_patient(lex):
    text = "There has been no report in the English literature of exercise induced rhabdomyolysis."
    assert contexts(lex, text)["HP:0003201"] == "general"
    assert contexts(lex, "There was no rhabdomyolysis.")["HP:0003201"] == "patient"


def test_course_words_that_are_not_the_onset():
    from legpain_gui.checker.course import course_of
    assert course_of("She had myalgia. During treatment, sudden rectal perforation occurred.") is None
    assert course_of("He had subacute combined degeneration with leg numbness for 3 days.")["course"] == "acute"
    assert course_of("Subacute onset of weakness.")["course"] == "subacute"
    assert course_of("Sudden onset of leg pain.")["course"] == "acute"


@pytest.mark.parametrize("text, weak", [
    ("She was unable to get up from the floor due to pain.", False),
    ("Unable to rise from a squat due to severe knee pain.", False),
    ("He could not stand up from a chair.", True),
    ("Unable to rise from a chair due to weakness and pain.", True),
])
def test_what_pain_stops_is_no_proximal_weakness(lex, text, weak):
    assert (("HP:0008994", "present") in found(lex, text)) is weak


@pytest.mark.parametrize("text, state", [
    ("Serratia marcescens was identified in one blood culture out of three collected.", "present"),
    ("S. aureus was isolated from a single blood culture.", "present"),
    ("No organism was isolated from one blood culture.", "absent"),
])
def test_an_organism_from_one_blood_culture(lex, text, state):
    assert (BACTERAEMIA, state) in found(lex, text)


def test_an_age_written_years_then_sex():
    assert age_of("This 31 years' male came to us with weakness.") == 31
    assert age_of("For 3 years male relatives had gout.") is None


@pytest.mark.parametrize("text, course", [
    ("Leg pain for more than 4 weeks.", "subacute"),
    ("Leg pain for more than 3 months.", "chronic"),
    ("Leg pain for 4 weeks.", "acute"),
    ("The sedimentation rate was 14 mm in 1 h.", None),
])
def test_more_than_a_bound_is_beyond_it_and_a_rate_is_no_time(text, course):
    from legpain_gui.checker.course import course_of
    read = course_of(text)
    assert (read and read["course"]) == course


@pytest.mark.parametrize("text, hpo, state", [
    ("There had been no obvious provoking factor for this DVT.", "HP:0002625", "present"),
    ("No risk factor for the DVT was found.", "HP:0002625", "present"),
    ("No cause of the fever was found.", "HP:0001945", "present"),
    ("He had no risk factors for DVT such as recent surgery.", "HP:0002625", "uncertain"),
    ("She denied fever, and cough.", "HP:0012735", "absent"),
    ("She denied fever, and she had a swollen knee.", "HP:0001386", "present"),
])
def test_what_a_denial_reaches(lex, text, hpo, state):
    readings = found(lex, text)
    assert (hpo, state) in readings
    assert not {(hpo, s) for s in ("present", "absent") if s != state} & readings


@pytest.mark.parametrize("text, expected", [
    ("X-ray showed subcutaneous gas.", ("HP:6001021", "present")),
    ("Gas tracking along fascial planes.", ("HP:6001021", "present")),
    ("There was no subcutaneous gas.", ("HP:6001021", "absent")),
    ("Biopsy showed non-small cell carcinoma of the lung.", ("HP:0030358", "present")),
    ("MRI showed a sequestrated disc fragment at L4-5.", ("HP:0008441", "present")),
    ("MRI showed disc extrusion at L5-S1.", ("HP:0008441", "present")),
    ("Paradoxical abdominal movements on respiration.", ("HP:0030207", "present")),
    ("She had worsening kidney function.", ("HP:0000083", "present")),
    ("Chronic rhinosinusitis.", ("HP:0000246", "present")),
])
def test_phrases_found_by_testers_round_2(lex, text, expected):
    assert expected in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Biopsy showed non-small cell carcinoma of the lung.", "HP:0030357"),
    ("Urinary creatinine was elevated.", "HP:0003259"),
    ("She had left ventricular hypokinesia.", "HP:0002375"),
    ("He presented like a viral illness.", "HP:4000145"),
])
def test_words_that_are_not_the_finding(lex, text, hpo):
    assert hpo not in {h for h, _ in found(lex, text)}


@pytest.mark.parametrize("text", [
    "The ACR classification criteria are asthma, eosinophilia, neuropathy and sinusitis.",
    "Caution is needed in patients who are smokers.",
])
def test_criteria_and_advice_are_general(lex, text):
    assert set(contexts(lex, text).values()) == {"general"}


@pytest.mark.parametrize("text, state", [
    ("Temporal artery biopsy revealed giant cells.", "present"),
    ("Temporal artery biopsy showed granulomatous inflammation with multinucleated giant cells.", "present"),
    ("A temporal artery biopsy was positive.", "present"),
    ("Temporal artery biopsy showed no giant cells.", "absent"),
    ("Temporal artery biopsy showed granulomatous inflammation without giant cells.", "absent"),
    ("Temporal artery biopsy was negative.", "absent"),
])
def test_a_temporal_artery_biopsy_result(lex, text, state):
    readings = {f for f in found(lex, text) if f[0] == "HP:6000618"}
    assert readings == {("HP:6000618", state)}


def test_a_temporal_artery_biopsy_done_says_nothing(lex):
    assert "HP:6000618" not in {h for h, _ in found(lex, "Temporal artery biopsy was performed.")}


# review 1 of session 44

def test_a_treatment_before_a_sudden_onset_keeps_the_onset():
    from legpain_gui.checker.course import course_of
    text = ("A 58-year-old man on treatment for hypertension and diabetes presented with sudden onset of severe right "
            "leg pain.")
    assert course_of(text)["course"] == "acute"


@pytest.mark.parametrize("text, kept", [
    ("Negative ANCA excluded vasculitis as the cause of his mononeuritis multiplex.", "HP:0032018"),
    ("A negative ANA excluded SLE as the cause of her arthritis and rash.", "HP:0001369"),
    ("Negative ANCA excluded vasculitis and he was treated for cellulitis with fever and leg swelling.", "HP:0010741"),
])
def test_what_a_test_excluded_stops_at_the_cause_it_was_excluded_as(lex, text, kept):
    readings = found(lex, text)
    assert (kept, "present") in readings and (kept, "absent") not in readings


@pytest.mark.parametrize("text, hpo, state", [
    ("ANCA negativity excluded vasculitis.", VASCULITIS, "absent"),
    ("Negative ANCA rules out vasculitis.", VASCULITIS, "absent"),
    ("ANA and ANCA were both checked. They were negative.", ANA, "absent"),
    ("Nerve conduction studies were not consistent with AIDP.", "HP:0007131", "absent"),
    ("She had a positive ANCA, and a renal biopsy was performed.", ANCA, "present"),
    ("There was no report of fever, weight loss or night sweats.", "HP:0001945", "absent"),
])
def test_review_1_readings(lex, text, hpo, state):
    readings = found(lex, text)
    assert (hpo, state) in readings
    assert not {(hpo, s) for s in ("present", "absent") if s != state} & readings


def test_review_1_not_readings(lex):
    assert ("HP:0010829", "present") not in found(lex, "Pain and temperature were reduced over 48 hours.")
    assert ("HP:0033505", "present") not in found(lex, "Muscle MRI showed a net-like pattern of oedema.")
    assert ("HP:0002014", "present") not in found(lex, "Campylobacter infection is the commonest trigger of GBS.")
    assert ("HP:0100502", "absent") in found(lex, "Vitamin B12 was normal or low normal.")


def test_review_1_contexts(lex):
    text = "To our knowledge, there have been no prior reports of myositis after this vaccine."
    assert contexts(lex, text)["HP:0100614"] == "general"
    assert contexts(lex, "There was no report of fever.")["HP:0001945"] == "patient"


def test_a_child_named_later_is_not_the_patient():
    assert sex_of("A 35-year-old woman presented with leg pain. Her 5-year-old son had a similar illness.") == "female"


@pytest.mark.parametrize("text, expected", [
    ("An increase of volume of her right lower limb.", ("HP:0010741", "present")),
    ("Burning sensation when urinating.", ("HP:0100518", "present")),
    ("No burning sensation when urinating.", ("HP:0100518", "absent")),
    ("Pain in the small joints of the feet.", ("HP:0002829", "present")),
    ("Aching pain in all extremities.", ("HP:0009763", "present")),
])
def test_phrases_found_by_testers_round_2b(lex, text, expected):
    assert expected in found(lex, text)


# testers ka-kd

@pytest.mark.parametrize("text, hpo, state", [
    ("She denied any recent travel to tropical countries, contact with sick persons, or fever.", "HP:0001945", "absent"),
    ("He denied any recent history of physical trauma, any sexual relationship or dyspnea.", "HP:0002094", "absent"),
    ("She denied fever and presented with a swollen knee three days later.", "HP:0001386", "present"),
    ("Tests suggested a possibility of infection (CRP 32.52 mg/dl).", "HP:0011227", "present"),
    ("Possible type 2 diabetes.", "HP:0005978", "uncertain"),
    ("Blood and synovial fluid cultures both isolated Pasteurella multocida.", BACTERAEMIA, "present"),
    ("Blood and synovial fluid cultures both isolated Pasteurella multocida.", SEPTIC_ARTHRITIS, "present"),
    ("Blood and joint fluid cultures were negative.", BACTERAEMIA, "absent"),
    ("CT showed clots in the pulmonary arteries.", "HP:0002204", "present"),
    ("No thrombus in the pulmonary artery.", "HP:0002204", "absent"),
    ("Thrombosis of the inferior vena cava.", "HP:0004936", "present"),
    ("He had resting pain in the left foot.", "HP:6000627", "present"),
    ("Protruded disc at L4-5.", "HP:0008441", "present"),
    ("He had an alteration in mental state.", "HP:0001289", "present"),
    ("Pain irradiated to both legs.", "HP:6000684", "present"),
])
def test_testers_ka_to_kd(lex, text, hpo, state):
    readings = found(lex, text)
    assert (hpo, state) in readings
    assert not {(hpo, s) for s in ("present", "absent") if s != state} & readings


def test_other_reported_patients_are_not_this_one(lex):
    assert set(contexts(lex, "Other reported patients had livedo reticularis and foot drop.").values()) == {"general"}


def test_a_mass_with_central_necrosis_is_no_skin_necrosis(lex):
    assert "HP:0033126" not in {h for h, _ in found(lex, "MRI showed a mass with central necrosis.")}
    assert ("HP:0033126", "present") in found(lex, "Some of these lesions showed central necrosis and crusting.")


# review 2 of session 44

@pytest.mark.parametrize("text, hpo, state", [
    ("There was no obvious cause for the leg swelling, such as DVT, cellulitis or trauma.", "HP:0002625", "absent"),
    ("There was no obvious cause for the leg swelling, such as DVT, cellulitis or trauma.", "HP:0010741", "present"),
    ("He denied fever or chills, and leg weakness progressed over 2 days.", "HP:0007340", "present"),
    ("Temporal artery biopsy showed no fibrinoid necrosis and numerous multinucleated giant cells.", "HP:6000618", "present"),
    ("ANA, ANCA and the anti-GBM antibody were checked.", ANA, "uncertain"),
    ("She had a positive ANCA, and echocardiography was performed.", ANCA, "present"),
    ("Pain and temperature were reduced over the L5 dermatome.", "HP:0010829", "present"),
    ("He had proximal leg weakness due to pain and myositis.", "HP:0008994", "present"),
])
def test_review_2_readings(lex, text, hpo, state):
    readings = found(lex, text)
    assert (hpo, state) in readings
    assert not {(hpo, s) for s in ("present", "absent") if s != state} & readings


@pytest.mark.parametrize("text, hpo", [
    ("None of the blood cultures grew Staphylococcus aureus.", BACTERAEMIA),
    ("There was no other cause for the neuropathy, such as diabetes or B12 deficiency.", "HP:0000819"),
    ("Temporal artery biopsy was performed to look for giant cells.", "HP:6000618"),
    ("Staphylococcus epidermidis was isolated from one blood culture, considered a contaminant.", BACTERAEMIA),
])
def test_review_2_nothing_present(lex, text, hpo):
    assert (hpo, "present") not in found(lex, text)


def test_review_2_pseudo_entries_are_back(lex):
    assert ("HP:0001945", "present") in found(lex, "Treated as an inpatient with fever.")
    assert ("HP:0001945", "present") in found(lex, "Managed as an outpatient with fever.")


def test_review_2_course_and_age():
    from legpain_gui.checker.course import course_of
    assert course_of("She had myalgia. During treatment with steroids, sudden rectal perforation occurred.") is None
    assert age_of("The disease affects 40 years female patients.") is None
    assert age_of("This 31 years' male came to us with weakness.") == 31


def test_blood_cultures_that_grew_no_mrsa_are_not_sterile(lex):
    assert (BACTERAEMIA, "absent") not in found(lex, "None of the blood cultures grew MRSA; all grew MSSA.")


def test_decreased_leg_sensation(lex):
    assert ("HP:0003474", "present") in found(lex, "Decreased leg sensation.")



# review 3 of session 44

@pytest.mark.parametrize("text, hpo, state", [
    ("Her symptoms were inconsistent with DVT.", "HP:0002625", "absent"),
    ("EMG was not consistent with a myopathy.", "HP:0003458", "absent"),
    ("Temporal artery biopsy showed no evidence of vasculitis or giant cells.", "HP:6000618", "absent"),
    ("There was no clear cause for the sudden leg weakness.", "HP:0007340", "present"),
    ("There was no obvious cause for the leg swelling and calf pain.", "HP:0031921", "present"),
    ("He denied any trauma and says that the calf swelling has worsened.", "HP:0010741", "present"),
    ("She denied fever, and night sweats or unexplained weight loss.", "HP:0030166", "absent"),
    ("He is not on any treatment for her comorbidities, including hypertension.", "HP:0000822", "present"),
    ("She remained febrile with no periods of apyrexia.", "HP:0001945", "present"),
    ("CTPA excluded clots in the pulmonary arteries.", "HP:0002204", "absent"),
    ("Blood and synovial fluid cultures grew no organisms.", BACTERAEMIA, "absent"),
    ("ANA, ANCA and nerve conduction studies were performed.", ANCA, "uncertain"),
    ("Temporal artery biopsy showed giant cells, however steroids were started before.", "HP:6000618", "present"),
    ("Blood cultures grew S. aureus; contamination was excluded.", BACTERAEMIA, "present"),
    ("Negative ANCA excluded vasculitis as the underlying cause of his mononeuritis multiplex.", "HP:0032018", "present"),
    ("Negative ANCA excluded vasculitis as a possible cause of his mononeuritis multiplex.", "HP:0032018", "present"),
])
def test_review_3_readings(lex, text, hpo, state):
    readings = found(lex, text)
    assert (hpo, state) in readings
    assert not {(hpo, s) for s in ("present", "absent") if s != state} & readings


@pytest.mark.parametrize("text, hpo", [
    ("Resting pain score 7/10.", "HP:6000627"),
    ("The left temporal artery biopsy was negative but the right was positive.", "HP:6000618"),
])
def test_review_3_nothing_read(lex, text, hpo):
    assert hpo not in {h for h, _ in found(lex, text)}


def test_review_3_pain_and_stiffness_stop_rising(lex):
    assert ("HP:0008994", "present") not in found(lex, "Unable to rise from a chair due to hip pain and stiffness.")


def test_review_3_contexts(lex):
    text = "To the best of our knowledge, there was no preceding trauma, fever or diarrhoea."
    assert contexts(lex, text)["HP:0001945"] == "patient"
    assert contexts(lex, "Previously reported patients had livedo reticularis.")["HP:0033505"] == "general"
    text = "To our knowledge, myositis after this vaccine has not been described in the literature."
    assert contexts(lex, text)["HP:0100614"] == "general"


def test_review_3_age():
    assert age_of("Patient: 31 years' male.") == 31


def test_a_risk_factor_for_the_development_of_a_finding_is_no_finding(lex):
    text = "Regional anesthesia during labor is a risk factor for the development of a peroneal neuropathy."
    assert ("HP:0009831", "present") not in found(lex, text)


# review 4 of session 44

@pytest.mark.parametrize("text, hpo, state", [
    ("No cause for the leg swelling, for example DVT or cellulitis, was identified.", "HP:0002625", "absent"),
    ("The most likely cause of the leg swelling was DVT.", "HP:0002625", "uncertain"),
    ("She denied any trauma that she could remember, recent travel, weight loss, or fever.", "HP:0001945", "absent"),
    ("Temporal artery biopsy showed no fibrinoid necrosis, only occasional giant cells.", "HP:6000618", "present"),
    ("Blood cultures grew no Staphylococcus aureus but grew Streptococcus pyogenes.", BACTERAEMIA, "present"),
    ("CT pulmonary angiogram excluded PE.", "HP:0002204", "absent"),
])
def test_review_4_readings(lex, text, hpo, state):
    readings = found(lex, text)
    assert (hpo, state) in readings
    assert not {(hpo, s) for s in ("present", "absent") if s != state} & readings


def test_review_4_contaminated_and_age(lex):
    text = "S. epidermidis was isolated from one blood culture and was thought to be contaminated."
    assert (BACTERAEMIA, "present") not in found(lex, text)
    assert age_of("Follow-up: 5 years female patients were seen.") is None


def test_a_reported_clause_ends_a_denial_list(lex):
    from legpain_gui.checker.clauses import denied_reach
    tokens = "she denied any trauma and reported that the calf swelling worsened".split()
    assert denied_reach(tokens, 1, 2, tokens.index("calf"), 6) == 6
    tokens = "she denied any recent travel to tropical countries contact with sick persons or fever".split()
    assert denied_reach(tokens, 1, 2, tokens.index("fever"), 6) > 6


def test_a_cell_count_with_its_unit_is_no_hedge_s(lex):
    text = "Tests suggested a possibility of infection (platelets 20,000/µl)."
    assert ("HP:0001873", "present") in found(lex, text)

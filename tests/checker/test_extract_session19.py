"""Text to findings, session 19: 'the back of the thigh' is the thigh, not the back; the straight-leg-raise test
by its gerund and abbreviation; the words of an EMG report for a neurogenic pattern; a child refusing to walk.
Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

BACK_PAIN, LEG_PAIN, SLR = "HP:0003418", "HP:0012514", "HP:6000066"
NEUROPATHIC_EMG, CHRONIC_DENERVATION, LIMP = "HP:0003445", "HP:0003444", "HP:0031955"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text", ["Pain in the back of the thigh.", "Shooting pain down the back of the leg."])
def test_the_back_of_a_limb_is_the_limb_not_the_back(lex, text):
    found = _found(lex, text)
    assert (LEG_PAIN, "present") in found and (BACK_PAIN, "present") not in found


@pytest.mark.parametrize("text", ["Pain in the back.", "He had pain in the back and both legs."])
def test_the_back_itself_is_still_back_pain(lex, text):
    assert (BACK_PAIN, "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["Straight leg raising was positive at 30 degrees on the left.",
                                  "There was positive straight leg raising on the right.", "SLR was positive on the right."])
def test_straight_leg_raising_by_its_other_names(lex, text):
    assert (SLR, "present") in _found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("EMG showed neurogenic changes in the L5 myotome.", NEUROPATHIC_EMG),
    ("Electrophysiological studies confirmed denervation of the tibialis anterior.", NEUROPATHIC_EMG),
    ("Needle EMG showed reduced recruitment in the left vastus lateralis.", NEUROPATHIC_EMG),
    ("Needle electromyography revealed chronic reinnervation.", CHRONIC_DENERVATION),
])
def test_the_words_of_an_emg_report_for_a_neurogenic_pattern(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_no_denervation_is_read_absent(lex):
    assert (NEUROPATHIC_EMG, "absent") in _found(lex, "There was no denervation on EMG.")


@pytest.mark.parametrize("text", ["The child refused to walk.", "The boy refused to bear weight on the left leg."])
def test_a_child_refusing_to_walk_limps_rather_than_is_weak(lex, text):
    found = _found(lex, text)
    assert (LIMP, "present") in found and not any(h == "HP:0002540" for h, _ in found)


VEP, PROLONGED_SSEP = "HP:0000649", "HP:0007104"


@pytest.mark.parametrize("text, hpo", [
    ("Visual evoked potentials were delayed.", VEP),
    ("He had delayed visual evoked potentials on the left.", VEP),
    ("Somatosensory evoked potentials were prolonged.", PROLONGED_SSEP),
])
def test_a_delayed_or_prolonged_result_said_after_the_test(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_delayed_diagnosis_is_no_finding(lex):
    assert _found(lex, "The diagnosis was delayed by two months.") == set()


CRYO, LOW_C4, DVT = "HP:0100778", "HP:0045042", "HP:0002625"


@pytest.mark.parametrize("text, hpo", [
    ("Cryoglobulins were positive.", CRYO), ("Serum cryoglobulins were detected.", CRYO),
    ("Serum C4 was markedly reduced.", LOW_C4),
    ("Doppler ultrasound showed a thrombus in the popliteal vein.", DVT),
    ("Thrombus in the left common femoral vein.", DVT), ("Thrombosis of the right popliteal vein.", DVT),
    ("Non-compressible popliteal vein.", DVT),
])
def test_results_and_clots_as_reports_word_them(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


@pytest.mark.parametrize("text, hpo", [("There was no thrombus in the deep veins.", DVT),
                                       ("No cryoglobulins were detected.", CRYO)])
def test_and_their_negation(lex, text, hpo):
    assert (hpo, "absent") in _found(lex, text)


SEPTIC_JOINT, BACTERAEMIA, TOPHUS, DRUG_USE = "HP:0003095", "HP:0031864", "HP:0033073", "HP:0033511"
CRYSTALS, TISSUE_GAS, PUS_IN_JOINT = "HP:6000248", "HP:6001021", "HP:0034939"


@pytest.mark.parametrize("text, hpo", [
    ("Synovial fluid culture grew Staphylococcus aureus.", SEPTIC_JOINT),
    ("Joint fluid culture was positive for group A streptococcus.", SEPTIC_JOINT),
    ("He had a tophus over the olecranon.", TOPHUS), ("He was an intravenous drug user.", DRUG_USE),
    ("Polarized light microscopy showed negatively birefringent needle-shaped crystals.", CRYSTALS),
    ("CT showed gas in the soft tissues along the fascial planes.", TISSUE_GAS),
    ("Aspiration yielded turbid synovial fluid.", PUS_IN_JOINT),
])
def test_infection_and_crystal_findings_as_reports_word_them(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_sterile_joint_fluid_does_not_rule_out_a_septic_joint(lex):
    assert not any(h == SEPTIC_JOINT for h, _ in _found(lex, "Joint fluid cultures were negative."))
    assert (BACTERAEMIA, "absent") in _found(lex, "Blood cultures were negative.")  # the blood's still reads absent


ARTHRITIS, KNEE_OA, PSORIASIS, ASO, IENFD = "HP:0001369", "HP:0005086", "HP:0003765", "HP:6000348", "HP:0034997"


@pytest.mark.parametrize("text", ["She had arthritis of the wrists and knees.", "Acute knee arthritis.",
                                  "arthritis of the right knee"])
def test_arthritis_of_the_knee_is_arthritis_not_osteoarthritis(lex, text):
    found = _found(lex, text)
    assert (ARTHRITIS, "present") in found and (KNEE_OA, "present") not in found


def test_knee_osteoarthritis_said_so_is_still_read(lex):
    assert (KNEE_OA, "present") in _found(lex, "He had bilateral knee osteoarthritis.")


@pytest.mark.parametrize("text, hpo", [
    ("She had psoriatic plaques on the elbows.", PSORIASIS), ("Her ASO titre was raised.", ASO),
    ("Skin biopsy showed reduced intraepidermal nerve fibre density.", IENFD),
])
def test_more_findings_as_clinicians_word_them(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


FASCIITIS, THICK_SKIN = "HP:0100537", "HP:0001072"


@pytest.mark.parametrize("text", ["MRI showed fascial thickening and enhancement.", "Fascial oedema on MRI.",
                                  "The fascia was thickened.", "Biopsy showed thickened fascia with eosinophils."])
def test_a_thickened_or_oedematous_fascia_is_fasciitis(lex, text):
    found = _found(lex, text)
    assert (FASCIITIS, "present") in found and ("HP:0000969", "present") not in found  # not a swollen limb


def test_thickened_said_after_other_tissues_too(lex):
    assert (THICK_SKIN, "present") in _found(lex, "The skin was thickened.")


GOUT = "HP:0001997"


def test_a_condition_named_to_be_excluded_is_uncertain_not_present(lex):
    found = _found(lex, "Investigations were done to exclude other entities such as gout and rheumatoid arthritis.")
    assert (GOUT, "uncertain") in found and (GOUT, "present") not in found


@pytest.mark.parametrize("text", ["Ultrasound excluded a DVT.", "Duplex scanning excluded any deep vein thrombosis."])
def test_a_test_that_excluded_a_finding_reads_it_absent(lex, text):
    assert (DVT, "absent") in _found(lex, text)


ANAEMIA, FEVER, RASH, CELLULITIS, WEAKNESS = "HP:0001903", "HP:0001945", "HP:0000988", "HP:0100658", "HP:0001324"


@pytest.mark.parametrize("text, hpo", [
    ("Apart from mild anaemia, laboratory results were normal.", ANAEMIA),
    ("Other than fever, the examination was normal.", FEVER),
    ("Without treatment, the weakness progressed.", WEAKNESS),
])
def test_an_exception_or_a_pseudo_trigger_leaves_the_finding_present(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_the_exception_reaches_only_its_own_words(lex):
    found = _found(lex, "Apart from fever, the examination was unremarkable, and rash was absent.")
    assert (FEVER, "present") in found and (RASH, "absent") in found


def test_neither_nor_negates_both(lex):
    assert {(FEVER, "absent"), (RASH, "absent")} <= _found(lex, "Neither fever nor rash was present.")


@pytest.mark.parametrize("text", ["Initially treated as cellulitis, she was later found to have necrotising fasciitis.",
                                  "She was misdiagnosed with cellulitis."])
def test_a_first_wrong_diagnosis_is_uncertain(lex, text):
    found = _found(lex, text)
    assert (CELLULITIS, "uncertain") in found and (CELLULITIS, "present") not in found


CHEST_PAIN, LOW_BACK_PAIN, NECK_PAIN, LIVEDO = "HP:0100749", "HP:0003419", "HP:0030833", "HP:0033832"


@pytest.mark.parametrize("text, hpo", [
    ("Percussion tenderness over the thoracic spine.", BACK_PAIN), ("Pain in the thoracic spine.", BACK_PAIN),
    ("Tenderness of the lumbar spine.", LOW_BACK_PAIN), ("Cervical spine pain.", NECK_PAIN),
])
def test_pain_of_the_spine_is_back_or_neck_pain_not_chest_pain(lex, text, hpo):
    found = _found(lex, text)
    assert (hpo, "present") in found and (CHEST_PAIN, "present") not in found


def test_a_livedoid_pattern_is_livedo(lex):
    assert (LIVEDO, "present") in _found(lex, "A livedoid pattern was seen over the thighs.")


FOOT_DROP, DISTAL_LEG_WEAKNESS, CANNOT_WALK = "HP:0009027", "HP:0009053", "HP:0002540"


@pytest.mark.parametrize("text, hpo", [
    ("She could not walk on her heels.", FOOT_DROP), ("Difficulty walking on heels.", FOOT_DROP),
    ("Heel walking was impaired on the right.", FOOT_DROP), ("He was unable to walk on tiptoes.", DISTAL_LEG_WEAKNESS),
    ("She was unable to walk on her toes.", DISTAL_LEG_WEAKNESS),
])
def test_heel_or_toe_walking_impaired_is_a_weak_ankle_not_an_inability_to_walk(lex, text, hpo):
    found = _found(lex, text)
    assert (hpo, "present") in found and (CANNOT_WALK, "present") not in found


def test_normal_heel_walking_reads_absent_and_plain_inability_to_walk_stays(lex):
    assert (FOOT_DROP, "absent") in _found(lex, "Heel walking was normal.")
    assert (CANNOT_WALK, "present") in _found(lex, "He could not walk.")


PROXIMAL_LEG, PROXIMAL_ARM, FALLS = "HP:0008994", "HP:0008997", "HP:0002527"


@pytest.mark.parametrize("text, hpo", [
    ("He had trouble getting up from a low chair.", PROXIMAL_LEG),
    ("She had difficulty lifting her arms above her head.", PROXIMAL_ARM),
    ("He had a wide-based, unsteady gait and fell frequently.", FALLS),
])
def test_bedside_signs_of_weakness_and_falls(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


T2DM, CREATININE = "HP:0005978", "HP:0003259"


@pytest.mark.parametrize("text, hpo", [("H/o HTN, DM2 and CKD.", T2DM), ("He had type 2 DM.", T2DM),
                                       ("Cr 3.4 mg/dL (baseline 0.9).", "HP:0001919")])  # AKI (session 22)
def test_abbreviations_of_a_clinical_note(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_normal_abbreviated_creatinine_is_no_finding(lex):
    assert not any(h == CREATININE for h, _ in _found(lex, "Cr 0.8 mg/dL."))


MYALGIA = "HP:0003326"


@pytest.mark.parametrize("text", ["He had muscle pain in both lower extremities.", "Muscle pain in the thighs."])
def test_muscle_pain_at_a_site_is_myalgia_and_the_sites_pain(lex, text):
    assert {(MYALGIA, "present"), (LEG_PAIN, "present")} <= _found(lex, text)


def test_muscle_pain_in_a_denied_sentence_reads_no_site_pain(lex):
    found = _found(lex, "No muscle pain in the legs.")
    assert (MYALGIA, "absent") in found and (LEG_PAIN, "present") not in found


THROMBOCYTOPENIA, THROMBOCYTOSIS = "HP:0001873", "HP:0001894"


@pytest.mark.parametrize("text", ["She had a normal platelet count.", "Platelet count was normal."])
def test_a_normal_count_is_neither_too_high_nor_too_low(lex, text):
    assert {(THROMBOCYTOPENIA, "absent"), (THROMBOCYTOSIS, "absent")} <= _found(lex, text)


def test_a_normal_haemoglobin_is_no_anaemia_and_a_normal_esr_names_no_low_esr(lex):
    assert (ANAEMIA, "absent") in _found(lex, "The haemoglobin was normal.")
    found = _found(lex, "ESR and CRP were normal.")
    assert ("HP:0003565", "absent") in found and not any(h == "HP:0025022" for h, _ in found)


LYMPHADENOPATHY = "HP:0002716"


def test_lymph_nodes_in_words(lex):
    assert (LYMPHADENOPATHY, "present") in _found(lex, "Enlarged lymph nodes in the groin.")
    assert (LYMPHADENOPATHY, "absent") in _found(lex, "There were no palpable lymph nodes.")


DIARRHOEA, URETHRITIS, TOE_DACTYLITIS, LOW_B12 = "HP:0002014", "HP:0500006", "HP:0031091", "HP:0100502"


@pytest.mark.parametrize("text, hpo", [
    ("He had gastroenteritis two weeks earlier.", DIARRHOEA),
    ("Her ankles became painful after an episode of food poisoning.", DIARRHOEA),
    ("Urethral discharge was noted.", URETHRITIS), ("He had dactylitis of the second toe.", TOE_DACTYLITIS),
])
def test_triggers_and_spondyloarthritis_signs_in_words(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_level_treated_to_normal_is_an_outcome_not_a_normal_result(lex):
    found = _found(lex, "Laboratory tests showed a decreased serum vitamin B12 concentration. Injections of "
                        "vitamin B12 increased her serum level of vitamin B12 to normal.")
    assert (LOW_B12, "present") in found and (LOW_B12, "absent") not in found


def test_a_normal_blood_pressure_still_says_no_raised_pressure(lex):
    found = _found(lex, "His pulse, blood pressure, and oxygen saturation were normal.")
    assert ("HP:0032263", "absent") in found and ("HP:0002615", "absent") in found


@pytest.mark.parametrize("text, hpo", [
    ("Muscle biopsy revealed perifascicular atrophy.", "HP:0100296"),
    ("Renal biopsy showed IgA deposits in the mesangium.", "HP:0000794"),
    ("Echocardiography showed vegetations on the mitral valve.", "HP:6000326"),
    ("Ultrasound showed a hip joint effusion.", "HP:0001386"),
])
def test_biopsy_and_imaging_findings_as_reports_word_them(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("There was a small ulcer on the lateral aspect of the ankle.", "HP:0200042"),
    ("Pain on the medial side of the knee.", "HP:0030839"),
    ("She developed necrosis of the fifth toe.", "HP:0100758"),
    ("Gangrenous changes on the fingertips.", "HP:0100758"),
])
def test_a_finding_on_an_aspect_of_a_site_and_a_dead_digit(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["He had voiding difficulty.", "Poor urinary stream.", "He had to strain to pass urine."])
def test_difficulty_passing_urine_in_words(lex, text):
    assert ("HP:0000019", "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["Severe pain in the back of his left thigh and foot drop.",
                                  "Pain in the thigh, knee and foot drop."])
def test_a_finding_after_a_list_of_sites_is_not_taken_for_a_site(lex, text):
    found = _found(lex, text)
    assert {(LEG_PAIN, "present"), (FOOT_DROP, "present")} <= found and ("HP:0025238", "present") not in found

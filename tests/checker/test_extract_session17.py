"""Text to findings, session 17: a part of the leg or arm whose finding has no term of its own is read at the
limb segment that holds it ('swelling in the right thigh' is leg swelling, 'pain in both thighs' lower-limb
pain), while a part with a term of its own keeps it ('pain in the calf' stays calf pain). Each test fails if
undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

LEG_SWELLING, LEG_PAIN, LEG_WEAKNESS = "HP:0010741", "HP:0012514", "HP:0007340"
CALF_PAIN, THIGH_ATROPHY, SKIN_ULCER = "HP:0031921", "HP:0008956", "HP:0200042"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text, term", [
    ("Painful swelling in the right thigh.", LEG_SWELLING),
    ("She complained of pain in both thighs.", LEG_PAIN),
    ("Weakness in the arms and thighs.", LEG_WEAKNESS),
    ("He had a small ulcer on the heel.", SKIN_ULCER),
])
def test_a_part_without_a_term_is_read_at_its_limb_segment(lex, text, term):
    assert (term, "present") in _found(lex, text)


def test_the_part_is_read_negated_like_any_finding(lex):
    assert (LEG_SWELLING, "absent") in _found(lex, "There was no swelling of the thigh.")


@pytest.mark.parametrize("text, term", [("Pain in the calf.", CALF_PAIN), ("Atrophy of the thigh.", THIGH_ATROPHY)])
def test_a_part_with_its_own_term_keeps_it(lex, text, term):
    found = _found(lex, text)
    assert (term, "present") in found and (LEG_PAIN, "present") not in found


URINARY_HESITANCY, RETENTION, LIMP, PROXIMAL_LEG_WEAKNESS = "HP:0000019", "HP:0000016", "HP:0031955", "HP:0008994"
SENSORY, ABOLISHED_VIBRATION, AREFLEXIA = "HP:0003474", "HP:0006944", "HP:0001284"


@pytest.mark.parametrize("text, term", [
    ("He was limping.", LIMP),
    ("Difficulty urinating for two days.", URINARY_HESITANCY),
    ("A distended bladder was palpable.", RETENTION),
    ("She was unable to rise from a chair.", PROXIMAL_LEG_WEAKNESS),
    ("Vibration sense was abolished.", ABOLISHED_VIBRATION),
    ("Vibration sense was absent at the ankles.", ABOLISHED_VIBRATION),
    ("Sensation in the feet was decreased.", SENSORY),          # a site between the thing examined and its result
    ("Reflexes in the legs were absent.", AREFLEXIA),
])
def test_common_bedside_phrasings_are_read(lex, text, term):
    assert (term, "present") in _found(lex, text)


@pytest.mark.parametrize("text, term", [
    ("No difficulty urinating.", URINARY_HESITANCY),
    ("He was not limping.", LIMP),
])
def test_and_read_absent_when_negated(lex, text, term):
    found = _found(lex, text)
    assert (term, "absent") in found and (term, "present") not in found


HYPOTENSION, FEVER, LEG_OEDEMA = "HP:0002615", "HP:0001945", "HP:0010741"
NECROTIZING_MYOPATHY, NECROTIZING_VASCULITIS = "HP:0008978", "HP:6000253"


@pytest.mark.parametrize("text", ["Her blood pressure was 80/50 mmHg.", "BP 85/40 mmHg on arrival."])
def test_a_systolic_pressure_under_90_is_hypotension(lex, text):
    assert (HYPOTENSION, "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["Blood pressure 150/90 mmHg.", "Her blood pressure was 120/80."])
def test_a_normal_or_high_pressure_says_nothing(lex, text):
    assert not {h for h, _ in _found(lex, text)} & {HYPOTENSION}


def test_a_temperature_in_degrees_is_read(lex):
    assert (FEVER, "present") in _found(lex, "He had a temperature of 38.5 degrees.")
    assert (FEVER, "present") not in _found(lex, "He had a temperature of 37.2 degrees.")


@pytest.mark.parametrize("text, term", [
    ("Muscle biopsy showed necrotising myopathy.", NECROTIZING_MYOPATHY),   # British '-ising'
    ("Necrotising vasculitis on biopsy.", NECROTIZING_VASCULITIS),
    ("He had an oedematous left leg.", LEG_OEDEMA),                         # an adjective before its site
])
def test_british_forms_are_read(lex, text, term):
    assert (term, "present") in _found(lex, text)


RESP_INFECTION, RECURRENT_URTI, ECCHYMOSIS, TOE_DACTYLITIS = "HP:0011947", "HP:0002788", "HP:0031364", "HP:0031091"
FOOT_DROP, MYOGLOBINURIA, CAVITATING_NODULE, PAROTID = "HP:0009027", "HP:0002913", "HP:0034015", "HP:0011801"


def test_a_single_respiratory_infection_is_not_read_as_recurrent(lex):
    found = _found(lex, "Two weeks before, she had an upper respiratory tract infection.")
    assert (RESP_INFECTION, "present") in found and not any(h == RECURRENT_URTI for h, _ in found)
    assert (RECURRENT_URTI, "present") in _found(lex, "He had recurrent upper respiratory tract infections.")


@pytest.mark.parametrize("text, term", [
    ("Bruising around the ankle.", ECCHYMOSIS),
    ("He had a swollen, sausage-shaped toe.", TOE_DACTYLITIS),
    ("He could not dorsiflex his foot.", FOOT_DROP),
    ("She noticed her urine had turned the colour of cola.", MYOGLOBINURIA),
    ("Haemoptysis and cavitating lung nodules.", CAVITATING_NODULE),
    ("Parotid gland swelling.", PAROTID),
])
def test_more_clinical_phrasings_are_read(lex, text, term):
    assert (term, "present") in _found(lex, text)


BABINSKI, HYPOALBUMINAEMIA, RBC_CASTS, SCIATICA, CYANOSIS, JOINT_SWELLING = (
    "HP:0003487", "HP:0003073", "HP:0012617", "HP:0011868", "HP:0000961", "HP:0001386")


@pytest.mark.parametrize("text, term", [
    ("The plantar responses were extensor.", BABINSKI),            # 'extensor' read as a result
    ("Serum albumin was low.", HYPOALBUMINAEMIA),
    ("Urine microscopy showed red cell casts.", RBC_CASTS),
    ("Back pain radiating down the left leg.", SCIATICA),          # a side word inside a phrase after 'the'
    ("There were multiple ulcers on the lower legs.", SKIN_ULCER),   # 'lower legs' read as the legs
    ("The toes were dusky and cold.", CYANOSIS),
    ("She had swelling of the whole leg up to the groin.", LEG_SWELLING),
    ("The leg was blue and massively swollen.", LEG_SWELLING),
    ("Swelling over the first metatarsophalangeal joint.", JOINT_SWELLING),
])
def test_bedside_and_laboratory_phrasings_of_session_17(lex, text, term):
    assert (term, "present") in _found(lex, text)


def test_flexor_plantars_are_not_babinski(lex):
    assert not any(h == BABINSKI and s == "present" for h, s in _found(lex, "Plantar responses were flexor."))


SHOCK, LHERMITTE, NEURALGIA, SMOKING, CORD_COMPRESSION, RAISED_CK = (
    "HP:0031273", "HP:0032504", "HP:0033345", "HP:0430133", "HP:0002176", "HP:0003236")


@pytest.mark.parametrize("text, term", [
    ("Electric shock-like pains in the legs.", NEURALGIA),
    ("She had an electric shock sensation down the spine on neck flexion.", LHERMITTE),
])
def test_an_electric_shock_sensation_is_never_circulatory_shock(lex, text, term):
    """'Shock' alone is an emergency (triage rule circulatory-shock): a shock-like pain must not read as it."""
    found = _found(lex, text)
    assert (term, "present") in found and not any(h == SHOCK for h, _ in found)


def test_circulatory_shock_is_still_read(lex):
    assert (SHOCK, "present") in _found(lex, "He was in septic shock.")


@pytest.mark.parametrize("text, term", [
    ("She had a history of smoking 40 pack-years.", SMOKING),
    ("He had cord compression.", CORD_COMPRESSION),
    ("A vertebral metastasis compressing the cord.", CORD_COMPRESSION),
    ("CK peaked at 120,000 IU/L.", "HP:0030235"),  # HPO's bands (session 22)
    ("CK rose to 35,000 U/L.", "HP:0030235"),
])
def test_history_imaging_and_peak_values_are_read(lex, text, term):
    assert (term, "present") in _found(lex, text)


def test_a_normal_ck_value_says_nothing(lex):
    assert not any(h == RAISED_CK for h, _ in _found(lex, "CK rose to 150 U/L."))


@pytest.mark.parametrize("text", ["Spinal shock after the injury.", "Shock wave therapy."])
def test_spinal_shock_and_shock_waves_are_not_circulatory_shock(lex, text):
    assert not any(h == SHOCK for h, _ in _found(lex, text))


def test_hypovolaemic_shock_is_read_in_british_spelling(lex):
    assert ("HP:0031274", "present") in _found(lex, "Hypovolaemic shock from bleeding.")


@pytest.mark.parametrize("text", ["He took oral hypoglycaemic agents.", "His hypolipidaemic therapy was switched.",
                                  "She was on oral hypoglycemic drugs."])
def test_a_drug_class_is_not_the_finding_it_treats(lex, text):
    assert not any(h in ("HP:0001943", "HP:0045014") for h, _ in _found(lex, text))


def test_a_low_blood_sugar_is_still_read(lex):
    assert ("HP:0001943", "present") in _found(lex, "He was hypoglycaemic on arrival.")


CRYO, NEUROPATHY, DVT, CHILLS = "HP:0100778", "HP:0009830", "HP:0002625", "HP:0001945"


def test_a_negation_does_not_reach_into_a_bracketed_aside(lex):
    text = ("Sciatic mononeuropathy was the presenting manifestation, with no underlying infectious or neoplastic "
            "cause (cryoglobulinaemic neuropathy attributed to vasculitis).")
    found = _found(lex, text)
    assert (CRYO, "present") in found and (NEUROPATHY, "present") in found
    assert (CRYO, "absent") not in found


@pytest.mark.parametrize("text", ["There was no deep vein thrombosis (DVT).",
                                  "No evidence of deep venous thrombosis (DVT) was found."])
def test_a_bracketed_abbreviation_is_no_aside_and_stays_negated(lex, text):
    found = _found(lex, text)
    assert (DVT, "absent") in found and (DVT, "present") not in found


def test_a_negation_still_reaches_past_a_closed_aside(lex):
    found = _found(lex, "No fever (38.5 C) or chills.")
    assert ("HP:0025143", "absent") in found and ("HP:0025143", "present") not in found


@pytest.mark.parametrize("text, term", [
    ("WBC 15.2 x 10^3/uL.", "HP:0001974"),
    ("Leukocytes 14,500/mm3.", "HP:0001974"),
    ("LDH 890 U/L.", "HP:0025435"),
    ("AST 320 U/L and ALT 150 U/L.", "HP:0031964"),
    ("Potassium 2.1 mmol/L.", "HP:0002900"),
    ("Ferritin was 12,000 ng/mL.", "HP:0003281"),
    ("Lactate 4.5 mmol/L.", "HP:0002151"),
    ("Vitamin B12 was 95 pg/mL.", "HP:0100502"),
    ("Serum B12 level was low.", "HP:0100502"),
])
def test_more_laboratory_values_are_read(lex, text, term):
    assert (term, "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["LDH 180 U/L.", "Potassium 3.8 mmol/L.", "Lactate 1.2 mmol/L.", "Ferritin 250 ng/mL.",
                                  "WBC 7.5 x 10^3/uL.", "Vitamin B12 was 420 pg/mL."])
def test_a_value_inside_the_reference_range_says_nothing(lex, text):
    assert not _found(lex, text)


@pytest.mark.parametrize("text, term", [
    ("The skin was warm and indurated.", "HP:0030053"),
    ("There were areas of skin discolouration and blistering.", "HP:0008066"),
    ("Difficulty getting up from a squatting position.", PROXIMAL_LEG_WEAKNESS),
])
def test_skin_and_bedside_descriptions(lex, text, term):
    assert (term, "present") in _found(lex, text)

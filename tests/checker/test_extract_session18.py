"""Text to findings, session 18: the look of a lesion said between the words of a phrase ('painful red nodules',
'tender, warm, erythematous nodules') is passed over, so the phrase is still read. Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

NODULE, RED_EYE, JOINT_SWELLING = "HP:0001482", "HP:0025337", "HP:0001386"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text", [
    "She had painful red nodules on both shins.",
    "Examination showed tender, warm, erythematous nodules on the legs.",
    "There were tender firm nodules over the anterior tibia.",
])
def test_a_look_between_the_words_of_a_phrase_is_passed_over(lex, text):
    assert (NODULE, "present") in _found(lex, text)


def test_a_look_is_negated_with_its_phrase(lex):
    assert (NODULE, "absent") in _found(lex, "There were no painful red nodules.")


def test_a_phrase_that_begins_with_a_look_keeps_it(lex):
    found = _found(lex, "She had red eyes and a hot red swollen knee.")
    assert (RED_EYE, "present") in found and (JOINT_SWELLING, "present") in found


GENITAL_ULCERS, ORAL_ULCERS = "HP:0003249", "HP:0000155"


@pytest.mark.parametrize("text", ["Two painful ulcers on his penis.", "She had vulvar ulcers.", "Scrotal ulcers were seen.",
                                  "Ulceration of the vulva was noted."])
def test_an_ulcer_of_a_genital_part_is_a_genital_ulcer(lex, text):
    assert (GENITAL_ULCERS, "present") in _found(lex, text)


def test_a_genital_part_is_negated_with_its_ulcer(lex):
    found = _found(lex, "There were no ulcers on the scrotum and no oral ulcers.")
    assert (GENITAL_ULCERS, "absent") in found and (ORAL_ULCERS, "absent") in found


HAEMATURIA, PROTEINURIA, MYOGLOBINURIA = "HP:0000790", "HP:0000093", "HP:0002913"


@pytest.mark.parametrize("text, terms", [
    ("Urinalysis was positive for blood and protein.", {HAEMATURIA, PROTEINURIA}),
    ("Urine dipstick showed 3+ protein and 2+ blood.", {HAEMATURIA, PROTEINURIA}),
    ("Urine analysis with large blood.", {HAEMATURIA}),
    ("The urine showed red blood cells and myoglobin.", {HAEMATURIA, MYOGLOBINURIA}),
])
def test_what_a_urine_test_found_is_read_as_its_finding(lex, text, terms):
    assert {(t, "present") for t in terms} <= _found(lex, text)


@pytest.mark.parametrize("text, term", [("Urinalysis was negative for blood.", HAEMATURIA),
                                        ("Urinalysis showed no protein.", PROTEINURIA),
                                        ("There was no blood in the urine.", HAEMATURIA)])
def test_a_urine_test_negative_for_a_constituent_reads_it_absent(lex, text, term):
    found = _found(lex, text)
    assert (term, "absent") in found and (term, "present") not in found


def test_a_urine_test_only_normal_names_nothing(lex):
    assert not {t for t, _ in _found(lex, "Urinalysis was normal.")} & {HAEMATURIA, PROTEINURIA}


BRISK, MEDIASTINAL_NODES, NASAL_ULCER = "HP:0001348", "HP:0100721", "HP:0033361"
REDUCED_REFLEXES = "HP:0001315"  # HPO's reduced tendon reflexes (hyporeflexia's parent), as 'reduced reflexes' reads
PTOSIS, RENAL_INSUFFICIENCY, NASAL_CONGESTION, COLD_SKIN, ANGINA = ("HP:0000508", "HP:0000083", "HP:0001742",
                                                                  "HP:0033850", "HP:0001681")


@pytest.mark.parametrize("text, term", [
    ("Reflexes were hypoactive in both legs.", REDUCED_REFLEXES), ("He had hyperactive reflexes.", BRISK),
    ("CT showed mediastinal adenopathy.", MEDIASTINAL_NODES), ("There was nasal ulceration.", NASAL_ULCER),
    ("Right eyelid droop.", PTOSIS), ("She had renal impairment.", RENAL_INSUFFICIENCY),
    ("He reported sinus congestion.", NASAL_CONGESTION), ("Coolness of the left foot.", COLD_SKIN),
    ("The left foot was cool and pale.", COLD_SKIN), ("She had rest angina.", ANGINA),
])
def test_common_clinical_wordings_are_read(lex, text, term):
    assert (term, "present") in _found(lex, text)


def test_an_angina_named_for_a_neck_infection_is_not_angina_pectoris(lex):
    assert not {t for t, _ in _found(lex, "He was treated for Ludwig's angina.")} & {ANGINA}


def test_the_new_wordings_are_negated_like_any_finding(lex):
    found = _found(lex, "There was no mediastinal adenopathy and the foot was not cool.")
    assert (MEDIASTINAL_NODES, "absent") in found and (MEDIASTINAL_NODES, "present") not in found


OCCLUSION, LEG_ARTERY_STENOSIS, ARTERIAL_STENOSIS = "HP:0025324", "HP:0004950", "HP:0100545"


@pytest.mark.parametrize("text, term", [
    ("CT angiography showed occlusion of the abdominal aorta and iliac arteries.", OCCLUSION),
    ("There was complete occlusion from the distal right common femoral artery.", OCCLUSION),
    ("Severe stenosis of the left tibial and peroneal arteries.", LEG_ARTERY_STENOSIS),
    ("Duplex showed bilateral critical femoral artery stenoses.", LEG_ARTERY_STENOSIS),
    ("Angiography showed stenosis of the left subclavian artery.", ARTERIAL_STENOSIS),
])
def test_a_named_artery_occluded_or_narrowed_is_read(lex, text, term):
    assert (term, "present") in _found(lex, text)


def test_a_stenosis_denied_is_absent_and_a_spinal_stenosis_is_no_artery(lex):
    assert (LEG_ARTERY_STENOSIS, "absent") in _found(lex, "There was no significant stenosis of the femoral arteries.")
    found = {t for t, _ in _found(lex, "MRI showed lumbar spinal stenosis.")}
    assert not found & {LEG_ARTERY_STENOSIS, ARTERIAL_STENOSIS, OCCLUSION}


T2_CORD = "HP:0040272"


@pytest.mark.parametrize("text", [
    "MRI showed a T2 hyperintense lesion with gadolinium enhancement in the spinal cord from C2 to C5.",
    "There were T2 hyperintensities spanning multiple levels in the cervical cord.",
    "Spinal MRI revealed longitudinal hyperintensity with cord swelling.",
    "Intramedullary T2 hyperintensity from T6 to T9.",
])
def test_a_bright_signal_in_the_cord_is_a_t2_bright_cord_lesion(lex, text):
    assert (T2_CORD, "present") in _found(lex, text)


def test_a_brain_lesion_is_not_read_as_the_cord_and_a_normal_cord_is_absent(lex):
    found = _found(lex, "MRI showed T2 hyperintensities in the periventricular white matter and a normal spinal cord.")
    assert (T2_CORD, "present") not in found
    assert (T2_CORD, "absent") in _found(lex, "Spinal MRI showed no abnormal signal in the cord.")


RADIATING, NEUROPATHIC_PAIN, LEG_PAIN, FOOT_PAIN = "HP:6000684", "HP:6000040", "HP:0012514", "HP:0025238"


@pytest.mark.parametrize("text, kind, site", [
    ("Radiating pain to the left leg.", RADIATING, LEG_PAIN),
    ("She had left lower extremity radiating pain.", RADIATING, LEG_PAIN),
    ("Burning pain in both feet.", NEUROPATHIC_PAIN, FOOT_PAIN),
])
def test_a_kind_of_pain_at_a_site_is_that_pain_and_the_sites_pain(lex, text, kind, site):
    found = _found(lex, text)
    assert (kind, "present") in found and (site, "present") in found


def test_a_denied_kind_of_pain_denies_the_kind_only(lex):
    found = _found(lex, "There was no radiating pain to the legs.")
    assert (RADIATING, "absent") in found
    assert not {(LEG_PAIN, "absent"), (LEG_PAIN, "present")} & found


ARTERIOSCLEROSIS, FEVER, CALF_PAIN = "HP:0002634", "HP:0001945", "HP:0031921"


def test_a_with_after_a_comma_ends_a_negation(lex):
    found = _found(lex, "The ultrasound showed no thrombus in either leg, with arteriosclerosis of the arteries.")
    assert (ARTERIOSCLEROSIS, "present") in found and (ARTERIOSCLEROSIS, "absent") not in found
    found = _found(lex, "No fever, with severe pain in the left calf.")
    assert (FEVER, "absent") in found and (CALF_PAIN, "present") in found


ABSENT_TEMPORAL_PULSE, HCV, FREQUENT_FALLS, RENAL_ANEURYSM = "HP:6000786", "HP:0410371", "HP:0002359", "HP:0033261"


def test_a_temporal_artery_named_is_no_absent_pulse(lex):
    found = {t for t, _ in _found(lex, "A temporal artery biopsy showed classic GCA; temporal artery ultrasound showed a halo.")}
    assert ABSENT_TEMPORAL_PULSE not in found
    assert (ABSENT_TEMPORAL_PULSE, "present") in _found(lex, "On examination one temporal artery pulse was absent.")


@pytest.mark.parametrize("text, term", [("He had untreated hepatitis C.", HCV), ("She had recurrent falls.", FREQUENT_FALLS),
                                        ("Angiography showed intrarenal aneurysms.", RENAL_ANEURYSM)])
def test_clinical_names_read_as_the_finding_they_mean(lex, text, term):
    assert (term, "present") in _found(lex, text)


DVT, CYANOSIS, PALLOR, LEG_SWELLING = "HP:0002625", "HP:0000961", "HP:0000980", "HP:0010741"


def test_phlegmasia_is_a_thrombosed_swollen_blue_or_white_leg(lex):
    found = _found(lex, "He had phlegmasia cerulea dolens of the left leg.")
    assert {(DVT, "present"), (LEG_SWELLING, "present"), (CYANOSIS, "present")} <= found
    assert (PALLOR, "present") in _found(lex, "Phlegmasia alba dolens was diagnosed.")


def test_phlegmasia_denied_never_denies_the_thrombosis(lex):
    assert not {t for t, _ in _found(lex, "There were no signs of phlegmasia.")} & {DVT, LEG_SWELLING}

"""Text to findings, session 13: a result word after a comma belongs to the analyte that follows it, not to
the one before; a coordinated pair whose second part carries a side ('abdominal and bilateral knee pain');
and the clinical words added to db/phrases.yaml. Each test fails if its rule is undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

CRP, ACE, TRANSAMINASES = "HP:0011227", "HP:6000213", "HP:0002910"
ABDOMINAL_PAIN, KNEE_PAIN, ESR = "HP:0002027", "HP:0030839", "HP:0003565"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


def test_a_result_word_after_a_comma_goes_with_the_next_analyte(lex):
    found = _found(lex, "Tests showed a cholestatic pattern of liver enzymes, increased C-reactive protein, "
                        "and elevated angiotensin-converting enzyme.")
    assert (CRP, "present") in found and (ACE, "present") in found, found
    assert (TRANSAMINASES, "present") not in found, found  # 'liver enzymes, increased' is not read


@pytest.mark.parametrize("text", ["The ESR, raised.", "CRP was raised, ESR elevated."])
def test_a_result_after_its_analyte_is_still_read(lex, text):
    assert (ESR, "present") in _found(lex, text)


def test_the_second_part_of_a_pair_may_carry_a_side(lex):
    found = _found(lex, "A one week history of abdominal and bilateral knee pain.")
    assert {(ABDOMINAL_PAIN, "present"), (KNEE_PAIN, "present")} <= found, found


@pytest.mark.parametrize("text, hpo", [
    ("A history of hypertension and coronary heart disease.", "HP:0001677"),
    ("She reported polyarthralgies.", "HP:0002829"),
    ("He had severe gait impairment.", "HP:0001288"),
    ("There was a marked increase in the deep tendon reflexes.", "HP:0001347"),
    ("Induration of both lower limbs.", "HP:0030053"),
    ("A dorsal spinal mass compressing the spinal cord.", "HP:0002176"),
    ("Chilling and fever.", "HP:0025143"),
    ("Palpable purple papules were present on both legs.", "HP:0031363"),
    ("Ultrasound showed synovial thickening of the knee.", "HP:0100769"),
    ("Incomplete paresis of all four limbs.", "HP:0002273"),
    ("Laboratory tests showed elevated serum acute phase reactants.", "HP:0033331"),  # 'serum' between
    ("Nerve studies were compatible with multiple mononeuritis.", "HP:0032018"),
    ("MRI showed degenerative disc changes at L4-5.", "HP:0008419"),
    ("Anti-TIF1gamma antibody was positive.", "HP:0034105"),
    ("Skin biopsy showed low intraepidermal nerve fiber density.", "HP:0034997"),
    ("Small cell carcinoma of the lung was found.", "HP:0030357"),
    ("She had increasing difficulty in ambulating.", "HP:0001288"),
    ("Inability to climb stairs.", "HP:0003551"),
    ("Inflammatory parameters increased.", "HP:0033331"),
    ("Painful nodules on his lower legs.", "HP:0001482"),
    ("Septal perforation on nasal endoscopy.", "HP:0033434"),
    ("CSF showed albuminocytological dissociation.", "HP:0002922"),  # not psychiatric dissociation
    ("Positive for perinuclear anti-neutrophil cytoplasmic antibodies.", "HP:0032229"),
    ("Sensory deficit on the S1 dermatome.", "HP:0003474"),
])
def test_clinical_words_added_in_session_13(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_denied_added_phrase_is_absent(lex):
    assert ("HP:0030828", "absent") in _found(lex, "No wheeze was heard.")


ANA, RF, DSDNA, CCP, ANCA_ = "HP:0003493", "HP:0002923", "HP:0020151", "HP:0034092", "HP:0003453"


@pytest.mark.parametrize("text, absent", [
    ("Other screening examinations, such as antinuclear antibodies (ANA), anti-dsDNA antibodies, rheumatoid "
     "factor (RF), anti-CCP, serology for borreliosis and thyroid-stimulating hormone (TSH), were negative.",
     {ANA, DSDNA, RF, CCP}),
    ("Tests for antinuclear antibodies (ANA) and ANCA to investigate other causes of vasculitis were negative.",
     {ANA, ANCA_}),
    ("Negative test results for rheumatoid factor or antinuclear antibody.", {RF, ANA}),
    ("Laboratory data showed negative rheumatoid factor and positive HLA-B27.", {RF}),
])
def test_a_negative_result_closing_a_list_of_antibody_tests_reaches_them_all(lex, text, absent):
    found = _found(lex, text)
    assert {(h, "absent") for h in absent} <= found, found
    assert not {(h, "present") for h in absent} & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("ANA negative, RF positive.", RF, ANA),
    ("ANA was positive and RF was negative.", ANA, RF),
    ("ANA was negative but anti-dsDNA was positive.", DSDNA, ANA),
])
def test_another_result_between_stops_it(lex, text, present, absent):
    found = _found(lex, text)
    assert (present, "present") in found and (absent, "absent") in found, found


def test_a_finding_before_the_tests_keeps_its_own_polarity(lex):
    found = _found(lex, "Knee swelling, with ANA and RF negative.")
    assert ("HP:0001386", "present") in found and (ANA, "absent") in found, found


def test_a_reference_range_is_not_a_normal_result(lex):
    found = _found(lex, "His creatine kinase (CK) level was 2545 IU/L (normal range, 45-260 IU/L).")
    assert ("HP:0030234", "present") in found, found  # raised CK in HPO's 4-50x band (session 22)


def test_a_negation_stops_at_developing(lex):
    found = _found(lex, "He had no signs of heat illness before developing leg cramps.")
    assert ("HP:0003394", "present") in found and ("HP:0003394", "absent") not in found, found


def test_a_family_history_does_not_reach_past_experienced(lex):
    found = {(f["hpo"], f["context"]) for f in extract(lex, "A 39-year-old woman with a family history of "
             "cardiovascular disease experienced chest pain.")["findings"]}
    assert ("HP:0100749", "family") not in found, found


@pytest.mark.parametrize("text, hpo", [
    ("NSTEMI with dynamic electrocardiogram changes and troponin elevation.", "HP:0500020"),
    ("Dynamic ECG changes were seen.", "HP:0003115"),
])
def test_cardiac_test_phrases(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


@pytest.mark.parametrize("text, hpo, state", [
    ("The symptoms did not regress and the patient lost 20 kg within two months.", "HP:0001824", "present"),
    ("Other causes were excluded, including hypothyroidism and lymphoedema.", "HP:0000821", "absent"),
    ("The patient denied fever.", "HP:0001945", "absent"),
])
def test_the_patient_ends_a_negation_and_excluded_including_negates(lex, text, hpo, state):
    found = _found(lex, text)
    assert (hpo, state) in found and (hpo, {"present": "absent", "absent": "present"}[state]) not in found, found

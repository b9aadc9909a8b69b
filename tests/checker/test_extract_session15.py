"""Text to findings, session 15: a weak ankle jerk in any order ('reduced ankle reflexes', 'the left ankle jerk
was diminished') is decreased/absent ankle reflexes, not bare hyporeflexia, and a 'loss' of them their absence;
examined strength ('reduced power', 'decreased muscle strength') is muscle weakness, read at its site; the CSF's
'total protein' is its protein; a descriptor before a sited finding ('painful swelling of the left leg') names
its own finding at that site too. Each test fails if undone; a negation before each still reaches it."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

ANKLE_REFLEX, ABSENT_ACHILLES, HYPOREFLEXIA = "HP:0200101", "HP:0003438", "HP:0001265"
WEAKNESS, LEG_WEAKNESS, CSF_PROTEIN = "HP:0001324", "HP:0007340", "HP:0002922"
LEG_SWELLING, LEG_PAIN, ANKLE_PAIN = "HP:0010741", "HP:0012514", "HP:0030840"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text", ["Reduced ankle reflexes.", "The left ankle jerk was diminished.",
                                  "Ankle reflexes were decreased bilaterally.", "Hypoactive ankle jerks."])
def test_a_weak_ankle_jerk_is_the_ankle_reflex_not_bare_hyporeflexia(lex, text):
    found = _found(lex, text)
    assert (ANKLE_REFLEX, "present") in found and (HYPOREFLEXIA, "present") not in found, found


def test_a_loss_of_ankle_reflexes_is_their_absence(lex):
    assert (ABSENT_ACHILLES, "present") in _found(lex, "Loss of ankle reflexes.")


@pytest.mark.parametrize("text, hpo", [
    ("Examination showed decreased muscle strength.", WEAKNESS),
    ("There was reduced power in both legs.", LEG_WEAKNESS),
    ("Reduced muscle strength in the lower limbs.", LEG_WEAKNESS),
])
def test_examined_strength_is_muscle_weakness_at_its_site(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_no_reduced_power_is_absent_weakness(lex):
    found = _found(lex, "There was no reduced power in the legs.")
    assert (LEG_WEAKNESS, "absent") in found and (LEG_WEAKNESS, "present") not in found, found


@pytest.mark.parametrize("text", ["The CSF showed elevated total protein.",
                                  "Lumbar puncture: elevated total protein levels in the CSF."])
def test_the_csf_total_protein_is_its_protein(lex, text):
    assert (CSF_PROTEIN, "present") in _found(lex, text)


def test_serum_total_protein_is_not_the_csf(lex):
    assert CSF_PROTEIN not in {h for h, _ in _found(lex, "Serum total protein was elevated.")}


@pytest.mark.parametrize("text, both", [
    ("She had a painful swelling of the left leg.", {LEG_SWELLING, LEG_PAIN}),
    ("Tender swelling over the right ankle.", {"HP:0001785", ANKLE_PAIN}),
])
def test_a_descriptor_before_a_sited_finding_names_its_finding_there_too(lex, text, both):
    assert {(h, "present") for h in both} <= _found(lex, text)


def test_no_painful_swelling_is_both_absent(lex):
    found = _found(lex, "There was no painful swelling of the left leg.")
    assert {(LEG_SWELLING, "absent"), (LEG_PAIN, "absent")} <= found and not {
        (LEG_SWELLING, "present"), (LEG_PAIN, "present")} & found, found


@pytest.mark.parametrize("text", ["Platelets 670.", "Platelet count of 559,000 per mm3.", "Platelet 511,000/mm3."])
def test_a_platelet_count_above_450_is_thrombocytosis(lex, text):
    assert ("HP:0001894", "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["Platelets 250,000/uL.", "Platelet count 300 x 10^9/L.", "Platelets 12%."])
def test_a_normal_platelet_count_says_nothing(lex, text):
    assert "HP:0001894" not in {h for h, _ in _found(lex, text)}


def test_a_white_blood_cell_value_above_its_limit_is_leukocytosis(lex):
    assert ("HP:0001974", "present") in _found(lex, "White blood cell 23,180/mm3.")
    assert "HP:0001974" not in {h for h, _ in _found(lex, "White blood cell 8,000/mm3.")}


def test_a_side_word_after_the_link_reads_as_the_phrase_of_the_site(lex):
    assert ("HP:0003049", "present") in _found(lex, "There was ulnar deviation of both wrists.")
    found = _found(lex, "There was no ulnar deviation of both wrists.")
    assert ("HP:0003049", "absent") in found and ("HP:0003049", "present") not in found, found


@pytest.mark.parametrize("text, hpo", [("Pulselessness of the foot.", "HP:0032554"),
                                       ("She had a ruptured Baker's cyst.", "HP:0032072")])
def test_the_finding_inside_a_word_or_a_conditions_name(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_non_qualified_finding_is_absent_and_its_head_present(lex):
    found = _found(lex, "She had a 3-week history of non-bloody diarrhoea.")
    assert {("HP:0025085", "absent"), ("HP:0002014", "present")} <= found, found


def test_no_head_is_read_present_after_a_negation(lex):
    assert ("HP:0002014", "present") not in _found(lex, "There was no non-bloody diarrhoea.")


@pytest.mark.parametrize("text", ["He was admitted for anticoagulation with heparin and warfarin.",
                                  "She was discharged on warfarin.", "She remained on low-dose aspirin and warfarin."])
def test_an_exposure_named_as_the_treatment_given_is_not_the_patients_finding(lex, text):
    mentions = [f for f in extract(lex, text)["findings"] if f["hpo"] == "HP:0034896"]
    assert mentions and all(f["context"] == "treatment" for f in mentions), mentions


def test_an_exposure_before_the_presentation_stays_the_patients(lex):
    mentions = [f for f in extract(lex, "A 66-year-old patient on warfarin presented with calf pain.")["findings"]
                if f["hpo"] == "HP:0034896"]
    assert [f["context"] for f in mentions] == ["patient"]


def test_a_treatment_row_starts_unticked_with_its_reason(lex):
    from legpain_gui.checker.review import review_rows
    row = next(r for r in review_rows(extract(lex, "She was discharged on warfarin.")) if r.hpo == "HP:0034896")
    assert not row.accept and row.why == "a treatment given, not a finding"


@pytest.mark.parametrize("text", ["Arm swelling.", "Swelling of both arms.", "Upper limb oedema.",
                                  "Swelling in his upper extremities."])
def test_swollen_arms_are_oedema_of_the_upper_limbs(lex, text):
    assert ("HP:0010742", "present") in _found(lex, text)


def test_myogenic_enzymes_are_the_muscle_enzymes(lex):
    assert ("HP:0003236", "present") in _found(lex, "Mildly increased myogenic enzymes.")

"""Text to findings reads findings written as a grade, a weight, a named artery or a fluid's result, and a
site or a qualifier shared along a list (checker.patterns, checker.lexicon): each test would fail if its rule
were lost."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

MUSCLE_WEAKNESS, LEG_WEAKNESS, ARM_WEAKNESS = "HP:0001324", "HP:0007340", "HP:0003484"
PROXIMAL_WEAKNESS, DISTAL_WEAKNESS = "HP:0003701", "HP:0002460"
WEIGHT_LOSS, ARTERIAL_OCCLUSION = "HP:0001824", "HP:0025324"
CSF_PROTEIN, CSF_PLEOCYTOSIS, LEUKOCYTOSIS = "HP:0002922", "HP:0012229", "HP:0001974"
LEG_PAIN, LEG_SWELLING, SHOULDER_PAIN, HIP_PAIN = "HP:0012514", "HP:0010741", "HP:0030834", "HP:0030838"
JOINT_SWELLING, KNEE_EFFUSION = "HP:0001386", "HP:6001020"
VIBRATION, PROPRIOCEPTION = "HP:0002495", "HP:0010831"
MYOPATHY, EMG_MYOPATHIC, FIBRE_NECROSIS = "HP:0003198", "HP:0003458", "HP:0003713"


def _found(lex, text):
    return {(f["hpo"], f["state"], f["context"]) for f in extract(lex, text)["findings"]}


def _present(lex, text):
    return {h for h, s, c in _found(lex, text) if s == "present" and c == "patient"}


@pytest.mark.parametrize("text, hpo", [
    ("Examination found strength of 4/5 in both legs.", LEG_WEAKNESS),
    ("Leg power was grade II/V with hypotonia.", LEG_WEAKNESS),
    ("She had 2/5 strength in the bilateral lower extremities.", LEG_WEAKNESS),
    ("Power was 4/5 (MRC) in the arms.", ARM_WEAKNESS),
    ("Proximal power was 4-/5.", PROXIMAL_WEAKNESS),
    ("Power was 3/5 throughout.", MUSCLE_WEAKNESS),
])
def test_a_power_grade_under_five_is_the_weakness_of_its_site(lex, text, hpo):
    assert hpo in _present(lex, text)


def test_full_power_is_that_sites_weakness_absent_and_says_nothing_without_a_site(lex):
    assert (DISTAL_WEAKNESS, "absent", "patient") in _found(lex, "Distal power was preserved.")
    assert (ARM_WEAKNESS, "absent", "patient") in _found(lex, "Power 5/5 in the arms.")
    assert _found(lex, "Power was 5/5.") == set()
    assert _found(lex, "He recovered to 4/5 and later 5/5 strength.") == set()  # no power word before the grade


@pytest.mark.parametrize("text", ["She had lost 2.5 kg.", "After losing 25 kg in two months.",
                                  "A loss of 10 lb over a month."])
def test_weight_stated_as_lost_is_weight_loss(lex, text):
    assert WEIGHT_LOSS in _present(lex, text)


def test_a_weight_that_is_not_lost_is_not_weight_loss(lex):
    assert WEIGHT_LOSS not in _present(lex, "She weighed 60 kg and lost her job.")


@pytest.mark.parametrize("text", ["CT angiography showed occlusion of the right popliteal artery.",
                                  "It showed occlusion of the whole left external iliac artery.",
                                  "CT angiography showed bilateral tibioperoneal occlusion.",
                                  "Iliac arterial occlusion was found."])
def test_an_artery_named_as_occluded_is_arterial_occlusion(lex, text):
    assert ARTERIAL_OCCLUSION in _present(lex, text)


def test_an_occluded_vein_or_bowel_is_not_arterial_occlusion(lex):
    for text in ("Occlusion of the left femoral vein.", "Bowel obstruction.", "Nasal obstruction of the left side."):
        assert ARTERIAL_OCCLUSION not in _present(lex, text)


def test_a_cell_count_and_protein_in_a_csf_sentence_are_the_fluids(lex):
    found = _present(lex, "The CSF showed lymphocytic pleocytosis, white blood cell count 700, and mildly "
                          "elevated protein (52 mg/dL).")
    assert {CSF_PLEOCYTOSIS, CSF_PROTEIN} <= found and LEUKOCYTOSIS not in found
    assert CSF_PROTEIN not in _present(lex, "Serum protein was elevated.")  # not a CSF sentence
    assert LEUKOCYTOSIS in _present(lex, "White blood cell count 17.0 x10^9/L.")


def test_a_stated_raised_result_in_a_list_is_not_negated_by_an_earlier_no(lex):
    assert (CSF_PROTEIN, "present", "patient") in _found(
        lex, "Cerebrospinal fluid showed no cells, normal sugar and raised proteins.")
    assert ("HP:0003236", "absent", "patient") in _found(lex, "There was no elevated CK.")


def test_findings_joined_before_one_site_are_each_read_at_it_and_at_the_sites_joined_to_it(lex):
    assert {LEG_PAIN, LEG_SWELLING} <= _present(lex, "Pain and swelling of the right leg.")
    assert {SHOULDER_PAIN, HIP_PAIN} <= _present(lex, "Pain and stiffness in both shoulders and both hips.")
    # a list of sites with commas (session 16): each finding at each site, and no further than the list
    found = _present(lex, "Swelling and tenderness of the wrists, knees and ankles, fever and rash.")
    assert {"HP:0001225", "HP:0030836", "HP:0030839", "HP:0030840"} <= found  # wrist swelling, wrist/knee/ankle pain
    assert "HP:0001945" in found  # fever, read as itself after the list


@pytest.mark.parametrize("text, hpo", [("Knee swelling.", JOINT_SWELLING),
                                       ("Unilateral atraumatic knee effusion.", KNEE_EFFUSION),
                                       ("A right knee large effusion.", KNEE_EFFUSION),
                                       ("His right knee had a large effusion.", KNEE_EFFUSION)])
def test_a_joint_named_without_the_word_joint(lex, text, hpo):
    assert hpo in _present(lex, text)


@pytest.mark.parametrize("text, hpo", [("Loss of vibration sensation.", VIBRATION),
                                       ("Decreased proprioception.", PROPRIOCEPTION),
                                       ("Loss of joint position sensation.", PROPRIOCEPTION)])
def test_loss_reduced_and_impaired_say_the_same_of_a_sense(lex, text, hpo):
    assert hpo in _present(lex, text)


def test_a_myopathy_an_emg_shows_is_the_myopathic_emg(lex):
    found = _present(lex, "Electromyography showed an active, irritable myopathic process.")
    assert EMG_MYOPATHIC in found and MYOPATHY not in found
    assert MYOPATHY in _present(lex, "A biopsy showed a myopathy.")


def test_a_first_word_shares_the_noun_of_the_word_coordinated_with_it(lex):
    assert FIBRE_NECROSIS in _present(lex, "A deltoid biopsy showed necrotic and regenerating fibers.")
    assert {PROXIMAL_WEAKNESS, DISTAL_WEAKNESS} <= _present(lex, "Proximal and distal weakness.")


def test_a_list_of_findings_by_commas_shares_its_site_and_a_finding_with_no_term_there_stays_itself(lex):
    found = _present(lex, "Swelling, pain and discolouration of the left leg.")
    assert {LEG_SWELLING, LEG_PAIN, "HP:0001000"} <= found
    assert LEG_SWELLING in _present(lex, "He had a rash, fever and swelling of the right leg.")
    assert LEG_PAIN not in _present(lex, "He had a rash, fever and swelling of the right leg.")


def test_a_reflex_is_read_with_or_without_the_word_tendon(lex):
    assert "HP:0009072" in _present(lex, "Reduced Achilles tendon reflexes.")  # Decreased Achilles reflex


def test_pallor_is_read_from_a_pale_site_with_no_term_of_its_own(lex):
    assert "HP:0000980" in _present(lex, "The right leg was extremely painful and pale.")


@pytest.mark.parametrize("text, hpo, read", [
    ("Laboratory work-up showed sodium 123 mEq/L.", "HP:0002902", True),
    ("Sodium 138 mmol/L.", "HP:0002902", False),
    ("A cerebrospinal fluid protein of 105 mg/dL.", CSF_PROTEIN, True),
    ("CSF protein 0.8 g/L.", CSF_PROTEIN, True),
    ("The CSF contained protein 52 mg/dL.", CSF_PROTEIN, False),  # under the age-adjusted limit: not guessed
])
def test_sodium_under_its_lower_limit_and_csf_protein_over_its_limit(lex, text, hpo, read):
    assert (hpo in _present(lex, text)) is read

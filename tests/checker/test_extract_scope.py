"""Text to findings, session 6 rules: what is read whole so that no finding is read inside it (a condition's
name, words that name no finding alone), the course kept out of the findings, word forms (possessives,
'-es' plurals, tendon jerks), and the ConText scopes along lists, the 'non-' prefix and a trigger that
describes the finding after it. Each test fails if its rule is undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract, for_checker

ARTERITIS, GRANULOMATOSIS, ERYTHEMA_NODOSUM, MYOSITIS = "HP:0012089", "HP:0002955", "HP:0012219", "HP:0100614"
TENDERNESS, ASPIRATION, IRRITABILITY, RELAPSING = "HP:0025283", "HP:0002835", "HP:0000737", "HP:0031796"
ROMBERG, RASH, MYOCLONUS, AREFLEXIA, TETRAPLEGIA = "HP:0002403", "HP:0000988", "HP:0001336", "HP:0001284", "HP:0002445"
GENITAL_ULCERS, ANA, PRURITUS, ABDOMINAL_PAIN, PAIN = "HP:0003249", "HP:0003493", "HP:0000989", "HP:0002027", "HP:0012531"


def _found(lex, text):
    return {(f["hpo"], f["state"], f["context"]) for f in extract(lex, text)["findings"]}


def _terms(lex, text):
    return {h for h, _, _ in _found(lex, text)}


@pytest.mark.parametrize("text, inside", [
    ("Extracranial giant cell arteritis was again considered.", ARTERITIS),
    ("Further investigation showed Wegener's granulomatosis.", GRANULOMATOSIS),
    ("A biopsy showed the features of sporadic inclusion body myositis.", MYOSITIS),
])
def test_a_condition_named_in_the_text_is_read_whole(lex, text, inside):
    assert inside not in _terms(lex, text)


def test_a_condition_name_that_is_itself_a_term_stays_that_term(lex):
    assert (ERYTHEMA_NODOSUM, "present", "patient") in _found(lex, "Tender red nodules of erythema nodosum.")


@pytest.mark.parametrize("text, general", [
    ("The swelling was mildly tender and fluctuant.", TENDERNESS),
    ("Knee aspiration revealed calcium pyrophosphate crystals.", ASPIRATION),
    ("Electromyography showed an active, irritable myopathic process.", IRRITABILITY),
])
def test_words_that_name_no_finding_alone_are_not_read(lex, text, general):
    assert general not in _terms(lex, text)


def test_the_course_is_shown_but_never_goes_to_the_checker(lex):
    result = extract(lex, "Further relapses occurred.")
    assert [(f["hpo"], f["context"]) for f in result["findings"]] == [(RELAPSING, "course")]
    assert for_checker(result) == ([], [])


@pytest.mark.parametrize("text, hpo, state", [
    ("Positive Romberg's sign.", ROMBERG, "present"),
    ("There were no rashes.", RASH, "absent"),
    ("Absent deep tendon jerks.", AREFLEXIA, "present"),
])
def test_possessives_es_plurals_and_tendon_jerks(lex, text, hpo, state):
    assert (hpo, state, "patient") in _found(lex, text)


def test_a_tendon_jerk_is_a_reflex_not_a_myoclonic_jerk(lex):
    assert MYOCLONUS not in _terms(lex, "Ankle jerks were absent.")


def test_a_negation_reaches_along_a_list(lex):
    found = _found(lex, "He denied joint pain, photosensitivity, sicca symptoms and oral or genital ulcers.")
    assert (GENITAL_ULCERS, "absent", "patient") in found


def test_a_negation_after_a_list_reaches_back_along_it(lex):
    text = "Erythrocyte sedimentation rate, antinuclear antibodies and antineutrophil cytoplasmic antibodies were negative."
    assert (ANA, "absent", "patient") in _found(lex, text)


def test_a_list_does_not_carry_a_negation_past_other_words(lex):
    text = "No fever at the first visit to the clinic in the town and genital ulcers."
    assert (GENITAL_ULCERS, "present", "patient") in _found(lex, text)


def test_the_non_prefix_negates_its_word_only(lex):
    found = _found(lex, "A transient non-pruritic rash.")
    assert (PRURITUS, "absent", "patient") in found and (RASH, "present", "patient") in found


def test_a_trigger_before_a_finding_does_not_also_reach_back(lex):
    found = _found(lex, "Flaccid quadriplegia with absent deep tendon jerks.")
    assert (TETRAPLEGIA, "present", "patient") in found and (AREFLEXIA, "present", "patient") in found


def test_an_acute_history_of_is_the_present_illness(lex):
    found = _found(lex, "She presented with an acute history of severe abdominal pain.")
    assert (ABDOMINAL_PAIN, "present", "patient") in found


@pytest.mark.parametrize("text, hpo", [
    ("Weakness of all four limbs.", "HP:0002273"), ("Unsteadiness of gait.", "HP:0002317"),
    ("A lacunar infarction.", "HP:0032325"), ("Dark-coloured urine.", "HP:0040319"),
    ("She had rest pain.", "HP:6000627"), ("Jaw pain on chewing.", "HP:0030164"), ("An itchy rash.", PRURITUS),
    ("Eruptions on his legs.", RASH), ("Purplish discoloration of the toes.", "HP:0000961"),
    ("A large disc herniation at L5-S1.", "HP:0008441"), ("Aquaporin-4 antibody was positive.", "HP:0033342"),
    ("Anti-Mi-2 antibodies were positive.", "HP:0033554"), ("Serum anti-GAD antibodies.", "HP:0025329"),
    ("A pure sensory polyneuropathy.", "HP:0000763"), ("Longitudinally extensive transverse myelitis.", "HP:0012486"),
    ("Generalized leg swelling.", "HP:0010741"), ("Stiffness in the legs.", "HP:0008969"),
])
def test_clinical_phrases_added_to_the_reviewed_list(lex, text, hpo):
    assert (hpo, "present", "patient") in _found(lex, text)


@pytest.mark.parametrize("text, hpos", [
    ("Elevated eosinophils, cholesterol, uric acid and urea.", {"HP:0001880", "HP:0003124", "HP:0002149", "HP:0003138"}),
    ("Her erythrocyte sedimentation rate and C-reactive protein were raised.", {"HP:0003565", "HP:0011227"}),
])
def test_a_qualifier_or_a_result_shared_by_a_list_of_analytes(lex, text, hpos):
    assert {(h, "present", "patient") for h in hpos} <= _found(lex, text)


def test_a_normal_result_makes_each_analyte_s_abnormality_absent(lex):
    found = _found(lex, "Calcium and ACE were normal; complement was normal.")
    assert {("HP:0003072", "absent", "patient"), ("HP:6000213", "absent", "patient"),
            ("HP:0004431", "absent", "patient")} <= found


def test_an_analyte_named_without_a_result_is_not_read(lex):
    assert _terms(lex, "Calcium and ACE were measured.") == set()


@pytest.mark.parametrize("text, raised", [
    ("His temperature was 38.4 C.", True), ("Temperature 37.2 C.", False), ("Temperature 38.1 C.", True),
        ("Temperature 38.0 C.", False), ("Temperature was 102 F.", True), ("Temperature of 98.6°F.", False),
    ("White count was 14.5 x10^9/L.", True), ("CK was still above 1000 U/L.", True),
])
def test_temperature_white_count_and_a_value_above(lex, text, raised):
    terms = _terms(lex, text)
    assert bool(terms & {"HP:0001945", "HP:0001974", "HP:0003236", "HP:0030234"}) is raised


def test_a_joint_named_with_the_word_joint_gives_the_joint_s_own_term(lex):
    found = _found(lex, "Bilateral knee joint pain.")
    assert ("HP:0030839", "present", "patient") in found and ("HP:0002829", "present", "patient") not in found


@pytest.mark.parametrize("text, hpo", [
    ("A 70-year-old man with a history of hypertension presented with leg pain.", "HP:0000822"),
    ("Past medical history of atrial fibrillation and type 2 diabetes.", "HP:0005110"),
    ("She had a previous history of breast cancer treated ten years ago.", "HP:0003002"),
])
def test_a_lasting_condition_in_the_past_history_is_still_the_patients(lex, text, hpo):
    """Hypertension, diabetes, a cancer: named in the past history, the patient still has them (or its risk)."""
    found = _found(lex, text)
    assert (hpo, "present", "patient") in found, found
    assert hpo in for_checker(extract(lex, text))[0]


def test_a_past_event_in_the_history_stays_history(lex):
    """A past deep vein thrombosis is an event, not a lasting condition: it stays in the past history."""
    found = _found(lex, "She had a history of deep vein thrombosis.")
    assert ("HP:0002625", "present", "history") in found, found
    assert "HP:0002625" not in for_checker(extract(lex, "She had a history of deep vein thrombosis."))[0]

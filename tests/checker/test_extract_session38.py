"""Text to findings, session 38: what three clinician testers' published case texts showed (testers hc, hd, he).
Each test fails if its change is undone, unless it says it is a guard."""
from __future__ import annotations

import pytest

from legpain_gui.checker.course import course_of
from legpain_gui.checker.person import sex_of
from tests.checker.readings import found

LEG_OEDEMA, SLE, ASTHMA, NEUROPATHY, CELLULITIS = "HP:0010741", "HP:0002725", "HP:0002099", "HP:0009830", "HP:0100658"
LEUKOCYTOSIS, LEUKOPENIA, LOW_PLATELETS = "HP:0001974", "HP:0001882", "HP:0001873"
LOW_GRADE_FEVER, COLD_LIMB, ANTI_CCP, RAISED_CSF_PROTEIN = "HP:0011134", "HP:0033850", "HP:0034092", "HP:0002922"
SUBDURAL, MYELITIS = "HP:0100309", "HP:0012486"


def test_the_finding_whose_other_causes_were_excluded_is_not_denied(lex):
    """'Other potential etiologies of non-pitting LE edema in patients with SLE were excluded': the edema (the
    presenting complaint) and her known SLE had both read ABSENT; what was looked for is uncertain, never absent."""
    got = found(lex, "Other potential etiologies of non-pitting LE edema in patients with SLE were excluded, "
                     "including hypothyroidism and lymphedema.")
    assert (LEG_OEDEMA, "absent") not in got and (SLE, "absent") not in got
    assert (LEG_OEDEMA, "uncertain") in got


def test_a_finding_after_a_comma_is_not_what_was_looked_for(lex):
    """Guard: 'causes of' reaches to the end of its phrase only; a denial after a comma keeps its polarity."""
    got = found(lex, "Common causes of leg pain were considered, but she had no fever.")
    assert ("HP:0001945", "absent") in got


def test_a_clinician_s_own_hedge_looks_forward_not_back(lex):
    """'Coupled with a history of asthma we suspected EGPA-associated neuropathy': the asthma is a stated fact, and
    had read uncertain."""
    got = found(lex, "Coupled with a history of asthma we suspected EGPA-associated neuropathy.")
    assert (ASTHMA, "present") in got and (NEUROPATHY, "uncertain") in got


def test_a_clinician_s_hedge_still_reaches_what_follows_it(lex):
    """Guard: 'we suspected' still hedges what comes after it, and a passive 'was suspected' still looks back."""
    assert (CELLULITIS, "uncertain") in found(lex, "On the second day we suspected cellulitis.")
    assert (CELLULITIS, "uncertain") in found(lex, "Cellulitis was suspected.")


@pytest.mark.parametrize("text, hpo", [
    ("She had a white blood cell count of 19.7/μL with 85% neutrophils.", LEUKOCYTOSIS),  # read as 0.0197: leukopenia
    ("WBC 2.1/uL.", LEUKOPENIA),
    ("Platelets 85/μL.", LOW_PLATELETS),
])
def test_a_blood_count_per_microlitre_with_its_thousands_lost(lex, text, hpo):
    """No blood count per microlitre has a fraction, and no platelet count is under 1000 per microlitre: the
    '10^3' was lost. '19.7/uL' in a septic patient had read as LEUKOPENIA, the opposite finding."""
    got = found(lex, text)
    assert (hpo, "present") in got
    assert not ({LEUKOCYTOSIS, LEUKOPENIA} - {hpo}) & {h for h, s in got if s == "present"}


def test_whole_counts_per_microlitre_stay_as_written(lex):
    """Guard: 'WBC 600/mm3' is a real, very low count; 'platelets 450,000/mm3' a high one; a CSF count per uL is read
    as its own limit says."""
    assert (LEUKOPENIA, "present") in found(lex, "WBC 600/mm3.")
    assert (LOW_PLATELETS, "present") not in found(lex, "Platelets 250/μL.")
    assert ("HP:0001894", "present") in found(lex, "Platelets 450,000/mm3.")


@pytest.mark.parametrize("text, hpo, state", [
    ("The patient had a low-grade temperature of 37.9°C.", LOW_GRADE_FEVER, "present"),
    ("The leg showed pale skin, livedo reticularis, poikilothermia, and diminished pulses.", COLD_LIMB, "present"),
    ("Rheumatoid factor neg, anti-citrulline peptide neg, borrelia neg.", ANTI_CCP, "absent"),
    ("Cerebrospinal fluid analysis was normal.", RAISED_CSF_PROTEIN, "absent"),
    ("The MRI suggested a cord contusion, with other possibilities being spinal cord hemorrhage, infarct and "
     "transverse myelitis.", MYELITIS, "uncertain"),
])
def test_phrases_the_testers_found_unread(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


def test_a_differential_s_possibilities_are_not_present(lex):
    got = found(lex, "The MRI suggested a cord contusion, with other possibilities being spinal cord hemorrhage, "
                     "infarct and transverse myelitis.")
    assert (MYELITIS, "present") not in got


def test_a_subdural_haemorrhage_months_ago_is_history(lex):
    """'small bilateral subdural hematomas six months ago': a one-off event in the past, had read as a finding now."""
    from legpain_gui.checker.extract import extract
    text = "She had small bilateral subdural hematomas six months ago."
    got = {(f["hpo"], f["context"]) for f in extract(lex, text)["findings"]}
    assert (SUBDURAL, "history") in got and (SUBDURAL, "patient") not in got


def test_a_patient_introduced_without_an_age_gives_the_sex():
    text = ("We report the case of a patient with new-onset bilateral lower extremity (LE) non-pitting edema as the only "
            "presenting symptom of a severe flare of systemic lupus erythematosus. Other potential etiologies of the "
            "edema were excluded, including hypothyroidism and lymphedema. Laboratory investigations and the disease "
            "activity index score suggested a severe flare. The edema improved with steroids. A young adult African-American female presented "
            "to the emergency department with complaints of bilateral lower extremity edema for one week.")
    assert sex_of(text) == "female"
    assert sex_of("Lupus is common in women. His mother had SLE. He presented with a rash.") == "male"  # guard


def test_a_time_in_the_sentence_beats_a_word_for_the_course():
    """'insidious onset painless swelling of the left knee joint ... for 1 week' had read chronic from 'insidious'."""
    got = course_of("She had insidious onset painless swelling of the left knee joint with limitation of range of "
                    "movement for 1 week.")
    assert got["course"] == "acute"
    assert course_of("Insidious onset of weakness. It was investigated.")["course"] == "chronic"  # guard: the word alone

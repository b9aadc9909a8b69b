"""Text to findings, session 40: known defects and what clinician testers' published case texts showed (testers hw to
ib). Each test fails if its change is undone, unless it says it is a guard."""
from __future__ import annotations

import pytest

from legpain_gui.checker.person import age_of, sex_of
from tests.checker.readings import contexts, found, fired

COMMON_COLD, PULSELESS, COLD_LIMB, PARALYSIS = "HP:0011947", "HP:0032554", "HP:0033850", "HP:0003470"


def test_a_cold_pulseless_paralysed_leg_is_ischaemia(lex):
    """'a cold, pulseless, paralysed leg' had read 'a cold' as a common cold (an infection)."""
    got = found(lex, "He presented with a cold, pulseless, paralysed leg.")
    assert (COMMON_COLD, "present") not in got
    assert {(COLD_LIMB, "present"), (PULSELESS, "present"), (PARALYSIS, "present")} <= got


def test_a_cold_last_week_is_still_a_cold(lex):
    """Guard: a cold before the illness is still a respiratory infection."""
    assert (COMMON_COLD, "present") in found(lex, "He had a cold last week and then paralysed legs.")


def test_a_cold_pulseless_leg_is_an_emergency(lex, checker):
    """The same words triaged: the acute limb ischaemia rule fires."""
    level, rules = fired(lex, checker, "He presented with a cold, pulseless, paralysed leg.")
    assert level == "emergency"


@pytest.mark.parametrize("text, hpo", [
    ("CK level on admission was 25,000 U/L.", "HP:0030235"),
    ("Serum potassium concentration on admission was 8.2 mmol/L.", "HP:0002153"),
    ("Creatine kinase upon arrival: 45,000 IU/L", "HP:0030235"),
    ("CRP was initially 150 mg/L.", "HP:0011227"),
])
def test_a_value_on_admission(lex, text, hpo):
    """A time phrase between the analyte and its value ('on admission', 'initially') had left the value unread."""
    assert (hpo, "present") in found(lex, text)


@pytest.mark.parametrize("text", [
    "Creatine kinase levels were markedly elevated (25,000 U/L).",
    "Laboratory tests revealed elevated creatine phosphokinase (CPK) of 25,000 U/L.",
    "Elevated CK (25,000 U/L) and myoglobinuria.",
])
def test_a_raised_ck_then_its_value_takes_its_band(lex, text):
    """A raised CK named before its value ('elevated creatine phosphokinase (CPK) of 25,000 U/L') had read as a
    plain raised CK, not the extremely raised one (over 50 times normal) that the severe-myopathy rule reads."""
    got = found(lex, text)
    assert ("HP:0030235", "present") in got and ("HP:0003236", "present") not in got


def test_a_raised_ck_without_a_value_stays_raised(lex):
    """Guard: a raised CK with no figure, or with another test's figure after a comma, stays plain raised."""
    assert ("HP:0003236", "present") in found(lex, "Elevated CK, ESR 80 mm/h.")


@pytest.mark.parametrize("text", [
    "Examination showed bilaterally absent patellar, ankle, and triceps reflexes.",
    "Patellar, ankle and triceps reflexes were absent.",
])
def test_three_reflexes_listed_with_one_result(lex, text):
    """'bilaterally absent patellar, ankle, and triceps reflexes' (hypokalaemic paralysis) had read nothing at all:
    a list of three reflexes is each reflex's own term, and areflexia for the arm's."""
    got = found(lex, text)
    assert {("HP:0006844", "present"), ("HP:0003438", "present"), ("HP:0001284", "present")} <= got


def test_three_reduced_reflexes(lex):
    got = found(lex, "knee, ankle and biceps reflexes were diminished")
    assert {("HP:0011808", "present"), ("HP:0200101", "present"), ("HP:0001265", "present")} <= got


@pytest.mark.parametrize("text, hpo", [
    ("a progressive debilitating subacute sensory neuronopathy", "HP:0000763"),
    ("She had absent sural SNAP (Sensory Nerve Action Potential) in nerve conduction study.", "HP:0007078"),
    ("He was diagnosed with exertional rhabdomyolysis.", "HP:0003201"),
    ("He had a history of opioid abuse.", "HP:0033515"),
    ("He was diagnosed with acute lower limb arterial embolism.", "HP:0001907"),
    ("Biopsy showed vasculitis of a medium-sized artery with fibrinoid deposition.", "HP:6000658"),
    ("Skin biopsy: necrotising vasculitis of medium sized arteries.", "HP:6000658"),
    ("Biopsy revealed eosinophilic vasculitis involving small vessels.", "HP:0002633"),
    ("A diagnosis of a partial right femoral neuropathy was confirmed.", "HP:0009831"),
    ("Examination showed nonblanching macules on both shins.", "HP:0000979"),
    ("creatine kinase (CK) levels that peaked at 146,000 IU/L", "HP:0030235"),
])
def test_words_testers_found_unread(lex, text, hpo):
    """Published case texts (session 40 testers) whose finding read nothing, or only a vaguer term."""
    assert (hpo, "present") in found(lex, text)


def test_eosinophilic_vasculitis_is_no_blood_eosinophilia(lex):
    assert ("HP:0001880", "present") not in found(lex, "Biopsy revealed eosinophilic vasculitis involving small vessels.")


@pytest.mark.parametrize("text, hpo", [
    ("He had no medical history of chronic peripheral arterial occlusive diseases.", "HP:0004950"),
])
def test_said_absent(lex, text, hpo):
    assert (hpo, "absent") in found(lex, text)


def test_a_drugs_purpose_is_no_stroke(lex):
    """'warfarin for secondary stroke prevention' had read an uncertain stroke."""
    got = found(lex, "She was taking warfarin for secondary stroke prevention.")
    assert not {h for h, _ in got} & {"HP:0001297"}


@pytest.mark.parametrize("text, hpos", [
    ("Type A aortic dissections are relatively rare, with the vast majority of patients presenting with chest pain.",
     {"HP:0100749"}),
    ("MFS was first recognized by James Collier in 1932 as a clinical triad of ataxia, areflexia, and ophthalmoplegia.",
     {"HP:0001251", "HP:0001284", "HP:0000602"}),
    ("Sensory neuropathies have been recognized as neurological complications of Sjogren's syndrome.", {"HP:0000763"}),
])
def test_the_disease_in_general(lex, text, hpos):
    """Sentences about a disease in general had read as this patient's findings."""
    assert all(contexts(lex, text)[h] == "general" for h in hpos)


def test_a_finding_first_described_by_the_patient_stays_hers(lex):
    """Guard: a sentence with a word for this patient is hers."""
    assert contexts(lex, "The rash was first described by her mother two weeks ago.")["HP:0000988"] == "patient"


def test_a_man_who_presented_is_male():
    """'We describe an elderly man who presented with ...' after two sentences on the disease had read no sex."""
    text = ("Chronic immune sensory polyradiculopathy (CISP) is an uncommon and treatable inflammatory disorder of the "
            "proximal sensory nerve roots. Patients typically present with severe sensory ataxia, normal motor "
            "examination, unsteady gait, and normal nerve conduction studies (NCS). We describe an elderly man who "
            "presented with a two-week history of progressive numbness of both legs and recurrent falls.")
    assert sex_of(text) == "male"


def test_age_written_as_a_studys_variable():
    """'(age = 16 years, body mass = 67.9 kg)' had read no age; a form's 'Age: 45' still reads, months never as years."""
    assert age_of("(age = 16 years, body mass = 67.9 kg)") == 16
    assert age_of("Age: 45") == 45
    assert age_of("age = 3 months") is None


@pytest.mark.parametrize("text, hpo", [
    ("Three weeks later the patient experienced bilateral femoral pain.", "HP:0012514"),
])
def test_more_words_testers_found_unread(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


def test_a_benign_tumour_is_no_cancer(lex):
    """'a benign tumor of the colon' had read as a cancer."""
    assert not any(h == "HP:0002664" for h, _ in found(lex, "He had a benign tumor of the colon."))


@pytest.mark.parametrize("text", ["On examination the leg was paralysed and insensate.", "Both legs were paralysed."])
def test_a_paralysed_leg_is_paralysis(lex, text):
    """Review 1: read through the limb's own term, 'the leg was paralysed' had become paraplegia, which triage's
    limb-paralysis concept does not hold (leg pain and a paralysed leg lost the acute limb ischaemia rule)."""
    assert (PARALYSIS, "present") in found(lex, text)


def test_leg_pain_and_a_paralysed_leg_is_an_emergency(lex, checker):
    level, _ = fired(lex, checker, "He woke with severe pain in the right leg. On examination the leg was paralysed.")
    assert level == "emergency"


@pytest.mark.parametrize("text", ["The right foot was pulseless and numb.", "Right leg: pulseless, numb, cold."])
def test_numb_after_pulseless_is_kept(lex, text):
    """Review 1: 'pulseless and numb' had lost the numbness (a descriptor with no term at the site)."""
    assert ("HP:0033748", "present") in found(lex, text)


def test_preserved_vibration_then_lost_reflexes(lex):
    """Review 1: a phrase 'vibration sense loss' matched across the comma, reading impaired vibration present and
    losing the absent ankle reflex (the phrase was withdrawn)."""
    got = found(lex, "She had preserved vibration sense, loss of ankle reflexes and distal weakness.")
    assert ("HP:0002495", "present") not in got and ("HP:0003438", "present") in got


def test_a_stroke_before_a_comma_and_prevention_stays(lex):
    """Review 1: 'stroke prevention' as a drug's purpose must not swallow a stroke before a comma."""
    assert any(h == "HP:0001297" for h, _ in found(lex, "He had a stroke, prevention of a further event was discussed."))


@pytest.mark.parametrize("text, hpo", [
    ("Weakness of both legs was first recognized three days before admission.", "HP:0007340"),
    ("Skin biopsy showed necrotizing vasculitis of medium-sized arteries.", "HP:6000658"),
])
def test_the_patients_own_sentence_is_not_general(lex, text, hpo):
    assert contexts(lex, text)[hpo] == "patient"


def test_a_definition_of_pan_gives_the_patient_no_medium_vessel_vasculitis(lex):
    """Review 1: a definition in the discussion had given the patient PAN's defining finding (the plural phrase rows
    were withdrawn after review 3; a definition opened by the vasculitis's name is general)."""
    text = "Unlike PAN, which is a vasculitis of medium-sized vessels, MPA affects small vessels."
    assert contexts(lex, text).get("HP:6000658") != "patient"
    assert contexts(lex, "IgA vasculitis is a small vessel vasculitis affecting children.")["HP:0011944"] == "general"


def test_a_series_mean_age_is_not_the_patients():
    text = "In a previous series (mean age = 52 years), fever was common. A 34-year-old woman presented with calf pain."
    assert age_of(text) == 34 and age_of("Bone age = 12 years; she had short stature.") is None


def test_a_relative_introduced_with_who_gives_no_sex():
    assert sex_of("Her husband, a man who developed gout last year, brought her to the clinic. She had a hot swollen "
                  "knee.") != "male"


def test_a_history_of_months_duration_is_this_illness(lex):
    """'admitted with a history of left knee pain and limp of 3 months duration' had read as past history."""
    text = "He was admitted to hospital with a history of left knee pain and limp of 3 months duration."
    assert contexts(lex, text)["HP:0030839"] == "patient"


@pytest.mark.parametrize("text, hpo", [
    ("Serum D-dimer was subsequently found to be elevated at 926 nanograms/milliliter (ng/ml).", "HP:0033106"),
    ("There was loss of joint position and sensation to light touch below this level.", "HP:0010831"),
    ("An 83-year-old woman with chronic renal insufficiency was admitted.", "HP:0012622"),
    ("He presented with para-anesthesia and a tingling sensation in the saddle area.", "HP:0034982"),
])
def test_words_testers_ie_and_if_found_unread(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


def test_may_be_present_is_a_hedge(lex):
    assert ("HP:0010741", "uncertain") in found(lex, "Leg edema may be present.")


@pytest.mark.parametrize("text, hpo", [
    ("Few cases of spinal cord ischemia developing in the course of lung cancer have been reported.", "HP:0100526"),
    ("Clinicians need to consider IDEM metastasis when SCLC patients complain of neurologic symptoms.", "HP:0030357"),
])
def test_more_sentences_about_the_disease_in_general(lex, text, hpo):
    assert contexts(lex, text)[hpo] == "general"


@pytest.mark.parametrize("text, hpo", [
    ("Laboratory: CRP- 12.7mg/l.", "HP:0011227"),
    ("Examination showed painful, indurated in base, ulcerative plaques.", "HP:0200042"),
])
def test_words_tester_ic_found_unread(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


def test_rapid_onset_is_acute(lex):
    from legpain_gui.checker.extract import extract
    assert extract(lex, "A 16-year-old girl had rapid onset of progressing muscular weakness.")["course"] == "acute"


def test_attended_with_a_history_that_started_weeks_before_presentation(lex):
    """'attended the hospital with history of back pain ..., which started 2 weeks before presentation' had read as
    past history ('attended ... with history of' is the complaint itself)."""
    text = ("She attended the hospital with history of back pain radiating to her right lower limb, which started 2 "
            "weeks before presentation.")
    assert contexts(lex, text)["HP:0003418"] == "patient"


def test_a_neutrophilic_dermatosis_is_no_neutrophilia(lex):
    got = found(lex, "Pyoderma gangrenosum (PG) is a rare neutrophilic dermatosis.")
    assert not any(h == "HP:0011897" for h, _ in got)


def test_unable_to_weight_bear(lex):
    assert ("HP:0031955", "present") in found(lex, "She had worsening pain and was unable to weight bear.")


def test_the_fall_after_a_negated_list_is_not_denied(lex):
    """'She had no angina ... or loss of consciousness before, during, or after the fall' had read falls ABSENT in a
    patient who had fallen (the event a symptom list is timed by, not a denied finding)."""
    text = ("She had no angina, palpitations, dyspnoea, nausea, diaphoresis, or loss of consciousness before, during, "
            "or after the fall.")
    got = found(lex, text)
    assert ("HP:0002527", "absent") not in got and ("HP:0007185", "absent") in got


def test_frequent_falls_stay(lex):
    assert ("HP:0002527", "present") in found(lex, "He has frequent falls.")


@pytest.mark.parametrize("text", ["Digital rectal examination revealed normal tone.",
                                  "Rectal exam: normal tone, no saddle anaesthesia."])
def test_normal_tone_on_rectal_examination_is_the_sphincters(lex, text):
    """'Digital rectal examination revealed normal tone' had read limb hypertonia absent (against a spastic
    paraparesis); it is the anal sphincter's tone."""
    got = found(lex, text)
    assert ("HP:0034917", "absent") in got and ("HP:0001276", "absent") not in got


def test_limb_tone_beside_a_rectal_examination_stays_the_limbs(lex):
    got = found(lex, "He had increased tone in both legs; rectal tone was normal.")
    assert ("HP:0001276", "present") in got and ("HP:0034917", "absent") in got


def test_venous_thrombosis_in_a_named_deep_vein_is_a_dvt(lex):
    """'venous thrombosis from the right femoral vein to the right popliteal vein' had read a venous thrombosis only,
    which the DVT triage rule does not read."""
    text = "Ultrasound revealed venous thrombosis from the right femoral vein to the right popliteal vein."
    assert ("HP:0002625", "present") in found(lex, text)
    assert ("HP:0002625", "absent") in found(lex, "There was no venous thrombosis in the femoral vein.")
    assert ("HP:0004936", "present") in found(lex, "venous thrombosis of the great saphenous vein and femoral vein")


@pytest.mark.parametrize("text, course", [
    ("He had severe hip pain immediately postoperative.", "acute"),
    ("Myalgia began the day after the inoculation.", "acute"),
    ("The day after surgery he was well; two years later he developed leg pain.", None),
])
def test_onset_right_after_a_trigger_is_acute(lex, text, course):
    from legpain_gui.checker.extract import extract
    assert extract(lex, text)["course"] == course


def test_none_of_her_family_is_the_familys(lex):
    text = "None of her family had hypertension or sudden death at younger age."
    assert contexts(lex, text)["HP:0000822"] == "family"


def test_no_definite_diagnosis_denies_no_pain(lex):
    """'with no definite diagnosis explaining her pain' had read the pain ABSENT."""
    text = ("The patient had similar episodes of acute abdominal pain twice before with no definite diagnosis "
            "explaining her pain.")
    assert ("HP:0012531", "absent") not in found(lex, text)


@pytest.mark.parametrize("text", ["An electrocardiogram revealed abnormalities (segment depression (ST)).",
                                  "ECG: ST depression in V4-V6."])
def test_st_depression_is_no_mood_disorder(lex, text):
    assert not any(h == "HP:0000716" for h, _ in found(lex, text))


def test_a_bracketed_hyphenated_abbreviation_before_a_value(lex):
    text = "High sensitivity C-reactive protein (hs-CRP) 68.51 mg/L (0-5 mg/L)."
    assert ("HP:0011227", "present") in found(lex, text)


"""Text to findings, session 21 (second part: what four clinician testers found in case presentations, emergency
notes and clinic letters they wrote):
a finding said present after a negated one; a test still pending; an episode in the past that resolved; weight
lost on purpose; a site's pulse said normal; buttock pain reaching only the thighs; everyday words that are not the
patient's finding (coughing, tearing, falling, the cold); age and sex as clinicians abbreviate them; serology,
joint fluid, compartment, skin and bladder phrases; a value after a test is its own result; an examination that
excluded a finding; a spouse's history; British notes' durations and 'T 38.9'; SLR negative; urine dips; titles with
age and sex; a bare creatinine's unit. Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


def _terms(lex, text):
    return {f["hpo"] for f in extract(lex, text)["findings"]}


def test_a_finding_said_present_after_a_negated_one_is_present(lex):
    found = _found(lex, "No fever, calf swelling present.")
    assert ("HP:0001945", "absent") in found and ("HP:0010741", "present") in found
    assert ("HP:0002169", "absent") in _found(lex, "No clonus present.")  # its own negation still holds


def test_a_problem_not_settling_is_present_and_so_is_what_follows(lex):
    found = _found(lex, "Sinusitis not settling with antibiotics and a saddle-nose deformity.")
    assert ("HP:0000246", "present") in found and ("HP:0011120", "present") in found


@pytest.mark.parametrize("text", ["Anti-MOG antibodies are pending.", "ANA is awaited.", "ANCA was requested."])
def test_a_test_not_yet_back_is_uncertain(lex, text):
    assert {s for _, s in _found(lex, text)} == {"uncertain"}


def test_an_episode_that_resolved_in_the_past_is_past_history(lex):
    findings = extract(lex, "A year ago she had an episode of blurred vision with pain on eye movement, which "
                            "resolved.")["findings"]
    assert findings and all(f["context"] == "history" for f in findings)
    assert extract(lex, "Two weeks ago she developed weakness of both legs.")["findings"][0]["context"] == "patient"


def test_weight_lost_on_purpose_is_no_weight_loss(lex):
    assert "HP:0001824" not in _terms(lex, "He lost 15 kg on a diet.")
    assert ("HP:0001824", "present") in _found(lex, "She lost 8 kg over three months.")


@pytest.mark.parametrize("text", ["Foot pulses normal.", "Peripheral pulses were normal.", "Distal pulses intact."])
def test_a_sites_pulse_said_normal_is_no_heart_rate(lex, text):
    assert "HP:0001649" not in _terms(lex, text)


def test_buttock_pain_reaching_only_the_thighs_is_radiating_pain_not_sciatica(lex):
    terms = _terms(lex, "Buttock pain radiating to the back of the thighs.")
    assert "HP:6000684" in terms and "HP:0011868" not in terms


@pytest.mark.parametrize("text, wrong", [
    ("Back pain worse on coughing and sneezing.", "HP:0012735"),  # cough
    ("Sudden tearing pain behind the knee.", "HP:0009926"),  # epiphora
    ("Spiking fevers falling to normal in between.", "HP:0002527"),  # falls
    ("Purpura worse in the cold.", "HP:0033850")])  # cold skin
def test_everyday_words_are_not_the_patients_finding(lex, text, wrong):
    assert wrong not in _terms(lex, text)


@pytest.mark.parametrize("text, age, sex", [("34F with leg pain.", 34, "female"), ("58M, known diabetic.", 58, "male"),
                                            ("Mrs Jones has leg pain.", None, "female"),
                                            ("A 5 M resistor.", None, None)])
def test_age_and_sex_as_clinicians_abbreviate_them(lex, text, age, sex):
    result = extract(lex, text)
    assert (result["age"], result["sex"]) == (age, sex)


@pytest.mark.parametrize("text, hpo", [
    ("c-ANCA/PR3 positive.", "HP:0033557"), ("MPO positive.", "HP:0033559"),
    ("Intrinsic factor antibodies positive.", "HP:6000344"), ("Aquaporin-4 IgG positive.", "HP:0033342"),
    ("Raynaud's in the fingers.", "HP:0030880"), ("Aspirate turbid.", "HP:0034939"),
    ("Unable to weight bear.", "HP:0031955"), ("Reflexes are globally absent.", "HP:0001284"),
    ("Tibial shaft fracture in plaster.", "HP:0041081"), ("Compartment feels tense.", "HP:0003725"),
    ("Worse on passive stretch of the toes.", "HP:6001148"), ("Sore red eyes.", "HP:0025337"),
    ("Purplish discolouration of the eyelids.", "HP:0040324"), ("Scaly red papules over the knuckles.", "HP:0025508"),
    ("Difficulty getting out of a chair.", "HP:0008994"), ("Difficulty starting the stream.", "HP:0000019"),
    ("Numbness around the anus.", "HP:0034982"), ("Foot pain at rest.", "HP:6000627"),
    ("The right temporal artery is thickened and pulseless.", "HP:6000786"),
    ("She cannot walk in the dark.", "HP:0010871"),
    ("Bilateral shoulder and hip girdle aching.", "HP:0030834"),
    ("Bilateral shoulder and hip girdle aching.", "HP:0030838"),
    ("Pitting of the fingernails.", "HP:0001803"), ("Hardening of the skin.", "HP:0030053"),
    ("Pain in the jaw on chewing.", "HP:0030164"), ("T 38.9, HR 120.", "HP:0001945"),
    ("creat 310 umol/L", "HP:0003259"), ("abdo pain", "HP:0002027"),
    ("PMH prostate Ca.", "HP:0012125"), ("Raised purple spots that don't blanch.", "HP:0031363"),
    ("Urine dip blood +++ protein ++.", "HP:0000790"), ("Urine dip blood +++ protein ++.", "HP:0000093"),
    ("Dark 'cola' urine.", "HP:0002913"), ("dsDNA high.", "HP:0020151")])
def test_phrases_the_testers_wrote(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_aqp4_negative_is_absent(lex):
    assert ("HP:0033342", "absent") in _found(lex, "AQP4 negative.")


@pytest.mark.parametrize("text, hpo", [
    ("Temp 38.3.", "HP:0001945"), ("Pain in the left foot at rest.", "HP:6000627"),
    ("Exquisitely painful ulcers above both ankles.", "HP:0200042"), ("Pain around the knee.", "HP:0030839"),
    ("Angiography showed multiple microaneurysms in the renal and hepatic arteries.", "HP:0033261")])
def test_more_phrases_the_testers_wrote(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_normal_temperature_is_no_fever(lex):
    assert "HP:0001945" not in _terms(lex, "Temp 37.2.")


def test_an_arm_pulse_is_an_abnormal_pulse_not_a_leg_pulse(lex):
    assert _terms(lex, "Reduced left radial pulse.") == {"HP:0032552"}
    assert "HP:0031271" in _terms(lex, "Absent dorsalis pedis pulse.")


@pytest.mark.parametrize("text, hpo", [
    ("MRI shows a T2 hyperintense lesion at T4-T6.", "HP:0040272"), ("Urine is cola-coloured.", "HP:0002913")])
def test_cord_levels_and_cola_urine(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["Hyperintense disc at T12.", "Hyperintense and heterogeneous on T2-weighted images."])
def test_a_bright_disc_or_a_sequence_name_is_no_cord_lesion(lex, text):
    assert "HP:0040272" not in _terms(lex, text)


def test_a_value_after_a_test_is_its_own_result(lex):
    found = _found(lex, "MPO-ANCA 148 IU/mL, PR3 negative.")
    assert ("HP:0033559", "present") in found


def test_an_examination_that_excluded_a_finding(lex):
    assert ("HP:0000554", "absent") in _found(lex, "Ophthalmology review excluded uveitis.")


def test_not_with_rest_negates_nothing_and_is_no_rest_pain(lex):
    found = _found(lex, "Back pain improves with exercise and not with rest, and alternating buttock pain.")
    assert ("HP:0034805", "present") in found and "HP:6000627" not in {h for h, _ in found}


def test_a_spouses_history_is_not_the_patients(lex):
    findings = extract(lex, "His wife has had two late miscarriages.")["findings"]
    assert findings and all(f["context"] != "patient" for f in findings)


def test_a_treatment_that_has_been_started_is_treatment(lex):
    assert extract(lex, "Warfarin has been started.")["findings"][0]["context"] == "treatment"


@pytest.mark.parametrize("text, wrong", [
    ("The right temporal artery is thickened and pulseless.", "HP:0032554"),  # no limb's absent pulse
    ("She cannot walk in the dark.", "HP:0002505"),  # she can walk
    ("Knee aspirate: WCC 22,000 cells/mm3.", "HP:0001974"),  # the joint's count
    ("Intermittent purpuric spots.", "HP:0025084"),  # no pustules
    ("Referred to gynaecological oncology.", "HP:0002664")])  # no cancer found
def test_what_the_words_do_not_say(lex, text, wrong):
    assert wrong not in _terms(lex, text)


def test_slr_negative_is_the_tests_absence_and_negates_nothing_before_it(lex):
    found = _found(lex, "Paraspinal muscle spasm, SLR neg.")
    assert ("HP:6000066", "absent") in found and ("HP:0003394", "present") in found


def test_british_durations_are_the_present_illness(lex):
    result = extract(lex, "3/52 hx of back pain worse at night, now 2/7 of progressive leg weakness.")
    assert {f["context"] for f in result["findings"]} == {"patient"}
    assert result["course"] == "acute" and result["course_text"] == "3/52"


@pytest.mark.parametrize("text, age, sex", [
    ("Mrs T, 72, with aching shoulders.", 72, "female"), ("Mr Khan 66 has leg pain.", 66, "male"),
    ("25M, father had MS.", 25, "male"), ("Ms Smith has leg pain.", None, "female")])
def test_titles_give_age_and_sex(lex, text, age, sex):
    result = extract(lex, text)
    assert (result["age"], result["sex"]) == (age, sex)


def test_a_time_after_a_drug_taken_is_the_drugs(lex):
    result = extract(lex, "On atorvastatin 40 mg for 3 years; 6 weeks of weakness getting up from a chair.")
    assert result["course"] == "subacute"


def test_a_bare_creatinine_is_read_in_the_unit_its_size_implies(lex):
    assert "HP:0003259" not in _terms(lex, "creat 95")  # 95 umol/L is normal
    assert ("HP:0003259", "present") in _found(lex, "creat 210")
    assert ("HP:0003259", "present") in _found(lex, "creatinine 3.4")  # mg/dL


def test_cp_in_capitals_is_chest_pain(lex):
    assert ("HP:0033771", "present") in _found(lex, "Today sudden SOB and pleuritic CP.")

"""Text to findings, session 41: the readings session 40 withdrew, put back with the guards its reviews asked for
(each would fail if its bug came back)."""
from __future__ import annotations

import pytest

from tests.checker.readings import contexts, found, fired


@pytest.mark.parametrize("text, hpo", [
    ("A 58-year-old woman was referred by her GP querying DVT of the left leg after a long-haul flight.", "HP:0002625"),
    ("ED querying septic arthritis of the right knee.", "HP:0003095"),
    ("A 34-year-old man was referred from the fracture clinic querying compartment syndrome.", "HP:0003725"),
])
def test_a_referrals_query_is_uncertain(lex, text, hpo):
    assert (hpo, "uncertain") in found(lex, text)
    assert (hpo, "present") not in found(lex, text)


@pytest.mark.parametrize("text, present", [
    ("He came in querying gout, as his big toe was red, hot and swollen.", "HP:0010783"),
    ("She was querying the cause of her leg swelling.", "HP:0010741"),
    ("A 70-year-old man, GP querying acute limb ischaemia as his right leg is cold, pale and pulseless since this "
     "morning.", "HP:0000980"),
])
def test_only_the_queried_finding_is_hedged(lex, text, present):
    assert (present, "present") in found(lex, text)


@pytest.mark.parametrize("text", [
    "A 45-year-old man was admitted with a history of severe low back pain, saddle anaesthesia and urinary retention "
    "that began 2 days before admission.",
    "He gave a history of right leg pain, pallor and coldness starting 6 hours before presentation.",
])
def test_a_complaint_that_began_days_before_admission_is_this_illness(lex, checker, text):
    assert "history" not in contexts(lex, text).values()
    assert fired(lex, checker, text)[0] == "emergency"


@pytest.mark.parametrize("text, hpo", [
    ("A 58-year-old woman presented with pain and swelling of the right calf. She has a history of pulmonary "
     "embolism, and was well until 3 days before admission.", "HP:0002204"),
    ("He had a history of a fall with a hip fracture, and the leg swelling began 2 weeks before admission.",
     "HP:0002527"),
])
def test_a_past_illness_before_the_start_stays_past(lex, text, hpo):
    assert contexts(lex, text)[hpo] == "history"


def test_a_diseases_usual_cause_is_general(lex, checker):
    text = ("A 45-year-old man presented with a red, swollen left shin for 2 days. He was afebrile and walking "
            "normally. Necrotising fasciitis is usually caused by group A streptococcus and presents with severe "
            "pain, fever, crepitus and skin necrosis.")
    assert contexts(lex, text)["HP:0033126"] == "general"
    assert fired(lex, checker, text)[0] != "emergency"
    assert contexts(lex, "He walks. Pain is typically caused by walking.")["HP:0012531"] == "patient"


@pytest.mark.parametrize("text, hpo, context", [
    ("Fever can be present in up to half of cases of gout.", "HP:0001945", "general"),
    ("Leg oedema can be present in heart failure.", "HP:0010741", "general"),
    ("Her rash, fever and arthralgia can be present in adult-onset Still's disease.", "HP:0001945", "patient"),
    ("The ankle swelling can be present all day when she is on her feet.", "HP:0001785", "patient"),
])
def test_can_be_present_in_a_population_is_general(lex, text, hpo, context):
    assert contexts(lex, text)[hpo] == context


@pytest.mark.parametrize("text, hpo", [
    ("Over 48 hours she could no longer ambulate.", "HP:0002540"),
    ("She could no longer ambulate long distances.", "HP:0001288"),
    ("He can no longer ambulate more than 50 metres.", "HP:0001288"),
    ("He could no longer walk more than 50 metres.", "HP:0001288"),
    ("She could no longer ambulate without a frame.", "HP:0001288"),
    ("She has been bed bound for 3 days because her legs are too weak to stand.", "HP:0002540"),
    ("The right knee was hot and swollen with minimal range of motion.", "HP:0001376"),
    ("She developed calf pain following a fall.", "HP:0031135"),
])
def test_walking_lost_or_limited(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)
    if hpo == "HP:0001288":
        assert not {h for h, _ in found(lex, text)} & {"HP:0002540"}


@pytest.mark.parametrize("text, hpo", [
    ("A 72-year-old man presented with a painful swollen left calf. He is the main carer for his bed-bound wife.",
     "HP:0002540"),
    ("He was bed bound for 2 days after surgery but now walks independently.", "HP:0002540"),
    ("The hip had minimal range of motion loss.", "HP:0001376"),
    ("No loss of consciousness before or after falling.", "HP:0002527"),
    ("There was no weakness after falling.", "HP:0002527"),
])
def test_not_read(lex, text, hpo):
    assert hpo not in {h for h, _ in found(lex, text)}


@pytest.mark.parametrize("text", ["He had no pain following a fall last month.",
                                  "He denied any head injury after a fall last week."])
def test_a_denied_symptom_never_denies_the_fall(lex, text):
    assert ("HP:0031135", "absent") not in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Loss of pinprick sensation below T5 with preserved proprioception and vibration.", "HP:0010831"),
    ("Loss of pinprick sensation below T5 with preserved proprioception and vibration.", "HP:0002495"),
    ("Pain and temperature were lost below T6, with normal touch, vibration, and position senses.", "HP:0010830"),
])
def test_a_sense_said_preserved_after_a_loss_is_not_lost(lex, text, hpo):
    """Tester il: the loss before had reached the preserved senses (anterior spinal artery pattern inverted)."""
    assert (hpo, "absent") in found(lex, text)
    assert (hpo, "present") not in found(lex, text)


def test_a_sense_said_lost_stays_lost(lex):
    assert {("HP:0002495", "present"), ("HP:0010831", "present"), ("HP:0007328", "absent")} <= found(
        lex, "Vibration and proprioception were reduced at the toes with normal pinprick sensation.")


@pytest.mark.parametrize("text, hpo, state", [
    ("He was misdiagnosed by the local clinic to have lumbar disc herniation.", "HP:0008441", "uncertain"),
    ("The patient was referred to the emergency department for deep vein thrombosis exclusion.", "HP:0002625",
     "uncertain"),
    ("Other more common differentials to consider were: ruptured Baker's cyst, chronic venous leg insufficiency, "
     "infection, trauma, lymphoedema and malignancy.", "HP:0001004", "uncertain"),
    ("She had pain of the pelvic girdle.", "HP:0030838", "present"),
    ("There was no history of headache, visual changes and weight loss.", "HP:0000504", "absent"),
    ("He reported urine hesitancy.", "HP:0000019", "present"),
    ("Examination disclosed areflexia in both legs and feet.", "HP:0002522", "present"),
    ("There was a palpable petechial rash on both legs.", "HP:0031363", "present"),
    ("She had difficulty of walking.", "HP:0001288", "present"),
    ("Platelets 0.4 lakh/cumm.", "HP:0001873", "present"),
])
def test_tester_readings_session_41(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Cases often present with painful neuropathy.", "HP:0009830"),
    ("Reports suggest that systemic lupus erythematosus-myositis overlap syndrome has a variable outcome.",
     "HP:0002725"),
])
def test_a_statement_on_other_cases_is_general(lex, text, hpo):
    assert contexts(lex, text)[hpo] == "general"


def test_a_normal_platelet_count_in_lakh_is_not_thrombocytopenia(lex):
    assert "HP:0001873" not in {h for h, _ in found(lex, "Her platelet count was 1.5 lakh/cumm.")}


def test_a_follow_ups_length_is_not_the_course():
    from legpain_gui.checker.course import course_of
    assert course_of("One year of clinical, electrophysiological and serological follow-up showed recovery.") is None
    assert course_of("He had 3 weeks of leg pain.")["course"] == "acute"


def test_a_denial_does_not_reach_past_from_the(lex):
    """Tester io: 'He denied itch or pain from the rash' had read the rash absent."""
    assert ("HP:0000988", "present") in found(lex, "He denied itch or pain from the rash but noted pain at his "
                                                   "right calf. A purpuric rash covered both legs.")
    assert ("HP:0011868", "absent") in found(lex, "He denied pain radiating from the back to the leg.")


@pytest.mark.parametrize("text, hpo, state", [
    ("Differential diagnoses were hydralazine-associated Sweet's syndrome, streptococcal-induced cutaneous eruption "
     "or an unrelated contact dermatitis.", "HP:0032282", "uncertain"),
    ("Possibilities considered were small-to-medium vessel vasculitis and vasculopathy.", "HP:6000658", "uncertain"),
    ("Preoperative diagnosis was neoplasm.", "HP:0002664", "uncertain"),
    ("He was admitted with a suspicious diagnosis of acute viral hepatitis.", "HP:0006562", "uncertain"),
    ("A midstream urine sample detected glomerular blood cells.", "HP:0000790", "present"),
    ("The rash did not have the appearance of palpable purpure.", "HP:0031363", "absent"),
    ("All deep reflexes were exaggerated.", "HP:0001347", "present"),
    ("He complained of stomach ache, nausea and vomiting.", "HP:0002027", "present"),
    ("The symptoms were dizziness, muscle pain and dark color of urine.", "HP:0040319", "present"),
])
def test_tester_readings_session_41_round_2(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Biopsy showed a transition from neutrophilic to mononuclear inflammatory vascular disease.", "HP:0011897"),
    ("She also started experiencing fear of fall when walking.", "HP:0002527"),
    ("He complained of stomach ache, nausea and vomiting.", "HP:0012514"),
])
def test_not_read_round_2(lex, text, hpo):
    assert hpo not in {h for h, _ in found(lex, text)}


@pytest.mark.parametrize("text, hpo", [
    ("LV can be associated with thrombophilias, fibrinolytic disorders, autoimmune diseases, and malignancy.",
     "HP:0002960"),
    ("Statins are known to cause myopathy.", "HP:0003198"),
    ("The most common adverse effects include weakness and myalgias.", "HP:0003326"),
    ("High suspicion is warranted when patients taking statins develop weakness and myalgia.", "HP:0003326"),
])
def test_general_round_2(lex, text, hpo):
    assert contexts(lex, text)[hpo] == "general"


@pytest.mark.parametrize("text, course", [
    ("She was successfully treated with a six-week course of ceftriaxone.", None),
    ("He received a treatment of 2 arthroscopies and 5 weeks of antibiotics.", None),
    ("Despite five days of intravenous immunoglobulin treatment she worsened.", None),
    ("He had a 3-week course of leg weakness.", "acute"),
])
def test_a_treatments_length_is_not_the_course(text, course):
    from legpain_gui.checker.course import course_of
    read = course_of(text)
    assert (read and read["course"]) == course

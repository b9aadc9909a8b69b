"""Text to findings, session 39: what five clinician testers' published case texts showed (testers hj, hk, hl, hm,
hn). Each test fails if its change is undone, unless it says it is a guard."""
from __future__ import annotations

import pytest

from tests.checker.readings import contexts, found, fired

DISC, CK_EXTREME, ARTHRITIS, FEVER, GAIT, CANNOT_WALK = ("HP:0008441", "HP:0030235", "HP:0001369", "HP:0001945",
                                                          "HP:0001288", "HP:0002540")
SHOCK, SEPSIS, POLYARTHRITIS, SEPTIC_ARTHRITIS = "HP:0031273", "HP:0100806", "HP:0005764", "HP:0003095"
PARAPLEGIA, PARALYSIS, LEG_WEAKNESS, HYPOREFLEXIA = "HP:0010550", "HP:0003470", "HP:0007340", "HP:0001315"


def test_relative_to_is_no_relative(lex):
    """'a tumor that moved in position relative to the L1-2 disc bulge': the patient's own disc bulge had read as a
    FAMILY member's."""
    text = ("Magnetic resonance imaging revealed an intraspinal tumor that moved in position relative to the L1-2 disc "
            "bulge on scans 6 h apart, with associated spontaneous regression in symptoms.")
    assert contexts(lex, text)[DISC] == "patient"


def test_a_relative_is_still_family(lex):
    """Guard: a relative with a finding is still the family's."""
    assert contexts(lex, "His relative had a disc bulge.")[DISC] == "family"


@pytest.mark.parametrize("text", [
    "Laboratory evaluation revealed a creatine phosphokinase level of more than 22 000 IU/l.",
    "CK was greater than 50,000 U/L.",
])
def test_a_value_said_to_be_more_than_a_figure(lex, text):
    """'a creatine phosphokinase level of more than 22 000 IU/l' had read nothing at all."""
    assert (CK_EXTREME, "present") in found(lex, text)


def test_unable_to_walk_properly_is_difficulty_walking(lex):
    """'so severe that she was unable to walk properly' had read as an inability to walk."""
    got = found(lex, "The pain was so severe that she was unable to walk properly.")
    assert (GAIT, "present") in got and (CANNOT_WALK, "present") not in got


@pytest.mark.parametrize("text, hpo, state", [
    ("She had fever with chills, pollakiuria and hematuria.", "HP:0100515", "present"),
    ("She had never experienced dry mouth, xerophthalmia, skin or oral ulcer, spontaneous abortion, or arthritis.",
     "HP:0005268", "absent"),
    ("On admission, she complained of diplopia, but extraocular movement dysfunction or nystagmus were not observed.",
     "HP:0000602", "absent"),
    ("The patient developed weakness in all 4 limbs.", "HP:0002273", "present"),
    ("He had excruciating pain between the shoulders.", "HP:0033746", "present"),
    ("Computed tomography (CT) angiogram showed a thrombotic occlusion of the infra-renal aorta.", "HP:0004420",
     "present"),
    ("CT showed aortic thrombosis.", "HP:0004420", "present"),
    ("Mild weakness of left extremities was recorded and deep tendon reflexes of left side were hypoactive.",
     HYPOREFLEXIA, "present"),
    ("She had subacute demyelinating polyradiculopathy.", "HP:0011096", "present"),
    ("Multiple tiny lymph nodes were palpable over bilateral cervical and supraclavicular areas.", "HP:0002716",
     "present"),
])
def test_words_the_reader_had_no_reading_for(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


def test_no_sustained_fever_denies_only_a_persistent_one(lex):
    """'the absence of sustained fever' had denied any fever."""
    got = found(lex, "Septic arthritis was considered less likely given the absence of sustained fever.")
    assert ("HP:0033399", "absent") in got and (FEVER, "absent") not in got


@pytest.mark.parametrize("text", [
    "In different studies presence of arthritis, Raynaud phenomenon, vasculitis and pleuritis were associated with "
    "this occurrence.",
    "Cutaneous PAN can be misinterpreted as a non-invasive form of livedoid vasculitis.",
])
def test_what_the_literature_says_is_nobody_s(lex, text):
    """Findings in a sentence about other studies or about what a disease can be mistaken for had read as the
    patient's."""
    assert set(contexts(lex, text).values()) == {"general"}


def test_a_misdiagnosis_of_the_patient_is_still_the_patient_s(lex):
    """Guard: 'the rash was initially misdiagnosed as cellulitis' tells of this patient."""
    assert contexts(lex, "The rash was initially misdiagnosed as cellulitis.")["HP:0000988"] == "patient"


def test_septic_shock_is_sepsis_too(lex):
    """'septic shock from necrotizing fasciitis' had read shock only."""
    got = found(lex, "She developed septic shock from necrotizing fasciitis.")
    assert (SHOCK, "present") in got and (SEPSIS, "present") in got


def test_no_septic_shock_denies_the_shock_only(lex):
    """Guard: a denied septic shock says nothing of sepsis."""
    got = found(lex, "There was no septic shock.")
    assert (SHOCK, "absent") in got and not {h for h, _ in got} & {SEPSIS}


def test_septic_polyarthritis_is_septic_arthritis(lex):
    """'Staphylococcus aureus septic polyarthritis' had read polyarthritis only."""
    got = found(lex, "She presented with Staphylococcus aureus septic polyarthritis.")
    assert {(POLYARTHRITIS, "present"), (SEPTIC_ARTHRITIS, "present")} <= got


@pytest.mark.parametrize("text", ["He had paralysis of the right leg.", "Paralysis of the left lower limb."])
def test_one_leg_paralysed_is_no_paraplegia(lex, text):
    """One leg's paralysis had read as PARAPLEGIA (both legs)."""
    got = {h for h, s in found(lex, text) if s == "present"}
    assert PARALYSIS in got and PARAPLEGIA not in got


def test_a_painful_paralysed_leg_is_acute_limb_ischaemia(lex, checker):
    """One painful, paralysed leg fires the acute limb ischaemia rule (read as paraplegia, it had fired only the
    weakness rules, which say nothing of the leg's blood supply)."""
    level, rules = fired(lex, checker, "Sudden severe pain and paralysis of the right leg.")
    assert level == "emergency" and "acute-limb-ischaemia" in rules


@pytest.mark.parametrize("text", ["He had paralysis of both legs.", "He developed paraplegia.",
                                  "He had bilateral lower extremity pain and paralysis.",
                                  "After a fall onto his right side he had paralysis of the legs."])
def test_both_legs_paralysed_stay_paraplegia(lex, text):
    """Guard: both legs, or the word itself, stay paraplegia; a side said elsewhere in the sentence is not the legs'
    (review: 'a fall onto his right side' had made the legs' paralysis one leg's)."""
    assert (PARAPLEGIA, "present") in found(lex, text)


def test_a_photosensitivity_rash_is_one_finding(lex):
    """'There was no fever, recurrent oral ulcers, photosensitivity rash' had denied any rash as well."""
    got = found(lex, "There was no fever, recurrent oral ulcers, photosensitivity rash or alopecia.")
    assert ("HP:0000992", "absent") in got and ("HP:0000988", "absent") not in got


def test_non_septic_arthritis_is_not_septic(lex):
    """Review: 'non-septic arthritis' had added septic arthritis as present (the rule looked only at 'septic')."""
    got = found(lex, "The knee showed a non-septic arthritis.")
    assert (SEPTIC_ARTHRITIS, "present") not in got


@pytest.mark.parametrize("text", ["SpO2 more than 92% on air.", "Sodium greater than 120 mmol/L.",
                                  "SpO2 above 92% on air."])
def test_a_lower_bound_is_no_low_value(lex, text):
    """Review: a figure under the lower limit after 'more than' read as a LOW value ('SpO2 more than 92%' as
    hypoxaemia; 'above' did so before this session)."""
    assert not {s for _, s in found(lex, text)} & {"present"}


def test_a_relative_to_the_patient_is_family(lex):
    """Review guard: 'a first-degree relative to the patient had SLE' is the family's."""
    assert contexts(lex, "A first-degree relative to the patient had SLE.")["HP:0002725"] == "family"


@pytest.mark.parametrize("text, hpo", [
    ("Patient could be confused and drowsy, with fever and a hot swollen left knee.", FEVER),
    ("Popliteal vein thrombosis was seen on Doppler, not present in previous studies.", "HP:0002625"),
    ("A rash which can be mistaken for cellulitis was present on the shin.", "HP:0000988"),
])
def test_the_patient_s_own_sentences_are_not_the_literature(lex, text, hpo):
    """Review guard: a confused patient, earlier imaging studies and a letter's aside stay the patient's."""
    assert contexts(lex, text)[hpo] == "patient"


# Round 2 (testers ho, hp, hq, hr, hs)

def test_a_denial_inside_a_list_of_present_signs_denies_its_own_item_only(lex):
    """'he presented distal motor deficit in legs, global absence of profound reflexes, feet amyotrophy,
    hepatosplenomegaly, gynecomastia, papilledema, ...': the five signs after the unread item had all read ABSENT."""
    got = found(lex, "At physical examination he presented distal motor deficit in legs, global absence of profound "
                     "reflexes, feet amyotrophy, hepatosplenomegaly, gynecomastia, papilledema, axilar lymph node "
                     "enlargement and a cyanosis of extremities.")
    assert {("HP:0001433", "present"), ("HP:0000771", "present"), ("HP:0001085", "present")} <= got
    assert not {s for _, s in got} & {"absent"}


@pytest.mark.parametrize("text, hpo", [
    ("She had leg pain, absence of sweating, rash and fever.", "HP:0001945"),  # its own item read: the list's
    ("She had leg pain, without other complaints, fever or rash.", "HP:0001945"),  # 'or' goes on with the list
])
def test_a_denial_whose_list_goes_on_still_reaches(lex, text, hpo):
    """Guard: a denial whose own item the reader knows, or whose list goes on with 'or', keeps its reach (as before)."""
    assert (hpo, "present") not in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("She had a lactate acidosis (lactate 11.5 mmol/L, pH 7.2).", "HP:0003128"),
    ("Clinical examination revealed marbling of the legs.", "HP:0001070"),
    ("He had paralysis of the right upper and lower limbs.", "HP:0002301"),  # one side's arm and leg: hemiplegia
    ("Palpation failed to detect pulses in either foot.", "HP:0032554"),
    ("She had a positive Rhomberg test.", "HP:0002403"),
    ("She had gum hypertrophy and gum bleeding.", "HP:0000225"),
])
def test_round_two_words(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


def test_one_thing_confused_with_another_is_no_confusion(lex):
    """'plantaris rupture confused by radiology resident with DVT' had read the patient as CONFUSED."""
    assert "HP:0001289" not in {h for h, _ in found(lex, "We present a case of plantaris rupture confused by the "
                                                         "radiology resident with DVT.")}
    assert ("HP:0001289", "present") in found(lex, "He was confused and drowsy.")  # guard


@pytest.mark.parametrize("text", [
    "Cervical and lower back pain are classic reasons for patients to seek care in the emergency department.",
    "Secondary to vasculitis, this complication is most frequently associated with antiphospholipid antibodies.",
])
def test_more_sentences_about_patients_in_general(lex, text):
    assert set(contexts(lex, text).values()) == {"general"}


def test_a_duration_written_with_an_apostrophe():
    """'a persistent limp of 3 weeks’ duration' had given no course."""
    from legpain_gui.checker.course import course_of
    got = course_of("A 3-year-old girl with a persistent limp of 3 weeks’ duration.")
    assert got and got["course"] == "acute"


# Review 2 of session 39: guards for what the round-2 changes first got wrong

def test_a_list_of_negatives_after_without_stays_denied(lex):
    """'low back pain, without recent trauma, fever, weight loss, urinary retention, saddle anaesthesia': the denial
    opens a list of negatives (the first draft of the mid-list rule read them all PRESENT: cauda equina, emergency)."""
    got = found(lex, "Low back pain for 3 days, without recent trauma, fever, weight loss, urinary retention, "
                     "saddle anaesthesia.")
    assert {("HP:0001945", "absent"), ("HP:0000016", "absent"), ("HP:0034982", "absent")} <= got


@pytest.mark.parametrize("text, hpo", [
    ("X-ray showed mottling of the distal femur.", "HP:0001070"),  # a bone's look on an X-ray, not mottled skin
    ("He was able to heel and toe walk.", "HP:0030051"),  # a strength test, not tip-toe gait
    ("SpO2 on arrival was above 92%.", "HP:0012418"),  # a lower bound after a time phrase: no hypoxaemia
])
def test_review_two_misreadings(lex, text, hpo):
    assert hpo not in {h for h, _ in found(lex, text)}


def test_a_treatment_course_written_with_an_apostrophe_is_no_onset():
    """"a 10 days' course of amoxicillin" had become the illness's course (acute, not chronic)."""
    from legpain_gui.checker.course import course_of
    got = course_of("She finished a 10 days' course of amoxicillin last month. Knee pain for 6 months.")
    assert got and got["course"] == "chronic"


def test_a_patient_found_confused_by_a_relative_is_confused(lex):
    assert ("HP:0001289", "present") in found(lex, "He was found confused by his daughter.")


@pytest.mark.parametrize("text, hpo", [
    ("Cold pale right foot, absent capillary refill, no Doppler signal.", "HP:0033850"),
    ("Swollen right calf, negative Homans sign, no fever.", "HP:0010741"),
])
def test_a_result_that_opens_the_next_item_is_that_item_s(lex, text, hpo):
    """An older polarity error (review 2): 'absent'/'negative' at the head of the next list item had denied the finding
    before the comma (the cold foot of an ischaemic leg and the swollen calf of a DVT read ABSENT)."""
    got = found(lex, text)
    assert (hpo, "present") in got and (hpo, "absent") not in got


def test_a_postposed_denial_still_reaches_back(lex):
    """Guard: 'calf swelling, absent on the left' and 'fever, which were absent here' still deny."""
    assert ("HP:0010741", "absent") in found(lex, "Calf swelling, absent on the left.")
    assert ("HP:0010741", "absent") in found(lex, "Calf swelling, absent.")




# Round 3 (testers ht, hu, hv)

@pytest.mark.parametrize("text", [
    "Hyperreflexia has been rarely reported with acute motor axonal neuropathy.",
    "GBS should be a differential diagnosis in patients with acute quadriparesis.",
    "The frequently observed neurological manifestations of acquired hypothyroidism include mild to moderate myopathy.",
])
def test_round_three_sentences_about_patients_in_general(lex, text):
    assert set(contexts(lex, text).values()) == {"general"}


def test_a_report_about_this_patient_stays_the_patient_s(lex):
    """Guard: 'has been reported' without 'rarely' is no literature marker (withdrawn in session 38)."""
    assert contexts(lex, "Hyperreflexia has been reported in this patient.")["HP:0001347"] == "patient"


def test_how_long_she_lived_somewhere_is_no_course():
    """'who lived in Italy for 13 years' had made the illness chronic."""
    from legpain_gui.checker.course import course_of
    assert course_of("A 40-year-old woman who lived in Italy for 13 years presented with an indolent ulcer.") is None




@pytest.mark.parametrize("text, hpo", [
    ("His creatine kinase level was noted to be 18 860 U/L.", "HP:0030235"),
    ("A medical history significant only for polysubstance abuse.", "HP:0033511"),
    ("Electrocardiogram showed first-degree atrioventricular block with peaked T waves.", "HP:0005135"),
    ("She had a pruritic maculopapular rash.", "HP:0040186"),
    ("There was mild weakness of neck flexion.", "HP:0003722"),
])
def test_round_three_readings(lex, text, hpo):
    assert (hpo, "present") in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("He had been falling asleep with his right pelvis on a concrete floor.", "HP:0002527"),
    ("In combination with redness and elevated temperature of the overlying skin.", "HP:0001945"),
])
def test_round_three_words_that_are_no_finding(lex, text, hpo):
    assert hpo not in {h for h, _ in found(lex, text)}


def test_concerns_of_still_hedge_elsewhere(lex):
    """Guard: 'due to concerns of ... cellulitis' stays a worry, not a finding."""
    assert ("HP:0100658", "uncertain") in found(lex, "Admitted due to concerns of ulcer enlargement and cellulitis.")


# Review 3 of session 39: guards for what the round-3 changes first got wrong

@pytest.mark.parametrize("text, hpo", [
    ("Romberg sign, negative with eyes closed.", "HP:0002403"),
    ("Babinski sign, negative x2.", "HP:0003487"),
    ("Straight leg raise, negative up to 90 degrees.", "HP:6000066"),
])
def test_a_postposed_negative_with_words_after_it_is_still_the_sign_s(lex, text, hpo):
    """The first draft read any word after a postposed 'negative' as a new item, and the sign before it PRESENT."""
    got = found(lex, text)
    assert (hpo, "absent") in got and (hpo, "present") not in got


def test_an_emergency_after_an_unknown_denied_item_stays_present(lex):
    """'Acute low back pain, no trauma, bilateral leg weakness since this morning, urinary retention': a draft that
    made a 'no' list reach on lost the weakness and the retention (an emergency); the older reading is kept, with its
    known cost (an unknown first item lets the red flags after it read present: over-triage, never a missed emergency)."""
    got = found(lex, "Acute low back pain, no trauma, bilateral leg weakness since this morning, urinary retention.")
    assert {("HP:0007340", "present"), ("HP:0000016", "present")} <= got


@pytest.mark.parametrize("text, hpo, state", [
    ("Referred by her GP with concerns of a DVT.", "HP:0002625", "uncertain"),  # the referrer's worry
    ("Streptococcal toxic shock syndrome with a red swollen leg.", "HP:0031273", "present"),  # the patient's shock
])
def test_review_three_guards(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("No change of voice.", "HP:0001618"),
    ("Potassium was found 1 hour later to be 4.2 mmol/L.", "HP:0002900"),
    ("PR: reduced tone.", "HP:0001252"),
])
def test_review_three_no_readings(lex, text, hpo):
    assert (hpo, "present") not in found(lex, text)


def test_a_time_ago_while_working_dates_this_illness():
    from legpain_gui.checker.course import course_of
    got = course_of("He was working on a ladder 10 days ago when he fell; his knee is swollen.")
    assert got and got["course"] == "acute"

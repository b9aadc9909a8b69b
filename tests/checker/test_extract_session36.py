"""Text to findings, session 36: readings the session-35 testers reported and that session left, and the defects the
session-36 testers (rounds gh to gm, published case reports found by presentation) reported. Each test fails if its
change is undone, unless it says it is a guard."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract
from tests.checker.readings import contexts, found

ANCA, GAD, CRYO, ANA = "HP:0003453", "HP:0025329", "HP:0100778", "HP:0003493"
LOW_C3, LOW_C4, LOW_IGA = "HP:0005421", "HP:0045042", "HP:0002720"


@pytest.mark.parametrize("text, hpo", [
    ("ANCA was undetectable.", ANCA),
    ("Anti-GAD antibodies were undetectable.", GAD),
    ("Cryoglobulins were undetectable.", CRYO),
    ("CK was 12,000 U/L and ANA undetectable.", ANA),
])
def test_an_undetectable_antibody_is_absent(lex, text, hpo):
    """'undetectable' after a test is its negative result, as 'not detected' is (was read present)."""
    got = found(lex, text)
    assert (hpo, "absent") in got and (hpo, "present") not in got


@pytest.mark.parametrize("text, hpo", [
    ("C3 was 0.45 g/L and C4 was undetectable.", LOW_C4),
    ("Serum IgA was undetectable.", LOW_IGA),
])
def test_an_undetectable_level_is_a_low_one(lex, text, hpo):
    """A level that cannot be measured is a very low one: the low-level term, present."""
    assert (hpo, "present") in found(lex, text)


def _has(lex, text, hpo, state):
    return (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Pain was localized to the right thigh.", "HP:0012514"),  # lower limb pain
    ("Muscle weakness was most marked in the hip flexors.", "HP:0012515"),  # hip flexor weakness
    ("He complained of pain that started in the lower back.", "HP:0003419"),  # low back pain
    ("Weakness involved both legs, more on the left.", "HP:0007340"),  # lower limb muscle weakness
    ("The pain started in the right buttock area.", "HP:0034805"),  # buttock pain
    ("He had progressive pain, coldness, and tingling in the right foot.", "HP:0025238"),  # foot pain, across a list
    ("There was pain and increasing swelling involving both knee joints.", "HP:0030839"),  # knee pain
    ("There was paresis of both legs.", "HP:0007340"),
])
def test_a_bare_finding_is_read_at_the_site_the_sentence_places_it(lex, text, hpo):
    """checker.placed: 'pain was localized to the right thigh' is thigh (leg) pain, not a bare Pain."""
    got = found(lex, text)
    assert (hpo, "present") in got and ("HP:0012531", "present") not in got and ("HP:0001324", "present") not in got


@pytest.mark.parametrize("text", [
    "Pain was absent in the right leg.",  # a negation between: the sentence's own reading stays
    "He had three weeks of progressive pain and swelling of his arms and legs.",  # already read at both sites
])
def test_placing_leaves_a_negated_or_already_sited_noun(lex, text):
    """A guard: 'absent' stops the search; a noun the lexicon read at two sites is not read again at one."""
    got = found(lex, text)
    if "absent" in text:
        assert ("HP:0012531", "absent") in got and ("HP:0012514", "present") not in got
    else:
        assert {("HP:0012513", "present"), ("HP:0012514", "present")} <= got


def test_a_dash_between_a_test_and_its_value(lex):
    got = found(lex, "Investigations showed erythrocyte sedimentation rate (ESR)-65 mm/1sth, C-reactive protein "
                     "(CRP)->15 mg/dL.")
    assert {("HP:0003565", "present"), ("HP:0011227", "present")} <= got


def test_a_ventricular_rate_is_a_heart_rate(lex):
    assert _has(lex, "She had a rapid ventricular rate of 132 beats/min.", "HP:0001649", "present")
    assert not _has(lex, "Ventricular rate was 80 beats/min.", "HP:0001649", "present")


def test_any_of_the_joints_is_a_site(lex):
    assert _has(lex, "There was no swelling of any joint.", "HP:0001386", "absent")


def test_a_denied_list_reaches_past_items_the_reader_does_not_know(lex):
    text = ("She denied complaints in other joints, fever, skin lesions, additional symptoms, tick bites, or exposure "
            "to other agents.")
    got = found(lex, text)
    assert ("HP:0020140", "absent") in got and ("HP:0020140", "present") not in got


@pytest.mark.parametrize("text, hpo", [
    ("She denied fever, chills and she had leg pain.", "HP:0012514"),  # a new clause's subject ends the list
    ("She denied weight loss or night sweats, but reported calf pain.", "HP:0031921"),
])
def test_a_denied_list_ends_at_a_new_clause(lex, text, hpo):
    assert _has(lex, text, hpo, "present")


def test_should_not_be_ignored_is_no_negation(lex):
    got = found(lex, "Hepatitis B should not be ignored in the presentation of mononeuritis multiplex with ulcers.")
    assert ("HP:0032018", "absent") not in got


def test_background_sentences_about_individuals_and_treatment_are_general(lex):
    text = ("A 50-year-old man had leg pain. Individuals can have an immune-mediated reaction to heparin products which "
            "results in heparin-induced thrombocytopenia (HIT). Treatment commences with unfractionated heparin infusion.")
    contexts_of = contexts(lex, text)
    assert contexts_of["HP:0011874"] == "general" and contexts_of["HP:0034896"] == "general"
    assert contexts_of["HP:0012514"] == "patient"


@pytest.mark.parametrize("text, age", [
    ("A 24-year-young married woman presented with foot drop.", 24),
    ("A case of a 68-year- old female with leg pain.", 68),
])
def test_odd_age_spellings(lex, text, age):
    assert extract(lex, text)["age"] == age


@pytest.mark.parametrize("text, hpo", [
    ("Given the plethora of other conditions that can present similarly, we did an MRI.", "HP:0001050"),
    ("After collecting synovial fluid samples, she improved.", "HP:0030212"),
    ("Classical Dengue fever was diagnosed.", "HP:0001945"),
    ("Investigations in the form of blood infection markers were normal.", "HP:0031864"),
    ("Radiographs showed wedging and collapse noted at the D11 vertebral body.", "HP:0031273"),
    ("The cauda equina was flattened without evidence of direct solid tumour impingement.", "HP:0002664"),
])
def test_words_that_name_no_finding(lex, text, hpo):
    assert all(h != hpo for h, _ in found(lex, text))


def test_treated_symptomatically_and_with_heparin_is_a_treatment(lex):
    got = extract(lex, "She was treated symptomatically and with continuous heparin infusion.")["findings"]
    assert [f["context"] for f in got if f["hpo"] == "HP:0034896"] == ["treatment"]


@pytest.mark.parametrize("text, hpo, state", [
    ("Normal nerve conduction studies discarded neuropathy.", "HP:0009830", "absent"),
    ("Neuropathy was discarded.", "HP:0009830", "absent"),
    ("An acute ischemic stroke was initially suspected; however, brain CT was unremarkable.", "HP:0002140", "uncertain"),
    ("Few days later, the plantars' became upgoing bilaterally.", "HP:0003487", "present"),
    ("He had flaccid paraplegia with no sensory disorder.", "HP:0003474", "absent"),
    ("He had a 6 months history of worsening lower limbs instability.", "HP:0002317", "present"),
    ("Serum analysis revealed reduced caeruloplasmin and copper levels.", "HP:0010837", "present"),
    ("An NSTEMI was found.", "HP:0001658", "present"),
    ("She had transient painless vision loss.", "HP:0100576", "present"),
    ("He had pain secondary to passive stretch of both knees.", "HP:6001148", "present"),
    ("She developed sudden-onset cervical pain.", "HP:0030833", "present"),
])
def test_testers_phrases(lex, text, hpo, state):
    assert _has(lex, text, hpo, state)


def test_the_evidence_for_a_diagnosis_is_the_patients(lex):
    """'diagnosed with NSTEMI based on ... troponin elevation': the evidence after 'based on' is no diagnosis."""
    got = extract(lex, "She was diagnosed with non-ST-elevation myocardial infarction (NSTEMI) based on her clinical "
                       "features, dynamic electrocardiogram changes, troponin elevation.")["findings"]
    assert {f["context"] for f in got if f["hpo"] == "HP:0500020"} == {"patient"}


def test_a_history_for_a_month_is_this_illness(lex):
    got = extract(lex, "The patient gave a history of weakness of both lower limbs for 1 month.")["findings"]
    assert [f["context"] for f in got if f["hpo"] == "HP:0007340"] == ["patient"]


@pytest.mark.parametrize("text, present, not_present", [
    ("His erythrocyte sedimentation rate (ESR) and C-reactive protein (CRP) level were 108 mm/h and 36 mg/L, "
     "respectively.", {"HP:0003565", "HP:0011227"}, set()),
    ("The white cell count and platelet count were 18,000/uL and 500,000/uL respectively.", {"HP:0001974", "HP:0001894"},
     {"HP:0001873"}),  # the platelets are the second value (500,000: high), not the first (read as 18,000: low)
    ("The patient's hemoglobin, white blood cell count, and platelets were 9.1 g/dL, 15,600/mm3, and 520,000/mm3, "
     "respectively.", {"HP:0001903", "HP:0001974", "HP:0001894"}, set()),
    ("Sensitivity and specificity were 90% and 80%, respectively.", set(), set()),
])
def test_tests_and_values_paired_by_respectively(lex, text, present, not_present):
    """checker.respectively: each test read with its own value; before, nothing was read ('ESR and CRP were 108 mm/h
    and 36 mg/L') or the first value went to the last test ('platelet count were 18,000/uL': thrombocytopenia)."""
    got = {h for h, s in found(lex, text) if s == "present"}
    assert present <= got and not (not_present & got)
    if not present:
        assert not got


def test_a_painful_ulcer_over_a_joint_is_no_joint_pain(lex):
    got = found(lex, "He had a painful ulcer on his left ankle.")
    assert ("HP:0200042", "present") in got and ("HP:0030840", "present") not in got
    assert ("HP:0012514", "present") in found(lex, "She had painful ulcers on both legs.")  # a guard: still leg pain


@pytest.mark.parametrize("text, hpo, state", [
    ("Achilles reflex could not be triggered.", "HP:0003438", "present"),
    ("She had intense pain and purpura in both lower thighs.", "HP:0012514", "present"),
    ("It made walking, running and climbing stairs difficult.", "HP:0003551", "present"),
    ("The pain has prevented him from walking for several days.", "HP:0002540", "present"),
    ("She had swollen feet.", "HP:0010741", "present"),
    ("She had weakness of lower limbs without pain, making walking and climbing stairs difficult.", "HP:0003551",
     "present"),  # 'making' ends the negation's reach (was read absent)
])
def test_testers_phrases_second_batch(lex, text, hpo, state):
    assert _has(lex, text, hpo, state)


@pytest.mark.parametrize("sentence, hpo", [
    ("Among the symptoms are muscle pain, swelling, and myopathy.", "HP:0003198"),
    ("Severe infections can result in enteritis, periorbital edema, and myositis.", "HP:0100614"),
    ("Patients with periorbital edema, myositis, or eosinophilia should be evaluated for trichinellosis.", "HP:0001880"),
    ("Peripheral vascular disease is an unusual presentation of polyarteritis nodosa.", "HP:0004950"),
])
def test_more_background_sentences_are_general(lex, sentence, hpo):
    text = f"A 14-year-old boy had thigh swelling. {sentence}"
    got = contexts(lex, text)
    assert got[hpo] == "general" and got["HP:0010741"] == "patient"


@pytest.mark.parametrize("text, hpo, not_hpo", [
    ("He had a puffy face and eyes.", "HP:0000282", "HP:0500011"),  # facial oedema, no moon facies
    ("She experienced intermittent burning foot pain.", "HP:0025238", "HP:0009830"),  # foot pain, no neuropathy
    ("She had an acute cardiac infarction.", "HP:0001658", None),
])
def test_testers_phrases_third_batch(lex, text, hpo, not_hpo):
    got = {h for h, _ in found(lex, text)}
    assert hpo in got and not_hpo not in got


@pytest.mark.parametrize("text, hpo, state", [
    ("At follow-up the patient was pain free.", "HP:0012531", "absent"),
    ("She was pain-free and walked.", "HP:0012531", "absent"),
    ("Treatment gave no significant improvement in pain and self-care.", "HP:0012531", "present"),
    ("They were subject to misdiagnoses of acute appendicitis, sinus tachycardia and renal calculi.", "HP:0011703",
     "uncertain"),
    ("Venous thrombosis of the left lower limb was found.", "HP:0002625", "present"),
    ("Complete blood count showed hypereosinophilia and elevated erythrocyte sedimentation.", "HP:0003565", "present"),
    ("Prior history included 4 years of repeated oral ulcers.", "HP:0011107", "present"),
    ("He had pelvic girdle pain.", "HP:0030838", "present"),
    ("He had progressive paraparesia.", "HP:0002385", "present"),
    ("He reported heavy alcohol consumption.", "HP:5200329", "present"),
    ("He had a seventh nerve palsy.", "HP:0010628", "present"),
    ("She had severe pain in the right iliac fossa.", "HP:0002027", "present"),
    ("He had chronic renal failure.", "HP:0012622", "present"),  # chronic kidney disease, not stage 5
])
def test_testers_phrases_fourth_batch(lex, text, hpo, state):
    assert _has(lex, text, hpo, state)


def test_free_fluid_is_no_negation(lex):
    """A guard for the 'pain free' cue: 'free' before its noun negates nothing."""
    assert _has(lex, "She had knee pain and free fluid in the knee.", "HP:0030839", "present")


def test_a_denied_list_keeps_the_results_said_after_it(lex):
    """The review's catch: a negation result after a finding ('thrombocytopenia because the platelet count was normal')
    still reads absent."""
    text = ("Meningococcal sepsis was considered unlikely because of the absence of fever; thrombocytopenia because the "
            "platelet count was normal; and coagulopathy because coagulation markers were normal.")
    got = found(lex, text)
    assert ("HP:0001873", "present") not in got and ("HP:0003256", "present") not in got


def test_a_background_heading_that_introduces_the_patient_stays_his(lex):
    text = ("Background: A healthy man (19 years old) developed leg cramps after football practice. His creatine kinase "
            "was 2545 IU/L.\nDiscussion: Cramps are common.")
    got = [(f["hpo"], f["context"]) for f in extract(lex, text)["findings"]]
    assert ("HP:0030234", "patient") in got and ("HP:0003394", "patient") in got
    assert ("HP:0003394", "general") in got  # the Discussion's cramps stay general


@pytest.mark.parametrize("text, hpo, state, context", [
    ("A Doppler imaging study was obtained to rule out DVT, which proved to be negative.", "HP:0002625", "absent",
     "patient"),
    ("The patient complained about swelling within the right calf.", "HP:0010741", "present", "patient"),
])
def test_testers_readings_fifth_batch(lex, text, hpo, state, context):
    assert (hpo, state, context) in {(f["hpo"], f["state"], f["context"]) for f in extract(lex, text)["findings"]}


def test_no_significant_change_in_a_finding_keeps_it(lex):
    assert not _has(lex, "It revealed no significant change in the necrotic appearance of the tissue.", "HP:0033126",
                    "absent")


def test_fall_practice_is_autumn(lex):
    assert all(h != "HP:0002527" for h, _ in found(lex, "He was tired after two days of fall practice."))


def test_a_case_report_header_gives_the_age(lex):
    assert extract(lex, "Patient: Male, 17\nFinal Diagnosis: Compartment syndrome")["age"] == 17


@pytest.mark.parametrize("text, hpo, context", [
    ("She had cerebral palsy (CP). Her CP was mild.", "HP:0100749", None),  # never chest pain
    ("Spastic diplegic cerebral palsy (CP) is common among children born preterm. A 3-year-old boy had toe walking.",
     "HP:0100749", None),
])
def test_an_abbreviation_the_text_defines_is_not_a_shorthands_other_meaning(lex, text, hpo, context):
    """'cerebral palsy (CP)': the text's own definition wins over the shorthand's 'CP' (chest pain), in its bracket
    and after it."""
    got = extract(lex, text)["findings"]
    assert all(f["hpo"] != hpo for f in got)
    assert any(f["hpo"] == "HP:0100021" for f in got)


def test_chest_pain_written_cp_stays_chest_pain(lex):
    """A guard: where the text defines CP as chest pain, it is chest pain."""
    assert _has(lex, "He had chest pain (CP). CP worsened.", "HP:0100749", "present")


def test_headings_closed_by_a_full_stop(lex):
    text = ("Introduction. Osteoid osteoma is an uncommon, small, benign, self-limiting and usually painful tumor of the "
            "skeleton, mostly seen in young adults who present with nocturnal pain. Case presentation. A 12-year-old boy "
            "had nocturnal pain and swelling of the fifth toe. Conclusion. Osteoid osteoma should always be included in "
            "the differential diagnosis.")
    got = [(f["hpo"], f["context"]) for f in extract(lex, text)["findings"]]
    assert ("HP:0025301", "patient") in got
    assert {c for h, c in got if h == "HP:0030433"} == {"general"}


@pytest.mark.parametrize("text, hpo", [
    ("A 2-year-old boy walked on his toes. Toe walking in children under three years of age is often viewed as a "
     "normal gait variant.", "HP:0001288"),
    ("A 9-year-old girl had purpura. IgA vasculitis is a small-vessel vasculitis typically presenting with palpable "
     "purpura, abdominal pain and arthritis.", "HP:0001369"),
])
def test_general_sentences_at_the_end(lex, text, hpo):
    assert contexts(lex, text)[hpo] == "general"


def test_a_working_diagnosis_focused_on(lex):
    assert _has(lex, "The initial diagnosis focused on acute gastroenteritis.", "HP:0002014", "uncertain")


def test_a_defining_bracket_does_not_break_a_list(lex):
    """'erythrocyte sedimentation rate (ESR) and c-reactive protein (CRP) were raised': both raised (was the CRP only)."""
    got = found(lex, "Inflammatory markers including erythrocyte sedimentation rate (ESR) and c-reactive protein (CRP) "
                     "were raised.")
    assert {("HP:0003565", "present"), ("HP:0011227", "present")} <= got


def test_blanking_keeps_the_length():
    from legpain_gui.checker.shorthand import without_definitions
    text = "Anti-citrullinated peptide antibodies (ACPA) <4; erythrocyte sedimentation rate (ESR) and CRP were raised."
    out = without_definitions(text)
    assert len(out) == len(text) and "(ESR)" not in out and "(ACPA)" in out  # a value after it: kept


@pytest.mark.parametrize("text, hpo, state", [
    ("There was 4/5 bilateral distal lower extremity strength, intact sensation to all modalities.", "HP:0009053",
     "present"),  # was absent: 'intact' is the sensation's, across the comma
    ("She had parasthesia of all limbs.", "HP:0003401", "present"),
    ("This uncommon neurological complication might be due to rapid weight loss.", "HP:0001824", "uncertain"),
    ("The MRI confirmed the clinical suspicion of osteomyelitis.", "HP:0002754", "present"),
    ("She had lumbosacral pain.", "HP:0003419", "present"),
    ("She had varicose vein disease complicated by recurrent superficial vein thrombosis.", "HP:0002638", "present"),
])
def test_testers_readings_last_round(lex, text, hpo, state):
    got = found(lex, text)
    assert (hpo, state) in got
    if hpo == "HP:0009053":
        assert (hpo, "absent") not in got


def test_treated_and_recovered_is_the_outcome(lex):
    text = ("Urinary thallium was 540 ug/g. The patient was treated with D-penicillamine and recovered; her urinary "
            "thallium levels were within normal range at annual follow-up.")
    got = [(f["hpo"], f["state"], f["context"]) for f in extract(lex, text)["findings"] if f["state"] == "absent"]
    assert all(c == "outcome" for _, _, c in got)


def test_a_background_of_is_past_history(lex):
    got = extract(lex, "A 77-year-old man with a background of intracranial hemorrhage.")["findings"]
    assert [f["context"] for f in got if f["hpo"] == "HP:0002170"] == ["history"]


def test_sex_after_a_long_general_opening_with_a_word_age(lex):
    text = ("Sciatic nerve injury after intramuscular injection is a well known complication in children and is common "
            "in developing countries where injections are given often by untrained people in the gluteal region. Sciatic "
            "nerve injury can be potentially devastating and the outcome is poor in most. The most common presentation "
            "is a paralytic foot drop. A four-year-old boy presented with four day history of left foot drop.")
    got = extract(lex, text)
    assert got["sex"] == "male"
    assert [f["context"] for f in got["findings"] if f["hpo"] == "HP:0009027"] == ["general", "patient"]

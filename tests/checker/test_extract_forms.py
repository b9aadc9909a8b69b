"""Text to findings reads the forms clinicians write: adjectives, limb words, a finding before its site,
compounds split in two, laboratory results after the analyte or as values, shared nouns ('oral or genital
ulcers'); and the ConText rules keep their scopes (a past-history or diagnosis word does not reach the whole
sentence; a verb ends a negation)."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract
from legpain_gui.checker.labs import value_after
from legpain_gui.checker.limits import CRP

CYANOSIS, PRURITUS, AREFLEXIA, NUMBNESS = "HP:0000961", "HP:0000989", "HP:0001284", "HP:0033748"
ANKLE_SWELLING, LEG_WEAKNESS, TETRAPARESIS = "HP:0001785", "HP:0007340", "HP:0002273"
ESR, CRP_HIGH, CK, CREATININE, LEUKOCYTOSIS = "HP:0003565", "HP:0011227", "HP:0003236", "HP:0003259", "HP:0001974"
ABSENT_PULSE, ORAL_ULCERS, GENITAL_ULCERS, MYALGIA = "HP:0032554", "HP:0000155", "HP:0003249", "HP:0003326"
LOW_BACK_PAIN, CLAUDICATION, TYPICAL_ABSENCE, LGMD = "HP:0003419", "HP:0004417", "HP:0011147", "HP:0006785"


def _found(lex, text):
    return {(f["hpo"], f["state"], f["context"]) for f in extract(lex, text)["findings"]}


def _present(lex, text):
    return {h for h, s, c in _found(lex, text) if s == "present" and c == "patient"}


@pytest.mark.parametrize("text, hpo", [
    ("The left fingers were cyanotic.", CYANOSIS), ("A pruritic rash.", PRURITUS),
    ("An areflexic tetraparesis.", AREFLEXIA), ("His left hand became numb.", NUMBNESS),
    ("Swelling of both ankles.", ANKLE_SWELLING), ("Weakness in the lower extremities.", LEG_WEAKNESS),
    ("Rapidly progressive flaccid tetra paresis.", TETRAPARESIS),
])
def test_adjectives_sites_limb_words_and_split_compounds(lex, text, hpo):
    assert hpo in _present(lex, text)


def test_a_site_must_be_a_body_part(lex):
    assert TYPICAL_ABSENCE not in {h for h, _, _ in _found(lex, "In the absence of typical features.")}


@pytest.mark.parametrize("text, hpo", [
    ("ESR 80 mm/h.", ESR), ("Erythrocyte sedimentation rate 111 mm/hr.", ESR), ("ESR elevated.", ESR),
    ("CK 12,000 U/L.", "HP:0030234"), ("Creatine kinase of 62 109 (RI 30-200 U/L).", "HP:0030235"), ("High creatine kinase levels.", CK),
    ("C reactive protein 9.53 mg/dl.", CRP_HIGH), ("C-reactive protein was raised.", CRP_HIGH),
    ("Creatinine 3.2 mg/dL.", CREATININE), ("White blood cell count 25 400/mm3.", LEUKOCYTOSIS),
    # the analyte's abbreviation in brackets before its value
    ("His creatine kinase (CK) level was 2545 IU/L (normal range, 45-260 IU/L).", "HP:0030234"),  # HPO's band (session 22)
    ("C-reactive protein (CRP) of 85 mg/L.", CRP_HIGH),
])
def test_laboratory_results_after_the_analyte(lex, text, hpo):
    assert hpo in _present(lex, text)


@pytest.mark.parametrize("text, hpo", [("ESR 12 mm/h.", ESR), ("CRP 5 mg/L.", CRP_HIGH), ("CK 150 U/L.", CK),
                                       ("Erythrocyte sedimentation rate (ESR) was 12 mm/h.", ESR)])
def test_a_value_within_the_reference_range_is_not_raised(lex, text, hpo):
    assert hpo not in {h for h, _, _ in _found(lex, text)}


def test_units_are_converted():
    assert value_after(" 9.5 mg/dl", CRP)[0] == pytest.approx(95.0)
    assert value_after(" 9.5 mg/L", CRP)[0] == pytest.approx(9.5)


def test_an_examination_result_after_its_object_is_a_finding_not_a_negation(lex):
    found = _found(lex, "Pedal pulses were absent on both sides.")  # HPO's absent ankle pulse, a kind of absent pulse
    assert ("HP:0031271", "present", "patient") in found and not any(s == "absent" for _, s, _ in found)
    found = _found(lex, "Femoral pulses were absent on both sides.")
    assert (ABSENT_PULSE, "present", "patient") in found and not any(s == "absent" for _, s, _ in found)


def test_a_shared_noun_gives_each_coordinated_finding(lex):
    found = _found(lex, "There were no oral or genital ulcers.")
    assert (ORAL_ULCERS, "absent", "patient") in found and (GENITAL_ULCERS, "absent", "patient") in found


@pytest.mark.parametrize("text, hpo", [
    ("A previously healthy woman came with low back pain.", LOW_BACK_PAIN),
    ("He had a three-month history of claudication in both legs.", CLAUDICATION),
    ("A woman with little past history developed low back pain.", LOW_BACK_PAIN),
])
def test_pseudo_history_phrases_leave_the_finding_the_patients(lex, text, hpo):
    assert hpo in _present(lex, text)


def test_a_stated_diagnosis_does_not_reach_the_whole_sentence(lex):
    found = _found(lex, "She had intense myalgia, and microscopic polyangiitis was diagnosed.")
    assert (MYALGIA, "present", "patient") in found


def test_a_verb_ends_a_negation(lex):
    assert MYALGIA in _present(lex, "A man with no known allergies presented with severe myalgia.")


def test_a_mimicked_condition_is_not_entered(lex):
    found = _found(lex, "A myopathy mimicking limb-girdle muscular dystrophy.")
    assert not any(h == LGMD and s in ("present", "absent") for h, s, _ in found)


LEG_SWELLING, LEG_PAIN, KNEE_PAIN, JOINT_SWELLING, KNEE_EFFUSION = (
    "HP:0010741", "HP:0012514", "HP:0030839", "HP:0001386", "HP:6001020")


@pytest.mark.parametrize("text, expected", [
    ("She had a swollen left lower limb.", {LEG_SWELLING}),
    ("There was a painful left leg.", {LEG_PAIN}),
    ("Her left leg was painful and swollen.", {LEG_SWELLING, LEG_PAIN}),
    ("Examination showed a hot, swollen right knee.", {JOINT_SWELLING}),  # no knee-swelling term: a joint's
    ("The right knee was painful.", {KNEE_PAIN}),
    ("A moderate effusion in the right knee.", {KNEE_EFFUSION}),  # the joint named without the word 'joint'
])
def test_a_site_described_by_an_adjective_before_or_after_it(lex, text, expected):
    assert expected <= _present(lex, text)


def test_a_described_site_keeps_its_negation_and_needs_a_site(lex):
    assert (LEG_SWELLING, "absent") in {(h, s) for h, s, _ in _found(lex, "No swollen left leg.")}
    assert not {LEG_SWELLING, LEG_PAIN} & {h for h, _, _ in _found(lex, "The patient was painful and swollen.")}


def test_a_muscles_wasting_in_any_of_its_words():
    from legpain_gui.checker.variants import muscle_variants

    forms = muscle_variants(("proximal", "amyotrophy"))
    assert {("proximal", "muscle", "atrophy"), ("proximal", "muscle", "wasting"), ("proximal", "atrophy"),
            ("proximal", "wasting")} <= set(forms)
    assert ("calf", "wasting") in muscle_variants(("calf", "muscle", "atrophy"))
    assert muscle_variants(("amyotrophy",)) == [] and muscle_variants(("optic", "atrophy")) == []


def test_weakness_and_atrophy_share_their_qualifier(lex):
    found = {f["label"] for f in extract(lex, "Progressive proximal weakness and atrophy.")["findings"]}
    assert {"Proximal muscle weakness", "Proximal amyotrophy"} <= found
    assert "Lower limb amyotrophy" in {f["label"] for f in extract(lex, "Leg muscle wasting.")["findings"]}

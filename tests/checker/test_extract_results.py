"""Results said apart from what was tested ('anti-MPO antibodies were negative', 'ANA was positive'): the
antibody named alone reads as its positivity term, the sentence gives the polarity (checker.antibodies)."""
from __future__ import annotations

import pytest

from legpain_gui.checker.antibodies import antibody_variants, slashed_entries
from legpain_gui.checker.extract import extract

ANA, ANCA, DSDNA, MPO, PR3 = "HP:0003493", "HP:0003453", "HP:0020151", "HP:0033559", "HP:0033557"
RO, LA, AQP4, CCP = "HP:0033555", "HP:0032235", "HP:0033342", "HP:0034092"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"] if f["context"] == "patient"}


@pytest.mark.parametrize("text, hpo, state", [
    ("Anti-MPO antibodies were positive.", MPO, "present"),
    ("She was positive for anti-PR3 antibodies.", PR3, "present"),
    ("PR3-ANCA was positive.", PR3, "present"),
    ("Anti-PR3 was negative.", PR3, "absent"),
    ("Antibodies to aquaporin-4 were detected.", AQP4, "present"),
    ("Anti-AQP4 antibodies were negative.", AQP4, "absent"),
    ("Anti-CCP was negative.", CCP, "absent"),
    ("She was negative for antinuclear antibodies.", ANA, "absent"),
    ("ANA was negative.", ANA, "absent"),
    ("ANA was positive at 1:640.", ANA, "present"),
    ("Anti-Ro antibodies were negative.", RO, "absent"),
    ("Anti-SSA was positive.", RO, "present"),
    ("Anti-La autoantibodies were present.", LA, "present"),
])
def test_an_antibody_named_apart_from_its_result(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)


def test_a_list_of_negative_antibodies_is_each_absent(lex):
    found = _found(lex, "ANA, ANCA and anti-dsDNA were negative.")
    assert {(ANA, "absent"), (ANCA, "absent"), (DSDNA, "absent")} <= found


def test_ana_is_the_antibody_only_in_capitals(lex):
    assert not _found(lex, "Ana is a 45-year-old teacher.")


def test_antibody_forms_come_only_from_positivity_phrases():
    assert ("anti", "mpo") in antibody_variants(("anti", "mpo", "antibody", "positivity"))
    assert ("antibody", "to", "mpo") in antibody_variants(("anti", "mpo", "antibody", "positivity"))
    assert ("anti", "mpo") in antibody_variants(("mpo", "anca", "positive"))
    assert antibody_variants(("muscle", "weakness")) == []
    assert antibody_variants(("antibody", "positivity")) == []  # no bare 'antibody'


def test_a_slashed_name_is_split_only_into_an_alias():
    split = slashed_entries([("Anti-Ro/SS-A antibody positivity", "HP:1"), ("Anti-PM/Scl antibody positivity", "HP:2"),
                             ("Anti-Th/To antibody positivity", "HP:3"), ("Anti-P/Q-type VGCC antibody", "HP:4")])
    assert split == [("Anti-Ro antibody positivity", "HP:1"), ("Anti-SS-A antibody positivity", "HP:1")]


WEAK_PULSE, ABSENT_PULSE, ABSENT_ANKLE_PULSE = "HP:0032553", "HP:0032554", "HP:0031271"


@pytest.mark.parametrize("text, hpo, state", [
    ("Diminished pedal pulses.", WEAK_PULSE, "present"),
    ("Feeble pulses in the feet.", WEAK_PULSE, "present"),
    ("The popliteal and pedal pulses were diminished bilaterally.", WEAK_PULSE, "present"),
    ("He had weak dorsalis pedis and posterior tibial pulses.", WEAK_PULSE, "present"),
    ("Dorsalis pedis pulses were not palpable.", ABSENT_ANKLE_PULSE, "present"),
    ("Absence of the posterior tibial pulse in the right limb.", ABSENT_ANKLE_PULSE, "present"),
    ("Absent left dorsalis pedis and posterior tibial pulses.", ABSENT_ANKLE_PULSE, "present"),
    ("No palpable pedal pulses.", ABSENT_ANKLE_PULSE, "present"),
    ("Loss of the right radial pulse.", "HP:0032552", "present"),  # an arm's pulse: abnormal pulse (session 21)
    ("The left femoral pulse could not be felt.", ABSENT_PULSE, "present"),
    ("Non-palpable distal pulses.", ABSENT_PULSE, "present"),
    ("Distal pulses were absent.", ABSENT_PULSE, "present"),
    ("A cold foot without palpable pulses.", ABSENT_PULSE, "present"),
    ("No diminished pulses.", WEAK_PULSE, "absent"),
    ("Pedal pulses were not diminished.", WEAK_PULSE, "absent"),
])
def test_a_pulse_and_its_quality_before_or_after_it(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)


@pytest.mark.parametrize("text", ["Palpable pedal pulses.", "Peripheral pulses were normal.", "Her pulse was 110."])
def test_a_normal_pulse_or_a_pulse_rate_says_nothing(lex, text):
    assert not {h for h, _ in _found(lex, text)} & {WEAK_PULSE, ABSENT_PULSE}


ANEMIA, EOSINOPHILIA, HYPERURICAEMIA = "HP:0001903", "HP:0001880", "HP:0002149"


@pytest.mark.parametrize("text, hpo", [
    ("Hemoglobin was 7.9 g/dl.", ANEMIA), ("Hb 8.5 g/dL.", ANEMIA), ("Haemoglobin 95 g/L.", ANEMIA),
    ("Eosinophil count 4.2 x 10^9/L.", EOSINOPHILIA), ("Eosinophils 3,500/uL.", EOSINOPHILIA),
    ("Absolute eosinophil count of 2100 cells/mm3.", EOSINOPHILIA),
    ("His serum uric acid level of 10.2 mg/dl.", HYPERURICAEMIA), ("Serum urate 540 umol/L.", HYPERURICAEMIA),
    ("Renal function had deteriorated to serum creatinine, 2.45 mg/dL, in 2 weeks.", "HP:0003259"),
])
def test_a_value_past_its_reference_limit(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["Hemoglobin 13.5 g/dL.", "Eosinophil count 0.3 x 10^9/L.", "Eosinophils 4%.",
                                  "Serum uric acid 6.5 mg/dL.", "Serum urate 380 umol/L."])
def test_a_value_within_limits_or_a_share_says_nothing(lex, text):
    assert not {h for h, _ in _found(lex, text)} & {ANEMIA, EOSINOPHILIA, HYPERURICAEMIA}

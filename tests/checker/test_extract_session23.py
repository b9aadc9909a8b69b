"""Text to findings, session 23 (six clinician testers: admission notes, results pages, clinic letters, long
narratives, specialties outside rheumatology, emergencies): a laboratory's printed flag or reference range decides a
value ('platelets 98 (L)', 'C3 0.52 g/L (0.9-1.8)'), never a unit's letter ('FVC 2.1 L', 'creatinine 0.9 mg/dL');
a flag or result closes its own test, not the next one after the comma ('C4 <0.02 g/L (low), C3 normal',
'ASO normal, ACE 88 U/L'); a test said positive keeps its result when a later one is negative; 'ASOT normal'
and 'ASOT not raised'; 'PR3 negative, MPO 110 IU/mL'; 'septic arthritis unlikely given crystals'. Each test
fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

LOW_C3, LOW_C4 = "HP:0005421", "HP:0045042"
THROMBOCYTOPENIA, HYPERKALAEMIA, RAISED_ACE, RAISED_CK = "HP:0001873", "HP:0002153", "HP:6000213", "HP:0003236"
ASO, PR3, MPO, SEPTIC_ARTHRITIS = "HP:6000348", "HP:0033557", "HP:0033559", "HP:0003095"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text, hpo", [
    ("Platelets 98 (L).", THROMBOCYTOPENIA),
    ("platelets 98 x10^9/L (150-400)", THROMBOCYTOPENIA),
    ("K 6.4 (H)", HYPERKALAEMIA),
    ("potassium 6.4 mmol/L (3.5-5.3)", HYPERKALAEMIA),
    ("Serum ACE 98 U/L (H).", RAISED_ACE),
    ("C3 0.52 g/L (L)", LOW_C3),
])
def test_a_printed_flag_or_range_reads_the_value(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_value_inside_its_printed_range_is_the_raised_term_absent(lex):
    assert (RAISED_CK, "absent") in _found(lex, "CK 180 U/L (25-200)")
    assert (LOW_C4, "absent") in _found(lex, "C4 0.25 (normal)")


@pytest.mark.parametrize("text", ["FVC 2.1 L", "creatinine 0.9 mg/dL", "calcium 10.5 mg/dl", "IL-6: 16.5 pg/mL"])
def test_a_unit_letter_is_no_flag(lex, text):
    assert not [f for f in extract(lex, text)["findings"] if f["state"] == "present"]


def test_a_flag_or_result_closes_its_own_test_not_the_next(lex):
    found = _found(lex, "C4 <0.02 g/L (low), C3 normal.")
    assert (LOW_C4, "present") in found and (LOW_C3, "present") not in found
    assert (RAISED_ACE, "absent") not in _found(lex, "ASO normal, ACE 88 U/L.")


def test_a_test_said_positive_keeps_its_result_beside_a_negative_one(lex):
    found = _found(lex, "Anti-Mi-2 positive, anti-TIF1-gamma negative.")
    assert ("HP:0033554", "present") in found and ("HP:0034105", "absent") in found


@pytest.mark.parametrize("text", ["ASOT normal.", "ASOT not raised.", "Normal ASOT.", "ASO normal."])
def test_a_normal_aso_titre_is_absent(lex, text):
    assert _found(lex, text) == {(ASO, "absent")}


def test_pr3_and_mpo_named_alone(lex):
    found = _found(lex, "PR3 negative, MPO 110 IU/mL.")
    assert (PR3, "absent") in found and (MPO, "present") in found


@pytest.mark.parametrize("text", ["Septic arthritis unlikely given crystals and a negative Gram stain.",
                                  "DVT unlikely as the D-dimer is normal."])
def test_unlikely_with_its_reason_after_it_is_absent(lex, text):
    states = {s for _, s in _found(lex, text.split(" unlikely")[0] + " unlikely.")}
    assert states == {"absent"}
    found = _found(lex, text)
    assert all(state != "present" for hpo, state in found if hpo in (SEPTIC_ARTHRITIS, "HP:0002625"))

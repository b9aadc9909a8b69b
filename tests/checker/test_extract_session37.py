"""Text to findings, session 37: what the tuning part's missed laboratory results showed. Each test fails if its
change is undone, unless it says it is a guard."""
from __future__ import annotations

import pytest

from tests.checker.readings import found

RAISED_CK, HIGH_CK, EXTREME_CK, LOW_PLATELETS, RAISED_CRP = (
    "HP:0003236", "HP:0030234", "HP:0030235", "HP:0001873", "HP:0011227")
RAISED_LDH, RAISED_AST = "HP:0025435", "HP:0031956"


@pytest.mark.parametrize("text, hpo", [
    ("He had a CK level of 12.177 U/L (reference value: 26-190 U/L).", HIGH_CK),   # 12,177: 49 times 250
    ("CPK 1.494 U/L on admission.", HIGH_CK),
    ("Creatine kinase peaked at 150.000 IU/L.", EXTREME_CK),
    ("LDH 1.250 U/L.", RAISED_LDH),
])
def test_a_point_grouping_thousands_in_an_enzyme_unit_is_read(lex, text, hpo):
    """'12.177 U/L' is 12,177 in a European report (enzyme activities are whole units): was read as 12 and said
    nothing."""
    assert (hpo, "present") in found(lex, text)


def test_a_point_grouping_thousands_in_a_cell_count_is_read(lex):
    assert (LOW_PLATELETS, "present") not in found(lex, "Platelet count 190.000/uL.")  # 190,000: normal
    assert (LOW_PLATELETS, "present") in found(lex, "Platelet count 19.250/uL.")       # 19,250: low


@pytest.mark.parametrize("text", [
    "CK was 1.50 U/L.",         # two decimals: a decimal
    "CK 0.125 U/L.",            # a leading zero: a decimal
    "CRP 5.840 mg/L.",          # a concentration, not a count: a decimal (under the limit)
])
def test_other_decimals_stay_decimals(lex, text):
    """Guard: only one to three digits, a point and exactly three digits, in a unit of whole things, group thousands."""
    got = found(lex, text)
    assert not {(h, "present") for h in (RAISED_CK, HIGH_CK, EXTREME_CK, RAISED_CRP)} & got


HEPATITIS, ANCA_POS, CRYO = "HP:0012115", "HP:0003453", "HP:0100778"


@pytest.mark.parametrize("text, hpo", [
    ("Serology for hepatitis A, B, and C; HIV; and syphilis was negative.", HEPATITIS),
    ("Tests for ANA; ANCA; and cryoglobulins were negative.", ANCA_POS),
    ("Tests for ANA; ANCA; and cryoglobulins were negative.", CRYO),
])
def test_a_tested_list_split_by_semicolons_takes_its_one_result(lex, text, hpo):
    """'Serology for X; Y; and Z was negative': every item is negative (the hepatitis had been read present, a
    polarity error, the result reaching only the last item)."""
    got = found(lex, text)
    assert (hpo, "absent") in got and (hpo, "present") not in got


def test_a_positive_test_before_semicolons_stays_positive(lex):
    """Guard: no list result at the end, so nothing is joined."""
    assert ("HP:0410371", "present") in found(lex, "Serology for hepatitis C was positive; HIV; and syphilis.")


@pytest.mark.parametrize("text, hpo, state", [
    ("Testing for hepatitis C was reactive; HIV; and syphilis were negative.", "HP:0410371", "present"),
    ("Testing for ANCA was positive with MPO specificity; ANA; and anti-GBM were negative.", "HP:0033559", "present"),
])
def test_a_tested_list_whose_first_item_has_its_own_result_is_not_joined(lex, text, hpo, state):
    """The review of session 37: joining these reversed the first item's positive result."""
    got = found(lex, text)
    assert (hpo, state) in got and (hpo, "absent") not in got


def test_a_result_of_one_item_does_not_spread_to_a_joined_list(lex):
    got = found(lex, "Workup for myositis showed elevated CK; aldolase; and anti-Jo-1 were normal.")
    assert ("HP:0004349", "present") not in got and ("HP:0003236", "present") in got  # aldolase not raised


def test_long_semicolon_lists_are_read_quickly(lex):
    """The review of session 37: a long item split every way took seconds to minutes on one sentence."""
    import time
    from legpain_gui.checker.extract import extract
    for text in ("Serology for hepatitis B; " + "x/" * 40 + "; CMV and EBV IgM remain pending and were negative.",
                 "He denied fever; " + "abc/" * 30 + "; and chills; and " + "y" * 80 + "."):
        start = time.perf_counter()
        extract(lex, text)
        assert time.perf_counter() - start < 2.0  # a guard against exponential backtracking, not a speed figure


@pytest.mark.parametrize("text, hpo, state", [
    ("CK 12.177 U/L (normal <190).", HIGH_CK, "present"),          # the printed limit no longer reads it normal
    ("CK 1.494 U/L (normal 24-195 U/L).", HIGH_CK, "present"),
    ("CK 1.494 U/L (24-195).", HIGH_CK, "present"),
    ("CK 125 U/L (normal <190).", RAISED_CK, "absent"),            # guard: a plain value under its limit
    ("Platelets 1.250.000/mm3.", "HP:0001894", "present"),         # two point groups: 1,250,000, thrombocytosis
    ("Platelet count 19.250/\u03bcL.", LOW_PLATELETS, "present"),   # the Greek mu
])
def test_point_grouped_values_beside_a_printed_limit(lex, text, hpo, state):
    got = found(lex, text)
    assert (hpo, state) in got, got
    if state == "present":
        assert (hpo, "absent") not in got and ("HP:0001873", "present") not in got or hpo == LOW_PLATELETS

"""Text to findings, session 40: known defects and what clinician testers' published case texts showed (testers hw to
ib). Each test fails if its change is undone, unless it says it is a guard."""
from __future__ import annotations

import pytest

from tests.checker.readings import found, fired

COMMON_COLD, PULSELESS, COLD_LIMB, PARAPLEGIA = "HP:0011947", "HP:0032554", "HP:0033850", "HP:0010550"


def test_a_cold_pulseless_paralysed_leg_is_ischaemia(lex):
    """'a cold, pulseless, paralysed leg' had read 'a cold' as a common cold (an infection)."""
    got = found(lex, "He presented with a cold, pulseless, paralysed leg.")
    assert (COMMON_COLD, "present") not in got
    assert {(COLD_LIMB, "present"), (PULSELESS, "present"), (PARAPLEGIA, "present")} <= got


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

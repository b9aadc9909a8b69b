"""Text to findings, session 31: a child's measured heart and breathing rates are read against the limits for its age
(Goldstein 2005), never below the adult ones. Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.limits import child_rate_is_normal
from tests.checker.readings import found

TACHY, TACHYPNOEA = "HP:0001649", "HP:0002789"


@pytest.mark.parametrize("text, hpo, read", [
    ("A 4-year-old boy. Heart rate was 120 beats/min.", TACHY, False),  # normal at 4 (limit 140)
    ("A 4-year-old boy. Pulse 150/min.", TACHY, True),
    ("A 9-year-old girl. HR 125 bpm.", TACHY, False),  # limit 130 at 6-12
    ("A 9-year-old girl. HR 135 bpm.", TACHY, True),
    ("A 15-year-old girl. HR 105.", TACHY, False),  # limit 110 at 13-17
    ("A 15-year-old girl. HR 118.", TACHY, True),
    ("A 40-year-old man. HR 105.", TACHY, True),  # an adult's limit stays 100
    ("A 4-year-old boy. Respiratory rate 22/min.", TACHYPNOEA, False),  # limit 22 at 1-5
    ("A 4-year-old boy. Respiratory rate 26/min.", TACHYPNOEA, True),
    ("A 15-year-old boy. Respiratory rate 18/min.", TACHYPNOEA, False),  # not below the adult limit (21)
    ("A 15-year-old boy. Respiratory rate 24/min.", TACHYPNOEA, True),
    ("A 4-year-old boy was tachycardic.", TACHY, True),  # a word without a value is kept
])
def test_a_childs_rate_against_its_age(lex, text, hpo, read):
    assert ((hpo, "present") in found(lex, text)) is read


def test_the_age_bands(lex):
    assert child_rate_is_normal(TACHY, "heart rate 170/min", 0) and not child_rate_is_normal(TACHY, "HR 185", 0)
    assert child_rate_is_normal(TACHYPNOEA, "RR 30/min", 0) and not child_rate_is_normal(TACHYPNOEA, "RR 40/min", 0)
    assert not child_rate_is_normal(TACHY, "HR 120", None)  # no age stated: the adult limit
    assert not child_rate_is_normal("HP:0001945", "temperature 38", 4)  # only the two rates


RAISED_HBA1C = "HP:0040217"


@pytest.mark.parametrize("text, read", [
    ("HbA1c was 9.2%.", True),
    ("HbA1c 6.5%.", True),  # the ADA and WHO threshold
    ("HbA1c 6.4%.", False),
    ("HbA1c 64 mmol/mol.", True),
    ("HbA1c 45 mmol/mol.", False),
    ("HbA1c 45.", False),  # a bare number above 20 is in mmol/mol
    ("Hb 9.2 g/dL, HbA1c 5.6%.", False),
])
def test_an_hba1c_value_against_the_diagnostic_threshold(lex, text, read):
    assert ((RAISED_HBA1C, "present") in found(lex, text)) is read

"""The patient's course as one of three that exclude each other (checker.courses)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from legpain_gui.checker.courses import OTHER_COURSE_FLOOR, describing, other_course
from legpain_gui.checker.engine import CheckInput, report
from legpain_gui.checker.evidence import background

ACUTE, SUBACUTE, CHRONIC = "HP:0011009", "HP:0011011", "HP:0011010"
LSS, DM = "lumbar-spinal-stenosis", "giant-cell-arteritis"


def row(hpo, p, frequency="frequent", label="Chronic"):
    return SimpleNamespace(hpo=hpo, probability=p, frequency=frequency, label=label)


def test_an_unstated_course_takes_what_the_stated_ones_leave():
    p, best, stated = other_course(ACUTE, {CHRONIC: row(CHRONIC, 0.6)})
    assert p == pytest.approx(0.2)  # (1 - 0.6) shared between acute and subacute
    assert best.hpo == CHRONIC and [a.hpo for a in stated] == [CHRONIC]
    # two stated: their sources mean other courses than the app's (acute and chronic reactive arthritis), not read
    assert other_course(SUBACUTE, {CHRONIC: row(CHRONIC, 0.6), ACUTE: row(ACUTE, 0.3, label="Acute")}) is None


def test_never_below_the_floor_and_an_excluded_course_leaves_everything():
    p, _, _ = other_course(SUBACUTE, {CHRONIC: row(CHRONIC, 1.0, frequency="obligate")})
    assert p == OTHER_COURSE_FLOOR
    p, _, _ = other_course(ACUTE, {CHRONIC: row(CHRONIC, 0.0, frequency="excluded")})
    assert p == pytest.approx(0.5)


def test_not_read_when_the_course_is_stated_or_no_course_is():
    assert other_course(ACUTE, {ACUTE: row(ACUTE, 0.5, label="Acute")}) is None
    assert other_course(ACUTE, {"HP:0001945": row("HP:0001945", 0.5, label="Fever")}) is None
    assert other_course("HP:0003587", {CHRONIC: row(CHRONIC, 0.6)}) is None  # insidious onset is not one of the three


def _contribution(checker, course, cid):
    model, rules = checker
    out = report(model, rules, CheckInput(present=("HP:0034805",), course=course, age=70))
    r = next(x for x in out["results"] if x["id"] == cid)
    return next(c for c in r["contributions"] if c["hpo"] == {"acute": ACUTE, "chronic": CHRONIC}[course])


def test_an_acute_course_counts_against_a_condition_described_as_chronic(checker):
    model, _ = checker
    assert LSS in describing(model) and DM not in describing(model)
    acute = _contribution(checker, "acute", LSS)
    assert acute["relation"] == "other course" and acute["lr"] < 0.8
    assert "chronic" in acute["frequency"] and "chronic" in acute["note"]
    chronic = _contribution(checker, "chronic", LSS)
    assert chronic["relation"] == "exact" and chronic["lr"] > 1.0


def test_a_condition_that_states_no_course_is_left_neutral(checker):
    assert _contribution(checker, "acute", DM)["relation"] == "not described"


def test_the_background_of_a_course_counts_the_conditions_that_state_another(checker):
    model, _ = checker
    assert background(model, ACUTE) < background(model, CHRONIC) + 0.5  # sanity: both bounded
    p_lss = other_course(ACUTE, model.conditions[LSS].annotations)[0]
    assert p_lss < 1 / 3  # below the neutral share a condition without course rows is given

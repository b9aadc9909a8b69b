"""A check that builds result objects for the leading conditions only (what the app shows) ranks exactly as the
full check: the same scores, order, probabilities and explanations for every row it returns, the same triage,
and the same total, on the shipped knowledge base for many random finding sets."""
from __future__ import annotations

import random
from dataclasses import asdict

import pytest

from legpain_gui.checker.engine import DETAILED, CheckInput, check
from legpain_gui.checker.load import checker_model
from legpain_gui.checker.report import report


@pytest.fixture(scope="module")
def model_rules(shipped_kb):
    return checker_model(shipped_kb)


def _cases(model, n=60):
    terms = sorted(model.index)
    rng = random.Random(2121)
    for _ in range(n):
        present = tuple(rng.sample(terms, rng.randint(1, 12)))
        absent = tuple(t for t in rng.sample(terms, rng.randint(0, 3)) if t not in present)
        yield CheckInput(present=present, absent=absent, age=rng.choice([None, "child", "adult", "older"]),
                         sex=rng.choice([None, "female", "male"]))


def test_the_leading_rows_are_those_of_the_full_ranking(model_rules):
    model, _ = model_rules
    for data in _cases(model):
        full, short = check(model, data), check(model, data, limit=5)
        assert len(short.results) == min(len(full.results), DETAILED + 1)
        assert [asdict(r) for r in short.results] == [asdict(r) for r in full.results[:len(short.results)]]
        assert short.total == full.total == len(full.results) == len(model.conditions)
        assert short.ranks == {r.id: r.rank for r in full.results}
        assert (short.ask_next, short.tests_next, short.unmatched) == (full.ask_next, full.tests_next, full.unmatched)


def test_a_limited_report_is_the_full_report_cut_short(model_rules):
    model, rules = model_rules
    for data in _cases(model, 40):
        full, short = report(model, rules, data), report(model, rules, data, limit=12)
        assert short["results"] == full["results"][:12]
        assert short["triage"] == full["triage"]
        assert short["results_total"] == full["results_total"] == len(model.conditions)
        assert {k: v for k, v in short.items() if k != "results"} == {k: v for k, v in full.items() if k != "results"}

"""Fixtures shared by the checker's tests."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, report
from legpain_gui.checker.load import checker_model, lexicon


@pytest.fixture(scope="module")
def lex(shipped_kb):
    """The text reader's lexicon of the shipped knowledge base."""
    return lexicon(shipped_kb)


@pytest.fixture(scope="module")
def checker(shipped_kb):
    """(model, triage rules) of the shipped knowledge base."""
    return checker_model(shipped_kb)


@pytest.fixture(scope="module")
def triage_of(checker):
    """triage_of(present, absent, course, age) -> (the report, {rule id: its fired reason})."""
    model, rules = checker

    def run(present=(), absent=(), course=None, age=None):
        out = report(model, rules, CheckInput(present=tuple(present), absent=tuple(absent), course=course, age=age))
        return out, {r["rule"]: r for r in out["triage"]["reasons"]}

    return run

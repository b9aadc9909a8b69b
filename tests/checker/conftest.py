"""Fixtures shared by the checker's tests."""
from __future__ import annotations

import pytest

from legpain_gui.checker.load import lexicon


@pytest.fixture(scope="module")
def lex(shipped_kb):
    """The text reader's lexicon of the shipped knowledge base."""
    return lexicon(shipped_kb)

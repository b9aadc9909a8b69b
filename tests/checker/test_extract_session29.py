"""Text to findings, session 29 (defects left by session 28's testers and new ones from published case reports): a
negation reaches a finding led by its own result through a verb ('does not present with raised CK'); a list item that
opens with its own qualifier after a comma keeps its partner after 'and' present ('no fever, mild swelling and
tenderness'); a site shares the last noun of a compound ('thigh and low back pain'). Each test fails if undone."""
from __future__ import annotations

import pytest

from tests.checker.readings import found as _found

READ = [
    ("He does not present with raised CK.", "HP:0003236", "absent"),
    ("He did not have raised CK.", "HP:0003236", "absent"),
    ("There was no evidence of raised CRP.", "HP:0011227", "absent"),
    ("She had no fever but presented with raised CRP.", "HP:0011227", "present"),
    ("There was no fever, mild swelling and tenderness in both ankles.", "HP:0030840", "present"),
    ("There was no fever, mild swelling and tenderness in both ankles.", "HP:0001945", "absent"),
    ("She had severe thigh and low back pain.", "HP:0012514", "present"),
    ("She had severe thigh and low back pain.", "HP:0003419", "present"),
]

@pytest.mark.parametrize("text, hpo, state", READ)
def test_read(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)

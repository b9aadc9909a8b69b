"""Text to findings, session 30: a value written as a multiple of the upper limit of normal ('CRP 12 times the
upper limit of normal', 'CK 60 x ULN', 'ESR twice normal'); a weight said to have fallen by an amount is weight loss;
'none of his joints had redness' and 'none of the joints were swollen' negate. Each test fails if undone."""
from __future__ import annotations

import pytest

from tests.checker.readings import found as _found

READ = [
    ("CRP was 12 times the upper limit of normal.", "HP:0011227", "present"),
    ("D-dimer was five times the upper limit of normal.", "HP:0033106", "present"),
    ("Creatine kinase was 40 times the upper limit of normal.", "HP:0030234", "present"),
    ("CK 60 x ULN.", "HP:0030235", "present"),
    ("Her CK was 3-fold the upper limit of normal.", "HP:0003236", "present"),
    ("ESR was twice normal.", "HP:0003565", "present"),
    ("Serum creatinine was 2 times the upper limit of normal.", "HP:0003259", "present"),
    ("His weight decreased by 5 kg over two months.", "HP:0001824", "present"),
    ("Her body weight decreased by 8 kg.", "HP:0001824", "present"),
    ("None of his muscles and joints had redness, swelling, warmth or tenderness.", "HP:0010783", "absent"),
    ("None of the joints were swollen.", "HP:0001386", "absent"),
    ("None of the patients had redness.", "HP:0010783", "absent"),
    ("None of the antibiotics worked; she had fever.", "HP:0001945", "present"),
    ("None of the treatments helped and she developed fever.", "HP:0001945", "present"),
]

NOT_READ = [
    ("CK was 1 times the upper limit of normal.", "HP:0003236"),  # at the limit: not raised
    ("His weight decreased by 5 kg over two months.", "HP:0004325"),  # a fall in weight, not a low weight
    ("None of his joints had redness.", "HP:0010783"),  # read absent
]


@pytest.mark.parametrize("text, hpo, state", READ)
def test_read(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)


@pytest.mark.parametrize("text, hpo", NOT_READ)
def test_not_read(lex, text, hpo):
    assert (hpo, "present") not in _found(lex, text)

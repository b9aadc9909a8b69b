"""Text to findings, session 34: a list of three or more one-word sites before a shared noun ('ankle, hip and knee
pain') is every site's finding, not only the last pair's; the parts of the foot (midfoot, forefoot, hindfoot) are the
foot. Each test fails if undone."""
from __future__ import annotations

import pytest

from tests.checker.readings import found

ANKLE, HIP, KNEE, BACK, FOOT = "HP:0030840", "HP:0030838", "HP:0030839", "HP:0003418", "HP:0025238"

READ = [
    ("He complained of ankle, hip and knee pain.", ANKLE, "present"),
    ("He complained of ankle, hip and knee pain.", HIP, "present"),
    ("He had back, hip, knee and ankle pain.", BACK, "present"),
    ("He had back, hip, knee and ankle pain.", ANKLE, "present"),
    ("There was no hip, knee or ankle pain.", HIP, "absent"),
    ("There was no hip, knee or ankle pain.", ANKLE, "absent"),
    ("He complained of ankle, midfoot and knee pain.", FOOT, "present"),
    ("He complained of ankle, midfoot and knee pain.", ANKLE, "present"),
    ("She had tenderness over the midfoot.", FOOT, "present"),
    ("He had forefoot pain on walking.", FOOT, "present"),
]

NOT_READ = [
    # a first word that makes no finding with the noun leaves the list to its last pair, as before
    ("She had fever, knee and ankle pain.", "HP:0012531", "present"),
]


@pytest.mark.parametrize("text, hpo, state", READ)
def test_read(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo, state", NOT_READ)
def test_not_read(lex, text, hpo, state):
    assert (hpo, state) not in found(lex, text)


def test_a_list_with_an_unknown_word_keeps_its_last_pair(lex):
    got = found(lex, "She had fever, knee and ankle pain.")
    assert {("HP:0001945", "present"), (KNEE, "present"), (ANKLE, "present")} <= got

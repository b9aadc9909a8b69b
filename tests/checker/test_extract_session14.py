"""Text to findings, session 14: a side word (left, right, bilateral) between a finding's first word and the
rest of its phrase ('a painful right hallux', 'a firm right calf') no longer hides the phrase; a negation
before it still reaches it. A swollen leg or calf is leg swelling: two lay words that read it as a diagnosis
(nephrotic syndrome, deep vein thrombosis) are gone from db/findings.yaml. Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

TOE_PAIN, FIRM_COMPARTMENT, CALF_MYALGIA = "HP:0030841", "HP:0003725", "HP:0031921"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text, hpo", [
    ("She complained of a painful right hallux.", TOE_PAIN),
    ("On examination there was a firm left calf.", FIRM_COMPARTMENT),
    ("He had tender bilateral calves.", CALF_MYALGIA),
])
def test_a_side_word_inside_the_phrase_is_passed_over(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_negation_before_it_still_reaches_the_finding(lex):
    found = _found(lex, "There was no painful right hallux.")
    assert (TOE_PAIN, "absent") in found and (TOE_PAIN, "present") not in found, found


@pytest.mark.parametrize("text, wrong", [
    ("She had swollen legs.", "HP:0000100"),       # was read as nephrotic syndrome (a lay word of it)
    ("She had a swollen left lower limb.", "HP:0000100"),
    ("He noticed a swollen calf.", "HP:0002625"),   # was read as deep vein thrombosis: a sign, not the diagnosis
])
def test_a_swollen_leg_is_leg_swelling_not_a_diagnosis(lex, text, wrong):
    found = _found(lex, text)
    assert ("HP:0010741", "present") in found and not {h for h, _ in found} & {wrong}, found


@pytest.mark.parametrize("text, hpo", [
    ("There was swelling of the PIP joints.", "HP:0001386"),          # shorthand in capitals
    ("Swelling of the proximal interphalangeal joints.", "HP:0001386"),
    ("He had swollen MCP joints.", "HP:0001386"),
    ("Tenderness of the MTP joints.", "HP:0002829"),                  # a joint's tenderness: arthralgia
])
def test_the_small_joints_are_sites(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_small_joint_finding_can_be_negated(lex):
    assert ("HP:0001386", "absent") in _found(lex, "There was no swelling of the PIP joints.")


def test_bare_stiffness_is_not_read_as_joint_stiffness(lex):
    """'stiffness and spasms' in stiff person syndrome is the muscles'; a bare 'stiffness' names no one finding."""
    found = _found(lex, "She presented with stiffness and painful spasms of the legs.")
    assert "HP:0001387" not in {h for h, _ in found}, found
    assert ("HP:0001387", "present") in _found(lex, "She had stiff joints.")
    # said of the morning it is morning stiffness (session 22: checker.patterns.morning_stiff)
    assert ("HP:0005197", "present") in _found(lex, "She had stiff joints in the morning.")


@pytest.mark.parametrize("text, state", [
    ("Anti-nuclear antibodies were positive.", "present"),   # hyphenated: 'anti-nuclear' read as 'antinuclear'
    ("Anti-nuclear antibodies were negative.", "absent"),
])
def test_a_hyphenated_word_is_read_as_one_with_the_words_after_it(lex, text, state):
    assert ("HP:0003493", state) in _found(lex, text)

"""A finding said of several sites at once, a site before its finding, and a tenderness read as the site's pain
(checker.sites, checker.variants): each would fail if its reading broke."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract
from legpain_gui.checker.sites import coordinated_sites
from legpain_gui.checker.lexicon import SITES

KNEE_PAIN, ANKLE_PAIN, HAND_PAIN, FOOT_PAIN = "HP:0030839", "HP:0030840", "HP:0046505", "HP:0025238"
JOINT_SWELLING, ANKLE_SWELLING, LEG_SWELLING = "HP:0001386", "HP:0001785", "HP:0010741"
ARM_WEAKNESS, LEG_WEAKNESS, CALF_MYALGIA = "HP:0003484", "HP:0007340", "HP:0031921"
TESTICULAR_PAIN, ARTHRALGIA, MYALGIA = "HP:0033839", "HP:0002829", "HP:0003326"


def _states(lex, text):
    return {f["hpo"]: f["state"] for f in extract(lex, text)["findings"] if f["context"] == "patient"}


@pytest.mark.parametrize("text, terms", [
    ("Swelling of the knees and ankles.", {JOINT_SWELLING, ANKLE_SWELLING}),
    ("Pain in both hands and feet.", {HAND_PAIN, FOOT_PAIN}),
    ("Weakness of the upper and lower limbs.", {ARM_WEAKNESS, LEG_WEAKNESS}),
    ("Weakness of the right upper and left lower extremities.", {ARM_WEAKNESS, LEG_WEAKNESS}),
    ("Weakness in the arms and legs.", {ARM_WEAKNESS, LEG_WEAKNESS}),
    ("Knee and ankle swelling.", {JOINT_SWELLING, ANKLE_SWELLING}),
    ("Atraumatic knee and calf pain and swelling.", {KNEE_PAIN, CALF_MYALGIA, JOINT_SWELLING, LEG_SWELLING}),
])
def test_a_finding_at_coordinated_sites_is_read_at_each(lex, text, terms):
    assert terms <= {h for h, s in _states(lex, text).items() if s == "present"}


def test_a_negation_before_coordinated_sites_reaches_each(lex):
    states = _states(lex, "She denied pain in the knees and ankles.")
    assert states.get(KNEE_PAIN) == "absent" and states.get(ANKLE_PAIN) == "absent"


def test_a_bare_upper_or_lower_shares_the_next_sites_noun():
    assert coordinated_sites(SITES, ["right", "upper", "and", "left", "lower", "limb"], 0) == \
        (6, [("upper", "limb"), ("lower", "limb")])
    assert coordinated_sites(SITES, ["upper", "and", "lower"], 0) is None  # no noun to share
    assert coordinated_sites(SITES, ["knee"], 0) is None  # one site is not a coordination


@pytest.mark.parametrize("text, hpo", [
    ("He had calf tenderness.", CALF_MYALGIA), ("He had tender calves.", CALF_MYALGIA),
    ("There was tenderness of the calf muscles.", CALF_MYALGIA), ("Testicular tenderness.", TESTICULAR_PAIN),
    ("Joint tenderness.", ARTHRALGIA), ("Muscle tenderness.", MYALGIA),
])
def test_a_tenderness_at_a_site_is_its_pain(lex, text, hpo):
    assert _states(lex, text).get(hpo) == "present"


def test_a_negated_tenderness_is_absent(lex):
    assert _states(lex, "There was no calf tenderness.").get(CALF_MYALGIA) == "absent"


def test_tenderness_alone_names_no_finding(lex):
    assert not _states(lex, "Tenderness was elicited on examination.")


LEG_STIFFNESS, JOINT_STIFFNESS, UPPER_LIMB_PAIN, LOWER_LIMB_PAIN = "HP:0008969", "HP:0001387", "HP:0012513", "HP:0012514"
VIBRATION, POSITION, PINPRICK, TEMPERATURE = "HP:0002495", "HP:0010831", "HP:0007328", "HP:0010829"


def test_a_site_before_a_list_of_findings_reaches_each_item_joined_by_commas(lex):
    states = _states(lex, "She had bilateral lower extremity myalgia, weakness, and stiffness.")
    assert states.get(MYALGIA) == "present" and states.get(LEG_WEAKNESS) == "present"
    assert states.get(LEG_STIFFNESS) == "present" and JOINT_STIFFNESS not in states


def test_an_item_with_a_site_of_its_own_is_not_read_at_the_lists_site(lex):
    states = _states(lex, "Left leg swelling, pain in the arm.")
    assert states.get(LEG_SWELLING) == "present" and states.get(UPPER_LIMB_PAIN) == "present"
    assert LOWER_LIMB_PAIN not in states


def test_a_negated_site_list_is_absent_throughout(lex):
    states = _states(lex, "There was no leg weakness or stiffness.")
    assert states.get(LEG_WEAKNESS) == "absent" and states.get(LEG_STIFFNESS) == "absent"


@pytest.mark.parametrize("text, terms", [
    ("Loss of joint position and vibration sensation.", {VIBRATION, POSITION}),
    ("Impaired pain and temperature sensation in the feet.", {PINPRICK, TEMPERATURE}),
])
def test_words_shared_around_a_coordinated_pair_give_both_findings(lex, text, terms):
    assert terms <= {h for h, s in _states(lex, text).items() if s == "present"}
    negated = _states(lex, "No " + text[0].lower() + text[1:])
    assert all(negated.get(t) == "absent" for t in terms)


def test_a_pair_without_a_reading_for_each_is_not_joined(lex):
    states = _states(lex, "Fever and chills.")
    assert states.get("HP:0001945") == "present" and states.get("HP:0025143") == "present" and len(states) == 2


ELBOW_PAIN, SHOULDER_PAIN, WRIST_SWELLING = "HP:0030835", "HP:0030834", "HP:0001225"


@pytest.mark.parametrize("text, terms", [
    ("Joint pain involving the right knee, both elbows and both shoulders.", {KNEE_PAIN, ELBOW_PAIN, SHOULDER_PAIN}),
    ("Swelling of the knees, ankles, and wrists.", {JOINT_SWELLING, ANKLE_SWELLING, WRIST_SWELLING}),
])
def test_sites_listed_with_commas_share_the_finding(lex, text, terms):
    assert terms <= {h for h, s in _states(lex, text).items() if s == "present"}

"""Triage rules for the can't-miss infection and muscle mimics (issue 22, branch new-d): septic arthritis,
necrotising soft-tissue infection and rhabdomyolysis. Each rule fires on its pattern of PRESENT findings and
not when its key finding is missing or only marked absent."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, report

KNEE_PAIN, JOINT_SWELLING, FEVER, ACUTE = "HP:0030839", "HP:0001386", "HP:0001945", "HP:0011009"
LEG_PAIN, ERYTHEMA, BULLAE, GAS, SHOCK, RAPID = "HP:0012514", "HP:0010783", "HP:0008066", "HP:6001021", "HP:0031273", "HP:0003678"
MYALGIA, DARK_URINE, CK_EXTREME = "HP:0003326", "HP:0040319", "HP:0030235"

# (rule, level, present findings, context, the key finding whose absence must stop the rule)
CASES = [
    ("septic-arthritis", "emergency", ["HP:0003095"], {}, "HP:0003095"),  # septic arthritis itself
    ("septic-arthritis", "emergency", ["HP:0034939", KNEE_PAIN], {}, "HP:0034939"),  # purulent joint fluid
    ("septic-arthritis", "emergency", [JOINT_SWELLING, KNEE_PAIN, FEVER, ACUTE], {}, ACUTE),  # hot knee, hours-days
    ("septic-arthritis", "emergency", ["HP:0031955", FEVER, "HP:0030838"], {"age": "child"}, FEVER),  # Kocher
    ("hot-joint-fever", "urgent", [JOINT_SWELLING, FEVER], {}, FEVER),
    ("hot-joint-fever", "urgent", ["HP:0040313", FEVER], {}, "HP:0040313"),  # oligoarthritis (an arthritis) + fever
    ("necrotising-soft-tissue-infection", "emergency", [LEG_PAIN, ERYTHEMA, BULLAE], {}, BULLAE),
    ("necrotising-soft-tissue-infection", "emergency", [LEG_PAIN, GAS], {}, GAS),  # crepitus / gas on X-ray
    ("necrotising-soft-tissue-infection", "emergency", [LEG_PAIN, ERYTHEMA, SHOCK], {}, SHOCK),
    ("necrotising-soft-tissue-infection", "emergency", [LEG_PAIN, ERYTHEMA, "HP:0002615"], {}, "HP:0002615"),
    ("necrotising-soft-tissue-infection", "emergency", [LEG_PAIN, ERYTHEMA, RAPID], {}, RAPID),
    ("necrotising-soft-tissue-infection", "emergency", [LEG_PAIN, "HP:0001055", BULLAE], {}, BULLAE),  # erysipelas
    ("sepsis-signs", "emergency", [LEG_PAIN, FEVER, "HP:0002615"], {}, "HP:0002615"),  # fever with hypotension
    ("sepsis-signs", "emergency", [LEG_PAIN, FEVER, SHOCK], {}, FEVER),
    ("rhabdomyolysis", "emergency", [MYALGIA, DARK_URINE], {}, DARK_URINE),
    ("rhabdomyolysis", "emergency", ["HP:0003738", DARK_URINE], {}, "HP:0003738"),  # exercise-induced myalgia
    ("rhabdomyolysis", "emergency", [CK_EXTREME, DARK_URINE], {}, DARK_URINE),
]



def _fired(model, rules, present=(), absent=(), **context):
    out = report(model, rules, CheckInput(present=tuple(present), absent=tuple(absent), **context))
    return out, {r["rule"]: r for r in out["triage"]["reasons"]}


@pytest.mark.parametrize("rule, level, present, context, key", CASES)
def test_rule_fires_on_its_pattern_and_is_cited(checker, rule, level, present, context, key):
    model, rules = checker
    out, fired = _fired(model, rules, present, **context)
    assert rule in fired, out["triage"]
    rank = {"routine": 0, "urgent": 1, "emergency": 2}
    assert rank[out["triage"]["level"]] >= rank[level]
    assert fired[rule]["source"] and ("PMID" in fired[rule]["source"] or "doi:" in fired[rule]["source"])
    assert set(fired[rule]["findings"]) <= set(present)


@pytest.mark.parametrize("rule, level, present, context, key", CASES)
def test_rule_does_not_fire_without_its_key_finding(checker, rule, level, present, context, key):
    model, rules = checker
    rest = [h for h in present if h != key]
    _, fired = _fired(model, rules, rest, **context)
    assert rule not in fired
    _, fired = _fired(model, rules, rest, absent=(key,), **context)
    assert rule not in fired


@pytest.mark.parametrize("rule, level, present, context, key", CASES)
def test_the_same_findings_absent_never_trigger(checker, rule, level, present, context, key):
    model, rules = checker
    out, fired = _fired(model, rules, absent=present, **context)
    assert rule not in fired and out["triage"]["level"] == "routine"


def test_the_febrile_limp_rule_is_for_children_only(checker):
    model, rules = checker
    present = ("HP:0031955", FEVER)
    assert "septic-arthritis" in _fired(model, rules, present, age="child")[1]
    assert "septic-arthritis" not in _fired(model, rules, present, age="adult")[1]


def test_typical_presentations_are_never_left_at_routine(checker):
    """The can't-miss pictures named in the task: a hot swollen joint with fever; severe leg pain with
    spreading redness and bullae, crepitus or shock; dark urine with muscle pain and a very high CK."""
    model, rules = checker
    pictures = [
        ([JOINT_SWELLING, KNEE_PAIN, FEVER, ERYTHEMA], "urgent"),
        ([JOINT_SWELLING, KNEE_PAIN, FEVER, ERYTHEMA, ACUTE], "emergency"),
        ([LEG_PAIN, ERYTHEMA, BULLAE, FEVER], "emergency"),
        ([LEG_PAIN, GAS], "emergency"),
        ([LEG_PAIN, ERYTHEMA, SHOCK], "emergency"),
        ([MYALGIA, DARK_URINE, CK_EXTREME], "emergency"),
        ([MYALGIA, DARK_URINE, "HP:0030234"], "emergency"),  # CK 4-50 times normal
    ]
    rank = {"routine": 0, "urgent": 1, "emergency": 2}
    for present, at_least in pictures:
        level = report(model, rules, CheckInput(present=tuple(present)))["triage"]["level"]
        assert rank[level] >= rank[at_least], (present, level)


def test_redness_with_leg_pain_alone_is_not_necrotising_infection(checker):
    model, rules = checker
    # ordinary cellulitis: red, painful leg of acute onset with fever, no bullae, gas, shock or rapid spread
    _, fired = _fired(model, rules, (LEG_PAIN, ERYTHEMA, FEVER, ACUTE))
    assert "necrotising-soft-tissue-infection" not in fired
    # muscle pain without dark urine or a very high CK: not the rhabdomyolysis rule
    _, fired = _fired(model, rules, (MYALGIA, LEG_PAIN))
    assert "rhabdomyolysis" not in fired

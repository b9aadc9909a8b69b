"""Triage rules added in sessions 12 to 14 (issue 14): acute kidney injury on its own, fever with low
neutrophils or pancytopenia, a deep vein thrombosis with a blue or cold leg (phlegmasia); a bowel that is
obstructed, perforated or ischaemic (mesenteric thrombosis); a painful, swollen leg that has acutely lost power
(compartment syndrome); chest pain of acute onset; and sepsis recorded as such (session 14); acute leg pain
with an intramuscular haematoma, an absent pulse or a cold pale limb of acute onset, and difficulty passing urine
with back pain or leg weakness (session 19). Each fires on its pattern of PRESENT findings and not
when its key finding is missing or only marked absent."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, report

AKI, FEVER, NEUTROPENIA, PANCYTOPENIA = "HP:0001919", "HP:0001945", "HP:0001875", "HP:0001876"
LEG_PAIN, RASH, DVT, CYANOSIS = "HP:0012514", "HP:0000988", "HP:0002625", "HP:0000961"
OBSTRUCTION, PERFORATION, MESENTERIC_VT, PERITONITIS = "HP:0005214", "HP:0031368", "HP:0030248", "HP:0002586"
ABDOMINAL_PAIN, LEG_SWELLING, LEG_WEAKNESS, ACUTE = "HP:0002027", "HP:0010741", "HP:0007340", "HP:0011009"
CHEST_PAIN, ANGINA, PLEURITIC = "HP:0100749", "HP:0001681", "HP:0033771"

# (rule, level, present findings, the key finding whose absence must stop the rule)
CASES = [
    ("acute-kidney-injury", "urgent", [AKI], AKI),
    ("acute-kidney-injury", "urgent", [AKI, RASH, LEG_PAIN], AKI),
    ("fever-low-neutrophils", "urgent", [FEVER, NEUTROPENIA], NEUTROPENIA),
    ("fever-low-neutrophils", "urgent", [FEVER, PANCYTOPENIA, LEG_PAIN], FEVER),
    ("fever-low-neutrophils", "urgent", ["HP:0011134", PANCYTOPENIA], PANCYTOPENIA),  # low-grade fever is a fever
    ("phlegmasia", "emergency", [DVT, CYANOSIS, LEG_PAIN], CYANOSIS),
    ("phlegmasia", "emergency", [DVT, "HP:0033850"], DVT),  # a cold leg
    ("bowel-emergency", "emergency", [ABDOMINAL_PAIN, OBSTRUCTION], OBSTRUCTION),
    ("bowel-emergency", "emergency", [PERFORATION, LEG_PAIN], PERFORATION),
    ("bowel-emergency", "emergency", [MESENTERIC_VT], MESENTERIC_VT),
    ("bowel-emergency", "emergency", [PERITONITIS, ABDOMINAL_PAIN], PERITONITIS),
    ("acute-compartment-syndrome", "emergency", [LEG_PAIN, LEG_SWELLING, LEG_WEAKNESS, ACUTE], LEG_WEAKNESS),
    ("acute-compartment-syndrome", "emergency", [LEG_PAIN, LEG_SWELLING, LEG_WEAKNESS, ACUTE], ACUTE),
    ("acute-compartment-syndrome", "emergency", [LEG_PAIN, LEG_SWELLING, LEG_WEAKNESS, ACUTE], LEG_SWELLING),
    ("acute-chest-pain", "emergency", [CHEST_PAIN, ACUTE], CHEST_PAIN),
    ("acute-chest-pain", "emergency", [ANGINA, ACUTE, LEG_PAIN], ACUTE),
    ("acute-chest-pain", "emergency", [PLEURITIC, ACUTE], PLEURITIC),
    ("acute-chest-pain", "emergency", ["HP:0001658", ACUTE, LEG_PAIN], "HP:0001658"),  # myocardial infarction (s. 18)
    ("pulmonary-embolism", "emergency", ["HP:0033577", "HP:0100749"], "HP:0033577"),  # pulmonary artery thrombosis
    ("necrotising-soft-tissue-infection", "emergency", ["HP:0100658", "HP:0033126"], "HP:0033126"),  # cellulitis
    ("necrotising-soft-tissue-infection", "emergency", ["HP:0010783", "HP:0033126", LEG_PAIN], "HP:0010783"),
    ("acute-compartment-syndrome", "emergency", [LEG_SWELLING, "HP:0033748", ACUTE], "HP:0033748"),  # numbness
    ("acute-compartment-syndrome", "emergency", [LEG_SWELLING, "HP:0033748", ACUTE], ACUTE),
    ("sepsis-signs", "emergency", ["HP:0100806", "HP:0100658"], "HP:0100806"),  # sepsis with cellulitis
    ("sepsis-signs", "emergency", ["HP:0100806"], "HP:0100806"),
    # session 19: acute pain with bleeding into a leg muscle (a compartment filled without a fracture)
    ("acute-compartment-syndrome", "emergency", ["HP:0012233", "HP:0012514", ACUTE], "HP:0012233"),
    ("acute-compartment-syndrome", "emergency", ["HP:0012233", "HP:0012514", ACUTE], ACUTE),
    # session 19: an absent foot pulse, or a cold pale foot, of acute onset with no pain recorded
    ("acute-limb-ischaemia", "emergency", ["HP:0031271", ACUTE], "HP:0031271"),
    ("acute-limb-ischaemia", "emergency", ["HP:0031271", ACUTE], ACUTE),
    ("acute-limb-ischaemia", "emergency", ["HP:0033850", "HP:0000980", ACUTE], "HP:0000980"),
    # session 19: new difficulty passing urine with back pain or leg weakness (incomplete cauda equina syndrome)
    ("cauda-equina", "emergency", ["HP:0000019", "HP:0003419"], "HP:0000019"),
    ("cauda-equina", "emergency", ["HP:0000019", LEG_WEAKNESS], LEG_WEAKNESS),
]


def _fired(model, rules, present=(), absent=()):
    out = report(model, rules, CheckInput(present=tuple(present), absent=tuple(absent)))
    return out, {r["rule"]: r for r in out["triage"]["reasons"]}


@pytest.mark.parametrize("rule, level, present, key", CASES)
def test_rule_fires_on_its_pattern_and_is_cited(checker, rule, level, present, key):
    model, rules = checker
    out, fired = _fired(model, rules, present)
    assert rule in fired, out["triage"]
    rank = {"routine": 0, "urgent": 1, "emergency": 2}
    assert rank[out["triage"]["level"]] >= rank[level]
    assert "doi:" in fired[rule]["source"] or "PMID" in fired[rule]["source"]
    assert set(fired[rule]["findings"]) <= set(present)


@pytest.mark.parametrize("rule, level, present, key", CASES)
def test_rule_does_not_fire_without_its_key_finding(checker, rule, level, present, key):
    model, rules = checker
    rest = [h for h in present if h != key]
    assert rule not in _fired(model, rules, rest)[1]
    assert rule not in _fired(model, rules, rest, absent=(key,))[1]


@pytest.mark.parametrize("rule, level, present, key", CASES)
def test_the_same_findings_absent_never_trigger(checker, rule, level, present, key):
    model, rules = checker
    out, fired = _fired(model, rules, absent=present)
    assert rule not in fired and out["triage"]["level"] == "routine"


def test_neutropenia_alone_does_not_fire_but_kidney_injury_alone_does(checker):
    """Low neutrophils without fever is not this rule's pattern; acute kidney injury needs no partner."""
    model, rules = checker
    assert "fever-low-neutrophils" not in _fired(model, rules, [NEUTROPENIA, LEG_PAIN])[1]
    out, fired = _fired(model, rules, [AKI])
    assert "acute-kidney-injury" in fired and out["triage"]["level"] in ("urgent", "emergency")


def test_a_blue_leg_without_a_thrombosis_is_not_phlegmasia(checker):
    """Cyanosis with leg pain and swelling but no deep vein thrombosis recorded does not fire it (a vasculitis with
    cyanotic fingers and swollen legs is not a thrombosed leg)."""
    model, rules = checker
    assert "phlegmasia" not in _fired(model, rules, [CYANOSIS, LEG_PAIN, "HP:0010741"])[1]


def test_chest_pain_without_an_acute_onset_prompts_but_is_not_an_emergency(checker):
    model, rules = checker
    out, fired = _fired(model, rules, [CHEST_PAIN, LEG_PAIN])
    assert "acute-chest-pain" not in fired and out["triage"]["level"] != "emergency"
    assert out["triage"]["prompts"], out["triage"]  # a red-flag finding alone is never an unqualified routine

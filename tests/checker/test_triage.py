"""Triage rules of the shipped knowledge base: each fires on present findings, never on absent ones."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legpain_gui.checker.engine import CheckInput, report
from legpain_gui.checker.triage import evaluate

CASES = [
    ("gbs-pattern", "emergency", ["HP:0003678", "HP:0007340", "HP:0001284"], {}),  # progressive, leg weakness, areflexia
    ("gbs-pattern", "emergency", ["HP:0002747", "HP:0009053"], {}),  # breathing failure + distal leg weakness
    ("gbs-pattern", "emergency", ["HP:0012799", "HP:0003690"], {}),  # facial droop + limb weakness
    ("gbs-pattern", "emergency", ["HP:0031162", "HP:0007340", "HP:0003678"], {}),  # impaired swallow + leg weakness, rapid
    ("severe-myopathy", "urgent", ["HP:0031162", "HP:0007340"], {}),  # impaired swallow + leg weakness alone
    ("severe-myopathy", "urgent", ["HP:0030235"], {}),  # CK above 50x
    ("acute-severe-weakness", "emergency", ["HP:0003678", "HP:0002540"], {}),  # rapidly progressive, cannot walk
    ("acute-severe-weakness", "emergency", ["HP:0011009", "HP:0007340", "HP:0000016"], {}),  # acute leg weakness, retention
    ("acute-severe-weakness", "emergency", ["HP:0011009", "HP:0012486"], {}),  # acute myelitis
    ("new-weakness", "urgent", ["HP:0011009", "HP:0007340"], {}),  # acute leg weakness, no reflexes recorded
    ("new-weakness", "urgent", ["HP:0002385"], {}),  # paraparesis
    ("new-weakness", "urgent", ["HP:0100561"], {}),  # spinal cord lesion on MRI
    ("cauda-equina", "emergency", ["HP:0007340", "HP:0000016"], {}),  # leg weakness + retention
    ("cauda-equina", "emergency", ["HP:0100310", "HP:0000016"], {}),  # epidural haemorrhage + retention
    ("acute-limb-ischaemia", "emergency", ["HP:0025324", "HP:0011009"], {}),  # acute arterial occlusion
    ("visual-loss", "emergency", ["HP:0000572"], {}),  # visual loss alone
    ("acute-compartment-syndrome", "emergency", ["HP:0012514", "HP:0003725"], {}),  # no fracture
    ("acute-compartment-syndrome", "emergency", ["HP:0012514", "HP:0011009", "HP:0003713"], {}),  # exertional, necrosis
    ("rhabdomyolysis", "emergency", ["HP:0003201"], {}),
    ("rhabdomyolysis", "emergency", ["HP:0030234", "HP:0001919"], {}),  # CK 4-50x + acute kidney injury
    ("pulmonary-embolism", "emergency", ["HP:0002204"], {}),
    ("pulmonary-embolism", "emergency", ["HP:0002625", "HP:0033771"], {}),  # DVT + pleuritic chest pain
    ("systemic-vasculitis-organ", "urgent", ["HP:6000253", "HP:0000099"], {}),  # necrotising vasculitis + GN
    ("systemic-vasculitis-organ", "urgent", ["HP:0033559", "HP:0032018"], {}),  # MPO-ANCA + mononeuritis
    ("limb-threatening-ischaemia", "urgent", ["HP:6000627"], {}),  # rest pain
    ("acute-limb-ischaemia", "emergency", ["HP:0012514", "HP:0031271"], {}),  # leg pain + absent ankle pulse
    ("acute-limb-ischaemia", "emergency", ["HP:0012514", "HP:0000980"], {}),  # leg pain + pallor
    ("acute-limb-ischaemia", "emergency", ["HP:0012514", "HP:6000500"], {}),  # leg pain + cold extremities
    ("cauda-equina", "emergency", ["HP:0003419", "HP:0000016"], {}),  # low back pain + urinary retention
    ("gca-visual", "emergency", ["HP:0030164", "HP:0000572"], {}),  # jaw claudication + visual loss
    ("gca-visual", "emergency", ["HP:0002315", "HP:0100576"], {"age": "older"}),
    ("pulmonary-renal", "emergency", ["HP:0002105", "HP:0000790"], {}),
    ("suspected-dvt", "urgent", ["HP:0010741", "HP:0012514"], {}),
    ("suspected-dvt", "urgent", ["HP:0002625"], {}),
    ("mononeuritis-foot-drop", "urgent", ["HP:0032018"], {}),
    ("mononeuritis-foot-drop", "urgent", ["HP:0009027", "HP:0012514"], {}),  # painful foot drop
    ("mononeuritis-foot-drop", "urgent", ["HP:0009027", "HP:0011009"], {}),  # foot drop of acute onset
    ("skin-necrosis", "urgent", ["HP:0100758"], {}),
    ("septic-arthritis", "emergency", ["HP:0001785", "HP:0031864"], {}),  # swollen ankle + bacteraemia
    ("fever-weight-loss-hypertension", "urgent", ["HP:0001945", "HP:0001824", "HP:0000822"], {}),
]



@pytest.mark.parametrize("rule, level, present, context", CASES)
def test_rule_fires_on_present_findings(checker, rule, level, present, context):
    model, rules = checker
    out = report(model, rules, CheckInput(present=tuple(present), **context))
    fired = {r["rule"]: r for r in out["triage"]["reasons"]}
    assert rule in fired, out["triage"]
    assert out["triage"]["level"] == level or level == "urgent" and out["triage"]["level"] == "emergency"
    assert fired[rule]["source"] and ("PMID" in fired[rule]["source"] or "doi:" in fired[rule]["source"])
    assert set(fired[rule]["findings"]) <= set(present)


@pytest.mark.parametrize("rule, level, present, context", CASES)
def test_the_same_findings_absent_never_trigger(checker, rule, level, present, context):
    model, rules = checker
    out = report(model, rules, CheckInput(absent=tuple(present), **context))
    assert out["triage"]["level"] == "routine" and out["triage"]["fired"] is False
    assert out["triage"]["reasons"] == [] and out["triage"]["prompts"] == []


def test_partial_pattern_does_not_fire(checker):
    model, rules = checker
    # weakness and areflexia with the progression ABSENT: not the GBS rule; leg pain with paraesthesia only
    out = report(model, rules, CheckInput(present=("HP:0007340", "HP:0001284"), absent=("HP:0003678",)))
    assert "gbs-pattern" not in {r["rule"] for r in out["triage"]["reasons"]}
    out = report(model, rules, CheckInput(present=("HP:0012514", "HP:0003401")))
    assert out["triage"]["level"] == "routine"
    out = report(model, rules, CheckInput(present=("HP:0002315", "HP:0000622"), age="adult"))
    assert "gca-visual" not in {r["rule"] for r in out["triage"]["reasons"]}


def test_a_painless_foot_drop_alone_is_not_vasculitic_neuropathy(checker):
    """A painless foot drop after weight loss, of no stated onset or chronic, is the common peroneal nerve
    compressed at the fibular head: routine. Vasculitic neuropathy is acute-to-subacute and painful."""
    model, rules = checker
    for extra in ((), ("HP:0011010",)):  # no course given; chronic course
        out = report(model, rules, CheckInput(present=("HP:0009027", "HP:0001824") + extra))
        assert "mononeuritis-foot-drop" not in {r["rule"] for r in out["triage"]["reasons"]}
    out = report(model, rules, CheckInput(present=("HP:0009027",), absent=("HP:0012514", "HP:0011009")))
    assert "mononeuritis-foot-drop" not in {r["rule"] for r in out["triage"]["reasons"]}


def test_highest_level_wins_and_all_reasons_are_listed(checker):
    model, rules = checker
    out = report(model, rules, CheckInput(present=("HP:0009027", "HP:0012514", "HP:0000980")))
    assert out["triage"]["level"] == "emergency"
    assert [r["rule"] for r in out["triage"]["reasons"]][:1] == ["acute-limb-ischaemia"]
    assert "mononeuritis-foot-drop" in [r["rule"] for r in out["triage"]["reasons"]]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(sorted({h for _, _, p, _ in CASES for h in p})), max_size=12, unique=True))
def test_absent_findings_alone_are_always_routine(checker, absent):
    model, rules = checker
    triage = evaluate(rules, [], model.ancestors)
    assert triage.level == "routine"
    out = report(model, rules, CheckInput(absent=tuple(absent), age="older"))
    assert out["triage"]["level"] == "routine"


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_every_rule_fires_on_any_clause_given_descendants_and_never_absent(checker, data):
    """Hypothesis over the rules: each clause fires when each of its concepts is present as one of its terms
    or a more specific one, and the very same findings marked absent fire nothing."""
    model, rules = checker
    rule = data.draw(st.sampled_from(rules))
    clause = data.draw(st.sampled_from(rule.clauses))
    present, context = [], {}
    for item in clause:
        if "age" in item:
            context["age"] = item["age"]
        elif "sex" in item:
            context["sex"] = item["sex"]
        elif "unless" in item:
            continue  # a finding that stops the clause: none drawn (test_an_unless_item_stops_its_clause)
        elif "count" in item:  # a term of each of `count` groups drawn
            groups = data.draw(st.permutations(item["groups"]))[:item["count"]]
            present += [data.draw(st.sampled_from(g)) for g in groups]
        else:
            term = data.draw(st.sampled_from(item["terms"]))
            below = sorted(set(model._children.get(term, ())) - set(item.get("except", ())))  # 'not HP:...'
            present.append(data.draw(st.sampled_from([term] + below)))
    present = list(dict.fromkeys(present))
    out = report(model, rules, CheckInput(present=tuple(present), **context))
    assert rule.id in {r["rule"] for r in out["triage"]["reasons"]}
    assert out["triage"]["fired"] is True
    out = report(model, rules, CheckInput(absent=tuple(present), **context))
    assert rule.id not in {r["rule"] for r in out["triage"]["reasons"]}


@pytest.mark.parametrize("present, rule", [
    (("HP:0002094", "HP:0003690"), "gbs-pattern"),  # breathlessness and limb weakness
    (("HP:0030319", "HP:0003690"), "gbs-pattern"),  # facial weakness and limb weakness
    (("HP:0012514", "HP:0032554"), "acute-limb-ischaemia"),  # leg pain and an absent pulse
    (("HP:0002505",), "new-weakness"),  # loss of ambulation: after years of spondylitis it is no new weakness
    (("HP:0100561",), "new-weakness"),  # a spinal cord lesion on MRI
])
def test_an_unless_item_stops_its_clause(checker, present, rule):
    """db/triage.yaml 'unless:': weakness with breathlessness over months is a chronic myopathy's, and claudication
    with lost pulses over months is peripheral arterial disease: with a chronic course the pattern does not fire."""
    model, rules = checker
    fired = report(model, rules, CheckInput(present=present))
    assert rule in {r["rule"] for r in fired["triage"]["reasons"]}
    chronic = report(model, rules, CheckInput(present=present, course="chronic"))
    assert rule not in {r["rule"] for r in chronic["triage"]["reasons"]}


def test_breathlessness_on_exertion_alone_is_no_guillain_barre_breathing(checker):
    model, rules = checker
    out = report(model, rules, CheckInput(present=("HP:0002875", "HP:0003690")))  # exertional dyspnoea, weakness
    assert "gbs-pattern" not in {r["rule"] for r in out["triage"]["reasons"]}


def test_an_excepted_kind_does_not_match_its_concept(checker):
    """'joint-swelling' holds any arthritis but not a known gout or rheumatoid arthritis (db/triage.yaml 'not HP:'):
    with an acute onset, a swollen joint is urgent, a patient's gout alone is not."""
    model, rules = checker
    acute = "HP:0011009"
    swollen = report(model, rules, CheckInput(present=("HP:0001386", acute)))
    assert "acute-hot-joint" in {r["rule"] for r in swollen["triage"]["reasons"]}
    for known in ("HP:0001997", "HP:0001370"):
        out = report(model, rules, CheckInput(present=(known, acute)))
        assert "acute-hot-joint" not in {r["rule"] for r in out["triage"]["reasons"]}


def test_no_rule_fired_is_not_an_all_clear(checker):
    model, rules = checker
    out = report(model, rules, CheckInput(present=("HP:0002829",)))  # arthralgia
    assert out["triage"] == {"level": "routine", "fired": False, "reasons": [], "prompts": [], "notes": []}


def test_a_red_flag_finding_alone_never_leaves_an_unqualified_routine(checker):
    model, rules = checker
    terms = sorted({t for r in rules for c in r.clauses for i in c if not i.get("context") for t in i.get("terms", ())})
    for term in terms:
        out = report(model, rules, CheckInput(present=(term,)))
        triage = out["triage"]
        assert triage["fired"] or triage["prompts"], term
        if not triage["fired"]:
            assert model.label(term) in triage["prompts"][0]


def test_context_findings_alone_do_not_prompt(checker):
    model, rules = checker
    for hpo in ("HP:0012514", "HP:0030835", "HP:0003418", "HP:0001945"):  # leg, elbow, back pain; fever
        triage = report(model, rules, CheckInput(present=(hpo,)))["triage"]
        assert not triage["fired"] and not triage["prompts"], hpo


def test_cant_miss_fires_at_its_threshold_and_names_its_condition(checker, monkeypatch):
    model, rules = checker
    # areflexia, raised CSF protein, acute: Guillain-Barre leads, and no explicit rule fires on these alone
    findings = CheckInput(present=("HP:0001284", "HP:0002922"), age="adult", course="acute")
    out = report(model, rules, findings)
    gbs = next(r for r in out["results"] if r["id"] == "guillain-barre-syndrome")
    assert out["results"][0]["id"] == "guillain-barre-syndrome"
    assert not any(r["rule"] != "cant-miss" for r in out["triage"]["reasons"])
    monkeypatch.setattr(model, "cant_miss", {"emergency": gbs["probability"] + 0.01})  # just above its share
    assert report(model, rules, findings)["triage"]["fired"] is False
    monkeypatch.setattr(model, "cant_miss", {"emergency": gbs["probability"] - 0.01})  # just below
    out = report(model, rules, findings)
    assert out["triage"]["level"] == "emergency" and out["triage"]["fired"]
    reason = next(r for r in out["triage"]["reasons"] if r["rule"] == "cant-miss")
    assert "Guillain" in reason["name"] and "Guillain" in reason["advice"] and reason["source"]


def test_a_rule_whose_condition_ranks_low_says_so(checker):
    model, rules = checker
    # acute arterial occlusion fires the limb-ischaemia rule; with the findings of a vasculitis beside it
    out = report(model, rules, CheckInput(present=("HP:0025324", "HP:0011009", "HP:0033559", "HP:0000099",
                                                   "HP:0032018", "HP:0001824", "HP:0001945")))
    ranks = {r["id"]: r["rank"] for r in out["results"]}
    assert "acute-limb-ischaemia" in {r["rule"] for r in out["triage"]["reasons"]}
    assert ranks["acute-limb-ischaemia"] > 3
    assert any(f"Acute limb ischaemia ranks {ranks['acute-limb-ischaemia']}" in n for n in out["triage"]["notes"])
    # a rule whose condition leads carries no such note
    out = report(model, rules, CheckInput(present=("HP:0012514", "HP:0000980", "HP:0032554", "HP:0011009")))
    assert out["results"][0]["id"] == "acute-limb-ischaemia" and not out["triage"]["notes"]


def test_an_emergency_condition_at_the_urgent_share_raises_triage_to_urgent_and_names_it(checker, monkeypatch):
    model, rules = checker
    findings = CheckInput(present=("HP:0001284", "HP:0002922"), age="adult", course="acute")  # areflexia, raised CSF
    # protein, acute: Guillain-Barre leads (without the course, CIDP, whose raised CSF protein is 95%, may)
    gbs = next(r for r in report(model, rules, findings)["results"] if r["id"] == "guillain-barre-syndrome")
    assert model.suspected["guillain-barre-syndrome"][0] == "emergency"
    monkeypatch.setattr(model, "cant_miss", {"emergency": gbs["probability"] + 0.01, "urgent": gbs["probability"] - 0.01})
    out = report(model, rules, findings)
    assert out["triage"]["level"] == "urgent" and out["triage"]["fired"]
    reason = next(r for r in out["triage"]["reasons"] if r["rule"] == "cant-miss")
    assert "Guillain" in reason["name"] and "same day" in reason["advice"] and reason["level"] == "urgent"
    monkeypatch.setattr(model, "cant_miss", {"emergency": gbs["probability"] + 0.01, "urgent": gbs["probability"] + 0.01})
    assert report(model, rules, findings)["triage"]["fired"] is False


APL, AKI, NECROSIS, DVT = "HP:0025343", "HP:0001919", "HP:0033126", "HP:0002625"  # lupus anticoagulant, ...


@pytest.mark.parametrize("present, fires", [
    ((APL, AKI, NECROSIS), True),  # antibodies with the kidneys and the skin: two organs
    ((APL, AKI, DVT), True),
    ((APL, DVT), False),  # one organ: an antiphospholipid thrombosis, not a catastrophic one
    ((AKI, NECROSIS, DVT), False),  # no antibodies
])
def test_catastrophic_antiphospholipid_syndrome_needs_the_antibodies_and_two_organs(checker, present, fires):
    model, rules = checker
    out = report(model, rules, CheckInput(present=present))
    assert ("catastrophic-aps" in {r["rule"] for r in out["triage"]["reasons"]}) is fires


def test_catastrophic_antiphospholipid_syndrome_never_fires_on_absent_findings(checker):
    model, rules = checker
    out = report(model, rules, CheckInput(present=(APL,), absent=(AKI, NECROSIS, DVT)))
    assert "catastrophic-aps" not in {r["rule"] for r in out["triage"]["reasons"]}


def test_a_count_item_is_checked_when_the_knowledge_base_is_built():
    from legpain_gui.kbbuild.check_lists import validate_triage
    triage = {"concepts": {"a": ["HP:0001919"], "b": ["HP:0033126"]}, "references": {},
              "rules": [{"id": "x", "name": "X", "advice": "Do this.", "level": "urgent", "references": [],
                         "when": [["count:3:a,b"], ["count:1:a,c"]]}]}
    from types import SimpleNamespace
    live = SimpleNamespace(obsolete=False)
    problems = "\n".join(validate_triage(triage, {"HP:0001919": live, "HP:0033126": live}))
    assert problems.count("count:N:concept") == 2


@pytest.mark.parametrize("course, fires", [("acute", True), (None, True), ("subacute", False), ("chronic", False)])
def test_acute_limb_ischaemia_is_under_two_weeks_old(checker, course, fires):
    """Leg pain with an absent pulse over weeks or months is peripheral arterial disease, not acute limb ischaemia."""
    model, rules = checker
    out = report(model, rules, CheckInput(present=("HP:0012514", "HP:0032554"), course=course))
    assert ("acute-limb-ischaemia" in {r["rule"] for r in out["triage"]["reasons"]}) is fires

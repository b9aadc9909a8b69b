"""Triage of acute myelitis (issue 22): a spinal cord syndrome with bladder failure is never left at routine."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, report

ACUTE, NUMB, TINGLING, RETENTION, INCONTINENCE = "HP:0011009", "HP:0033748", "HP:0003401", "HP:0000016", "HP:0000020"
CORD_T2, MYELOPATHY, PARAPARESIS = "HP:0040272", "HP:0002196", "HP:0002385"



def _fired(checker, **kw):
    model, rules = checker
    out = report(model, rules, CheckInput(**kw))
    return out["triage"], {r["rule"]: r for r in out["triage"]["reasons"]}


@pytest.mark.parametrize("present", [
    (ACUTE, NUMB, RETENTION),          # acute leg numbness (sensory level) with urinary retention, legs still strong
    (NUMB, RETENTION),                 # the same with no onset recorded
    (ACUTE, TINGLING, INCONTINENCE),   # acute tingling with loss of bladder control
])
def test_acute_myelopathy_fires_on_numbness_with_bladder_failure(checker, present):
    triage, fired = _fired(checker, present=present)
    assert "acute-myelopathy" in fired
    assert triage["level"] == "emergency"
    assert set(fired["acute-myelopathy"]["findings"]) <= set(present)
    assert "PMID" in fired["acute-myelopathy"]["source"] or "doi:" in fired["acute-myelopathy"]["source"]


@pytest.mark.parametrize("present, absent", [
    ((ACUTE, NUMB), (RETENTION,)),     # numbness without bladder failure: not this rule
    ((NUMB,), (RETENTION, ACUTE)),
    ((ACUTE, RETENTION), (NUMB,)),     # retention without numbness: not this rule
])
def test_acute_myelopathy_does_not_fire_without_its_key_finding(checker, present, absent):
    _, fired = _fired(checker, present=present, absent=absent)
    assert "acute-myelopathy" not in fired


def test_the_same_findings_absent_fire_nothing(checker):
    triage, fired = _fired(checker, absent=(ACUTE, NUMB, RETENTION, TINGLING, INCONTINENCE))
    assert triage["level"] == "routine" and fired == {}


@pytest.mark.parametrize("cord", [CORD_T2, MYELOPATHY])
def test_a_t2_bright_cord_lesion_or_myelopathy_counts_as_a_spinal_cord_finding(checker, cord):
    triage, fired = _fired(checker, present=(ACUTE, cord))
    assert "acute-severe-weakness" in fired and triage["level"] == "emergency"
    _, fired = _fired(checker, present=(cord,))
    assert "new-weakness" in fired
    _, fired = _fired(checker, absent=(cord,))
    assert fired == {}


def test_typical_acute_myelitis_presentations_are_never_routine(checker):
    """Acute paraparesis with retention, and acute numbness with a sensory level and retention, reach emergency."""
    for present in [(ACUTE, PARAPARESIS, RETENTION), (ACUTE, NUMB, RETENTION), (ACUTE, CORD_T2, NUMB)]:
        triage, _ = _fired(checker, present=present)
        assert triage["level"] == "emergency", present


def test_the_myelitis_conditions_are_named_by_the_rules(checker):
    _, rules = checker
    by_id = {r.id: r for r in rules}
    for rid in ("acute-myelopathy", "acute-severe-weakness"):
        assert {"idiopathic-transverse-myelitis", "neuromyelitis-optica-spectrum-disorder"} <= set(by_id[rid].conditions)

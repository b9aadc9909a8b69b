"""Triage added in session 31: a seizure (urgent), and one with confusion or that does not stop (emergency)."""
from __future__ import annotations

SEIZURE, GTC, STATUS, CONFUSION, DROWSY, LEG_PAIN = (
    "HP:0001250", "HP:0002069", "HP:0002133", "HP:0001289", "HP:0002329", "HP:0010741")


def test_a_seizure_is_urgent_and_names_its_sources(triage_of):
    for seizure in (SEIZURE, GTC):
        out, fired = triage_of(present=(seizure, LEG_PAIN))
        assert "new-seizure" in fired and "seizure-not-recovered" not in fired
        assert out["triage"]["level"] == "urgent"
    reason = next(r for r in out["triage"]["reasons"] if r["rule"] == "new-seizure")
    assert "10.1016/j.annemergmed.2004.01.017" in reason["source"] and "10.1016/j.seizure.2021.02.021" in reason["source"]


def test_a_seizure_with_confusion_or_status_epilepticus_is_an_emergency(triage_of):
    for extra in ((CONFUSION,), (DROWSY,)):
        out, fired = triage_of(present=(GTC,) + extra)
        assert "seizure-not-recovered" in fired and out["triage"]["level"] == "emergency"
    out, fired = triage_of(present=(STATUS,))
    assert "seizure-not-recovered" in fired and out["triage"]["level"] == "emergency"


def test_absent_seizures_trigger_nothing(triage_of):
    assert not {"new-seizure", "seizure-not-recovered"} & set(triage_of(present=(CONFUSION,), absent=(SEIZURE,))[1])
    assert not {"new-seizure", "seizure-not-recovered"} & set(triage_of(present=(LEG_PAIN,), absent=(STATUS,))[1])
    _, fired = triage_of(present=(SEIZURE,), absent=(CONFUSION,))
    assert "seizure-not-recovered" not in fired and "new-seizure" in fired


FEVER, WRIST_SWELLING, PIP_SWELLING, ANKLE_EFFUSION = "HP:0001945", "HP:0001225", "HP:0006253", "HP:0032063"


def test_a_swollen_wrist_with_fever_is_a_hot_joint(triage_of):
    for joint in (WRIST_SWELLING, PIP_SWELLING, ANKLE_EFFUSION):  # HPO files them outside 'joint swelling'
        out, fired = triage_of(present=(joint, FEVER))
        assert "hot-joint-fever" in fired and out["triage"]["level"] in ("urgent", "emergency")
        assert "hot-joint-fever" not in triage_of(present=(joint,), absent=(FEVER,))[1]
    out, fired = triage_of(present=(WRIST_SWELLING, FEVER), course="acute")
    assert "septic-arthritis" in fired and out["triage"]["level"] == "emergency"

"""Triage added in session 37: a thrombosis in a deep or named vein said without 'deep' (urgent; a superficial
thrombophlebitis is not one), and optic neuritis (urgent). Each fires on its pattern from present findings, names
its sources, and stays silent when the finding is marked absent."""
from __future__ import annotations

import pytest

VENOUS_THROMBOSIS, PORTAL, CEREBRAL_VENOUS, DVT = "HP:0004936", "HP:0030242", "HP:0005305", "HP:0002625"
THROMBOPHLEBITIS, SUPERFICIAL, RECURRENT_PHLEBITIS = "HP:0004418", "HP:0002638", "HP:0004419"
OPTIC_NEURITIS, RETROBULBAR, LEG_PAIN, ORAL_ULCER = "HP:0100653", "HP:0100654", "HP:0012514", "HP:0000155"


@pytest.mark.parametrize("clot", [VENOUS_THROMBOSIS, PORTAL, DVT])
def test_a_thrombosed_deep_or_named_vein_is_urgent(triage_of, clot):
    out, fired = triage_of(present=(clot, LEG_PAIN))
    assert "venous-thrombosis" in fired and fired["venous-thrombosis"]["level"] == "urgent"
    assert out["triage"]["level"] in ("urgent", "emergency")
    assert "10.1093/eurheartj/ehx003" in fired["venous-thrombosis"]["source"]
    assert fired["venous-thrombosis"]["findings"] == [clot]


@pytest.mark.parametrize("phlebitis", [THROMBOPHLEBITIS, SUPERFICIAL, RECURRENT_PHLEBITIS])
def test_a_superficial_thrombophlebitis_is_not_a_venous_thrombosis(triage_of, phlebitis):
    out, fired = triage_of(present=(phlebitis, ORAL_ULCER))
    assert "venous-thrombosis" not in fired


def test_a_venous_thrombosis_marked_absent_fires_nothing(triage_of):
    out, fired = triage_of(present=(ORAL_ULCER,), absent=(VENOUS_THROMBOSIS,))
    assert "venous-thrombosis" not in fired and "suspected-dvt" not in fired
    assert out["triage"]["level"] == "routine" and out["triage"]["fired"] is False


@pytest.mark.parametrize("term", [OPTIC_NEURITIS, RETROBULBAR])
def test_optic_neuritis_is_urgent_and_cites_its_sources(triage_of, term):
    out, fired = triage_of(present=(term, LEG_PAIN), course="chronic")
    assert "optic-neuritis" in fired and out["triage"]["level"] in ("urgent", "emergency")
    source = fired["optic-neuritis"]["source"]
    assert "10.1016/S1474-4422(22)00187-9" in source and "10.1016/S1474-4422(22)00200-9" in source


def test_optic_neuritis_marked_absent_fires_nothing(triage_of):
    out, fired = triage_of(present=(LEG_PAIN,), absent=(OPTIC_NEURITIS,))
    assert "optic-neuritis" not in fired and out["triage"]["fired"] is False


DYSPNOEA, LOW_SPO2, CVST, BUDD_CHIARI, RENAL_VEIN, HEADACHE = (
    "HP:0002094", "HP:0012418", "HP:0033724", "HP:0002639", "HP:0034239", "HP:0002315")


@pytest.mark.parametrize("chest", [DYSPNOEA, LOW_SPO2])
def test_a_venous_thrombosis_with_breathlessness_or_low_oxygen_is_an_emergency(triage_of, chest):
    """As a deep vein thrombosis is (the review of session 37: it stayed urgent)."""
    out, fired = triage_of(present=(VENOUS_THROMBOSIS, chest))
    assert "pulmonary-embolism" in fired and out["triage"]["level"] == "emergency"
    assert "pulmonary-embolism" not in triage_of(present=(VENOUS_THROMBOSIS,), absent=(chest,))[1]


@pytest.mark.parametrize("clot", [CEREBRAL_VENOUS, CVST])
def test_a_cerebral_venous_thrombosis_is_a_neurological_emergency(triage_of, clot):
    out, fired = triage_of(present=(clot, HEADACHE))
    assert "cerebral-venous-thrombosis" in fired and out["triage"]["level"] == "emergency"
    assert "venous-thrombosis" not in fired  # not the leg clot's plan
    assert "10.1177/2396987317719364" in fired["cerebral-venous-thrombosis"]["source"]
    assert "cerebral-venous-thrombosis" not in triage_of(present=(HEADACHE,), absent=(clot,))[1]


@pytest.mark.parametrize("clot", [BUDD_CHIARI, RENAL_VEIN])
def test_clots_hpo_files_outside_venous_thrombosis_are_venous_thromboses(triage_of, clot):
    out, fired = triage_of(present=(clot,))
    assert "venous-thrombosis" in fired and out["triage"]["level"] in ("urgent", "emergency")

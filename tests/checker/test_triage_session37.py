"""Triage added in session 37: a thrombosis in a deep or named vein said without 'deep' (urgent; a superficial
thrombophlebitis is not one), and optic neuritis (urgent). Each fires on its pattern from present findings, names
its sources, and stays silent when the finding is marked absent."""
from __future__ import annotations

import pytest

VENOUS_THROMBOSIS, PORTAL, CEREBRAL_VENOUS, DVT = "HP:0004936", "HP:0030242", "HP:0005305", "HP:0002625"
THROMBOPHLEBITIS, SUPERFICIAL, RECURRENT_PHLEBITIS = "HP:0004418", "HP:0002638", "HP:0004419"
OPTIC_NEURITIS, RETROBULBAR, LEG_PAIN, ORAL_ULCER = "HP:0100653", "HP:0100654", "HP:0012514", "HP:0000155"


@pytest.mark.parametrize("clot", [VENOUS_THROMBOSIS, PORTAL, CEREBRAL_VENOUS, DVT])
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

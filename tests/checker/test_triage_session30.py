"""Triage added in session 30: a thrombotic microangiopathy in an antibody-positive patient with one organ."""
from __future__ import annotations

APL, MAHA, SCHISTO, DVT, AKI = "HP:0003613", "HP:0001937", "HP:0001981", "HP:0002625", "HP:0001919"


def test_microangiopathy_with_one_organ_is_catastrophic_aps(triage_of):
    for tma in (MAHA, SCHISTO):
        for organ in (DVT, AKI):
            out, fired = triage_of(present=(APL, tma, organ))
            assert "catastrophic-aps" in fired and out["triage"]["level"] == "emergency"


def test_not_without_each_part_nor_when_marked_absent(triage_of):
    assert "catastrophic-aps" not in triage_of(present=(APL, MAHA))[1]  # no organ
    assert "catastrophic-aps" not in triage_of(present=(MAHA, DVT))[1]  # no antibody
    assert "catastrophic-aps" not in triage_of(present=(APL, DVT), absent=(MAHA,))[1]
    assert "catastrophic-aps" not in triage_of(present=(MAHA, DVT), absent=(APL,))[1]

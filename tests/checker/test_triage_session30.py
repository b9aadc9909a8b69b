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


MYALGIA, URINE_COLOUR, FACIAL_PALSY, PURPURA = "HP:0003326", "HP:0012086", "HP:0007209", "HP:0000979"
PARAESTHESIA, LAX_ANAL_TONE, SADDLE, URINARY_INCONTINENCE = "HP:0003401", "HP:0034917", "HP:0034982", "HP:0000020"


def test_discoloured_urine_with_muscle_pain_is_rhabdomyolysis(triage_of):
    out, fired = triage_of(present=(MYALGIA, URINE_COLOUR), course="acute")
    assert "rhabdomyolysis" in fired and out["triage"]["level"] == "emergency"
    assert "rhabdomyolysis" not in triage_of(present=(MYALGIA,), absent=(URINE_COLOUR,), course="acute")[1]


def test_a_facial_palsy_is_no_severe_weakness(triage_of):
    _, fired = triage_of(present=(FACIAL_PALSY, PURPURA), course="acute")
    assert "acute-severe-weakness" not in fired and "new-weakness" not in fired


def test_leg_paraesthesia_with_a_cauda_sign_is_cauda_equina(triage_of):
    for sign in (LAX_ANAL_TONE, SADDLE):
        out, fired = triage_of(present=(PARAESTHESIA, sign))
        assert "cauda-equina" in fired and out["triage"]["level"] == "emergency"
    assert "cauda-equina" not in triage_of(present=(PARAESTHESIA,), absent=(LAX_ANAL_TONE,))[1]
    assert "cauda-equina" not in triage_of(present=(PARAESTHESIA, URINARY_INCONTINENCE))[1]  # incontinence alone: no


KNEE_PAIN, ANAEMIC_PALLOR, PALLOR, BACK_PAIN, BLADDER = "HP:0030839", "HP:0001017", "HP:0000980", "HP:0003419", "HP:0000009"


def test_a_pale_patient_is_no_white_leg(triage_of):
    assert "acute-limb-ischaemia" not in triage_of(present=(KNEE_PAIN, ANAEMIC_PALLOR), course="acute")[1]
    assert "acute-limb-ischaemia" in triage_of(present=(KNEE_PAIN, PALLOR), course="acute")[1]


def test_back_pain_with_bladder_dysfunction_is_cauda_equina(triage_of):
    out, fired = triage_of(present=(BACK_PAIN, BLADDER))
    assert "cauda-equina" in fired and out["triage"]["level"] == "emergency"
    assert "cauda-equina" not in triage_of(present=(BACK_PAIN,), absent=(BLADDER,))[1]
    assert "cauda-equina" not in triage_of(present=(BACK_PAIN, "HP:0000017"))[1]  # nocturia is no bladder failure

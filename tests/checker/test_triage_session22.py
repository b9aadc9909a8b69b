"""Triage changed in session 22: a swollen leg with breathlessness or pleuritic chest pain and a heart rate over 100
is a possible pulmonary embolism (Wells: signs of DVT and tachycardia), an emergency even when no onset is stated.
It fires on its pattern and not on the same findings marked absent."""
from __future__ import annotations

LEG_SWELLING, BREATHLESS, PLEURITIC, TACHYCARDIA = "HP:0010741", "HP:0002094", "HP:0033771", "HP:0001649"


def test_a_swollen_leg_with_breathlessness_and_tachycardia_is_an_emergency(triage_of):
    for chest in (BREATHLESS, PLEURITIC):
        out, fired = triage_of([LEG_SWELLING, chest, TACHYCARDIA])
        assert "pulmonary-embolism" in fired and out["triage"]["level"] == "emergency"
    _, fired = triage_of([LEG_SWELLING, BREATHLESS], [TACHYCARDIA])
    assert "pulmonary-embolism" not in fired
    _, fired = triage_of([LEG_SWELLING, TACHYCARDIA], [BREATHLESS, PLEURITIC])
    assert "pulmonary-embolism" not in fired
    _, fired = triage_of([TACHYCARDIA])  # a fast heart alone is no red flag here
    assert "pulmonary-embolism" not in fired


def test_coughing_blood_with_acute_kidney_injury_is_a_pulmonary_renal_emergency(triage_of):
    out, fired = triage_of(["HP:0002105", "HP:0001919"])
    assert "pulmonary-renal" in fired and out["triage"]["level"] == "emergency"
    _, fired = triage_of(["HP:0002105"], ["HP:0001919"])
    assert "pulmonary-renal" not in fired
    _, fired = triage_of(["HP:0001919"], ["HP:0002105"])
    assert "pulmonary-renal" not in fired

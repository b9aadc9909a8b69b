"""Triage changed in session 23: pain on passive stretch is a compartment's pain even when the leg is not named, so
with swelling, a tense compartment, nerve symptoms, crushed muscle or a fracture it is acute compartment syndrome;
a lax anal tone is a cauda equina red flag (Long 2020); red cell casts are glomerular bleeding (pulmonary-renal
syndrome, vasculitis with organ involvement). Each fires on its pattern and not on the same findings marked absent."""
from __future__ import annotations

import pytest

STRETCH = "HP:6001148"


@pytest.mark.parametrize("other", ["HP:0010741", "HP:0003725", "HP:0003401", "HP:0033748", "HP:0030235",
                                   "HP:0041081"])
def test_pain_on_passive_stretch_with_its_cluster_is_compartment_syndrome(triage_of, other):
    out, fired = triage_of([STRETCH, other])
    assert "acute-compartment-syndrome" in fired and out["triage"]["level"] == "emergency"
    _, fired = triage_of([STRETCH], [other])
    assert "acute-compartment-syndrome" not in fired
    _, fired = triage_of([other], [STRETCH])
    assert "acute-compartment-syndrome" not in fired


def test_a_lax_anal_tone_with_back_pain_is_cauda_equina(triage_of):
    out, fired = triage_of(["HP:0003418", "HP:0034917"])
    assert "cauda-equina" in fired and out["triage"]["level"] == "emergency"
    _, fired = triage_of(["HP:0003418"], ["HP:0034917"])
    assert "cauda-equina" not in fired


def test_red_cell_casts_with_haemoptysis_are_pulmonary_renal(triage_of):
    out, fired = triage_of(["HP:0002105", "HP:0012617"])
    assert "pulmonary-renal" in fired and out["triage"]["level"] == "emergency"
    _, fired = triage_of(["HP:0002105"], ["HP:0012617"])
    assert "pulmonary-renal" not in fired


def test_a_gca_feature_over_fifty_is_urgent(triage_of):
    out, fired = triage_of(["HP:0030164"], age="older")
    assert "suspected-gca" in fired and out["triage"]["level"] == "urgent"
    _, fired = triage_of(["HP:0030164"], age="adult")
    assert "suspected-gca" not in fired
    _, fired = triage_of(["HP:0002315", "HP:0003565"], age="older")
    assert "suspected-gca" in fired
    _, fired = triage_of(["HP:0002315"], ["HP:0003565", "HP:0011227"], age="older")
    assert "suspected-gca" not in fired


def test_lupus_antibodies_with_an_active_urine_are_urgent(triage_of):
    for kidney in ("HP:0012617", "HP:0000093", "HP:0000790"):
        out, fired = triage_of(["HP:0020151", kidney])
        assert "lupus-nephritis" in fired and out["triage"]["level"] in ("urgent", "emergency")
        _, fired = triage_of(["HP:0020151"], [kidney])
        assert "lupus-nephritis" not in fired
    _, fired = triage_of(["HP:0033726"])
    assert "lupus-nephritis" in fired

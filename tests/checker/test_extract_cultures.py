"""A blood culture's result read as bacteraemia from the culture and its verb, whatever the organism; a
bacterium's species name read as no disease; nerve-study wording and general clinical synonyms (db/phrases.yaml).
Each would fail if its reading broke."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

BACTEREMIA, PNEUMONIA, SLOW_NCV, SNAP = "HP:0031864", "HP:0002090", "HP:0000762", "HP:0007078"
DYSARTHRIA, FATIGUE = "HP:0001260", "HP:0012378"


def _states(lex, text):
    return {f["hpo"]: f["state"] for f in extract(lex, text)["findings"] if f["context"] == "patient"}


@pytest.mark.parametrize("text", [
    "Blood cultures grew Staphylococcus aureus.", "Blood culture was positive for group A streptococcus.",
    "Blood cultures yielded Escherichia coli.", "Klebsiella was isolated from both sets of blood cultures.",
    "Organisms were grown from the blood.",
])
def test_an_organism_grown_from_the_blood_is_bacteremia(lex, text):
    assert _states(lex, text).get(BACTEREMIA) == "present"


@pytest.mark.parametrize("text", ["Blood cultures were negative.", "Blood cultures remained sterile.",
                                  "Blood cultures showed no growth."])
def test_a_negative_blood_culture_is_bacteremia_absent(lex, text):
    assert _states(lex, text).get(BACTEREMIA) == "absent"


def test_another_culture_is_not_bacteremia(lex):
    assert BACTEREMIA not in _states(lex, "Synovial fluid culture grew Staphylococcus aureus.")


@pytest.mark.parametrize("text", ["Blood culture grew Streptococcus pneumoniae.",
                                  "Haemophilus influenzae grew from the sputum.", "Klebsiella pneumoniae was found in the urine."])
def test_a_species_name_is_not_the_disease(lex, text):
    assert PNEUMONIA not in _states(lex, text)


def test_pneumonia_itself_is_still_read(lex):
    assert _states(lex, "Sputum grew Streptococcus pneumoniae; she had pneumonia.").get(PNEUMONIA) == "present"


@pytest.mark.parametrize("text, hpo", [
    ("Nerve conduction studies showed slowed conduction velocities.", SLOW_NCV),
    ("There was conduction slowing in the peroneal nerves.", SLOW_NCV),
    ("Nerve conduction studies showed absent sensory nerve action potentials.", SNAP),
    ("Sural SNAPs were absent.", SNAP),
    ("She had slurred speech.", DYSARTHRIA), ("He reported easy fatigability.", FATIGUE),
])
def test_nerve_study_wording_and_clinical_synonyms(lex, text, hpo):
    assert _states(lex, text).get(hpo) == "present"

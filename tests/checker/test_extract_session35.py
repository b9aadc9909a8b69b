"""Text to findings, session 35, from the testers' published case reports (rounds fp-fw): an unheaded abstract that
opens on the disease in general ('Löfgren syndrome is characterised by the triad of ...') holds those findings in
the context "general", up to the sentence that speaks of a patient; an abbreviation the text defines in brackets
('erythema nodosum (EN)') is read as its words afterwards ('in the absence of EN'). Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.shorthand import defined
from tests.checker.readings import contexts, found

EN, BHL, MONONEUROPATHY, FOOT_DROP = "HP:0012219", "HP:0034388", "HP:0009831", "HP:0009027"
LOFGREN = ("Löfgren syndrome is characterized by the classic triad of acute arthritis, erythema nodosum (EN), and "
           "bilateral hilar lymphadenopathy (BHL). We describe a woman with acute panniculitis and joint lesions in the "
           "absence of EN.")


def test_an_opening_about_the_disease_is_general(lex):
    got = contexts(lex, LOFGREN)
    assert got[BHL] == "general"
    assert contexts(lex, "Prolonged squatting is a well-documented cause of common peroneal neuropathy. A 40-year-old "
                         "man developed foot drop.") == {MONONEUROPATHY: "general", FOOT_DROP: "patient"}


@pytest.mark.parametrize("text", [
    "Erythema nodosum is a painful rash she had on both shins. It faded.",  # a patient in the sentence
    "Erythema nodosum is a rare finding in children.",  # no patient after it: nothing to set apart
])
def test_the_patients_own_sentences_stay_hers(lex, text):
    assert contexts(lex, text)[EN] == "patient"


def test_a_title_finding_stays_the_patients(lex):
    assert contexts(lex, "Hypokalemic paralysis revealing primary Sjogren's syndrome. A 40-year-old woman had "
                         "weakness.")["HP:0002900"] == "patient"


def test_a_defined_abbreviation_is_read_as_its_words(lex):
    got = found(lex, LOFGREN)
    assert (EN, "absent") in got
    assert (BHL, "present") in found(lex, "Bilateral hilar lymphadenopathy (BHL) was sought. The radiograph showed BHL.")


def test_an_undefined_abbreviation_is_not_read(lex):
    assert (BHL, "present") not in found(lex, "The radiograph showed BHL.")


@pytest.mark.parametrize("text, expected", [
    ("erythema nodosum (EN)", {"EN": "erythema nodosum"}),
    ("anti-neutrophil cytoplasmic antibody (ANCA)", {"ANCA": "anti-neutrophil cytoplasmic antibody"}),
    ("Lofgren's syndrome (LS) and acute aortic occlusion (AAO)", {"LS": "Lofgren's syndrome",
                                                                  "AAO": "acute aortic occlusion"}),
    ("a disease of the skin (DS)", {"DS": "disease of the skin"}),  # linking words are skipped
    ("pain in the legs (PL) and numbness (NX)", {"PL": "pain in the legs"}),  # no run of initials spells NX
    ("in patients (n = 5)", {}),
    ("a rash (ECG)", {}),
])
def test_definitions(text, expected):
    assert defined(text) == expected

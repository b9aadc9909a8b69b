"""Text to findings, session 26 (round 2 testers: a regression hunt, vascular and spinal notes, structured discharge
summaries): a denial before a finding whose words hold its result ('denies pain out of proportion'); a value above
its limit is its own result, not reached by an earlier 'no'; 'X noted' is said present; 'burnt out' denies only when
said of the finding ('synovitis is burnt out', not 'burnt-out RA'); a dated illness that resolved is past history up
to this one's start; 'Cough no.'; qualifiers opening an item after a comma; 'power normal except ...'; a record's
Diagnosis line is general (the answer, not a finding); and the wordings in READ. Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


def _contexts(lex, text):
    return {f["hpo"]: f["context"] for f in extract(lex, text)["findings"]}


READ = [
    ("He denies pain out of proportion, denies night pain, fever or weight loss.", "HP:6001123", "absent"),
    ("No weakness, CK 340 U/L, TSH normal.", "HP:0003236", "present"),
    ("No weakness, CK 340 U/L, TSH normal.", "HP:0001324", "absent"),
    ("No skin psoriasis himself, nail pitting noted.", "HP:0001803", "present"),
    ("No skin psoriasis himself, nail pitting noted.", "HP:0003765", "absent"),
    ("Long-standing seropositive RA, burnt-out joints on MTX.", "HP:0001370", "present"),
    ("Her synovitis is burnt out.", "HP:0100769", "absent"),
    ("Cough no.", "HP:0012735", "absent"),
    ("CTPA: no PE, small bilateral pleural effusions.", "HP:0002202", "present"),
    ("CTPA: no PE, small bilateral pleural effusions.", "HP:0002204", "absent"),
    ("Known lupus anticoagulant positive.", "HP:0025343", "present"),
    ("IgA nephritis on biopsy.", "HP:0000794", "present"),
    ("Pale swollen optic disc.", "HP:0000543", "present"),
    ("Purple discolouration of the eyelids.", "HP:0040324", "present"),
]

NOT_READ = [
    ("Known lupus anticoagulant positive.", "HP:0002725"),  # no SLE
    ("Known lupus anticoagulant positive.", "HP:0034896"),  # no anticoagulant drug
    ("IgA nephritis on biopsy.", "HP:0033726"),  # no lupus nephritis
    ("Pale swollen optic disc.", "HP:0000980"),  # no pallor of the skin
    ("Purple discolouration of the eyelids.", "HP:0000961"),  # no cyanosis
    ("Salmon-pink rash that fades when afebrile.", "HP:0001945"),
    ("Power normal except left EHL 4/5.", "HP:0001324"),
]


@pytest.mark.parametrize("text, hpo, state", READ)
def test_read(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)


@pytest.mark.parametrize("text, hpo", NOT_READ)
def test_look_alikes_not_read(lex, text, hpo):
    assert hpo not in {h for h, _ in _found(lex, text)}


def test_a_dated_illness_that_resolved_is_past_history_up_to_this_ones_start(lex):
    text = "Transverse myelitis in 2015, fully recovered, now presents with leg weakness."
    contexts = _contexts(lex, text)
    assert contexts["HP:0012486"] == "history" and contexts["HP:0007340"] == "patient"


def test_a_diagnosis_line_is_general(lex):
    text = "Presenting complaint: painful swollen knees.\nDiagnosis: SLE with class IV lupus nephritis."
    contexts = _contexts(lex, text)
    assert contexts["HP:0002725"] == "general"


@pytest.mark.parametrize("text, hpo, state", [
    ("No new pain.", "HP:0012531", "uncertain"),  # an old pain may go on
    ("Urine PCR 320 mg/mmol.", "HP:0000093", "present"),
])
def test_more_readings(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)


@pytest.mark.parametrize("text", ["Her toes go white on exposure to cold.", "Colour change triggered by cold."])
def test_the_cold_that_triggers_raynauds_is_no_cold_skin(lex, text):
    assert "HP:0033850" not in {h for h, _ in _found(lex, text)}


@pytest.mark.parametrize("text, course", [
    ("He had a flu vaccine 3 weeks ago; leg weakness for 5 days.", "acute"),
    ("COVID-19 booster 10 days ago, then numbness for 2 months.", "subacute"),
])
def test_a_vaccines_date_is_no_onset(lex, text, course):
    assert extract(lex, text)["course"] == course


def test_intussusception_is_a_bowel_emergency(triage_of):
    out, fired = triage_of(["HP:0002576"])
    assert "bowel-emergency" in fired and out["triage"]["level"] == "emergency"


def test_root_pain_and_weak_legs_in_a_person_with_cancer_is_cord_compression(triage_of):
    out, fired = triage_of(["HP:0002664", "HP:0033345", "HP:0007340"])
    assert "metastatic-cord-compression" in fired and out["triage"]["level"] == "emergency"
    _, fired = triage_of(["HP:0002664", "HP:0033345"], ["HP:0007340"])
    assert "metastatic-cord-compression" not in fired

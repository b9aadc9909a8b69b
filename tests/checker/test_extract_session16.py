"""Text to findings, session 16: one raised qualifier before a list of analytes reaches each of them in its
other forms too ('elevation of CK, aldolase and LDH', 'high levels of CK and LDH'); a value written after 'level
to be' is read; a raised fibrinogen is hyperfibrinogenaemia; a condition that is itself a finding is read under
a name that only adds where it is ('proximal DVT', 'iliofemoral DVT'), while its other names stay a diagnosis,
read as nothing ('tophaceous gout'). Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

CK, ALDOLASE, LDH = "HP:0003236", "HP:0012544", "HP:0025435"
ANAEMIA, FIBRINOGEN, DVT, GOUT = "HP:0001903", "HP:0011899", "HP:0002625", "HP:0001997"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text, terms", [
    ("Laboratory tests showed the elevation of creatine kinase, myoglobin, and aldolase.", {CK, ALDOLASE}),
    ("Elevation of CK, aldolase and LDH.", {CK, ALDOLASE, LDH}),
    ("High levels of CK and LDH.", {CK, LDH}),
    ("An increase in CK and LDH.", {CK, LDH}),
])
def test_a_raised_qualifier_before_a_list_reaches_each_analyte(lex, text, terms):
    assert {(t, "present") for t in terms} <= _found(lex, text)


def test_a_negated_list_is_absent_throughout(lex):
    assert {(CK, "absent"), (LDH, "absent")} <= _found(lex, "There was no elevation of CK or LDH.")


def test_a_value_after_level_to_be_is_read(lex):
    assert (ANAEMIA, "present") in _found(lex, "Blood tests showed her hemoglobin level to be 9 g/dL.")


@pytest.mark.parametrize("text", ["Fibrinogen was increased.", "Raised fibrinogen.", "High fibrinogen (6.1 g/L)."])
def test_a_raised_fibrinogen_is_hyperfibrinogenaemia(lex, text):
    assert (FIBRINOGEN, "present") in _found(lex, text)


@pytest.mark.parametrize("text", ["Extensive proximal DVT of the left leg.", "Proximal deep vein thrombosis.",
                                  "Doppler showed an iliofemoral DVT."])
def test_a_dvt_named_with_where_it_is_is_still_dvt(lex, text):
    assert (DVT, "present") in _found(lex, text)


def test_a_diagnosis_named_with_more_than_where_it_is_stays_a_diagnosis(lex):
    found = _found(lex, "He was diagnosed with chronic tophaceous gout.")
    assert not any(h == GOUT for h, _ in found), found


@pytest.mark.parametrize("text, hpo", [
    ("Increased red blood cell sedimentation rate.", "HP:0003565"),  # ESR, not polycythaemia
    ("EMG showed positive sharp waves in the paraspinal muscles.", "HP:0030007"),
    ("She developed respiratory failure and required mechanical ventilation.", "HP:0004887"),
    ("He desaturated and required ventilatory support.", "HP:0004887"),
])
def test_clinical_phrases_read_as_their_term(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_red_cell_sedimentation_rate_is_not_polycythaemia(lex):
    assert not any(h == "HP:0001901" for h, _ in _found(lex, "Increased red blood cell sedimentation rate."))


def test_ventilation_not_needed_is_absent(lex):
    assert ("HP:0004887", "absent") in _found(lex, "He did not need mechanical ventilation.")


def test_a_confirmed_suspicion_is_present(lex):
    found = _found(lex, "CT imaging of the spine confirmed suspicion of spinal cord compression.")
    assert ("HP:0002176", "present") in found, found
    assert ("HP:0002176", "uncertain") in _found(lex, "Suspicion of spinal cord compression.")


def test_a_past_miscarriage_is_the_patients_finding_not_a_course(lex):
    """HPO files miscarriage under prenatal death, under clinical course; it is an obstetric event the checker
    weighs (antiphospholipid syndrome), not the patient's onset or course."""
    out = extract(lex, "She had a history of two miscarriages.")["findings"]
    row = next(f for f in out if f["hpo"] == "HP:0005268")
    assert row["state"] == "present" and row["context"] == "patient", row


def test_a_miscarriage_is_weighed_as_an_event_not_as_a_course(checker):
    from legpain_gui.checker.courses import COURSE_BASE, is_course
    from legpain_gui.checker.evidence import base_rate

    model, _ = checker
    assert not is_course(model, "HP:0005268") and is_course(model, "HP:0011009")  # acute onset is a course
    assert base_rate(model, "HP:0005268") < COURSE_BASE


@pytest.mark.parametrize("text, terms", [
    ("Normal CRP.", {"HP:0011227"}),
    ("Normal ESR and CRP.", {"HP:0003565", "HP:0011227"}),
    ("He had a normal white cell count (WCC), erythrocyte sedimentation rate (ESR) and C-reactive protein (CRP).",
     {"HP:0001974", "HP:0003565", "HP:0011227"}),
    ("Normal inflammatory markers.", {"HP:0033331"}),
])
def test_normal_before_the_analytes_reads_each_raised_term_absent(lex, text, terms):
    found = _found(lex, text)
    assert {(t, "absent") for t in terms} <= found, found
    assert not any(s == "present" for _, s in found), found  # never the opposite of what was written


def test_a_bracketed_abbreviation_does_not_end_a_list(lex):
    found = _found(lex, "Elevated erythrocyte sedimentation rate (ESR) and CRP.")
    assert {("HP:0003565", "present"), ("HP:0011227", "present")} <= found


def test_bare_inflammatory_markers_say_nothing(lex):
    """Markers only sent are no result: read as raised, they were a finding the text never stated."""
    assert not _found(lex, "Inflammatory markers were sent.")
    assert ("HP:0033331", "present") in _found(lex, "Inflammatory markers were raised.")
    assert ("HP:0033331", "absent") in _found(lex, "Inflammatory markers were normal.")


def test_a_list_joined_by_such_as_and_as_well_as_reaches_its_result(lex):
    found = _found(lex, "Nonspecific inflammatory markers such as erythrocyte sedimentation rate, C-reactive protein, "
                        "fibrinogen as well as eosinophil cationic protein (ECP) were also increased.")
    assert {("HP:0003565", "present"), ("HP:0011227", "present"), (FIBRINOGEN, "present")} <= found, found
    assert ("HP:0001880", "present") not in found  # 'eosinophil' begins another protein's name: no eosinophilia


@pytest.mark.parametrize("text, hpo", [
    ("A 70-year-old obese white man.", "HP:0001513"),
    ("Doppler showed left anterior tibial vein thrombosis.", DVT),
    ("Blood smear revealed hypersegmented neutrophils.", "HP:0004821"),
    ("Involuntary leakage of urine.", "HP:0000020"),
    ("He rapidly became weaker and required a cane to walk.", "HP:0001288"),
    ("Her ESR had been persistently elevated at over 100 mm in the first hour.", "HP:0003565"),
    ("Total count of 21.93x10^9/L.", "HP:0001974"),
    ("TLC 15,600.", "HP:0001974"),
])
def test_more_clinical_forms(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_non_obese_is_obesity_absent(lex):
    assert ("HP:0001513", "absent") in _found(lex, "A non-obese woman.")


@pytest.mark.parametrize("text", ["She was treated with anti-tumor necrosis factor therapy.",
                                  "MRI showed a tumor-like mass."])
def test_a_cytokine_or_a_mass_like_a_tumour_is_no_cancer(lex, text):
    assert not any(h == "HP:0002664" for h, _ in _found(lex, text))


@pytest.mark.parametrize("text", ["Stocking distribution sensory loss.", "Sensory loss in a stocking distribution."])
def test_a_stocking_distribution_is_distal_sensory_impairment(lex, text):
    assert ("HP:0002936", "present") in _found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("She has a 37-year history of psoriasis.", "HP:0003765"),
    ("History of chronic allergic rhinitis for 10 years.", "HP:0003193"),
    ("A history of peripheral vascular disease.", "HP:0004950"),
])
def test_a_lasting_condition_in_the_past_history_is_the_patients_finding(lex, text, hpo):
    row = next(f for f in extract(lex, text)["findings"] if f["hpo"] == hpo)
    assert row["state"] == "present" and row["context"] == "patient", row


def test_a_past_event_stays_in_the_history(lex):
    row = next(f for f in extract(lex, "A history of DVT.")["findings"] if f["hpo"] == DVT)
    assert row["context"] == "history", row

"""Text to findings: concept recognition with negation, uncertainty and family or past history; nothing is
entered for the checker but the patient's own present and absent findings."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract, for_checker

ALOPECIA, FEVER, WEAKNESS, LIVEDO, FOOT_DROP = "HP:0001596", "HP:0001945", "HP:0001324", "HP:0033832", "HP:0009027"


def _states(lex, text):
    return {(f["hpo"], f["state"], f["context"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text, hpo, state", [
    ("no hair loss", ALOPECIA, "absent"),
    ("Hair loss.", ALOPECIA, "present"),
    ("She presented without fever.", FEVER, "absent"),
    ("He denies weakness.", WEAKNESS, "absent"),
    ("Fever was not present on admission.", FEVER, "absent"),
    ("ANCA negative.", "HP:0003453", "absent"),
    ("Possible livedo on both thighs.", LIVEDO, "uncertain"),
    ("There was foot drop on the right.", FOOT_DROP, "present"),
    ("No fever, but foot drop.", FOOT_DROP, "present"),  # the negation stops at 'but'
    ("Reflexes were brisk.", "HP:0001348", "present"),
    # normal in one place 'but' abnormal in another: the abnormal part is read, never the normal one as absent
    ("Deep tendon reflexes were normal in the upper extremities but brisk bilaterally at the knees and ankles.",
     "HP:0001347", "present"),
    ("Deep tendon reflexes were normal in the arms but absent at the ankles.", "HP:0001284", "present"),
    ("ESR and CRP were normal but ANA was raised.", "HP:0003565", "absent"),  # another analyte's result
    # 'suspected to be X' points forward to X: the findings before it stay present
    ("Acute leg weakness with urinary retention, suspected to be cauda equina syndrome.", "HP:0000016", "present"),
    ("Arm weakness, giving an impression of hemiparesis.", "HP:0001269", "uncertain"),
    # a finding whose own words state its result is not negated by another analyte's 'normal' after it
    ("ESR was elevated and CRP was normal.", "HP:0003565", "present"),
    ("ESR was elevated and CRP was normal.", "HP:0011227", "absent"),
    # one analyte, two results at two sites: both are read
    ("Reflexes were reduced in the left arm and absent in the legs.", "HP:0001315", "present"),  # reduced reflexes
    ("Reflexes were reduced in the left arm and absent in the legs.", "HP:0001284", "present"),
])
def test_polarity_of_each_cue(lex, text, hpo, state):
    found = {(h, s) for h, s, _ in _states(lex, text)}
    assert (hpo, state) in found, found
    opposite = {"present": "absent", "absent": "present", "uncertain": "present"}[state]
    assert (hpo, opposite) not in found


@pytest.mark.parametrize("text, hpo", [
    ("ascending weakness", "HP:0003690"), ("heat sensitivity", "HP:0002046"), ("Uhthoff's phenomenon", "HP:0002046"),
    ("relapsing-remitting", "HP:0031796"), ("a preceding infection", "HP:4000145"), ("raised CK", "HP:0003236"),
    ("tense bullae on both shins", "HP:0008066"), ("thickening of the skin of the forearms", "HP:0001072"),
    ("an orange peel-like appearance", "HP:0025533"), ("hypalgesia of the left leg", "HP:0007328"),
    ("necrotic lesions of two toes", "HP:0033126"), ("memory changes", "HP:0002354"),
    ("limited range of motion of the knee", "HP:0001376"), ("restricted range of movement in both hips", "HP:0001376"),
    ("swelling of both big toes and the right ankle", "HP:0001785"),
])
def test_clinical_phrases_of_the_reviewed_list(lex, text, hpo):
    assert hpo in {h for h, _, _ in _states(lex, text)}


def test_family_history_and_diagnoses_are_kept_apart_from_the_patient(lex):
    result = extract(lex, "A 45-year-old man with foot drop. His mother had psoriasis. Vasculitis was diagnosed.")
    contexts = {f["text"].lower(): f["context"] for f in result["findings"]}
    assert contexts["foot drop"] == "patient" and contexts["psoriasis"] == "family"
    assert contexts["vasculitis"] == "diagnosis"
    present, absent = for_checker(result)
    assert FOOT_DROP in present and not any(f["hpo"] in present for f in result["findings"] if f["context"] != "patient")
    assert result["age"] == 45 and result["sex"] == "male"


def test_uncertain_findings_never_reach_the_checker(lex):
    present, absent = for_checker(extract(lex, "Possible livedo. No fever."))
    assert LIVEDO not in present and LIVEDO not in absent and FEVER in absent


def test_offsets_point_at_the_words(lex):
    text = "Progressive weakness of the legs and foot drop."
    for f in extract(lex, text)["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("typed, words, state", [
    ("no hair loss", "hair loss", "absent"), ("without fever", "fever", "absent"), ("denies weakness", "weakness", "absent"),
    ("not febrile", "febrile", "absent"), ("fever absent", "fever", "absent"), ("ANCA negative", "ANCA", "absent"),
    ("possible livedo", "livedo", "uncertain"), ("livedo?", "livedo", "uncertain"), ("foot drop", "foot drop", None),
    ("no", "no", None), ("nodule", "nodule", None), ("notching", "notching", None),
])
def test_typed_cues(typed, words, state):
    from legpain_gui.checker.typed import typed_polarity

    assert typed_polarity(typed) == (words, state)


def test_inflammatory_markers_raised_or_normal_read_as_the_acute_phase_response(lex):
    """The parent of raised ESR and raised CRP: normal markers are both absent, raised markers at least one."""
    assert ("HP:0033331", "absent") in {(h, s) for h, s, _ in _states(lex, "Inflammatory markers were unremarkable.")}
    assert ("HP:0033331", "present") in {(h, s) for h, s, _ in _states(lex, "He had raised inflammatory markers.")}


@pytest.mark.parametrize("text, label, context", [
    # a family history said to be absent names no relative: the presenting complaint stays the patient's
    ("A 35-year-old woman with no significant past medical history, family history or medication history was "
     "admitted with a 1-week history of left lower limb weakness.", "HP:0007340", "patient"),
    ("A 45-year-old man with foot drop whose mother had psoriasis.", FOOT_DROP, "patient"),
    ("A 45-year-old man with foot drop whose mother had psoriasis.", "HP:0003765", "family"),
    ("Her sister has psoriasis; she presented with foot drop.", FOOT_DROP, "patient"),
    ("FH: DVT in his mother.", "HP:0002625", "family"),
])
def test_a_relatives_finding_is_scoped_to_its_clause(lex, text, label, context):
    contexts = {(h, c) for h, _, c in _states(lex, text)}
    assert (label, context) in contexts, contexts

"""The open patient kept on disk (userdata/draft.py): written whole, read back checked, damage set aside."""
from __future__ import annotations

import json
import os

import pytest

from legpain_gui.userdata.draft import DRAFT_NAME, Draft, DraftError, clean_patient

PATIENT = {"present": ["HP:0009027", "HP:0001824"], "absent": ["HP:0001945"],
           "labels": {"HP:0009027": "Foot drop"}, "age": 67, "age_years": 67, "sex": "female", "course": "acute"}


def test_round_trip_and_empty_patient_removes_the_file(tmp_path):
    draft = Draft(tmp_path)
    assert draft.load() is None
    draft.save(PATIENT)
    patient, saved = draft.load()
    assert patient["present"] == PATIENT["present"] and patient["absent"] == ["HP:0001945"]
    assert patient["age_years"] == 67 and patient["sex"] == "female" and patient["course"] == "acute"
    assert saved > 0
    draft.save({"present": [], "absent": []})
    assert not (tmp_path / DRAFT_NAME).exists() and draft.load() is None


def test_a_failed_write_leaves_the_previous_patient(tmp_path, monkeypatch):
    draft = Draft(tmp_path)
    draft.save(PATIENT)
    before = (tmp_path / DRAFT_NAME).read_bytes()

    def full_disk(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        draft.save({**PATIENT, "present": ["HP:0002829"]})
    assert (tmp_path / DRAFT_NAME).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [DRAFT_NAME]  # no temporary file left behind


@pytest.mark.parametrize("body", [b"", b"\x00\xff garbage", b"[1, 2]", json.dumps({"format": "other"}).encode(),
                                  json.dumps({"format": "legpain-gui open patient", "patient": {"present": [1]}}).encode(),
                                  json.dumps({"format": "legpain-gui open patient",
                                              "patient": {"present": ["HP:0000001"], "absent": ["HP:0000001"]}}).encode()])
def test_a_damaged_file_is_set_aside_with_one_sentence(tmp_path, body):
    (tmp_path / DRAFT_NAME).write_bytes(body)
    with pytest.raises(DraftError) as err:
        Draft(tmp_path).load()
    message = str(err.value)
    assert message.startswith("The autosaved patient was not restored") and message.endswith(".damaged.")
    assert "\n" not in message and "Error" not in message
    assert not (tmp_path / DRAFT_NAME).exists()
    assert (tmp_path / (DRAFT_NAME + ".damaged")).read_bytes() == body  # kept, never deleted


@pytest.mark.parametrize("bad", [{"present": "HP:0009027"}, {"present": ["x"]}, {"age_years": 300}, {"age_years": True},
                                 {"age": "teen"}, {"sex": "x"}, {"course": "relapsing-ish"}, {"labels": []}])
def test_clean_patient_refuses_wrong_shapes(bad):
    with pytest.raises(DraftError):
        clean_patient(bad)

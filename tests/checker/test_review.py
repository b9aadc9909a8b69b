"""Review rows for pasted text (checker/review.py): only unambiguous findings of the patient start ticked."""
from __future__ import annotations

from legpain_gui.checker.review import accepted, review_rows


def _f(hpo, state, context="patient", start=0, text="w"):
    return {"hpo": hpo, "label": hpo, "state": state, "context": context, "start": start, "end": start + len(text),
            "text": text}


def test_defaults_tick_only_the_patients_unambiguous_findings():
    rows = review_rows({"findings": [
        _f("HP:1", "present"), _f("HP:1", "present", start=10),
        _f("HP:2", "absent"),
        _f("HP:3", "uncertain"),
        _f("HP:4", "present"), _f("HP:4", "absent", start=20),
        _f("HP:5", "present", context="family"),
        _f("HP:6", "present", context="history"),
    ]})
    by = {r.hpo: r for r in rows}
    assert [r.hpo for r in rows] == ["HP:1", "HP:2", "HP:3", "HP:4", "HP:5", "HP:6"]
    assert by["HP:1"].accept and by["HP:1"].state == "present" and len(by["HP:1"].spans) == 2
    assert by["HP:2"].accept and by["HP:2"].state == "absent"
    assert not by["HP:3"].accept and by["HP:3"].state is None and "uncertain" in by["HP:3"].why
    assert not by["HP:4"].accept and by["HP:4"].state is None and "conflicting" in by["HP:4"].why
    assert not by["HP:5"].accept and "family" in by["HP:5"].why
    assert not by["HP:6"].accept and "past" in by["HP:6"].why
    assert accepted(rows) == [("HP:1", "HP:1", "present"), ("HP:2", "HP:2", "absent")]


def test_a_ticked_row_without_a_state_is_never_entered():
    rows = review_rows({"findings": [_f("HP:3", "uncertain")]})
    rows[0].accept = True
    assert accepted(rows) == []
    rows[0].state = "absent"
    assert accepted(rows) == [("HP:3", "HP:3", "absent")]

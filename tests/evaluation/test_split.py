"""tests/eval/split.py: new cases are split stratified over the whole set, and a case's part never changes."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "eval"))
_spec = importlib.util.spec_from_file_location("split_script", ROOT / "tests" / "eval" / "split.py")
split = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(split)


def _cases(condition: str, tune: int, test: int, new: int) -> list[dict]:
    return ([{"id": f"{condition}-t{i}", "diagnosis": condition, "part": "tune"} for i in range(tune)]
            + [{"id": f"{condition}-h{i}", "diagnosis": condition, "part": "test"} for i in range(test)]
            + [{"id": f"{condition}-n{i}", "diagnosis": condition} for i in range(new)])


def test_a_single_new_case_goes_where_its_condition_needs_it():
    parts = split.assign(_cases("a", 2, 1, 1) + _cases("b", 1, 1, 1) + _cases("c", 0, 0, 1) + _cases("d", 1, 0, 1))
    assert parts == {"a-n0": "test", "b-n0": "tune", "c-n0": "tune", "d-n0": "test"}


def test_new_conditions_split_about_sixty_forty_with_one_in_each_part():
    parts = split.assign(_cases("a", 0, 0, 5) + _cases("b", 0, 0, 2))
    assert sorted(v for k, v in parts.items() if k.startswith("a-")) == ["test", "test", "tune", "tune", "tune"]
    assert sorted(v for k, v in parts.items() if k.startswith("b-")) == ["test", "tune"]


def test_cases_with_a_part_keep_it_and_are_not_reassigned():
    parts = split.assign(_cases("a", 0, 4, 0) + _cases("b", 3, 0, 0))
    assert parts == {}
    parts = split.assign(_cases("a", 0, 4, 1))  # already short of tuning cases: the new one goes to tuning
    assert parts == {"a-n0": "tune"}

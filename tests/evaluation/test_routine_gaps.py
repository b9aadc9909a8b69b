"""tests/eval/routine_gaps.py: a routine finding is listed only where the condition describes neither it nor a
more general or more specific term; an unknown condition is a clear error with exit 2."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from legpain_gui.checker.evidence import SCREENING_ROWS
from legpain_gui.checker.load import checker_model

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("routine_gaps", ROOT / "tests" / "eval" / "routine_gaps.py")
routine_gaps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(routine_gaps)


@pytest.fixture(scope="module")
def model(shipped_kb):
    return checker_model(shipped_kb)[0]


def test_a_described_finding_is_not_a_gap_and_an_undescribed_one_is(model):
    cid = next(c for c in sorted(model.conditions) if "HP:0003326" in model.conditions[c].annotations)  # myalgia
    assert not any("(HP:0003326)" in g for g in routine_gaps.gaps(model, cid))
    listed = {g.rsplit("(", 1)[1].rstrip(")") for g in routine_gaps.gaps(model, cid)}
    for hpo in listed:  # nothing listed is described exactly, or through a term above or below it
        ann = model.conditions[cid].annotations
        assert hpo not in ann
        assert not (model.annotated_descendants(hpo) & ann.keys())
        assert not ((model.ancestors(hpo) - SCREENING_ROWS) & ann.keys())  # a screening row (a raised white count)
        # estimates no finding below it (eosinophilia): that finding is a gap


def test_an_unknown_condition_exits_2(capsys):
    assert routine_gaps.main(["no-such-condition"]) == 2
    assert "no such condition" in capsys.readouterr().err

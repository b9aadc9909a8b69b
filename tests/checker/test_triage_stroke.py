"""The acute-stroke rule (db/triage.yaml): a stroke with one-sided weakness, or one-sided weakness of acute
onset, is an emergency; a stroke or hemiparesis alone (perhaps an old one), or a stroke beside an acute onset
that may be another complaint's, is not; absent findings never fire it."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput, report

STROKE, ISCHAEMIC_STROKE, TIA = "HP:0001297", "HP:0002140", "HP:0002326"
HEMIPARESIS, ACUTE_ONSET, RAPID = "HP:0001269", "HP:0011009", "HP:0003678"


def _fired(checker, present=(), absent=()):
    model, rules = checker
    out = report(model, rules, CheckInput(present=tuple(present), absent=tuple(absent)))
    return out, {r["rule"]: r for r in out["triage"]["reasons"]}


@pytest.mark.parametrize("present", [[ISCHAEMIC_STROKE, HEMIPARESIS], [STROKE, HEMIPARESIS],
                                     [HEMIPARESIS, ACUTE_ONSET], [HEMIPARESIS, RAPID]])
def test_a_stroke_or_acute_hemiparesis_is_an_emergency(checker, present):
    out, fired = _fired(checker, present)
    assert "acute-stroke" in fired and out["triage"]["level"] == "emergency"
    assert "doi:" in fired["acute-stroke"]["source"]


@pytest.mark.parametrize("present, absent", [([HEMIPARESIS], []), ([ISCHAEMIC_STROKE], []), ([], [ISCHAEMIC_STROKE]),
                                             ([ISCHAEMIC_STROKE], [HEMIPARESIS, ACUTE_ONSET]),
                                             ([ISCHAEMIC_STROKE, ACUTE_ONSET], []), ([TIA, RAPID], []),
                                             ([ACUTE_ONSET], [HEMIPARESIS]), ([], [HEMIPARESIS, ACUTE_ONSET])])
def test_hemiparesis_alone_or_absent_findings_do_not_fire_it(checker, present, absent):
    _, fired = _fired(checker, present, absent)
    assert "acute-stroke" not in fired

"""The validation figures the Help page and the README show are those a fresh evaluation gives: they cannot
drift from the code, the content or the cases."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "eval"))

from published import README_END, README_START, published, readme_block  # noqa: E402

from legpain_gui.render.validation_html import validation_html  # noqa: E402

VALIDATION = ROOT / "resources" / "help" / "validation.json"


@pytest.fixture(scope="module")
def saved():
    return json.loads(VALIDATION.read_text(encoding="utf-8"))


@pytest.mark.parametrize("part", ["tune", "test"])
def test_saved_figures_equal_a_fresh_evaluation(shipped_kb, saved, part):
    fresh = published(shipped_kb, part)
    kept = saved["parts"][part]
    # compared into a bare flag: a failure names the key, never the figures (the test part's results must not reach
    # a developer mid-session through a failing test's diff; `make validation` prints them when it is time)
    differing = [key for key, value in kept.items() if not (
        value == pytest.approx(fresh[key]) if isinstance(value, float) else json.loads(json.dumps(fresh[key])) == value)]
    assert not differing, f"{part} part: {', '.join(differing)} differ from a fresh evaluation; run `make validation`"
    assert saved["kb_version"] == shipped_kb.kb_version


def test_readme_block_is_the_saved_one(saved):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index(README_START) + len(README_START):text.index(README_END)]
    assert block.strip() == readme_block(saved).strip(), "run `make validation`"


def test_help_page_shows_the_test_part_first_with_intervals_and_limits(saved):
    page = validation_html(saved)
    assert page.index("Test part") < page.index("Tuning part")
    test = saved["parts"]["test"]
    assert f"{test['top1']:.0%} (95% CI" in page and "Known limits" in page
    assert "Where it misses" in page and "supports" in page.lower()
    assert "missing" in validation_html(None)


def test_misses_are_named_as_the_reference_names_them(saved):
    """A clinician reads "Acute limb ischaemia", not the file's id; an older file without names still shows ids."""
    page = validation_html(saved)
    missed = [cid for cid, v in saved["parts"]["test"]["by_condition"].items() if v["top1"] < v["cases"]]
    assert missed and saved["names"][missed[0]] in page
    assert f"<li>{missed[0]}:" not in page
    older = {k: v for k, v in saved.items() if k != "names"}
    assert f"<li>{missed[0]}:" in validation_html(older)


def _with_top_bin(saved, predicted, observed):
    data = json.loads(json.dumps(saved))
    bins = data["parts"]["test"]["calibration_after"]["reliability"]
    bins[-1].update(bin="0.9-1.0", pairs=50, predicted=predicted, observed=observed)
    return data


def test_an_overconfident_top_of_the_scale_is_a_stated_limit_read_from_the_figures(saved):
    page = validation_html(_with_top_bin(saved, 0.97, 0.80))
    assert "more confident than unseen patients bear out" in page and "was the diagnosis in 80% of 50 cases" in page
    assert "more confident than unseen" not in validation_html(_with_top_bin(saved, 0.95, 0.95))
    assert "more confident than unseen" not in validation_html(None)

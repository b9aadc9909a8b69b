"""A triage concept's term that the finding catalogue names is written with its label and plain words (session 19),
so that the checklist's red-flag group shows them; a term no condition lists was left out before, and fifteen
concept terms had no catalogue entry, so the group showed their bare HPO name twice."""
from __future__ import annotations

import sqlite3

import yaml

from legpain_gui import paths


def test_every_triage_concept_term_is_catalogued_and_in_the_finding_table():
    db = paths.default_kb_path()
    src = db.parent
    concepts = {str(h).removeprefix("not ") for terms in yaml.safe_load((src / "triage.yaml").read_text())["concepts"].values()
                for h in terms}  # an excepted kind ('not HP:...') is named too
    catalogue = yaml.safe_load((src / "findings.yaml").read_text())
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = dict(conn.execute("SELECT hpo_id, plain FROM finding").fetchall())
    assert concepts <= set(catalogue), sorted(concepts - set(catalogue))  # each has plain words of its own
    assert concepts <= set(rows)
    assert rows["HP:0012233"] == catalogue["HP:0012233"]["plain"]

"""The checker's model precomputed at build time (checker.tables): loaded from the stored tables it is the very
model built from the rows; a stale, missing or damaged table falls back to the rows."""
from __future__ import annotations

import random
import json
import shutil
import sqlite3
import zlib

import pytest

from legpain_gui.checker import tables
from legpain_gui.checker.checklist import checklist
from legpain_gui.checker.engine import CheckInput
from legpain_gui.checker.load import checker_model
from legpain_gui.checker.model import KbModel
from legpain_gui.checker.report import report
from legpain_gui.kb.store import KnowledgeBase

ATTRIBUTES = ("kb_version", "hpo_version", "names", "_diseases", "hpo_disease_count", "_parents", "_children",
              "labels", "plain", "systems", "stated_background", "references", "conditions", "condition_names",
              "index", "_annotated", "aliases", "temperature", "cant_miss", "suspected", "priors", "log_priors")


def _ro(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


@pytest.fixture(scope="module")
def both(shipped_kb_path):
    con = _ro(shipped_kb_path)
    try:
        stored, rows = tables.load(con), KbModel(con)
    finally:
        con.close()
    return stored, rows


def test_the_build_stores_the_tables_and_they_give_the_model_built_from_the_rows(both):
    stored, rows = both
    assert stored is not None, "db/build.py wrote no checker tables"
    for name in ATTRIBUTES:
        a, b = getattr(stored, name), getattr(rows, name)
        if name == "_children":  # the same children, listed in another order
            a, b = {k: sorted(v) for k, v in a.items()}, {k: sorted(v) for k, v in b.items()}
        assert a == b, name
    for cid, cond in rows.conditions.items():  # dict equality ignores order; the ranking's ties do not
        assert list(stored.conditions[cid].annotations) == list(cond.annotations)
    assert [list(v) for v in stored.index.values()] == [list(v) for v in rows.index.values()]
    # what the build precomputed equals what the checker works out on its own
    assert stored.memo["quick_background"] == {h: rows.quick_background_of(h) for h in rows.index}
    assert checklist(stored, [], limit=40) == checklist(rows, [], limit=40)


def test_random_checks_rank_identically_from_the_stored_tables_and_from_the_rows(both):
    stored, rows = both
    terms = sorted(rows.index)
    rng = random.Random(21)
    for _ in range(25):
        present = tuple(rng.sample(terms, rng.randint(1, 8)))
        absent = tuple(t for t in rng.sample(terms, 2) if t not in present)
        data = CheckInput(present=present, absent=absent, age=rng.choice([None, "adult", "older"]))
        assert report(stored, [], data, limit=200) == report(rows, [], data, limit=200)


def _copy(shipped_kb_path, tmp_path, sql: str | None):
    path = tmp_path / "kb.sqlite"
    shutil.copyfile(shipped_kb_path, path)
    if sql:
        con = sqlite3.connect(path)
        con.create_function("reshape", 1, _reshape)
        with con:
            con.execute(sql)
        con.close()
    return path


def _reshape(blob: bytes) -> bytes:
    """The stored model with its conditions in the wrong shape, compressed as the build stores it."""
    data = json.loads(zlib.decompress(blob))
    data["conditions"] = [[1]]
    return zlib.compress(json.dumps(data).encode())


@pytest.mark.parametrize("sql", [
    f"DROP TABLE {tables.TABLE}",  # a file built before the tables existed
    f"UPDATE {tables.TABLE} SET version = 'made-by-an-older-build'",  # stale
    f"UPDATE {tables.TABLE} SET data = '{{\"not\": \"a model\"'",  # damaged
    f"UPDATE {tables.TABLE} SET data = reshape(data)",  # the wrong shape
    f"UPDATE {tables.TABLE} SET data = zeroblob(64)",  # not compressed data at all
])
def test_a_missing_stale_or_damaged_table_falls_back_to_the_rows(shipped_kb_path, tmp_path, both, sql):
    path = _copy(shipped_kb_path, tmp_path, sql)
    con = _ro(path)
    try:
        assert tables.load(con) is None
    finally:
        con.close()
    kb = KnowledgeBase(path)
    try:
        model, _ = checker_model(kb)
        assert model.conditions == both[1].conditions and model.priors == both[1].priors
        assert model.memo.get("checklist_scores") is None or model.memo["checklist_scores"]
    finally:
        kb.close()


def test_the_checker_uses_the_stored_tables_when_they_are_current(shipped_kb_path, tmp_path, monkeypatch):
    kb = KnowledgeBase(_copy(shipped_kb_path, tmp_path, None))
    monkeypatch.setattr(KbModel, "__init__", lambda *a: pytest.fail("the model was built from the rows"))
    try:
        model, _ = checker_model(kb)
        assert len(model.conditions) > 0 and model.memo["checklist_scores"]
    finally:
        kb.close()

"""A crafted knowledge base (--db) is checked when it is opened and refused with one sentence (issue 18,
failure 22): values outside a vocabulary, text in a number column, JSON of the wrong shape, a recursive view."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from legpain_gui.cli import run
from legpain_gui.kb.store import KnowledgeBase, KnowledgeBaseError
from legpain_gui.kb.values import COLUMNS, EXPECTED_SQL

RECURSIVE = ("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)")
def REFUSED(message: str) -> bool:  # noqa: N802
    return "cannot be used" in message or "not a legpain-gui knowledge base" in message


CRAFTED = {
    "unknown frequency bin": ["UPDATE condition_finding SET frequency='sometimes'"],
    "text in percent": ["UPDATE condition_finding SET percent='many'"],
    "percent over 100": ["UPDATE condition_finding SET percent=250"],
    "text in the reference year": ["UPDATE reference SET year='<b>1990</b>'"],
    "text in prevalence": ["UPDATE condition SET prevalence_per_100000='common'"],
    "negative prevalence": ["UPDATE condition SET prevalence_per_100000=-5"],
    "unknown urgency": ["UPDATE red_flag SET urgency='whenever'"],
    "unknown section": ["UPDATE section SET key='<script>' WHERE rowid=1"],
    "unknown body system": ["UPDATE finding SET system='elsewhere'"],
    "unknown triage level": ["INSERT INTO triage_rule VALUES ('r', 1, 'R', 'panic', 'a', '[]', 's', NULL)"],
    "hallmark 7": ["UPDATE condition_finding SET hallmark=7"],
    "criteria items not JSON": ["UPDATE criteria_set SET items_json='[[['"],
    "clauses of the wrong shape": ["INSERT INTO triage_rule VALUES ('r', 1, 'R', 'urgent', 'a', '{\"a\": 1}', 's', NULL)"],
    "meta count not a number": ["UPDATE meta SET value='many' WHERE key='hpo_disease_count'"],
    "recursive view": ["DROP VIEW hpo_search", f"CREATE VIEW hpo_search AS {RECURSIVE} SELECT n AS rowid, "
                       "'HP:1' AS hpo_id, 'x' AS name, 'y' AS synonyms FROM r"],
    "condition is a recursive view": ["ALTER TABLE condition RENAME TO c0",
                                      f"CREATE VIEW condition AS {RECURSIVE} SELECT c0.* FROM c0, r"],
    "a trigger": ["CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END"],
    "a table missing": ["DROP TABLE red_flag"],
    "a 100,000-character code": ["UPDATE code SET code=printf('%.100000c', 'x') WHERE rowid=1"],
}


def _craft(fixture_kb_path, tmp_path, statements) -> object:
    path = tmp_path / "crafted.sqlite"
    shutil.copy(fixture_kb_path, path)
    con = sqlite3.connect(path)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()
    return path


def test_columns_match_the_schema():
    from legpain_gui.kb.schema import Base

    schema = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
    assert {t: set(c) for t, c in COLUMNS.items()} == schema


def test_views_and_virtual_tables_match_a_fresh_build(fixture_kb_path):
    con = sqlite3.connect(fixture_kb_path)
    found = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') "
                             "OR sql LIKE 'CREATE VIRTUAL%'"))
    con.close()
    assert found == EXPECTED_SQL


def test_the_built_files_pass(fixture_kb_path, shipped_kb_path):
    KnowledgeBase(fixture_kb_path).close()
    KnowledgeBase(shipped_kb_path).close()


@pytest.mark.parametrize("name", list(CRAFTED))
def test_a_crafted_file_is_refused_in_one_sentence(fixture_kb_path, tmp_path, name):
    path = _craft(fixture_kb_path, tmp_path, CRAFTED[name])
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase(path)
    message = str(info.value)
    assert REFUSED(message) and message.count("\n") == 0 and message.endswith(".")


@pytest.mark.parametrize("name", list(CRAFTED))
@pytest.mark.parametrize("command", [["show", "example-vasculitis"], ["check", "--present", "HP:0009027"],
                                     ["search", "pain"], ["compare", "example-vasculitis", "example-neuropathy"]])
def test_every_command_refuses_a_crafted_file_with_exit_2(fixture_kb_path, tmp_path, capsys, name, command):
    """Before: KeyError and ValueError tracebacks (an unknown bin, text in a number column), a hang (a view)."""
    path = _craft(fixture_kb_path, tmp_path, CRAFTED[name])
    assert run(command + ["--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and REFUSED(err) and "Traceback" not in err


def test_a_manifest_beside_a_crafted_file_does_not_let_it_through(fixture_kb_path, tmp_path):
    """A forged manifest proves only that the file matches it: the values are checked all the same."""
    import json

    from legpain_gui.kb.file import file_blake2b
    from legpain_gui.kb.vocab import SCHEMA_VERSION

    path = _craft(fixture_kb_path, tmp_path, CRAFTED["unknown frequency bin"])
    path.with_suffix(".manifest.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION,
                                                              "blake2b": file_blake2b(path)}))
    with pytest.raises(KnowledgeBaseError):
        KnowledgeBase(path, verify_manifest=True)


def test_the_time_limit_stops_a_slow_check(fixture_kb_path, tmp_path):
    from legpain_gui.kb.file import connect_ro
    from legpain_gui.kb.values import check_values

    con = connect_ro(fixture_kb_path)
    with pytest.raises(KnowledgeBaseError) as info:
        check_values(con, fixture_kb_path, time_limit=0)
    con.close()
    assert "took longer than" in str(info.value)


def test_version_on_a_crafted_file_says_why_on_stderr(fixture_kb_path, tmp_path, capsys):
    """Found by tests/reliability/fuzz_kb.py: --version exited 2 with nothing on stderr."""
    path = _craft(fixture_kb_path, tmp_path, CRAFTED["unknown frequency bin"])
    assert run(["--version", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and REFUSED(err)


def test_a_database_error_inside_a_command_is_one_sentence(fixture_kb_path, tmp_path, capsys):
    """Found by tests/reliability/fuzz_kb.py: HPO terms deleted under the full-text index made `search` end in
    'DatabaseError: database disk image is malformed' (a traceback)."""
    path = _craft(fixture_kb_path, tmp_path, ["DELETE FROM hpo_term"])
    assert run(["search", "pain", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged" in err and "Traceback" not in err


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_the_one_pass_check_says_what_the_column_by_column_check_said(fixture_kb_path, tmp_path, name):
    """Issue 21: every column of a table is tested in one pass; the sentence is still the one of the first
    bad column in order, and the threaded check (manifest hash and values at once) gives the same answer."""
    import json

    from legpain_gui.kb import values
    from legpain_gui.kb.file import CheckInThread, check, connect_ro, file_blake2b
    from legpain_gui.kb.vocab import SCHEMA_VERSION

    path = _craft(fixture_kb_path, tmp_path, CRAFTED[name])
    con = connect_ro(path)
    try:
        kinds = dict(con.execute("SELECT name, type FROM sqlite_master"))
        expected = None
        try:  # the column-by-column reference, as the check read before
            values.check_structure(con)
            for table, columns in values.COLUMNS.items():
                if kinds.get(table) != "table":
                    raise values._Refusal(f"the table '{table}' is missing")
                for column, kind in columns.items():
                    values._check_column(con, table, column, kind)
            values._check_meta(con)
            values._check_json(con)
        except values._Refusal as exc:
            expected = str(exc)
        with pytest.raises(KnowledgeBaseError) as one_pass:
            values.check_values(con, path)
        if expected is not None:
            assert str(one_pass.value).endswith(f"cannot be used: {expected}.")
    finally:
        con.close()
    with pytest.raises(KnowledgeBaseError) as sequential:
        check(path, verify_manifest=False)
    path.with_suffix(".manifest.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION,
                                                              "blake2b": file_blake2b(path)}))
    with pytest.raises(KnowledgeBaseError) as threaded:
        CheckInThread(path, verify_manifest=True).result()
    assert str(threaded.value) == str(sequential.value)
    path.with_suffix(".manifest.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION,
                                                              "blake2b": "0" * 128}))
    with pytest.raises(KnowledgeBaseError) as sequential:
        check(path, verify_manifest=True)
    with pytest.raises(KnowledgeBaseError) as threaded:  # the file's own checks come first, as in `check`
        CheckInThread(path, verify_manifest=True).result()
    assert str(threaded.value) == str(sequential.value)
    assert "manifest" in str(threaded.value) or "not a legpain-gui knowledge base" in str(threaded.value)

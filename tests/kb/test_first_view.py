"""The first screen read with the standard library must equal what the SQLAlchemy layer reads."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from legpain_gui.kb import first_view
from legpain_gui.userdata import store as userdata
from legpain_gui.kb.first_view import read_condition, read_conditions, read_first_view, read_page, read_user_snapshot
from legpain_gui.kb.file import KnowledgeBaseError, connect_ro
from legpain_gui.userdata.store import UserData


def test_every_page_and_the_list_equal_the_orm_reading(shipped_kb, shipped_kb_path):
    con = connect_ro(shipped_kb_path)
    try:
        assert read_conditions(con) == shipped_kb.conditions()
        for summary in shipped_kb.conditions():
            assert read_condition(con, summary.id) == shipped_kb.condition(summary.id), summary.id
        assert read_condition(con, "no-such-condition") is None
    finally:
        con.close()


def test_first_view_without_a_known_condition_is_the_start_page(shipped_kb, shipped_kb_path, tmp_path):
    view = read_first_view(shipped_kb_path, tmp_path, "not-a-condition", verify_manifest=True)
    assert view.first_id is None  # no arbitrary condition: the start page
    assert view.conditions == shipped_kb.conditions()
    assert (view.kb_version, view.hpo_version) == (shipped_kb.kb_version, shipped_kb.hpo_version)
    lupus = read_first_view(shipped_kb_path, tmp_path, "systemic-lupus-erythematosus", True)
    assert lupus.first_id == "systemic-lupus-erythematosus"
    assert read_page(shipped_kb_path, lupus.first_id) == shipped_kb.condition("systemic-lupus-erythematosus")


def test_user_snapshot_equals_the_user_data_layer(tmp_path):
    assert read_user_snapshot(tmp_path, "x") == first_view.UserSnapshot(set(), "", {})  # no file yet
    assert not (tmp_path / userdata.FILE_NAME).exists()  # reading did not create it
    user = UserData(tmp_path)
    user.set_favourite("polyarteritis-nodosa", True)
    user.set_favourite("rheumatoid-arthritis", True)
    user.save_note("polyarteritis-nodosa", "check mononeuritis — ask about testicular pain")
    user.save_comparison_set("vasculitides", ["polyarteritis-nodosa", "systemic-lupus-erythematosus"])
    snap = read_user_snapshot(tmp_path, "polyarteritis-nodosa")
    assert snap.favourites == user.favourites()
    assert snap.note == user.note("polyarteritis-nodosa")
    assert snap.comparison_sets == user.comparison_sets()
    assert read_user_snapshot(tmp_path, "rheumatoid-arthritis").note == ""
    user.close()


def test_user_snapshot_leaves_other_versions_to_the_full_layer(tmp_path):
    assert first_view.USER_SCHEMA_VERSION == userdata.USER_SCHEMA_VERSION
    assert first_view.USER_FILE_NAME == userdata.FILE_NAME
    con = sqlite3.connect(tmp_path / userdata.FILE_NAME)
    con.execute("CREATE TABLE favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL)")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    before = (tmp_path / userdata.FILE_NAME).read_bytes()
    assert read_user_snapshot(tmp_path, "x") is None  # an old file: the full layer migrates it
    assert (tmp_path / userdata.FILE_NAME).read_bytes() == before
    (tmp_path / userdata.FILE_NAME).write_bytes(b"not a database at all" * 100)
    assert read_user_snapshot(tmp_path, "x") is None


@pytest.mark.parametrize("damage, message", [
    ("tamper", "does not match its manifest"),
    ("schema", "schema version"),
    ("missing", "does not exist"),
])
def test_first_view_checks_the_file_first(shipped_kb_path, tmp_path, damage, message):
    copy = tmp_path / "legpain.sqlite"
    shutil.copy(shipped_kb_path, copy)
    shutil.copy(shipped_kb_path.with_suffix(".manifest.json"), copy.with_suffix(".manifest.json"))
    if damage == "missing":
        copy.unlink()
    else:
        con = sqlite3.connect(copy)
        con.execute("PRAGMA user_version = 1" if damage == "schema" else "UPDATE condition SET name = 'x'")
        con.commit()
        con.close()
    with pytest.raises(KnowledgeBaseError, match=message):
        read_first_view(copy, tmp_path, None, verify_manifest=True)


def test_manifest_without_its_digest_is_damaged(shipped_kb_path, tmp_path):
    copy = tmp_path / "legpain.sqlite"
    shutil.copy(shipped_kb_path, copy)
    manifest = json.loads(shipped_kb_path.with_suffix(".manifest.json").read_text())
    del manifest["blake2b"]
    copy.with_suffix(".manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(KnowledgeBaseError, match="no BLAKE2b digest"):
        read_first_view(copy, tmp_path, None, verify_manifest=True)


def test_the_first_screen_needs_neither_sqlalchemy_nor_openssl(shipped_kb_path, tmp_path):
    code = ("import sys; from pathlib import Path; from legpain_gui.gui.backend import Backend; "
            f"b = Backend(Path({str(shipped_kb_path)!r}), Path({str(tmp_path)!r}), verify_manifest=True); "
            "view = b.first_view('polyarteritis-nodosa'); detail, html, sections, head = b.first_page('light'); "
            "assert detail.id == view.first_id and 'References' in html and 'References' not in head; "
            "assert 'Red flags' in head and head.count('<h2') == 2; "
            "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', '_hashlib', 'logging.handlers'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

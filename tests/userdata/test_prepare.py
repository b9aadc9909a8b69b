"""Issue 21: the data file is recognised, moved aside and migrated at start-up with the standard library
(`opening.prepare`); `UserData(folder, opened)` then uses that result and never inspects or moves it twice."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

from legpain_gui.userdata import opening
from legpain_gui.userdata.store import FILE_NAME, USER_SCHEMA_VERSION, UserData


def _schema_1(path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL)")
    con.execute("CREATE TABLE note (condition_id VARCHAR PRIMARY KEY, text TEXT NOT NULL, updated VARCHAR NOT NULL)")
    con.execute("INSERT INTO note VALUES ('polyarteritis-nodosa', 'my old note', '2025-01-01')")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()


def test_prepare_migrates_without_sqlalchemy_and_the_full_layer_reads_the_result(tmp_path):
    path = tmp_path / FILE_NAME
    _schema_1(path)
    code = ("import sys; from pathlib import Path; from legpain_gui.userdata import opening; "
            f"o = opening.prepare(Path({str(path)!r})); "
            "print(o.notice, o.rescued, any(m.startswith('sqlalchemy') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["None", "None", "False"]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == USER_SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    user = UserData(tmp_path, opening.prepare(path))  # already current: nothing to do
    assert user.note("polyarteritis-nodosa") == "my old note" and user.comparison_sets() == {}
    user.save_comparison_set("two", ["a", "b"])  # the tables of every version are there
    assert user.comparison_sets() == {"two": ["a", "b"]}
    user.close()


def test_a_damaged_file_is_moved_aside_once_and_its_rows_restored_by_the_full_layer(tmp_path):
    path = tmp_path / FILE_NAME
    user = UserData(tmp_path)
    user.set_favourite("polyarteritis-nodosa", True)
    for i in range(300):
        user.save_note(f"c{i}", f"note {i} " + "y" * 300)
    user.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode = DELETE")
    size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note'").fetchone()[0]
    con.close()
    with open(path, "r+b") as handle:  # the note table's root page overwritten with garbage
        handle.seek((root - 1) * size)
        handle.write(b"\xab" * size)
    opened = opening.prepare(path)
    assert "damaged" in opened.notice and opened.rescued["favourite"]
    assert len(list(tmp_path.glob(f"{FILE_NAME}.set-aside-*"))) == 1
    user = UserData(tmp_path, opened)
    assert user.notice == opened.notice and user.favourites() == {"polyarteritis-nodosa"}  # restored
    assert len(list(tmp_path.glob(f"{FILE_NAME}.set-aside-*"))) == 1  # not inspected nor moved a second time
    user.close()


def test_a_foreign_file_is_set_aside_and_a_fresh_one_started(tmp_path, one_sentence):
    path = tmp_path / FILE_NAME
    path.write_bytes(b"my shopping list, not a database" * 10)
    opened = opening.prepare(path)
    assert opened.notice and one_sentence(opened.notice) and opened.rescued is None
    assert len(list(tmp_path.glob(f"{FILE_NAME}.set-aside-*"))) == 1
    user = UserData(tmp_path, opened)
    assert user.favourites() == set() and user.notice == opened.notice
    user.close()

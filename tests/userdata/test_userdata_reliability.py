"""Issue 18, the user-data failures at the storage layer: each test reproduces one failure of the attack
(it failed before the fix) and checks the fix. Numbers in the names are the issue's."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from legpain_gui.kb.first_view import read_user_snapshot
from legpain_gui.userdata import store
from legpain_gui.userdata.store import FILE_NAME, UserData

FMT = store.EXPORT_FORMAT
HERE = Path(__file__).parent


def remount(mount: Path, mode: str) -> None:
    result = subprocess.run(["mount", "-o", f"remount,{mode}", str(mount)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _export(**parts) -> dict:
    return {"format": FMT, "version": 1, **parts}


# ---- 8, 12: `?`, `#` and `%` in the data-folder path -------------------------------------------------
@pytest.mark.parametrize("name", ["a?b", "a#b", "a%20b", "x?mode=ro#y", "50%"])
def test_08_12_special_characters_in_the_folder_keep_the_data_inside_it(tmp_path, name):
    folder = tmp_path / name / "data"
    u = UserData(folder)
    u.set_favourite("polyarteritis-nodosa", True)
    u.save_note("polyarteritis-nodosa", "kept here")
    u.close()
    again = UserData(folder)  # a restart
    assert again.favourites() == {"polyarteritis-nodosa"} and again.note("polyarteritis-nodosa") == "kept here"
    snap = read_user_snapshot(folder, "polyarteritis-nodosa")  # the first screen after a restart
    assert snap is not None and snap.favourites == {"polyarteritis-nodosa"} and snap.note == "kept here"
    again.close()
    assert (folder / FILE_NAME).is_file()
    assert all(f == name or f.startswith(name + "/") for f in _files(tmp_path)), _files(tmp_path)


# ---- 9: a file we did not write is never modified ------------------------------------------------------
def _sqlite(path: Path, script: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    con.executescript(script)
    con.commit()
    con.close()


FOREIGN = {
    "other app": "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'x');",
    "wrong columns": "CREATE TABLE favourite (id INTEGER); CREATE TABLE note (a, b); PRAGMA user_version = 3;",
    "missing tables": "CREATE TABLE favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL); "
                      "PRAGMA user_version = 3;",
    "negative version": "CREATE TABLE t (x); PRAGMA user_version = -4;",
    "a trigger": "CREATE TABLE favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL); "
                 "CREATE TABLE note (condition_id VARCHAR PRIMARY KEY, text TEXT NOT NULL, updated VARCHAR NOT NULL); "
                 "CREATE TRIGGER t AFTER INSERT ON favourite BEGIN DELETE FROM note; END; PRAGMA user_version = 1;",
}


@pytest.mark.parametrize("case", sorted(FOREIGN))
def test_09_a_foreign_or_wrong_schema_file_is_moved_aside_unchanged(tmp_path, case, one_sentence):
    path = tmp_path / FILE_NAME
    _sqlite(path, FOREIGN[case])
    before = path.read_bytes()
    u = UserData(tmp_path)
    assert u.notice and one_sentence(u.notice) and "set aside" in u.notice
    aside = [p for p in tmp_path.iterdir() if ".set-aside-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == before  # not a byte changed (no WAL switch, no tables)
    u.set_favourite("x", True)
    assert u.favourites() == {"x"}


@pytest.mark.parametrize("content", [b"garbage" * 100, b"SQLite format 3\x00" + b"\x00" * 50, b"\x00" * 4096])
def test_09_14_garbage_or_truncated_file_is_moved_aside_and_the_data_works(tmp_path, content, one_sentence):
    (tmp_path / FILE_NAME).write_bytes(content)
    u = UserData(tmp_path)
    assert one_sentence(u.notice)
    assert [p.read_bytes() for p in tmp_path.iterdir() if ".set-aside-" in p.name] == [content]
    u.save_note("a", "fresh")
    assert u.note("a") == "fresh"


# ---- 14: what cannot be opened turns the data off with one sentence, and leaves it alone ----------------
def test_14_a_folder_at_the_file_path_is_one_sentence_and_left_alone(tmp_path, one_sentence):
    (tmp_path / FILE_NAME).mkdir()
    with pytest.raises(store.UserDataError) as info:
        UserData(tmp_path)
    assert one_sentence(str(info.value)) and (tmp_path / FILE_NAME).is_dir()


@pytest.mark.parametrize("version", [store.USER_SCHEMA_VERSION + 1, 99])
def test_14_a_newer_file_is_one_sentence_and_left_alone(tmp_path, version, one_sentence):
    _sqlite(tmp_path / FILE_NAME, f"CREATE TABLE favourite (condition_id, added); PRAGMA user_version = {version};")
    before = (tmp_path / FILE_NAME).read_bytes()
    with pytest.raises(store.UserDataError) as info:
        UserData(tmp_path)
    assert one_sentence(str(info.value)) and "newer version" in str(info.value)
    assert (tmp_path / FILE_NAME).read_bytes() == before and len(list(tmp_path.iterdir())) == 1


def test_14_read_only_folder_on_first_run_and_full_disk(small_disk, one_sentence):
    """A real small filesystem: read-only before the file exists, then full while writing."""
    remount(small_disk, "ro")
    with pytest.raises(store.UserDataError) as info:
        UserData(small_disk / "data")
    assert one_sentence(str(info.value))
    remount(small_disk, "rw")
    u = UserData(small_disk / "data")
    u.save_note("a", "kept")
    with pytest.raises(store.UserDataError) as info:
        for i in range(2000):  # a 1 MB disk: fills long before this
            u.save_note(f"n{i}", "x" * 40_000)
    assert one_sentence(str(info.value)) and "disk is full" in str(info.value)
    assert u.note("a") == "kept"
    u.close()
    before = (small_disk / "data" / FILE_NAME).read_bytes()
    remount(small_disk, "ro")  # the folder made read-only after the file exists: off, or read-only, never a traceback
    with pytest.raises(store.UserDataError) as info:
        UserData(small_disk / "data").save_note("a", "changed")
    assert one_sentence(str(info.value)) and (small_disk / "data" / FILE_NAME).read_bytes() == before


# ---- 15: damage inside the note table ----------------------------------------------------------------
def _page_size_and_root(path: Path, table: str) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        return (con.execute("PRAGMA page_size").fetchone()[0],
                con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        con.close()


def test_15_damaged_note_table_is_set_aside_and_the_rest_rescued(tmp_path, one_sentence):
    u = UserData(tmp_path)
    u.set_favourite("polyarteritis-nodosa", True)
    u.save_comparison_set("s", ["a", "b"])
    for i in range(300):
        u.save_note(f"c{i}", f"note {i} " + "y" * 300)
    u.close()
    con = sqlite3.connect(tmp_path / FILE_NAME)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    size, root = _page_size_and_root(tmp_path / FILE_NAME, "note")
    with open(tmp_path / FILE_NAME, "r+b") as f:  # overwrite the note table's root page with garbage
        f.seek((root - 1) * size)
        f.write(b"\xab" * size)
    again = UserData(tmp_path)
    assert one_sentence(again.notice) and "damaged" in again.notice
    assert again.favourites() == {"polyarteritis-nodosa"} and again.comparison_sets() == {"s": ["a", "b"]}
    assert isinstance(again.note("c1"), str)  # every page can ask for its note


def test_15_wrongly_typed_values_in_the_note_table_read_as_text(tmp_path):
    UserData(tmp_path).close()
    con = sqlite3.connect(tmp_path / FILE_NAME)
    con.execute("INSERT INTO note VALUES ('blob', X'6869ff', 'x'), ('int', 42, 'x')")
    con.execute("INSERT INTO comparison_set VALUES ('bad', '{\"not\": \"a list\"}', 'x'), ('ok', '[\"a\",\"b\"]', 'x')")
    con.execute("INSERT INTO checker_session VALUES ('bad', '[[[[1]]]]', 'x')")
    con.commit()
    con.close()
    u = UserData(tmp_path)
    assert u.note("blob") == "hi\ufffd" and u.note("int") == "42"
    assert u.comparison_sets() == {"ok": ["a", "b"]}  # the damaged one is not offered (and not deleted)
    assert u.checker_sessions() == {"bad": None}


def test_15_26_damage_while_running_is_one_sentence_without_sql(tmp_path, one_sentence):
    u = UserData(tmp_path)
    u.save_note("a", "secret note text")
    other = sqlite3.connect(tmp_path / FILE_NAME)  # another program drops the note table under the app
    other.execute("DROP TABLE note")
    other.commit()
    other.close()
    for call in (lambda: u.note("a"), lambda: u.save_note("a", "secret note text 2")):
        with pytest.raises(store.UserDataError) as info:
            call()
        assert one_sentence(str(info.value)) and "secret" not in str(info.value)


# ---- 5: two writers --------------------------------------------------------------------------------
def test_05_a_note_changed_elsewhere_is_a_conflict_not_a_silent_overwrite(tmp_path):
    a, b = UserData(tmp_path), UserData(tmp_path)
    a.save_note("x", "first")
    base_b = b.note("x")
    a.save_note("x", "first, then A", base="first")
    with pytest.raises(store.NoteConflict) as info:
        b.save_note("x", "first, then B", base=base_b)
    assert info.value.current == "first, then A" and a.note("x") == "first, then A"
    assert b.save_note("x", "first, then A, then B", base=info.value.current) == "first, then A, then B"


def test_05_merges_from_two_processes_lose_no_append(tmp_path):
    script = HERE / "userdata_importer.py"
    procs = [subprocess.Popen([sys.executable, str(script), str(tmp_path), tag, "300"]) for tag in ("p", "q")]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    note = UserData(tmp_path).note("c")
    missing = [f"{t}-{i}:" for t in "pq" for i in range(300) if f"{t}-{i}:" not in note]
    assert not missing, f"{len(missing)} of 600 appends lost"


# ---- 6, 7: what an import may not do -------------------------------------------------------------------
def test_06_replace_mine_with_an_empty_imported_note_keeps_mine(tmp_path):
    u = UserData(tmp_path)
    u.save_note("x", "mine")
    counts = u.import_data(_export(notes={"x": " \n\t "}), replace_notes=True)
    assert u.note("x") == "mine" and counts["blank"] == 1 and counts["notes_merged"] == 0


@pytest.mark.parametrize("parts", [
    {"notes": {"a" * 600: "one", "a" * 500 + "b" * 100: "two"}},
    {"favourites": ["f" * 501]},
    {"comparison_sets": {"s" * 250: ["a", "b"], "s" * 200 + "t" * 50: ["a", "c"]}},
    {"checker_sessions": {"n" * 201: {"present": []}}},
    {"notes": {"a\x00b": "one", "ab": "two"}},
    {"comparison_sets": {"\ud800": ["a", "b"], "\ud801": ["a", "c"]}},
])
def test_07_long_or_colliding_ids_and_names_are_refused_whole(tmp_path, parts, one_sentence):
    u = UserData(tmp_path)
    u.save_note("keep", "mine")
    before = u.export_data()
    with pytest.raises(ValueError) as info:
        u.import_data(_export(**parts))
    assert one_sentence(str(info.value))
    after = u.export_data()
    assert {k: v for k, v in after.items() if k != "exported"} == {k: v for k, v in before.items() if k != "exported"}


def test_07_counts_are_honest(tmp_path):
    u = UserData(tmp_path)
    u.save_comparison_set("taken", ["a", "b"])
    counts = u.import_data(_export(favourites=["a", "a", "b"], notes={"a": "n1", "b": "n2"},
                                   comparison_sets={"taken": ["c", "d"], "new": ["a", "c"]}))
    assert counts["favourites"] == len(u.favourites()) == 2 and counts["notes"] == len(u.notes()) == 2
    assert counts["comparison_sets"] == 1 and counts["existing"] == 1
    assert u.comparison_sets() == {"new": ["a", "c"], "taken": ["a", "b"]}
    again = u.import_data(_export(notes={"a": "n1"}))  # the same file twice changes nothing
    assert again["notes"] == again["notes_merged"] == 0 and u.note("a") == "n1"


# ---- 18: size limits ----------------------------------------------------------------------------------
def test_18_a_huge_note_is_refused_and_the_old_one_kept(tmp_path, one_sentence):
    u = UserData(tmp_path)
    u.save_note("a", "short")
    with pytest.raises(store.UserDataError) as info:
        u.save_note("a", "x" * 1_000_000)
    assert one_sentence(str(info.value)) and u.note("a") == "short"
    with pytest.raises(ValueError):
        u.import_data(_export(notes={"b": "y" * 1_000_000}))
    assert u.notes() == {"a": "short"}


def test_18_a_huge_file_is_refused_before_it_is_read(tmp_path, one_sentence):
    from legpain_gui.userdata.transfer import ImportRefused, read_export_file

    big = tmp_path / "big.json"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB without using the disk
    start = time.perf_counter()
    with pytest.raises(ImportRefused) as info:
        read_export_file(big)
    assert time.perf_counter() - start < 1 and one_sentence(str(info.value))


# ---- 19: every part of sets and sessions is checked on import ----------------------------------------
@pytest.mark.parametrize("parts", [
    {"comparison_sets": {"s": [1, 2]}}, {"comparison_sets": {"s": [["a"], "b"]}}, {"comparison_sets": {"s": []}},
    {"comparison_sets": {"s": ["a"] * 50}}, {"checker_sessions": {"s": {"present": "HP:0001945"}}},
    {"checker_sessions": {"s": {"present": [1]}}}, {"checker_sessions": {"s": {"present": ["HP:1"]}}},
    {"checker_sessions": {"s": {"age": 400}}}, {"checker_sessions": {"s": {"age": "teen"}}},
    {"checker_sessions": {"s": {"course": "slowly"}}}, {"checker_sessions": {"s": {"sex": ["f"]}}},
    {"checker_sessions": {"s": {"labels": ["x"]}}}, {"checker_sessions": {"s": {"labels": {"HP:0001945": 3}}}},
    {"checker_sessions": {"s": {"present": ["HP:0001945"], "absent": ["HP:0001945"]}}},
    {"checker_sessions": {"s": {"format": "other"}}}, {"checker_sessions": {"s": [[[[[]]]]]}},
])
def test_19_wrongly_typed_sets_and_sessions_are_refused(tmp_path, parts, one_sentence):
    u = UserData(tmp_path)
    with pytest.raises(ValueError) as info:
        u.import_data(_export(**parts))
    assert one_sentence(str(info.value)) and u.comparison_sets() == {} and u.checker_sessions() == {}


def test_19_deep_nesting_is_one_sentence(one_sentence):
    from legpain_gui.userdata.transfer import ImportRefused, parse_export

    for raw in (b"[" * 100_000 + b"]" * 100_000, b'{"format": "legpain-gui personal data", "checker_sessions": {"s": '
                + b'{"labels": ' * 50_000 + b"1" + b"}" * 50_002):
        with pytest.raises(ImportRefused) as info:
            parse_export(raw)
        assert one_sentence(str(info.value))


# ---- 20: a large import: one transaction, unknown ids reported, cancel, kill -----------------------------
def test_20_two_hundred_thousand_favourites_are_quick_and_unknown_ids_reported(tmp_path):
    u = UserData(tmp_path)
    known = {"polyarteritis-nodosa", "multiple-sclerosis"}
    data = _export(favourites=[f"made-up-{i}" for i in range(200_000)] + sorted(known))
    seen = []
    start = time.perf_counter()
    counts = u.import_data(data, known_ids=known, progress=lambda done, total: seen.append((done, total)))
    assert time.perf_counter() - start < 15
    assert counts["favourites"] == 2 and counts["unknown"] == 200_000 and u.favourites() == known
    assert seen and seen[-1][0] == seen[-1][1]


def test_20_cancel_changes_nothing(tmp_path):
    u = UserData(tmp_path)
    u.set_favourite("mine", True)
    with pytest.raises(store.ImportCancelled):
        u.import_data(_export(favourites=[f"f{i}" for i in range(5000)]), cancelled=lambda: True)
    assert u.favourites() == {"mine"}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_20_a_killed_import_leaves_nothing_half_done(tmp_path):
    script = HERE / "userdata_importer.py"
    proc = subprocess.Popen([sys.executable, str(script), str(tmp_path), "big", "200000"], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "importing"
    deadline = time.time() + 60
    while time.time() < deadline and proc.stdout.readline().strip() != "progress":
        pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(tmp_path / FILE_NAME)
    n = con.execute("SELECT count(*) FROM favourite").fetchone()[0]
    con.close()
    assert n in (0, 200_000)


def test_export_round_trip_of_everything(tmp_path):
    a, b = UserData(tmp_path / "a"), UserData(tmp_path / "b")
    a.set_favourite("x", True)
    a.save_note("x", "note")
    a.save_comparison_set("s", ["x", "y"])
    a.save_checker_session("t", {"present": ["HP:0001945"], "absent": [], "age": "adult", "sex": None,
                                 "labels": {"HP:0001945": "Fever"}})
    raw = json.dumps(a.export_data()).encode("utf-8")
    from legpain_gui.userdata.transfer import parse_export

    counts = b.import_data(parse_export(raw))
    assert (counts["favourites"], counts["notes"], counts["comparison_sets"], counts["checker_sessions"]) == (1, 1, 1, 1)
    assert b.checker_sessions()["t"]["labels"] == {"HP:0001945": "Fever"}


def test_01_a_lock_held_by_another_program_is_one_sentence_and_nothing_changes(tmp_path, one_sentence):
    u = UserData(tmp_path)
    u.save_note("a", "kept")
    other = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock for longer than the 5 s wait
    try:
        start = time.perf_counter()
        with pytest.raises(store.UserDataError) as info:
            u.save_note("a", "changed")
        assert 4 < time.perf_counter() - start < 30
        assert one_sentence(str(info.value)) and "another program" in str(info.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert u.note("a") == "kept"

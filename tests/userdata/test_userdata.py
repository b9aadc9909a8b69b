"""The user's own data: favourites, notes, comparison sets; upgrades keep everything."""
from __future__ import annotations

import sqlite3

import pytest

from legpain_gui.userdata.store import FILE_NAME, USER_SCHEMA_VERSION, UserData, UserDataError


def test_round_trip(tmp_path):
    u = UserData(tmp_path)
    u.set_favourite("a", True)
    u.set_favourite("a", True)
    u.save_note("a", "first\nsecond \x00line")
    u.save_comparison_set("set", ["a", "b"])
    u.close()
    again = UserData(tmp_path)
    assert again.favourites() == {"a"}
    assert again.note("a") == "first\nsecond line"
    assert again.comparison_sets() == {"set": ["a", "b"]}
    again.save_note("a", "   ")
    again.set_favourite("a", False)
    again.delete_comparison_set("set")
    assert again.note("a") == "" and again.favourites() == set() and again.comparison_sets() == {}


def test_wal_mode(tmp_path):
    UserData(tmp_path).set_favourite("x", True)
    con = sqlite3.connect(tmp_path / FILE_NAME)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_upgrade_from_schema_1_keeps_the_data(tmp_path):
    con = sqlite3.connect(tmp_path / FILE_NAME)
    con.executescript("""
        CREATE TABLE favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL);
        CREATE TABLE note (condition_id VARCHAR PRIMARY KEY, text TEXT NOT NULL, updated VARCHAR NOT NULL);
        INSERT INTO favourite VALUES ('polyarteritis-nodosa', '2026-01-01T00:00:00+00:00');
        INSERT INTO note VALUES ('multiple-sclerosis', 'MRI booked', '2026-01-01T00:00:00+00:00');
        PRAGMA user_version = 1;
    """)
    con.close()
    u = UserData(tmp_path)
    assert u.favourites() == {"polyarteritis-nodosa"} and u.note("multiple-sclerosis") == "MRI booked"
    u.save_comparison_set("s", ["a", "b"])
    assert sqlite3.connect(tmp_path / FILE_NAME).execute("PRAGMA user_version").fetchone()[0] == USER_SCHEMA_VERSION


def test_newer_file_is_left_alone(tmp_path):
    con = sqlite3.connect(tmp_path / FILE_NAME)
    con.execute(f"PRAGMA user_version = {USER_SCHEMA_VERSION + 5}")
    con.close()
    before = (tmp_path / FILE_NAME).read_bytes()
    with pytest.raises(UserDataError, match="newer version"):
        UserData(tmp_path)
    assert (tmp_path / FILE_NAME).read_bytes() == before


def test_set_needs_a_name(tmp_path):
    with pytest.raises(ValueError):
        UserData(tmp_path).save_comparison_set("  ", ["a"])


def test_any_text_is_stored_safely(tmp_path):
    u = UserData(tmp_path)
    for text in ["\x00", "\ud800 lone surrogate", "🦵" * 1000, "x" * 50_000, "\u202eright-to-left"]:
        u.save_note("c", text)
        assert u.note("c") == text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    u.save_comparison_set("\ud800name", ["a", "b"])
    assert list(u.comparison_sets()) == ["?name"]


def test_upgrade_from_schema_2_keeps_the_data(tmp_path):
    con = sqlite3.connect(tmp_path / FILE_NAME)
    con.executescript("""
        CREATE TABLE favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL);
        CREATE TABLE note (condition_id VARCHAR PRIMARY KEY, text TEXT NOT NULL, updated VARCHAR NOT NULL);
        CREATE TABLE comparison_set (name VARCHAR PRIMARY KEY, ids_json TEXT NOT NULL, updated VARCHAR NOT NULL);
        INSERT INTO comparison_set VALUES ('PAN vs SLE', '["polyarteritis-nodosa", "systemic-lupus-erythematosus"]', 'x');
        INSERT INTO note VALUES ('gbs', 'CSF done', 'x');
        PRAGMA user_version = 2;
    """)
    con.close()
    u = UserData(tmp_path)
    assert u.comparison_sets() == {"PAN vs SLE": ["polyarteritis-nodosa", "systemic-lupus-erythematosus"]}
    assert u.note("gbs") == "CSF done" and u.checker_sessions() == {}
    u.save_checker_session("s", {"present": ["HP:0001945"]})
    assert u.checker_sessions()["s"]["present"] == ["HP:0001945"]


def test_export_import_never_overwrites_without_asking(tmp_path):
    a, b = UserData(tmp_path / "a"), UserData(tmp_path / "b")
    a.set_favourite("x", True)
    a.save_note("x", "from workstation A")
    a.save_note("y", "only on A")
    b.save_note("x", "from workstation B")
    exported = a.export_data()
    assert b.import_conflicts(exported) == ["x"]
    counts = b.import_data(exported)  # default: keep both
    assert b.note("x") == "from workstation B\n\n--- imported ---\nfrom workstation A"
    assert b.note("y") == "only on A" and b.favourites() == {"x"}
    assert counts["notes"] == 1 and counts["notes_merged"] == 1
    b.import_data(exported, replace_notes=True)
    assert b.note("x") == "from workstation A"


@pytest.mark.parametrize("bad", [{"format": "other"}, {"format": "legpain-gui personal data", "notes": {"x": 1}},
                                 [], "text", {"format": "legpain-gui personal data", "favourites": "x"}])
def test_import_of_a_bad_file_changes_nothing(tmp_path, bad):
    u = UserData(tmp_path)
    u.save_note("x", "kept")
    with pytest.raises(ValueError):
        u.import_data(bad)
    assert u.notes() == {"x": "kept"}

"""The user's own data: favourites, notes, comparison sets; upgrades keep everything."""
from __future__ import annotations

import sqlite3

import pytest

from legpain_gui.core.userdata import FILE_NAME, USER_SCHEMA_VERSION, UserData


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
    with pytest.raises(RuntimeError, match="newer version"):
        UserData(tmp_path)
    assert (tmp_path / FILE_NAME).read_bytes() == before


def test_set_needs_a_name(tmp_path):
    with pytest.raises(ValueError):
        UserData(tmp_path).save_comparison_set("  ", ["a"])


def test_any_text_is_stored_safely(tmp_path):
    u = UserData(tmp_path)
    for text in ["\x00", "\ud800 lone surrogate", "🦵" * 1000, "x" * 100_000, "\u202eright-to-left"]:
        u.save_note("c", text)
        assert u.note("c") == text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    u.save_comparison_set("\ud800name", ["a", "b"])
    assert list(u.comparison_sets()) == ["?name"]

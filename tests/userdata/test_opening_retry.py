"""Two copies of the app starting at once: an immediate 'database is locked' while the data file is opened (one
copy switching a new file to WAL) is tried again, and the data stays on; a lock that outlasts the wait is still
one sentence (tests/userdata test of the 5 s wait). Fails if the retry is removed."""
from __future__ import annotations

import sqlite3

import pytest

from legpain_gui.userdata import opening
from legpain_gui.userdata.errors import UserDataError


def test_an_immediate_lock_at_opening_is_tried_again(tmp_path, monkeypatch):
    real, calls = opening.connect_rw, []

    def flaky(path):
        calls.append(path)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")
        return real(path)

    monkeypatch.setattr(opening, "connect_rw", flaky)
    opened = opening.prepare(tmp_path / "userdata.sqlite")
    assert len(calls) == 3 and opened.path.exists()


def test_an_immediate_lock_that_never_clears_is_one_sentence(tmp_path, monkeypatch):
    def locked(path):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(opening, "connect_rw", locked)
    with pytest.raises(UserDataError) as info:
        opening.prepare(tmp_path / "userdata.sqlite")
    assert "another program is using" in str(info.value)

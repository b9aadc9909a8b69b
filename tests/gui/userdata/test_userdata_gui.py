"""Issue 18, the user-data failures as a user meets them in the window: each test reproduces one failure of
the attack (it failed before the fix) and checks the fix. Numbers in the names are the issue's."""
from __future__ import annotations

import json
import re
import sqlite3
import time

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from sqlalchemy import event

from legpain_gui.gui import dialogs
from legpain_gui.userdata.store import EXPORT_FORMAT, FILE_NAME, UserData

PAGE = "polyarteritis-nodosa"
OTHER = "multiple-sclerosis"
RAW = ("SELECT", "INSERT", "sqlalche.me", "[SQL", "parameters", "Traceback", "OperationalError", "sqlite3.")


def one_sentence(message: str) -> bool:
    return (bool(message) and "\n" not in message and message.rstrip().endswith((".", "?"))
            and re.search(r"[.!?] [A-Z]", message) is None and not any(r in message for r in RAW))


def _open(qtbot, window, cid: str) -> None:
    window.browse.open_condition(cid)
    qtbot.waitUntil(lambda: window.browse.current_id == cid and window.browse.notes.owner == cid, timeout=5000)
    window.runner.wait(5000)
    qtbot.wait(10)


def _writes_fail(user, on: bool = True) -> None:
    """Make every write of this store fail as on a read-only file (root ignores file permissions)."""
    def read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")

    if on:
        event.listen(user.engine, "connect", read_only)
        user._read_only = read_only
    else:
        event.remove(user.engine, "connect", user._read_only)
    user.engine.dispose()


def _type_and_save(qtbot, window, text: str) -> None:
    window.browse.note_toggle.setChecked(True)
    window.browse.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.browse.note, text)
    window.browse.flush_note()
    window.runner.wait(5000)
    qtbot.wait(20)


# ---- 1, 26, 27: a write that fails is said, once, and loses nothing -------------------------------------
def test_01_26_a_failed_note_save_is_said_once_and_the_text_survives_a_page_change(qtbot, make_window,
                                                                                    no_real_dialogs):
    window = make_window()
    _open(qtbot, window, PAGE)
    _writes_fail(window.backend.user)
    _type_and_save(qtbot, window, "typed while read-only")
    assert "Saved on this computer" not in window.browse.note_status.text()
    assert "not saved" in window.browse.note_status.text()
    assert len(no_real_dialogs) == 1 and one_sentence(no_real_dialogs[0][1]), no_real_dialogs
    _type_and_save(qtbot, window, " and more")  # the failure lasts: no second box
    assert len(no_real_dialogs) == 1
    _open(qtbot, window, OTHER)
    _open(qtbot, window, PAGE)
    assert window.browse.note.toPlainText() == "typed while read-only and more"
    _writes_fail(window.backend.user, on=False)
    _type_and_save(qtbot, window, "!")
    qtbot.waitUntil(lambda: window.browse.note_status.text() == "Saved on this computer.", timeout=5000)
    assert window.backend.user.note(PAGE) == "typed while read-only and more!"


def test_27_a_failed_star_shows_the_stored_state_and_no_success(qtbot, make_window, no_real_dialogs):
    window = make_window()
    _open(qtbot, window, PAGE)
    _writes_fail(window.backend.user)
    window.browse.favourite.click()
    window.runner.wait(5000)
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=5000)
    assert not window.browse.favourite.isChecked() and "☆" in window.browse.favourite.text()
    assert "Added to favourites" not in window.status.text() and one_sentence(no_real_dialogs[0][1])
    assert window.backend.user.favourites() == set()


# ---- 14, 25, 8: user data that cannot be opened turns it off; the reference works on ------------------------
def test_14_25_unusable_user_data_leaves_the_reference_working(qtbot, make_window, tmp_path, no_real_dialogs):
    folder = tmp_path / "data"
    (folder / FILE_NAME).mkdir(parents=True)  # a folder where the file should be
    window = make_window(data_dir=folder)
    assert window.backend is not None and window.ready
    assert not window.browse.favourite.isEnabled() and not window.browse.note_toggle.isEnabled()
    assert len(no_real_dialogs) == 1
    title, message = no_real_dialogs[0]
    assert one_sentence(message) and "off" in message and "Reinstall" not in message
    assert "Knowledge base" not in title
    _open(qtbot, window, OTHER)  # pages, search and compare still work
    assert "Multiple sclerosis" in window.browse.page.toPlainText()
    qtbot.keyClicks(window.browse.search, "lupus")
    qtbot.waitUntil(lambda: window.browse.model.is_search(), timeout=5000)
    window.compare_ctl.show([PAGE, OTHER])
    qtbot.waitUntil(lambda: window.compare_tab.comparison is not None, timeout=5000)
    assert len(no_real_dialogs) == 1 and (folder / FILE_NAME).is_dir()


def test_08_a_question_mark_in_the_folder_keeps_the_star_and_note_after_a_restart(qtbot, make_window, tmp_path):
    folder = tmp_path / "what?#50%" / "data"
    window = make_window(data_dir=folder)
    _open(qtbot, window, PAGE)
    window.browse.favourite.click()
    _type_and_save(qtbot, window, "kept")
    window.close()
    again = make_window(data_dir=folder)  # the first screen reads the file the app wrote
    assert again.browse.current_id == PAGE
    assert again.browse.favourite.isChecked() and again.browse.note.toPlainText() == "kept"
    assert {p.name for p in tmp_path.iterdir()} == {"what?#50%"}


def test_25_a_bad_file_given_with_db_gets_no_reinstall_advice(qtbot, make_window, tmp_path, no_real_dialogs):
    bad = tmp_path / "mine.sqlite"
    bad.write_bytes(b"nope" * 100)
    make_window(kb_path=bad, wait=False)
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=5000)
    assert "Reinstall" not in no_real_dialogs[0][1] and "--db" in no_real_dialogs[0][1]
    assert "notes and favourites are not affected" not in no_real_dialogs[0][1]


# ---- 15: damage inside the note table ----------------------------------------------------------------
def test_15_a_damaged_note_table_never_stops_a_page(qtbot, make_window, user_data_dir, no_real_dialogs):
    window = make_window()
    other = sqlite3.connect(user_data_dir / FILE_NAME)
    other.execute("DROP TABLE note")
    other.commit()
    other.close()
    for cid in (OTHER, PAGE, OTHER):
        _open(qtbot, window, cid)
        assert window.browse.current_id == cid and window.browse.page.toPlainText()
        assert window.browse.note.isReadOnly() and one_sentence(window.browse.note_status.text())
    assert not no_real_dialogs  # no box at every click


# ---- 4: an import refreshes the open note --------------------------------------------------------------
def test_04_an_import_refreshes_the_open_note(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    _open(qtbot, window, PAGE)
    _type_and_save(qtbot, window, "mine")
    export = tmp_path / "in.json"
    export.write_text(json.dumps({"format": EXPORT_FORMAT, "notes": {PAGE: "imported"}}), encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: export)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a: "Keep both")
    window.transfer.import_()
    merged = "mine\n\n--- imported ---\nimported"
    qtbot.waitUntil(lambda: window.browse.note.toPlainText() == merged, timeout=5000)
    _type_and_save(qtbot, window, " + typed after")
    assert window.backend.user.note(PAGE) == merged + " + typed after"


# ---- 5: two windows on one note ----------------------------------------------------------------------
def test_05_two_windows_on_one_note_keep_both_and_say_so(qtbot, make_window):
    a = make_window()
    b = make_window()
    _open(qtbot, a, PAGE)
    _open(qtbot, b, PAGE)
    _type_and_save(qtbot, a, "from A")
    _type_and_save(qtbot, b, "from B")
    window_b_text = "from A\n\n--- from another window ---\nfrom B"
    qtbot.waitUntil(lambda: b.browse.note.toPlainText() == window_b_text, timeout=5000)
    assert "both versions are kept" in b.browse.note_status.text()
    assert UserData(a.data_dir).note(PAGE) == window_b_text
    a.browse_ctl.refresh_note()  # window A comes back to the front: no stale text
    qtbot.waitUntil(lambda: a.browse.note.toPlainText() == window_b_text, timeout=5000)


# ---- 18: a huge note never freezes the page ----------------------------------------------------------------
def test_18_a_huge_stored_note_opens_quickly_read_only_and_a_huge_paste_is_refused(qtbot, make_window,
                                                                                   user_data_dir):
    window = make_window()
    con = sqlite3.connect(user_data_dir / FILE_NAME)  # an old file (or another program) with a 1 MB one-line note
    con.execute("INSERT INTO note VALUES (?, ?, 'x')", (OTHER, "y" * 1_000_000))
    con.commit()
    con.close()
    start = time.perf_counter()
    _open(qtbot, window, OTHER)
    assert time.perf_counter() - start < 5
    assert window.browse.note.isReadOnly() and "too long" in window.browse.note_status.text()
    assert len(UserData(user_data_dir).note(OTHER)) == 1_000_000  # kept unchanged
    _open(qtbot, window, PAGE)
    window.browse.note_toggle.setChecked(True)
    mime = QMimeData()
    mime.setText("z" * 20_000_000)
    start = time.perf_counter()
    window.browse.note.insertFromMimeData(mime)
    assert time.perf_counter() - start < 2 and window.browse.note.toPlainText() == ""
    assert "Not pasted" in window.browse.note_status.text()


# ---- 20: a large import: progress, cancel, unknown ids reported -----------------------------------------
@pytest.fixture()
def big_export(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"format": EXPORT_FORMAT, "favourites": [f"made-up-{i}" for i in range(200_000)]
                                + [PAGE]}), encoding="utf-8")
    return path


def test_20_a_large_import_shows_progress_reports_unknown_ids_and_stays_responsive(qtbot, make_window, big_export,
                                                                                  monkeypatch):
    window = make_window()
    shown = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: big_export)
    monkeypatch.setattr(dialogs, "progress_dialog", lambda *a: shown.append(a) or _FakeProgress())
    window.transfer.import_()
    qtbot.waitUntil(lambda: window.status.text().startswith("Imported"), timeout=20000)
    assert shown and "200,000" not in window.status.text() and "200000 entries for conditions not in" in window.status.text()
    assert window.backend.user.favourites() == {PAGE}


def test_20_cancel_changes_nothing(qtbot, make_window, big_export, monkeypatch):
    window = make_window()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: big_export)
    monkeypatch.setattr(dialogs, "progress_dialog", lambda parent, title, label, maximum, cancel: cancel() or _FakeProgress())
    window.transfer.import_()
    qtbot.waitUntil(lambda: "cancelled" in window.status.text(), timeout=20000)
    assert window.backend.user.favourites() == set()


class _FakeProgress:
    def setMaximum(self, n):  # noqa: N802
        pass

    def setValue(self, n):  # noqa: N802
        pass

    def close(self):
        pass


def test_27_a_set_that_could_not_be_saved_is_not_called_saved(qtbot, make_window, monkeypatch, no_real_dialogs):
    window = make_window()
    _writes_fail(window.backend.user)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "my set")
    window.compare_ctl.show([PAGE, OTHER])
    window.compare_ctl.save_set()
    window.runner.wait(5000)
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=5000)
    assert "Saved the set" not in window.status.text() and one_sentence(no_real_dialogs[0][1])
    assert window.backend.user.comparison_sets() == {}


def test_01_quitting_with_text_that_could_not_be_saved_asks_first(qtbot, make_window, monkeypatch):
    window = make_window()
    _open(qtbot, window, PAGE)
    _writes_fail(window.backend.user)
    _type_and_save(qtbot, window, "not saved yet")
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a: "Stay")
    window.close()
    assert window.isVisible() and window.browse.note.toPlainText() == "not saved yet"
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a: "Quit anyway")
    window.close()
    assert not window.isVisible()

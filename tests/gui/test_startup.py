"""Start-up in two steps: the first screen from the standard-library reader, then the full data layer."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings

from legpain_gui.userdata import store as userdata
from legpain_gui.gui.app import create_window


def _started_window(qtbot, kb_path, folder):
    folder.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("browse/last_condition", "acute-limb-ischaemia")  # a returning user (the first run: start page)
    window = create_window(kb_path, folder, settings, verify_manifest=True)
    qtbot.addWidget(window)
    return window, settings


def test_list_and_page_are_shown_before_the_full_layer_opens(qtbot, shipped_kb_path, user_data_dir):
    window, _ = _started_window(qtbot, shipped_kb_path, user_data_dir)
    seen = []
    window.dataShown.connect(lambda: seen.append((window.backend._kb, window.browse.model.rowCount(),
                                                  window.browse.current_id)))
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    kb_then, rows, shown = seen[0]
    assert kb_then is None  # SQLAlchemy's layer was not open yet ...
    assert rows > 0 and shown  # ... and the list and a page were already there
    assert window.backend._kb is not None
    window.runner.wait(5000)


def test_a_search_typed_during_start_up_is_answered(qtbot, shipped_kb_path, user_data_dir):
    window, _ = _started_window(qtbot, shipped_kb_path, user_data_dir)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.browse.current_id is not None, timeout=10000)
    qtbot.keyClicks(window.browse.search, "guillain")
    qtbot.waitUntil(lambda: window.browse.model.is_search() and window.browse.model.rowCount() > 0, timeout=10000)
    first = window.browse.model.index(0, 0)
    assert "Guillain" in first.data()
    window.runner.wait(5000)


def test_old_user_data_keeps_note_and_star_until_migrated(qtbot, shipped_kb_path, user_data_dir):
    """A file from an older version cannot be read by the first-screen reader: the note and the star are
    off until the full layer has migrated it, then they show what was saved (nothing is overwritten)."""
    user_data_dir.mkdir(parents=True)
    con = sqlite3.connect(user_data_dir / userdata.FILE_NAME)
    con.execute("CREATE TABLE favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL)")
    con.execute("CREATE TABLE note (condition_id VARCHAR PRIMARY KEY, text TEXT NOT NULL, updated VARCHAR NOT NULL)")
    con.execute("INSERT INTO favourite VALUES ('polyarteritis-nodosa', '2025-01-01')")
    con.execute("INSERT INTO note VALUES ('polyarteritis-nodosa', 'my old note', '2025-01-01')")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    window, settings = _started_window(qtbot, shipped_kb_path, user_data_dir)
    settings.setValue("browse/last_condition", "polyarteritis-nodosa")
    states = []
    window.dataShown.connect(lambda: states.append((window.browse.note_toggle.isEnabled(),
                                                    window.browse.favourite.isEnabled())))
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.ready and window.browse.note.toPlainText() == "my old note", timeout=10000)
    assert states[0] == (False, False)  # at the first screen (dataShown comes again with the reloaded page)
    assert window.browse.note_toggle.isEnabled() and window.browse.favourite.isChecked()
    window.runner.wait(5000)
    assert userdata.UserData(user_data_dir).note("polyarteritis-nodosa") == "my old note"


def test_a_data_file_failing_at_the_first_save_is_said_and_the_note_kept(qtbot, make_window, monkeypatch,
                                                                        no_real_dialogs):
    """Issue 21: start-up readies the data file without SQLAlchemy, whose engine first connects at the first
    save. A file that has become unusable by then is reported in one sentence, and the typed note survives."""
    from PySide6.QtGui import QTextCursor

    from legpain_gui.userdata import opening

    window = make_window()
    window.runner.wait(5000)  # warmed: the full layer was made, but has not connected for a write yet
    assert window.backend._user is not None and window.backend.user_off is None
    real = opening.connect_rw

    def gone(path):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(opening, "connect_rw", gone)
    window.backend.user.engine.dispose()  # nothing pooled: the save connects anew
    cid = window.browse.current_id
    window.browse.note_toggle.setChecked(True)
    window.browse.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.browse.note, "kept after a failed save")
    window.browse.flush_note()
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=5000)
    title, message = no_real_dialogs[0]
    assert "not saved" in message and "\n" not in message and "Traceback" not in message
    assert "kept after a failed save" in window.browse.note.toPlainText()
    monkeypatch.setattr(opening, "connect_rw", real)
    qtbot.keyClicks(window.browse.note, "!")
    window.browse.flush_note()
    qtbot.waitUntil(lambda: window.browse.note_status.text() == "Saved on this computer.", timeout=5000)
    assert window.backend.user.note(cid).endswith("kept after a failed save!")


def test_the_full_layer_failing_after_start_up_turns_the_data_off_plainly(qtbot, make_window, monkeypatch,
                                                                          no_real_dialogs):
    """The full user-data layer opens after start-up finished; if it fails then, the person is told once and
    the note and star are switched off, as when the file fails at start-up."""
    from legpain_gui.userdata.errors import UserDataError

    def refuse(*args, **kwargs):
        raise UserDataError("Your notes, favourites, sets and sessions are off for now: the file is damaged.")

    monkeypatch.setattr(userdata, "UserData", refuse)
    window = make_window()
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=10000)
    assert no_real_dialogs == [("Your notes and favourites are off",
                                "Your notes, favourites, sets and sessions are off for now: the file is damaged.")]
    assert not window.browse.favourite.isEnabled() and not window.browse.note_toggle.isEnabled()
    window.runner.wait(5000)


def test_the_first_page_shows_its_top_first_then_the_whole_page(qtbot, shipped_kb_path, user_data_dir):
    """The top of the page is set before its first paint; the whole page (references at the end) follows."""
    window, _ = _started_window(qtbot, shipped_kb_path, user_data_dir)
    at_data = []
    window.dataShown.connect(lambda: at_data.append(window.browse.page.toPlainText()))
    window.show()
    window.start()
    qtbot.waitUntil(lambda: bool(at_data), timeout=10000)
    assert "Red flags" in at_data[0] and "References" not in at_data[0]
    qtbot.waitUntil(lambda: "References" in window.browse.page.toPlainText(), timeout=5000)
    assert window.browse.page.toPlainText().startswith(at_data[0].split("\n")[0])
    window.runner.wait(5000)


def test_a_page_opened_before_the_first_is_completed_is_not_replaced(qtbot, shipped_kb_path, user_data_dir):
    window, _ = _started_window(qtbot, shipped_kb_path, user_data_dir)
    opened = []

    def open_other() -> None:
        if not opened:
            opened.append(1)
            window.browse.page.setHtml("<p>another page</p>")  # as a link followed at once would
    window.dataShown.connect(open_other)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    qtbot.wait(300)
    assert window.browse.page.toPlainText() == "another page"
    window.runner.wait(5000)


def test_garbage_collection_is_back_on_once_the_first_screen_is_up(qtbot, shipped_kb_path, user_data_dir):
    """gui/app.py turns cyclic garbage collection off until the first screen is up; start-up turns it back on."""
    import gc

    window, _ = _started_window(qtbot, shipped_kb_path, user_data_dir)
    gc.disable()
    try:
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.ready, timeout=10000)
        # the background loaders pause the collector while they build (checker.load, checker.report) and put it
        # back as they found it: wait for them, then it must be on (it stays off if start-up never turned it on)
        window.runner.wait(10000)
        qtbot.waitUntil(gc.isenabled, timeout=5000)
    finally:
        gc.enable()
    window.runner.wait(5000)

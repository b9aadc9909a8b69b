"""The person's data on a real full disk and a real read-only folder (issue 18: 1, 14, 26), outside pytest.

Needs root (it mounts a 1 MB tmpfs). Checks, with the real window (offscreen):
  1. first run in a read-only folder: the window works, star and note are off, one plain message;
  2. a full disk: typing a note never says "Saved", the text stays in the box across a page change, one
     message for the whole failure, no SQL in it; the note saved before the disk filled is unchanged.
Prints each check and exits 1 if one fails.

    sudo PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/reliability/userdata_disk.py
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from legpain_gui.gui import dialogs  # noqa: E402
from legpain_gui.gui.app import create_window  # noqa: E402

KB = ROOT / "db" / "legpain.sqlite"
failures: list[str] = []


def check(what: str, ok: bool) -> None:
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def wait_until(app, condition, ms: int = 10000) -> bool:
    for _ in range(ms // 20):
        app.processEvents()
        if condition():
            return True
        QTest.qWait(20)
    return condition()


def window_on(app, folder: Path, settings_dir: Path):
    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = create_window(KB, folder, settings, verify_manifest=True)
    window.show()
    window.start()
    wait_until(app, lambda: window.ready and window.browse is not None and window.browse.current_id is not None)
    return window


def main() -> int:
    app = QApplication.instance() or QApplication([])
    shown: list[tuple[str, str]] = []
    dialogs.show_error = lambda parent, title, message: shown.append((title, message))
    dialogs.show_disclaimer = lambda parent, text: None
    dialogs.ask_choice = lambda parent, title, text, choices: choices[-1]
    with tempfile.TemporaryDirectory() as tmp:
        disk, elsewhere = Path(tmp) / "disk", Path(tmp) / "settings"
        disk.mkdir()
        elsewhere.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)]).returncode != 0:
            print("cannot mount a tmpfs here (needs root): nothing checked")
            return 2
        try:
            (disk / "data").mkdir()
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
            window = window_on(app, disk / "data", elsewhere)
            check("read-only folder: the window is ready and the page shown", window.ready and window.browse.page.toPlainText() != "")
            check("read-only folder: star and note are off", not window.browse.favourite.isEnabled()
                  and not window.browse.note_toggle.isEnabled())
            check(f"read-only folder: one message ({shown[-1][1] if shown else None!r})",
                  len(shown) == 1 and "\n" not in shown[0][1] and "Reinstall" not in shown[0][1])
            window.close()
            shown.clear()
            subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)

            window = window_on(app, disk / "data", elsewhere)
            browse = window.browse
            browse.note_toggle.setChecked(True)
            QTest.keyClicks(browse.note, "saved before the disk filled")
            browse.flush_note()
            wait_until(app, lambda: browse.note_status.text() == "Saved on this computer.")
            first = browse.current_id
            with open(disk / "filler", "wb") as filler:  # fill the disk
                try:
                    while True:
                        filler.write(b"\0" * 65536)
                        filler.flush()
                except OSError:
                    pass
            browse.note.moveCursor(QTextCursor.MoveOperation.End)
            for _ in range(3):  # three autosave pauses while the disk is full
                QTest.keyClicks(browse.note, " and more typed on a full disk" * 20)
                browse.flush_note()
                window.runner.wait(10000)
                app.processEvents()
            status = browse.note_status.text()
            check(f"full disk: no 'Saved' ({status[:90]!r})", "Saved on this computer" not in status and "not saved" in status)
            check(f"full disk: one message for the whole failure ({len(shown)})", len(shown) == 1)
            check("full disk: no SQL in it", not any(w in (shown[0][1] if shown else "") for w in ("INSERT", "[SQL", "sqlalche")))
            typed = browse.note.toPlainText()
            other = "multiple-sclerosis" if first != "multiple-sclerosis" else "polyarteritis-nodosa"
            browse.open_condition(other)
            wait_until(app, lambda: browse.current_id == other)
            browse.open_condition(first)
            wait_until(app, lambda: browse.current_id == first and browse.notes.owner == first)
            check("full disk: the typed text is still in the box after a page change", browse.note.toPlainText() == typed)
            (disk / "filler").unlink()
            window.runner.wait(5000)
            window.close()
            from legpain_gui.userdata.store import UserData

            stored = UserData(disk / "data").note(first)
            check(f"full disk: the stored note is the one saved before or the whole typed text ({len(stored)} chars)",
                  stored in ("saved before the disk filled", typed))
        finally:
            subprocess.run(["umount", "-l", str(disk)])
    print(f"\n{len(failures)} check(s) failed" if failures else "\nall checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

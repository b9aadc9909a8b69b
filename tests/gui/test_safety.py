"""First-run disclaimer, error dialog with the log's place, knowledge-base problems shown in the GUI."""
from __future__ import annotations

import logging
import shutil
import sqlite3
import sys

import pytest

from legpain_gui.gui.errors import install_excepthook, setup_logging


def test_disclaimer_once_per_user(make_window, no_disclaimer_box):
    window = make_window()
    window.maybe_show_disclaimer()
    window.maybe_show_disclaimer()
    assert len(no_disclaimer_box) == 1 and "does not replace" in no_disclaimer_box[0]
    window.close()
    make_window().maybe_show_disclaimer()
    assert len(no_disclaimer_box) == 1


def test_unhandled_error_is_logged_and_shown(tmp_path, monkeypatch):
    shown = []
    old_hook = sys.excepthook
    try:
        log_path = setup_logging(tmp_path)
        install_excepthook(log_path, lambda title, message: shown.append((title, message)))
        try:
            raise ValueError("boom")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
        for h in list(logging.getLogger().handlers):
            if getattr(h, "baseFilename", "").startswith(str(tmp_path)):
                logging.getLogger().removeHandler(h)
                h.close()
    assert shown and "ValueError: boom" in shown[0][1] and str(log_path) in shown[0][1]
    assert "Traceback" in log_path.read_text() and "boom" in log_path.read_text()


@pytest.mark.parametrize("damage, message", [
    ("corrupt", "damaged"),
    ("truncate", "damaged"),
    ("schema", "schema version"),
    ("missing", "does not exist"),
    ("tamper", "does not match its manifest"),
])
def test_bad_knowledge_base_gives_a_clear_dialog(qtbot, make_window, shipped_kb_path, tmp_path, no_real_dialogs,
                                                 damage, message):
    copy = tmp_path / "kb" / "legpain.sqlite"
    copy.parent.mkdir()
    shutil.copy(shipped_kb_path, copy)
    shutil.copy(shipped_kb_path.with_suffix(".manifest.json"), copy.with_suffix(".manifest.json"))
    if damage == "corrupt":
        data = bytearray(copy.read_bytes())
        data[100:4096 * 4] = b"\xee" * (4096 * 4 - 100)
        copy.write_bytes(bytes(data))
    elif damage == "truncate":
        copy.write_bytes(copy.read_bytes()[:300_000])
    elif damage in ("schema", "tamper"):
        con = sqlite3.connect(copy)
        con.execute("PRAGMA user_version = 1" if damage == "schema" else "UPDATE meta SET value='x' WHERE key='kb_version'")
        con.commit()
        con.close()
    else:
        copy.unlink()
    window = make_window(kb_path=copy, wait=False)
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=8000)
    assert message in no_real_dialogs[0][1]
    assert "Traceback" not in no_real_dialogs[0][1]
    assert window.backend is None


def test_a_long_log_is_moved_aside_at_start(tmp_path):
    from legpain_gui.gui.errors import LOG_NAME, _rotate

    folder = tmp_path / "logs"
    folder.mkdir()
    log = folder / LOG_NAME
    for generation in range(5):
        log.write_text(f"generation {generation}\n" + "x" * 1_100_000)
        _rotate(log, max_bytes=1_000_000, keep=3)
    assert not log.exists()
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"{LOG_NAME}.1", f"{LOG_NAME}.2", f"{LOG_NAME}.3"]  # three old files, no more
    assert (folder / f"{LOG_NAME}.1").read_text().startswith("generation 4")
    log.write_text("small")
    _rotate(log, max_bytes=1_000_000, keep=3)
    assert log.read_text() == "small"


@pytest.mark.parametrize("kind", ["fifo", "folder", "long name"])
def test_a_db_that_is_not_a_file_is_refused_without_hanging(tmp_path, kind):
    """Failure 21: --db pointing to a FIFO hung the GUI forever (the first-screen reader opened it before the
    check that would refuse it), and the process never exited."""
    import os

    from tests.reliability.harness import run_window

    target = tmp_path / ("x" * 300 if kind == "long name" else "kb.sqlite")
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    report = run_window(target, tmp_path / "data", seconds=15, timeout=60)
    assert len(report["errors"]) == 1 and ("is not a file" in report["errors"][0]
                                            or "cannot be used" in report["errors"][0])
    assert report["idle"]  # no background thread left blocked on the file
    assert not report["ready"]


@pytest.mark.parametrize("crafted", [
    ["UPDATE condition_finding SET frequency='sometimes'"],
    ["UPDATE reference SET year='<b>1990</b>'"],
    ["DROP VIEW hpo_search", "CREATE VIEW hpo_search AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
     "FROM r) SELECT n AS rowid, 'HP:1' AS hpo_id, 'x' AS name, 'y' AS synonyms FROM r"],
    ["ALTER TABLE condition RENAME TO c0", "CREATE VIEW condition AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
     "SELECT n + 1 FROM r) SELECT c0.* FROM c0, r"],
], ids=["unknown bin", "text year", "recursive view", "condition as a recursive view"])
def test_a_crafted_db_gives_one_clear_box_and_no_hang(fixture_kb_path, tmp_path, crafted):
    """Failure 22: a crafted --db gave unexplained GUI boxes, and a recursive view hung the GUI."""
    from tests.reliability.harness import run_window

    path = tmp_path / "crafted.sqlite"
    shutil.copy(fixture_kb_path, path)
    con = sqlite3.connect(path)
    for sql in crafted:
        con.execute(sql)
    con.commit()
    con.close()
    report = run_window(path, tmp_path / "data", seconds=30, timeout=90)
    assert len(report["errors"]) == 1, report["errors"]
    assert "cannot be used" in report["errors"][0] or "not a legpain-gui knowledge base" in report["errors"][0]
    assert report["idle"] and not report["ready"]

"""PDF, HTML and JSON exports from the GUI: "Saved" only once the whole file is written, and a failed export
never replaces an earlier good file (issue 18, failures 2 and 3)."""
from __future__ import annotations

import errno
import json
import os

import pytest

from legpain_gui import atomic
from legpain_gui.gui import dialogs
from tests.reliability.disks import fill, small_disk

GOOD = b"%PDF-1.4 an earlier good export %%EOF\n"


@pytest.fixture()
def window(make_window, qtbot):
    w = make_window()
    w.compare_ctl.add("polyarteritis-nodosa")
    w.compare_ctl.add("granulomatosis-with-polyangiitis")
    qtbot.waitUntil(lambda: w.compare_tab.comparison is not None, timeout=10000)
    return w


def _exports(window):
    return {
        "page pdf": lambda p: window.browse_ctl.export_pdf(p),
        "comparison pdf": lambda p: window.compare_ctl.export(p, "pdf"),
        "comparison html": lambda p: window.compare_ctl.export(p, "html"),
    }


KINDS = ["page pdf", "comparison pdf", "comparison html"]


def _prepare(tmp_path, case):
    target = tmp_path / "out.pdf"
    if case == "missing folder":
        return tmp_path / "no such folder" / "out.pdf"
    if case == "a folder":
        target.mkdir()
    elif case == "read-only file":
        target.write_bytes(GOOD)
        os.chmod(target, 0o444)
    elif case == "fifo":
        os.mkfifo(target)
    return target


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", ["missing folder", "a folder", "read-only file", "fifo"])
def test_a_failed_export_says_so_and_never_saved(window, no_real_dialogs, tmp_path, kind, case):
    target = _prepare(tmp_path, case)
    window.status.setText("")
    _exports(window)[kind](target)
    assert no_real_dialogs and no_real_dialogs[-1][0] == "Not saved"
    message = no_real_dialogs[-1][1]
    assert message.startswith("Could not write") and "Errno" not in message and message.count("\n") == 0
    assert not window.status.text().startswith("Saved")
    if case == "read-only file":
        assert target.read_bytes() == GOOD
    assert target.is_dir() or target.is_fifo() or target.exists() == (case == "read-only file")


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_disk_keeps_the_earlier_file(window, no_real_dialogs, tmp_path, kind, monkeypatch):
    """An ENOSPC part-way through the write: the earlier file stays whole, the status does not say Saved."""
    target = tmp_path / "out.pdf"
    target.write_bytes(GOOD)
    real_write = os.write

    def write(fd, data):
        real_write(fd, bytes(data[:100]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", write)
    _exports(window)[kind](target)
    assert target.read_bytes() == GOOD
    assert no_real_dialogs[-1] == ("Not saved", f"Could not write {target}: the disk is full.")
    assert not window.status.text().startswith("Saved")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("userdata")) == ["out.pdf"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_real_full_disk_keeps_the_earlier_file(window, no_real_dialogs, tmp_path, kind):
    with small_disk(tmp_path / "disk", 64) as disk:
        target = disk / "out.pdf"
        target.write_bytes(GOOD)
        fill(disk, leave=2048)
        _exports(window)[kind](target)
        assert target.read_bytes() == GOOD
        assert no_real_dialogs and "the disk is full" in no_real_dialogs[-1][1]
        assert not window.status.text().startswith("Saved")


@pytest.mark.parametrize("kind", KINDS)
def test_a_good_export_is_whole_and_then_says_saved(window, no_real_dialogs, tmp_path, kind):
    target = tmp_path / "out.pdf"
    target.write_bytes(GOOD)
    _exports(window)[kind](target)
    data = target.read_bytes()
    assert data != GOOD and no_real_dialogs == []
    assert window.status.text() == f"Saved {target}"
    if kind.endswith("pdf"):
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    else:
        assert data.rstrip().endswith(b"</html>")


def test_json_export_on_a_full_disk_keeps_the_earlier_file(window, no_real_dialogs, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "notes.json"
    target.write_text('{"earlier": true}')
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    real_write = os.write

    def write(fd, data):
        real_write(fd, bytes(data[:5]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", write)
    window.transfer.export()
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=5000)
    assert json.loads(target.read_text()) == {"earlier": True}
    assert no_real_dialogs[-1] == ("Not exported", f"Could not write {target}: the disk is full.")
    assert not window.status.text().startswith("Exported")


def test_json_export_writes_the_whole_file(window, no_real_dialogs, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "notes.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    window.transfer.export()
    qtbot.waitUntil(lambda: window.status.text().startswith("Exported"), timeout=5000)
    assert isinstance(json.loads(target.read_text()), dict)

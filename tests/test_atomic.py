"""legpain_gui.atomic.write_atomic: an export is written all at once or not at all (issue 18, failure 3)."""
from __future__ import annotations

import errno
import os

import pytest

from legpain_gui import atomic
from tests.reliability.disks import fill, make_read_only, small_disk

GOOD = b"the good earlier export\n" * 100


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "out.json"
    atomic.write_atomic(target, b"one")
    atomic.write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


def test_keeps_the_permissions_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "out.html"
    target.write_bytes(GOOD)
    os.chmod(target, 0o640)
    atomic.write_atomic(target, b"new")
    assert os.stat(target).st_mode & 0o777 == 0o640


def test_a_full_disk_in_the_middle_keeps_the_earlier_file(tmp_path, monkeypatch):
    """An ENOSPC-raising write: the earlier good file stays, no partial file is left."""
    target = tmp_path / "out.json"
    target.write_bytes(GOOD)
    real_write, calls = os.write, []

    def write(fd, data):
        calls.append(1)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data[:10]))  # a short write first, then the disk is full

    monkeypatch.setattr(atomic.os, "write", write)
    with pytest.raises(OSError) as info:
        atomic.write_atomic(target, b"x" * 100_000)
    assert atomic.describe(info.value) == "the disk is full"
    assert target.read_bytes() == GOOD
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_real_full_disk_keeps_the_earlier_file(tmp_path):
    with small_disk(tmp_path / "disk", 64) as disk:
        target = disk / "out.html"
        target.write_bytes(GOOD)
        fill(disk, leave=4096)
        with pytest.raises(OSError) as info:
            atomic.write_atomic(target, b"y" * 200_000)
        assert info.value.errno == errno.ENOSPC
        assert target.read_bytes() == GOOD
        assert sorted(p.name for p in disk.iterdir()) == [".filler", "out.html"]


def test_a_real_read_only_folder_is_refused(tmp_path):
    with small_disk(tmp_path / "disk", 64) as disk:
        (disk / "out.html").write_bytes(GOOD)
        make_read_only(disk)
        with pytest.raises(OSError) as info:
            atomic.write_atomic(disk / "out.html", b"new")
        assert info.value.errno in (errno.EROFS, errno.EACCES)
        assert (disk / "out.html").read_bytes() == GOOD


@pytest.mark.parametrize("make, why", [
    (lambda p: p.mkdir(), "it is a folder"),
    (lambda p: os.mkfifo(p), "it is not a regular file"),
    (lambda p: (p.write_bytes(GOOD), os.chmod(p, 0o444)), "the file is read-only"),
    (lambda p: None, None),
])
def test_refusals_leave_the_target_alone(tmp_path, make, why):
    target = tmp_path / "target.pdf"
    make(target)
    if why is None:
        atomic.write_atomic(target, b"fine")
        assert target.read_bytes() == b"fine"
        return
    with pytest.raises(OSError) as info:
        atomic.write_atomic(target, b"new")
    assert atomic.describe(info.value) == why
    assert target.is_dir() or target.is_fifo() or target.read_bytes() == GOOD


@pytest.mark.parametrize("name", ["", "missing/out.pdf", "x" * 5000, "a\x00b"])
def test_bad_names_are_refused_in_plain_words(tmp_path, name):
    with pytest.raises(OSError) as info:
        atomic.write_atomic(tmp_path / name if name else "", b"data")
    assert atomic.describe(info.value) and "Errno" not in atomic.describe(info.value)

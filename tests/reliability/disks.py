"""A real full disk and a real read-only folder for tests: small tmpfs mounts (root only, else skip)."""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest


def _mount(target: Path, size_kib: int) -> None:
    target.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a real full disk needs root to mount a small tmpfs (run tests/reliability/full_disk.py)")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0777", "tmpfs", str(target)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


@contextlib.contextmanager
def small_disk(target: Path, size_kib: int = 64):
    """A folder on a tmpfs of `size_kib` KiB; unmounted afterwards."""
    _mount(target, size_kib)
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk of `folder` up to `leave` bytes free."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(folder / ".filler", "wb") as handle:
        try:
            handle.write(b"\0" * max(0, free - leave))
        except OSError:
            pass


def make_read_only(folder: Path) -> None:
    """Remount the tmpfs at `folder` read-only (EROFS even for root)."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)

"""Helpers for the user-data tests: the one-sentence rule, a small real filesystem to fill or make read-only."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

FORBIDDEN = ("SELECT", "INSERT", "UPDATE ", "sqlalche.me", "Background on this error", "[SQL", "parameters",
             "Traceback", "sqlite3.", "OperationalError", "IntegrityError", "DatabaseError")


def is_one_sentence(message: str) -> bool:
    """A message for the user: one line, one sentence (no full stop followed by a new sentence), no SQL."""
    return (bool(message) and "\n" not in message and message.rstrip().endswith((".", "?"))
            and re.search(r"[.!?] [A-Z]", message) is None and not any(f in message for f in FORBIDDEN))


@pytest.fixture()
def one_sentence():
    """`one_sentence(message)` is True for a plain one-sentence message."""
    return is_one_sentence


@pytest.fixture()
def small_disk(tmp_path):
    """A 1 MB tmpfs (needs root and mount); skipped with the reason when this machine cannot mount one."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root; tests/reliability/userdata_disk.py runs the same check")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


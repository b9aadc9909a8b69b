"""An exclusive lock between processes on one computer: the operating system's lock on a small file
(`flock` on Linux and macOS, `msvcrt.locking` on Windows). The system drops it when the process holding it
ends, even by a crash, so a killed window never leaves the others locked out.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

POLL_S = 0.02


class LockTimeout(OSError):
    """Another process held the lock for longer than the caller would wait."""


@contextmanager
def exclusive(path: Path, timeout_s: float):
    """Hold the lock on `path` (created if missing) for the `with` block; `LockTimeout` after `timeout_s`.
    Two opens of the same file exclude each other even inside one process (as flock does): callers serialise
    their own threads first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout_s
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise LockTimeout(f"{path} is held by another process")
            time.sleep(POLL_S)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if os.name == "nt":  # pragma: no cover (Windows; the Wine smoke test runs it)
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

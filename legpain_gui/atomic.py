"""Writing an export file all at once or not at all.

`write_atomic(path, data)` writes `data` to a temporary file in the same folder, flushes it to disk, checks
its size, and only then renames it over `path`: a full disk, a read-only folder or a crash leaves the
previous file (if any) exactly as it was, never a truncated or empty one. It refuses, with an OSError whose
`strerror` is a plain phrase, a path that is empty, a folder, not a regular file (a FIFO or a device, which
would block or never hold the data) or a read-only file (which the person has protected on purpose).
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


def _refuse(code: int, why: str, path: Path) -> OSError:
    return OSError(code, why, str(path))


def check_target(path: Path) -> None:
    """Raise OSError (with a plain `strerror`) unless `path` can take a new file."""
    if not str(path) or str(path) == ".":
        raise _refuse(errno.EINVAL, "no file name was given", path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte, a folder in the path that is a file
        raise _refuse(getattr(exc, "errno", None) or errno.EINVAL,
                      getattr(exc, "strerror", None) or "the name cannot be used", path) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise _refuse(errno.EISDIR, "it is a folder", path)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(errno.EINVAL, "it is not a regular file", path)
        if not info.st_mode & 0o222 or not os.access(path, os.W_OK):  # no write bit: protected, even from root
            raise _refuse(errno.EACCES, "the file is read-only", path)
    parent = path.parent
    if not parent.is_dir():
        raise _refuse(errno.ENOENT, "the folder does not exist", path)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise _refuse(errno.EACCES, "the folder is read-only", path)


def write_atomic(path, data: bytes) -> None:
    """Replace `path` with `data`, all or nothing (see the module docstring)."""
    path = Path(path)
    check_target(path)
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:60]}.", suffix=".part")
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if os.path.getsize(tmp) != len(data):
            raise OSError(errno.EIO, "the file came out shorter than it should be", str(path))
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)  # keep the permissions of the file being replaced
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # the rename itself on disk (best effort: not every system can open a folder)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def describe(exc: BaseException) -> str:
    """The reason of a failed write as a short phrase (no errno numbers, no Python class names)."""
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "the disk is full"
        if exc.errno == errno.EDQUOT:
            return "the disk quota is used up"
        if exc.errno == errno.EROFS:
            return "the disk is read-only"
        if exc.strerror:
            return exc.strerror[:1].lower() + exc.strerror[1:]
    return str(exc) or exc.__class__.__name__

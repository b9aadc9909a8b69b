"""Checks of the knowledge-base file itself, with the standard library only (no SQLAlchemy).

Used before anything reads the file: by `kb.store` and by `kb.first_view`, which shows the first data on
screen before SQLAlchemy has been imported. Each problem raises `KnowledgeBaseError` with one sentence.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from legpain_gui.kb.vocab import SCHEMA_VERSION

if TYPE_CHECKING:  # imported where used: the window asks `has_manifest` before it shows, and json and sqlite3
    import sqlite3  # (with datetime) are 5-8 ms of imports the background thread can do after

SQLITE_HEADER = b"SQLite format 3\x00"


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be used; str() is one sentence for the user."""


def ro_uri(path: Path) -> str:
    """The SQLite URI that opens `path` read-only."""
    return f"file:{quote(str(path))}?mode=ro"


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only stdlib connection (mode=ro plus query_only)."""
    import sqlite3

    con = sqlite3.connect(ro_uri(path), uri=True)
    con.execute("PRAGMA query_only = ON")
    return con


def shown(path: Path, width: int = 120) -> str:
    """A path as one readable piece of a sentence (a 5,000-character path is cut in the middle)."""
    text = str(path).encode("utf-8", "replace").decode("utf-8").replace("\n", " ")
    return text if len(text) <= width else text[: width // 2] + "…" + text[-(width // 2 - 1):]


def check_regular(path: Path) -> None:
    """Raise KnowledgeBaseError unless `path` is an existing regular file. Nothing is opened: a FIFO or a
    device would block the first read forever."""
    import os
    import stat

    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise KnowledgeBaseError(f"The knowledge base file {shown(path)} does not exist.") from None
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte, no permission on a folder
        why = getattr(exc, "strerror", None) or "the name cannot be used"
        raise KnowledgeBaseError(f"The knowledge base path {shown(path)} cannot be used ({why}).") from None
    if not stat.S_ISREG(mode):
        raise KnowledgeBaseError(f"The knowledge base path {shown(path)} is not a file.")


def check_file(path: Path, quick_check: bool = True) -> None:
    """Raise KnowledgeBaseError unless `path` looks like a knowledge base this app can read.

    `quick_check` runs SQLite's structural check over every page. When the build manifest is verified
    instead (`check_manifest`), it is skipped: a file byte-identical to the one the build wrote and checked
    cannot be structurally damaged, and the hash costs a tenth of the time.
    """
    import sqlite3

    check_regular(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise KnowledgeBaseError(f"The knowledge base file {path} cannot be read ({exc.strerror}).") from None
    if header != SQLITE_HEADER:
        raise KnowledgeBaseError(f"The knowledge base file {path} is damaged or not a knowledge base (not an SQLite file).")
    try:
        con = sqlite3.connect(ro_uri(path), uri=True)
        try:
            status = con.execute("PRAGMA quick_check").fetchone()[0] if quick_check else "ok"
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise KnowledgeBaseError(f"The knowledge base file {path} is damaged ({exc}).") from None
    if status != "ok":
        raise KnowledgeBaseError(f"The knowledge base file {path} is damaged (integrity check failed).")
    if "meta" not in tables or "condition" not in tables:
        raise KnowledgeBaseError(f"The file {path} is an SQLite file but not a legpain-gui knowledge base.")
    if version != SCHEMA_VERSION:
        raise KnowledgeBaseError(
            f"The knowledge base file {path} has schema version {version}; this version of the app reads "
            f"schema version {SCHEMA_VERSION}.")


def file_blake2b(path: Path) -> str:
    """BLAKE2b of a file's bytes. The manifest check uses it rather than SHA-256: it is as sound for this
    purpose, twice as fast without OpenSSL, and Python's built-in module for it does not load OpenSSL's
    library (3.7 MB of memory before the first screen)."""
    from _blake2 import blake2b  # what hashlib.blake2b is, without hashlib's OpenSSL import

    digest = blake2b()
    # Small for the bundled file: this runs before the first screen, where memory is measured. Large for a
    # large file: the hash gives up the GIL for each piece and waits to get it back (up to 5 ms when another
    # thread is busy in Python), so 64 KiB pieces of a 150 MB file would wait thousands of times.
    buffer = bytearray(1 << 16 if path.stat().st_size < (64 << 20) else 1 << 22)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as handle:
        while True:
            n = handle.readinto(buffer)
            if not n:
                break
            digest.update(view[:n])
    return digest.hexdigest()


def has_manifest(path: Path) -> bool:
    """Whether a build manifest lies beside `path` (False for a name that cannot take one, or is too long)."""
    try:
        return Path(path).with_suffix(".manifest.json").exists()
    except (OSError, ValueError):
        return False


def check_manifest(path: Path) -> None:
    """Compare the file with the manifest written beside it at build time (schema version, BLAKE2b)."""
    manifest_path = path.with_suffix(".manifest.json")
    if not manifest_path.exists():
        raise KnowledgeBaseError(f"The knowledge base {path} has no manifest ({manifest_path.name}); "
                                 "the installation is incomplete.")
    try:
        import json

        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        expected_schema = int(manifest["schema_version"])
    except (OSError, ValueError, KeyError, TypeError):
        raise KnowledgeBaseError(f"The manifest {manifest_path} is damaged.") from None
    if expected_schema != SCHEMA_VERSION:
        raise KnowledgeBaseError(f"The knowledge base {path} is for schema version {expected_schema}; this version "
                                 f"of the app reads schema version {SCHEMA_VERSION}.")
    expected = manifest.get("blake2b")
    if not isinstance(expected, str):
        raise KnowledgeBaseError(f"The manifest {manifest_path} is damaged (it has no BLAKE2b digest).")
    if file_blake2b(path) != expected:
        raise KnowledgeBaseError(f"The knowledge base file {path} does not match its manifest: it is damaged or "
                                 "was changed after it was built.")


def check(path: Path, verify_manifest: bool) -> None:
    """Every check before a read: the manifest's hash when asked for, SQLite's quick check otherwise; then,
    unless this is the bundled file verified by its manifest, every value (kb.values, about 30 ms)."""
    check_file(path, quick_check=not verify_manifest)
    if verify_manifest:
        check_manifest(path)
    if _values_checked(path, verify_manifest):
        _check_values(path)


def _values_checked(path: Path, verify_manifest: bool) -> bool:
    """Whether `check` checks every value: always, unless this is the bundled file verified by its manifest
    (a manifest beside a --db file proves nothing about it)."""
    return not (verify_manifest and _is_bundled(path))


def _check_values(path: Path) -> None:
    from legpain_gui.kb.values import check_values

    con = connect_ro(path)
    try:
        check_values(con, path)
    finally:
        con.close()


def _is_bundled(path: Path) -> bool:
    from legpain_gui import paths

    try:
        return Path(path).resolve() == paths.default_kb_path().resolve()
    except (OSError, RuntimeError):
        return False


class CheckInThread:
    """`check(path, verify_manifest)` off the calling thread (hashing and SQLite release the GIL, so the
    caller can read or import meanwhile); `result()` waits and raises the KnowledgeBaseError, if any.

    The file's own checks (`check_file`, the manifest's hash) and the value check run on two threads at
    once: on a large --db file each takes a few hundred milliseconds, and the machine has two cores. The
    answer is the one `check` gives: the value check's failure counts only when the file's checks passed.

    Why the first screen waits for it, rather than being shown and the file verified after: nothing of an
    unchecked file reaches the screen (a crafted --db file's values are exactly what the check refuses), and
    a refusal after the list was shown would take away what the person had already started reading. Checking
    less (the header and schema version only) would let a file damaged after installation through."""

    def __init__(self, path: Path, verify_manifest: bool):
        import threading

        self._errors: list[BaseException | None] = [None, None]

        def run(i: int, work) -> None:
            try:
                work()
            except BaseException as exc:  # handed to result()
                self._errors[i] = exc

        def own() -> None:
            check_file(path, quick_check=not verify_manifest)
            if verify_manifest:
                check_manifest(path)

        def values() -> None:
            check_regular(path)  # a FIFO or a device would block the open forever
            _check_values(path)

        work = [own] + ([values] if _values_checked(path, verify_manifest) else [])
        self._threads = [threading.Thread(target=run, args=(i, w), name=f"kb-check-{i}", daemon=True)
                         for i, w in enumerate(work)]
        for thread in self._threads:
            thread.start()

    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def result(self) -> None:
        for i, thread in enumerate(self._threads):  # the file's own checks answer first
            thread.join()
            if self._errors[i] is not None:  # read after the join: set by the thread
                raise self._errors[i]

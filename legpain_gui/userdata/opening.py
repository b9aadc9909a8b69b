"""Opening the person's data file safely: recognise it before anything writes to it.

A file this app did not write, or cannot recognise, is never changed: a foreign or garbage file is moved
aside (renamed, byte for byte unchanged) and a fresh one started; a damaged one of ours is moved aside too,
and what can still be read from it is copied into the fresh one. A file from a newer version, or one that
cannot be read at all (a folder, no permission, a lock), is left alone and the person's data is off for the
session; the reference itself keeps working. Every SQLite URI is built from the quoted path, so `?`, `#`
and `%` in a folder name are just characters.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from legpain_gui.kb.vocab import USER_SCHEMA_VERSION
from legpain_gui.userdata.errors import UserDataError, reason

SQLITE_HEADER = b"SQLite format 3\x00"
# The tables of every version since 1, with their columns; version N has the first N+1 entries of TABLES_AT.
COLUMNS = {
    "favourite": {"condition_id", "added"},
    "note": {"condition_id", "text", "updated"},
    "comparison_set": {"name", "ids_json", "updated"},
    "checker_session": {"name", "data_json", "updated"},
}
TABLES_AT = {0: set(), 1: {"favourite", "note"}, 2: {"favourite", "note", "comparison_set"},
             3: {"favourite", "note", "comparison_set", "checker_session"}}
OFF = "Your notes, favourites, sets and sessions are off for now"


def sqlite_uri(path: Path, mode: str) -> str:
    """`file:` URI of `path` with every special character quoted (mode: ro, rw or rwc)."""
    text = str(path)
    if os.name == "nt":  # file:///C:/folder/file
        text = "/" + Path(path).resolve().as_posix()
    return f"file:{quote(text, safe='/:')}?mode={mode}"


def connect(path: Path, mode: str, timeout: float = 5.0) -> sqlite3.Connection:
    """A stdlib connection through the quoted URI; autocommit (the caller issues BEGIN)."""
    return sqlite3.connect(sqlite_uri(path, mode), uri=True, timeout=timeout, isolation_level=None,
                           check_same_thread=False)


@dataclass(frozen=True)
class Verdict:
    """What `inspect` found: new, ours, newer, foreign or damaged (with a one-sentence why)."""

    kind: str
    why: str = ""


def inspect(path: Path) -> Verdict:
    """Look at the file at `path` read-only; raise UserDataError when it cannot be looked at."""
    if not path.exists() and not path.is_symlink():
        return Verdict("new")
    if path.is_dir():
        raise UserDataError(f"{OFF}: {path} is a folder, not a file.")
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise UserDataError(f"{OFF}: {reason(exc, path)}.") from None
    if header == b"":
        return Verdict("new")  # an empty file holds nothing: SQLite treats it as a new database
    if header != SQLITE_HEADER:
        return Verdict("foreign", "it is not a legpain-gui data file")
    try:
        con = connect(path, "ro")
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            entries = con.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
            columns = {t: {row[1] for row in con.execute(f'PRAGMA table_info("{t}")')}
                       for kind, t, _ in entries if kind == "table" and t in COLUMNS}
            status = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return Verdict("damaged", "it is damaged")
        raise UserDataError(f"{OFF}: {reason(exc, path)}.") from None
    tables = {name for kind, name, _ in entries if kind == "table" and not name.startswith("sqlite_")}
    if version > USER_SCHEMA_VERSION:  # whatever a newer version did to it is not ours to move
        raise UserDataError(f"{OFF}: {path} was written by a newer version of legpain-gui; it was left unchanged.")
    foreign = (not 0 <= version <= USER_SCHEMA_VERSION or not tables <= set(COLUMNS)
               or not TABLES_AT[min(max(version, 0), USER_SCHEMA_VERSION)] <= tables
               or any(columns.get(t) != COLUMNS[t] for t in tables)
               or any(kind != "table" and not (kind == "index" and name.startswith("sqlite_autoindex_"))
                      for kind, name, _ in entries))
    if foreign:
        return Verdict("foreign", "it is not a legpain-gui data file this version can recognise")
    if status != "ok":
        return Verdict("damaged", "it is damaged")
    return Verdict("ours")


def move_aside(path: Path) -> Path:
    """Rename `path` (and its -wal and -shm companions) to a free name beside it; returns the new path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        target = path.with_name(f"{path.name}.set-aside-{stamp}" + (f"-{n}" if n else ""))
        if not any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm")):
            break
    try:
        for suffix in ("-wal", "-shm", ""):
            if Path(f"{path}{suffix}").exists():
                os.rename(f"{path}{suffix}", f"{target}{suffix}")
    except OSError as exc:
        raise UserDataError(f"{OFF}: {path} is not usable and could not be moved aside "
                            f"({reason(exc, path)}); it was left unchanged.") from None
    return target


def salvage(old: Path) -> dict[str, list[tuple]]:
    """Rows still readable from a damaged file (table -> rows), read-only; whatever fails is skipped."""
    rows: dict[str, list[tuple]] = {}
    try:
        con = connect(old, "ro", timeout=1.0)
    except sqlite3.Error:
        return rows
    try:
        for table, cols in (("favourite", "condition_id, added"), ("note", "condition_id, text, updated"),
                            ("comparison_set", "name, ids_json, updated"),
                            ("checker_session", "name, data_json, updated")):
            got: list[tuple] = []
            try:
                for row in con.execute(f"SELECT {cols} FROM {table}"):
                    got.append(row)
            except sqlite3.Error:
                pass  # keep what was read before the damaged page
            rows[table] = got
    finally:
        con.close()
    return rows


# from-version -> the SQL bringing the file to from-version + 1. Plain SQL, not the models, so that a
# migration never changes when the models do. A small migrator of our own rather than Alembic: one file, a
# handful of additive steps, no run-time dependency; the standard library runs it, so a returning user's
# start-up never waits for SQLAlchemy to be imported (about 0.4 s).
MIGRATIONS = {
    0: ("CREATE TABLE IF NOT EXISTS favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS note (condition_id VARCHAR PRIMARY KEY, text TEXT NOT NULL, updated VARCHAR NOT NULL)"),
    1: ("CREATE TABLE IF NOT EXISTS comparison_set (name VARCHAR PRIMARY KEY, ids_json TEXT NOT NULL, "
        "updated VARCHAR NOT NULL)",),
    2: ("CREATE TABLE IF NOT EXISTS checker_session (name VARCHAR PRIMARY KEY, data_json TEXT NOT NULL, "
        "updated VARCHAR NOT NULL)",),
}
PRAGMAS = ("PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL")
QUICK_RETRIES, QUICK_REFUSAL_S = 8, 1.0  # an immediate 'locked' at opening is tried again (`_open_and_migrate`)


@dataclass(frozen=True)
class Opened:
    """The data file made ready to use by `prepare`: at the current version, with a sentence to show once
    (`notice`: it was moved aside) and the rows read from a damaged one, to copy into the fresh file."""

    path: Path
    notice: str | None = None
    rescued: dict | None = None


def connect_rw(path: Path) -> sqlite3.Connection:
    """A read-write connection (creating the file) with the pragmas every connection to it has."""
    con = connect(path, "rwc")
    try:
        for pragma in PRAGMAS:
            con.execute(pragma)
    except BaseException:
        con.close()
        raise
    return con


def prepare(path: Path) -> Opened:
    """Recognise the file at `path` (moving aside one that is not ours or is damaged), open it read-write
    once and bring it to the current version: every problem the data file can have at opening is found here,
    with the standard library, and raised as UserDataError with one sentence."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        verdict = inspect(path)
    except OSError as exc:
        raise UserDataError(f"{OFF}: {reason(exc, path.parent)}.") from None
    notice = rescued = None
    if verdict.kind in ("foreign", "damaged"):
        aside = move_aside(path)
        rescued = salvage(aside) if verdict.kind == "damaged" else None
        notice = (f"The data file {path} was set aside because {verdict.why}: it was kept unchanged as "
                  f"{aside.name}, and a new one was started"
                  + (" with what could still be read from it." if rescued is not None else "."))
    try:
        _open_and_migrate(path)
    except (sqlite3.Error, OSError) as exc:
        why = reason(exc, path)
        if not os.access(path.parent, os.W_OK):
            why = f"the folder {path.parent} is read-only, so nothing can be saved there"
        raise UserDataError(f"{OFF}: {why}.") from None
    return Opened(path, notice, rescued)


def _open_and_migrate(path: Path) -> None:
    """Open read-write and migrate. Two copies of the app starting at once can meet while one switches a new file
    to WAL: SQLite then reports the file locked at once, without waiting (the busy timeout covers the other
    waits). Such an immediate refusal is tried again a few times; a lock that outlasted the wait is not."""
    for attempt in range(QUICK_RETRIES + 1):
        started = time.monotonic()
        try:
            con = connect_rw(path)
            try:
                _migrate(con)
            finally:
                con.close()
            return
        except sqlite3.OperationalError as exc:
            quick = time.monotonic() - started < QUICK_REFUSAL_S
            if attempt == QUICK_RETRIES or not quick or not ("locked" in str(exc) or "busy" in str(exc)):
                raise
            time.sleep(0.05 * (attempt + 1))


def _migrate(con: sqlite3.Connection) -> None:
    if con.execute("PRAGMA user_version").fetchone()[0] == USER_SCHEMA_VERSION:
        return  # nothing to write: a read-only file of the current version still opens for reading
    con.execute("BEGIN IMMEDIATE")
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        while version < USER_SCHEMA_VERSION:
            for statement in MIGRATIONS[version]:
                con.execute(statement)
            version += 1
            con.execute(f"PRAGMA user_version = {version}")
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise

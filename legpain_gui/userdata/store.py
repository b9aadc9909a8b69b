"""The person's own data: favourites, notes, comparison sets and checker sessions, in one SQLite file in the
user-data folder.

Separate from the bundled knowledge base, which is never written. WAL mode; every write is one short
transaction taken with BEGIN IMMEDIATE, so a read-then-write (a merge, a note saved over the text it was
based on, a whole import) cannot interleave with another window or process, and a crash loses at most the
write in flight. The file is recognised before anything writes to it (userdata/opening.py). The schema
carries a version (`PRAGMA user_version`) and `MIGRATIONS` upgrades older files step by step. Every failure
is a `UserDataError` with one sentence for the user.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from sqlalchemy import String, Text, create_engine, delete, event, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import QueuePool

from legpain_gui.kb.vocab import USER_FILE_NAME as FILE_NAME
from legpain_gui.kb.vocab import USER_SCHEMA_VERSION
from legpain_gui.text import clean
from legpain_gui.userdata import opening
from legpain_gui.userdata.errors import BadName, ImportCancelled, NoteConflict, UserDataError, reason
from legpain_gui.userdata.transfer import (
    EXPORT_FORMAT, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, CheckedImport, ImportRefused, check_import,
    check_session,
)

__all__ = ["FILE_NAME", "USER_SCHEMA_VERSION", "EXPORT_FORMAT", "UserData", "UserDataError", "NoteConflict"]


class UserBase(DeclarativeBase):
    """Declarative base of the user-data models."""


class Favourite(UserBase):
    __tablename__ = "favourite"
    condition_id: Mapped[str] = mapped_column(String, primary_key=True)
    added: Mapped[str] = mapped_column(String)


class Note(UserBase):
    __tablename__ = "note"
    condition_id: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated: Mapped[str] = mapped_column(String)


class ComparisonSet(UserBase):
    __tablename__ = "comparison_set"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    ids_json: Mapped[str] = mapped_column(Text)
    updated: Mapped[str] = mapped_column(String)


class CheckerSession(UserBase):
    __tablename__ = "checker_session"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    data_json: Mapped[str] = mapped_column(Text)
    updated: Mapped[str] = mapped_column(String)


MIGRATIONS = opening.MIGRATIONS  # from-version -> the SQL to the next (run by opening.prepare)
MERGE_MARK = "\n\n--- imported ---\n"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _text(value) -> str:
    """A stored value as text, whatever another program put in the column."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _ids(ids_json) -> list[str] | None:
    try:
        ids = json.loads(_text(ids_json))
    except (ValueError, RecursionError):
        return None
    return ids if isinstance(ids, list) and all(isinstance(i, str) for i in ids) else None


def _session(data_json) -> dict | None:
    try:
        return check_session(json.loads(_text(data_json)))
    except (ValueError, RecursionError):
        return None


class UserData:
    """Favourites, notes, sets and sessions of one person. `notice` is a sentence to show once (a file
    that was moved aside when opening), or None."""

    def __init__(self, folder: Path, opened: opening.Opened | None = None):
        """`opened`: what `opening.prepare` returned for this folder's file, when the caller ran it already
        (the app does, at start-up, without SQLAlchemy); otherwise it is run here."""
        self.path = Path(folder) / FILE_NAME
        opened = opened or opening.prepare(self.path)
        self.notice: str | None = opened.notice
        self.engine = create_engine("sqlite://", creator=lambda: opening.connect_rw(self.path),
                                    poolclass=QueuePool, pool_size=2)

        @event.listens_for(self.engine, "begin")
        def _begin(conn):  # the driver is in autocommit: transactions are ours, writes take the lock at once
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

        if opened.rescued:
            try:
                self._restore(opened.rescued)
            except UserDataError:
                self.engine.dispose()
                raise

    @contextmanager
    def _read(self, what: str):
        try:
            with self.engine.connect() as conn:
                yield conn
        except UserDataError:
            raise
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise UserDataError(f"{what} could not be read: {reason(exc, self.path)}.") from None

    @contextmanager
    def _write(self, what: str):
        """One IMMEDIATE transaction: committed when the block ends, rolled back on any exception."""
        try:
            with self.engine.connect().execution_options(write=True) as conn, conn.begin():
                yield conn
        except UserDataError:
            raise
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise UserDataError(f"{what} was not saved: {reason(exc, self.path)}.") from None

    def _restore(self, rescued: dict[str, list[tuple]]) -> None:
        """Copy rows read from a damaged file into the fresh one (each row as the model expects it)."""
        with self._write("What could be read from the damaged file") as conn:
            for model, keys in ((Favourite, ("condition_id", "added")), (Note, ("condition_id", "text", "updated")),
                                (ComparisonSet, ("name", "ids_json", "updated")),
                                (CheckerSession, ("name", "data_json", "updated"))):
                for row in rescued.get(model.__tablename__, []):
                    values = {k: _text(v) for k, v in zip(keys, row)}
                    conn.execute(insert(model).values(values).on_conflict_do_nothing())

    def close(self) -> None:
        self.engine.dispose()

    # favourites
    def favourites(self) -> set[str]:
        with self._read("Your favourites") as conn:
            return {_text(v) for v in conn.scalars(select(Favourite.condition_id))}

    def set_favourite(self, condition_id: str, on: bool) -> None:
        with self._write("The favourite") as conn:
            if on:
                conn.execute(insert(Favourite).values(condition_id=clean(condition_id), added=_now())
                             .on_conflict_do_nothing())
            else:
                conn.execute(delete(Favourite).where(Favourite.condition_id == clean(condition_id)))

    # comparison sets
    def comparison_sets(self) -> dict[str, list[str]]:
        """The saved sets; a set whose stored list is damaged is left out (and left in the file)."""
        with self._read("Your comparison sets") as conn:
            rows = conn.execute(select(ComparisonSet.name, ComparisonSet.ids_json).order_by(ComparisonSet.name)).all()
        return {_text(name): ids for name, ids_json in rows if (ids := _ids(ids_json)) is not None}

    def save_comparison_set(self, name: str, ids: list[str]) -> None:
        self._save_named(ComparisonSet, ComparisonSet.ids_json, name, json.dumps(list(ids)), "A comparison set")

    def _save_named(self, model, column, name: str, text: str, what: str) -> None:
        """Insert or replace the row called `name` (a set or a session) in one transaction."""
        name = clean(name).strip()
        if not name:
            raise BadName(f"{what} needs a name.")
        if len(name) > MAX_NAME_CHARS:
            raise BadName(f"{what}'s name can be at most {MAX_NAME_CHARS} characters; it was not saved.")
        with self._write(what) as conn:
            stmt = insert(model).values({"name": name, column.key: text, "updated": _now()})
            conn.execute(stmt.on_conflict_do_update(index_elements=[model.name],
                                                    set_={column.key: text, "updated": _now()}))

    def delete_comparison_set(self, name: str) -> None:
        with self._write("The deletion of the set") as conn:
            conn.execute(delete(ComparisonSet).where(ComparisonSet.name == name))

    # checker sessions
    def checker_sessions(self) -> dict[str, dict | None]:
        """The saved sessions, each checked as an import is; None for one that is damaged."""
        with self._read("Your checker sessions") as conn:
            rows = conn.execute(select(CheckerSession.name, CheckerSession.data_json)
                                .order_by(CheckerSession.name)).all()
        return {_text(name): _session(data) for name, data in rows}

    def save_checker_session(self, name: str, data: dict) -> None:
        self._save_named(CheckerSession, CheckerSession.data_json, name, json.dumps(data, ensure_ascii=False),
                         "A session")

    def delete_checker_session(self, name: str) -> None:
        with self._write("The deletion of the session") as conn:
            conn.execute(delete(CheckerSession).where(CheckerSession.name == name))

    # notes
    def note(self, condition_id: str) -> str:
        if len(condition_id) > MAX_ID_CHARS:
            return ""
        with self._read("Your note") as conn:
            return _text(conn.scalar(select(Note.text).where(Note.condition_id == clean(condition_id))))

    def notes(self) -> dict[str, str]:
        with self._read("Your notes") as conn:
            return {_text(k): _text(v) for k, v in conn.execute(select(Note.condition_id, Note.text))}

    def save_note(self, condition_id: str, text: str, base: str | list[str] | None = None) -> str:
        """Save (or, for empty text, delete) the note of a condition; returns the text now stored.

        With `base` (the text this window last read, or every text it may have written since), NoteConflict
        is raised instead of writing when the stored note is none of them: another window or program wrote it."""
        text, condition_id = clean(text), clean(condition_id)
        if len(condition_id) > MAX_ID_CHARS:
            raise UserDataError("This note was not saved: its condition id is too long.")
        if len(text) > MAX_NOTE_CHARS:
            raise UserDataError(f"This note was not saved: it is longer than {MAX_NOTE_CHARS:,} characters.")
        with self._write("Your note") as conn:
            current = _text(conn.scalar(select(Note.text).where(Note.condition_id == condition_id)))
            bases = [base] if isinstance(base, str) else list(base or [])
            if bases and current != text and current not in {clean(b) for b in bases}:
                raise NoteConflict(condition_id, current)
            self._put_note(conn, condition_id, text)
        return text if text.strip() else ""

    @staticmethod
    def _put_note(conn, condition_id: str, text: str) -> None:
        if text.strip():
            stmt = insert(Note).values(condition_id=condition_id, text=text, updated=_now())
            conn.execute(stmt.on_conflict_do_update(index_elements=[Note.condition_id],
                                                    set_={"text": text, "updated": _now()}))
        else:
            conn.execute(delete(Note).where(Note.condition_id == condition_id))

    # moving to another workstation
    def export_data(self) -> dict:
        """Notes and favourites (and saved sets and sessions) as a JSON-ready dict."""
        return {"format": EXPORT_FORMAT, "version": 1, "exported": _now(),
                "favourites": sorted(self.favourites()), "notes": self.notes(),
                "comparison_sets": self.comparison_sets(),
                "checker_sessions": {k: v for k, v in self.checker_sessions().items() if v is not None}}

    def import_conflicts(self, data, known_ids: set[str] | None = None) -> list[str]:
        """Condition ids whose note would be replaced by a different note in `data` (ImportRefused if the
        file is not acceptable)."""
        checked = data if isinstance(data, CheckedImport) else check_import(data, known_ids)
        current = self.notes()
        return sorted(cid for cid, text in checked.notes.items()
                      if cid in current and current[cid] != text and text not in current[cid])

    def import_data(self, data, replace_notes: bool = False, known_ids: set[str] | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> dict[str, int]:
        """Merge exported data in, in one transaction: all of it or (refused, cancelled, failed) none.

        A note that differs is replaced only when `replace_notes`; otherwise the imported text is added
        below the existing note, so nothing is lost. Existing sets and sessions are never overwritten.
        Returns counts of what changed and of what was left out (see `transfer.summary`)."""
        checked = data if isinstance(data, CheckedImport) else check_import(data, known_ids)
        counts = {"favourites": 0, "notes": 0, "notes_merged": 0, "comparison_sets": 0, "checker_sessions": 0,
                  "unknown": checked.unknown, "blank": checked.blank, "too_long": 0, "existing": 0}
        total, done = max(checked.size(), 1), 0

        def step() -> None:
            nonlocal done
            done += 1
            if done % 200 == 0 or done == total:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, total)

        with self._write("The import") as conn:
            favourites = set(conn.scalars(select(Favourite.condition_id)))
            for cid in checked.favourites:
                if cid not in favourites:
                    conn.execute(insert(Favourite).values(condition_id=cid, added=_now()).on_conflict_do_nothing())
                    counts["favourites"] += 1
                step()
            current = {_text(k): _text(v) for k, v in conn.execute(select(Note.condition_id, Note.text))}
            for cid, text in checked.notes.items():
                mine = current.get(cid, "")
                if not mine.strip():
                    self._put_note(conn, cid, text)
                    counts["notes"] += 1
                elif mine != text and (replace_notes or text not in mine):
                    new = text if replace_notes else f"{mine}{MERGE_MARK}{text}"
                    if len(new) > MAX_NOTE_CHARS:
                        counts["too_long"] += 1
                    else:
                        self._put_note(conn, cid, new)
                        counts["notes_merged"] += 1
                step()
            for model, column, key, items in (
                    (ComparisonSet, "ids_json", "comparison_sets", checked.comparison_sets),
                    (CheckerSession, "data_json", "checker_sessions", checked.checker_sessions)):
                taken = set(conn.scalars(select(model.name)))
                for name, value in items.items():
                    if name in taken:
                        counts["existing"] += 1
                    else:
                        conn.execute(insert(model).values({"name": name, column: json.dumps(value, ensure_ascii=False),
                                                           "updated": _now()}))
                        counts[key] += 1
                    step()
            if cancelled is not None and cancelled():
                raise ImportCancelled()
        return counts


__all__ += ["ImportRefused", "ImportCancelled"]

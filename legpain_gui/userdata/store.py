"""The person's own data: favourites and notes, in one SQLite file in the user-data folder.

Separate from the bundled knowledge base, which is never written. WAL mode; every write is one short
transaction, so a crash loses at most the write in flight. The schema carries a version
(`PRAGMA user_version`) and `MIGRATIONS` upgrades older files step by step.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import String, Text, create_engine, delete, event, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from legpain_gui.text import clean
from legpain_gui.kb.vocab import USER_FILE_NAME as FILE_NAME
from legpain_gui.kb.vocab import USER_SCHEMA_VERSION


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


def _migrate_0_to_1(conn) -> None:
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL)")
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS note (condition_id VARCHAR PRIMARY KEY, text TEXT NOT NULL, "
                         "updated VARCHAR NOT NULL)")


def _migrate_1_to_2(conn) -> None:
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS comparison_set (name VARCHAR PRIMARY KEY, ids_json TEXT NOT NULL, "
                         "updated VARCHAR NOT NULL)")


def _migrate_2_to_3(conn) -> None:
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS checker_session (name VARCHAR PRIMARY KEY, data_json TEXT NOT NULL, "
                         "updated VARCHAR NOT NULL)")


# from-version -> function bringing the file to from-version + 1. Written as SQL, not from the models, so
# that a migration never changes when the models do. A small migrator of our own rather than Alembic:
# one file, a handful of additive steps, no run-time dependency, and it runs inside the frozen app.
MIGRATIONS = {0: _migrate_0_to_1, 1: _migrate_1_to_2, 2: _migrate_2_to_3}
EXPORT_FORMAT = "legpain-gui personal data"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class UserData:
    """Favourites and notes of one person."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / FILE_NAME
        self._refuse_newer()
        self.engine = create_engine(f"sqlite:///{self.path}")

        @event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_connection, _record):
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
            dbapi_connection.execute("PRAGMA synchronous = FULL")
            dbapi_connection.execute("PRAGMA busy_timeout = 5000")

        self._migrate()

    def _refuse_newer(self) -> None:
        """Check the version before anything (WAL included) touches a file a newer app wrote."""
        import sqlite3

        if not self.path.exists():
            return
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
        if version > USER_SCHEMA_VERSION:
            raise RuntimeError(f"{self.path} was written by a newer version of legpain-gui "
                               f"(user-data schema {version}); it was left unchanged.")

    def _migrate(self) -> None:
        with self.engine.begin() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
            if version > USER_SCHEMA_VERSION:
                raise RuntimeError(f"{self.path} was written by a newer version of legpain-gui "
                                   f"(user-data schema {version}); it was left unchanged.")
            while version < USER_SCHEMA_VERSION:
                MIGRATIONS[version](conn)
                version += 1
                conn.exec_driver_sql(f"PRAGMA user_version = {version}")

    def close(self) -> None:
        self.engine.dispose()

    # favourites
    def favourites(self) -> set[str]:
        with Session(self.engine) as session:
            return set(session.scalars(select(Favourite.condition_id)))

    def set_favourite(self, condition_id: str, on: bool) -> None:
        with Session(self.engine) as session, session.begin():
            if on:
                session.execute(insert(Favourite).values(condition_id=condition_id, added=_now())
                                .on_conflict_do_nothing())
            else:
                session.execute(delete(Favourite).where(Favourite.condition_id == condition_id))

    # comparison sets
    def comparison_sets(self) -> dict[str, list[str]]:
        import json

        with Session(self.engine) as session:
            return {name: json.loads(ids) for name, ids in
                    session.execute(select(ComparisonSet.name, ComparisonSet.ids_json).order_by(ComparisonSet.name))}

    def save_comparison_set(self, name: str, ids: list[str]) -> None:
        import json

        self._save_named(ComparisonSet, ComparisonSet.ids_json, name, json.dumps(list(ids)), "A comparison set")

    def _save_named(self, model, column, name: str, text: str, what: str) -> None:
        """Insert or replace the row called `name` (a set or a session) in one transaction."""
        name = clean(name, 200).strip()
        if not name:
            raise ValueError(f"{what} needs a name.")
        with Session(self.engine) as session, session.begin():
            stmt = insert(model).values({"name": name, column.key: text, "updated": _now()})
            session.execute(stmt.on_conflict_do_update(index_elements=[model.name],
                                                       set_={column.key: text, "updated": _now()}))

    def delete_comparison_set(self, name: str) -> None:
        with Session(self.engine) as session, session.begin():
            session.execute(delete(ComparisonSet).where(ComparisonSet.name == name))

    # checker sessions
    def checker_sessions(self) -> dict[str, dict]:
        import json

        with Session(self.engine) as session:
            return {name: json.loads(data) for name, data in
                    session.execute(select(CheckerSession.name, CheckerSession.data_json).order_by(CheckerSession.name))}

    def save_checker_session(self, name: str, data: dict) -> None:
        import json

        self._save_named(CheckerSession, CheckerSession.data_json, name, json.dumps(data, ensure_ascii=False),
                         "A session")

    def delete_checker_session(self, name: str) -> None:
        with Session(self.engine) as session, session.begin():
            session.execute(delete(CheckerSession).where(CheckerSession.name == name))

    # moving to another workstation
    def export_data(self) -> dict:
        """Notes and favourites (and saved sets and sessions) as a JSON-ready dict."""
        return {"format": EXPORT_FORMAT, "version": 1, "exported": _now(),
                "favourites": sorted(self.favourites()), "notes": self.notes(),
                "comparison_sets": self.comparison_sets(), "checker_sessions": self.checker_sessions()}

    def import_conflicts(self, data: dict) -> list[str]:
        """Condition ids whose note would be replaced by a different note in `data`."""
        current = self.notes()
        return sorted(cid for cid, text in _checked_import(data)["notes"].items()
                      if cid in current and current[cid] != text)

    def import_data(self, data: dict, replace_notes: bool = False) -> dict[str, int]:
        """Merge exported data in. A note that differs is replaced only when `replace_notes`; otherwise the
        imported text is appended below the existing note, so nothing is lost. Returns counts."""
        data = _checked_import(data)
        current = self.notes()
        counts = {"favourites": 0, "notes": 0, "notes_merged": 0, "comparison_sets": 0, "checker_sessions": 0}
        favourites = self.favourites()
        for cid in data["favourites"]:
            if cid not in favourites:
                self.set_favourite(cid, True)
                counts["favourites"] += 1
        for cid, text in data["notes"].items():
            if cid not in current:
                self.save_note(cid, text)
                counts["notes"] += 1
            elif current[cid] != text:
                if replace_notes:
                    self.save_note(cid, text)
                else:
                    self.save_note(cid, f"{current[cid]}\n\n--- imported ---\n{text}")
                counts["notes_merged"] += 1
        existing_sets = self.comparison_sets()
        for name, ids in data["comparison_sets"].items():
            if name not in existing_sets:
                self.save_comparison_set(name, ids)
                counts["comparison_sets"] += 1
        existing_sessions = self.checker_sessions()
        for name, session in data["checker_sessions"].items():
            if name not in existing_sessions:
                self.save_checker_session(name, session)
                counts["checker_sessions"] += 1
        return counts

    # notes
    def note(self, condition_id: str) -> str:
        with Session(self.engine) as session:
            return session.scalar(select(Note.text).where(Note.condition_id == clean(condition_id, 500))) or ""

    def notes(self) -> dict[str, str]:
        with Session(self.engine) as session:
            return dict(session.execute(select(Note.condition_id, Note.text)).all())

    def save_note(self, condition_id: str, text: str) -> None:
        """Save (or, for empty text, delete) the note of a condition."""
        text, condition_id = clean(text), clean(condition_id, 500)
        with Session(self.engine) as session, session.begin():
            if text.strip():
                stmt = insert(Note).values(condition_id=condition_id, text=text, updated=_now())
                session.execute(stmt.on_conflict_do_update(index_elements=[Note.condition_id],
                                                           set_={"text": text, "updated": _now()}))
            else:
                session.execute(delete(Note).where(Note.condition_id == condition_id))


def _checked_import(data) -> dict:
    """The parts of an export file, or ValueError with one sentence."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ValueError("This is not a legpain-gui export file.")
    fav = data.get("favourites", [])
    notes = data.get("notes", {})
    sets = data.get("comparison_sets", {})
    sessions = data.get("checker_sessions", {})
    if not (isinstance(fav, list) and all(isinstance(x, str) for x in fav)):
        raise ValueError("The favourites in this file are not a list of condition ids.")
    if not (isinstance(notes, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in notes.items())):
        raise ValueError("The notes in this file are not text.")
    if not (isinstance(sets, dict) and all(isinstance(v, list) for v in sets.values())):
        raise ValueError("The comparison sets in this file are damaged.")
    if not (isinstance(sessions, dict) and all(isinstance(v, dict) for v in sessions.values())):
        raise ValueError("The checker sessions in this file are damaged.")
    return {"favourites": fav, "notes": notes, "comparison_sets": sets, "checker_sessions": sessions}

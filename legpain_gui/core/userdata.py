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

USER_SCHEMA_VERSION = 2
FILE_NAME = "userdata.sqlite"


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


def _migrate_0_to_1(conn) -> None:
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS favourite (condition_id VARCHAR PRIMARY KEY, added VARCHAR NOT NULL)")
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS note (condition_id VARCHAR PRIMARY KEY, text TEXT NOT NULL, "
                         "updated VARCHAR NOT NULL)")


def _migrate_1_to_2(conn) -> None:
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS comparison_set (name VARCHAR PRIMARY KEY, ids_json TEXT NOT NULL, "
                         "updated VARCHAR NOT NULL)")


# from-version -> function bringing the file to from-version + 1 (written as SQL: a migration must not change
# when the models do)
MIGRATIONS = {0: _migrate_0_to_1, 1: _migrate_1_to_2}


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

        name = name.replace("\x00", "").strip()[:200]
        if not name:
            raise ValueError("A comparison set needs a name.")
        with Session(self.engine) as session, session.begin():
            stmt = insert(ComparisonSet).values(name=name, ids_json=json.dumps(list(ids)), updated=_now())
            session.execute(stmt.on_conflict_do_update(index_elements=[ComparisonSet.name],
                                                       set_={"ids_json": json.dumps(list(ids)), "updated": _now()}))

    def delete_comparison_set(self, name: str) -> None:
        with Session(self.engine) as session, session.begin():
            session.execute(delete(ComparisonSet).where(ComparisonSet.name == name))

    # notes
    def note(self, condition_id: str) -> str:
        with Session(self.engine) as session:
            return session.scalar(select(Note.text).where(Note.condition_id == condition_id)) or ""

    def notes(self) -> dict[str, str]:
        with Session(self.engine) as session:
            return dict(session.execute(select(Note.condition_id, Note.text)).all())

    def save_note(self, condition_id: str, text: str) -> None:
        """Save (or, for empty text, delete) the note of a condition."""
        text = text.replace("\x00", "")
        with Session(self.engine) as session, session.begin():
            if text.strip():
                stmt = insert(Note).values(condition_id=condition_id, text=text, updated=_now())
                session.execute(stmt.on_conflict_do_update(index_elements=[Note.condition_id],
                                                           set_={"text": text, "updated": _now()}))
            else:
                session.execute(delete(Note).where(Note.condition_id == condition_id))

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

USER_SCHEMA_VERSION = 1
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


def _migrate_0_to_1(conn) -> None:
    UserBase.metadata.create_all(conn)


# from-version -> function bringing the file to from-version + 1
MIGRATIONS = {0: _migrate_0_to_1}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class UserData:
    """Favourites and notes of one person."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / FILE_NAME
        self.engine = create_engine(f"sqlite:///{self.path}")

        @event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_connection, _record):
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
            dbapi_connection.execute("PRAGMA synchronous = FULL")
            dbapi_connection.execute("PRAGMA busy_timeout = 5000")

        self._migrate()

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

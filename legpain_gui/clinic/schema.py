"""The clinic database's tables (SQLAlchemy Core). Alembic creates them (migrations/); the server enforces who
may do what: row-level security and a trigger that stamps author, times, last editor and version."""
from __future__ import annotations

from sqlalchemy import (
    BigInteger, CheckConstraint, Column, DateTime, Identity, Integer, MetaData, String, Table, Text, Uuid,
)

MAX_TEXT = 20_000
CLINICIAN, EDITOR = "legpain_clinician", "legpain_editor"  # the server's group roles (NOLOGIN)

metadata = MetaData()


def _stamped(name: str, *columns, key: Column | None = None) -> Table:
    """A table whose author, created, updated, last_editor and version the server fills in."""
    return Table(
        name, metadata, *(columns if key is None else (key, *columns)),
        Column("text", Text, nullable=False),
        Column("author", String(63), nullable=False),
        Column("created", DateTime(timezone=True), nullable=False),
        Column("updated", DateTime(timezone=True), nullable=False),
        Column("last_editor", String(63), nullable=False),
        Column("version", Integer, nullable=False),
        CheckConstraint(f"char_length(text) <= {MAX_TEXT}", name=f"{name}_text_length"),
    )


note = _stamped(
    "clinic_note",
    Column("condition_id", String(64), nullable=False, index=True),
    Column("client_key", Uuid, nullable=False, unique=True),  # makes a resent add harmless
    key=Column("id", BigInteger, Identity(), primary_key=True),
)

pathway = _stamped("clinic_pathway", Column("condition_id", String(64), primary_key=True))

comparison_set = _stamped(
    "clinic_comparison_set",
    Column("name", String(200), nullable=False, unique=True),
    key=Column("id", BigInteger, Identity(), primary_key=True),
)  # `text` holds the condition ids as a JSON list

checker_session = _stamped(
    "clinic_checker_session",
    key=Column("id", BigInteger, Identity(), primary_key=True),
)  # `text` holds only HPO IDs, age group, sex and course as JSON: the server checks it (migration 0002)

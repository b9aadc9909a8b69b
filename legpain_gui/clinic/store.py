"""Talking to the clinic server: one short transaction per call, plain records back, every failure a
`ClinicError`.

Every change names the version it was based on (`base_version`); the server's trigger raises the version
with each change, so a change based on an old version touches no row and is reported as a conflict with
what the server holds now, never written over it. A refused change (row-level security hides the row from
UPDATE and DELETE) is told apart from a conflict by reading the row back.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import create_engine, delete, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from legpain_gui.clinic import schema
from legpain_gui.clinic.errors import ClinicConflict, ClinicError, ClinicForbidden, ClinicSchemaMismatch, classify
from legpain_gui.clinic.migrate import HEAD, KNOWN

CONNECT_TIMEOUT_S = 3
STATEMENT_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Stamped:
    """A row the server stamped: who wrote it, when, who changed it last, and its version."""

    key: object  # the note's or set's id; the pathway's condition id
    text: str
    author: str
    created: dt.datetime
    updated: dt.datetime
    last_editor: str
    version: int
    condition_id: str = ""
    name: str = ""

    @property
    def edited(self) -> bool:
        """Changed since it was written (by its author or someone else)."""
        return self.version > 1

    @property
    def ids(self) -> list[str]:
        """A shared comparison set's condition ids."""
        return list(json.loads(self.text))


def local_time(stamp: dt.datetime | None) -> str:
    """A server time stamp as this computer's local time, e.g. "03 Dec 2026 14:05"."""
    return stamp.astimezone().strftime("%d %b %Y %H:%M") if stamp is not None else ""


def _record(row, key: str) -> Stamped:
    m = row._mapping
    return Stamped(m[key], m["text"], m["author"], m["created"], m["updated"], m["last_editor"], m["version"],
                   m.get("condition_id", ""), m.get("name", ""))


class ClinicStore:
    """One clinic server, as one database role. Thread-safe (SQLAlchemy's pool); cheap to create."""

    def __init__(self, url: str, pool_size: int = 2):
        self.engine = create_engine(
            url, pool_size=pool_size, max_overflow=2, pool_pre_ping=True, pool_timeout=CONNECT_TIMEOUT_S,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "legpain-gui",
                          "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"})
        self._checked = False
        self.schema = ""  # the server's revision, once read

    def close(self) -> None:
        self.engine.dispose()

    def _run(self, fn):
        """fn(conn) in one transaction; driver errors become `ClinicError`s."""
        try:
            with self.engine.begin() as conn:
                if not self._checked:
                    self._check_schema(conn)
                return fn(conn)
        except ClinicError:
            raise
        except Exception as exc:
            raise classify(exc) from exc

    def _check_schema(self, conn) -> None:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if version not in KNOWN:
            raise ClinicSchemaMismatch(f"The clinic database has schema {version}; this version of legpain-gui "
                                       f"needs {HEAD}: ask IT to run the upgrade (see the README).")
        self._checked = True
        self.schema = version

    # ---- who ----------------------------------------------------------------------------------------------
    def whoami(self) -> tuple[str, bool]:
        """(the role signed in, whether it is a clinic editor)."""
        return self._run(lambda c: tuple(c.execute(text(
            "SELECT session_user::text, pg_has_role(session_user, 'legpain_editor', 'MEMBER')")).one()))

    # ---- notes ----------------------------------------------------------------------------------------------
    def notes(self, condition_id: str) -> list[Stamped]:
        t = schema.note
        query = select(t).where(t.c.condition_id == condition_id).order_by(t.c.created, t.c.id)
        return self._run(lambda c: [_record(r, "id") for r in c.execute(query)])

    def notes_for(self, condition_ids: list[str]) -> dict[str, list[Stamped]]:
        """The notes of several conditions in one query (the Compare tab): {condition id: notes, oldest first}."""
        t = schema.note
        query = select(t).where(t.c.condition_id.in_(list(condition_ids))).order_by(t.c.created, t.c.id)
        out: dict[str, list[Stamped]] = {cid: [] for cid in condition_ids}
        for record in self._run(lambda c: [_record(r, "id") for r in c.execute(query)]):
            out[record.condition_id].append(record)
        return out

    def note(self, note_id: int) -> Stamped | None:
        return self._run(lambda c: self._get_note(c, note_id))

    def _get_note(self, conn, note_id: int) -> Stamped | None:
        row = conn.execute(select(schema.note).where(schema.note.c.id == note_id)).first()
        return _record(row, "id") if row else None

    def add_note(self, condition_id: str, body: str, client_key: str | None = None) -> Stamped:
        """Add a note (as the signed-in role). Sending the same `client_key` again adds nothing."""
        t = schema.note
        key = uuid.UUID(client_key) if client_key else uuid.uuid4()

        def add(conn):
            conn.execute(pg_insert(t).values(condition_id=condition_id, text=body, client_key=key, author="",
                                             created=dt.datetime.now(dt.UTC), updated=dt.datetime.now(dt.UTC),
                                             last_editor="", version=1)
                         .on_conflict_do_nothing(index_elements=["client_key"]))
            return _record(conn.execute(select(t).where(t.c.client_key == key)).one(), "id")

        return self._run(add)

    def edit_note(self, note_id: int, body: str, base_version: int) -> Stamped:
        """Change a note's text; `ClinicConflict` when it changed since `base_version`, `ClinicForbidden` when
        the signed-in role may not change it."""
        t = schema.note
        return self._change(t, t.c.id, note_id, "id", base_version,
                            lambda w: update(t).where(w).values(text=body).returning(*t.c), body)

    def delete_note(self, note_id: int, base_version: int) -> None:
        t = schema.note
        self._change(t, t.c.id, note_id, "id", base_version, lambda w: delete(t).where(w).returning(t.c.id), None)

    def _change(self, table, key_col, key, key_name: str, base_version: int, statement, body: str | None):
        def change(conn):
            row = conn.execute(statement((key_col == key) & (table.c.version == base_version))).first()
            if row is not None:
                return _record(row, key_name) if body is not None else None
            current = conn.execute(select(table).where(key_col == key)).first()
            current = _record(current, key_name) if current is not None else None
            if current is None:
                if body is None:  # already deleted: what was asked is done
                    return None
                raise ClinicConflict(None)
            if current.version == base_version:  # the row is there, unchanged, and the server hid it from us
                raise ClinicForbidden()
            if body is not None and current.text == body:  # our own change, sent before and answered too late
                return current
            raise ClinicConflict(current)

        return self._run(change)

    # ---- pathways (editors write) ----------------------------------------------------------------------
    def pathway(self, condition_id: str) -> Stamped | None:
        t = schema.pathway
        return self._run(lambda c: next((_record(r, "condition_id") for r in
                                         c.execute(select(t).where(t.c.condition_id == condition_id))), None))

    def set_pathway(self, condition_id: str, body: str, base_version: int | None) -> Stamped:
        """Write the clinic's pathway text for a condition (base_version None: there was none)."""
        t = schema.pathway
        if base_version is None:
            def add(conn):
                row = conn.execute(pg_insert(t).values(
                    condition_id=condition_id, text=body, author="", created=dt.datetime.now(dt.UTC),
                    updated=dt.datetime.now(dt.UTC), last_editor="", version=1,
                ).on_conflict_do_nothing().returning(*t.c)).first()
                if row is None:
                    raise ClinicConflict(_record(conn.execute(select(t).where(t.c.condition_id == condition_id))
                                                 .one(), "condition_id"))
                return _record(row, "condition_id")

            return self._run(add)
        return self._change(t, t.c.condition_id, condition_id, "condition_id", base_version,
                            lambda w: update(t).where(w).values(text=body).returning(*t.c), body)

    # ---- shared comparison sets ----------------------------------------------------------------------------
    def comparison_sets(self) -> list[Stamped]:
        t = schema.comparison_set
        return self._run(lambda c: [_record(r, "id") for r in c.execute(select(t).order_by(t.c.name))])

    def add_comparison_set(self, name: str, ids: list[str]) -> Stamped:
        t = schema.comparison_set
        now = dt.datetime.now(dt.UTC)
        return self._run(lambda c: _record(c.execute(insert(t).values(
            name=name, text=json.dumps(list(ids)), author="", created=now, updated=now, last_editor="", version=1,
        ).returning(*t.c)).one(), "id"))

    def edit_comparison_set(self, set_id: int, ids: list[str], base_version: int) -> Stamped:
        t = schema.comparison_set
        body = json.dumps(list(ids))
        return self._change(t, t.c.id, set_id, "id", base_version,
                            lambda w: update(t).where(w).values(text=body).returning(*t.c), body)

    def delete_comparison_set(self, set_id: int, base_version: int) -> None:
        t = schema.comparison_set
        self._change(t, t.c.id, set_id, "id", base_version, lambda w: delete(t).where(w).returning(t.c.id), None)

    # ---- checker sessions shared explicitly (schema 0002) ------------------------------------------------
    def _needs(self, revision: str, what: str) -> None:
        if not self._checked:
            self._run(lambda c: None)
        if self.schema < revision:
            raise ClinicSchemaMismatch(f"The clinic server's database is older than this version of legpain-gui: "
                                       f"{what} need its upgrade (ask IT; see the README).")

    def shared_sessions(self) -> list[Stamped]:
        """The checker sessions shared with the clinic, newest first; `text` is their JSON."""
        self._needs("0002", "shared checker sessions")
        t = schema.checker_session
        return self._run(lambda c: [_record(r, "id") for r in c.execute(select(t).order_by(t.c.created.desc(),
                                                                                          t.c.id.desc()))])

    def share_session(self, doc: dict) -> Stamped:
        """Share a checker session (only HPO IDs, age group, sex, course: the server refuses anything else)."""
        self._needs("0002", "shared checker sessions")
        t = schema.checker_session
        now = dt.datetime.now(dt.UTC)
        return self._run(lambda c: _record(c.execute(insert(t).values(
            text=json.dumps(doc, sort_keys=True), author="", created=now, updated=now, last_editor="", version=1,
        ).returning(*t.c)).one(), "id"))

    def delete_shared_session(self, session_id: int, base_version: int) -> None:
        t = schema.checker_session
        self._change(t, t.c.id, session_id, "id", base_version, lambda w: delete(t).where(w).returning(t.c.id), None)

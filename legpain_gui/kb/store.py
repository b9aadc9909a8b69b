"""The read-only data layer over the knowledge-base SQLite file.

`KnowledgeBase(path)` checks the file before anything reads it (`kb.file`: exists, is SQLite, has
the schema version this app reads, matches its build manifest or passes SQLite's quick check) and raises
`KnowledgeBaseError` with one sentence otherwise. The file is opened with `mode=ro`: nothing here can
write it. Every method opens a short session and returns plain records (`kb.records`), never live ORM
objects.

SQLAlchemy is imported, and the engine made, on the first query (`engine`), not when the file is opened:
the import costs about 0.4 s, and start-up needs none of it. What start-up reads (the `meta` table here, the
checker's precomputed tables through `raw()`) is read with the standard library's sqlite3, the driver
SQLAlchemy itself uses; `tests/kb/test_lazy_engine.py` checks that both ways read the same.
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator
from urllib.parse import quote

from legpain_gui.kb import records as r
from legpain_gui.kb.vocab import category_rank
from legpain_gui.kb.file import KnowledgeBaseError, check, check_file, check_manifest, connect_ro  # noqa: F401

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["KnowledgeBase", "KnowledgeBaseError", "check_file", "check_manifest"]


def _ro_url(path: Path) -> str:
    return f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true"


def _sa():
    """SQLAlchemy's query functions and the schema's models, imported on first use."""
    import sqlalchemy
    from legpain_gui.kb import schema

    return sqlalchemy, schema


class KnowledgeBase:
    """A checked, read-only knowledge base. `verify_manifest` also checks the build manifest (the bundled
    file always has one; a file given with --db may not)."""

    def __init__(self, path: Path, verify_manifest: bool = False, checked: bool = False):
        self.path = Path(path)
        if not checked:  # `checked`: the caller has just run `kb_file.check` on this file
            check(self.path, verify_manifest)
        self._engine = None
        try:
            con = connect_ro(self.path)
            try:
                meta = dict(con.execute("SELECT key, value FROM meta"))
            finally:
                con.close()
        except sqlite3.Error as exc:
            raise KnowledgeBaseError(f"The knowledge base file {self.path} cannot be read ({exc.__class__.__name__}).") from None
        self.meta = meta
        self.cache: dict[str, object] = {}  # what higher layers derive from this file once (the checker's model)
        self.kb_version = meta.get("kb_version", "?")
        self.hpo_version = meta.get("hpo_version", "?")

    @property
    def engine(self):
        """The SQLAlchemy engine (read-only), made on first use."""
        if self._engine is None:
            from sqlalchemy import create_engine, event

            engine = create_engine(_ro_url(self.path))

            @event.listens_for(engine, "connect")
            def _read_only(dbapi_connection, _record):  # belt and braces on top of mode=ro
                dbapi_connection.execute("PRAGMA query_only = ON")

            self._engine = engine
        return self._engine

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A read-only driver connection for bulk reads of derived tables (the checker's model, the text
        lexicon): the engine's own when it is made, else one of the standard library's (start-up)."""
        if self._engine is None:
            con = connect_ro(self.path)
            try:
                yield con
            finally:
                con.close()
        else:
            with self._engine.connect() as conn:
                yield conn.connection.driver_connection

    def close(self) -> None:
        """Release the connection pool."""
        if self._engine is not None:
            self._engine.dispose()

    def session(self) -> Session:
        """A short session; use it in a `with` block."""
        from sqlalchemy.orm import Session

        return Session(self.engine)

    # ---- summaries -------------------------------------------------------------------------------
    def info(self) -> r.KbInfo:
        """Versions and row counts."""
        sa, s = _sa()
        with self.session() as session:
            counts = {
                name: session.scalar(sa.select(sa.func.count()).select_from(model))
                for name, model in (("conditions", s.Condition), ("findings", s.Finding),
                                    ("condition_findings", s.ConditionFinding), ("references", s.Reference),
                                    ("red_flags", s.RedFlag), ("investigations", s.Investigation),
                                    ("hpo_terms", s.HpoTerm), ("hpo_synonyms", s.HpoSynonym))
            }
        return r.KbInfo(path=str(self.path), schema_version=int(self.meta.get("schema_version", 0)),
                        kb_version=self.kb_version, hpo_version=self.hpo_version, counts=counts)

    def _codes(self, session: Session, ids: list[str] | None = None) -> dict[str, dict[str, list[str]]]:
        sa, s = _sa()
        query = sa.select(s.Code.condition_id, s.Code.system, s.Code.code).order_by(s.Code.id)
        if ids is not None:
            query = query.where(s.Code.condition_id.in_(ids))
        codes: dict[str, dict[str, list[str]]] = defaultdict(dict)
        for cid, system, code in session.execute(query):
            codes[cid].setdefault(system, []).append(code)
        return codes

    def conditions(self) -> list[r.ConditionSummary]:
        """Every condition, by category (in reading order, `vocab.CATEGORIES`) then name."""
        sa, s = _sa()
        with self.session() as session:
            codes = self._codes(session)
            rows = session.execute(sa.select(s.Condition.id, s.Condition.name, s.Condition.category)
                                   .order_by(s.Condition.category, s.Condition.name)).all()
        rows = sorted(rows, key=lambda row: category_rank(row[2]))  # stable: names stay in order
        return [r.ConditionSummary(i, n, c, codes.get(i, {})) for i, n, c in rows]

    def resolve(self, text: str) -> str | None:
        """The id of the condition named by an id, a name, a synonym or a code (case-insensitive)."""
        from legpain_gui.text import clean

        sa, s = _sa()
        select = sa.select
        needle = clean(text, 500).strip().casefold()
        if not needle:
            return None
        with self.session() as session:
            for cid, name in session.execute(select(s.Condition.id, s.Condition.name)):
                if needle in (cid.casefold(), name.casefold()):
                    return cid
            for cid, syn in session.execute(select(s.Synonym.condition_id, s.Synonym.text)
                                            .order_by(s.Synonym.id)):
                if syn.casefold() == needle:
                    return cid
            for cid, code in session.execute(select(s.Code.condition_id, s.Code.code).order_by(s.Code.id)):
                if code.casefold() == needle:
                    return cid
        return None

    # ---- one condition ---------------------------------------------------------------------------
    def condition(self, condition_id: str) -> r.ConditionDetail | None:
        """The whole page of one condition, or None."""
        from legpain_gui.text import clean

        sa, s = _sa()
        select = sa.select
        with self.session() as session:
            c = session.get(s.Condition, clean(condition_id, 500))
            if c is None:
                return None
            refs = session.scalars(select(s.Reference).where(s.Reference.condition_id == c.id)
                                   .order_by(s.Reference.position)).all()
            findings = session.execute(
                select(s.ConditionFinding, s.Finding, s.HpoTerm.name).join(s.Finding)
                .join(s.HpoTerm, s.HpoTerm.id == s.ConditionFinding.hpo_id)
                .where(s.ConditionFinding.condition_id == c.id).order_by(s.ConditionFinding.position)).all()
            synonyms: dict[str, list[str]] = {"clinical": [], "plain": []}
            for syn in session.scalars(select(s.Synonym).where(s.Synonym.condition_id == c.id)
                                       .order_by(s.Synonym.id)):
                synonyms.setdefault(syn.kind, []).append(syn.text)

            def ordered(model):
                return session.scalars(select(model).where(model.condition_id == c.id)
                                       .order_by(model.position)).all()

            differentials = ordered(s.Differential)
            others = sorted({x.other_id for x in differentials})  # only their names (not every condition's)
            names = dict(session.execute(select(s.Condition.id, s.Condition.name)
                                         .where(s.Condition.id.in_(others))).all()) if others else {}

            return r.ConditionDetail(
                id=c.id, name=c.name, category=c.category, summary=c.summary,
                last_reviewed=c.last_reviewed, synonyms=synonyms,
                codes=self._codes(session, [c.id]).get(c.id, {}),
                epidemiology=r.Epidemiology(c.prevalence_per_100000, c.prevalence_note,
                                            c.prevalence_reference, c.onset, c.female_to_male),
                sections=[r.SectionRecord(x.key, x.title, x.body) for x in ordered(s.Section)],
                findings=[r.FindingLink(hpo=f.hpo_id, label=fd.label, hpo_name=hpo_name, plain=fd.plain, system=fd.system,
                                        frequency=f.frequency, percent=f.percent, hallmark=f.hallmark,
                                        criterion=f.criterion, group=f.group, note=f.note,
                                        source=f.reference_key, imported=bool(f.imported))
                          for f, fd, hpo_name in findings],
                criteria=[r.CriteriaRecord(x.name, x.rule, json.loads(x.items_json), x.reference_key)
                          for x in ordered(s.CriteriaSet)],
                red_flags=[r.RedFlagRecord(x.pattern, x.urgency, x.advice, x.reference_key)
                           for x in ordered(s.RedFlag)],
                investigations=[r.InvestigationRecord(x.test, x.kind, x.shows, x.reference_key)
                                for x in ordered(s.Investigation)],
                differentials=[r.DifferentialRecord(x.other_id, names.get(x.other_id), x.why)
                               for x in differentials],
                references=[r.ReferenceRecord(x.key, i + 1, x.authors, x.title, x.journal, x.year,
                                              x.pmid, x.doi) for i, x in enumerate(refs)],
                source_file=c.source_file,
            )

"""The knowledge-base schema: SQLAlchemy 2.x typed models.

The bundled file is written only by the build (`legpain_gui.kbbuild`) and read by `kb.store`, which opens it
read-only. `SCHEMA_VERSION` changes whenever a table or column changes; a reader refuses any other version.
"""
from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from legpain_gui.kb.vocab import (  # noqa: F401  (the vocabularies and the schema version, re-exported)
    AGE_GROUPS, BODY_SYSTEMS, CODE_SYSTEMS, FREQUENCY_BINS, INVESTIGATION_KINDS, OPTIONAL_SECTIONS,
    SCHEMA_VERSION, SECTIONS, URGENCIES,
)


class Base(DeclarativeBase):
    """Declarative base of the knowledge-base models."""


class Meta(Base):
    """Key/value facts about the build: schema version, KB version, HPO release."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Condition(Base):
    """One condition and its page-level facts."""

    __tablename__ = "condition"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String, index=True)
    category: Mapped[str] = mapped_column(String, index=True)
    summary: Mapped[str] = mapped_column(Text)
    last_reviewed: Mapped[str] = mapped_column(String)
    prevalence_per_100000: Mapped[float | None]
    prevalence_note: Mapped[str | None] = mapped_column(Text)
    prevalence_reference: Mapped[str | None] = mapped_column(String)
    onset: Mapped[str | None] = mapped_column(String)
    female_to_male: Mapped[str | None] = mapped_column(String)
    ages: Mapped[str | None] = mapped_column(String)  # typical age groups, comma-separated
    source_file: Mapped[str] = mapped_column(String)
    # how urgent the condition is once it leads the ranking (the can't-miss rule): level, why, reference key
    suspected_level: Mapped[str | None] = mapped_column(String)
    suspected_why: Mapped[str | None] = mapped_column(Text)
    suspected_reference: Mapped[str | None] = mapped_column(String)


class Section(Base):
    """A titled section of a condition page (Markdown with [@key] citations)."""

    __tablename__ = "section"
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String)
    body: Mapped[str] = mapped_column(Text)


class Synonym(Base):
    """Another name for a condition: clinical (abbreviation, eponym) or plain language."""

    __tablename__ = "synonym"
    id: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), index=True)
    text: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)  # clinical | plain


class Code(Base):
    """A classification code of a condition (ICD-10, ICD-10-CM, ICD-11, ORPHA, OMIM)."""

    __tablename__ = "code"
    id: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), index=True)
    system: Mapped[str] = mapped_column(String)
    code: Mapped[str] = mapped_column(String, index=True)


class Reference(Base):
    """A published source (PMID and/or DOI) cited by one condition file under a short key."""

    __tablename__ = "reference"
    id: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), index=True)
    key: Mapped[str] = mapped_column(String)
    position: Mapped[int]
    authors: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    journal: Mapped[str] = mapped_column(String)
    year: Mapped[int]
    pmid: Mapped[str | None] = mapped_column(String)
    doi: Mapped[str | None] = mapped_column(String)


class Finding(Base):
    """A clinical finding, identified by its HPO term."""

    __tablename__ = "finding"
    hpo_id: Mapped[str] = mapped_column(String, primary_key=True)
    label: Mapped[str] = mapped_column(String)
    plain: Mapped[str] = mapped_column(String)
    system: Mapped[str] = mapped_column(String)
    background: Mapped[float | None]  # stated probability in the reference's mix of patients (cited override)
    background_source: Mapped[str | None] = mapped_column(String)  # the PMID or DOI that states it
    words: Mapped[str | None] = mapped_column(Text)  # lay words people search with, ' ; '-separated


class ConditionFinding(Base):
    """How often a finding occurs in a condition, and the source of that figure."""

    __tablename__ = "condition_finding"
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), primary_key=True)
    hpo_id: Mapped[str] = mapped_column(ForeignKey("finding.hpo_id"), primary_key=True)  # indexed below
    position: Mapped[int]
    frequency: Mapped[str] = mapped_column(String)
    percent: Mapped[float | None]
    hallmark: Mapped[bool]
    criterion: Mapped[bool]
    group: Mapped[str | None] = mapped_column(String)
    note: Mapped[str | None] = mapped_column(Text)
    reference_key: Mapped[str] = mapped_column(String)
    # True for a row imported in bulk from HPO's disease annotations and not yet reviewed against a
    # clinical source: shown, marked, and never scored by the checker.
    imported: Mapped[bool] = mapped_column(default=False)


class RedFlag(Base):
    """A pattern that must not be missed, how urgent it is, and what to do."""

    __tablename__ = "red_flag"
    id: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), index=True)
    position: Mapped[int]
    pattern: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String)
    advice: Mapped[str] = mapped_column(Text)
    reference_key: Mapped[str] = mapped_column(String)


class Investigation(Base):
    """A test and what it shows in this condition."""

    __tablename__ = "investigation"
    id: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), index=True)
    position: Mapped[int]
    test: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    shows: Mapped[str] = mapped_column(Text)
    reference_key: Mapped[str] = mapped_column(String)


class CriteriaSet(Base):
    """A classification-criteria set: its items (JSON list) and how they combine."""

    __tablename__ = "criteria_set"
    id: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String)
    rule: Mapped[str] = mapped_column(Text)
    items_json: Mapped[str] = mapped_column(Text)
    reference_key: Mapped[str] = mapped_column(String)


class Differential(Base):
    """Another condition to consider, and what tells the two apart."""

    __tablename__ = "differential"
    condition_id: Mapped[str] = mapped_column(ForeignKey("condition.id"), primary_key=True)
    other_id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int]
    why: Mapped[str] = mapped_column(Text)


class TriageRule(Base):
    """An explicit triage rule: clauses of HPO concepts (JSON), its level, advice and sources."""

    __tablename__ = "triage_rule"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String)
    level: Mapped[str] = mapped_column(String)
    advice: Mapped[str] = mapped_column(Text)
    clauses_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)  # the references, formatted
    conditions: Mapped[str | None] = mapped_column(Text)  # the conditions the pattern points to, ','-joined


class HpoAlias(Base):
    """Two HPO terms treated as the same clinical finding (db/aliases.yaml)."""

    __tablename__ = "hpo_alias"
    term_id: Mapped[str] = mapped_column(String, primary_key=True)
    alias_id: Mapped[str] = mapped_column(String, primary_key=True)
    why: Mapped[str] = mapped_column(Text)


class Phrase(Base):
    """A clinical phrase HPO does not name, and the HPO term a clinician means by it (db/phrases.yaml)."""

    __tablename__ = "phrase"
    text: Mapped[str] = mapped_column(String, primary_key=True)
    hpo_id: Mapped[str] = mapped_column(String)
    why: Mapped[str] = mapped_column(Text)


class HpoTerm(Base):
    """A non-obsolete term of the bundled HPO release."""

    __tablename__ = "hpo_term"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    definition: Mapped[str | None] = mapped_column(Text)
    # How many diseases HPO annotates with this term or a more specific one (phenotype.hpoa of the same
    # release); with meta 'hpo_disease_count' it gives the term's information content.
    diseases: Mapped[int] = mapped_column(default=0)


class HpoSynonym(Base):
    """A synonym of an HPO term; `kind` is 'layperson' for lay words, else the OBO scope."""

    __tablename__ = "hpo_synonym"
    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[str] = mapped_column(ForeignKey("hpo_term.id"), index=True)
    text: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)


class HpoParent(Base):
    """An is_a edge of the HPO graph."""

    __tablename__ = "hpo_parent"
    __table_args__ = {"sqlite_with_rowid": False}
    term_id: Mapped[str] = mapped_column(ForeignKey("hpo_term.id"), primary_key=True)
    parent_id: Mapped[str] = mapped_column(ForeignKey("hpo_term.id"), primary_key=True)


Index("ix_hpo_parent_parent", HpoParent.parent_id)
# a finding's conditions and how often, from the index alone (search reads them for every term below a query's)
Index("ix_condition_finding_hpo_id", ConditionFinding.hpo_id, ConditionFinding.condition_id, ConditionFinding.frequency)

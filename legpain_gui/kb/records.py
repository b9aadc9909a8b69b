"""Plain, immutable records handed out by the knowledge base: no session, no lazy loading."""
from __future__ import annotations

from legpain_gui.record import Record


def first_author(authors: str) -> str:
    """The first author's name as a short citation shows it ('Nossent J 2022'); empty when the record says the
    authors were not seen ('Authors not shown on the record seen'), so the citation is the year and the PMID or
    DOI alone, and a bracketed remark is dropped ('Trieste vascular group (names not seen)' -> the group)."""
    plain = authors.split("(")[0].strip()
    if not plain or "not shown" in plain.lower() or "not seen" in plain.lower():
        return ""
    return plain.split(",")[0].strip()


class ReferenceRecord(Record):
    """A numbered reference of one condition page."""

    key: str
    number: int
    authors: str
    title: str
    journal: str
    year: int
    pmid: str | None
    doi: str | None

    def citation(self) -> str:
        """Authors. Title. Journal. Year. PMID/DOI."""
        ids = "; ".join(x for x in (f"PMID {self.pmid}" if self.pmid else "",
                                     f"doi:{self.doi}" if self.doi else "") if x)
        return f"{self.authors.rstrip('.')}. {self.title.rstrip('.')}. {self.journal}. {self.year}. {ids}".strip()


class ConditionSummary(Record):
    """What a list shows of a condition."""

    id: str
    name: str
    category: str
    codes: dict[str, list[str]]


class FindingLink(Record):
    """A finding of a condition, how often it occurs and where that figure comes from."""

    hpo: str
    label: str
    hpo_name: str  # the HPO term name, unchanged
    plain: str
    system: str
    frequency: str
    percent: float | None
    hallmark: bool
    criterion: bool
    group: str | None
    note: str | None
    source: str  # reference key
    imported: bool = False  # a bulk import from HPO's annotations, not yet reviewed: shown, never scored


class RedFlagRecord(Record):
    pattern: str
    urgency: str
    advice: str
    source: str


class InvestigationRecord(Record):
    test: str
    kind: str
    shows: str
    source: str


class CriteriaRecord(Record):
    name: str
    rule: str
    items: list[str]
    source: str


class DifferentialRecord(Record):
    id: str
    name: str | None  # None when the condition is not in this knowledge base
    why: str


class SectionRecord(Record):
    key: str
    title: str
    body: str


class Epidemiology(Record):
    prevalence_per_100000: float | None
    note: str | None
    source: str | None
    onset: str | None
    female_to_male: str | None


class ConditionDetail(Record):
    """Everything on a condition page."""

    id: str
    name: str
    category: str
    summary: str
    last_reviewed: str
    synonyms: dict[str, list[str]]
    codes: dict[str, list[str]]
    epidemiology: Epidemiology
    sections: list[SectionRecord]
    findings: list[FindingLink]
    criteria: list[CriteriaRecord]
    red_flags: list[RedFlagRecord]
    investigations: list[InvestigationRecord]
    differentials: list[DifferentialRecord]
    references: list[ReferenceRecord]
    source_file: str

    def reference(self, key: str) -> ReferenceRecord | None:
        """The reference cited under `key`."""
        return next((r for r in self.references if r.key == key), None)

    def to_dict(self) -> dict:
        """A JSON-ready dict."""
        return self.as_dict()


class KbInfo(Record):
    """Versions and counts of an open knowledge base."""

    path: str
    schema_version: int
    kb_version: str
    hpo_version: str
    counts: dict[str, int] = Record.factory(dict)

"""Plain, immutable records handed out by the knowledge base: no session, no lazy loading."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class ReferenceRecord:
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


@dataclass(frozen=True)
class ConditionSummary:
    """What a list shows of a condition."""

    id: str
    name: str
    category: str
    codes: dict[str, list[str]]


@dataclass(frozen=True)
class FindingLink:
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


@dataclass(frozen=True)
class RedFlagRecord:
    pattern: str
    urgency: str
    advice: str
    source: str


@dataclass(frozen=True)
class InvestigationRecord:
    test: str
    kind: str
    shows: str
    source: str


@dataclass(frozen=True)
class CriteriaRecord:
    name: str
    rule: str
    items: list[str]
    source: str


@dataclass(frozen=True)
class DifferentialRecord:
    id: str
    name: str | None  # None when the condition is not in this knowledge base
    why: str


@dataclass(frozen=True)
class SectionRecord:
    key: str
    title: str
    body: str


@dataclass(frozen=True)
class Epidemiology:
    prevalence_per_100000: float | None
    note: str | None
    source: str | None
    onset: str | None
    female_to_male: str | None


@dataclass(frozen=True)
class ConditionDetail:
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
        return asdict(self)


@dataclass(frozen=True)
class KbInfo:
    """Versions and counts of an open knowledge base."""

    path: str
    schema_version: int
    kb_version: str
    hpo_version: str
    counts: dict[str, int] = field(default_factory=dict)

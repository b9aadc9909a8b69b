"""Side-by-side comparison of 2 to 6 conditions: aligned, grouped rows that make the differences show.

Finding rows align on the HPO term; where a condition lists only a more specific term, that term fills
the cell (marked "as ..."). Each finding cell carries the bin, a symbol, the exact figure if any and its
source. Text rows (investigations, criteria, treatment, prognosis, red flags) sit below. Pure Python.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from legpain_gui.checker.model import BIN_PROBABILITY, KbModel
from legpain_gui.kb.records import ConditionDetail
from legpain_gui.kb.markdown import blocks
from legpain_gui.kb.vocab import BIN_RANGE
from legpain_gui.kb.vocab import MAX_COMPARED as MAX_CONDITIONS
from legpain_gui.kb.vocab import MIN_COMPARED as MIN_CONDITIONS

GROUPS = ("Pain character", "Timing and triggers", "Skin", "Neurological", "Joints and muscles", "Systemic",
          "Laboratory", "Imaging and other investigations", "Classification criteria", "Treatment", "Prognosis",
          "Red flags")
SYSTEM_GROUP = {"pain": "Pain character", "timing": "Timing and triggers", "skin": "Skin",
                "neurological": "Neurological", "musculoskeletal": "Joints and muscles", "laboratory": "Laboratory",
                "imaging": "Imaging and other investigations"}
GENERIC_WORDS = {"positive", "positivity", "abnormal", "raised", "elevated", "increased", "decreased", "low",
                 "high", "test", "blood", "studies", "study", "lesion", "lesions", "on", "of", "the", "in"}
SYMBOL = {"obligate": "+", "very frequent": "+", "frequent": "~", "occasional": "~", "very rare": "-",
          "excluded": "-", None: ""}


class CompareError(ValueError):
    """Bad request; str() is one sentence."""


@dataclass
class Cell:
    frequency: str | None = None  # bin, or None when not described
    symbol: str = ""
    percent: float | None = None
    source: str | None = None
    via: str | None = None  # the more specific term that fills the cell
    text: str = ""  # text rows
    unreviewed: bool = False  # from HPO's bulk annotations, not yet checked against a clinical source

    @property
    def probability(self) -> float | None:
        return None if self.frequency is None else BIN_PROBABILITY[self.frequency]


@dataclass
class Row:
    group: str
    label: str
    kind: str  # finding | text
    cells: list[Cell]
    hpo: str | None = None
    plain: str = ""
    divergence: float = 0.0

    def differs(self) -> bool:
        if self.kind == "finding":
            return len({c.symbol for c in self.cells}) > 1
        return len({c.text.strip() for c in self.cells}) > 1


@dataclass
class PairSeparation:
    a: str
    b: str
    label: str
    hpo: str
    a_frequency: str | None
    b_frequency: str | None
    why: str
    investigations: list[str] = field(default_factory=list)


@dataclass
class Comparison:
    conditions: list[dict]  # id, name, category
    rows: list[Row]
    pairs: list[PairSeparation]
    kb_version: str

    def view(self, only_differences: bool = False, distinguishing_first: bool = False) -> list[Row]:
        """The rows to show, grouped in GROUPS order."""
        rows = [r for r in self.rows if r.differs()] if only_differences else list(self.rows)
        out = []
        for group in GROUPS:
            members = [r for r in rows if r.group == group]
            if distinguishing_first:
                members.sort(key=lambda r: -r.divergence)
            out += members
        return out

    def to_dict(self, only_differences: bool = False, distinguishing_first: bool = False) -> dict:
        return {"conditions": self.conditions, "kb_version": self.kb_version,
                "rows": [asdict(r) | {"differs": r.differs()} for r in self.view(only_differences, distinguishing_first)],
                "pairs": [asdict(p) for p in self.pairs]}


def _source(detail: ConditionDetail, key: str) -> str:
    ref = detail.reference(key)
    if ref is None:
        return key
    ident = f"PMID {ref.pmid}" if ref.pmid else (f"doi:{ref.doi}" if ref.doi else "")
    return f"{ref.authors.split(',')[0]} {ref.year}" + (f", {ident}" if ident else "")


def build(details: list[ConditionDetail], model: KbModel) -> Comparison:
    """The comparison of these conditions (2 to 6, in the order given)."""
    if not MIN_CONDITIONS <= len(details) <= MAX_CONDITIONS:
        raise CompareError(f"Compare {MIN_CONDITIONS} to {MAX_CONDITIONS} conditions; {len(details)} given.")
    if len({d.id for d in details}) != len(details):
        raise CompareError("A condition is named twice.")
    rows: list[Row] = []
    terms: dict[str, tuple[str, str, str]] = {}  # hpo -> (label, plain, system)
    for d in details:
        for f in d.findings:
            terms.setdefault(f.hpo, (f.label, f.plain, f.system))
    by_condition = [{f.hpo: f for f in d.findings} for d in details]
    for hpo, (label, plain, system) in terms.items():
        cells = []
        for d, findings in zip(details, by_condition):
            f = findings.get(hpo)
            via = None
            if f is None:  # a more specific term of this condition fills the cell
                specific = [g for h, g in findings.items() if model.is_descendant(h, hpo)]
                if specific:
                    f = max(specific, key=lambda g: BIN_PROBABILITY[g.frequency])
                    via = f.label
            if f is None:
                cells.append(Cell())
            else:
                cells.append(Cell(frequency=f.frequency, symbol=SYMBOL[f.frequency], percent=f.percent,
                                  unreviewed=f.imported,
                                  source=_source(d, f.source), via=via))
        rows.append(Row(group=SYSTEM_GROUP.get(system, "Systemic"), label=label, kind="finding", cells=cells,
                        hpo=hpo, plain=plain, divergence=_divergence(cells, model.quick_background_of(hpo))))
    rows.sort(key=lambda r: (GROUPS.index(r.group), r.label.casefold()))
    rows += _text_rows(details)
    return Comparison(conditions=[{"id": d.id, "name": d.name, "category": d.category} for d in details],
                      rows=rows, pairs=_pairs(details, rows), kb_version=model.kb_version)


def _divergence(cells: list[Cell], background: float) -> float:
    probs = [c.probability if c.probability is not None else background for c in cells]
    return round(max(probs) - min(probs), 4)


def _first_paragraph(text: str, limit: int = 420) -> str:
    parts = blocks(text)
    out = parts[0][1] if parts else ""
    out = re.sub(r"\[@[^\]]+\]", "", out).strip()
    return out if len(out) <= limit else out[: limit - 1].rsplit(" ", 1)[0] + "…"


def _text_rows(details: list[ConditionDetail]) -> list[Row]:
    def row(group: str, label: str, texts: list[str]) -> Row:
        return Row(group=group, label=label, kind="text", cells=[Cell(text=t) for t in texts])

    section = lambda d, key: next((s.body for s in d.sections if s.key == key), "")  # noqa: E731
    rows = [
        row("Imaging and other investigations", "Key investigations",
            ["\n".join(f"{t.test}: {_first_sentence(t.shows)}" for t in d.investigations) for d in details]),
        row("Classification criteria", "Criteria sets",
            ["\n".join(f"{c.name} ({c.rule})" for c in d.criteria) for d in details]),
        row("Treatment", "Treatment overview", [_first_paragraph(section(d, "treatment")) for d in details]),
        row("Prognosis", "Prognosis", [_first_paragraph(section(d, "prognosis")) for d in details]),
        row("Red flags", "Red flags",
            ["\n".join(f"[{f.urgency}] {f.pattern}" for f in d.red_flags) for d in details]),
    ]
    return rows


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    cut = text.find(". ")
    return text if cut < 0 else text[: cut + 1]


def _pairs(details: list[ConditionDetail], rows: list[Row]) -> list[PairSeparation]:
    """For each pair, the test result (laboratory, imaging, neurophysiology finding) that differs most."""
    tests = [r for r in rows if r.kind == "finding" and r.group in ("Laboratory", "Imaging and other investigations")]
    tests += [r for r in rows if r.kind == "finding" and r.hpo and r.label.lower().startswith(("abnormal nerve", "axonal", "peripheral demyel", "acute demyel"))]
    out = []
    for i in range(len(details)):
        for j in range(i + 1, len(details)):
            best, gap = None, 0.0
            for r in tests:
                pa = r.cells[i].probability if r.cells[i].probability is not None else 0.05
                pb = r.cells[j].probability if r.cells[j].probability is not None else 0.05
                if abs(pa - pb) > gap:
                    best, gap = r, abs(pa - pb)
            a, b = details[i], details[j]
            if best is None:
                out.append(PairSeparation(a.id, b.id, "", "", None, None,
                                          "No test result in the content separates these two."))
                continue
            fa, fb = best.cells[i].frequency, best.cells[j].frequency
            def said(f):
                return f"{f} ({BIN_RANGE[f]})" if f else "not described"
            words = [w.strip("()") for w in best.label.lower().split() if w not in GENERIC_WORDS and len(w) > 2]
            matching = [t.test for d in (a, b) for t in d.investigations
                        if words and all(re.search(rf"\b{re.escape(w)}\b", (t.test + " " + t.shows).lower())
                                         for w in words[:2])]
            out.append(PairSeparation(a.id, b.id, best.label, best.hpo or "", fa, fb,
                                      f"{best.label}: {said(fa)} in {a.name}, {said(fb)} in {b.name}",
                                      investigations=list(dict.fromkeys(matching))[:3]))
    return out

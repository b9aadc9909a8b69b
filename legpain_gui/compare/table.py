"""Side-by-side comparison of 2 to 6 conditions: aligned, grouped rows that make the differences show.

One row per clinical feature: the conditions' HPO terms are merged by concept through the hierarchy (a term
joins the row of a more general term of the comparison at most MERGE_STEPS steps above it, or of a term
HPO files elsewhere for the same bedside finding), and each cell shows the most specific wording that
condition has ("as absent ankle reflexes"). Every finding cell has a state, "described", "not described"
(the content says nothing: not the same as absent) or "excluded" (the content says it does not occur), and
when described the bin, a symbol, the exact figure if any and its source. A band of key discriminators
(the rows that best separate the chosen conditions, with the reason) leads; rows for typical age and sex
come first, text rows (investigations, criteria, treatment, prognosis, red flags) below. Pure Python.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

from legpain_gui.checker.model import BIN_PROBABILITY, KbModel
from legpain_gui.kb.records import ConditionDetail
from legpain_gui.kb.markdown import blocks
from legpain_gui.kb.vocab import BIN_RANGE
from legpain_gui.kb.vocab import MAX_COMPARED as MAX_CONDITIONS
from legpain_gui.kb.vocab import MIN_COMPARED as MIN_CONDITIONS

GROUPS = ("Who and when", "Pain character", "Timing and triggers", "Skin", "Neurological", "Joints and muscles", "Systemic",
          "Laboratory", "Imaging and other investigations", "Classification criteria", "Treatment", "Prognosis",
          "Red flags")
SYSTEM_GROUP = {"pain": "Pain character", "timing": "Timing and triggers", "skin": "Skin",
                "neurological": "Neurological", "musculoskeletal": "Joints and muscles", "laboratory": "Laboratory",
                "imaging": "Imaging and other investigations"}
GENERIC_WORDS = {"positive", "positivity", "abnormal", "raised", "elevated", "increased", "decreased", "low",
                 "high", "test", "blood", "studies", "study", "lesion", "lesions", "on", "of", "the", "in"}
SYMBOL = {"obligate": "+", "very frequent": "+", "frequent": "~", "occasional": "~", "very rare": "-",
          "excluded": "✗", None: "·"}
MERGE_STEPS = 2  # a term joins a more general term's row at most this many steps up the hierarchy
# ... and only a row whose term is specific enough to be one bedside feature: annotated in at most this share
# of HPO's diseases ("Reduced or absent tendon reflexes" 6%, not "Muscle weakness" 12% or "CNS abnormality").
MERGE_ROOT_SHARE = 0.07
KEY_ROWS = 5


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
    state: str = "not described"  # finding rows: described | not described | excluded
    broader: bool = False  # only a broader term is described ("as the broader ..."): at most this often

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
    members: list[str] = field(default_factory=list)  # the HPO terms merged into this row
    note: str = ""  # why a key discriminator separates the conditions
    hpo_name: str = ""  # the HPO term's own name (the label is the clinical one)

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
    key: list[dict] = field(default_factory=list)  # the key discriminators: label, hpo, why

    def view(self, only_differences: bool = False, distinguishing_first: bool = False,
             key_band: bool = False) -> list[Row]:
        """The rows to show, grouped in GROUPS order; with `key_band`, the key discriminators first as a
        group of their own (each with why it separates)."""
        rows = [r for r in self.rows if r.differs()] if only_differences else list(self.rows)
        out = []
        if key_band:
            by_hpo = {r.hpo: r for r in self.rows if r.kind == "finding"}
            out = [replace(by_hpo[k["hpo"]], group="Key discriminators", note=k["why"]) for k in self.key
                   if k["hpo"] in by_hpo]
        for group in GROUPS:
            members = [r for r in rows if r.group == group]
            if distinguishing_first:
                members.sort(key=lambda r: -r.divergence)
            out += members
        return out

    def to_dict(self, only_differences: bool = False, distinguishing_first: bool = False) -> dict:
        return {"conditions": self.conditions, "kb_version": self.kb_version, "key_discriminators": self.key,
                "rows": [asdict(r) | {"differs": r.differs()} for r in self.view(only_differences, distinguishing_first)],
                "pairs": [asdict(p) for p in self.pairs]}


def _source(detail: ConditionDetail, key: str) -> str:
    ref = detail.reference(key)
    if ref is None:
        return key
    ident = f"PMID {ref.pmid}" if ref.pmid else (f"doi:{ref.doi}" if ref.doi else "")
    return f"{ref.authors.split(',')[0]} {ref.year}" + (f", {ident}" if ident else "")


def _concepts(terms: list[str], model: KbModel, hallmarks: set[str]) -> dict[str, list[str]]:
    """root term -> the terms merged into its row (general terms first become roots). A hallmark of one of
    the conditions keeps a row of its own: it is what the comparison is for."""
    order = sorted(terms, key=lambda h: (len(model.ancestors(h)), h))
    roots: dict[str, list[str]] = {}
    total = max(model.hpo_disease_count, 1)
    for hpo in order:
        same = set(model.aliases.get(hpo, ()))
        best, steps = None, MERGE_STEPS + 1
        for root in ([] if hpo in hallmarks else roots):
            if model.disease_count(root) / total > MERGE_ROOT_SHARE:
                continue
            if root in same or hpo in model.aliases.get(root, ()):
                best, steps = root, 0
                break
            if model.is_descendant(hpo, root):
                d = model.distance_up(hpo, root)
                if d < steps:
                    best, steps = root, d
        if best is None:
            roots[hpo] = [hpo]
        else:
            roots[best].append(hpo)
    return roots


def build(details: list[ConditionDetail], model: KbModel) -> Comparison:
    """The comparison of these conditions (2 to 6, in the order given)."""
    if not MIN_CONDITIONS <= len(details) <= MAX_CONDITIONS:
        raise CompareError(f"Compare {MIN_CONDITIONS} to {MAX_CONDITIONS} conditions; {len(details)} given.")
    if len({d.id for d in details}) != len(details):
        raise CompareError("A condition is named twice.")
    rows: list[Row] = []
    terms: dict[str, object] = {}  # hpo -> the first FindingLink naming it (label, plain, system)
    for d in details:
        for f in d.findings:
            terms.setdefault(f.hpo, f)
    by_condition = [{f.hpo: f for f in d.findings} for d in details]
    below = [_below(findings, model) for findings in by_condition]
    hallmarks = {f.hpo for d in details for f in d.findings if f.hallmark}
    for root, members in _concepts(list(terms), model, hallmarks).items():
        head = terms[root]
        cells = [_cell(d, findings, low, root, members, model) for d, findings, low in zip(details, by_condition, below)]
        rows.append(Row(group=SYSTEM_GROUP.get(head.system, "Systemic"), label=head.label, kind="finding",
                        cells=cells, hpo=root, plain=head.plain, members=members, hpo_name=head.hpo_name,
                        divergence=_divergence(cells, model.quick_background_of(root))))
    rows.sort(key=lambda r: (GROUPS.index(r.group), r.label.casefold()))
    rows = _who_rows(details) + rows + _text_rows(details)
    return Comparison(conditions=[{"id": d.id, "name": d.name, "category": d.category} for d in details],
                      rows=rows, pairs=_pairs(details, rows), kb_version=model.kb_version,
                      key=_key_discriminators(details, rows))


def _below(findings: dict, model: KbModel) -> dict[str, list]:
    """term -> the condition's findings more specific than it (one pass over each finding's ancestors, so a
    row asks a dictionary instead of testing every finding against the hierarchy)."""
    out: dict[str, list] = {}
    for h, g in findings.items():
        for a in model.ancestors(h):
            out.setdefault(a, []).append(g)
    return out


def _cell(detail: ConditionDetail, findings: dict, below: dict, root: str, members: list[str], model: KbModel) -> Cell:
    """The condition's own findings of this concept: the general term when it has it, else its most
    probable more specific one; the other wordings are named."""
    own = [findings[h] for h in members if h in findings]
    if not own:  # a more specific term of this condition, outside the comparison's rows, still fills it
        own = below.get(root, [])
    if not own:  # only a broader term (at most MERGE_STEPS + 1 up): said so, never shown blank beside it
        broader = [findings[h] for h in model.ancestors(root) if h in findings
                   and model.distance_up(root, h) <= MERGE_STEPS + 1
                   and findings[h].frequency != "excluded"
                   and model.disease_count(h) <= MERGE_ROOT_SHARE * max(model.hpo_disease_count, 1)]
        if not broader:
            return Cell()
        g = min(broader, key=lambda g: (model.distance_up(root, g.hpo), g.hpo))
        return Cell(frequency=g.frequency, symbol=f"({SYMBOL[g.frequency]})", percent=None, unreviewed=g.imported,
                    source=_source(detail, g.source), via=f"only the broader “{g.label}” is described", state="described",
                    broader=True)
    f = findings.get(root) or max(own, key=lambda g: (BIN_PROBABILITY[g.frequency], g.hpo))
    others = [g for g in own if g.hpo != root]
    via = "; ".join(g.label + ("" if len(others) == 1 and g is f else f" ({g.frequency})") for g in others) or None
    return Cell(frequency=f.frequency, symbol=SYMBOL[f.frequency], percent=f.percent, unreviewed=f.imported,
                source=_source(detail, f.source), via=via,
                state="excluded" if f.frequency == "excluded" else "described")


def _who_rows(details: list[ConditionDetail]) -> list[Row]:
    def row(label: str, texts: list[str]) -> Row:
        return Row(group="Who and when", label=label, kind="text", cells=[Cell(text=t or "") for t in texts])

    return [row("Typical age at onset", [d.epidemiology.onset for d in details]),
            row("Women : men", [d.epidemiology.female_to_male for d in details])]


def _key_discriminators(details: list[ConditionDetail], rows: list[Row]) -> list[dict]:
    """The few finding rows that best separate the conditions, each with why (no unreviewed imports)."""
    def said(c: Cell) -> str:
        return "excluded" if c.state == "excluded" else (c.frequency if c.frequency else "not described")

    candidates = [r for r in rows if r.kind == "finding" and any(c.state == "described" for c in r.cells)
                  and not any(c.unreviewed for c in r.cells) and r.divergence > 0]
    out = []
    for r in sorted(candidates, key=lambda r: (-r.divergence, r.label))[:KEY_ROWS]:
        hi = max(range(len(r.cells)), key=lambda i: r.cells[i].probability or 0)
        by_said: dict[str, list[str]] = {}
        for i, c in enumerate(r.cells):
            if i != hi and (c.probability or 0) < (r.cells[hi].probability or 0):
                by_said.setdefault(said(c), []).append(details[i].name)
        why = f"{said(r.cells[hi])} in {details[hi].name}; " + "; ".join(
            f"{state} in {', '.join(names)}" for state, names in by_said.items())
        out.append({"label": r.label, "hpo": r.hpo, "why": why})
    return out


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

"""The symptom checker: a ranked, explained differential from findings present and absent.

Naive Bayes over likelihood ratios on the HPO hierarchy. How one finding weighs for one condition
(matching through the hierarchy, partial credit for related terms, the data-derived background, the
floors) is checker.evidence; this module combines the findings of one patient:
- a present finding implies its ancestors and an absent one its descendants: each counts once;
- a broader finding absent beside a more specific one present (ANA negative, anti-dsDNA positive) is a
  real record, not an error: the absent one is set aside with a note; only the very same term both
  present and absent is refused;
- findings of one `group` in the content (one underlying feature, e.g. foot drop and mononeuritis
  multiplex) count once, by the strongest; so do several patient findings matching one condition finding;
- age (in years or as a group), sex and course are context: the age groups and sex ratio each condition
  cites, and the course as its HPO term.
The probabilities are relative to the conditions in this knowledge base, not absolute.
Triage (checker.triage) is evaluated separately and shown first.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field

from legpain_gui.checker.courses import EXCLUSIVE, describing
from legpain_gui.checker.evidence import (
    ABSENT_FLOOR, EXCLUDED_FLOOR, PRESENT_FLOOR, absent_weight, matches, present_weight, unexplained_note_of,
    unexplained_weight,
)
from legpain_gui.text import clean
from legpain_gui.kb.vocab import group_of_years
from legpain_gui.checker.model import (
    AGE_GROUPS, COURSES, EXPOSURE_ROOT, OUTSIDE_REQUIRED_AGE_LR, SEXES, UNTYPICAL_AGE_LR, Annotation, KbModel,
)

__all__ = ["ABSENT_FLOOR", "EXCLUDED_FLOOR", "PRESENT_FLOOR", "CheckInput", "CheckInputError", "check", "report"]
HPO_ID = re.compile(r"^HP:\d{7}$")
RELATIVE_NOTE = ("Probabilities are relative to the conditions in this reference only; a condition it "
                 "does not hold cannot appear. This supports clinical judgement and never replaces it.")


def age_group(age: str | int | float | None) -> str | None:
    """An age in years (0-120) or a group name -> the group (child under 18, adult 18-49, older 50+)."""
    if age is None or age in AGE_GROUPS:
        return age
    try:
        years = float(str(age).strip())
    except ValueError:
        raise CheckInputError(f"Age '{clean(str(age), 20)}' is neither years (0-120) nor one of: "
                              f"{', '.join(AGE_GROUPS)}.") from None
    if not 0 <= years <= 120:
        raise CheckInputError(f"Age {clean(str(age), 20)} is outside 0-120 years.")
    return group_of_years(years)


class CheckInputError(ValueError):
    """Bad input; str() is one sentence for the user."""


@dataclass(frozen=True)
class CheckInput:
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    age: str | None = None
    sex: str | None = None
    course: str | None = None


@dataclass
class Contribution:
    hpo: str | None
    label: str
    state: str  # present | absent | context
    lr: float
    frequency: str  # the bin of the condition's finding it was matched to, or "not described"
    source: str | None
    matched: str | None = None  # the condition's finding it was matched to
    relation: str = "exact"  # exact | equivalent | more specific | more general | related | other course (checker.courses)
    # | not described | context
    counted: bool = True  # False when another finding of the same group was counted instead
    note: str = ""
    through: str | None = None  # for a related (partial) match: the common ancestor it matched through
    matched_label: str | None = None  # the label of `matched`

    @property
    def direction(self) -> str:
        return "for" if self.lr > 1.0001 else ("against" if self.lr < 0.9999 else "neutral")


@dataclass
class RankedCondition:
    rank: int
    id: str
    name: str
    probability: float  # calibrated (db/calibration.yaml)
    probability_raw: float  # before calibration
    prior: float
    prior_source: str | None
    codes: dict[str, list[str]]
    contributions: list[Contribution]
    missing_hallmarks: list[dict]
    separates_from_next: list[dict] = field(default_factory=list)
    log_score: float = 0.0


@dataclass
class CheckResult:
    input: CheckInput
    results: list[RankedCondition]
    ask_next: list[dict]
    unmatched: list[str]
    implied: list[str]  # findings dropped because a more specific one implies them
    notes: list[str] = field(default_factory=list)  # contradictions accepted, and how they were read
    tests_next: list[dict] = field(default_factory=list)  # tests whose result would separate the leaders most
    total: int = 0  # how many conditions were ranked (`results` may hold only the leading ones)
    ranks: dict[str, int] = field(default_factory=dict)  # every condition's rank

    def to_dict(self) -> dict:
        return asdict(self)


def validate_input(model: KbModel, data: CheckInput) -> CheckInput:
    """Normalise and check; raises CheckInputError with one clear sentence."""
    def norm(ids) -> list[str]:
        out = []
        for raw in ids:
            text = clean(raw, 100).strip().upper()
            if not HPO_ID.match(text):
                shown = clean(raw, 40)
                raise CheckInputError(f"'{shown}' is not an HPO ID (write it as HP: and seven digits, e.g. HP:0009027).")
            if not model.exists(text):
                raise CheckInputError(f"{text} is not a term of the bundled HPO release ({model.hpo_version}).")
            if text not in out:
                out.append(text)
        return out

    present, absent = norm(data.present), norm(data.absent)
    both = sorted(set(present) & set(absent))
    if both:
        raise CheckInputError(f"{both[0]} ({model.label(both[0])}) is marked both present and absent.")
    age = age_group(data.age)
    if data.sex is not None and data.sex not in SEXES:
        raise CheckInputError(f"Sex '{clean(data.sex, 20)}' is not one of: {', '.join(SEXES)}.")
    if data.course is not None:
        if data.course not in COURSES:
            raise CheckInputError(f"Course '{clean(data.course, 20)}' is not one of: {', '.join(COURSES)}.")
        if COURSES[data.course] in absent:
            raise CheckInputError(f"The course '{data.course}' is also marked absent.")
        if COURSES[data.course] not in present:
            present.append(COURSES[data.course])
    return CheckInput(tuple(present), tuple(absent), age, data.sex, data.course)


def contradictions(model: KbModel, present, absent) -> tuple[list[str], list[str]]:
    """(absent findings kept, notes): a broader finding absent while a more specific one is present is
    set aside with a note (a screening test negative while the specific test is positive happens)."""
    kept, notes = [], []
    for a in absent:
        specific = [p for p in present if model.is_descendant(p, a)]
        if specific:
            notes.append(f"{model.label(a)} is marked absent, but the more specific {model.label(specific[0])} "
                         f"is present: the absent finding is not counted. Check the record.")
        else:
            kept.append(a)
    return kept, notes


def _present_contribution(model: KbModel, hpo: str, annotations, q: float | None = None,
                          label: str | None = None, matched: tuple | None = None) -> Contribution:
    """`q`, `label` and `matched` (the finding's background, label and `evidence.matches` entry for this
    condition) may be passed in when scoring many conditions."""
    q = model.background_of(hpo) if q is None else q
    label = model.label(hpo) if label is None else label
    lr, ann, relation, _, through, note = present_weight(model, hpo, annotations, q, matched)
    if ann is None:
        return Contribution(hpo, label, "present", lr, "not described", None, None, relation, note=note)
    frequency = f"{ann.frequency} ({ann.label.lower()})" if relation == "other course" else ann.frequency
    return Contribution(hpo, label, "present", lr, frequency, ann.source, ann.hpo, relation, note=note,
                        through=through, matched_label=ann.label)


def _absent_contribution(model: KbModel, hpo: str, annotations) -> Contribution:
    """Absent: the term and everything more specific is absent."""
    lr, ann, relation = absent_weight(model, hpo, annotations, model.background_of(hpo))
    if ann is None:
        return Contribution(hpo, model.label(hpo), "absent", 1.0, "not described", None, None, "not described",
                            note="not described in this condition: counts neither way")
    return Contribution(hpo, model.label(hpo), "absent", lr, ann.frequency, ann.source, ann.hpo, relation,
                        matched_label=ann.label)


def _apply_groups(contribs: list[Contribution], annotations: dict[str, Annotation]) -> None:
    """Findings of one content group are one feature, and so are several patient findings that all match
    the same finding of the condition: keep the strongest, mark the others."""
    by_group: dict[str, list[Contribution]] = {}
    for c in contribs:
        ann = annotations.get(c.matched) if c.matched else None
        if ann is not None and ann.group:
            by_group.setdefault(ann.group, []).append(c)
        elif ann is not None:
            by_group.setdefault(f"finding {ann.hpo}", []).append(c)
    for group, members in by_group.items():
        if len(members) < 2:
            continue
        present = [c for c in members if c.state == "present"]
        pool = present or members
        keep = max(pool, key=lambda c: abs(math.log(c.lr)))
        for c in members:
            if c is not keep:
                c.counted = False
                c.note = (f"same feature as {keep.label} (group '{group}'): counted once" if not group.startswith("finding ")
                          else f"matches the same finding of this condition as {keep.label}: counted once")


def _context(model: KbModel, cond, data: CheckInput) -> list[Contribution]:
    out = []
    if data.age and cond.ages:
        typical = data.age in cond.ages
        untypical = OUTSIDE_REQUIRED_AGE_LR if cond.ages_strict else UNTYPICAL_AGE_LR
        out.append(Contribution(None, f"Age group: {data.age}", "context", 1.0 if typical else untypical,
                                "typical" if typical else "untypical", cond.prevalence_source, None, "context",
                                note=f"typical ages: {', '.join(cond.ages)}"
                                     + (" (required by the classification criteria)" if cond.ages_strict else "")))
    if data.sex and cond.female_share is not None:
        share = cond.female_share if data.sex == "female" else 1.0 - cond.female_share
        out.append(Contribution(None, f"Sex: {data.sex}", "context", share / 0.5, f"{share:.0%} of patients",
                                cond.prevalence_source, None, "context"))
    return out


UNRECORDED_EXPOSURE_LR = ABSENT_FLOOR  # as an absent finding at its floor: records miss what they do not ask about


def _unrecorded_exposures(model: KbModel, cond, recorded: frozenset[str]) -> list[Contribution]:
    """An exposure that defines the condition (an obligate row: statin-associated muscle symptoms need a statin) and
    that the record does not hold: counted as absent at its floor, so a statin-defined condition does not lead a
    record that names no statin, while a record that simply left drugs out still keeps it in view."""
    defining = model.memo.setdefault("defining_exposures", {})  # per condition, once: the scan of every row was
    if cond.id not in defining:  # most of a check's time on the scale knowledge base (session 32)
        defining[cond.id] = [ann for ann in cond.annotations.values() if ann.frequency == "obligate"
                             and EXPOSURE_ROOT in model.ancestors(ann.hpo)]
    return [Contribution(ann.hpo, ann.label, "context", UNRECORDED_EXPOSURE_LR, ann.frequency, ann.source,
                         ann.hpo, "context", note="defines this condition and is not in the record: enter it if the "
                                                  "patient has it")
            for ann in defining[cond.id] if ann.hpo not in recorded]


def _drop_implied(model: KbModel, present: tuple[str, ...], absent: tuple[str, ...]) -> tuple[list, list, list]:
    """A present finding implies its ancestors; an absent one implies its descendants: count each once."""
    keep_p = [h for h in present if not any(o != h and model.is_descendant(o, h) for o in present)]
    keep_a = [h for h in absent if not any(o != h and model.is_descendant(h, o) for o in absent)]
    implied = [h for h in present if h not in keep_p] + [h for h in absent if h not in keep_a]
    return keep_p, keep_a, implied


TIE_DIGITS = 9  # scores equal to this many decimals are a tie, ordered by name (sums of the same terms in
# another order can differ in the last bit)
DETAILED = 50  # hallmarks, separations and neutral lines are worked out for this many leading results


def _related(model: KbModel, present: list[str], absent: list[str]) -> tuple[list[frozenset[str]], list[set[str]]]:
    """For each entered finding, the conditions with an annotation related to it (the same term, an alias,
    a more general or a more specific one; for a present finding also through an informative common
    ancestor). For every other condition the finding counts neutrally."""
    def conditions_of(terms) -> set[str]:
        out: set[str] = set()
        for term in terms:
            out.update(cid for cid, _ in model.index.get(term, ()))
        return out

    courses = describing(model)
    return ([model.conditions_related(h) | model.conditions_partly_related(h) | (courses if h in EXCLUSIVE else set())
             for h in present],
            [conditions_of((h, *model.annotated_descendants(h))) for h in absent])


def _import_only(hpo: str, label: str) -> Contribution:
    """A present finding the condition holds only as an unreviewed bulk import from HPO: neither way."""
    return Contribution(hpo, label, "present", 1.0, "not described", None, None, "not described",
                        note="only an unreviewed import from HPO's annotations lists it here: counts neither way")


def _neutral(model: KbModel, present: list[str], absent: list[str]) -> list[Contribution]:
    """The contributions of findings a condition does not describe: a present one counts a little against it
    (evidence.unexplained_weight), an absent one neither way."""
    note = "not described in this condition: counts neither way"
    return ([Contribution(h, model.label(h), "present", unexplained_weight(model, h), "not described", None, None,
                          "not described", note=unexplained_note_of(model, h)) for h in present]
            + [Contribution(h, model.label(h), "absent", 1.0, "not described", None, None, "not described", note=note)
               for h in absent])


def _entries(model: KbModel, facts: list[tuple], absent: list[str], related_absent: list[set[str]],
             imported: list[frozenset[str]]) -> dict[str, dict[int, Contribution]]:
    """For each condition that some finding concerns, its contributions by the finding's place (present
    findings first, then absent ones), worked out finding by finding over the conditions each is related to.
    Every other place holds the shared neutral contribution; a present finding the condition holds only as an
    unreviewed import counts neither way (`_import_only`)."""
    out: dict[str, dict[int, Contribution]] = {}
    conditions = model.conditions
    for i, ((h, q, label, related, found), shielded) in enumerate(zip(facts, imported)):
        for cid in related:
            c = _present_contribution(model, h, conditions[cid].annotations, q, label, found.get(cid))
            out.setdefault(cid, {})[i] = _import_only(h, label) if c.relation == "not described" and cid in shielded else c
        for cid in shielded - related:
            out.setdefault(cid, {})[i] = _import_only(h, label)
    for j, (h, related) in enumerate(zip(absent, related_absent), start=len(facts)):
        for cid in related:
            out.setdefault(cid, {})[j] = _absent_contribution(model, h, conditions[cid].annotations)
    return out  # each condition's places in increasing order, as in the full list (groups keep the first of equals)


def check(model: KbModel, data: CheckInput, ask: int = 5, limit: int | None = None) -> CheckResult:
    """Rank every condition of the knowledge base for these findings. `limit`: build the result objects of the
    leading conditions only (never fewer than the DETAILED ones and the one after them); `ranks` and `total`
    still cover every condition."""
    from legpain_gui.checker.explain import asked_and_above, missing_hallmarks, separation, suggestions

    data = validate_input(model, data)
    kept_absent, notes = contradictions(model, data.present, data.absent)
    present, absent, implied = _drop_implied(model, data.present, tuple(kept_absent))
    related_present, related_absent = _related(model, present, absent)
    scored = []
    log_priors, with_context = model.log_priors, data.age is not None or data.sex is not None
    facts = [(h, model.background_of(h), model.label(h), related, matches(model, h))
             for h, related in zip(present, related_present)]  # each finding's matches found once
    neutral_present, neutral_absent = _neutral(model, present, []), _neutral(model, [], absent)  # shared, never changed
    unexplained = sum(math.log(c.lr) for c in neutral_present)  # a condition that describes none of the findings
    imported = [model.unreviewed_conditions(h) for h in present]  # the term is only an unreviewed import there
    entries = _entries(model, facts, absent, related_absent, imported)
    neutral = neutral_present + neutral_absent  # by finding: what a condition that does not describe it gets
    neutral_logs = [math.log(c.lr) for c in neutral]
    recorded = frozenset(h for p in data.present for h in model.ancestors(p) | {p})
    for cid, cond in model.conditions.items():
        context = (_context(model, cond, data) if with_context else []) + _unrecorded_exposures(model, cond, recorded)
        own = entries.get(cid)
        log_score = log_priors[cid] + unexplained  # every finding as for a condition that describes none
        if own is not None:  # then what this condition's own contributions change
            if len(own) > 1:
                _apply_groups(list(own.values()), cond.annotations)
            log_score += sum((math.log(c.lr) if c.counted else 0.0) - neutral_logs[i] for i, c in own.items())
        if context:
            log_score += sum(math.log(c.lr) for c in context if c.counted)
        scored.append((-round(log_score, TIE_DIGITS), cond.name, cid, log_score, own, context))
    scored.sort()  # by score, then name, then id (unique: the rest of the tuple is never compared)
    scored = [(s, cid, contribs, context) for _, _, cid, s, contribs, context in scored]
    top = scored[0][0] if scored else 0.0
    temperature = model.temperature  # calibrated on the tuning part (db/calibration.yaml)
    raw = [math.exp(s - top) for s, _, _, _ in scored]
    weights = raw if temperature == 1.0 else [w ** (1.0 / temperature) for w in raw]
    total = sum(weights) or 1.0
    raw_total = sum(raw) or 1.0
    asked = set(data.present) | set(data.absent)
    above = asked_and_above(model, asked)
    results = []
    built = len(scored) if limit is None else min(len(scored), max(limit, DETAILED + 1))
    for rank, ((log_score, cid, contribs, context), w, w_raw) in enumerate(zip(scored[:built], weights, raw), start=1):
        cond = model.conditions[cid]
        detailed = rank <= DETAILED or len(scored) <= 2 * DETAILED
        if contribs is None:
            contribs = _neutral(model, present, absent) if detailed else []
        else:
            contribs = [contribs.get(i, n) for i, n in enumerate(neutral)]
        if not detailed and contribs:  # beyond the leading results, list only what moved the condition
            contribs = [c for c in contribs if c.relation != "not described"]
        contribs = contribs + context
        if len(contribs) > 1:
            contribs.sort(key=_strength)
        results.append(RankedCondition(
            rank=rank, id=cid, name=cond.name, probability=w / total, probability_raw=w_raw / raw_total,
            prior=model.priors[cid],
            prior_source=cond.prevalence_source, codes=cond.codes, contributions=contribs,
            missing_hallmarks=missing_hallmarks(model, cond, asked, above) if detailed else [], log_score=log_score))
    for i in range(min(len(results) - 1, DETAILED)):
        results[i].separates_from_next = separation(model, results[i], results[i + 1], asked)
    unmatched = [h for h in data.present + data.absent
                 if not model.index.get(h) and not model.annotated_ancestors(h) and not model.annotated_descendants(h)]
    nexts = suggestions(model, results, asked, ask)
    return CheckResult(input=data, results=results, ask_next=nexts["bedside"], tests_next=nexts["test"],
                       unmatched=unmatched, implied=implied, notes=notes, total=len(scored),
                       ranks={cid: rank for rank, (_, cid, _, _) in enumerate(scored, start=1)})


def _strength(c: Contribution) -> float:
    """Sort key: the findings that moved a condition most come first; uncounted ones last."""
    return -abs(math.log(c.lr)) if c.counted else 1.0


def report(model: KbModel, rules: list, data: CheckInput, ask: int = 5, limit: int | None = None) -> dict:
    """Triage plus ranking in the JSON shape of the CLI contract: checker.report.report."""
    from legpain_gui.checker.report import report as build_report

    return build_report(model, rules, data, ask, limit)

"""Triage: explicit, cited rules evaluated before the ranking and shown above it.

A rule fires when any of its clauses holds; a clause holds when each of its concepts is matched by a
PRESENT finding (the concept's term or a more specific one), or by the patient's age group or sex.
Absent findings are never read here: an absent finding cannot trigger a rule.

After the ranking, the can't-miss rule (`cant_miss`) raises the level when a condition whose own red flags
reach emergency or urgent holds at least a stated share of the ranking, and names it. When no rule fires,
the level stays "routine" for scripts, but `fired` is false and the words say that nothing fired, never
that all is clear; a present finding of a red-flag concept still prompts the clinician (`prompts`).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from legpain_gui.checker.model import COURSES

LEVELS = ("emergency", "urgent", "routine")


@dataclass(frozen=True)
class TriageReason:
    rule: str
    name: str
    level: str
    advice: str
    findings: list[str]
    source: str


@dataclass(frozen=True)
class Triage:
    level: str
    reasons: list[TriageReason]

    def to_dict(self) -> dict:
        return {"level": self.level, "reasons": [
            {"rule": r.rule, "name": r.name, "level": r.level, "advice": r.advice, "findings": r.findings,
             "source": r.source} for r in self.reasons]}


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    level: str
    advice: str
    clauses: list[list[dict]]  # [[{"concept": name, "terms": [...]} or {"age": g} or {"sex": s}]]
    source: str
    conditions: tuple[str, ...] = ()  # the conditions the pattern points to


def load_rules(raw_connection) -> list[Rule]:
    """The rules stored in the knowledge base, in file order."""
    tables = {r[0] for r in raw_connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "triage_rule" not in tables:
        return []
    cols = {r[1] for r in raw_connection.execute("PRAGMA table_info(triage_rule)")}
    conditions = "conditions" if "conditions" in cols else "NULL"
    return [Rule(id=i, name=n, level=lv, advice=a, clauses=json.loads(c), source=s,
                 conditions=tuple(x for x in (cs or "").split(",") if x))
            for i, n, lv, a, c, s, cs in raw_connection.execute(
                f"SELECT id, name, level, advice, clauses_json, source, {conditions} FROM triage_rule ORDER BY position")]


def _kinds(present: list[str], ancestors) -> list[tuple[str, frozenset[str]]]:
    """Each present finding with what it is a kind of (itself and every term above it: `ancestors` is a
    model's), so that a concept's terms are matched with one set test."""
    return [(p, ancestors(p) | {p}) for p in present]


def evaluate(rules: list[Rule], present: list[str], ancestors, age: str | None = None,
             sex: str | None = None) -> Triage:
    """The highest level any rule reaches, with every rule that fired. `absent` is deliberately not a
    parameter: only present findings (and age group or sex) can trigger a rule."""
    reasons = []
    kinds = _kinds(present, ancestors)
    for rule in rules:
        for clause in rule.clauses:
            matched = _clause(clause, kinds, age, sex)
            if matched is not None:
                reasons.append(TriageReason(rule.id, rule.name, rule.level, rule.advice, matched, rule.source))
                break
    reasons.sort(key=lambda r: LEVELS.index(r.level))
    level = reasons[0].level if reasons else "routine"
    return Triage(level=level, reasons=reasons)


def _clause(clause: list[dict], kinds: list[tuple[str, frozenset[str]]], age, sex) -> list[str] | None:
    used: list[str] = []
    for item in clause:
        if "age" in item:
            if age != item["age"]:
                return None
            continue
        if "sex" in item:
            if sex != item["sex"]:
                return None
            continue
        if "unless" in item:  # a present finding that makes the pattern another story (a chronic course)
            if any(not kind.isdisjoint(item["unless"]) for _, kind in kinds):
                return None
            continue
        if "count" in item:  # findings of at least `count` of the groups (organs: catastrophic APS)
            hits = [next((p for p, kind in kinds if not kind.isdisjoint(g)), None) for g in item["groups"]]
            if sum(h is not None for h in hits) < item["count"]:
                return None
            used += [h for h in hits if h is not None and h not in used]
            continue
        hit = next((p for p, kind in kinds if not kind.isdisjoint(item["terms"])
                    and kind.isdisjoint(item.get("except", ()))), None)
        if hit is None:
            return None
        if hit not in used:
            used.append(hit)
    return used


def to_dict(triage: Triage) -> dict:
    return asdict(triage)


def red_flags(rules: list[Rule], present: list[str], ancestors) -> list[str]:
    """The present findings of a red-flag concept (not one that matters only in combination, such as leg pain)."""
    terms = {t for rule in rules for clause in rule.clauses for item in clause if not item.get("context")
             for t in item.get("terms", ())}
    return [p for p, kind in _kinds(present, ancestors) if not kind.isdisjoint(terms)]


def prompts(flagged, label) -> list[str]:
    """The present findings of a red-flag concept (`red_flags`): each a prompt to consider urgent assessment (a
    red-flag finding alone never leaves an unqualified routine)."""
    return [f"{label(p)} is a red-flag finding: consider urgent assessment even though no rule fired." for p in flagged]


def shown(probability: float) -> str:
    """A probability rounded to 5%, as the ranking shows it: the model supports no finer statement."""
    if probability < 0.05:
        return "<5%"
    if probability > 0.95:
        return ">95%"
    return f"{5 * round(probability * 20)}%"


STEP_DOWN_SUPPORT = 2
COURSE_TERMS = frozenset(COURSES.values())


def _supporting(result: dict) -> int:
    """The present findings that speak for a condition; its course is none (a sprain is acute, and a bruise with an
    acute onset filled a third of the ranking with necrotising infection)."""
    return sum(c["state"] == "present" and c["lr"] > 1.0 and c["hpo"] not in COURSE_TERMS
               for c in result.get("contributions") or ())


def cant_miss(results: list, suspected: dict, thresholds: dict[str, float],
              flagged: frozenset = frozenset()) -> list[TriageReason]:
    """Conditions that are themselves emergencies or urgent once suspected (the condition file's
    `suspected` level, cited) and that hold at least the stated share of the ranking (`results`: dicts
    with id, name, probability, rank). An emergency condition that holds the urgent share but not the
    emergency one raises triage to urgent: too likely to leave to a routine appointment, not yet likely
    enough to send the patient to the emergency department on the ranking alone (tuning part: one
    emergency fewer left at routine, the same share of triage right), when at least STEP_DOWN_SUPPORT
    present findings speak for it: a single risk factor (drug use for an epidural abscess) fills a ranking
    without making the condition likely. An emergency condition at the emergency share that fewer than
    STEP_DOWN_SUPPORT present findings speak for is urgent too (a bruise alone filled a quarter of the ranking with
    necrotising infection; tuning part unchanged), unless that finding is itself a red flag (`flagged`: a CK over
    50 times normal alone is rhabdomyolysis, an emergency)."""
    out = []
    for r in results:
        flag = suspected.get(r["id"])
        if flag is None:
            continue
        level, why, source = flag
        if level == "emergency" and level in thresholds and r["probability"] >= thresholds[level] and \
                _supporting(r) < STEP_DOWN_SUPPORT and not any(
                    c["hpo"] in flagged for c in r.get("contributions") or () if c["state"] == "present"):
            level = "urgent"
            advice = (f"Suspected, it is an emergency: {why} A single finding speaks for it: assess the patient the "
                      "same day, to confirm it or set it aside.")
        elif level in thresholds and r["probability"] >= thresholds[level]:
            advice = f"Suspected, it is {'an emergency' if level == 'emergency' else 'urgent'}. {why}"
        elif (level == "emergency" and "urgent" in thresholds and r["probability"] >= thresholds["urgent"]
              and _supporting(r) >= STEP_DOWN_SUPPORT):
            level = "urgent"
            advice = (f"Suspected, it is an emergency: {why} At this share, assess the patient the same day, "
                      "to confirm it or set it aside.")
        else:
            continue
        out.append(TriageReason(
            "cant-miss", f"Can't miss: {r['name']}", level,
            f"{r['name']} holds {shown(r['probability'])} of the ranking (rank {r['rank']}). {advice}", [], source))
    return out


def together(results: list, suspected: dict, share: float) -> list[TriageReason]:
    """When no single condition reaches its share, but conditions that are each urgent or an emergency once
    suspected hold at least `share` of the ranking together (a differential made of systemic vasculitides,
    or of an infection and a thrombosis): urgent, naming them, each with its own cited reason. As for one
    condition stepped down to urgent, at least STEP_DOWN_SUPPORT present findings must speak for them: a single
    risk factor (bacteraemia) fills the ranking with infections without making any of them likely."""
    named = [r for r in results if r["id"] in suspected]
    total = sum(r["probability"] for r in named)
    support = {c["hpo"] for r in named for c in r.get("contributions") or ()
               if c["state"] == "present" and c["lr"] > 1.0}
    if total < share or len(support) < STEP_DOWN_SUPPORT:
        return []
    shares = ", ".join(f"{r['name']} {shown(r['probability'])}" for r in named[:4])
    sources = "; ".join(dict.fromkeys(suspected[r["id"]][2] for r in named[:4] if suspected[r["id"]][2]))
    return [TriageReason(
        "cant-miss-together", "Can't miss: urgent conditions together", "urgent",
        f"Conditions that each need prompt assessment once suspected hold {shown(total)} of the ranking together "
        f"({shares}). Assess the patient the same day, to confirm one or set them aside.", [], sources)]

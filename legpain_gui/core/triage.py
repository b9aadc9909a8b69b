"""Triage: explicit, cited rules evaluated before the ranking and shown above it.

A rule fires when any of its clauses holds; a clause holds when each of its concepts is matched by a
PRESENT finding (the concept's term or a more specific one), or by the patient's age group or sex.
Absent findings are never read here: an absent finding cannot trigger a rule.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

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


def load_rules(raw_connection) -> list[Rule]:
    """The rules stored in the knowledge base, in file order."""
    tables = {r[0] for r in raw_connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "triage_rule" not in tables:
        return []
    return [Rule(id=i, name=n, level=lv, advice=a, clauses=json.loads(c), source=s)
            for i, n, lv, a, c, s in raw_connection.execute(
                "SELECT id, name, level, advice, clauses_json, source FROM triage_rule ORDER BY position")]


def evaluate(rules: list[Rule], present: list[str], is_descendant, age: str | None = None,
             sex: str | None = None) -> Triage:
    """The highest level any rule reaches, with every rule that fired. `absent` is deliberately not a
    parameter: only present findings (and age group or sex) can trigger a rule."""
    reasons = []
    for rule in rules:
        for clause in rule.clauses:
            matched = _clause(clause, present, is_descendant, age, sex)
            if matched is not None:
                reasons.append(TriageReason(rule.id, rule.name, rule.level, rule.advice, matched, rule.source))
                break
    reasons.sort(key=lambda r: LEVELS.index(r.level))
    level = reasons[0].level if reasons else "routine"
    return Triage(level=level, reasons=reasons)


def _clause(clause: list[dict], present: list[str], is_descendant, age, sex) -> list[str] | None:
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
        hit = next((p for p in present if p in item["terms"] or any(is_descendant(p, t) for t in item["terms"])), None)
        if hit is None:
            return None
        if hit not in used:
            used.append(hit)
    return used


def to_dict(triage: Triage) -> dict:
    return asdict(triage)

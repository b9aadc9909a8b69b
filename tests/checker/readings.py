"""What a text is read as, for the text-reading tests: its findings with their states and contexts, and the triage of
the patient's own findings as `legpain-gui extract --check` passes them (with the course read from the text)."""
from __future__ import annotations

from legpain_gui.checker.engine import CheckInput
from legpain_gui.checker.extract import extract, for_checker
from legpain_gui.checker.report import report


def found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


def contexts(lex, text):
    return {f["hpo"]: f["context"] for f in extract(lex, text)["findings"]}


def fired(lex, checker, text):
    """(triage level, the ids of the rules that fired)."""
    model, rules = checker
    result = extract(lex, text)
    present, absent = for_checker(result)
    out = report(model, rules, CheckInput(present=tuple(present), absent=tuple(absent), course=result["course"]))
    return out["triage"]["level"], {r["rule"] for r in out["triage"]["reasons"]}

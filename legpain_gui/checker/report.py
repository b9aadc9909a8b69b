"""The checker's report in the JSON shape of the CLI contract: triage first (explicit rules, then the
can't-miss rule over the calibrated ranking), then every condition ranked with its explanation.

Contract keys scripts rely on: `triage.level` (emergency | urgent | routine), `triage.fired`,
`results[].name`, `results[].codes`, `results[].probability`, `results[].contributions`.
Probabilities are calibrated and shown rounded with a tier, because the model cannot support more
precision than that (see Help → How the checker works and how well).
"""
from __future__ import annotations

import gc

from legpain_gui.checker.engine import RELATIVE_NOTE, CheckInput, Contribution, check
from legpain_gui.checker.model import KbModel
from legpain_gui.checker.triage import LEVELS, cant_miss, evaluate, prompts, red_flags, shown, together

TIERS = ((0.5, "likely"), (0.1, "possible"), (0.0, "unlikely"))  # by calibrated probability
CANT_MISS_SCOPE = 10  # the can't-miss rule reads this many leading conditions
LEADING = 3  # a rule's conditions outside the leading three is said out loud


def tier(probability: float) -> str:
    """From the rounded figure, so the words never contradict the number shown (TIERS, by hand: this runs
    for every condition of a large knowledge base)."""
    rounded = round(probability * 20) / 20
    return "likely" if rounded >= 0.5 else ("possible" if rounded >= 0.1 else "unlikely")


def _contribution_json(as_json: dict, c: Contribution) -> dict:
    out = as_json.get(id(c))
    if out is None:  # the neutral ones are shared by thousands of conditions: one dict each
        out = as_json[id(c)] = {
            "hpo": c.hpo, "label": c.label, "state": c.state, "lr": round(c.lr, 4), "direction": c.direction,
            "frequency": c.frequency, "source": c.source, "matched": c.matched, "relation": c.relation,
            "counted": c.counted, "note": c.note, "through": c.through, "matched_label": c.matched_label}
    return out


def _results(model: KbModel, result, limit: int | None = None) -> list[dict]:
    as_json: dict[int, dict] = {}
    out = []
    for r in result.results[:limit]:
        context = [c for c in r.contributions if c.state == "context"]
        out.append({
            "rank": r.rank, "id": r.id, "name": r.name, "probability": round(r.probability, 6),
            "probability_raw": round(r.probability_raw, 6), "shown": shown(r.probability), "tier": tier(r.probability),
            "prior": round(r.prior, 6), "prior_source": r.prior_source, "codes": model.contract_codes(r.id),
            "contributions": [_contribution_json(as_json, c) for c in r.contributions if c.state != "context"],
            "context": [{"label": c.label, "lr": round(c.lr, 4), "note": c.note, "source": c.source} for c in context],
            "missing_hallmarks": r.missing_hallmarks,
            "separates_from_next": r.separates_from_next,
        })
    return out


def _triage(model: KbModel, rules: list, result, results: list[dict]) -> dict:
    present = list(result.input.present)
    fired = evaluate(rules, present, model.ancestors, result.input.age, result.input.sex)
    reasons = list(fired.reasons)
    # a fired rule that names a condition speaks for it, unless the condition itself calls for a higher level
    # (a swollen joint with fever is urgent; septic arthritis leading the ranking is an emergency)
    named: dict[str, int] = {}
    for x in fired.reasons:
        for cid in next(rule.conditions for rule in rules if rule.id == x.rule):
            named[cid] = min(named.get(cid, len(LEVELS)), LEVELS.index(x.level))
    flagged = red_flags(rules, present, model.ancestors)  # read once: the can't-miss step-down and the prompts
    for extra in cant_miss(results[:CANT_MISS_SCOPE], model.suspected, model.cant_miss, frozenset(flagged)):
        cid = next(r["id"] for r in results if f"Can't miss: {r['name']}" == extra.name)
        if LEVELS.index(extra.level) < named.get(cid, len(LEVELS)):
            reasons.append(extra)
    if not reasons and "together" in model.cant_miss:  # several together, where nothing else fired
        reasons += together(_leading(result), model.suspected, model.cant_miss["together"])
    reasons.sort(key=lambda x: LEVELS.index(x.level))
    level = reasons[0].level if reasons else "routine"
    rank = result.ranks  # every condition, also beyond the results returned
    notes = []
    for rule in rules:
        if rule.id in {x.rule for x in reasons} and rule.conditions:
            best = min(rule.conditions, key=lambda c: rank.get(c, 10 ** 9))
            if rank.get(best, 10 ** 9) > LEADING:
                notes.append(f"The {rule.name} rule fired although {_name(model, best)} ranks "
                             f"{rank.get(best, '-')}: triage reads the red-flag findings alone, the ranking weighs "
                             "every finding. Act on the triage.")
    return {
        "level": level, "fired": bool(reasons),
        "reasons": [{"rule": x.rule, "name": x.name, "level": x.level, "advice": x.advice, "findings": x.findings,
                     "source": x.source} for x in reasons],
        "prompts": prompts(flagged, model.label) if level == "routine" else [],
        "notes": notes,
    }


TOGETHER_SCOPE = 50  # the together rule sums the shares of this many leading conditions, whatever `limit` is


def _leading(result) -> list[dict]:
    """The leading conditions as the triage reads them, whatever part of the ranking the report returns."""
    return [{"id": r.id, "name": r.name, "probability": r.probability,
             "contributions": [{"hpo": c.hpo, "state": c.state, "lr": c.lr} for c in r.contributions]}
            for r in result.results[:TOGETHER_SCOPE]]


def _name(model: KbModel, cid: str) -> str:
    cond = model.conditions.get(cid)
    return cond.name if cond is not None else cid


def report(model: KbModel, rules: list, data: CheckInput, ask: int = 5, limit: int | None = None) -> dict:
    """Triage plus ranking (docs: `legpain-gui check --help`). `limit`: return only the leading results
    (at least CANT_MISS_SCOPE; `results_total` says how many were ranked); the triage reads them all."""
    paused = gc.isenabled()  # a check makes many short-lived objects and no cycles: the collector would walk
    gc.disable()              # them again and again on a large knowledge base
    try:
        limit = None if limit is None else max(limit, CANT_MISS_SCOPE)
        result = check(model, data, ask=ask, limit=limit)
        results = _results(model, result, limit)
    finally:
        if paused:
            gc.enable()
    return {
        "triage": _triage(model, rules, result, results),
        "results": results,
        "results_total": result.total,
        "ask_next": result.ask_next,
        "tests_next": result.tests_next,
        "unmatched": result.unmatched,
        "implied": result.implied,
        "notes": result.notes,
        "input": {"present": list(result.input.present), "absent": list(result.input.absent),
                  "age": result.input.age, "sex": result.input.sex, "course": result.input.course},
        "labels": {h: model.label(h) for h in (*result.input.present, *result.input.absent) if model.exists(h)},
        "kb_version": model.kb_version,
        "hpo_version": model.hpo_version,
        "calibration_temperature": model.temperature,
        "note": RELATIVE_NOTE,
    }

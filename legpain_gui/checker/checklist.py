"""The checker's checklist: the findings that best tell the conditions of this knowledge base apart,
grouped by body system, each with its plain label and clinical term."""
from __future__ import annotations

from legpain_gui.kb.vocab import SYSTEM_ORDER, SYSTEM_TITLES
from legpain_gui.checker.model import KbModel


def red_flag_findings(model: KbModel, rules: list) -> list[tuple[str, str, str]]:
    """One finding per triage concept (its first term), in rule order: what must always be askable."""
    out, seen = [], set()
    for rule in rules:
        for clause in rule.clauses:
            for item in clause:
                terms = [] if item.get("context") else item.get("terms") or []
                if terms and terms[0] not in seen:
                    seen.add(terms[0])
                    out.append((terms[0], model.plain.get(terms[0]) or model.label(terms[0]), model.label(terms[0])))
    return out


def checklist(model: KbModel, rules: list, limit: int = 60) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Red-flag findings first, then the most discriminating findings by body system."""
    flags = red_flag_findings(model, rules)
    taken = {h for h, _, _ in flags}
    groups = [("Red flags", flags)] if flags else []
    for title, items in useful_findings(model, limit, exclude=taken):
        groups.append((title, items))
    return groups


def useful_findings(model: KbModel, limit: int = 60, exclude: set[str] = frozenset()) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """[(system title, [(hpo, plain label, clinical label)])]: the `limit` findings whose frequency differs
    most between conditions (weighted by prior), leg-relevant systems first."""
    scores = model.memo.get("checklist_scores")
    if scores is None:  # precomputed with the knowledge base (checker.tables), else worked out once
        scores = model.memo["checklist_scores"] = finding_scores(model)
    chosen = [h for _, h in scores if h not in exclude][:limit]
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for hpo in chosen:
        system = model.systems.get(hpo, "systemic")
        groups.setdefault(system, []).append((hpo, model.plain.get(hpo) or model.label(hpo), model.label(hpo)))
    order = SYSTEM_ORDER + sorted(set(groups) - set(SYSTEM_ORDER))
    return [(SYSTEM_TITLES.get(s, s.title()), sorted(groups[s], key=lambda x: x[1].casefold())) for s in order if s in groups]


def finding_scores(model: KbModel) -> list[tuple[float, str]]:
    """[(score, hpo)] of every described finding, best first: the weighted spread of its probability across
    conditions plus a quarter of its range. Conditions that do not describe a finding sit at its background,
    so only the describing ones are visited (linear in the number of annotations)."""
    scores = []
    for hpo, entries in model.index.items():
        q = model.quick_background_of(hpo)
        described = {cid: ann.probability for cid, ann in entries}
        w_described = sum(model.priors[cid] for cid in described)
        mean = sum(model.priors[cid] * p for cid, p in described.items()) + (1 - w_described) * q
        var = (sum(model.priors[cid] * (p - mean) ** 2 for cid, p in described.items())
               + (1 - w_described) * (q - mean) ** 2)
        probs = list(described.values()) + ([q] if len(described) < len(model.conditions) else [])
        scores.append((var ** 0.5 + (max(probs) - min(probs)) / 4, hpo))
    return sorted(scores, key=lambda s: (-s[0], s[1]))

"""What the ranking suggests next: the hallmarks of a condition not yet asked, what separates it from the
next one, and the unasked findings whose answer would change the ranking most (expected information gain)."""
from __future__ import annotations

import math

from legpain_gui.checker.engine import ABSENT_FLOOR, PRESENT_FLOOR, RankedCondition
from legpain_gui.checker.evidence import match, may_match, reach
from legpain_gui.checker.model import KbModel


def asked_and_above(model: KbModel, asked: set[str]) -> frozenset[str]:
    """The asked findings and every term above them: worked out once per check for `missing_hallmarks`."""
    return frozenset(asked).union(*(model.ancestors(a) for a in asked))


def missing_hallmarks(model: KbModel, cond, asked: set[str], above: frozenset[str] | None = None) -> list[dict]:
    """The condition's hallmarks that no asked finding covers (the same term, one above or below it).
    `above`: `asked_and_above(model, asked)`, when the caller has it."""
    above = asked_and_above(model, asked) if above is None else above
    out = []
    for ann in cond.annotations.values():
        if not ann.hallmark:
            continue
        covered = ann.hpo in above or not model.ancestors(ann.hpo).isdisjoint(asked)
        if not covered:
            out.append({"hpo": ann.hpo, "label": ann.label, "frequency": ann.frequency, "source": ann.source})
    return out


SEPARATES = 0.3  # an unasked finding separates two conditions when its chances in them differ by this much
PAIRS_KEPT = 20000  # separating findings memoised for this many pairs of conditions (then forgotten)


def separation(model: KbModel, a: RankedCondition, b: RankedCondition, asked: set[str]) -> list[dict]:
    """What tells `a` from the next one: entered findings that split them most, then unasked ones."""
    out = []
    lr_b = {c.hpo: c for c in b.contributions if c.hpo}
    for c in a.contributions:
        if c.hpo and c.hpo in lr_b and c.counted and lr_b[c.hpo].counted:
            diff = math.log(c.lr) - math.log(lr_b[c.hpo].lr)
            if abs(diff) > 0.4:
                out.append({"hpo": c.hpo, "label": c.label, "state": c.state, "log_lr_difference": round(diff, 2),
                            "why": f"{c.state}: LR {c.lr:.2g} for {a.name} vs {lr_b[c.hpo].lr:.2g} for {b.name}"})
    out.sort(key=lambda x: -abs(x["log_lr_difference"]))
    shown = 0
    for _, hpo, pa, pb in _separating(model, a.id, b.id):  # the most separating first
        if hpo in asked:
            continue
        out.append({"hpo": hpo, "label": model.label(hpo), "state": "not asked", "log_lr_difference": None,
                    "why": f"not asked: about {pa:.0%} in {a.name} vs {pb:.0%} in {b.name}"})
        shown += 1
        if shown == 3:
            break
    return out[:6]


def _separating(model: KbModel, a: str, b: str) -> list[tuple[float, str, float, float]]:
    """The findings whose chances in conditions `a` and `b` differ by at least SEPARATES, as (difference, term,
    chance in a, chance in b), the largest difference first (then by term): the same for every check, so worked
    out once per pair. `separation` skips the asked ones."""
    memo = model.memo.setdefault("separating_pairs", {})
    found = memo.get((a, b))
    if found is None:
        if len(memo) >= PAIRS_KEPT:
            memo.clear()
        ann_a, ann_b = model.conditions[a].annotations, model.conditions[b].annotations
        background = model.quick_background_of
        found = []
        for hpo in _strong(model, a) | _strong(model, b):
            x, y = ann_a.get(hpo), ann_b.get(hpo)
            pa = x.probability if x is not None else background(hpo)
            pb = y.probability if y is not None else background(hpo)
            if abs(pa - pb) >= SEPARATES:
                found.append((abs(pa - pb), hpo, pa, pb))
        found.sort(reverse=True)
        memo[(a, b)] = found
    return found


def _strong(model: KbModel, cid: str) -> frozenset[str]:
    """The condition's findings that can separate it from another (`separation`): its chance of them or their
    background is at least SEPARATES (two chances both below it differ by less). Memoised per model."""
    memo = model.memo.setdefault("separating", {})
    if cid not in memo:
        background = model.quick_background_of
        memo[cid] = frozenset(h for h, ann in model.conditions[cid].annotations.items()
                              if ann.probability >= SEPARATES or background(h) >= SEPARATES)
    return memo[cid]


TEST_SYSTEMS = {"laboratory", "imaging"}
TEST_WORDS = ("biopsy", "scan", "test", "nerve conduction", "emg", "electromyograph", "mri", "x-ray", "ultrasound",
              "angiogra", "lumbar puncture", "spinal fluid", "csf", "blood count", "antibod", "urine test",
              "vasculitis", "aneurysm", "herniat", "disc degenerat", "stenosis", "hba1c", "oligoclonal", "granulom",
              "infiltrat", "necrosis", "fibres", "fibers", "vacuole", "on imaging", "arteritis")
BEDSIDE_WORDS = ("straight-leg", "straight leg", " sign", "reflex")  # examinations, though "test" is in the name
TOO_GENERAL = 0.15  # annotated in more than this share of HPO's diseases: not one question ("Abnormality of the eye")


def kind_of(model: KbModel, hpo: str) -> str | None:
    """'bedside' (asked or examined at the bedside), 'test' (a laboratory, imaging, neurophysiology or
    biopsy result), or None: a diagnosis, a term too general to ask, or a term outside the catalogue."""
    system = model.systems.get(hpo)
    label = model.label(hpo).casefold()
    if system is None or label in model.condition_names:
        return None
    if model.hpo_disease_count and model.disease_count(hpo) / model.hpo_disease_count > TOO_GENERAL:
        return None
    words = f"{label} {model.plain.get(hpo, '')}".casefold()
    if system not in TEST_SYSTEMS and any(w in words for w in BEDSIDE_WORDS):
        return "bedside"
    return "test" if system in TEST_SYSTEMS or any(w in words for w in TEST_WORDS) else "bedside"


def _entropy(ps: list[float]) -> float:
    return -sum(p * math.log2(p) for p in ps if p > 0)


def ask_next(model: KbModel, results: list[RankedCondition], asked: set[str], n: int = 5,
             kind: str = "bedside") -> list[dict]:
    """The unasked findings of one kind (bedside questions and examination, or tests) whose answer would
    change the ranking most (expected information gain)."""
    return suggestions(model, results, asked, n)[kind]


def suggestions(model: KbModel, results: list[RankedCondition], asked: set[str], n: int = 5) -> dict[str, list[dict]]:
    """{'bedside': [...], 'test': [...]}: the unasked findings of each kind whose answer would change the
    ranking most (expected information gain), from one pass over the candidates."""
    if not results:
        return {"bedside": [], "test": []}
    top = [r for r in results if r.probability >= 0.005][:12] or results[:2]
    post = [r.probability for r in top]
    norm = sum(post)
    post = [p / norm for p in post]
    conds = [model.conditions[r.id] for r in top]
    reached = [_reach(model, r.id) for r in top]
    candidates: set[str] = set()
    for c in conds:
        candidates.update(c.annotations)
    blocked = set(asked)
    for a in asked:
        blocked |= model.ancestors(a)
    h0 = _entropy(post)
    gains = {"bedside": [], "test": []}
    for hpo in candidates - blocked:
        kind = kind_of(model, hpo)
        if kind is None:
            continue
        if not model.ancestors(hpo).isdisjoint(asked):  # below an asked finding (above one is blocked)
            continue
        q = model.quick_background_of(hpo)
        matched = [match(model, hpo, c.annotations, partial=False) if may_match(model, hpo, c.annotations, r)
                   else UNMATCHED for c, r in zip(conds, reached)]  # as the ranking does
        likes = [m[0] if m[0] is not None else q for m in matched]
        likes = [min(max(p, PRESENT_FLOOR), 1 - ABSENT_FLOOR) for p in likes]
        p_yes = sum(w * l for w, l in zip(post, likes))
        if p_yes <= 0 or p_yes >= 1:
            continue
        post_yes = [w * l / p_yes for w, l in zip(post, likes)]
        post_no = [w * (1 - l) / (1 - p_yes) for w, l in zip(post, likes)]
        gain = h0 - (p_yes * _entropy(post_yes) + (1 - p_yes) * _entropy(post_no))
        if gain > 1e-4:
            gains[kind].append((gain, hpo, likes, matched))
    return {kind: _described(model, conds, sorted(found, key=lambda g: (-g[0], g[1]))[:n])
            for kind, found in gains.items()}


UNMATCHED = (None, None, "not described", [], None)  # what `match` gives when it finds nothing


def _reach(model: KbModel, condition_id: str) -> frozenset[str]:
    """evidence.reach of a condition, once per model."""
    memo = model.memo.setdefault("reach", {})
    if condition_id not in memo:
        memo[condition_id] = reach(model, model.conditions[condition_id].annotations)
    return memo[condition_id]


def _described(model: KbModel, conds, best: list) -> list[dict]:
    out = []
    for gain, hpo, likes, matched in best:
        hi = max(range(len(conds)), key=lambda i: likes[i])
        lo = min(range(len(conds)), key=lambda i: likes[i])

        def how_often(i: int, matched=matched) -> str:
            ann = matched[i][1]
            if ann is None:
                return f"not described in {conds[i].name}"
            via = "" if ann.hpo == hpo else f" (as {ann.label})"
            return f"{ann.frequency}{via} in {conds[i].name}"

        why = f"{how_often(hi)}; {how_often(lo)}" if hi != lo else how_often(hi)
        out.append({"hpo": hpo, "label": model.label(hpo), "plain": model.plain.get(hpo, ""),
                    "why": why, "information_gain_bits": round(gain, 3)})
    return out

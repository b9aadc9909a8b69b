"""How much one finding says about one condition: matching through the HPO hierarchy, the finding's
probability in the reference's mix of patients, and partial credit for related terms.

- P(finding | condition) comes from the condition's curated rows (unreviewed bulk imports are never read here),
  matched through the hierarchy: the same term or one HPO files elsewhere for the same bedside finding
  (db/aliases.yaml) counts in full; a patient term more specific than the condition's counts as it (a direct child
  in full, then halving with each step, SPECIFICITY_DECAY, scaled by SPECIFIC_SHARE_EXP; under a row of pain of
  any kind, as pain: SITELESS_ROWS); a more general one with the chance that at least one of the condition's more
  specific findings is present (with rows above and below it, the larger reading); a sibling or cousin in part,
  through their most informative common ancestor (below).
- A patient term that in clinical use means the generalized form (`generalized` in db/findings.yaml: "areflexia"
  is written for a patient with no reflexes at all, while HPO files "absent ankle reflexes" under it) is not made
  likely by a condition's local rows below it: that reading is scaled by the share of HPO's diseases with the
  general term that have the local ones (`_generalized_share`). A generalized areflexia says little for a
  sciatica whose one ankle reflex is lost.
- The background, P(finding) in the mix of patients this reference covers, is derived from the data:
  the average of P(finding | condition) over every condition, weighted by the conditions' priors, where a
  condition that does not describe the finding contributes how often HPO annotates it across all of its
  diseases (`base_rate`). A finding that many conditions share therefore has a high background and moves
  the ranking little; a specific antibody has a low one and moves it much. A background stated in
  db/findings.yaml with a cited source overrides the derived one.
- A present finding that a condition does not describe counts a little against it (`unexplained_weight`):
  the background assumes such a condition has the finding at its base rate across HPO's diseases, so a finding
  that many of the other conditions describe (fever, myalgia) is less likely under this one than in the mix.
  The ratio of the two is softened and bounded, because no file lists every finding of its condition. A
  finding that no condition describes weighs the same for all of them. A common condition of the population at
  large (hypertension, diabetes, obesity: `comorbidity` in db/findings.yaml) counts neither way for a condition
  that does not describe it: such a patient has it about as often whatever else they have, so it neither argues
  for that condition nor against it (a condition that lists it as a risk factor still gains from it). So does a
  finding that follows from the leg pain itself (a limp: `complaint` in db/findings.yaml), whose background is
  leg pain's (COMPLAINT), not HPO's rare annotations of it. An absent finding not described counts neither way.
- Partial credit through the most informative common ancestor (as Phenomizer and LIRICAL use the
  information content of HPO terms): when a condition describes no term above or below the patient's, but
  a term that shares an informative ancestor with it (information content at least MIN_SHARED_IC over
  HPO's diseases), the patient's finding counts as that ancestor, which it entails: the condition's
  probability of the ancestor over the ancestor's own, higher, background, never below 1. The explanation
  names the ancestor it matched through. Autoantibodies get no partial credit (session 22): each is a test of one
  specificity, and a patient's anti-Jo-1 says nothing for a myopathy defined by anti-SRP or anti-HMGCR. Nor do
  the three courses, which exclude each other: an unstated one takes what the stated one leaves (checker.courses).
"""
from __future__ import annotations

from legpain_gui.checker.courses import COURSE_BASE, EXCLUSIVE, describing, is_course, note_of, other_course

PRESENT_FLOOR = 0.01
SPECIFICITY_DECAY = 0.5
# A patient term more specific than the condition's (anti-ganglioside antibodies against "autoantibody positivity")
# is only part of what the general term covers: its probability is scaled by the share of HPO's diseases with the
# general term that have the specific one, raised to this power (0: in full). Tuning part, session 12 (164 cases):
SPECIFIC_SHARE_EXP = 1.0  # top-3 80.5% at 0.5, 82.3% at 1.0, 1.5 and 2.0 about the same; 0 and 0.25 worse
EXCLUDED_FLOOR = 0.002
ABSENT_FLOOR = 0.1  # an absent finding divides the odds by at most 10: records miss subtle findings (tuning part,
# session 12: 0.02 gave top-3 82.3% with the share exponent above, 0.1 82.9%, 0.2 the same)
MIN_SHARED_IC = 4.75  # nats: the common ancestor is annotated in at most exp(-4.75) = 0.9% of HPO's diseases. Chosen
# on the tuning part (session 13, 218 cases, top-1/top-3: 4.0 67.0/85.8%, 4.25 67.9/86.2, 4.5 69.3/85.8, 4.75 68.8/86.2,
# 5.0 68.3/86.2, 6.0 67.9/86.2, none 67.4/85.8): at 4.0 'autoantibody positivity' (4.09) let any antibody credit any
# condition with another antibody (anti-CCP for cryoglobulinaemic vasculitis, antiphospholipid for Guillain-Barre)
MIN_BACKGROUND, MAX_BACKGROUND = 0.003, 0.6
MIN_BASE_RATE, MAX_BASE_RATE = 0.002, 0.3
# HPO's ~12,700 diseases are mostly rare genetic syndromes, described for their distinctive features; among patients
# with an inflammatory, vascular or neurological cause of leg pain, general findings (fever, fatigue, weight loss,
# raised ESR) are commoner than that share suggests. Chosen on the tuning part.
CLINICAL_SCALE = 1.0
# A present finding the condition does not describe: (base rate / background) ** UNEXPLAINED_EXP, never below
# UNEXPLAINED_FLOOR ** UNEXPLAINED_EXP (about 0.55) nor above 1. Chosen on the tuning part (exponents 0.5 and 1,
# floors 0 to 0.5 tried; without it a condition was never the worse for findings it does not explain).
UNEXPLAINED_EXP, UNEXPLAINED_FLOOR = 0.5, 0.3
UNEXPLAINED_NOTE = ("not described in this condition: counts a little against it, the more so the more of the "
                    "other conditions describe it")
UNEXPLAINED_NEUTRAL_NOTE = ("not described in this condition; the other conditions describe it no more often than "
                            "HPO's diseases do, so it weighs the same for all of them")
COMORBIDITY_NOTE = ("not described in this condition: a common condition in the population at large, which "
                    "neither argues for this condition nor against it; counts neither way")
SPECIFIC_FLOOR_NOTE = "a kind of this condition's {}: never counts less than a finding not described"
COMPLAINT = "HP:0012514"  # lower limb pain: what brings every patient of this reference
COMPLAINT_NOTE = "not described in this condition: follows from the leg pain itself, so counts neither way"


def base_rate(model, hpo: str) -> float:
    """How often HPO annotates the term (or a more specific one) across all its diseases, times
    CLINICAL_SCALE, bounded."""
    if is_course(model, hpo):
        return COURSE_BASE  # every patient has some onset and course: about one in three for each
    n, total = model.disease_count(hpo), model.hpo_disease_count
    if not total:
        return 0.05
    return min(max(CLINICAL_SCALE * n / total, MIN_BASE_RATE), MAX_BASE_RATE)


def match(model, hpo: str, annotations: dict, partial: bool = True) -> tuple[float | None, object, str, list, str | None]:
    """P(finding present | condition) through the hierarchy:
    (p, best annotation, relation, annotations used, the common ancestor for a partial match)."""
    if hpo in annotations:
        ann = annotations[hpo]
        return ann.probability, ann, "exact", [ann], None
    same = [annotations[a] for a in model.aliases.get(hpo, ()) if a in annotations]
    if same:
        ann = max(same, key=lambda a: (a.probability, a.hpo))
        return ann.probability, ann, "equivalent", [ann], None
    terms = _walked(model, hpo)
    general = [annotations[a] for a in annotations.keys() & _above(model, terms)]
    specific = [annotations[d] for d in annotations.keys() & _below_terms(model, terms)]
    below = _generalized(model, hpo, (*_at_least_one(specific), "more general", specific, None)) if specific else None
    if general:
        def weighted(a) -> float:
            decay, share = _specific_factors(model, hpo, terms, a.hpo)
            return a.probability * decay * share

        ann = max(general, key=lambda a: (weighted(a), a.hpo))  # the id breaks ties: the same answer every run
        above = (weighted(ann), ann, "more specific", [ann], None)
        # the finding is at least as likely as any of the condition's findings below it ('back pain' and a row
        # of 'low back pain' beside one of 'pain'): the better-supported of the two readings
        return below if below and below[0] > above[0] else above
    if below:
        return below
    if partial:
        for ancestor in model.informative_ancestors(hpo):  # the most informative first
            found = [annotations[t] for t in annotations.keys() & model.annotated_descendants(ancestor)]
            if found:
                return *_at_least_one(found), "related", found, ancestor
    return None, None, "not described", [], None


def reach(model, annotations: dict) -> frozenset[str]:
    """The condition's findings and every term above them: with `may_match`, a quick test of whether `match`
    (without partial credit) finds anything for a term, for code that tries thousands of terms."""
    out = set(annotations)
    for term in annotations:
        out |= model.ancestors(term)
    return frozenset(out)


def may_match(model, hpo: str, annotations: dict, reached: frozenset[str]) -> bool:
    """False only when `match(model, hpo, annotations, partial=False)` finds nothing: neither the term nor an
    alias of it is a finding of the condition or above one (`reached`, from `reach`), and none of the
    condition's findings is above them."""
    keys = annotations.keys()
    return any(t in reached or not keys.isdisjoint(model.ancestors(t)) for t in _walked(model, hpo))


def _walked(model, hpo: str) -> tuple[str, ...]:
    """The term and its aliases (db/aliases.yaml): "limb-girdle weakness" meets "proximal leg weakness" through one."""
    return (hpo, *model.aliases.get(hpo, ()))


# A screening test whose frequency in a condition is no estimate of a specific kind under it (session 24): 'ANA
# positive' counts any antinuclear antibody, mostly without anti-Sm or anti-dsDNA (RA, Sjogren), so anti-Sm is not
# credited through it (tuning part: top-1 +2). Alike a raised white count (session 37: top-3 +1): a cellulitis' is
# neutrophils, no estimate of the eosinophilia HPO files under it
SCREENING_ROWS = frozenset(("HP:0003493", "HP:0001974"))
SITELESS_ROWS = frozenset(("HP:0012531",))  # pain of any kind says nothing of where (module text; session 37)


def _above(model, terms: tuple[str, ...]) -> frozenset[str]:
    """The described terms more general than any of `terms` (the set `match` and `matches` both iterate)."""
    out = model.annotated_ancestors(terms[0]) if len(terms) == 1 else frozenset().union(
        *map(model.annotated_ancestors, terms))
    return out - SCREENING_ROWS


def _below_terms(model, terms: tuple[str, ...]) -> frozenset[str]:
    """The described terms more specific than any of `terms`."""
    return (model.annotated_descendants(terms[0]) if len(terms) == 1
            else frozenset().union(*map(model.annotated_descendants, terms)))


def _specific_factors(model, hpo: str, terms: tuple[str, ...], general: str) -> tuple[float, float]:
    """(decay, share) of a patient term counted as the more general `general` (see SPECIFICITY_DECAY and
    SPECIFIC_SHARE_EXP): halving per step beyond the first from the nearest of `terms`. A condition's
    generalized row (GBS 'reduced or absent reflexes') holds its local forms in full: absent ankle jerks are
    part of what the row describes, not a narrower finding the row merely allows; so does a `one_site` parent's row."""
    if general in model.generalized or any((t, general) in model.one_site for t in terms):
        return 1.0, 1.0  # a knee effusion is joint swelling at one site (db/aliases.yaml `one_site`)
    share = min(max(model.disease_count(hpo), 1) / max(model.disease_count(general), 1), 1.0)
    steps = min(model.distance_up(t, general) for t in terms)
    return SPECIFICITY_DECAY ** max(0, steps - 1), share ** SPECIFIC_SHARE_EXP


def matches(model, hpo: str) -> dict[str, tuple]:
    """`match(model, hpo, annotations)` for every condition it finds something in, keyed by condition id,
    found through the term-to-condition index once rather than condition by condition (a check of ten
    findings on the scale knowledge base matched each against thousands of conditions' annotations).

    The same answer to the last bit: each tier (the same term, an alias, a more general term, more specific
    ones, an informative common ancestor) takes the conditions no earlier tier took, and the annotations
    whose chances multiply (`_at_least_one`) are taken in the order `match` takes them: that of the set
    `annotations.keys() & terms`, which CPython builds by going through `terms` in its own order, as
    `set(...)` of the same terms in that order does (tests/checker/test_matches.py compares every result)."""
    index = model.index
    out: dict[str, tuple] = {}
    for cid, ann in index.get(hpo, ()):
        out[cid] = (ann.probability, ann, "exact", [ann], None)
    same: dict[str, list] = {}
    for alias in model.aliases.get(hpo, ()):
        for cid, ann in index.get(alias, ()):
            if cid not in out:
                same.setdefault(cid, []).append(ann)
    for cid, found in same.items():
        ann = max(found, key=lambda a: (a.probability, a.hpo))
        out[cid] = (ann.probability, ann, "equivalent", [ann], None)
    general: dict[str, list] = {}
    factors = {}
    terms = _walked(model, hpo)
    for term in _above(model, terms):
        factors[term] = _specific_factors(model, hpo, terms, term)
        for cid, ann in index.get(term, ()):
            if cid not in out:
                general.setdefault(cid, []).append(ann)

    def weighted(a) -> float:  # as in `match`
        decay, share = factors[a.hpo]
        return a.probability * decay * share

    below: dict[str, tuple | None] = dict.fromkeys(out)  # the same term or an alias matched: not read below
    _below(model, _below_terms(model, terms), below, "more general", None)
    if hpo in model.generalized:
        below = {cid: r and _generalized(model, hpo, r) for cid, r in below.items()}
    for cid, found in general.items():
        ann = max(found, key=lambda a: (weighted(a), a.hpo))
        above = (weighted(ann), ann, "more specific", [ann], None)
        specific = below.get(cid)
        out[cid] = specific if specific and specific[0] > above[0] else above  # as in `match`
    for cid, specific in below.items():
        if specific is not None:
            out.setdefault(cid, specific)
    for ancestor in model.informative_ancestors(hpo):  # the most informative first
        _below(model, model.annotated_descendants(ancestor), out, "related", ancestor)
    return out


def _below(model, terms, out: dict, relation: str, through: str | None) -> None:
    """The conditions not in `out` that describe some of `terms`: the chance that at least one is present."""
    found: dict[str, list[str]] = {}
    for term in terms:  # the set's own order
        for cid, _ in model.index.get(term, ()):
            if cid not in out:
                found.setdefault(cid, []).append(term)
    for cid, described in found.items():
        annotations = model.conditions[cid].annotations
        used = [annotations[t] for t in set(described)]  # the order of `annotations.keys() & terms`
        out[cid] = (*_at_least_one(used), relation, used, through)


def _generalized(model, hpo: str, reading: tuple) -> tuple:
    """A 'more general' reading of a generalized patient term (module text), scaled by `_generalized_share`."""
    if hpo not in model.generalized:
        return reading
    return (reading[0] * _generalized_share(model, hpo, reading[3]), *reading[1:])


def _generalized_share(model, hpo: str, used: list) -> float:
    """The share of HPO's diseases with the generalized term `hpo` that have one of the local findings `used`."""
    covered = sum(max(model.disease_count(a.hpo), 1) for a in used)
    return min(covered / max(model.disease_count(hpo), 1), 1.0)


def _at_least_one(annotations: list) -> tuple[float, object]:
    """The chance that at least one of these findings is present, and the most frequent of them."""
    p_none = 1.0
    for ann in annotations:
        p_none *= 1.0 - ann.probability
    return 1.0 - p_none, max(annotations, key=lambda a: (a.probability, a.hpo))


def background(model, hpo: str) -> float:
    """P(finding) in the reference's mix of patients (see the module text); memoised per model."""
    memo = model.memo.setdefault("background", {})
    if hpo in memo:
        return memo[hpo]
    stated = model.stated_background.get(hpo)
    if stated is None and hpo in model.complaints:
        stated = background(model, COMPLAINT)
    if stated is not None:
        value = stated
    else:
        base = base_rate(model, hpo)
        described_weight = mixed = 0.0
        for cid in model.conditions_related(hpo) | (describing(model) if hpo in EXCLUSIVE else frozenset()):
            p, ann, relation, used, _ = match(model, hpo, model.conditions[cid].annotations, partial=False)
            other = other_course(hpo, model.conditions[cid].annotations)
            if other:
                p = other[0]
            elif ann is None:
                continue
            elif all(a.frequency == "excluded" for a in used):
                p = 0.0
            prior = model.priors[cid]
            described_weight += prior
            mixed += prior * p
        value = mixed + (1.0 - described_weight) * base
    value = min(max(value, MIN_BACKGROUND), MAX_BACKGROUND)
    memo[hpo] = value
    return value


def is_comorbidity(model, hpo: str) -> bool:
    """Whether the term is (or is a kind of) a common condition of the population at large (module text)."""
    marked = model.comorbidities
    return bool(marked) and (hpo in marked or not marked.isdisjoint(model.ancestors(hpo)))


def unexplained_weight(model, hpo: str) -> float:
    """The likelihood ratio of a present finding for a condition that does not describe it (module text)."""
    memo = model.memo.setdefault("unexplained", {})
    if hpo not in memo and (is_comorbidity(model, hpo) or hpo in model.complaints):
        memo[hpo] = 1.0
    if hpo not in memo:
        ratio = min(base_rate(model, hpo) / background(model, hpo), 1.0)
        memo[hpo] = max(ratio, UNEXPLAINED_FLOOR) ** UNEXPLAINED_EXP
    return memo[hpo]


def quick_background(model, hpo: str) -> float:
    """The background from the conditions that describe the very term (no hierarchy): for the many
    not-yet-asked findings that the separation, the ask-next list, the checklist and Compare weigh,
    where the full `background` would visit every related condition of a large knowledge base."""
    memo = model.memo.setdefault("quick_background", {})
    if hpo not in memo:
        stated = model.stated_background.get(hpo)
        if stated is None and hpo in model.complaints:
            stated = quick_background(model, COMPLAINT)
        if stated is None:
            entries = model.index.get(hpo, ())
            weight = sum(model.priors[cid] for cid, _ in entries)
            stated = sum(model.priors[cid] * ann.probability for cid, ann in entries) + (1.0 - weight) * base_rate(model, hpo)
        memo[hpo] = min(max(stated, MIN_BACKGROUND), MAX_BACKGROUND)
    return memo[hpo]


def unexplained_note(weight: float) -> str:
    """What the explanation says of a present finding the condition does not describe, given its weight."""
    return UNEXPLAINED_NOTE if weight < 0.995 else UNEXPLAINED_NEUTRAL_NOTE


def unexplained_note_of(model, hpo: str) -> str:
    """What the explanation says of a present finding `hpo` that a condition does not describe."""
    if hpo in model.complaints:
        return COMPLAINT_NOTE
    return COMORBIDITY_NOTE if is_comorbidity(model, hpo) else unexplained_note(unexplained_weight(model, hpo))


def _unexplained(model, hpo: str) -> tuple[float, None, str, list, None, str]:
    return unexplained_weight(model, hpo), None, "not described", [], None, unexplained_note_of(model, hpo)


def present_weight(model, hpo: str, annotations: dict, q: float,
                   matched: tuple | None = None) -> tuple[float, object, str, list, str | None, str]:
    """(likelihood ratio, annotation, relation, used, through, note) of a present finding (`matched`: what
    `match` gives for it, when the caller has it from `matches`)."""
    other = other_course(hpo, annotations)
    if other:  # another of the three courses is stated (checker.courses)
        return other[0] / q, other[1], "other course", other[2], None, note_of(other[2])
    p, ann, relation, used, through = matched or match(model, hpo, annotations)
    if ann is None:
        return _unexplained(model, hpo)
    note = ""
    if all(a.frequency == "excluded" for a in used):
        if relation == "related":
            return _unexplained(model, hpo)
        p = EXCLUDED_FLOOR
        note = "marked excluded in this condition: counts strongly against"
    else:
        p = max(p, PRESENT_FLOOR)
    if relation == "related":
        # the patient's term entails the common ancestor: it counts as that ancestor, whose background is
        # higher than the term's own, and never against the condition
        lr = max(p / background(model, through), 1.0)
        if lr <= 1.0:
            return _unexplained(model, hpo)
        note = (f"related: {model.label(hpo)} is a kind of '{model.label(through)}', as is this condition's "
                f"{ann.label}; counted as '{model.label(through)}'")
        return lr, ann, relation, used, through, note
    if relation == "more specific" and not note:  # never less than a finding not described ('calf pain' against
        # 'leg pain': 1 in 63 of HPO's diseases with leg pain have calf pain; session 21); under pain of any kind, at most pain
        siteless, floor = ann.hpo in SITELESS_ROWS, unexplained_weight(model, hpo)
        lr = min(p / q, ann.probability / background(model, ann.hpo)) if siteless else p / q
        if lr <= floor or siteless:
            said = SPECIFIC_FLOOR_NOTE if lr <= floor else "a kind of this condition's {}: counted at most as that"
            return max(lr, floor), ann, relation, used, through, said.format(ann.label.lower())
    if relation == "more general" and hpo in model.generalized and not note:
        note = (f"the patient's {model.label(hpo).lower()} is generalized, this condition's {ann.label.lower()} "
                f"local: counted in part ({_generalized_share(model, hpo, used):.0%})")
    elif relation == "more general" and len(used) > 1 and not note:
        note = f"at least one of {len(used)} more specific findings"
    return p / q, ann, relation, used, through, note


def absent_weight(model, hpo: str, annotations: dict, q: float) -> tuple[float, object, str]:
    """(likelihood ratio, annotation, relation) of an absent finding: it and all below it absent; no partial credit."""
    used = [annotations[hpo]] if hpo in annotations else []
    used += [annotations[d] for d in annotations.keys() & model.annotated_descendants(hpo)]
    if not used:
        return 1.0, None, "not described"
    p_absent = 1.0
    for ann in used:
        p_absent *= 1.0 - ann.probability
    p_absent = max(p_absent, ABSENT_FLOOR)
    best = max(used, key=lambda a: (a.probability, a.hpo == hpo, a.hpo))
    return p_absent / (1.0 - q), best, "exact" if best.hpo == hpo else "more general"

"""The checker's view of a knowledge base: the HPO graph, each condition's findings as probabilities,
its prior, and an index from HPO term to the conditions that describe it. Loaded once per knowledge
base (raw SQL, no ORM objects), then shared read-only.

Stated probabilities (all in one place, so a reviewer can check them):
- a frequency bin becomes the middle of its range (obligate 1.0, very frequent 0.9, frequent 0.55,
  occasional 0.17, very rare 0.025, excluded 0); an exact percentage from the source wins over the bin;
- priors are proportional to each condition's cited prevalence raised to PRIOR_EXPONENT: the people who
  open this reference already have severe leg pain, a group in which rare causes are over-represented
  compared with the general population, so the raw ratio (RA is ~150 times as common as PAN) would drown
  every rare disease; the root keeps the order of the cited figures and their direction while damping
  the spread;
- a finding's probability in patients WITHOUT a given condition is derived from the data
  (checker.evidence.background), unless db/findings.yaml states one with a cited source;
- rows imported in bulk from HPO's disease annotations and not reviewed (`imported` in the file) are kept
  in `ConditionModel.unreviewed` for display and never scored: an unreviewed import can neither raise
  nor exclude a condition.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from legpain_gui.kb.records import first_author
from legpain_gui.kb.vocab import AGE_GROUPS  # noqa: F401  (re-exported for the checker)

BIN_PROBABILITY = {"obligate": 1.0, "very frequent": 0.9, "frequent": 0.55, "occasional": 0.17,
                   "very rare": 0.025, "excluded": 0.0}
SEXES = ("female", "male")
COURSES = {"acute": "HP:0011009", "subacute": "HP:0011011", "chronic": "HP:0011010"}
UNTYPICAL_AGE_LR = 0.3
OUTSIDE_REQUIRED_AGE_LR = 0.02  # when the criteria themselves set the age (PMR, GCA: 50 and over)
PRIOR_EXPONENT = 0.25
PHENOTYPIC_ROOT = "HP:0000118"  # Phenotypic abnormality
EXPOSURE_ROOT = "HP:0032443"  # Past medical history's exposures (a drug taken): read apart (checker.extract, engine)
AUTOANTIBODY_ROOT = "HP:0030057"  # Autoimmune antibody positivity: no partial credit between its specificities
INFECTION_TEST_ROOT = "HP:0430030"  # Positive infectious agent test: no partial credit between organisms either


@dataclass(frozen=True)
class Annotation:
    """One finding of one condition."""

    hpo: str
    label: str
    frequency: str
    probability: float
    hallmark: bool
    group: str | None
    source: str  # short citation
    source_key: str


@dataclass
class ConditionModel:
    id: str
    name: str
    category: str
    prevalence: float | None
    prevalence_source: str | None
    ages: tuple[str, ...]
    ages_strict: bool
    female_share: float | None  # share of patients who are female, from the stated ratio
    codes: dict[str, list[str]]
    annotations: dict[str, Annotation] = field(default_factory=dict)
    unreviewed: dict[str, Annotation] = field(default_factory=dict)  # bulk imports: shown, never scored


def parse_female_share(ratio: str | None) -> float | None:
    """'8:1' or 'about 8:1 (...)' (female:male) -> 0.889; None when the text does not open with the ratio: a
    ratio quoted later is a series' detail, often men to women ('men predominate in hospital series (5.8:1)')."""
    if not ratio:
        return None
    match = re.match(r"\s*(?:about|approximately|roughly|up to)?\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)", ratio)
    if not match:
        return None
    f, m = float(match.group(1)), float(match.group(2))
    return f / (f + m) if f + m > 0 else None


class KbModel:
    """Everything the checker needs, in memory."""

    def __init__(self, raw_connection):
        con = raw_connection
        self.kb_version = dict(con.execute("SELECT key, value FROM meta").fetchall()).get("kb_version", "?")
        self.hpo_version = dict(con.execute("SELECT key, value FROM meta").fetchall()).get("hpo_version", "?")
        term_cols = {row[1] for row in con.execute("PRAGMA table_info(hpo_term)")}
        if "diseases" in term_cols:
            self.names, self._diseases = {}, {}
            for hid, name, n in con.execute("SELECT id, name, diseases FROM hpo_term"):
                self.names[hid] = name
                if n:
                    self._diseases[hid] = n
        else:
            self.names, self._diseases = dict(con.execute("SELECT id, name FROM hpo_term")), {}
        self.hpo_disease_count = int(dict(con.execute("SELECT key, value FROM meta").fetchall()).get(
            "hpo_disease_count", 0) or 0)
        self.memo: dict[str, dict] = {}  # per-term results of checker.evidence, filled on first use
        parents: dict[str, list[str]] = {}
        children: dict[str, list[str]] = {}
        for term, parent in con.execute("SELECT term_id, parent_id FROM hpo_parent"):
            parents.setdefault(term, []).append(parent)
            children.setdefault(parent, []).append(term)
        self._parents = {k: tuple(v) for k, v in parents.items()}
        self._children = {k: tuple(v) for k, v in children.items()}
        findings = {h: (label, plain, system) for h, label, plain, system in
                    con.execute("SELECT hpo_id, label, plain, system FROM finding")}
        self.labels = {h: v[0] for h, v in findings.items()}
        self.plain = {h: v[1] for h, v in findings.items()}
        self.systems = {h: v[2] for h, v in findings.items()}
        cols = {row[1] for row in con.execute("PRAGMA table_info(finding)")}
        self.stated_background = dict(con.execute(
            "SELECT hpo_id, background FROM finding WHERE background IS NOT NULL AND background_source IS NOT NULL")) \
            if "background_source" in cols else {}
        refs = {}
        for cid, key, authors, year, pmid, doi in con.execute(
                "SELECT condition_id, key, authors, year, pmid, doi FROM reference"):
            ident = f"PMID {pmid}" if pmid else (f"doi:{doi}" if doi else "")
            refs[(cid, key)] = f"{first_author(authors)} {year}".strip() + (f", {ident}" if ident else "")
        self.references = refs
        codes: dict[str, dict[str, list[str]]] = {}
        for cid, system, code in con.execute("SELECT condition_id, system, code FROM code ORDER BY id"):
            codes.setdefault(cid, {}).setdefault(system, []).append(code)
        cond_cols = {row[1] for row in con.execute("PRAGMA table_info(condition)")}
        ages_col = "ages" if "ages" in cond_cols else "NULL"
        self.conditions: dict[str, ConditionModel] = {}
        for cid, name, category, prev, prev_ref, ratio, ages in con.execute(
                f"SELECT id, name, category, prevalence_per_100000, prevalence_reference, female_to_male, {ages_col} "
                "FROM condition ORDER BY id"):
            self.conditions[cid] = ConditionModel(
                id=cid, name=name, category=category, prevalence=prev,
                prevalence_source=(refs.get((cid, prev_ref)) if prev_ref else None) if prev
                else "no population figure exists: the lowest stated prevalence is used",
                ages=tuple(a for a in (ages or "").split(",") if a and a != "strict"),
                ages_strict="strict" in (ages or "").split(","), female_share=parse_female_share(ratio),
                codes=codes.get(cid, {}))
        self.condition_names = frozenset(c.name.casefold() for c in self.conditions.values())
        self.index: dict[str, list[tuple[str, Annotation]]] = {}
        imported_col = "imported" if "imported" in {r[1] for r in con.execute("PRAGMA table_info(condition_finding)")} \
            else "0"
        for cid, hpo, frequency, percent, hallmark, group, ref_key, imported in con.execute(
                "SELECT condition_id, hpo_id, frequency, percent, hallmark, \"group\", reference_key, "
                f"{imported_col} FROM condition_finding ORDER BY condition_id, position"):
            if cid not in self.conditions:
                continue
            p = BIN_PROBABILITY[frequency]
            if percent is not None and frequency != "excluded":
                p = min(max(percent / 100.0, 0.005), 1.0)
            ann = Annotation(hpo=hpo, label=self.labels.get(hpo) or self.names.get(hpo, hpo), frequency=frequency,
                             probability=p, hallmark=bool(hallmark), group=group,
                             source=refs.get((cid, ref_key), ref_key), source_key=ref_key)
            if imported:
                self.conditions[cid].unreviewed[hpo] = ann
                continue
            self.conditions[cid].annotations[hpo] = ann
            self.index.setdefault(hpo, []).append((cid, ann))
        self._annotated = frozenset(self.index)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        self.aliases: dict[str, tuple[str, ...]] = {}
        if "hpo_alias" in tables:
            for term, alias in con.execute("SELECT term_id, alias_id FROM hpo_alias ORDER BY 1, 2"):
                self.aliases[term] = self.aliases.get(term, ()) + (alias,)
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        self.temperature = float(meta.get("calibration_temperature", 1.0) or 1.0)
        self.cant_miss = {lv: float(meta[f"cant_miss_{lv}"]) for lv in ("emergency", "urgent", "together")
                          if f"cant_miss_{lv}" in meta}
        # common conditions of the population at large, marked in db/findings.yaml (checker.evidence)
        self.comorbidities = frozenset(h for h in (meta.get("comorbidities") or "").split(",") if h)
        # findings that follow from the leg pain itself (a limp), db/findings.yaml (checker.evidence.COMPLAINT)
        self.complaints = frozenset(h for h in (meta.get("complaints") or "").split(",") if h)
        # terms that in clinical use mean the generalized form (areflexia: every reflex), db/findings.yaml
        self.generalized = frozenset(h for h in (meta.get("generalized") or "").split(",") if h)
        # (term, parent): the term is the parent finding at one site (db/aliases.yaml `one_site`)
        self.one_site = frozenset(tuple(p.split(">")) for p in (meta.get("one_site") or "").split(",") if ">" in p)
        # how urgent each condition is once it leads the ranking (level, why, source): the can't-miss rule
        self.suspected: dict[str, tuple[str, str, str]] = {}
        if "suspected_level" in cond_cols:
            for cid, level, why, ref_key in con.execute(
                    "SELECT id, suspected_level, suspected_why, suspected_reference FROM condition "
                    "WHERE suspected_level IS NOT NULL ORDER BY id"):
                self.suspected[cid] = (level, why or "", refs.get((cid, ref_key), ref_key or ""))
        self.priors = self._priors()
        self.log_priors = {cid: math.log(p) for cid, p in self.priors.items()}

    # ---- priors --------------------------------------------------------------------------------------
    def _priors(self) -> dict[str, float]:
        """Prior of each condition relative to the others: proportional to its cited prevalence raised
        to PRIOR_EXPONENT. A condition without a figure gets the lowest stated prevalence."""
        known = [c.prevalence for c in self.conditions.values() if c.prevalence]
        fallback = min(known) if known else 1.0
        raw = {cid: (c.prevalence or fallback) ** PRIOR_EXPONENT for cid, c in self.conditions.items()}
        total = sum(raw.values()) or 1.0
        return {cid: v / total for cid, v in raw.items()}

    # ---- the HPO graph -------------------------------------------------------------------------------
    @lru_cache(maxsize=None)
    def contract_codes(self, condition_id: str) -> dict[str, list[str]]:
        """The four code systems of the CLI contract, always present (lists may be empty)."""
        codes = self.conditions[condition_id].codes
        return {k: list(codes.get(k, [])) for k in ("ICD-10", "ICD-11", "ORPHA", "OMIM")}

    def exists(self, hpo: str) -> bool:
        return hpo in self.names

    def label(self, hpo: str) -> str:
        return self.labels.get(hpo) or self.names.get(hpo, hpo)

    def background_of(self, hpo: str) -> float:
        """P(finding) in the reference's mix of patients: checker.evidence.background."""
        from legpain_gui.checker.evidence import background

        return background(self, hpo)

    def unreviewed_conditions(self, hpo: str) -> frozenset[str]:
        """The conditions that hold the term only as an unreviewed bulk import: it must not move them."""
        index = self.memo.get("unreviewed_index")
        if index is None:
            built: dict[str, set[str]] = {}
            for cid, cond in self.conditions.items():
                for term in cond.unreviewed:
                    built.setdefault(term, set()).add(cid)
            index = self.memo["unreviewed_index"] = {k: frozenset(v) for k, v in built.items()}
        return index.get(hpo, frozenset())

    def quick_background_of(self, hpo: str) -> float:
        """checker.evidence.quick_background: cheap, for weighing many unasked findings."""
        known = self.memo.get("quick_background")
        if known is not None and hpo in known:  # the usual case: asked thousands of times per check
            return known[hpo]
        from legpain_gui.checker.evidence import quick_background

        return quick_background(self, hpo)

    def disease_count(self, hpo: str) -> int:
        """How many of HPO's diseases are annotated with the term or a more specific one."""
        return self._diseases.get(hpo, 0)

    def ic(self, hpo: str) -> float:
        """Information content of a term over HPO's diseases (natural log)."""
        total = self.hpo_disease_count or 1
        return math.log(total / max(self._diseases.get(hpo, 0), 1))

    @lru_cache(maxsize=65536)
    def informative_ancestors(self, hpo: str) -> tuple[str, ...]:
        """The ancestors informative enough for partial credit (checker.evidence.MIN_SHARED_IC) that some
        condition describes below them, most informative first."""
        from legpain_gui.checker.evidence import MIN_SHARED_IC

        if PHENOTYPIC_ROOT not in self.ancestors(hpo):  # course, onset and modifiers: no partial credit
            return ()
        if AUTOANTIBODY_ROOT in self.ancestors(hpo) or INFECTION_TEST_ROOT in self.ancestors(hpo):
            return ()  # a test of one specificity: anti-Jo-1 is no near miss for anti-SRP, nor a parvovirus
            # antibody or a positive tuberculin test for the bacteria grown from a septic joint's blood
        out = [a for a in self.ancestors(hpo) if self.ic(a) >= MIN_SHARED_IC and self.annotated_descendants(a)]
        return tuple(sorted(out, key=lambda a: (-self.ic(a), a)))

    @lru_cache(maxsize=65536)
    def conditions_related(self, hpo: str) -> frozenset[str]:
        """Conditions that describe the term, an alias of it, or a term more general or more specific than either."""
        terms = []
        for t in (hpo, *self.aliases.get(hpo, ())):  # an alias reaches what is above and below it too
            terms += [t, *self.annotated_ancestors(t), *self.annotated_descendants(t)]
        return frozenset(cid for t in terms for cid, _ in self.index.get(t, ()))

    @lru_cache(maxsize=65536)
    def conditions_partly_related(self, hpo: str) -> frozenset[str]:
        """Conditions reached only through an informative common ancestor (partial credit)."""
        out: set[str] = set()
        for ancestor in self.informative_ancestors(hpo):
            for term in self.annotated_descendants(ancestor):
                out.update(cid for cid, _ in self.index.get(term, ()))
        return frozenset(out) - self.conditions_related(hpo)

    @lru_cache(maxsize=65536)
    def ancestors(self, hpo: str) -> frozenset[str]:
        """Every is_a ancestor of a term (not the term itself)."""
        out: set[str] = set()
        stack = list(self._parents.get(hpo, ()))
        while stack:
            term = stack.pop()
            if term not in out:
                out.add(term)
                stack.extend(self._parents.get(term, ()))
        return frozenset(out)

    @lru_cache(maxsize=4096)
    def annotated_descendants(self, hpo: str) -> frozenset[str]:
        """Terms below `hpo` that some condition describes (not the term itself)."""
        out: set[str] = set()
        stack = list(self._children.get(hpo, ()))
        seen: set[str] = set()
        while stack:
            term = stack.pop()
            if term in seen:
                continue
            seen.add(term)
            if term in self._annotated:
                out.add(term)
            stack.extend(self._children.get(term, ()))
        return frozenset(out)

    @lru_cache(maxsize=65536)
    def annotated_ancestors(self, hpo: str) -> frozenset[str]:
        return frozenset(a for a in self.ancestors(hpo) if a in self._annotated)

    def is_descendant(self, term: str, of: str) -> bool:
        return of in self.ancestors(term)

    @lru_cache(maxsize=65536)
    def distance_up(self, term: str, ancestor: str) -> int:
        """Fewest is_a steps from `term` up to `ancestor` (0 when equal; a large number when unrelated)."""
        if term == ancestor:
            return 0
        frontier, seen, steps = [term], {term}, 0
        while frontier:
            steps += 1
            nxt = []
            for t in frontier:
                for parent in self._parents.get(t, ()):
                    if parent == ancestor:
                        return steps
                    if parent not in seen:
                        seen.add(parent)
                        nxt.append(parent)
            frontier = nxt
        return 99

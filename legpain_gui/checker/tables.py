"""The checker's model precomputed when the knowledge base is built, and loaded with one read at start-up.

Building `KbModel` from the rows visits every annotation of every condition (a quarter of a million on the
scale knowledge base) and the checklist then weighs every described term: seconds at every start. The build
(kbbuild.writer) runs that once and stores the result in the table `checker_tables` as one zlib-compressed JSON text: the
model's tables (each distinct annotation once, the conditions, the HPO graph, labels and counts), the quick
backgrounds of every described term and the checklist's ranking of them. `load(con)` rebuilds the same
`KbModel` from it with one read.

The stored text is derived data, so it is used only when it says it was made by this code (`fingerprint`:
the format and every stated probability it depends on); a stale, missing or unreadable one is ignored and
the model is built from the rows as before (`checker.load.checker_model`). JSON, not pickle: a file given
with --db may hold anything, and JSON can only ever give back plain values.
"""
from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import zlib

from legpain_gui.checker import courses
from legpain_gui.checker import evidence
from legpain_gui.checker import model as m

TABLE = "checker_tables"
FORMAT = 4  # raise whenever what is stored, or how KbModel reads it, changes


def fingerprint() -> str:
    """What stored tables must have been made with: the format and the constants they depend on."""
    parts = (FORMAT, sorted(m.BIN_PROBABILITY.items()), m.PRIOR_EXPONENT, m.PHENOTYPIC_ROOT,
             evidence.MIN_BACKGROUND, evidence.MAX_BACKGROUND, evidence.MIN_BASE_RATE, evidence.MAX_BASE_RATE,
             evidence.CLINICAL_SCALE, courses.COURSE_ROOT, courses.COURSE_BASE, courses.NOT_COURSE,
             courses.OTHER_COURSE_FLOOR,
             evidence.MIN_SHARED_IC)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:20]


def dump(model: m.KbModel) -> dict:
    """The model as plain JSON values (with the quick backgrounds and the checklist's ranking)."""
    from legpain_gui.checker.checklist import finding_scores

    anns: list[list] = []
    seen: dict[tuple, int] = {}

    def ref(a: m.Annotation) -> int:
        key = (a.hpo, a.label, a.frequency, a.probability, a.hallmark, a.group, a.source, a.source_key)
        i = seen.get(key)
        if i is None:
            i = seen[key] = len(anns)
            anns.append(list(key))
        return i

    conditions = [[c.id, c.name, c.category, c.prevalence, c.prevalence_source, list(c.ages), c.ages_strict,
                   c.female_share, c.codes, [ref(a) for a in c.annotations.values()],
                   [ref(a) for a in c.unreviewed.values()]] for c in model.conditions.values()]
    position = {cid: i for i, cid in enumerate(model.conditions)}
    index = {h: [[position[cid] for cid, _ in entries], [ref(a) for _, a in entries]]
             for h, entries in model.index.items()}
    quick = {h: model.quick_background_of(h) for h in model.index}
    return {
        "fingerprint": fingerprint(),
        "kb_version": model.kb_version, "hpo_version": model.hpo_version,
        "names": model.names, "diseases": model._diseases, "hpo_disease_count": model.hpo_disease_count,
        "parents": model._parents, "labels": model.labels, "plain": model.plain, "systems": model.systems,
        "stated_background": model.stated_background, "comorbidities": sorted(model.comorbidities),
        "generalized": sorted(model.generalized), "complaints": sorted(model.complaints),
        "one_site": sorted(model.one_site),
        "references": [[cid, key, text] for (cid, key), text in model.references.items()],
        "annotations": anns, "conditions": conditions, "index": index, "aliases": model.aliases,
        "temperature": model.temperature, "cant_miss": model.cant_miss, "suspected": model.suspected,
        "quick_background": quick, "checklist_scores": finding_scores(model),
    }


def write(con: sqlite3.Connection) -> None:
    """Build the model from the rows of `con` (a knowledge base being written) and store its tables."""
    model = m.KbModel(con)
    text = json.dumps(dump(model), separators=(",", ":"), ensure_ascii=False)
    # compressed: the text is mostly HPO ids and labels, and the installed size counts (a fifth of the size,
    # a few milliseconds to inflate)
    con.execute(f"CREATE TABLE {TABLE} (name TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL)")
    con.execute(f"INSERT INTO {TABLE} VALUES ('model', ?, ?)", (fingerprint(), zlib.compress(text.encode(), 6)))


def load(con: sqlite3.Connection) -> m.KbModel | None:
    """The model from the stored tables, or None when there are none made by this code (or they cannot be read)."""
    try:
        row = con.execute(f"SELECT version, data FROM {TABLE} WHERE name = 'model'").fetchone()
    except sqlite3.Error:
        return None  # a file built before the tables existed
    if row is None or row[0] != fingerprint():
        return None
    try:
        data = json.loads(zlib.decompress(row[1]))
        if data.get("fingerprint") != fingerprint():
            return None
        return _model(data)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, zlib.error):
        return None


def _model(d: dict) -> m.KbModel:
    model = m.KbModel.__new__(m.KbModel)
    model.kb_version, model.hpo_version = d["kb_version"], d["hpo_version"]
    model.names, model._diseases = d["names"], d["diseases"]
    model.hpo_disease_count = int(d["hpo_disease_count"])
    model._parents = {k: tuple(v) for k, v in d["parents"].items()}
    children: dict[str, list[str]] = {}
    for term, parents in model._parents.items():
        for parent in parents:
            children.setdefault(parent, []).append(term)
    model._children = {k: tuple(v) for k, v in children.items()}
    model.labels, model.plain, model.systems = d["labels"], d["plain"], d["systems"]
    model.stated_background = d["stated_background"]
    model.comorbidities = frozenset(d.get("comorbidities") or ())
    model.generalized = frozenset(d.get("generalized") or ())
    model.one_site = frozenset(tuple(p) for p in d.get("one_site") or ())
    model.complaints = frozenset(d.get("complaints") or ())
    model.references = {(cid, key): text for cid, key, text in d["references"]}
    anns = [m.Annotation(*row) for row in d["annotations"]]
    ann_of, hpo_of = anns.__getitem__, [a.hpo for a in anns].__getitem__
    model.conditions = {}
    for cid, name, category, prev, prev_source, ages, strict, female, codes, scored, unreviewed in d["conditions"]:
        cond = m.ConditionModel(id=cid, name=name, category=category, prevalence=prev, prevalence_source=prev_source,
                                ages=tuple(ages), ages_strict=strict, female_share=female, codes=codes)
        cond.annotations = dict(zip(map(hpo_of, scored), map(ann_of, scored)))  # in C: a quarter million rows
        cond.unreviewed = dict(zip(map(hpo_of, unreviewed), map(ann_of, unreviewed)))
        model.conditions[cid] = cond
    cid_of = list(model.conditions).__getitem__
    model.index = {h: list(zip(map(cid_of, cids), map(ann_of, ids))) for h, (cids, ids) in d["index"].items()}
    index = model.index
    model.condition_names = frozenset(c.name.casefold() for c in model.conditions.values())
    model._annotated = frozenset(index)
    model.aliases = {k: tuple(v) for k, v in d["aliases"].items()}
    model.temperature = float(d["temperature"])
    model.cant_miss = d["cant_miss"]
    model.suspected = {k: tuple(v) for k, v in d["suspected"].items()}
    model.priors = model._priors()
    model.log_priors = {cid: math.log(p) for cid, p in model.priors.items()}
    model.memo = {"quick_background": d["quick_background"],
                  "checklist_scores": [(s, h) for s, h in d["checklist_scores"]]}
    return model

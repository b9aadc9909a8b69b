"""Write the knowledge-base SQLite file from validated sources, deterministically.

The same sources and HPO release give the same rows in the same order, no timestamps: a rebuild can be
compared with the shipped file (`content_digest`). The file is written beside the target and renamed into
place, so a failed build never leaves a half-written knowledge base.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert
from sqlalchemy.schema import CreateIndex, CreateTable

from legpain_gui.checker import tables
from legpain_gui.kbbuild.aliases import alias_pairs, one_site_links
from legpain_gui.kbbuild.obo import Ontology
from legpain_gui.kb import schema as s

FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"


def _date(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def write_database(out: Path, kb_version: str, conditions: list[dict], catalogue: dict,
                   ontology: Ontology, hpo_source: str, triage: dict | None = None, aliases: list | None = None,
                   disease_counts: tuple[dict[str, int], int] | None = None, calibration: dict | None = None,
                   phrases: list | None = None) -> None:
    """Create `out` (replacing it) from the sources and the ontology."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    engine = create_engine(f"sqlite:///{tmp}")
    live = ontology.live()
    with engine.begin() as conn:
        _create_tables(conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {s.SCHEMA_VERSION}")
        meta = {
            "schema_version": str(s.SCHEMA_VERSION),
            "kb_version": kb_version,
            "hpo_version": ontology.version,
            "hpo_source": hpo_source,
            "condition_count": str(len(conditions)),
            "hpo_disease_count": str(disease_counts[1] if disease_counts else 0),
        }
        comorbid = sorted(h for h, e in catalogue.items() if isinstance(e, dict) and e.get("comorbidity"))
        if comorbid:  # common conditions of the population at large (checker.evidence.unexplained_weight)
            meta["comorbidities"] = ",".join(comorbid)
        complaints = sorted(h for h, e in catalogue.items() if isinstance(e, dict) and e.get("complaint"))
        if complaints:  # findings that follow from the leg pain itself (checker.evidence.COMPLAINT)
            meta["complaints"] = ",".join(complaints)
        generalized = sorted(h for h, e in catalogue.items() if isinstance(e, dict) and e.get("generalized"))
        if generalized:  # terms meaning the generalized form in clinical use (checker.evidence)
            meta["generalized"] = ",".join(generalized)
        if one_site_links(aliases or []):  # a finding at one site of its parent (checker.evidence)
            meta["one_site"] = one_site_links(aliases or [])
        for level, share in sorted(((triage or {}).get("cant_miss") or {}).items()):
            meta[f"cant_miss_{level}"] = str(share)
        if calibration:
            meta["calibration_temperature"] = str(calibration["temperature"])
        conn.execute(insert(s.Meta), [{"key": k, "value": v} for k, v in sorted(meta.items())])
        _write_hpo(conn, live, disease_counts[0] if disease_counts else {})
        concepts = {str(h).removeprefix("not ") for terms in ((triage or {}).get("concepts") or {}).values() for h in terms}
        used = sorted({f["hpo"] for doc in conditions for f in doc.get("findings") or []}
                      | {p["hpo"] for p in phrases or [] if p["hpo"] in catalogue}  # a phrase's term outside HPO's
                      | (concepts & set(catalogue)))  # phenotypic branch (radiating pain) is named from the catalogue,
        # and so is a triage concept's term (the checklist's red-flag group shows its label and plain words)
        conn.execute(insert(s.Finding), [
            {"hpo_id": h, "label": catalogue[h].get("label") or live[h].name,
             "plain": catalogue[h]["plain"], "system": catalogue[h]["system"],
             "background": catalogue[h].get("background"),
             "background_source": catalogue[h].get("background_source"),
             "words": " ; ".join(catalogue[h].get("words") or []) or None}
            for h in used
        ])
        for doc in sorted(conditions, key=lambda d: d["id"]):
            _write_condition(conn, doc)
        _write_triage(conn, triage or {})
        alias_rows = alias_pairs(aliases or [])
        if alias_rows:
            conn.execute(insert(s.HpoAlias), [{"term_id": a, "alias_id": b, "why": w} for a, b, w in alias_rows])
        _insert(conn, s.Phrase, [{"text": str(p["text"]).lower(), "hpo_id": p["hpo"], "why": p["why"]}
                                 for p in phrases or []])
        _write_fts(conn, conditions, catalogue, live)
    engine.dispose()
    con = sqlite3.connect(tmp)
    with con:
        tables.write(con)  # the checker's model, precomputed: loaded with one read at start-up
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, out)


def _insert(conn, model, rows: list[dict]) -> None:
    """Insert rows (nothing for an empty list: an empty executemany would insert a default row)."""
    if rows:
        conn.execute(insert(model), rows)


def _create_tables(conn) -> None:
    # Tables and indexes in a fixed order (create_all walks sets): the same build gives the same bytes.
    for table in s.Base.metadata.sorted_tables:
        conn.execute(CreateTable(table))
    for table in s.Base.metadata.sorted_tables:
        for index in sorted(table.indexes, key=lambda i: i.name):
            conn.execute(CreateIndex(index))


def _write_hpo(conn, live: dict, diseases: dict[str, int]) -> None:
    # HPO's definitions are not stored: nothing in the app shows them, and the 19,000 of them were 2.2 MB of
    # the installed size (issue 6: installed at most 110 MB). The column stays, empty, for a later use.
    ids = sorted(live)
    conn.execute(insert(s.HpoTerm), [
        {"id": i, "name": live[i].name, "definition": None, "diseases": diseases.get(i, 0)} for i in ids])
    conn.execute(insert(s.HpoSynonym), [
        {"term_id": i, "text": text, "kind": kind} for i in ids for text, kind in live[i].synonyms])
    conn.execute(insert(s.HpoParent), [
        {"term_id": i, "parent_id": p} for i in ids for p in sorted(set(live[i].parents)) if p in live])


def _write_condition(conn, doc: dict) -> None:
    cid = doc["id"]
    epi = doc.get("epidemiology") or {}
    _insert(conn, s.Condition, [{
        "id": cid, "name": doc["name"], "category": doc["category"], "summary": doc["summary"].strip(),
        "last_reviewed": _date(doc["last_reviewed"]),
        "prevalence_per_100000": None if epi.get("prevalence_per_100000") == "unknown" else epi.get("prevalence_per_100000"),
        "prevalence_note": epi.get("note"), "prevalence_reference": epi.get("reference"),
        "onset": epi.get("onset"), "female_to_male": epi.get("female_to_male"),
        "ages": (",".join(epi["ages"]) + (",strict" if epi.get("ages_strict") else "")) if epi.get("ages") else None,
        "source_file": doc["__file__"],
        "suspected_level": (doc.get("suspected") or {}).get("level"),
        "suspected_why": (doc.get("suspected") or {}).get("why"),
        "suspected_reference": (doc.get("suspected") or {}).get("reference"),
    }])
    titles = [(k, v) for k, v in s.OPTIONAL_SECTIONS.items() if doc["sections"].get(k)] + list(s.SECTIONS.items())
    _insert(conn, s.Section, [
        {"condition_id": cid, "key": key, "position": i, "title": title,
         "body": doc["sections"][key].strip()}
        for i, (key, title) in enumerate(titles)])
    syn = doc.get("synonyms") or {}
    _insert(conn, s.Synonym, [{"condition_id": cid, "text": t, "kind": kind}
                              for kind in ("clinical", "plain") for t in syn.get(kind) or []])
    _insert(conn, s.Code, [
        {"condition_id": cid, "system": system, "code": str(code)}
        for system in s.CODE_SYSTEMS for code in (doc["codes"].get(system) or [])])
    _insert(conn, s.Reference, [
        {"condition_id": cid, "key": key, "position": i, "authors": r["authors"], "title": r["title"],
         "journal": r["journal"], "year": r["year"],
         "pmid": str(r["pmid"]) if r.get("pmid") is not None else None, "doi": r.get("doi")}
        for i, (key, r) in enumerate(doc["references"].items())])
    _insert(conn, s.ConditionFinding, [
        {"condition_id": cid, "hpo_id": f["hpo"], "position": i, "frequency": f["frequency"],
         "percent": f.get("percent"), "hallmark": bool(f.get("hallmark")),
         "criterion": bool(f.get("criterion")), "group": f.get("group"), "note": f.get("note"),
         "reference_key": f["source"], "imported": bool(f.get("imported"))}
        for i, f in enumerate(doc["findings"])])
    _insert(conn, s.RedFlag, [
        {"condition_id": cid, "position": i, "pattern": r["pattern"], "urgency": r["urgency"],
         "advice": r["advice"], "reference_key": r["reference"]}
        for i, r in enumerate(doc["red_flags"])])
    _insert(conn, s.Investigation, [
        {"condition_id": cid, "position": i, "test": t["test"], "kind": t["kind"], "shows": t["shows"],
         "reference_key": t["reference"]}
        for i, t in enumerate(doc["investigations"])])
    _insert(conn, s.CriteriaSet, [
        {"condition_id": cid, "position": i, "name": c["name"], "rule": c["rule"],
         "items_json": json.dumps(c["items"], ensure_ascii=False), "reference_key": c["reference"]}
        for i, c in enumerate(doc["criteria"])])
    diffs = doc.get("differentials") or []
    if diffs:
        _insert(conn, s.Differential, [
            {"condition_id": cid, "other_id": d["id"], "position": i, "why": d["why"]}
            for i, d in enumerate(diffs)])


def format_reference(ref: dict) -> str:
    """'Authors. Title. Journal. Year. PMID n; doi:x' for a reference mapping."""
    ids = "; ".join(x for x in (f"PMID {ref['pmid']}" if ref.get("pmid") else "",
                                 f"doi:{ref['doi']}" if ref.get("doi") else "") if x)
    return (f"{str(ref['authors']).rstrip('.')}. {str(ref['title']).rstrip('.')}. {ref['journal']}. "
            f"{ref['year']}. {ids}")


def _write_triage(conn, triage: dict) -> None:
    concepts = triage.get("concepts") or {}
    context = set(triage.get("context_concepts") or [])
    refs = triage.get("references") or {}
    rows = []
    for i, rule in enumerate(triage.get("rules") or []):
        clauses = []
        for clause in rule["when"]:
            items = []
            for item in clause:
                item = str(item)
                if item.startswith("age:"):
                    items.append({"age": item[4:]})
                elif item.startswith("sex:"):
                    items.append({"sex": item[4:]})
                elif item.startswith("unless:"):  # a present finding of this concept stops the clause
                    items.append({"unless": [str(t) for t in concepts[item[7:]]]})
                elif item.startswith("count:"):  # 'count:2:a,b,c': findings of at least 2 of these concepts
                    _, least, names = item.split(":", 2)
                    items.append({"count": int(least), "groups": [
                        [str(t) for t in concepts[n] if not str(t).startswith("not ")] for n in names.split(",")]})
                else:
                    terms = [str(t) for t in concepts[item]]  # 'not HP:...': not this kind (a known gout is no
                    entry = {"concept": item, "terms": [t for t in terms if not t.startswith("not ")]}  # new swelling)
                    if any(t.startswith("not ") for t in terms):
                        entry["except"] = [t[4:] for t in terms if t.startswith("not ")]
                    if item in context:
                        entry["context"] = True  # matters only with the rest of its clause
                    items.append(entry)
            clauses.append(items)
        rows.append({"id": rule["id"], "position": i, "name": rule["name"], "level": rule["level"],
                     "advice": " ".join(str(rule["advice"]).split()),
                     "clauses_json": json.dumps(clauses), "source": " | ".join(
                         format_reference(refs[k]) for k in rule["references"]),
                     "conditions": ",".join(rule.get("conditions") or []) or None})
    if rows:
        conn.execute(insert(s.TriageRule), rows)


def _write_fts(conn, conditions: list[dict], catalogue: dict, live: dict) -> None:
    # Contentless (content=''): the index alone answers MATCH and bm25, and its rowid is the condition row's
    # rowid, so the text is not stored a second time (it saves about 0.8 MB of the installed size).
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE condition_fts USING fts5(name, synonyms, codes, findings, body, content='', "
        f"tokenize='{FTS_TOKENIZER}')")
    rowids = {cid: rowid for rowid, cid in conn.exec_driver_sql("SELECT rowid, id FROM condition")}
    for doc in sorted(conditions, key=lambda d: d["id"]):
        syn = doc.get("synonyms") or {}
        synonyms = " ; ".join((syn.get("clinical") or []) + (syn.get("plain") or []))
        codes = " ; ".join(str(c) for v in doc["codes"].values() for c in v or [])
        finding_text = []
        for f in doc["findings"]:
            if f["frequency"] in ("excluded", "very rare"):
                continue
            term = live[f["hpo"]]
            finding_text += [catalogue[f["hpo"]].get("label") or term.name, catalogue[f["hpo"]]["plain"]]
            finding_text += [t for t, _ in term.synonyms] + list(catalogue[f["hpo"]].get("words") or [])
        body = "\n".join([doc["summary"]] + [v for v in doc["sections"].values() if isinstance(v, str)])
        conn.exec_driver_sql(
            "INSERT INTO condition_fts(rowid, name, synonyms, codes, findings, body) VALUES (?, ?, ?, ?, ?, ?)",
            (rowids[doc["id"]], doc["name"], synonyms, codes, " ; ".join(finding_text), body))
    # HPO names and synonyms, plus the catalogue's plain labels and lay words, indexed from a view (an
    # external-content FTS table keeps no second copy of the text).
    conn.exec_driver_sql(
        "CREATE VIEW hpo_search AS SELECT t.rowid AS rowid, t.id AS hpo_id, t.name AS name, "
        "coalesce((SELECT group_concat(y.text, ' ; ') FROM hpo_synonym y WHERE y.term_id = t.id), '') "
        "|| coalesce(' ; ' || f.plain, '') || coalesce(' ; ' || f.words, '') AS synonyms "
        "FROM hpo_term t LEFT JOIN finding f ON f.hpo_id = t.id")
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE hpo_fts USING fts5(hpo_id UNINDEXED, name, synonyms, content='hpo_search', "
        f"content_rowid='rowid', tokenize='{FTS_TOKENIZER}')")
    conn.exec_driver_sql("INSERT INTO hpo_fts(hpo_fts) VALUES ('rebuild')")


def content_digest(path: Path) -> str:
    """A SHA-256 over every table's rows in key order: equal for equal content."""
    digest = hashlib.sha256()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts_%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2'):
                digest.update(repr(row).encode())
    finally:
        con.close()
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()

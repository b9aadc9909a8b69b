"""The first screen's data, read with the standard library's sqlite3 before SQLAlchemy is imported.

Importing SQLAlchemy's ORM takes longer than importing Qt itself, so waiting for it would keep the list
and the first page off screen for a third of a second at every start. This module reads just what the
first screen shows (the condition list, one condition page, the person's favourites, the page's note
and the saved comparison sets) with plain SQL, while `kb.store` and `userdata.store` stay the one data
layer for everything after. `tests/kb/test_first_view.py` checks that both give identical records for
every condition, so the two readings cannot drift apart.

Nothing here writes: the knowledge base is opened `mode=ro` with `query_only`, and so is the user-data
file (which is only read when it exists at the current schema version; otherwise the user part is left
`None` and the full layer, which can migrate, supplies it).
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

from legpain_gui.kb import records as r
from legpain_gui.kb.file import CheckInThread, KnowledgeBaseError, check_regular, connect_ro, ro_uri, shown
from legpain_gui.kb.values import structure_problem
from legpain_gui.text import clean
from legpain_gui.kb.vocab import USER_FILE_NAME, USER_SCHEMA_VERSION, category_rank
from legpain_gui.record import Record


class UserSnapshot(Record):
    favourites: set[str]
    note: str
    comparison_sets: dict[str, list[str]]


class FirstView(Record):
    conditions: list[r.ConditionSummary]
    kb_version: str
    hpo_version: str
    first_id: str | None  # the page to show first: the one asked for, else None (the start page)
    user: UserSnapshot | None  # None: the user-data file needs the full layer (migration, unreadable)


def read_first_view(kb_path: Path, data_dir: Path, condition_id: str | None, verify_manifest: bool,
                    checking: CheckInThread | None = None, while_checking=None) -> FirstView:
    """Check the knowledge base (raises KnowledgeBaseError) and read the list and the person's data.

    The check (mostly hashing the file, which releases the GIL) runs on a thread of its own while the list
    is read (`checking`: one the caller started earlier); nothing read is returned unless it has passed.
    `while_checking()` is called if the check is still running once the list is read (to use the wait).
    """
    checking = checking or CheckInThread(Path(kb_path), verify_manifest)
    check_regular(Path(kb_path))  # before opening: a FIFO or a device would block the read below forever
    try:
        con = connect_ro(kb_path)
        try:
            problem = structure_problem(con)  # a view the build never writes could run forever: not read at all
            if problem:
                raise KnowledgeBaseError(f"The knowledge base file {shown(Path(kb_path))} cannot be used: {problem}.")
            meta = dict(con.execute("SELECT key, value FROM meta"))
            conditions = read_conditions(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        checking.result()  # a damaged or missing file: the check's sentence says what is wrong
        raise KnowledgeBaseError(f"The knowledge base file {kb_path} cannot be read ({exc}).") from None
    known = {c.id for c in conditions}
    first = condition_id if condition_id in known else None  # none asked for (the first run): the start page
    user = read_user_snapshot(data_dir, first)
    if while_checking is not None and checking.running():
        while_checking()
    checking.result()
    return FirstView(conditions=conditions, kb_version=meta.get("kb_version", "?"),
                     hpo_version=meta.get("hpo_version", "?"), first_id=first, user=user)


def read_page(kb_path: Path, condition_id: str) -> r.ConditionDetail | None:
    """One condition's page from a file `read_first_view` has checked."""
    con = connect_ro(kb_path)
    try:
        return read_condition(con, condition_id)
    finally:
        con.close()


def _codes(con: sqlite3.Connection, condition_id: str | None = None) -> dict[str, dict[str, list[str]]]:
    sql = "SELECT condition_id, system, code FROM code"
    rows = (con.execute(sql + " WHERE condition_id = ? ORDER BY id", (condition_id,)) if condition_id
            else con.execute(sql + " ORDER BY id"))
    codes: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for cid, system, code in rows:
        codes[cid].setdefault(system, []).append(code)
    return codes


def read_conditions(con: sqlite3.Connection) -> list[r.ConditionSummary]:
    """Every condition, by category then name (as `KnowledgeBase.conditions`)."""
    codes = _codes(con)
    rows = con.execute("SELECT id, name, category FROM condition ORDER BY category, name").fetchall()
    rows.sort(key=lambda row: category_rank(row[2]))  # stable: names stay in order
    return [r.ConditionSummary(i, n, c, codes.get(i, {})) for i, n, c in rows]


def read_condition(con: sqlite3.Connection, condition_id: str) -> r.ConditionDetail | None:
    """One condition's page (as `KnowledgeBase.condition`)."""
    cid = clean(condition_id, 500)
    row = con.execute("SELECT id, name, category, summary, last_reviewed, prevalence_per_100000, prevalence_note, "
                      "prevalence_reference, onset, female_to_male, source_file FROM condition WHERE id = ?",
                      (cid,)).fetchone()
    if row is None:
        return None
    (cid, name, category, summary, last_reviewed, prevalence, prevalence_note, prevalence_reference, onset,
     female_to_male, source_file) = row

    def ordered(table: str, columns: str) -> list[tuple]:
        return con.execute(f"SELECT {columns} FROM {table} WHERE condition_id = ? ORDER BY position", (cid,)).fetchall()

    synonyms: dict[str, list[str]] = {"clinical": [], "plain": []}
    for text, kind in con.execute("SELECT text, kind FROM synonym WHERE condition_id = ? ORDER BY id", (cid,)):
        synonyms.setdefault(kind, []).append(text)
    findings = con.execute(
        'SELECT cf.hpo_id, f.label, t.name, f.plain, f.system, cf.frequency, cf.percent, cf.hallmark, cf.criterion, '
        'cf."group", cf.note, cf.reference_key, cf.imported FROM condition_finding cf JOIN finding f ON f.hpo_id = cf.hpo_id '
        "JOIN hpo_term t ON t.id = cf.hpo_id WHERE cf.condition_id = ? ORDER BY cf.position", (cid,)).fetchall()
    differentials = con.execute(
        "SELECT d.other_id, c.name, d.why FROM differential d LEFT JOIN condition c ON c.id = d.other_id "
        "WHERE d.condition_id = ? ORDER BY d.position", (cid,)).fetchall()
    return r.ConditionDetail(
        id=cid, name=name, category=category, summary=summary, last_reviewed=last_reviewed, synonyms=synonyms,
        codes=_codes(con, cid).get(cid, {}),
        epidemiology=r.Epidemiology(prevalence, prevalence_note, prevalence_reference, onset, female_to_male),
        sections=[r.SectionRecord(*x) for x in ordered("section", "key, title, body")],
        findings=[r.FindingLink(hpo=h, label=lb, hpo_name=hn, plain=pl, system=sy, frequency=fr, percent=pc,
                                hallmark=bool(ha), criterion=bool(cr), group=gr, note=no, source=src, imported=bool(im))
                  for h, lb, hn, pl, sy, fr, pc, ha, cr, gr, no, src, im in findings],
        criteria=[r.CriteriaRecord(n, rule, json.loads(items), src)
                  for n, rule, items, src in ordered("criteria_set", "name, rule, items_json, reference_key")],
        red_flags=[r.RedFlagRecord(*x) for x in ordered("red_flag", "pattern, urgency, advice, reference_key")],
        investigations=[r.InvestigationRecord(*x) for x in ordered("investigation", "test, kind, shows, reference_key")],
        differentials=[r.DifferentialRecord(*x) for x in differentials],
        references=[r.ReferenceRecord(key, i + 1, authors, title, journal, year, pmid, doi)
                    for i, (key, authors, title, journal, year, pmid, doi)
                    in enumerate(ordered("reference", "key, authors, title, journal, year, pmid, doi"))],
        source_file=source_file,
    )


def read_user_snapshot(data_dir: Path, condition_id: str | None) -> UserSnapshot | None:
    """Favourites, one note and the comparison sets, read-only; None when the full layer must do it."""
    path = Path(data_dir) / USER_FILE_NAME
    if not path.exists():
        return UserSnapshot(favourites=set(), note="", comparison_sets={})
    try:
        con = sqlite3.connect(ro_uri(path), uri=True)
        try:
            if con.execute("PRAGMA user_version").fetchone()[0] != USER_SCHEMA_VERSION:
                return None
            favourites = {row[0] for row in con.execute("SELECT condition_id FROM favourite")}
            note_row = con.execute("SELECT text FROM note WHERE condition_id = ?", (condition_id,)).fetchone()
            sets = {name: json.loads(ids)
                    for name, ids in con.execute("SELECT name, ids_json FROM comparison_set ORDER BY name")}
            if not all(isinstance(v, list) and all(isinstance(i, str) for i in v) for v in sets.values()):
                return None
        finally:
            con.close()
    except (sqlite3.Error, ValueError, TypeError, RecursionError):
        return None
    note = note_row[0] if note_row else ""
    if not isinstance(note, str) or not all(isinstance(f, str) for f in favourites):
        return None  # values another program wrote in the wrong type: the full layer reads them as text
    return UserSnapshot(favourites=favourites, note=note, comparison_sets=sets)

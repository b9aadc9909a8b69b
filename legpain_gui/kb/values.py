"""The values of a knowledge-base file, checked before any reader trusts them (standard library only).

A file the build did not write (given with --db) may hold anything: a frequency bin that is not one, text in a
number column, a view where a table should be (a recursive view never ends), JSON of the wrong shape.
`check_values(con, path)` refuses such a file with one sentence (KnowledgeBaseError) that names the table and
column, within a time limit. `COLUMNS` lists every column the app reads and what it must hold;
tests/kb/test_values.py keeps it equal to kb.schema.
"""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from legpain_gui.kb.vocab import (
    AGE_GROUPS, BODY_SYSTEMS, CODE_SYSTEMS, FREQUENCY_BINS, INVESTIGATION_KINDS, OPTIONAL_SECTIONS, SECTIONS, URGENCIES,
)

TEXT, TEXT_OR_NULL, INT, NUMBER, NUMBER_OR_NULL, FLAG, JSON = "text", "text?", "int", "number", "number?", "flag", "json"
TRIAGE_LEVELS = ("emergency", "urgent", "routine")

# table -> column -> a kind above, or a tuple: the vocabulary (None in it: NULL allowed)
COLUMNS: dict[str, dict[str, object]] = {
    "meta": {"key": TEXT, "value": TEXT},
    "condition": {"id": TEXT, "name": TEXT, "category": TEXT, "summary": TEXT, "last_reviewed": TEXT,
                  "prevalence_per_100000": NUMBER_OR_NULL, "prevalence_note": TEXT_OR_NULL,
                  "prevalence_reference": TEXT_OR_NULL, "onset": TEXT_OR_NULL, "female_to_male": TEXT_OR_NULL,
                  "ages": TEXT_OR_NULL, "source_file": TEXT, "suspected_level": ("emergency", "urgent", None),
                  "suspected_why": TEXT_OR_NULL, "suspected_reference": TEXT_OR_NULL},
    "section": {"condition_id": TEXT, "key": tuple(SECTIONS) + tuple(OPTIONAL_SECTIONS), "position": INT,
                "title": TEXT, "body": TEXT},
    "synonym": {"id": INT, "condition_id": TEXT, "text": TEXT, "kind": ("clinical", "plain")},
    "code": {"id": INT, "condition_id": TEXT, "system": CODE_SYSTEMS, "code": TEXT},
    "reference": {"id": INT, "condition_id": TEXT, "key": TEXT, "position": INT, "authors": TEXT, "title": TEXT,
                  "journal": TEXT, "year": INT, "pmid": TEXT_OR_NULL, "doi": TEXT_OR_NULL},
    "finding": {"hpo_id": TEXT, "label": TEXT, "plain": TEXT, "system": BODY_SYSTEMS, "background": NUMBER_OR_NULL,
                "background_source": TEXT_OR_NULL, "words": TEXT_OR_NULL},
    "condition_finding": {"condition_id": TEXT, "hpo_id": TEXT, "position": INT, "frequency": tuple(FREQUENCY_BINS),
                          "percent": NUMBER_OR_NULL, "hallmark": FLAG, "criterion": FLAG, "group": TEXT_OR_NULL,
                          "note": TEXT_OR_NULL, "reference_key": TEXT, "imported": FLAG},
    "red_flag": {"id": INT, "condition_id": TEXT, "position": INT, "pattern": TEXT, "urgency": URGENCIES,
                 "advice": TEXT, "reference_key": TEXT},
    "investigation": {"id": INT, "condition_id": TEXT, "position": INT, "test": TEXT, "kind": INVESTIGATION_KINDS,
                      "shows": TEXT, "reference_key": TEXT},
    "criteria_set": {"id": INT, "condition_id": TEXT, "position": INT, "name": TEXT, "rule": TEXT, "items_json": JSON,
                     "reference_key": TEXT},
    "differential": {"condition_id": TEXT, "other_id": TEXT, "position": INT, "why": TEXT},
    "triage_rule": {"id": TEXT, "position": INT, "name": TEXT, "level": TRIAGE_LEVELS, "advice": TEXT,
                    "clauses_json": JSON, "source": TEXT, "conditions": TEXT_OR_NULL},
    "hpo_alias": {"term_id": TEXT, "alias_id": TEXT, "why": TEXT},
    "phrase": {"text": TEXT, "hpo_id": TEXT, "why": TEXT},
    "hpo_term": {"id": TEXT, "name": TEXT, "definition": TEXT_OR_NULL, "diseases": INT},
    "hpo_synonym": {"id": INT, "term_id": TEXT, "text": TEXT, "kind": TEXT},
    "hpo_parent": {"term_id": TEXT, "parent_id": TEXT},
}
# The range a number must lie in (NaN and infinities are never in range).
RANGES = {("condition", "prevalence_per_100000"): (0.0, 1e5), ("condition_finding", "percent"): (0.0, 100.0),
          ("finding", "background"): (0.0, 1.0), ("reference", "year"): (1000, 3000),
          ("hpo_term", "diseases"): (0, 10**9)}
# Texts used as SQL patterns or shown in one line: longer is not a code (SQLite refuses LIKE patterns over 50 kB).
MAX_LENGTH = {("code", "code"): 64, ("condition", "id"): 200, ("hpo_term", "id"): 64, ("finding", "hpo_id"): 64}
# meta values read as numbers: key -> (lowest, highest)
META_NUMBERS = {"hpo_disease_count": (0, 10**9), "calibration_temperature": (1e-6, 1e6),
                "cant_miss_emergency": (0.0, 1.0), "cant_miss_urgent": (0.0, 1.0), "cant_miss_together": (0.0, 1.0), "schema_version": (0, 10**6)}
TIME_LIMIT_S = 20.0
# The one view and the two full-text tables the build writes, word for word (tests/kb/test_values.py checks
# them against a fresh build). Any other view, trigger or virtual table is refused: a recursive view never ends.
_TOKENIZER = "tokenize='porter unicode61 remove_diacritics 2'"
EXPECTED_SQL = {
    "condition_fts": "CREATE VIRTUAL TABLE condition_fts USING fts5(name, synonyms, codes, findings, body, "
                     f"content='', {_TOKENIZER})",
    "hpo_fts": "CREATE VIRTUAL TABLE hpo_fts USING fts5(hpo_id UNINDEXED, name, synonyms, content='hpo_search', "
               f"content_rowid='rowid', {_TOKENIZER})",
    "hpo_search": "CREATE VIEW hpo_search AS SELECT t.rowid AS rowid, t.id AS hpo_id, t.name AS name, "
                  "coalesce((SELECT group_concat(y.text, ' ; ') FROM hpo_synonym y WHERE y.term_id = t.id), '') "
                  "|| coalesce(' ; ' || f.plain, '') || coalesce(' ; ' || f.words, '') AS synonyms "
                  "FROM hpo_term t LEFT JOIN finding f ON f.hpo_id = t.id",
}

_SQL_TEST = {
    TEXT: "typeof({c}) != 'text'",
    TEXT_OR_NULL: "typeof({c}) NOT IN ('text', 'null')",
    INT: "typeof({c}) != 'integer'",
    NUMBER: "typeof({c}) NOT IN ('integer', 'real')",
    NUMBER_OR_NULL: "typeof({c}) NOT IN ('integer', 'real', 'null')",
    FLAG: "typeof({c}) != 'integer' OR {c} NOT IN (0, 1)",
    JSON: "typeof({c}) != 'text'",
}


class _Refusal(Exception):
    pass


def check_values(con: sqlite3.Connection, path: Path, time_limit: float = TIME_LIMIT_S) -> None:
    """Raise KnowledgeBaseError unless every table, column and value is one this app can read."""
    from legpain_gui.kb.file import KnowledgeBaseError, shown

    deadline = time.monotonic() + time_limit
    con.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
    try:
        _check(con)
    except _Refusal as exc:
        raise KnowledgeBaseError(f"The knowledge base file {shown(path)} cannot be used: {exc}.") from None
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise KnowledgeBaseError(f"The knowledge base file {shown(path)} cannot be used: checking it took "
                                     f"longer than {time_limit:g} seconds.") from None
        raise KnowledgeBaseError(f"The knowledge base file {shown(path)} cannot be used ({exc}).") from None
    finally:
        con.set_progress_handler(None, 0)


def check_structure(con: sqlite3.Connection) -> None:
    """Refuse any view, trigger or virtual table the build does not write (cheap: sqlite_master only)."""
    for name, kind, sql in con.execute("SELECT name, type, sql FROM sqlite_master"):
        special = kind in ("view", "trigger") or (kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL"))
        if special and EXPECTED_SQL.get(name) != sql:
            raise _Refusal(f"it contains a {kind} ('{_show(name)[1:-1]}') that the knowledge-base build never writes")


def structure_problem(con: sqlite3.Connection) -> str | None:
    """check_structure's reason, or None (for the first-screen reader, before it reads anything)."""
    try:
        check_structure(con)
    except _Refusal as exc:
        return str(exc)
    return None


def _check(con: sqlite3.Connection) -> None:
    check_structure(con)
    kinds = dict(con.execute("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    for table, columns in COLUMNS.items():
        if kinds.get(table) != "table":
            raise _Refusal(f"the table '{table}' is missing")
        present = {row[1] for row in con.execute(f'PRAGMA table_info("{table}")')}
        missing = sorted(set(columns) - present)
        if missing:
            raise _Refusal(f"the table '{table}' has no column '{missing[0]}'")
        # One pass over the table for every test of every column (a pass per column read the scale knowledge
        # base's large tables a hundred times: 0.75 s); only a table that fails is checked column by column,
        # in order, for the sentence that names the first bad column.
        where, params = _table_tests(table, columns)
        if con.execute(f'SELECT 1 FROM "{table}" WHERE {where} LIMIT 1', params).fetchone() is not None:
            for column, kind in columns.items():
                _check_column(con, table, column, kind)
        if table == "condition":  # (the loop above checked them in turn when it ran)
            _check_ages(con)
    _check_meta(con)
    _check_json(con)


def _tests(table: str, column: str, kind) -> list[tuple[str, list]]:
    """The SQL tests of one column, as (condition true for a bad value, parameters), in the order checked."""
    c = f'"{column}"'
    if isinstance(kind, tuple):
        allowed = [v for v in kind if v is not None]
        marks = ", ".join("?" * len(allowed))
        null = "" if None in kind else f" OR {c} IS NULL"
        return [(f"(typeof({c}) != 'null' AND (typeof({c}) != 'text' OR {c} NOT IN ({marks}))){null}", allowed)]
    tests = [(_SQL_TEST[kind].format(c=c), [])]
    low_high = RANGES.get((table, column))
    if low_high is not None:
        tests.append((f"{c} IS NOT NULL AND NOT ({c} BETWEEN ? AND ?)", list(low_high)))
    longest = MAX_LENGTH.get((table, column))
    if longest is not None:
        tests.append((f"length({c}) > ?", [longest]))
    return tests


def _table_tests(table: str, columns: dict) -> tuple[str, list]:
    """Every test of every column of `table` as one WHERE clause (true for a row with any bad value)."""
    parts, params = [], []
    for column, kind in columns.items():
        for sql, values in _tests(table, column, kind):
            parts.append(f"({sql})")
            params += values
    return " OR ".join(parts), params


def _check_column(con: sqlite3.Connection, table: str, column: str, kind) -> None:
    c = f'"{column}"'
    if isinstance(kind, tuple):
        allowed = [v for v in kind if v is not None]
        marks = ", ".join("?" * len(allowed))
        null = "" if None in kind else f" OR {c} IS NULL"
        where = f"(typeof({c}) != 'null' AND (typeof({c}) != 'text' OR {c} NOT IN ({marks}))){null}"
        bad = con.execute(f'SELECT {c} FROM "{table}" WHERE {where} LIMIT 1', allowed).fetchone()
        if bad is not None:
            raise _Refusal(f"{table}.{column} holds {_show(bad[0])}, which is not one of {', '.join(allowed)}")
        return
    bad = con.execute(f'SELECT {c} FROM "{table}" WHERE {_SQL_TEST[kind].format(c=c)} LIMIT 1').fetchone()
    if bad is not None:
        raise _Refusal(f"{table}.{column} holds {_show(bad[0])}, which is not {_KIND_WORDS[kind]}")
    low_high = RANGES.get((table, column))
    if low_high is not None:
        low, high = low_high
        bad = con.execute(f'SELECT {c} FROM "{table}" WHERE {c} IS NOT NULL AND NOT ({c} BETWEEN ? AND ?) LIMIT 1',
                          (low, high)).fetchone()
        if bad is not None:
            raise _Refusal(f"{table}.{column} holds {_show(bad[0])}, outside {low:g} to {high:g}")
    longest = MAX_LENGTH.get((table, column))
    if longest is not None:
        bad = con.execute(f'SELECT {c} FROM "{table}" WHERE length({c}) > ? LIMIT 1', (longest,)).fetchone()
        if bad is not None:
            raise _Refusal(f"{table}.{column} holds {_show(bad[0])}, longer than {longest} characters")
    if table == "condition" and column == "ages":
        _check_ages(con)


def _check_ages(con: sqlite3.Connection) -> None:
    seen = set()
    for (ages,) in con.execute("SELECT ages FROM condition WHERE ages IS NOT NULL"):
        if ages in seen:
            continue
        seen.add(ages)
        unknown = [a for a in ages.split(",") if a and a not in AGE_GROUPS + ("strict",)]
        if unknown:
            raise _Refusal(f"condition.ages holds {_show(unknown[0])}, which is not an age group")


_KIND_WORDS = {TEXT: "text", TEXT_OR_NULL: "text", INT: "a whole number", NUMBER: "a number",
               NUMBER_OR_NULL: "a number", FLAG: "0 or 1", JSON: "JSON text"}


def _check_meta(con: sqlite3.Connection) -> None:
    meta = dict(con.execute("SELECT key, value FROM meta"))
    for key, (low, high) in META_NUMBERS.items():
        if key in meta:
            try:
                value = float(meta[key])
            except (TypeError, ValueError):
                value = None
            if value is None or not low <= value <= high:
                raise _Refusal(f"meta '{key}' holds {_show(meta[key])}, which is not a number from {low:g} to {high:g}")


def _check_json(con: sqlite3.Connection) -> None:
    for (items,) in con.execute("SELECT items_json FROM criteria_set"):
        value = _load(items, "criteria_set.items_json")
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise _Refusal("criteria_set.items_json is not a list of texts")
    for (clauses,) in con.execute("SELECT clauses_json FROM triage_rule"):
        value = _load(clauses, "triage_rule.clauses_json")
        if not isinstance(value, list) or not all(isinstance(c, list) and all(_good_part(p) for p in c) for c in value):
            raise _Refusal("triage_rule.clauses_json is not a list of clauses")


def _good_part(part) -> bool:
    if not isinstance(part, dict):
        return False
    if "concept" in part:
        return isinstance(part["concept"], str) and isinstance(part.get("terms"), list) and all(
            isinstance(t, str) for t in part["terms"] + list(part.get("except") or []))
    if "age" in part:
        return part["age"] in AGE_GROUPS
    if "sex" in part:
        return part["sex"] in ("female", "male")
    if "unless" in part:
        return isinstance(part["unless"], list) and all(isinstance(t, str) for t in part["unless"])
    if "count" in part:
        return isinstance(part["count"], int) and isinstance(part.get("groups"), list) and all(
            isinstance(g, list) and all(isinstance(t, str) for t in g) for g in part["groups"])
    return False


def _load(text: str, where: str):
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise _Refusal(f"{where} is not valid JSON") from None


def _show(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"

"""Search's in-memory code and name look-ups answer exactly what the SQL `LIKE`/`NOCASE` tests answered."""
from __future__ import annotations

import random
import sqlite3

from legpain_gui.kb.file import connect_ro
from legpain_gui.kb.lookup import Lookup, fold
from legpain_gui.kb.search import CODE_LIKE, code_rows, name_rows


def _queries_of(texts: list[str], rng: random.Random) -> set[str]:
    out = set()
    for text in texts:
        for n in {1, 2, 3, len(text) // 2, len(text) - 1, len(text)}:
            if n > 0:
                piece = text[:n]
                out |= {piece, piece.upper(), piece.lower(), piece.swapcase()}
        out |= {text + ".1", text + ".", text.upper() + ".9.9", text.lower() + "x"}
    out |= {"".join(rng.choice("am3.0É-:& é") for _ in range(rng.randint(1, 8))) for _ in range(300)}
    return out


def test_codes_and_names_equal_the_sql_answers(shipped_kb_path):
    rng = random.Random(21)
    con = connect_ro(shipped_kb_path)
    try:
        lookup = Lookup(con)
        assert lookup.codes_plain
        codes = [row[0] for row in con.execute("SELECT code FROM code")]
        for q in sorted(_queries_of(codes, rng)):
            if CODE_LIKE.match(q):
                assert lookup.codes(q) == code_rows(con, q), q
        names = [row[0] for row in con.execute("SELECT name FROM condition UNION ALL SELECT text FROM synonym")]
        for q in sorted(_queries_of(names, rng)) + [""]:
            if "%" not in q and "_" not in q and "\\" not in q:
                assert lookup.names_starting(q) == name_rows(con, q), q
    finally:
        con.close()


def test_case_folds_ascii_only_as_sqlite_does(tmp_path):
    con = sqlite3.connect(tmp_path / "kb.sqlite")
    con.executescript(
        "CREATE TABLE code (id INTEGER PRIMARY KEY, condition_id TEXT, system TEXT, code TEXT);"
        "CREATE TABLE condition (id TEXT PRIMARY KEY, name TEXT);"
        "CREATE TABLE synonym (id INTEGER PRIMARY KEY, condition_id TEXT, text TEXT, kind TEXT);"
        "INSERT INTO code (condition_id, system, code) VALUES ('a', 'ICD-10', 'm30.0'), ('b', 'ICD-10', 'M30'), "
        "('c', 'ICD-10', 'M30.1'), ('a', 'ICD-10', 'Ä1'), ('d', 'ORPHA', 'ORPHA:1.2');"
        "INSERT INTO condition VALUES ('a', 'Ébola-like'), ('b', 'ébola'), ('c', 'Lupus'), ('d', 'lupus nephritis');"
        "INSERT INTO synonym (condition_id, text, kind) VALUES ('c', 'LUPUS', 'clinical'), ('a', 'éBOLA', 'plain');")
    lookup = Lookup(con)
    for q in ("M30", "m30.0", "M30.0.7", "ä1", "Ä1", "orpha:1", "ORPHA:1.2.3", "x"):
        assert lookup.codes(q) == code_rows(con, q), q
    assert [r[0] for r in lookup.codes("M30")] == ["a", "b", "c"]  # the broader and the narrower, in table order
    for q in ("lupus", "LUP", "ébola", "Ébola", "éb", "", "lupus n"):
        assert lookup.names_starting(q) == name_rows(con, q), q
    assert fold("ÄbC") == "Äbc"
    con.execute("INSERT INTO code (condition_id, system, code) VALUES ('a', 'ICD-10', 'M3_')")
    assert not Lookup(con).codes_plain  # a LIKE wildcard in a stored code: search asks SQL instead
    con.close()

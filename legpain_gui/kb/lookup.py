"""The codes, names and synonyms of a knowledge base held in memory for search as you type.

Search looks up a typed code ("M30.0": the code itself, a broader code it falls under, or the narrower codes
under it) and the start of a name or synonym. In SQL both are `LIKE` and `COLLATE NOCASE` tests, which no
index serves: each search read the code, condition and synonym tables whole (4-5 ms of a 10 ms budget on the
scale knowledge base). Here they are sorted lists searched by bisection, built once per open file. They
answer exactly what those SQL tests did (tests/kb/test_lookup.py compares them): SQLite's `LIKE` and
`NOCASE` fold ASCII letters only, and so does `fold`; rows come back in the order the table scan gave them.
A code holding `%` or `_` (a `LIKE` wildcard) is a case these lists cannot answer: then the SQL is used.
"""
from __future__ import annotations

import string
from bisect import bisect_left

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def fold(text: str) -> str:
    """Text as SQLite's LIKE and NOCASE compare it: ASCII letters lower-cased, every other character as is."""
    return text.translate(_ASCII_LOWER)


def _prefixed(rows: list[tuple], prefix: str) -> list[tuple]:
    """The rows (sorted by their folded text, first) whose folded text starts with `prefix`."""
    out = []
    for row in rows[bisect_left(rows, (prefix,)):]:
        if not row[0].startswith(prefix):
            break
        out.append(row)
    return out


class Lookup:
    """Codes and names of one knowledge base; `Lookup.of(kb_cache, raw)` builds it once per open file."""

    def __init__(self, raw):
        codes = raw.execute("SELECT rowid, condition_id, system, code FROM code ORDER BY rowid").fetchall()
        self.codes_plain = not any("%" in code or "_" in code for _, _, _, code in codes)
        self._codes = sorted((fold(code), rowid, cid, system, code) for rowid, cid, system, code in codes)
        self._code_set = {row[0] for row in self._codes}
        names = [(fold(name), (0, rowid), cid, name, "name")
                 for rowid, cid, name in raw.execute("SELECT rowid, id, name FROM condition")]
        names += [(fold(text), (1, rowid), cid, text, kind)
                  for rowid, cid, text, kind in raw.execute("SELECT rowid, condition_id, text, kind FROM synonym")]
        self._names = sorted(names)

    @classmethod
    def of(cls, cache: dict, raw) -> "Lookup":
        found = cache.get("lookup")
        if found is None:
            found = cache["lookup"] = cls(raw)
        return found

    def codes(self, query: str) -> list[tuple[str, str, str]]:
        """(condition id, system, code) of every code equal to `query`, under which `query` falls
        (`query` is the code, a dot, more) or which falls under `query`; in table order. `query` holds no
        LIKE wildcard (search only looks up code-like text: letters, digits and . : & -)."""
        q = fold(query)
        found = [row for row in _prefixed(self._codes, q) if row[0] == q]
        for i, ch in enumerate(q):  # the broader codes: each start of the query that ends before a dot
            if ch == "." and q[:i] in self._code_set:
                found += [row for row in _prefixed(self._codes, q[:i]) if row[0] == q[:i]]
        found += _prefixed(self._codes, q + ".")
        rows = {row[1]: row for row in found}  # by rowid: each once, in the table's order
        return [(cid, system, code) for _, _, cid, system, code in (rows[k] for k in sorted(rows))]

    def names_starting(self, prefix: str) -> list[tuple[str, str, str]]:
        """(condition id, text, kind) of every condition name ('name') and synonym whose text starts with
        `prefix` (as `text LIKE prefix || '%'`): names first, each in table order."""
        rows = _prefixed(self._names, fold(prefix))
        rows.sort(key=lambda row: row[1])
        return [(cid, text, kind) for _, _, cid, text, kind in rows]

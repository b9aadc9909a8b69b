"""Search as you type over conditions (names, synonyms, plain words, codes, text) and HPO findings.

Any text is accepted: the query is cut into words and each word is quoted before it reaches FTS5, so
quotes, operators (AND, NEAR, *), NUL, emoji and very long strings are only ever words to look for.
A condition is found directly (its own text) and through findings: a query that names an HPO term
("pins and needles" -> Paresthesia) finds the conditions with that finding or a more specific one,
weighted by how often it occurs there.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import asdict, dataclass, field

from legpain_gui.kb.lookup import Lookup
from legpain_gui.kb.store import KnowledgeBase
from legpain_gui.text import clean
from legpain_gui.kb.vocab import FREQUENCY_BINS

MAX_QUERY_CHARS = 300
MAX_TOKENS = 12
TOKEN = re.compile(r"\w+", re.UNICODE)
STOPWORDS = frozenset("a an and are at for has have i in is it my of on or the to with not no near".split())
# Words that the stemmer cannot join; each maps to the forms to look for.
IRREGULAR = {"feet": ("feet", "foot"), "foot": ("foot", "feet"), "toes": ("toe",), "calves": ("calf", "calves")}
FREQUENCY_WEIGHT = {"obligate": 1.0, "very frequent": 0.9, "frequent": 0.55, "occasional": 0.17,
                    "very rare": 0.03, "excluded": 0.0}
assert set(FREQUENCY_WEIGHT) == set(FREQUENCY_BINS)
_WEIGHT_SQL = "CASE cf.frequency " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in FREQUENCY_WEIGHT.items()) + " ELSE 0 END"
BROADER_MAX_DISEASES = 400  # a broader term counts only while specific (about 3% of HPO's ~12,700 diseases)
# condition_fts is contentless: its rowid is the condition row's rowid
_FTS_ID = "(SELECT c.id FROM condition c WHERE c.rowid = condition_fts.rowid)"
CODE_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.:&-]{1,15}$")


@dataclass(frozen=True)
class ConditionHit:
    id: str
    name: str
    category: str
    score: float
    matched: list[str] = field(default_factory=list)  # why it was found: "name", "code M30.0", findings


@dataclass(frozen=True)
class FindingHit:
    hpo: str
    name: str
    matched: str  # the name or synonym that matched
    conditions: int  # how many conditions of this knowledge base list it (or a more specific term)


@dataclass(frozen=True)
class SearchResult:
    query: str
    conditions: list[ConditionHit]
    findings: list[FindingHit]
    suggestions: list[str]

    def to_dict(self) -> dict:
        return asdict(self)


def query_words(query: str) -> list[str]:
    """The words of a query, lower-cased, stop words dropped unless nothing else is left."""
    text = query.replace("\x00", " ")[:MAX_QUERY_CHARS]
    words = [w.casefold()[:40] for w in TOKEN.findall(text)][:MAX_TOKENS]
    meaningful = [w for w in words if w not in STOPWORDS and w != "_" * len(w)]
    return meaningful or [w for w in words if w.strip("_")]


def fts_expression(words: list[str], operator: str = "AND") -> str:
    """An FTS5 expression in which every word is a quoted prefix term; a word of three letters or fewer is
    matched whole (an abbreviation: "PAN" is not the start of "pancreatitis", "SLE" not of "sleep")."""
    groups = []
    for w in words:
        forms = IRREGULAR.get(w, (w,))
        alts = " OR ".join(f'"{f}"' + ("" if len(f) <= 3 else "*") for f in forms)
        groups.append(f"({alts})" if len(forms) > 1 else alts)
    return f" {operator} ".join(groups)


def search(kb: KnowledgeBase, query: str, limit: int = 25) -> SearchResult:
    """Ranked conditions and findings for `query`; never raises on odd text."""
    query = clean(query)
    words = query_words(query)
    if not words:
        return SearchResult(query=query, conditions=[], findings=[], suggestions=[])
    scores: dict[str, float] = {}
    why: dict[str, list[str]] = {}

    def add(cid: str, score: float, reason: str) -> None:
        scores[cid] = scores.get(cid, 0.0) + score
        if reason and reason not in why.setdefault(cid, []):
            why[cid].append(reason)

    with kb.engine.connect() as conn:
        raw = conn.connection.driver_connection
        _direct_hits(raw, query, words, add, Lookup.of(kb.cache, raw))
        finding_hits = _finding_hits(raw, words, add)
        leading = sorted(scores.items(), key=lambda kv: -kv[1])[: limit * 2]  # names only for what is shown
        names = {cid: (name, cat) for cid, name, cat in raw.execute(
            "SELECT id, name, category FROM condition WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([cid for cid, _ in leading]),))}
        suggestions = [] if scores or finding_hits else _suggest(raw, words, kb.cache)
    ranked = sorted(leading, key=lambda kv: (-kv[1], names.get(kv[0], ("", ""))[0]))
    for cid, _ in ranked[:limit]:  # what a finding or a name says comes before "its text mentions"
        why.get(cid, []).sort(key=lambda r: r.startswith("its text mentions"))
    hits = [ConditionHit(id=cid, name=names[cid][0], category=names[cid][1], score=round(score, 3),
                         matched=why.get(cid, [])) for cid, score in ranked[:limit] if cid in names]
    return SearchResult(query=query, conditions=hits, findings=finding_hits, suggestions=suggestions)


def code_rows(raw, code: str) -> list[tuple[str, str, str]]:
    """(condition id, system, code) of the codes equal to `code`, broader or narrower, in SQL (what
    `Lookup.codes` answers from memory)."""
    return raw.execute("SELECT condition_id, system, code FROM code WHERE code = ? COLLATE NOCASE "
                       "OR (? LIKE code || '.%' COLLATE NOCASE) OR (code LIKE ? || '.%' COLLATE NOCASE)",
                       (code, code, code)).fetchall()


def name_rows(raw, prefix: str) -> list[tuple[str, str, str]]:
    """(condition id, text, kind) of the names and synonyms starting with `prefix`, in SQL (what
    `Lookup.names_starting` answers from memory)."""
    like = prefix + "%"
    return raw.execute("SELECT id, name, 'name' FROM condition WHERE name LIKE ? "
                       "UNION ALL SELECT condition_id, text, kind FROM synonym WHERE text LIKE ?", (like, like)).fetchall()


def _direct_hits(raw, query: str, words: list[str], add, lookup: Lookup) -> None:
    stripped = query.strip()
    if CODE_LIKE.match(stripped):
        for cid, system, code in (lookup.codes(stripped) if lookup.codes_plain else code_rows(raw, stripped)):
            add(cid, 50.0 if code.casefold() == stripped.casefold() else 25.0, f"{system} {code}")
    phrase = " ".join(TOKEN.findall(stripped.casefold()))
    if phrase and len(phrase) <= 80:  # the query is (the start of) a name or synonym: best first
        for cid, text, kind in lookup.names_starting(phrase.replace("\\", "").replace("%", "").replace("_", "")):
            folded = " ".join(TOKEN.findall(text.casefold()))
            if folded == phrase:
                add(cid, 30.0 if kind in ("name", "clinical") else 20.0, "name or synonym")
            elif folded.startswith(phrase):
                add(cid, 10.0 * len(phrase) / max(len(folded), 1), "name or synonym")
    for operator, factor in (("AND", 1.0), ("OR", 0.4)):
        found = raw.execute(
            f"SELECT rowid, {_FTS_ID}, -bm25(condition_fts, 10.0, 8.0, 8.0, 3.0, 1.0) FROM condition_fts "
            "WHERE condition_fts MATCH ? ORDER BY 3 DESC LIMIT 100", (fts_expression(words, operator),)).fetchall()
        rows = [(cid, score) for _, cid, score in found]
        if rows:
            mentions: dict[str, list[str]] = {}  # condition -> the query words its text mentions
            if operator == "AND":
                mentions = {cid: list(words) for cid, _ in rows}
            else:  # which words each of these (at most 100) conditions holds
                rowids = json.dumps([rowid for rowid, _, _ in found])
                for w in words:
                    for (cid,) in raw.execute(
                            f"SELECT {_FTS_ID} FROM condition_fts WHERE condition_fts MATCH ? AND rowid IN "
                            "(SELECT value FROM json_each(?))", (fts_expression([w]), rowids)):
                        mentions.setdefault(cid, []).append(w)
            best = max(score for _, score in rows) or 1.0
            for cid, score in rows:
                said = mentions.get(cid, [])
                share = len(said) / len(words) if operator == "OR" else 1.0  # more of the words, higher
                add(cid, 6.0 * factor * share * score / best,
                    "its text mentions " + ", ".join(f"“{w}”" for w in said) if said else "")
            name_hits = raw.execute(
                f"SELECT {_FTS_ID} FROM condition_fts WHERE condition_fts MATCH ?",
                ("{name synonyms} : (" + fts_expression(words, "AND") + ")",)).fetchall()
            for (cid,) in name_hits:
                add(cid, 8.0, "name or synonym")
            break
        if len(words) == 1:
            break


def _term_rows(raw, words: list[str]) -> tuple[list, list[str]]:
    """HPO terms with every word; when none has them all, the longest run of two or more words that finds
    one ("calf pain at night" -> "calf pain"). Short words (abbreviations) must match whole words."""
    runs = [words] + [words[i:i + n] for n in range(len(words) - 1, 1, -1) for i in range(len(words) - n + 1)]
    for run in runs:
        rows = raw.execute(
            "SELECT hpo_id, name, synonyms, -bm25(hpo_fts, 0, 5.0, 3.0) FROM hpo_fts WHERE hpo_fts MATCH ? "
            "ORDER BY 4 DESC LIMIT 24", (fts_expression(run, "AND"),)).fetchall()
        short = [w for w in run if len(w) <= 4]
        if short:  # "GBS" is not the start of "Gb4": whole words only
            rows = [r for r in rows if all(re.search(rf"\b{re.escape(w)}\b", f"{r[1]} {r[2]}".casefold()) for w in short)]
        if rows:
            return rows, run
    return [], words


def _finding_hits(raw, words: list[str], add) -> list[FindingHit]:
    rows, words = _term_rows(raw, words)
    if not rows:
        return []
    phrase = " ".join(words)

    def closeness(name: str, synonyms: str) -> float:
        texts = [x.strip().casefold() for x in [name] + synonyms.split(" ; ")]
        if phrase in texts:
            return 3.0
        return 2.0 if any(phrase in x for x in texts) else 1.0

    close = [r for r in rows if closeness(r[1], r[2]) >= 2.0]
    rows = (close or rows)[:12]  # terms that hold the words as a phrase keep unrelated ones out
    raw_weight = {r[0]: r[3] * closeness(r[1], r[2]) for r in rows}
    rows.sort(key=lambda r: -raw_weight[r[0]])
    seeds = [r[0] for r in rows]
    best = max(raw_weight.values()) or 1.0
    weight = {k: v / best for k, v in raw_weight.items()}
    reached: dict[str, set[str]] = {}
    best_for: dict[str, tuple[float, str]] = {}  # condition -> (score, reason): one query, one feature
    # one row per seed and condition, its most frequent finding (SQLite takes the bare columns from the row
    # that holds the MAX): the rows of every finding below a common term were most of a search's time
    for seed, cid, w, frequency, label in raw.execute(
            "WITH RECURSIVE d(seed, id) AS (SELECT value, value FROM json_each(?) "
            "UNION SELECT d.seed, p.term_id FROM hpo_parent p JOIN d ON p.parent_id = d.id) "
            f"SELECT d.seed, cf.condition_id, MAX({_WEIGHT_SQL}) AS w, cf.frequency, f.label FROM d "
            "JOIN condition_finding cf ON cf.hpo_id = d.id JOIN finding f ON f.hpo_id = cf.hpo_id "
            "GROUP BY d.seed, cf.condition_id",
            (json.dumps(seeds),)):
        if w > 0:
            reached.setdefault(seed, set()).add(cid)
            score = 10.0 * weight[seed] * w
            if score > best_for.get(cid, (0.0, ""))[0]:
                best_for[cid] = (score, f"{label} ({frequency})")
    broader_of = {}  # conditions that describe only a broader, still specific, term: half the weight
    names = {r[0]: r[1] for r in rows}
    for seed, parent, cid, frequency, label in raw.execute(
            "WITH RECURSIVE u(seed, id, steps) AS (SELECT value, value, 0 FROM json_each(?) "
            "UNION SELECT u.seed, p.parent_id, u.steps + 1 FROM hpo_parent p JOIN u ON p.term_id = u.id WHERE u.steps < 2) "
            "SELECT u.seed, u.id, cf.condition_id, cf.frequency, f.label FROM u "
            "JOIN hpo_term t ON t.id = u.id AND u.steps > 0 AND t.diseases <= ? "
            "JOIN condition_finding cf ON cf.hpo_id = u.id JOIN finding f ON f.hpo_id = cf.hpo_id",
            (json.dumps(seeds[:3]), BROADER_MAX_DISEASES)):
        if cid in best_for or FREQUENCY_WEIGHT[frequency] == 0:
            continue
        score = 5.0 * weight[seed] * FREQUENCY_WEIGHT[frequency]
        if score > broader_of.get(cid, (0.0, ""))[0]:
            broader_of[cid] = (score, f"{label} ({frequency}), broader than {names.get(seed, seed).lower()}")
    for cid, (score, reason) in sorted({**broader_of, **best_for}.items()):
        add(cid, score, reason)
    hits = []
    for hpo, name, synonyms, _ in rows:
        matched = name
        for text in [name] + synonyms.split(" ; "):
            folded = text.casefold()
            if all(any(f in folded for f in IRREGULAR.get(w, (w,))) for w in words):
                matched = text
                break
        hits.append(FindingHit(hpo=hpo, name=name, matched=matched, conditions=len(reached.get(hpo, ()))))
    return hits


def _suggest(raw, words: list[str], cache: dict | None = None) -> list[str]:
    by_word = cache.get("suggest_words") if cache is not None else None
    by_initial = cache.get("suggest_initials") if cache is not None else None
    if by_word is None or by_initial is None:  # built once per knowledge base
        vocabulary = [row[0] for row in raw.execute(
            "SELECT name FROM condition UNION SELECT text FROM synonym UNION SELECT label FROM finding "
            "UNION SELECT plain FROM finding")]
        by_word = {}
        for phrase in vocabulary:
            for w in TOKEN.findall(phrase.casefold()):
                if len(w) > 3:
                    by_word.setdefault(w, phrase)
        by_initial = {}  # the words by their first letter, in by_word's order
        for w in by_word:
            by_initial.setdefault(w[:1], []).append(w)
        if cache is not None:
            cache["suggest_words"], cache["suggest_initials"] = by_word, by_initial
    out: list[str] = []
    for w in words:
        # only words of about the same length and first letter can be close enough: keeps this fast at scale
        near = [v for v in by_initial.get(w[:1], ()) if abs(len(v) - len(w)) <= 2]
        for match in difflib.get_close_matches(w, near, n=3, cutoff=0.7):
            if by_word[match] not in out:
                out.append(by_word[match])
    if not out:
        out = [row[0] for row in raw.execute("SELECT name FROM condition ORDER BY name LIMIT 5")]  # as sorted()
    return out[:5]


@dataclass(frozen=True)
class TermHit:
    hpo: str
    name: str
    matched: str  # the name or synonym (lay words included) that matched


def search_terms(kb: KnowledgeBase, query: str, limit: int = 20) -> list[TermHit]:
    """HPO terms by name, synonym or lay word, best first (for the finding picker's completion)."""
    query = clean(query)
    words = query_words(query)
    if not words:
        return []
    stripped = query.strip().upper()
    out: list[TermHit] = []
    with kb.engine.connect() as conn:
        raw = conn.connection.driver_connection
        if re.fullmatch(r"HP:\d{7}", stripped):
            row = raw.execute("SELECT id, name FROM hpo_term WHERE id = ?", (stripped,)).fetchone()
            if row:
                out.append(TermHit(row[0], row[1], row[0]))
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table' AND name = 'phrase'")}
        if tables:  # the reviewed clinical phrases (db/phrases.yaml) first: "ascending weakness", "Uhthoff"...
            phrase_text = " ".join(words)
            for text, hpo, name in raw.execute(
                    "SELECT p.text, p.hpo_id, t.name FROM phrase p JOIN hpo_term t ON t.id = p.hpo_id "
                    "WHERE p.text LIKE ? ORDER BY length(p.text) LIMIT 5", (f"%{phrase_text}%",)):
                if all(h.hpo != hpo for h in out):
                    out.append(TermHit(hpo, name, text))
        rows = raw.execute(
            "SELECT hpo_id, name, synonyms, -bm25(hpo_fts, 0, 5.0, 3.0) FROM hpo_fts WHERE hpo_fts MATCH ? "
            "ORDER BY 4 DESC LIMIT ?", (fts_expression(words, "AND"), max(1, min(limit, 200)) * 2)).fetchall()
    phrase = " ".join(words)
    scored = []
    for hpo, name, synonyms, score in rows:
        texts = [name] + [s for s in synonyms.split(" ; ") if s]
        matched = next((t for t in texts if phrase in t.casefold()), None) or next(
            (t for t in texts if all(w in t.casefold() for w in words)), name)
        bonus = 3.0 if matched.casefold() == phrase else (2.0 if matched.casefold().startswith(phrase) else 1.0)
        scored.append((score * bonus, hpo, name, matched))
    scored.sort(key=lambda x: -x[0])
    for _, hpo, name, matched in scored:
        if all(h.hpo != hpo for h in out):
            out.append(TermHit(hpo, name, matched))
    return out[:limit]


def close_queries(kb: KnowledgeBase, query: str, limit: int = 3) -> list[str]:
    """When the finding box matches nothing: the typed words with each unknown word replaced by the closest
    word of the findings' vocabulary ("parasthesia" -> "paresthesia"), kept only when they find a term."""
    words = query_words(clean(query))
    if not words:
        return []
    vocabulary = kb.cache.get("finding_words")
    if vocabulary is None:
        with kb.engine.connect() as conn:
            raw = conn.connection.driver_connection
            texts = [r[0] for r in raw.execute(
                "SELECT name FROM hpo_search UNION SELECT label FROM finding UNION SELECT plain FROM finding")]
            texts += [s for (row,) in raw.execute("SELECT synonyms FROM hpo_search") for s in (row or "").split(" ; ")]
        vocabulary = kb.cache["finding_words"] = frozenset(
            w for t in texts if t for w in TOKEN.findall(t.casefold()) if len(w) > 2)
    options: list[list[str]] = []
    for w in words:
        if w in vocabulary or len(w) <= 3:
            options.append([w])
            continue
        near = [v for v in vocabulary if abs(len(v) - len(w)) <= 2 and v[:1] == w[:1]]
        options.append(difflib.get_close_matches(w, near, n=3, cutoff=0.75) or [w])
    if all(len(o) == 1 and o[0] == w for o, w in zip(options, words)):
        return []
    out: list[str] = []
    for i in range(3):  # the best guess for every word, then the second guesses...
        candidate = " ".join(o[min(i, len(o) - 1)] for o in options)
        if candidate not in out and candidate != " ".join(words) and search_terms(kb, candidate, limit=1):
            out.append(candidate)
    return out[:limit]

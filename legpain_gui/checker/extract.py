"""Free text to HPO findings, offline: concept recognition over the knowledge base's HPO names, synonyms,
plain and clinical labels and the reviewed clinical phrases (db/phrases.yaml), then negation, uncertainty
and family or past history by NegEx-style trigger rules with a scope (Chapman et al. 2001; the ConText
extension, Harkema et al. 2009). Nothing found here reaches the checker unreviewed: the GUI and
`legpain-gui extract` show each finding with the words it came from, for the clinician to accept, flip or
drop.

Matching: sentences, then lower-case word tokens (British spellings folded to American, simple plurals
dropped), the longest phrase of the lexicon first. Single words shorter than four letters and terms outside
the phenotypic and clinical-course branches of HPO are not matched, so "no" or "a" never become findings.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

PHENOTYPIC_ROOTS = ("HP:0000118",)  # Phenotypic abnormality (the course is entered on its own)
MAX_PHRASE = 8  # tokens
SCOPE = 6  # tokens a negation or uncertainty trigger reaches
PRE_NEGATION = ("no", "not", "without", "denies", "denied", "deny", "negative for", "absence of", "absent",
                "free of", "no evidence of", "no sign of", "no signs of", "ruled out", "never", "nor", "lack of",
                "lacked", "unremarkable for")
POST_NEGATION = ("was absent", "were absent", "was not present", "were not present", "was negative",
                 "were negative", "absent", "negative", "not seen", "was not found", "were not found", "was excluded",
                 "were excluded", "was ruled out", "were ruled out")
UNCERTAIN = ("possible", "possibly", "probable", "probably", "suspected", "suspicion of", "query", "may have",
             "might have", "cannot exclude", "could not exclude", "questionable", "likely", "equivocal")
TERMINATE = ("but", "however", "although", "though", "except", "apart from", "aside from", "yet", "while",
             "whereas", "which", "who", "and then")
FAMILY = ("family history", "mother", "father", "sister", "brother", "sibling", "parent", "aunt", "uncle",
          "grandmother", "grandfather", "relative", "cousin", "daughter", "son")
HISTORY = ("history of", "previous", "previously", "prior", "past", "years ago", "in childhood")
DIAGNOSIS = ("diagnosed", "diagnosis", "final diagnosis", "was made", "confirmed the diagnosis")  # a conclusion, not a finding
SPELLING = (("oedema", "edema"), ("haem", "hem"), ("anaem", "anem"), ("aemia", "emia"), ("oesoph", "esoph"),
            ("paediatr", "pediatr"), ("orthopaed", "orthoped"), ("ischaem", "ischem"), ("dyspnoea", "dyspnea"),
            ("diarrhoea", "diarrhea"), ("tumour", "tumor"), ("colour", "color"), ("fibre", "fiber"),
            ("centre", "center"), ("ise", "ize"), ("isation", "ization"), ("aesthe", "esthe"), ("leukaem", "leukem"),
            ("haemato", "hemato"), ("oestr", "estr"), ("foetal", "fetal"), ("ageing", "aging"), ("leuco", "leuko"),
            ("titre", "titer"))
AGE = re.compile(r"\b(\d{1,3})[- ](?:year|yr)s?[- ]old\b|\baged (\d{1,3})\b|\b(\d{1,3}) ?(?:y/?o|yo)\b", re.I)
SEX_FEMALE = re.compile(r"\b(woman|female|girl|lady|she|her)\b", re.I)
SEX_MALE = re.compile(r"\b(man|male|boy|gentleman|he|his)\b", re.I)
TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@dataclass(frozen=True)
class Extracted:
    hpo: str
    label: str
    state: str  # present | absent | uncertain
    text: str  # the words matched
    start: int
    end: int
    context: str  # patient | family | history | diagnosis (a stated conclusion, not a finding)


def normalise(word: str) -> str:
    word = word.lower().replace("'", "")
    for british, american in SPELLING:
        word = word.replace(british, american)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "sis")):
        word = word[:-1]
    return word


def _words(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) of the text's words, hyphens splitting compound words."""
    out = []
    for m in TOKEN.finditer(text.lower()):
        for part in re.finditer(r"[a-z0-9]+", m.group(0)):
            out.append((normalise(part.group(0)), m.start() + part.start(), m.start() + part.end()))
    return out


class Lexicon:
    """Normalised phrase -> HPO term, built once per knowledge base from its own tables."""

    def __init__(self, entries: list[tuple[str, str]], labels: dict[str, str]):
        self.phrases: dict[tuple[str, ...], str] = {}
        self.labels = labels
        for text, hpo in entries:
            key = tuple(w for w, _, _ in _words(text))
            if not key or (len(key) == 1 and len(key[0]) < 4):
                continue
            self.phrases.setdefault(key, hpo)  # the first entry (curated phrases, then labels) wins

    @classmethod
    def build(cls, model, raw_connection, phrases: list[tuple[str, str]] = ()) -> "Lexicon":
        """The reviewed clinical phrases first, then the catalogue's clinical and plain labels and lay words,
        then HPO names and synonyms of the phenotypic and clinical-course branches (the knowledge base's own
        tables, read once)."""
        entries = list(phrases)
        catalogue = list(raw_connection.execute("SELECT hpo_id, label, plain, words FROM finding"))
        entries += [(label, hpo) for hpo, label, _, _ in catalogue]
        live = {h for h in model.names if any(r in model.ancestors(h) for r in PHENOTYPIC_ROOTS)}
        entries += [(name, hpo) for hpo, name in model.names.items() if hpo in live]
        entries += [(text, hpo) for hpo, text in raw_connection.execute(
            "SELECT term_id, text FROM hpo_synonym WHERE kind != 'broad' ORDER BY id") if hpo in live]
        for hpo, _, plain, words in catalogue:  # lay words last: a clinical name is read as itself
            if plain and len(plain) <= 40:
                entries.append((plain, hpo))
            entries += [(w.strip(), hpo) for w in (words or "").split(" ; ") if w.strip()]
        return cls(entries, {h: model.label(h) for h in live | set(model.labels)})

    def find(self, words: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
        """(first token, last token + 1, hpo) of the longest matches, left to right, not overlapping."""
        out, i = [], 0
        while i < len(words):
            for n in range(min(MAX_PHRASE, len(words) - i), 0, -1):
                hpo = self.phrases.get(tuple(w for w, _, _ in words[i:i + n]))
                if hpo:
                    out.append((i, i + n, hpo))
                    i += n
                    break
            else:
                i += 1
        return out


def _has(tokens: list[str], phrases) -> list[tuple[int, int]]:
    """(start, end) token spans of trigger phrases in a token list."""
    spans = []
    for phrase in phrases:
        p = phrase.split()
        for i in range(len(tokens) - len(p) + 1):
            if tokens[i:i + len(p)] == p:
                spans.append((i, i + len(p)))
    return spans


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in re.finditer(r"[.;!?\n]+(?=\s|$)", text):
        out.append((start, text[start:m.start()]))
        start = m.end()
    if start < len(text):
        out.append((start, text[start:]))
    return out


def extract(lexicon: Lexicon, text: str) -> dict:
    """Findings of a free text, each present, absent or uncertain and in the patient's, family's or past
    history's context, with the patient's age and sex when the text states them."""
    findings: list[Extracted] = []
    for offset, sentence in _sentences(text):
        words = _words(sentence)
        plain = [re.sub(r"[^a-z0-9 ]", "", sentence[s:e].lower()) for _, s, e in words]
        terminators = sorted(i for i, _ in _has(plain, TERMINATE))
        negators = _has(plain, PRE_NEGATION)
        post = _has(plain, POST_NEGATION)
        doubts = _has(plain, UNCERTAIN)
        family = bool(_has(plain, FAMILY)) and bool(_has(plain, ("history", "had", "has", "with", "diagnosed")))
        history = bool(_has(plain, HISTORY))
        diagnosis = bool(_has(plain, DIAGNOSIS))
        for first, last, hpo in lexicon.find(words):
            if any(first <= s < last for s, _ in negators):  # the match is itself a trigger word
                continue

            def within_before(spans) -> bool:
                for s, e in spans:
                    if e <= first and first - e <= SCOPE and not any(e <= t < first for t in terminators):
                        return True
                return False

            def within_after(spans) -> bool:
                for s, _ in spans:
                    if s >= last and s - last <= 3 and not any(last <= t < s for t in terminators):
                        return True
                return False

            if within_before(negators) or within_after(post):
                state = "absent"
            elif within_before(doubts) or within_after(doubts):
                state = "uncertain"
            else:
                state = "present"
            context = "family" if family else ("diagnosis" if diagnosis else ("history" if history else "patient"))
            start, end = offset + words[first][1], offset + words[last - 1][2]
            findings.append(Extracted(hpo, lexicon.labels.get(hpo, hpo), state, text[start:end], start, end, context))
    age = next((int(g) for m in AGE.finditer(text) for g in m.groups() if g), None)
    sex = None
    head = text[:300]
    if SEX_FEMALE.search(head) and not SEX_MALE.search(head):
        sex = "female"
    elif SEX_MALE.search(head) and not SEX_FEMALE.search(head):
        sex = "male"
    return {"findings": [asdict(f) for f in findings], "age": age, "sex": sex}


def for_checker(result: dict) -> tuple[list[str], list[str]]:
    """The patient's own present and absent findings (uncertain, family and past history left out),
    each once; a term both present and absent in the text is left out of both, for the clinician."""
    present = {f["hpo"] for f in result["findings"] if f["state"] == "present" and f["context"] == "patient"}
    absent = {f["hpo"] for f in result["findings"] if f["state"] == "absent" and f["context"] == "patient"}
    both = present & absent
    return sorted(present - both), sorted(absent - both)


def load_phrases(raw_connection) -> list[tuple[str, str]]:
    """The reviewed clinical phrases stored in the knowledge base (db/phrases.yaml), if it has them."""
    tables = {r[0] for r in raw_connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "phrase" not in tables:
        return []
    return list(raw_connection.execute("SELECT text, hpo_id FROM phrase ORDER BY text"))


TYPED_ABSENT_BEFORE = ("no signs of", "no sign of", "no evidence of", "negative for", "absence of", "without",
                       "denies", "denied", "not", "no")
TYPED_ABSENT_AFTER = ("was absent", "is absent", "absent", "not present", "negative", "was negative")
TYPED_UNSURE = ("possible", "possibly", "query", "suspected", "?")


def typed_polarity(text: str) -> tuple[str, str | None]:
    """What the clinician typed in the finding box, without its cue, and the state the cue asks for:
    'no hair loss' -> ('hair loss', 'absent'); 'livedo?' -> ('livedo', 'uncertain'); else (text, None)."""
    words = text.strip()
    lower = words.lower()
    for cue in TYPED_ABSENT_BEFORE:
        if lower.startswith(cue + " ") and len(lower) > len(cue) + 1:
            return words[len(cue) + 1:].strip(), "absent"
    for cue in TYPED_ABSENT_AFTER:
        if lower.endswith(" " + cue) and len(lower) > len(cue) + 1:
            return words[:-len(cue) - 1].strip(), "absent"
    for cue in TYPED_UNSURE:
        if lower.startswith(cue + " "):
            return words[len(cue) + 1:].strip(), "uncertain"
        if cue == "?" and lower.endswith("?"):
            return words[:-1].strip(), "uncertain"
    return words, None

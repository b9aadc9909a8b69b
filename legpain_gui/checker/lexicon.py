"""The text-to-findings lexicon: normalised phrases of the knowledge base mapped to HPO terms, and the
longest-match concept recognition over them (checker.extract adds negation and context).

Words are lower-cased, British spellings folded to American and simple plurals dropped, on both sides. Clinical
shorthand is read as its words on both sides (checker.shorthand: 'b/l', 'LE', 'h/o', 'DVT'). Beyond the literal
phrases, recognition reads the forms clinicians write:
- each phrase's other forms (checker.variants): adjectives and participles of single-word terms ("cyanotic"
  -> cyanosis, "areflexic" -> areflexia, "numb" -> numbness, "jaundiced", "vomited", "drowsy"), limb words
  used interchangeably ("lower extremity", "lower limb", "leg"), a two-word term written as one word
  ("footdrop") or a compound as two ("tetra paresis"), "unable to" / "could not" for "inability to", laboratory
  terms as clinicians name them; findings written as grades or counts (checker.power, reflexes, patterns);
- a finding followed by its site ("swelling of both ankles" -> ankle swelling);
- a site described by an adjective ("a swollen left leg"), a joint without the word ("effusion in the right knee");
- a laboratory result stated after the analyte ("ESR elevated", "high CK levels"), or as a value above its
  reference limit ("ESR 80 mm/h", "CK 12,000 U/L"; checker.labs), or as a positive titre ("ANA 1:160").
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

from legpain_gui.checker.analytes import listed, two_results
from legpain_gui.checker.cultures import cultured
from legpain_gui.checker.biopsies import temporal_biopsy
from legpain_gui.checker.imaging import cord_signal
from legpain_gui.checker.urine import urine_found
from legpain_gui.checker.contractions import uncontracted
from legpain_gui.checker.labs import graded as graded_value, lab_value, regraded, titre, under_printed
from legpain_gui.checker.coordination import shared_words
from legpain_gui.checker.flags import flagged
from legpain_gui.checker.power import graded
from legpain_gui.checker.reflexes import reflex_at_site, reflex_graded, said_in_place
from legpain_gui.checker.patterns import (claudication, csf_count, heel_toe_walk, morning_stiff, occluded_artery,
                                          phlegmasia, radiation, weakness_spread, weight_lost, eosinophil_share)
from legpain_gui.checker.signs import passive_stretch
from legpain_gui.checker.pulses import pulse_found
from legpain_gui.checker.shorthand import expanded, said_absent
from legpain_gui.checker.sites import (SITE_FILLERS, comma_before, kind_of_pain, noun_at, past_aspect, past_site, shared_site,
                                       site_at, spread)
from legpain_gui.checker.variants import NON, variants
from legpain_gui.checker.vocabulary import (
    SPELLING, SIDE_WORDS, SITE_LINKS, RESULT_FILLERS, RESULT_WORDS, RESULT_NOUNS, QUALIFIERS, DESCRIPTORS, UNSITED,
    DESCRIPTOR_FILLERS, JOINT_HAS, SIZES, IMPAIRED, INTERPOSED, COPULAS, JOINTS, CLOSING, SHORT_TESTS,
    IRREGULAR, SITES, NOT_NON, REFLEXES, REFLEX_WORDS, LOOKS, LESIONS, PREVENTIVE)

MAX_PHRASE = 8  # tokens
POSSESSIVES = {"his": "the", "her": "the", "their": "the", "my": "the"}  # 'could not lift his right foot' as 'the right foot'
NOT_A_FINDING = ""  # the term of a phrase read as a whole so that no finding is read inside it
TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|#(?!\s*\d)")  # '#': a fracture ('tib/fib #'), not a number ('#1')
PART = re.compile(r"[a-z0-9]+")
HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2212\u00ad"  # hyphens and dashes pasted from PDFs and web pages
APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u0060"


def tokens_before(words: list[tuple[str, int, int]], k: int) -> str:
    return words[k - 1][0]


@lru_cache(maxsize=1 << 16)
def normalise(word: str) -> str:
    word = word.lower().replace("'", "")
    if word in IRREGULAR:
        return IRREGULAR[word]
    for british, american in SPELLING:
        word = word.replace(british, american)
    if len(word) > 5 and word.endswith("oses"):
        return word[:-4] + "osis"
    if len(word) > 5 and word.endswith("ae"):
        return word[:-1]
    if len(word) > 5 and word.endswith(("xes", "shes", "sses", "ches")) and not word.endswith("aches"):
        word = word[:-2]  # 'reflexes', 'rashes', 'patches' (but 'headaches')
    elif len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "sis")):
        word = word[:-1]
    return QUALIFIERS.get(word, word)


# accented Latin (and a few Greek) letters -> the letter typed on an English keyboard ('Barré'); a table: unicodedata is left out (1.2 MB)
ACCENTED = {letter: plain for letters, plain in (
    ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
    ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
    ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
    ("ÀÁÂÃÄÅĀĂĄ", "A"), ("ÇĆĈĊČ", "C"), ("ĎĐ", "D"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("ĜĞĠĢ", "G"), ("ĤĦ", "H"),
    ("ÌÍÎÏĨĪĬĮİ", "I"), ("Ĵ", "J"), ("Ķ", "K"), ("ĹĻĽĿŁ", "L"), ("ÑŃŅŇ", "N"), ("ÒÓÔÕÖØŌŎŐ", "O"),
    ("ŔŖŘ", "R"), ("ŚŜŞŠȘ", "S"), ("ŢŤŦȚ", "T"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("Ŵ", "W"), ("ÝŸŶ", "Y"), ("ŹŻŽ", "Z"),
    ("αΑ", "a"), ("βΒ", "b"), ("γΓ", "g"), ("μµ", "u"))  # 'anti-β2-glycoprotein I' as 'anti-b2-', 'μL' as 'uL'
    for letter in letters}


def _ascii(char: str) -> str:
    """The ASCII stand-in of one character (a hyphen, an apostrophe, the letter without its accent, else a space)."""
    if char in HYPHENS:
        return "-"
    if char in APOSTROPHES:
        return "'"
    return ACCENTED.get(char, " ")


def ascii_folded(text: str) -> str:
    """The text with one ASCII character for each character ('Romberg’s', 'non‑tender', 'Barré' as typed on an
    English keyboard), so offsets into it are offsets into the text."""
    if text.isascii():
        return text
    return "".join(c if c.isascii() else _ascii(c) for c in text)


def words_of(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) of the text's words, hyphens splitting compound words, and the prefix
    'non' a word of its own whether hyphenated or not ('nontender' as 'non-tender')."""
    out = []
    for m in TOKEN.finditer(ascii_folded(text).lower()):
        word, at = m.group(0), m.start()
        parts = PART.finditer(word[:-2] if word.endswith("'s") else word) if "-" in word or "'" in word else (m,)
        for part in parts:  # "Romberg's sign", "non-tender"
            start, plain = at + part.start() if part is not m else at, part.group(0)
            if len(plain) >= 7 and plain.startswith(NON) and plain not in NOT_NON:
                out.append((NON, start, start + 3))
                start, plain = start + 3, plain[3:]
            out.append((normalise(plain), start, start + len(plain)))
    return uncontracted(out)


class Lexicon:
    """Normalised phrase -> HPO term, built once per knowledge base from its own tables."""

    def __init__(self, entries: list[tuple[str, str]], labels: dict[str, str]):
        self.phrases: dict[tuple[str, ...], str] = {}
        self.labels = labels
        self.course: set[str] = set()  # terms of the clinical course and onset (checker.extract)
        self.lasting: set[str] = set()  # lasting conditions, the patient's even in the past history (checker.extract)
        self.exposures: set[str] = set()  # exposures before the presentation; named as a treatment: "treatment"
        self.ancestors = None  # term -> its ancestors in the ontology (checker.sides), set by extract.build_lexicon
        self.tests: set[str] = set()  # antibody tests: a negative result closing their list reaches them all
        self.emg: dict[str, str] = {}  # myopathies -> 'myopathic': read as an EMG's in its sentence (checker.extract)
        self.catalogue: frozenset[str] = frozenset()  # the knowledge base's findings (checker.analytes)
        for text, hpo in entries:
            key = tuple(w for w, _, _ in expanded(words_of(text), text, normalise, SITES))
            if not key or (len(key) == 1 and len(key[0]) < 4 and key[0] not in SHORT_TESTS):
                continue
            self.phrases.setdefault(key, hpo)  # the first entry (curated phrases, then labels) wins
        derived = {}
        for key, hpo in self.phrases.items():
            for variant in variants(key):
                derived.setdefault(variant, hpo)
        for key, hpo in derived.items():
            self.phrases.setdefault(key, hpo)  # a variant never displaces a literal phrase
        for key, hpo in list(self.phrases.items()):  # 'her arms' as `find` reads it: 'the arms'
            if not POSSESSIVES.keys().isdisjoint(key):
                self.phrases.setdefault(tuple(POSSESSIVES.get(w, w) for w in key), hpo)
        self.first = frozenset(key[0] for key in self.phrases)  # the words a phrase begins with ('dtrs', 'ck')

    def _literal(self, tokens: list[str], i: int, crossed=None) -> tuple[int, str] | None:
        """The longest phrase at i; its term is NOT_A_FINDING for a condition's name or a phrase that names
        no finding ('giant cell arteritis', 'knee aspiration'), so that the words are read as a whole; never such a
        phrase across a comma (`crossed(n)`: 'He had a stroke, prevention of a further event was discussed')."""
        looked = self._looked(tokens, i)
        for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            hpo = self.phrases.get(tuple(tokens[i:i + n]))
            if hpo is not None and not (hpo == NOT_A_FINDING and crossed and crossed(n)):
                return looked if looked and looked[0] > n else (n, hpo)
        if looked:
            return looked
        if tokens[i] in JOINTS and tokens[i + 1:i + 2] == ["joint"]:  # 'knee joint pain' with no term: knee pain
            for n in range(min(3, len(tokens) - i - 2), 0, -1):
                hpo = self.phrases.get((tokens[i],) + tuple(tokens[i + 2:i + 2 + n]))
                if hpo:
                    return n + 2, hpo
        if tokens[i] in JOINTS:  # 'knee effusion', 'his right knee had a large effusion': the joint's term
            j = i + 1
            while j < len(tokens) and (tokens[j] in SIZES or tokens[j] in JOINT_HAS):
                j += 1
            for n in range(min(3, len(tokens) - j), 0, -1):
                hpo = self.site_noun((tokens[i],), " ".join(tokens[j:j + n]))
                if hpo:
                    return j + n - i, hpo
        for form, alike in IMPAIRED:  # 'loss of vibration sensation' as 'impaired vibration sensation'
            if tuple(tokens[i:i + len(form)]) == form:
                rest = i + len(form)
                for n in range(min(MAX_PHRASE - 1, len(tokens) - rest), 0, -1):
                    hpo = next((h for h in (self.phrases.get(a + tuple(tokens[rest:rest + n])) for a in alike)
                                if h), None)
                    if hpo:
                        return len(form) + n, hpo
        if (i + 1 < len(tokens) and tokens[i + 1] in SIDE_WORDS) or (
                tokens[i] in RESULT_WORDS and tokens[i + 1:i + 2] in (["serum"], ["plasma"])):  # 'absent right ankle jerk', 'elevated serum CRP'
            found = self._literal([tokens[i]] + tokens[i + 2:i + MAX_PHRASE], 0)
            if found and found[0] > 1:
                return found[0] + 1, found[1]
        side = next((k for k in range(i + 2, min(i + MAX_PHRASE, len(tokens))) if tokens[k] in SIDE_WORDS), None)
        if side is not None and tokens[side - 1] in SITE_LINKS + ("the",):  # 'ulnar deviation of both wrists': 'of
            # the wrists'; 'radiating to the left leg': 'to the leg'
            said = [] if tokens[side - 1] == "the" else ["the"]
            found = self._literal(tokens[i:side] + said + tokens[side + 1:i + MAX_PHRASE], 0)
            if found and found[0] > side - i + len(said):
                return found[0] + 1 - len(said), found[1]
        if i + 1 < len(tokens) and len(tokens[i]) + len(tokens[i + 1]) >= 8 and tokens[i] not in ("a", "an", "no"):  # 'tetra paresis', 'anti-nuclear'
            for n in range(min(3, len(tokens) - i - 2), -1, -1):  # ... and the words after: 'anti-nuclear antibody'
                if hpo := self.phrases.get((tokens[i] + tokens[i + 1],) + tuple(tokens[i + 2:i + 2 + n])):
                    return 2 + n, hpo
        return None

    def _looked(self, tokens: list[str], i: int) -> tuple[int, str] | None:
        """'painful red nodules', 'tender, warm, erythematous nodules': a phrase with the look of the lesion
        (LOOKS) said between its words, read without it."""
        k = i + 1
        while k < len(tokens) and k - i <= 3 and tokens[k] in LOOKS:
            k += 1
        found = self._literal([tokens[i]] + tokens[k:i + MAX_PHRASE], 0) if k > i + 1 else None
        return (found[0] + k - i - 1, found[1]) if found and found[0] > 1 and found[1] else None

    def _whole(self, words: tuple[str, ...]) -> str | None:
        """The term the words read as, all of them as one phrase (checker.coordination)."""
        m = self._literal(list(words), 0)
        return m[1] if m and m[0] == len(words) and m[1] else None

    def _sited(self, tokens: list[str], i: int) -> tuple[int, str] | None:
        """'swelling of both ankles' read as 'ankle swelling': a finding, a link word, its site."""
        best = None
        for n in (3, 2, 1):
            j = i + n
            while j < len(tokens) and j - i - n < 3 and tokens[j] in INTERPOSED:
                j += 1  # 'weakness was noted in the legs', 'weakness, predominantly in the legs'
            if j >= len(tokens) or tokens[j] not in SITE_LINKS:
                continue
            j += 1
            while j < len(tokens) and tokens[j] in SITE_FILLERS:
                j += 1
            j = past_aspect(tokens, j)  # 'an ulcer on the lateral aspect of the ankle', 'the back of the thigh'
            for m in (1, 2, 3):
                if not SITES.issuperset(tokens[j:j + m]):
                    continue
                if tokens[j + m:j + m + 1] == ["muscle"] and tokens[i:i + n] in (["edema"], ["swelling"]):
                    best = (j + m + 1 - i, NOT_A_FINDING)  # 'oedema of the thigh muscles' is MRI signal in the
                    break  # muscle (as 'muscle oedema'), not a swollen leg
                hpo = self.site_noun(tuple(tokens[j:j + m]), " ".join(tokens[i:i + n]))
                if hpo and j + m <= len(tokens) and (best is None or j + m - i > best[0]):
                    best = (j + m - i, hpo)
        return best

    def site_noun(self, site: tuple[str, ...], noun: str) -> str | None:
        """The term of `noun` at `site` (checker.sites.noun_at)."""
        return noun_at(self.phrases, site, noun)

    def _shared_site(self, tokens: list[str], i: int, words=(), text: str = "") -> tuple[int, list] | None:
        """Findings listed before one shared site (checker.sites.shared_site)."""
        return shared_site(self, tokens, i, words, text)

    def _site_at(self, tokens: list[str], j: int, comma=None) -> tuple[int, tuple[str, ...]] | None:
        """(tokens used, site) of the longest site (after fillers such as 'the left') starting at j; never
        across a comma where `comma(k)` says one stands before token k."""
        return site_at(SITES, tokens, j, fillers=SITE_FILLERS, comma=comma)

    def described(self, tokens: list[str], i: int) -> tuple[int, list[str]] | None:
        """'swollen left leg', 'hot, swollen right knee' (descriptors, then the site), 'painful swelling of the
        left calf' (descriptors, a finding, its site) and 'the left leg was painful and swollen' (the site, a
        verb, then descriptors): every finding named, one span."""
        def descriptors(j: int, closing: bool = False) -> tuple[int, list[str]]:
            said, end = [], j
            while j < len(tokens) and (tokens[j] in DESCRIPTORS or tokens[j] in DESCRIPTOR_FILLERS) and not (
                    said and j - len(said) == i and i and tokens[i - 1] == "non"):  # 'non-tender, swollen leg': no list
                if tokens[j] in DESCRIPTORS:
                    said.append(tokens[j])
                    end = j + 1
                j += 1
            return (end if closing and said else j), said  # closing a clause: not past a trailing 'and'

        if tokens[i] == "and":  # 'stiffness and aching shoulders': the list's word is not the finding's
            return None

        def terms(site, said) -> list[str]:
            out = []
            for adjective in said:
                hpo = next((h for h in (self.site_noun(site, n) for n in DESCRIPTORS[adjective]) if h), None)
                if hpo is None and adjective in UNSITED:  # 'the right leg was painful and pale': pallor
                    hpo = self.phrases.get(tuple(DESCRIPTORS[adjective][0].split()))
                if hpo and hpo not in out:
                    out.append(hpo)
            return out

        end, said = descriptors(i)
        if said:  # the words from i on are descriptors (and fillers): the site follows them
            at = self._site_at(tokens, end)
            if at:
                found = terms(at[1], said)
                k = end + at[0]  # a noun after the site has its term there too: 'painful bilateral ankle swelling'
                noun = found and k < len(tokens) and self.site_noun(at[1], tokens[k])
                if noun and noun not in found:
                    return k + 1 - i, found + [noun]
                if found:
                    return end + at[0] - i, found
            for n in (2, 1):  # 'painful swelling of the right calf': the noun at the site, and the descriptor's
                j = end + n
                if j + 1 >= len(tokens) or tokens[j] not in SITE_LINKS:
                    continue
                k = j + 1
                while k < len(tokens) and tokens[k] in SITE_FILLERS:
                    k += 1
                at = self._site_at(tokens, k)
                noun = at and self.site_noun(at[1], " ".join(tokens[end:j]))
                lesion = tokens[end] in LESIONS and at and at[1][-1] in JOINTS  # 'a painful ulcer on his left ankle':
                # the ulcer hurts, not the joint (a painful ulcer of the leg is still leg pain)
                found = noun and [noun] + [h for h in terms(at[1], [a for a in said if not lesion or a not in (
                    "painful", "tender", "sore")]) if h != noun]
                if found and (len(found) > 1 or lesion):
                    return k + at[0] - i, found
        at = self._site_at(tokens, i)
        j = i + at[0] if at else i
        while at and j < len(tokens) and tokens[j] in ("have", "has", "had"):  # 'his legs have been hurting'
            j += 1
        if at and j < len(tokens) and (tokens[j] in COPULAS or j > i and (
                tokens[j] in DESCRIPTORS or tokens[j] in ("hot", "warm"))):
            end, said = descriptors(j + (tokens[j] in COPULAS), closing=True)  # or a note's 'R knee hot and swollen'
            found = terms(at[1], said)
            if found:
                return end - i, found
        return None

    def _result(self, tokens: list[str], i: int, words, text: str) -> tuple[int, str] | None:
        """'ESR elevated', 'CRP was raised', 'pulses were absent', 'CK 12,000 U/L': the thing measured or
        examined first, then its result."""
        for n in range(min(4, len(tokens) - i), 0, -1):
            analyte = tuple(tokens[i:i + n])
            j = past_site(self, tokens, i + n)
            while j < len(tokens) and tokens[j] in RESULT_FILLERS:
                j += 1
            high = self.phrases.get(("elevated",) + analyte)
            csf = i and tokens[i - 1] in ("csf", "synovial")  # a fluid's count is not the blood's (patterns.in_csf)
            span = lab_value(analyte, words, i + n, text) if high and not csf else None
            if span:  # a value first: 'CPK level was elevated to 18,000' is very high, not only raised
                return span - i, graded_value(analyte, words, i + n, text) or high
            said = "positive" if titre(words, text, j) else tokens[j] if j < len(tokens) else ""  # 'ANA 1:160'
            if said in RESULT_WORDS or said in RESULT_NOUNS:
                hpo = self.phrases.get((RESULT_NOUNS.get(said, said),) + analyte)
                if hpo and not (comma_before(words, text, j) and any(  # 'liver enzymes, increased CRP': the
                        self.phrases.get(tuple(tokens[j:j + k])) for k in (2, 3, 4))):  # next analyte's result
                    return j + (titre(words, text, j) or 1) - i, hpo
            low = self.phrases.get(("reduced",) + analyte)
            span = lab_value(analyte, words, i + n, text, lowered=True) if low and not csf else None
            if span:
                return span - i, low
        return None

    def find(self, words: list[tuple[str, int, int]], text: str = "") -> list[tuple[int, int, str, str | None]]:
        """(first token, last token + 1, hpo, state) of the longest matches, left to right, not overlapping;
        the state is None unless the words themselves say it ('calcium and ACE were normal': absent); `text`
        is the sentence the words' offsets point into (for laboratory values and lists)."""
        tokens = [REFLEX_WORDS.get(w, w) if k and tokens_before(words, k) in REFLEXES else POSSESSIVES.get(w, w)
                  for k, (w, _, _) in enumerate(words)]
        said_in_place(tokens, partial(comma_before, words, text, marks=",;"))
        clause_break = partial(comma_before, words, text, marks=",:;")  # a thrombus is no artery's across it
        out, i = [], 0
        while i < len(tokens):
            if text and tokens[i] in CLOSING and i + 1 < len(tokens) and comma_before(words, text, i + 1):
                i += 1  # 'anti-dsDNA raised, complement C3 low': a result closes what came before its comma
                continue
            if tokens[i] in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1] in DESCRIPTORS and \
                    self.described(tokens, i + 1):
                i += 1  # 'a cold, pale right leg': the limb described, not 'a cold' (an infection)
                continue
            options = [self._result(tokens, i, words, text), self._sited(tokens, i), self._literal(tokens, i, lambda n: text and any(
                comma_before(words, text, k) and tokens[k] in PREVENTIVE for k in range(i + 1, i + n)))]
            options = [m for m in options if m]
            longest = max((m[0] for m in options), default=0)
            several = self.described(tokens, i)
            results = flagged(self.phrases, tokens, i, words, text) or (listed(
                self.phrases, tokens, i, words, text, self.catalogue) if text else None) or \
                reflex_at_site(self.phrases, tokens, i) or two_results(self.phrases, tokens, i)
            results = results or self._shared_site(tokens, i, words, text) or graded(self, tokens, i, words, text) or \
                weight_lost(tokens, i) or occluded_artery(tokens, i, clause_break) or phlegmasia(tokens, i) or \
                heel_toe_walk(tokens, i) or claudication(tokens, i) or radiation(tokens, i) or \
                weakness_spread(tokens, i) or morning_stiff(tokens, i) or passive_stretch(tokens, i) or \
                said_absent(self.phrases, tokens, i) or \
                pulse_found(self.phrases, tokens, i) or kind_of_pain(self, SITES, tokens, i) or \
                spread(self, SITES, SITE_LINKS, tokens, i, words, text) or \
                cultured(self.phrases, tokens, i) or temporal_biopsy(tokens, i) or urine_found(self.phrases, tokens, i, words, text) or cord_signal(tokens, i) or csf_count(tokens, i, words, text) or \
                eosinophil_share(tokens, i, words, text) or \
                reflex_graded(self.phrases, tokens, i, words, text) or \
                shared_words(self._whole, tokens, i) or under_printed(self.phrases, tokens, i, words, text)
            if results and results[0] > longest and results[0] >= (several[0] if several else 0):
                out += results[1]
                i += results[0]
            elif several and several[0] > longest:
                out += [(i, i + several[0], hpo, None) for hpo in several[1]]
                i += several[0]
            elif options:
                n, hpo = max(options, key=lambda m: m[0])
                if hpo != NOT_A_FINDING:
                    out.append((i, i + n, regraded(self.phrases, tokens, i, n, hpo, words, text), None))
                i += n
            else:
                i += 1
        return out


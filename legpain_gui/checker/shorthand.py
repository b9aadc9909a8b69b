"""Clinical shorthand read as the words it stands for, on the text's side and the lexicon's alike
(checker.lexicon, checker.extract): 'b/l LE edema' as 'bilateral lower extremity edema', 'h/o DVT' as
'history of deep vein thrombosis', 'w/o fever' as 'without fever', 'raised LDH' as 'raised lactate
dehydrogenase'. The expanded words keep the abbreviation's place in the text (each spans the whole
abbreviation), so a finding's span still points at what the clinician wrote, and the ConText rules read the
expanded words ('w/o' negates as 'without' does).

Only abbreviations with one clinical meaning are expanded; those that are also English words or other
abbreviations ('LE' is also lupus erythematosus, 'R' and 'L' are also units) are read only when written in
capitals, and the side letters only before a body site. Abbreviations the lexicon reads already (CK, CPK,
ESR, CRP, ANA, ANCA, WBC, CSF, EMG) are left as they are.

And words that carry their own negation: 'afebrile' is fever absent, 'normotensive' hypertension absent.
"""
from __future__ import annotations

import re

from legpain_gui.checker.contractions import CONTRACTED

# normalised tokens of the abbreviation -> the words it stands for
SLASHED = {("b", "l"): "bilateral", ("w", "o"): "without", ("h", "o"): "history of", ("c", "o"): "complained of",
           ("r", "o"): "rule out", ("n", "v"): "nausea and vomiting", ("s", "p"): "status post",
           ("tib", "fib"): "tibia and fibula"}  # 'b/l'
WORDS = {"bilat": "bilateral", "dvt": "deep vein thrombosis", "lbp": "low back pain", "lft": "liver function test",
         "egfr": "glomerular filtration rate", "ldh": "lactate dehydrogenase", "hgb": "hemoglobin",
         "plt": "platelet count", "htn": "hypertension", "aki": "acute kidney injury", "ckd": "chronic kidney disease",
         "ncs": "nerve conduction study", "tia": "transient ischemic attack", "uti": "urinary tract infection",
         "urti": "upper respiratory tract infection", "afib": "atrial fibrillation", "lle": "left lower extremity",
         "rle": "right lower extremity", "ble": "bilateral lower extremity", "lue": "left upper extremity",
         "rue": "right upper extremity", "bue": "bilateral upper extremity", "wt": "weight", "neg": "negative",
         "pos": "positive", "abd": "abdominal", "hx": "history", "fhx": "family history", "sx": "symptom",
         "hb": "hemoglobin", "pmh": "past medical history", "pmhx": "past medical history",
         "ihd": "ischemic heart disease", "t2dm": "type 2 diabetes mellitus", "t1dm": "type 1 diabetes mellitus",
         "dm2": "type 2 diabetes mellitus", "cr": "creatinine",
         "wcc": "white cell count", "esrd": "end stage renal disease", "mcp": "metacarpophalangeal",
         "mtp": "metatarsophalangeal", "mtpj": "metatarsophalangeal joint", "fuo": "fever of unknown origin", "temp": "temperature",
         "creat": "creatinine", "abdo": "abdominal", "ivdu": "intravenous drug use", "hld": "hyperlipidemia",
         "pwid": "intravenous drug use", "prev": "previous"}  # 'PWID': people who inject drugs
CAPITALS = {"le": "lower extremity", "ue": "upper extremity", "sob": "shortness of breath",
            "alt": "alanine aminotransferase",
            "ast": "aspartate aminotransferase", "rf": "rheumatoid factor", "loc": "loss of consciousness",
            "cva": "stroke", "doe": "dyspnea on exertion",
            "fh": "family history", "ana": "antinuclear antibody", "cad": "coronary artery disease",
            "af": "atrial fibrillation", "pvd": "peripheral vascular disease", "pip": "proximal interphalangeal", "nof": "neck of femur",
            "dip": "distal interphalangeal", "cp": "chest pain", "sle": "systemic lupus erythematosus",
            }  # capitals
# capitals that are also another abbreviation after a value or a word: 'RA' rheumatoid arthritis, not '95% on RA' (room
# air); 'PE' pulmonary embolism, not 'PE:' (physical examination) nor a school's PE ('at PE', 'PE lessons')
CAPITALS_UNLESS = {"ra": ("rheumatoid arthritis", r"(?:%|\bon|\bsats?|\bspo2)\s*$", r"^\s*[:(]"),
                   "pe": ("pulmonary embolism", r"(?:\bon|\bat|\bduring|\bof|\bout of)\s*$",
                          r"^\s*(?:[:/]|(?:lessons?|class(?:es)?|teacher|kit)\b)"),  # 'sits out at PE' (school)
                   "mi": ("myocardial infarction", r"anti\W?$", r"^\W?2\b"),  # not the anti-Mi-2 antibody
                   "hit": ("heparin induced thrombocytopenia", r"(?!)",  # not 'HIT BY CAR', 'HIT sessions' (review 2, session 42)
                           r"(?i)^\s*(?:by|with|on|in|and|the|a|sessions?|training|workouts?|class(?:es)?)\b")}
SIDES = {"r": "right", "l": "left"}  # capitals before a body site: 'R leg', 'L knee'
PER = {"7": "days", "52": "weeks", "12": "months"}  # British notes' durations: '2/7' two days, '3/52' three weeks
SIGNED = {"-": "negative", "+": "positive"}  # '-ve', '+ve': 'RF -ve, anti-CCP -ve', 'SLR +ve'
# a sign said before the finding it is the result of ('-ve cough'), not after its test and before a link or a side
SIGNED_BEFORE = re.compile(r" +(?!(?:for|at|on|in|l|r|and|or|but|with|x)\b)[a-z]", re.I)
SHORT = {a for a, _ in SLASHED} | set(WORDS) | set(CAPITALS) | set(CAPITALS_UNLESS) | set(SIDES) | {"ve"}  # may begin one
NUMBERED = re.compile(r"\d/(?:7|52|12)\b|\bT \d")  # '3/52', 'T 38.9': expanded only where the text has them
# a word that says its finding is absent -> the words of that finding
SAID_ABSENT = {"afebrile": "fever", "apyrexial": "fever", "apyretic": "fever", "normotensive": "hypertension",
               ("slr", "negative"): "positive slr", ("flexor", "plantar"): "extensor plantar",
               ("downgoing", "plantar"): "extensor plantar", ("plantar", "flexor"): "extensor plantar",
               ("plantar", "downgoing"): "extensor plantar", ("down", "going", "plantar"): "extensor plantar",
               ("plantar", "down", "going"): "extensor plantar",
               **{subject + (verb,) + result: "extensor plantar" for subject in (("plantar", "response"), ("plantar",))
                  for verb in ("are", "were") for result in (("down", "going"), ("downgoing",), ("flexor",))},
               **{("babinski", word, verb) + result: "extensor plantar" for word in ("reflex", "sign", "response")
                  for verb in ("was", "were", "is") for result in (("downgoing",), ("down", "going"), ("flexor",),
                                                                    ("negative",))},  # 'Babinski reflex was downgoing'
               **{("normal", "sensory", exam): "sensory loss" for exam in ("examination", "exam", "testing")},
               **{("sensory", exam, verb, result): "sensory loss" for exam in ("examination", "exam")
                  for verb in ("was", "is") for result in ("normal", "intact", "unremarkable")},  # no sensory loss
               ("cancer", "free"): "cancer",  # 'now cancer-free'
               **{(word, verb, "soft"): "tense compartment" for word in ("compartment", "compartments")
                  for verb in ("was", "were", "is", "are", "remained")},  # 'the leg compartments were soft'
               ("normal", "csf"): "albuminocytological dissociation", ("normal", "cerebrospinal", "fluid"):
                   "albuminocytological dissociation",  # 'lumbar puncture yielded normal CSF': no raised protein
               **{subject + exam + (verb, result): "albuminocytological dissociation" for subject in (
                   ("csf",), ("cerebrospinal", "fluid")) for exam in (
                   (), ("analysis",), ("examination",), ("study",), ("studies",)) for verb in ("was", "were", "is")
                  for result in ("normal", "unremarkable")}}
# 'SLR neg': the test, not what precedes; 'flexor plantars', 'plantar responses are down-going bilaterally': no Babinski sign


def _spelled(words: str, normalise) -> list[str]:
    return [normalise(w) for w in words.split()]


def _plain(word: str, raw: str) -> str:
    """The plain lower-case word ConText reads: the text's own, or the word a contraction stands for ("doesn't":
    'does', 'not'; checker.contractions)."""
    if word in ("not", "cannot") or raw.lower() in CONTRACTED:
        return word
    return re.sub(r"[^a-z0-9 ]", "", raw.lower())


# An abbreviation the text itself defines ('erythema nodosum (EN) ... in the absence of EN'): the words before the
# bracket whose initials spell it (hyphens split words, short linking words are skipped: 'anti-neutrophil cytoplasmic
# antibody (ANCA)', 'Lofgren's syndrome (LS)'); a trailing plural 's' is the plural's ('lesions (MRLs)' is not read).
DEFINITION = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){0,8}?[A-Za-z][\w'’-]*)\s*\(([A-Z][A-Za-z]?[A-Z][A-Za-z]{0,4})\)")
LINKING = {"of", "and", "the", "with", "to", "in", "on", "for"}
LIST_NEXT = re.compile(r"\s*(?:,|;|and\b|or\b|were\b|was\b|are\b|is\b)", re.I)


def _definitions(text: str):
    """(abbreviation, the words it stands for, the bracket's start, its end) for each definition in the text."""
    for m in DEFINITION.finditer(text):
        abbr = m.group(2)
        letters = abbr[:-1] if abbr.endswith("s") and abbr[:-1].isupper() else abbr
        words = m.group(1).split()
        for n in range(1, len(words) + 1):
            tail = words[-n:]
            if tail[0].lower() in LINKING:
                continue
            initials = "".join(p[0] for w in tail if w.lower() not in LINKING for p in re.split(r"[-‐]", w) if p)
            if initials.lower() == letters.lower():
                yield abbr, " ".join(tail), m.start(2) - 1, m.end(2) + 1
                break


def defined(text: str) -> dict[str, str]:
    """{abbreviation: the words it stands for} for what the text defines in brackets after its words."""
    out: dict[str, str] = {}
    for abbr, full, _, _ in _definitions(text):
        out.setdefault(abbr, full)
    return out


def without_definitions(text: str) -> str:
    """The text with each defining bracket inside a list blanked ('erythrocyte sedimentation rate (ESR) and C-reactive
    protein (CRP) were raised' reads as 'erythrocyte sedimentation rate and C-reactive protein (CRP) were raised': the
    bracket repeats the words before it and broke their list); the same length. A bracket before anything else stays:
    'Anti-citrullinated peptide antibodies (ACPA) <4' is read through its abbreviation."""
    for _, _, start, end in list(_definitions(text)):
        if LIST_NEXT.match(text, end):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def defined_findings(text: str, lexicon, normalise, words_of) -> dict[str, str]:
    """The text's own abbreviations (defined()) that stand for one finding read whole ('erythema nodosum (EN)'; not
    'diabetic muscle infarction (DMI)', whose first word alone is a finding; one word may lead: 'acute myocardial
    infarction (AMI)'), unless a phrase of the lexicon begins with the abbreviation itself ('deep tendon reflexes (DTRs)', which the lexicon reads already)."""
    out = {}
    for abbr, full in defined(text).items():
        words = words_of(full)
        whole = {m[2] for m in lexicon.find(words, full) if m[1] == len(words) and m[0] <= 1}
        alone = {m[2] for m in lexicon.find(words_of(abbr), abbr)} if whole else set()
        if whole and (normalise(abbr) not in lexicon.first or alone and not alone & whole):  # or the lexicon's own
            out[abbr] = full  # reading of it is another finding
    return out


def expand(words: list[tuple[str, int, int]], text: str, normalise, sites=(),
           own: dict[str, str] | None = None) -> tuple[list, list[str]]:
    """The words with each abbreviation replaced by the words it stands for (each spanning the abbreviation),
    and the plain lower-case words the ConText rules read (checker.context), one for each. `own`: the
    abbreviations the text defines (defined_findings()), read as their words wherever the sentence has them, and
    skipped in their own bracket."""
    own = {a: f for a, f in (own or {}).items() if any(text[s:e] == a for _, s, e in words)}
    if not any(w in SHORT for w, _, _ in words) and not NUMBERED.search(text) and not own:
        return words, [_plain(w, text[s:e]) for w, s, e in words]
    out, plain, k = [], [], 0
    while k < len(words):
        word, start, end = words[k]
        raw = text[start:end]
        pair = (word, words[k + 1][0]) if k + 1 < len(words) else None
        if pair in SLASHED and text[end:words[k + 1][1]] == "/":
            full, end, used = SLASHED[pair], words[k + 1][2], 2
        elif pair and word.isdigit() and pair[1] in PER and text[end:words[k + 1][1]] == "/" and len(word) <= 2:
            full, end, used = f"{word} {PER[pair[1]]}", words[k + 1][2], 2  # '3/52': three weeks
        elif raw == "T" and k + 1 < len(words) and words[k + 1][0].isdigit() and 34 <= int(words[k + 1][0]) <= 43:
            full, used = "temperature", 1  # 'T 38.9' (not 'T6', a level, nor 'T2', a sequence)
        elif word == "ve" and start and text[start - 1] in SIGNED:
            full, used, start = SIGNED[text[start - 1]], 1, start - 1
            if SIGNED_BEFORE.match(text[end:]):
                full += " for"  # before what it says of ('ROS: -ve cough, dysuria'), not after it ('RF -ve')
        elif raw in own and text[start - 1:start] != "(":
            full, used = own[raw], 1
        elif raw in own:  # in its own bracket it says again what its words just said: not read at all (neither the
            k += 1  # definition twice nor a shorthand's or the lexicon's other meaning: 'cerebral palsy (CP)' is no
            continue  # chest pain)
        elif word in WORDS:
            full, used = WORDS[word], 1
        elif word in CAPITALS and raw.isupper():
            full, used = CAPITALS[word], 1
        elif word in CAPITALS_UNLESS and raw.isupper() and not re.search(CAPITALS_UNLESS[word][1], text[:start]) \
                and not re.match(CAPITALS_UNLESS[word][2], text[end:]):
            full, used = CAPITALS_UNLESS[word][0], 1
        elif word in SIDES and raw.isupper() and k + 1 < len(words) and words[k + 1][0] in sites:
            full, used = SIDES[word], 1
        else:
            out.append(words[k])
            plain.append(_plain(word, raw))
            k += 1
            continue
        for w in full.split():
            out.append((normalise(w), start, end))
            plain.append(w)
        k += used
    return out, plain


def expanded(words: list[tuple[str, int, int]], text: str, normalise, sites=()) -> list[tuple[str, int, int]]:
    """The words of expand() alone (the lexicon's side, which needs no ConText words)."""
    return expand(words, text, normalise, sites)[0] if any(w in SHORT for w, _, _ in words) else words


def said_absent(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """(n, [(i, i + n, hpo, 'absent')]) of words that say their finding is absent ('afebrile', 'SLR negative'), or
    None."""
    for n in (5, 4, 3, 2, 1):
        words = SAID_ABSENT.get(tuple(tokens[i:i + n]) if n > 1 else tokens[i]) if i + n <= len(tokens) else None
        hpo = phrases.get(tuple(words.split())) if words else None
        if hpo and n > 1 and (tokens[i + n:i + n + 1] in (["except"], ["apart"], ["other"], ["but"]) or "csf" in tokens[i:i + n] and
                    set(tokens[i + n:i + n + 2]) & {"cell", "cells", "count", "glucose", "pressure", "opening", "white", "in", "for"}):
            return n, []  # 'power normal except left EHL 4/5': the exception is there; 'normal CSF cell count': a part
        if hpo:
            return n, [(i, i + n, hpo, "absent")]
    return None

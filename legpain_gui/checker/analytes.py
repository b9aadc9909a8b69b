"""Laboratory results written as lists (checker.lexicon): one qualifier before several analytes ("elevated
eosinophils, cholesterol, uric acid, serum creatinine and urea"), or several analytes before one result
("ESR and CRP were raised", "C3 and C4 were low", "calcium and ACE were normal", "ESR, ANA and ANCA were
negative").

An analyte here is words whose raised (or lowered) form is a term of the lexicon ("uric acid": "elevated
uric acid" is hyperuricaemia). A raised result gives each analyte's raised term, present. A normal or
negative result gives each analyte's raised and lowered terms (else its abnormal one: a nerve conduction study),
absent: the result says neither abnormality is there (session 19: both, where it was the raised one only). An
analyte named with no result says nothing and is not read.
"""
from __future__ import annotations

from legpain_gui.checker.labs import RANGE
from legpain_gui.checker.sites import comma_before

RAISED, LOWERED = "elevated", "reduced"  # the words normalise() folds 'raised', 'high', 'decreased'... into
LOW = "low"  # not folded ('low back pain'): read as lowered only as a result
ABNORMAL = "abnormal"  # a test whose abnormal result is a term: 'nerve conduction studies were normal'
TESTS = ("study", "studies", "conduction", "emg", "electromyography", "electromyogram", "gait")  # only these: 'the
# spine was normal' is not 'no abnormality of the vertebral column' (HPO files back pain under that)
NORMAL = ("normal", "negative", "unremarkable", "preserved", "intact")  # after the analyte: 'reflexes were preserved'
NORMAL_LEADS = ("normal", "unremarkable")  # before the analytes: 'normal CRP' ('negative ANA' is read elsewhere)
FILLERS = ("level", "was", "were", "is", "are", "all", "also", "both", "serum", "value", "titer", "markedly",
           "mildly", "significantly", "within", "limit", "found", "to", "be", "in", "the", "moderately", "slightly",
           "severely", "highly", "remained", "still", "persistently")  # 'in (the) normal range'
JOINERS = ("and", "or")
LIST_JOINERS = (("as", "well", "as"), ("such", "as"), ("and",), ("or",))  # 'inflammatory markers such as ESR, CRP
# and fibrinogen as well as ferritin were increased'
TAIL = 6  # tokens of an item the lexicon does not know, joined last to a list before its result ('... as well
# as eosinophil cationic protein (ECP) were increased'): passed over
RESULTS_NEAR = FILLERS + NORMAL + (RAISED, LOWERED, LOW)  # words that end a list of analytes: its result is near
RAISED_LEADS = ((RAISED, "level", "of"), ("elevation", "of"), ("increase", "in"), (RAISED,))  # longest first
CONTRAST = "but"
CONTRAST_RESULTS = ("elevated", "reduced", "absent", "brisk", "impaired", "low")  # after normalise()
CONTRAST_FILLERS = ("was", "were", "is", "are", "markedly", "mildly", "very", "slightly", "bilaterally")
CONTRAST_SPAN = 8  # tokens between 'normal' and 'but' (a site: 'in both upper limbs')
MAX_ANALYTE = 4  # tokens


def _analyte(phrases: dict, tokens: list[str], j: int) -> int:
    """The length of the longest analyte at j (0 if none)."""
    for n in range(min(MAX_ANALYTE, len(tokens) - j), 0, -1):
        key = tuple(tokens[j:j + n])
        if any(phrases.get((said,) + key) for said in (RAISED, LOWERED, LOW)) or (
                phrases.get((ABNORMAL,) + key) and key[-1] in TESTS):
            return n
    return 0


def _items(phrases: dict, tokens: list[str], words, text: str, j: int) -> list[tuple[int, int]]:
    """(start, end) of the analytes listed from j, joined by commas, 'and' or 'or'."""
    out = []
    while j < len(tokens):
        n = _analyte(phrases, tokens, j)
        if not n:
            break
        out.append((j, j + n))
        k = j + n
        if k < len(tokens) and _bracketed(words, text, k):  # 'erythrocyte sedimentation rate (ESR), CRP'
            span = words[k][1:]
            while k < len(tokens) and words[k][1:] == span:  # an expanded abbreviation: its words share its span
                k += 1
        joiner = next((len(f) for f in LIST_JOINERS if tuple(tokens[k:k + len(f)]) == f), 0)
        if joiner:
            j = k + joiner
        elif k < len(tokens) and comma_before(words, text, k):
            j = k
        else:
            if len(out) > 1 and k < len(tokens) and tokens[k] not in RESULTS_NEAR:
                out.pop()  # 'eosinophil' in 'eosinophil cationic protein': the start of a name it does not know
            break
    return out


def _past_unknown_tail(tokens: list[str], words, text: str, j: int) -> int:
    """After a list of two or more analytes ending at j: past one more item the lexicon does not know, joined
    by a joiner and short, if a result follows it; else j (the list and its result must stay in one clause)."""
    joiner = next((len(f) for f in LIST_JOINERS if tuple(tokens[j:j + len(f)]) == f), 0)
    if not joiner:
        return j
    k = j + joiner
    while k < len(tokens) and k - j <= TAIL + joiner and tokens[k] not in RESULTS_NEAR:
        if comma_before(words, text, k):
            return j
        k += 1
    return k if k < len(tokens) and k - j <= TAIL + joiner else j


def _range_after(words, text: str, k: int) -> bool:
    """Whether a reference range follows the analyte ending before word k ('(normal urate up to 0.42 mmol/l)')."""
    return bool(text) and k < len(words) and bool(RANGE.match(text[words[k - 1][2]:]))


def _bracketed(words, text: str, k: int) -> bool:
    """Whether word k stands alone in brackets: an abbreviation after the analyte's name."""
    if not text or not 0 < k < len(words):
        return False
    after = text[words[k][2]:words[k][2] + 1]
    return "(" in text[words[k - 1][2]:words[k][1]] and after == ")"


def _peripheral_pulses(tokens: list[str], words, text: str, items: list[tuple[int, int]]) -> bool:
    """'Pulses were normal': the pulses of the limbs (checker.pulses), not the heart rate a 'pulse' of 80 is."""
    return bool(text) and any(tokens[a] == "pulse" and text[words[a][1]:words[a][2]].lower().endswith("pulses")
                              for a, _ in items)


def listed(phrases: dict, tokens: list[str], i: int, words, text: str,
           catalogue=frozenset()) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, state or None)]) of a list of laboratory results at i, or None;
    `catalogue`: the knowledge base's findings (a normal result is read as those of its terms it holds)."""
    lead = next((len(f) for f in RAISED_LEADS if tuple(tokens[i:i + len(f)]) == f), 0)
    if lead:  # 'elevated CK, aldolase and LDH', 'elevation of CK and aldolase', 'high levels of CK and LDH'
        items = _items(phrases, tokens, words, text, i + lead)
        found = [(a, b, phrases.get((RAISED,) + tuple(tokens[a:b])), None) for a, b in items]
        if (len(items) >= 2 or lead > 1 and items) and all(f[2] for f in found):  # one after 'high levels of' too
            return items[-1][1] - i, [(i, found[0][1]) + found[0][2:]] + found[1:]
        return None
    if tokens[i] in NORMAL_LEADS:  # 'normal CRP', 'a normal white cell count, ESR and CRP': each is not raised
        items = _items(phrases, tokens, words, text, i + 1)
        if _peripheral_pulses(tokens, words, text, items) or items and _range_after(words, text, items[-1][1]):
            return None
        terms = [_normal_terms(phrases, tuple(tokens[a:b]), catalogue) for a, b in items]
        if items and all(terms):
            return items[-1][1] - i, [(i if k == 0 else a, b, h, "absent")
                                      for k, ((a, b), hs) in enumerate(zip(items, terms)) for h in hs]
        return None
    items = _items(phrases, tokens, words, text, i)
    if not items or _peripheral_pulses(tokens, words, text, items):
        return None
    j = items[-1][1]
    if len(items) >= 2 and j < len(tokens) and tokens[j] not in RESULTS_NEAR:
        j = _past_unknown_tail(tokens, words, text, j)
    while j < len(tokens) and tokens[j] in FILLERS:
        j += 1
    if j >= len(tokens):
        return None
    if tokens[j] in (RAISED, LOWERED, LOW) and len(items) >= 2:  # 'ESR and CRP were raised', 'C3 and C4 were low'
        said = (RAISED,) if tokens[j] == RAISED else (LOWERED, LOW)
        found = [(a, b, next((h for h in (phrases.get((w,) + tuple(tokens[a:b])) for w in said) if h), None), None)
                 for a, b in items]
        return (j + 1 - i, found) if all(f[2] for f in found) else None
    if tokens[j:j + 2] == ["not", RAISED]:  # 'his ESR was not elevated': each is not raised
        found = [(a, b, phrases.get((RAISED,) + tuple(tokens[a:b])), "absent") for a, b in items]
        return (j + 2 - i, found) if all(f[2] for f in found) else None
    if tokens[j] in NORMAL:
        if tokens[j - 1] == "to":  # 'treatment increased her vitamin B12 to normal': an outcome, not a result
            return None
        if tokens[j + 1:j + 2] == ["or"] and tokens[j + 2:j + 3] in ([RAISED], [LOWERED], [LOW]) and tokens[j + 3:j + 4] != ["normal"]:
            return j + 3 - i, []  # 'B12 was normal or low' (several patients' results): neither said (session 44)
        if tokens[j] in NORMAL_LEADS and comma_before(words, text, j) and j + 1 < len(tokens) and (
                _analyte(phrases, tokens, j + 1) or tokens[j + 1] in FILLERS and _analyte(phrases, tokens, j + 2)):
            return None  # 'raised inflammatory markers, normal serum calcium and ACE': the next list's lead
        if tokens[j + 1:j + 2] in (["except"], ["apart"]) and len(items) == 1 and tokens[items[0][0]] in (
                "power", "strength", "sensation", "sensory"):  # 'power normal except left EHL 4/5': weak there;
            return j + 1 - i, []  # 'sensation was intact except for mild disturbance on both plantar areas'
        contrast = _but(phrases, tokens, j + 1, items)
        if contrast is not None:  # 'normal in the arms but brisk at the knees': the abnormal part is what counts
            return contrast[0] - i, contrast[1]
        k = j + 3 if tokens[j + 1:j + 3] in (["and", "symmetric"], ["and", "symmetrical"]) else j + 1
        if tokens[k:k + 1] == ["in"] and {"arm", "upper", "hand"} & set(tokens[k + 1:k + 4]):
            return j + 1 - i, []  # 'normal in the arms, 1/4 for the knees, depressed at the ankles': normal somewhere only
        return j + 1 - i, [(a, b, h, "absent") for a, b in items
                           for h in _normal_terms(phrases, tuple(tokens[a:b]), catalogue)]
    return None


def _normal_terms(phrases: dict, key: tuple[str, ...], catalogue=frozenset()) -> list[str]:
    """The terms a normal result of the analyte says are absent: the first of its raised and lowered ones (its
    raised one, else its lowered one: complement) and any other of them the knowledge base holds (a normal
    platelet count is neither thrombocytosis nor thrombocytopenia; a normal haemoglobin no anaemia; a 'decreased
    ESR' is no finding here), else its abnormal one (a nerve conduction study)."""
    keys = [key] + ([key[:-1]] if len(key) > 1 and key[-1] in ("level", "concentration") else [])  # 'creatinine levels'
    said = list(dict.fromkeys(h for h in (phrases.get((w,) + k) for w in (RAISED, LOWERED, LOW) for k in keys) if h))
    out = said[:1] + [h for h in said[1:] if h in catalogue]
    return out or [h for h in (phrases.get((ABNORMAL,) + key),) if h]


def _but(phrases: dict, tokens: list[str], j: int, items: list[tuple[int, int]]) -> tuple[int, list] | None:
    """After 'normal' at j - 1: 'but' and a result within the clause ('reflexes were normal in the arms but
    brisk at the knees'). Returns (token index past the result, [(start, end, hpo, None)]) for a single analyte
    whose result the lexicon names ('brisk reflexes'), (index, []) when it names none (the 'normal' is then
    not read as absent either: it held only somewhere), or None without a 'but' and a result right after it."""
    k = next((x for x in range(j, min(j + CONTRAST_SPAN, len(tokens))) if tokens[x] == CONTRAST), None)
    if k is None:
        return None
    r = k + 1
    while r < len(tokens) and tokens[r] in CONTRAST_FILLERS:
        r += 1
    if r >= len(tokens) or tokens[r] not in CONTRAST_RESULTS or len(items) != 1:
        return None  # 'ESR and CRP were normal but ANA was raised': the result is another analyte's
    a, b = items[0]
    hpo = _result_term(phrases, tuple(tokens[a:b]), tokens[r])
    return r + 1, [(a, r + 1, hpo, None)] if hpo else []


def _result_term(phrases: dict, key: tuple[str, ...], result: str) -> str | None:
    """The term of an analyte with this result ('brisk' + 'deep tendon reflexes': brisk reflexes), trying the
    analyte's shorter tails too ('tendon reflexes', 'reflexes')."""
    said = ("elevated", "brisk") if result == "brisk" else (result,)
    return next((h for n in range(len(key)) for w in said if (h := phrases.get((w,) + key[n:]))), None)


def two_results(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """One analyte with two results at two sites: 'reflexes were reduced in the left arm and absent in the
    legs'. (tokens used, [(start, end, hpo, None)]) with both findings, or None; the sites themselves are not
    read here (the findings are the analyte's general terms)."""
    if not any(t in CONTRAST_RESULTS for t in tokens[i + 1:i + MAX_ANALYTE + 8]):
        return None  # cheap: no result word near enough (this runs at every word of a pasted text)
    n = _analyte(phrases, tokens, i)
    if not n:
        return None
    key = tuple(tokens[i:i + n])
    j = i + n
    while j < len(tokens) and tokens[j] in FILLERS:
        j += 1
    found = []
    while j < len(tokens) and tokens[j] in CONTRAST_RESULTS:
        hpo = _result_term(phrases, key, tokens[j])
        if not hpo:
            return None
        found.append((i if not found else j, j + 1, hpo, None))
        k = j + 1
        if k < len(tokens) and tokens[k] in ("in", "at", "of"):  # the site of this result
            k += 1
            while k < len(tokens) and k - j <= 5 and tokens[k] not in JOINERS + (CONTRAST,):
                k += 1
        if k < len(tokens) and tokens[k] in JOINERS + (CONTRAST,):
            k += 1
            while k < len(tokens) and tokens[k] in CONTRAST_FILLERS:
                k += 1
            if k < len(tokens) and tokens[k] in CONTRAST_RESULTS:
                j = k
                continue
        break
    return (found[-1][1] - i, found) if len(found) >= 2 else None

"""A urine test's result as a case report states it (checker.lexicon calls this at each token): what the test
found, named as a urine constituent rather than as the finding, is read as the finding:

- 'urinalysis was positive for blood and protein', 'urine dipstick showed 3+ protein and 2+ blood',
  'urine analysis with large blood' -> haematuria and proteinuria present;
- 'red blood cells', 'erythrocytes', 'myoglobin', 'white cells', 'leukocytes', 'bacteria' in the same list ->
  haematuria, myoglobinuria, pyuria, bacteriuria;
- 'urinalysis was negative for blood', 'urinalysis showed no protein' -> absent;
- blood on a dipstick with no red cells said in the same sentence ('dip positive for blood, but no red cells on
  microscopy') -> myoglobinuria: the haem pigment of muscle breakdown, not bleeding.

A test only 'normal' or 'negative', with nothing named, says nothing here (the constituents it covered are not
stated); a count ('20 red cells per high-power field') is not read; findings named as themselves ('urinalysis
revealed haematuria') are read by the lexicon as usual.
"""
from __future__ import annotations

TESTS = (("urinalysis",), ("ua",), ("urine", "analysis"), ("urine", "dipstick"), ("urine", "dip"), ("dipstick",),
         ("urine", "test"),
         ("urine", "examination"), ("urine", "microscopy"), ("urine",))
VERBS = ("was", "were", "is", "showed", "show", "showing", "revealed", "demonstrated", "detected", "found", "with", "had",
         "positive", "strongly", "also", "for", "of", "a", "an", "on", "admission", "initially")
NEGATIVE_FOR = (("negative", "for"), ("showed", "no"), ("revealed", "no"), ("was", "negative", "for"),
                ("with", "no"), ("without",), ("no",))
AMOUNTS = ("large", "moderate", "small", "trace", "significant", "heavy", "gross", "microscopic", "many", "some",
           "1", "2", "3", "4", "+", "plus")
LINKS = ("and", "or", "with", "as", "well")
# constituent (normalised tokens) -> the phrase of its finding in the lexicon
FOUND = {("blood",): "hematuria", ("red", "blood", "cell"): "hematuria", ("red", "cell"): "hematuria",
         ("rbc",): "hematuria", ("erythrocyte",): "hematuria", ("protein",): "proteinuria",
         ("albumin",): "proteinuria", ("myoglobin",): "myoglobinuria", ("white", "blood", "cell"): "pyuria",
         ("white", "cell"): "pyuria", ("wbc",): "pyuria", ("leukocyte",): "pyuria", ("pus", "cell"): "pyuria",
         ("bacteria",): "bacteriuria"}
MAX_ITEMS = 5
HAEMATURIA, DYSMORPHIC_HAEMATURIA = "HP:0000790", "HP:0032957"


def _constituent(tokens: list[str], j: int) -> tuple[int, str] | None:
    for n in (3, 2, 1):
        name = FOUND.get(tuple(tokens[j:j + n])) if j + n <= len(tokens) else None
        if name:
            return n, name
    return None


def _no_red_cells(tokens: list[str], k: int) -> bool:
    """Whether the sentence goes on to say no red cells were seen: a dipstick's blood without red cells is a haem
    pigment (myoglobin after muscle breakdown), not haematuria."""
    rest = tokens[k:]
    return any(rest[n] in ("no", "without", "absent") and any(
        tuple(rest[n + 1:n + 1 + len(c)]) == c for c in (("red",), ("rbc",), ("erythrocyte",)))
        for n in range(len(rest)))


def _graded_after(tokens: list[str], j: int) -> bool:
    """Whether a constituent at j is followed by its dipstick grade ('blood 3+', 'protein trace'): a result."""
    found = _constituent(tokens, j)
    k = j + found[0] if found else len(tokens)
    return k < len(tokens) and tokens[k] in AMOUNTS + ("positive", "negative")


URINE_WORDS = {"urine", "urinalysis", "ua", "urinary", "dipstick", "microscopy"}
OTHER_FLUIDS = {"stool", "stools", "fecal", "faecal", "feces", "faeces", "csf", "cerebrospinal", "synovial", "joint",
                "sputum", "pleural", "peritoneal", "ascitic", "aspirate"}  # and 'joint fluid' (_other_fluid)
RED_CELLS = (("red", "blood", "cell"), ("red", "cell"), ("rbc",), ("erythrocyte",))
PER_FIELD = (("hpf",), ("per", "hpf"), ("elevated", "power", "field"), ("per", "elevated", "power", "field"),
             ("elevated", "powered", "field"), ("per", "elevated", "powered", "field"))  # 'high' is read 'elevated'
MICROHAEMATURIA = 3  # red cells per high-power field: the AUA/SUFU definition of microhaematuria (Barocas DA et al.,
# J Urol 2020;204:778, PMID 32698717, doi 10.1097/JU.0000000000001297); fewer is none


def _starts(tokens: list[str], k: int, forms) -> int:
    return next((len(f) for f in forms if tuple(tokens[k:k + len(f)]) == f), 0)


def red_cells_counted(tokens: list[str], i: int, words=None, text: str = "") -> tuple[int, list] | None:
    """(tokens used, [(start, end, HAEMATURIA, state)]) of red cells counted per high-power field at i ('30-40 red
    blood cells per high power field', 'RBC 5-10/hpf', '0-2 RBCs/HPF'): 3 or more is haematuria, 2 or fewer none,
    a range across 3 says neither (session 45, tester kh)."""
    named_first = _starts(tokens, i, RED_CELLS)
    k, numbers = i + named_first, []
    while k < len(tokens) and len(numbers) < 2 and (tokens[k].isdigit() or tokens[k] == "to" and numbers):
        numbers += [int(tokens[k])] if tokens[k].isdigit() else []
        k += 1
    named = named_first or _starts(tokens, k, RED_CELLS)
    before = tokens[max(0, i - 8):i]
    if not numbers or not named or OTHER_FLUIDS & set(before) or "joint" in before and "fluid" in before:
        return None  # a stool's, CSF's or joint fluid's count is no haematuria (review 2 of session 45)
    at = i + named_first  # the first number: '<3 RBC/hpf' is fewer than 3, '>50' more than 50
    sign = text[max(0, words[at][1] - 3):words[at][1]].rstrip()[-1:] if words and text and at < len(words) else ""
    if sign in ("<", "\u2264"):  # '<5' is anything from none to 4: across the limit, neither
        numbers = [0, numbers[0] - (sign == "<")]
    elif sign in (">", "\u2265"):
        numbers = [numbers[0] + 1] * 2
    k += 0 if named_first else named
    per = _starts(tokens, k, PER_FIELD)
    if not per:
        return None
    low, high = numbers[0], numbers[-1]
    state = None if low >= MICROHAEMATURIA else "absent" if high < MICROHAEMATURIA else ""
    return (k + per - i, [(i, k + per, HAEMATURIA, state)]) if state != "" else (k + per - i, [])


def urine_found(phrases: dict, tokens: list[str], i: int, words=None, text: str = "") -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, state or None)]) of a urine test's result at i, or None."""
    counted = red_cells_counted(tokens, i, words, text)
    if counted and URINE_WORDS.intersection(tokens[max(0, i - 20):i]):  # a count said of the urine ('Urine: RBC 30-40/hpf'), not of an aspirate ('Fluid aspirated ... showed')
        return counted
    test = next((t for t in TESTS if tuple(tokens[i:i + len(t)]) == t), None)
    if test is None:
        return None
    j = i + len(test)
    state = None
    for form in sorted(NEGATIVE_FOR, key=len, reverse=True):
        if tuple(tokens[j:j + len(form)]) == form:
            state, j = "absent", j + len(form)
            break
    while state is None and j < len(tokens) and j - i < 6 and tokens[j] in VERBS:
        j += 1
    counted = red_cells_counted(tokens, j, words, text)  # 'urinalysis showed 2 RBC/hpf': a count, not a dipstick's '2+'
    if counted:
        return counted[0] + j - i, [(i, b, hpo, st) for _, b, hpo, st in counted[1]] or []
    if test == ("urine",) and j == i + 1 and not _graded_after(tokens, j):
        return None  # 'urine' alone only before what a test found: 'urine showed blood', 'Urine: blood 3+'
    out, end = [], j
    while end < len(tokens) and len(out) < MAX_ITEMS:
        k = end
        while k < len(tokens) and tokens[k] in AMOUNTS:
            k += 1
        found = _constituent(tokens, k)
        hpo = found and phrases.get((found[1],))
        if not hpo:
            break
        longer = next(((n, phrases[tuple(tokens[k:k + n])]) for n in (4, 3, 2) if n > found[0] and k + n <= len(tokens)
                       and phrases.get(tuple(tokens[k:k + n]))), None)  # 'red cell casts': the phrase's own term
        if longer:
            found, hpo = longer, longer[1]
        out.append((k, k + found[0], hpo, state))
        end = k + found[0]
        while end < len(tokens) and tokens[end] in LINKS:
            end += 1
    if not out:
        return None
    if state is None and _no_red_cells(tokens, end):  # 'dip positive for blood, but no red cells on microscopy'
        out = [(a, b, phrases.get(("myoglobinuria",), hpo) if hpo == phrases.get(("hematuria",)) and
                tokens[a:b] == ["blood"] else hpo, st) for a, b, hpo, st in out]
    last = out[-1][1]
    return last - i, [(i if n == 0 else a, b, hpo, st) for n, (a, b, hpo, st) in enumerate(out)]



def denied_kind(hpo: str, state: str, words: str) -> str:
    """The term to enter for a finding read as haematuria: dysmorphic red cells said absent ('no dysmorphic red cells
    were seen', 'without dysmorphic red blood cells') deny only their glomerular kind, not the red cells (a
    rhabdomyolysis's haem-positive urine, an isomorphic haematuria); said present they are haematuria, which the
    conditions describe (reviews 1 and 2 of session 42)."""
    return DYSMORPHIC_HAEMATURIA if hpo == HAEMATURIA and state == "absent" and "dysmorph" in words.lower() else hpo

"""A blood culture's result as a case report states it (checker.lexicon calls this at each token): an organism
grown from the blood is bacteraemia, read from the culture and its verb, whatever the organism:

- 'blood cultures grew Staphylococcus aureus', 'blood culture was positive for group A streptococcus',
  'blood cultures yielded Escherichia coli' -> bacteremia present (the organism's words are part of the span,
  so that 'Streptococcus pneumoniae' is not read as pneumonia);
- 'Streptococcus pneumoniae was isolated from blood cultures', 'organisms grown from the blood' -> bacteremia;
- 'Blood cultures: Staphylococcus aureus 2 of 2', 'blood culture MSSA' (the organism named without a verb) ->
  bacteremia;
- 'blood cultures were negative', 'blood cultures remained sterile', 'blood cultures showed no growth' ->
  bacteremia absent.

A joint's fluid read the same way is a septic joint (session 19): 'synovial fluid culture grew Staphylococcus
aureus', 'synovial fluid aspirate from the right knee grew ...'; a negative one is not read (partly treated or
fastidious infections grow nothing); so is an organism grown from a joint's aspirate named without 'culture' ('knee
aspiration grew ...', 'puncture of the knee identified a Gram-negative bacillus', session 32). Another culture said with the blood's leaves the result the blood's ('blood
culture and fluid culture showed ...', 'blood and urine cultures were negative'). Other cultures (urine, wound) name
no HPO finding of their own and are not read here.
"""
from __future__ import annotations

BLOOD = "blood"
CULTURE = "culture"
FLUID = "fluid"
FILLERS = ("was", "were", "is", "are", "resulted", "also", "both", "all", "later", "subsequently", "initially", "then", "had",
           "the", "two", "three", "set", "of", "sample", "taken", "on", "admission", "repeat", "repeated", "and",
           "remained", "became", "returned", "came", "back", "eventually", "which", "test", "tests", "multiple",
           "from", "right", "left", "knee", "hip", "ankle", "wrist", "shoulder", "elbow", "joint", "her", "his",
           "aspirated")  # '... from the right knee grew'
GROWN = ("grew", "grow", "growing", "yielded", "yield", "yielding", "isolated", "positive", "revealed", "showed", "identified",
         "demonstrated", "grown", "confirmed", "detected")
NEGATIVE = (("negative",), ("sterile",), ("no", "growth"), ("showed", "no", "growth"), ("without", "growth"),
            ("no", "organism"), ("showed", "no", "organism"))
FROM_VERBS = ("isolated", "grown", "cultured", "recovered", "identified", "detected")
FROM_FILLERS = ("from", "in", "the", "both", "two", "all", "his", "her", "patient", "s", "set", "of", "one", "a", "single")
ORGANISM_STOPS = ("and", "with", "in", "on", "which", "after", "from", "that", "but", "while", "so", "he", "she",
                  "the", "was", "were", "is", "are", "sensitive", "susceptible", "resistant")
MAX_ORGANISM = 5
ORGANISMS = ("staphylococcus", "staph", "streptococcus", "strep", "escherichia", "klebsiella", "pseudomonas", "mssa",
             "mrsa", "enterococcus", "salmonella", "neisseria", "haemophilus", "hemophilus", "serratia", "proteus",
             "enterobacter", "candida", "gram")  # an organism named right after the culture: its growth


# the specimen's words before 'culture', and the phrase whose term its growth is
SPECIMENS = (((BLOOD,), ("bacteremia",)), (("synovial", "fluid"), ("septic", "arthritis")),
             (("joint", "fluid"), ("septic", "arthritis")), (("synovial",), ("septic", "arthritis")),
             (("joint", "aspirate"), ("septic", "arthritis")))


def _specimen(phrases: dict, tokens: list[str], i: int) -> tuple[int, str] | None:
    """(tokens of the specimen and 'culture', term) of a culture named at i ('blood culture', 'synovial fluid
    culture', 'synovial fluid aspirate', 'blood and urine cultures'), or None."""
    for words, term in SPECIMENS:
        n = len(words)
        if tuple(tokens[i:i + n]) != words:
            continue
        after = tokens[i + n:i + n + 3]
        if words == (BLOOD,) and after[:1] == ["and"] and after[2:] == [CULTURE]:
            n += 2  # 'blood and urine cultures were negative': the blood's among them
        elif words == (BLOOD,) and after[:1] == ["and"] and tokens[i + n + 1:i + n + 4] in (
                ["synovial", "fluid", CULTURE], ["joint", "fluid", CULTURE]):
            n += 3  # 'blood and synovial fluid cultures both isolated ...' (session 44): the joint's too (cultured)
        elif words != (BLOOD,) and after[:1] in (["aspirate"], ["aspiration"]):
            n += 1  # 'synovial fluid aspirate (culture) grew': its culture
            if after[1:2] != [CULTURE]:
                return (n, phrases[term]) if term in phrases else None
        if tokens[i + n:i + n + 1] == [CULTURE]:
            return (n + 1, phrases[term]) if term in phrases else None
    return None


def _culture_of(phrases: dict, tokens: list[str], i: int) -> tuple[int, str] | None:
    """(tokens, term) of a culture named before its specimen: 'culture(s) of (the) synovial fluid', 'culture of the
    joint fluid'; the blood's is written the other way."""
    if tokens[i:i + 2] != [CULTURE, "of"]:
        return None
    j = i + 2 + (tokens[i + 2:i + 3] == ["the"])
    for words, term in SPECIMENS:
        if words != (BLOOD,) and tuple(tokens[j:j + len(words)]) == words and term in phrases:
            return j + len(words) - i, phrases[term]
    return None


# a joint's fluid drawn and named without 'culture' ('knee aspirate grew', 'puncture of the knee identified'): read
# only when an organism is named after the verb ('aspiration of the knee revealed urate crystals' is gout's)
JOINTS = ("joint", "knee", "hip", "ankle", "wrist", "shoulder", "elbow")
DRAWN = ("aspirate", "aspiration", "puncture", "arthrocentesis")
GERMS_SET = frozenset(ORGANISMS + ("bacillus", "bacilli", "cocci", "bacteria", "bacterium", "organism", "organisms"))


def _aspirated(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of an organism grown from a joint's aspirate at i, or None."""
    term = phrases.get(("septic", "arthritis"))
    if tokens[i:i + 1] and tokens[i] in JOINTS and tokens[i + 1:i + 2] and tokens[i + 1] in DRAWN:
        j = i + 2
    elif tokens[i] in DRAWN and tokens[i + 1:i + 2] == ["of"]:
        j = i + 2
        while j < len(tokens) and j - i < 6 and tokens[j] in ("the", "his", "her", "right", "left", "affected"):
            j += 1
        if j >= len(tokens) or tokens[j] not in JOINTS:
            return None
        j += 1
    else:
        return None
    while j < len(tokens) and j - i < 12 and tokens[j] in FILLERS:
        j += 1
    if not term or j >= len(tokens) or tokens[j] not in GROWN or tokens[j + 1:j + 2] in (["no"], ["not"], ["nothing"]):
        return None  # 'the knee aspirate grew no organisms' (a sterile joint fluid rules nothing out either)
    end = j + 1 + (tokens[j + 1:j + 2] in (["for"], ["with"]))
    while end < len(tokens) and end - j <= MAX_ORGANISM and (tokens[end] not in ORGANISM_STOPS or end == j + 1):
        end += 1  # the organism's words ('a gram negative bacillus'), so its 'negative' negates nothing
    return (end - i, [(i, end, term, None)]) if GERMS_SET & set(tokens[j + 1:end]) else None


def cultured(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, state or None)]) of a culture's result at i, or None."""
    if counted_out := _none_of(phrases, tokens, i):
        return counted_out
    named = _specimen(phrases, tokens, i) or _culture_of(phrases, tokens, i)
    if not named and (drawn := _aspirated(phrases, tokens, i)):
        return drawn
    hpo = phrases.get(("bacteremia",))
    if named:
        j = i + named[0]
        hpo = named[1]
        while j < len(tokens) and j - i < 10 and tokens[j] in FILLERS:
            also = tokens[j] == "and" and CULTURE in tokens[j + 1:j + 4]  # 'blood culture and fluid culture showed'
            j = tokens.index(CULTURE, j + 1) + 1 if also else j + 1
        for form in sorted(NEGATIVE, key=len, reverse=True):
            if tuple(tokens[j:j + len(form)]) == form:  # a sterile joint fluid does not rule a septic joint out
                return (j + len(form) - i, [(i, j + len(form), hpo, "absent")]) if tokens[i] == BLOOD else None
        if j < len(tokens) and tokens[j] in ORGANISMS:  # 'Blood cultures: S. aureus 2 of 2', 'Culture: MSSA'
            end = j + 1
            while end < len(tokens) and end - j < MAX_ORGANISM and tokens[end] not in ORGANISM_STOPS:
                end += 1
            return end - i, [(i, end, hpo, None)]
        if j < len(tokens) and tokens[j] in GROWN:
            k = j + 1 + (tokens[j + 1:j + 2] in (["for"], ["with"]))
            if tokens[j] in ("showed", "revealed", "identified") and k < len(tokens) and tokens[k] == "no":
                return None
            if k < len(tokens) and tokens[k] in ("no", "nothing") and "but" not in tokens[k:]:  # 'blood cultures grew no
                return (k + 1 - i, [(i, k + 1, hpo, "absent")]) if tokens[i] == BLOOD else None  # organisms' (review 3)
            end = k
            while end < len(tokens) and end - k < MAX_ORGANISM and tokens[end] not in ORGANISM_STOPS:
                end += 1
            if end > k or tokens[j] == "positive":
                joint = tokens[i] == BLOOD and FLUID in tokens[i + 1:i + named[0]] and phrases.get(("septic", "arthritis"))
                return end - i, [(i, end, hpo, None)] + ([(i, end, joint, None)] if joint else [])
        return None
    if not hpo:
        return None
    if tokens[i] in FROM_VERBS and tokens[i + 1:i + 2] in (["from"], ["in"]):  # 'Streptococcus pneumoniae was
        return _grown_from(phrases, tokens, i)  # isolated from (both sets of) blood cultures'
    return None


COUNTED = ("the", "his", "her", "two", "three", "four", "both", "set", "sets", "of", "repeated", "repeat", "serial")


def _none_of(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [bacteraemia absent]) of blood cultures counted out at i and said to grow or be positive: 'none
    of the (3) blood cultures grew an organism', 'neither blood culture was positive', or None. (A joint's fluid
    said so is not read: a sterile one rules nothing out.)"""
    if tokens[i] not in ("none", "neither") or tokens[i] == "none" and tokens[i + 1:i + 2] != ["of"]:
        return None
    j = i + 1 + (tokens[i] == "none")
    while j < len(tokens) and j - i < 8 and (tokens[j] in COUNTED or tokens[j].isdigit()):
        j += 1  # over 'the 3', 'the three sets of', 'his two'
    named = _specimen(phrases, tokens, j)
    if not named:
        return None
    k = j + named[0]
    while k < len(tokens) and k - j < 10 and tokens[k] in FILLERS:
        k += 1
    if k >= len(tokens) or tokens[k] not in GROWN:
        return None
    end = k + 1
    while end < len(tokens) and end - k <= MAX_ORGANISM and tokens[end] not in ORGANISM_STOPS:
        end += 1  # the organism's words: 'grew an organism', 'grew Staphylococcus aureus'
    if set(tokens[k + 1:end]) & set(ORGANISMS):  # 'none of the blood cultures grew MRSA; all grew MSSA': that
        return end - i, []  # organism only, so nothing said of the blood (reviews 1 and 2 of session 44)
    return end - i, [(i, end, named[1], "absent")] if tokens[j] == BLOOD else []


def _grown_from(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, findings) of the specimens an organism was isolated from, named after the verb: the blood's
    culture (bacteraemia) and a joint's fluid or aspirate (a septic joint), one or both joined by 'and' ('isolated
    from joint aspirations and from blood cultures'), or None."""
    j, out = i + 1, []
    if {"contaminant", "contaminants", "contaminated"} & set(tokens):
        return None  # 'S. epidermidis from one blood culture, considered a contaminant' (review 2 of session 44)
    before = tokens[max(0, i - 4):i]  # 'no organism was', 'nothing was', 'were not': not 'Despite no fever, S. aureus was'
    denied = bool({"nothing", "none", "not"} & set(before[-2:])) or any(  # a sterile joint fluid
        t == "no" and (w in GERMS_SET or w in ("pathogen", "growth")) for t, w in zip(before, before[1:]))
    while j < len(tokens):  # rules nothing out (not read); the blood's, said sterile, is bacteraemia absent
        while j < len(tokens) and j - i < 12 and (tokens[j] in FROM_FILLERS or tokens[j] in ("right", "left")
                                                  or tokens[j].isdigit()):  # '2 of 3 blood cultures'
            j += 1
        j += tokens[j:j + 1] != [] and tokens[j] in JOINTS and tokens[j + 1:j + 2] == ["joint"]  # 'the knee joint fluid'
        if tokens[j:j + 1] == [BLOOD] and phrases.get(("bacteremia",)):
            end = j + 1 + (tokens[j + 1:j + 2] == [CULTURE])
            out.append((i, end, phrases[("bacteremia",)], "absent" if denied else None))
        elif tokens[j:j + 1] and (tokens[j] in JOINTS or tokens[j] == "synovial") and phrases.get(("septic", "arthritis")) \
                and tokens[j + 1:j + 2] and tokens[j + 1] in DRAWN + ("fluid",):
            end = j + 2 + (tokens[j + 2:j + 3] in ([CULTURE], ["aspirate"], ["aspiration"]))
            out += [] if denied else [(i, end, phrases[("septic", "arthritis")], None)]
        else:
            break
        j = end + (tokens[end:end + 1] in (["and"], ["or"]))
        if j == end:
            break
    return (out[-1][1] - i, out) if out else None

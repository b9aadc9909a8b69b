"""Clause-level readings the ConText rules (checker.context) ask of a sentence's tokens: whether a 'history' names
the present illness, whether a result after a finding belongs to a test named between them, whether a denied
treatment names its reason, and whether a 'normal' describes the word after it."""
from __future__ import annotations

from legpain_gui.checker.cues import COPULAS, DURATIONS, LIST_WORDS, ONGOING, UNITS_OF_TIME, duration_after, spans
from legpain_gui.checker.vocabulary import DIFFERENTIAL_HEDGES, ITEM_AFTER, ITEM_NOUNS, LATERAL, NEGATION_WORDS, list_end


def ongoing_history(tokens: list[str], s: int) -> bool:
    """Whether 'history' at s names the present illness, up to now: 'a three-month history of', 'a long history of',
    'a history of several months of fatigue', 'a 14-month stepwise history of', 'a history of fatigue for the last
    year' or 'for ten days' (not 'a history of DVT treated with warfarin for 6 months'), 'fever five days back', 'of 1
    week's duration'; and what a patient 'presented with a history of'."""
    if {"presented", "presenting", "presents", "attended"} & set(tokens[max(0, s - 4):s]) and "with" in tokens[max(0, s - 3):s]:
        return True  # 'presented acutely with a history of abdominal pain and thigh pain': the complaint itself
    return any(t.rstrip("s") in DURATIONS for t in tokens[max(0, s - 3):s]) or any(
        duration_after(tokens, k) for k in range(s + 2, s + 6)) or any(t in ONGOING for t in tokens[s + 2:s + 5]) or any(
        tokens[k:k + 3] in (["for", "the", "last"], ["for", "the", "past"], ["over", "the", "last"], ["over", "the", "past"])
        for k in range(s + 2, len(tokens))) or any(
        tokens[k:k + 1] == ["for"] and any(t.rstrip("s") in UNITS_OF_TIME for t in tokens[k + 1:k + 4]) and not {
            "treated", "on", "with", "taking", "took", "received", "receiving", "given"} & set(tokens[s + 2:k])
        and (k < s + 6 or not any(t.endswith("ed") for t in tokens[s + 2:k]))  # not 'cellulitis, hospitalised for
        for k in range(s + 3, s + 10)) or any(  # 2 weeks'; 'a history of weakness of both lower limbs for 1 month'
        tokens[k].rstrip("s") in ("hour", "day", "week") and tokens[k + 1:k + 2] in (["back"], ["ago"])
        for k in range(s + 2, len(tokens))) or any(started_before_admission(tokens, s, k)
                                                   for k in range(s + 3, len(tokens))) or any(  # 'a history of malaise and anorexia of 1 week's duration'
        tokens[k] == "duration" and tokens[k - 1].rstrip("s") in ("hour", "day", "week", "month") and not {
            "now", "presented", "presents", "presenting"} & set(tokens[s + 2:k]) for k in range(s + 3, min(s + 14, len(tokens))))


ONSET_JUST_BEFORE = (["starting"], ["beginning"], ["since"], ["commencing"])
ONSET_CLAUSE = {("that", "began"), ("which", "began"), ("that", "started"), ("which", "started"), ("that", "begun"),
                ("that", "developed"), ("which", "developed"), ("that", "commenced"), ("which", "commenced"),
                ("had", "begun"), ("had", "started")}


def started_before_admission(tokens: list[str], s: int, k: int) -> bool:
    """'a history of back pain, saddle anaesthesia and retention that began 2 days before admission', 'starting 6 hours
    before presentation': the complaint's own start, said with its onset word right before the time (not 'a history of
    PE, and was well until 3 days before admission' or '..., and the leg swelling began 2 weeks before admission')."""
    return tokens[k].rstrip("s") in ("hour", "day", "week") and (tokens[k + 1:k + 3] in (
        ["before", "presentation"], ["before", "admission"], ["before", "hospitalisation"], ["before", "hospitalization"])
        or tokens[k + 1:k + 4] == ["prior", "to", "admission"]) and tokens[s - 1:s] != ["family"] and not (
        (LATER_CLAUSE - {"which"}) & set(tokens[s + 2:k]) or "which" in tokens[s + 2:k - 4]
        or any(t.isdigit() and len(t) == 4 for t in tokens[s + 2:k])) and (
        tokens[k - 2:k - 1] in ONSET_JUST_BEFORE or tuple(tokens[k - 3:k - 1]) in ONSET_CLAUSE)


# the history's list has ended before the onset ('a history of PE and presented with calf pain that began ...')
# ('a history of PE and developed / was seen with calf pain that began ...', 'History of DVT, which was treated ...':
# reviews 2 and 4; not 'with' or 'was': 'a history of back pain with saddle anaesthesia and retention that began ...' is
# this illness, review 3)
LATER_CLAUSE = {"until", "presented", "presents", "presenting", "presentation", "now", "admitted", "developed", "develops",
                "developing", "seen", "came", "attended", "complained", "complaining", "noticed", "reported", "which",
                "treated", "complicated", "recurrent", "previous"}


TEST_NOUNS = ("ray", "radiograph", "radiography", "ct", "mri", "scan", "ultrasound", "ultrasonography", "biopsy", "study",
              "studies", "immunofluorescence", "culture", "cultures", "serology", "echocardiogram", "echocardiography",
              "test", "tests", "testing", "examination", "exam", "angiography", "doppler", "emg", "electromyography")


def other_subject(tokens: list[str], listed: set[int], last: int, s: int) -> bool:
    """Whether a result at s after a finding ending at last belongs to a test named between them as a subject of its
    own ('periarticular osteopenia and the chest X-ray was normal', 'leukocytoclastic vasculitis and direct
    immunofluorescence was negative'): 'and', then words that are no finding, one of them a test."""
    return any(tokens[k] == "and" and k + 1 < s and not listed & set(range(k + 1, s)) and TEST_NOUNS_SET & set(
        tokens[k + 1:s]) for k in range(last, s))


TEST_NOUNS_SET = frozenset(TEST_NOUNS)


def owned_reason(tokens: list[str], e: int, first: int) -> bool:
    """Whether a denial ending at e reaches the finding at first only through 'for his' ('not on chemotherapy or
    radiation for his lung cancer', 'no treatment for her psoriasis'): the treatment is denied, the disease it would
    be for is the patient's."""
    return any(tokens[k] == "for" and tokens[k + 1] in ("his", "her", "their") or tokens[k] in (
        "treatment", "treatments", "therapy") and tokens[k + 1] in ("of", "for") for k in range(e, first - 1)) or (
        first >= e + 3 and definite_cause(tokens, first))  # 'never got any treatment of hyperuricemia': the
    # hyperuricaemia stays


def definite_cause(tokens: list[str], first: int) -> bool:
    """Whether the finding at first is named as the one a cause was sought for ('no obvious provoking factor for this
    DVT', 'no cause of the fever was found'): it is there, neither denied nor hedged (session 44; not 'no risk
    factors for DVT', 'risk factors for the development of DVT')."""
    for k in range(max(2, first - 5), first):  # the cause, its 'for the' and what stands before the finding: 'no clear
        if tokens[k - 2] in CAUSES and tokens[k - 1] in ("for", "of") and tokens[k] in DEFINITE:  # cause for the sudden
            return not NOT_DEFINITE & set(tokens[k:first])  # leg weakness', '... for the leg swelling and calf pain'; not
    return False  # 'no other cause for the neuropathy, such as diabetes' (the examples are denied: review 3 of session 44)


DEFINITE = ("this", "the", "her", "his", "their")
NOT_DEFINITE = {"such", "including", "like", "e.g", "eg", "as", "development", "occurrence", "onset", "risk", "or", "for",
                "example", "instance", "namely", "particular", "specifically", "was", "were", "is", "are"}  # nor 'a risk
# factor for the development of a peroneal neuropathy'


CAUSES = ("factor", "factors", "cause", "causes", "trigger", "triggers", "reason", "explanation", "source")


def attributive(tokens: list[str], commas, s: int) -> bool:
    """Whether a 'normal' at s is of the word after it ('raised markers, normal serum calcium'), not a result of the
    test before it ('CRP normal, ESR raised')."""
    k = s + 1
    return tokens[s] == "normal" and k < len(tokens) and k not in commas and tokens[k].isalpha() and \
        tokens[k] not in LIST_WORDS + ("except", "apart", "aside", "but", "in", "for")


# a test's own nouns, which do not count against a negation's reach over a list of tests (checker.context._gap)
TEST_WORDS = frozenset(("antibody", "antibodies", "antigen", "antigens", "autoantibody", "autoantibodies", "ab", "ag",
                        "serology", "serologies", "titre", "titres", "titer", "titers", "igg", "igm",
                        "c3", "c4", "complement", "serum", "level", "levels", "marker", "markers"))  # a test's own nouns


DENIALS = ("denied", "denies", "deny", "denying")
LIST_ENDS = ("but", "although", "though", "however", "except", "apart", "she", "he", "they", "was", "were", "is", "are",
             "had", "has", "have", "reported", "complained", "presented", "noted", "developed", "which", "who", "began",
             "started", "followed", "occurred", "appeared", "worsened", "persisted", "resolved", "then")
LIST_ITEM = 5  # words at most in one item of a denied list


NEW_CLAUSE = ("began", "started", "followed", "occurred", "appeared", "worsened", "persisted", "resolved", "developed",
              "was", "were", "is", "are", "had", "has", "have")  # a verb that makes the item before it a clause's subject


def denied_list(tokens: list[str], triggers: list[tuple[int, int]], commas, terminators: list[int]) -> set[int]:
    """The words of the list a 'denied' opens, item by item up to the end of its clause, so that its negation reaches
    a finding after items the reader does not know ('She denied complaints in other joints, fever, skin lesions,
    additional symptoms, tick bites, or exposure'): a denial's list is all denied. It ends at a long item, at 'but',
    and at a new clause's subject or verb ('denied fever, chills and she had leg pain'); the subject of a verb that ends
    it starts a clause the denial does not reach (added to `terminators`: 'She denied air travel, calf pain began after a
    fall')."""
    out: set[int] = set()
    for s, e in triggers:
        if tokens[s] not in DENIALS:
            continue
        k, item = e, []
        while k < len(tokens) and (tokens[k] not in LIST_ENDS or denied_having(tokens, k)):
            if k in commas or tokens[k] in LIST_WORDS:
                out.update(item)  # an item ends: its words are the list's
                item = []
            item.append(k)
            if len(item) > LIST_ITEM:
                break  # a long item is no list's: neither it nor what follows
            k += 1
        if k == len(tokens):  # the list ran to the sentence's end: its last item too (not the subject of a new clause)
            out.update(item)
        subject = [i for i in item if tokens[i] not in LIST_WORDS]
        if k < len(tokens) and tokens[k] in NEW_CLAUSE and subject and len(item) <= LIST_ITEM:
            terminators.append(subject[0])
    terminators.sort()
    return out


def positive_after(tokens: list[str], last: int) -> bool:
    """Whether a test ending at `last` is said positive right after it ('HBsAg was positive', 'HBsAg positive'): its own
    result, which a negative said before it ('ANCA was negative and HBsAg was positive') does not override."""
    k = last + (tokens[last:last + 1] in (["was"], ["were"], ["is"], ["are"]))
    return tokens[k:k + 1] in (["positive"], ["detected"], ["reactive"])


LOOKED_FOR = (["causes", "of"], ["etiologies", "of"], ["aetiologies", "of"])
LOOKED_FOR_REACH = 10  # tokens: 'other potential etiologies of non-pitting LE edema in patients with SLE'
EXAMPLES = frozenset(("such", "including", "like", "eg", "e", "namely", "especially", "particularly"))  # 'e' of 'e.g.'


def looked_for(tokens: list[str], commas, terminators, first: int) -> bool:
    """Whether the finding is what was looked for, named after 'causes of' or 'etiologies of' in the same phrase
    (no comma, terminator or list of examples between): 'tests to investigate other causes of vasculitis were
    negative', 'other potential etiologies of non-pitting LE edema in patients with SLE were excluded' (session 38: the
    edema and the SLE had read absent). Uncertain, never absent: the patient may well have it. The causes themselves,
    named as examples, keep the sentence's polarity ('other causes of leg swelling such as DVT were excluded'; a comma
    is stored at the word after it)."""
    return any(tokens[k:k + 2] in LOOKED_FOR and not any(k < c <= first for c in (*commas, *terminators))
               and not EXAMPLES.intersection(tokens[k + 2:first])
               for k in range(max(0, first - LOOKED_FOR_REACH), first))


def own_verb(tokens: list[str], s: int, e: int, starts, commas=frozenset()) -> bool:
    """Whether the hedge at s..e is a clinician's own verb ('we suspected') with what was suspected right after it,
    which it looks forward to: 'coupled with a history of asthma we suspected EGPA-associated neuropathy' hedges the
    neuropathy, not the asthma (session 38). Not with nothing of its own after it ('gout we suspected on clinical
    grounds', 'ANCA we requested; results to follow') nor in a relative clause ('cellulitis, which we suspected')."""
    return tokens[s - 1:s] in (["we"], ["i"], ["they"]) and tokens[s - 2:s - 1] not in (["which"], ["that"], ["as"]) \
        and any(j in starts and not any(e < c <= j for c in commas) and not {"but", "and", "or"} & set(tokens[e:j])
                for j in range(e, e + 4))  # right after it, in its clause: not 'cellulitis we suspected, but a DVT ...'


RISK_PSEUDO = ("no risk", "no known risk", "no other risk", "no obvious risk", "no apparent risk", "no identifiable risk",
               "no predisposing")


def named_risks(tokens: list[str]) -> set[int]:
    """The 'no' of 'no risk factors such as diabetes': the pseudo-trigger that keeps 'no risk factor for DVT' from
    denying the DVT does not keep the risk factors named after it from being denied (session 38: diabetes had read
    PRESENT)."""
    out = set()
    for s, e in spans(tokens, RISK_PSEUDO):
        k = next((k for k in range(e, min(e + 6, len(tokens))) if tokens[k] in ("such", "including")), None)
        if k is not None and "for" not in tokens[e:k] and not EXAMPLES_END.intersection(tokens[k:k + 8]):  # the list
            out.add(s)  # is all it names: not 'no risk factors for DVT such as surgery', '... such as X that would explain
            # the DVT', '... such as diabetes for peripheral neuropathy' (what they would be risks for stays unread)
    return out


EXAMPLES_END = frozenset(("that", "which", "to", "for", "explain", "explaining", "would", "could"))


def mid_list_cue(tokens: list[str], s: int, e: int, first: int, commas, starts) -> bool:
    """Whether a negation (s, e) written as a noun with a word before it ('global absence of') stands inside a list that
    began with a present finding, with no finding the reader knows in its own item, while `first` lies past that item:
    'he presented distal motor deficit in legs, global absence of profound reflexes, feet amyotrophy,
    hepatosplenomegaly, ...' denies its own item only (session 39: the five signs after it had all read ABSENT)."""
    opened = max((k for k in commas if k <= s), default=None)
    if opened is None or s - opened != 1 or tokens[s] not in ("absence", "loss", "lack") or not any(
            a < opened for a in starts) or {"or", "nor"} & set(tokens[e:first + 8]):  # a noun with its own word before
        return False  # it ('global absence of'), an item of the list; not 'without'/'absence of' opening a list of
        # negatives ('low back pain, without recent trauma, fever, weight loss': review 2 of session 39)
    closed = min((k for k in commas if k > e), default=None)
    return closed is not None and first >= closed and not any(e <= a < closed for a in starts)


def opens_item(tokens: list[str], s: int, e: int, starts, commas) -> bool:
    """Whether a postposed 'absent'/'negative' (s, e) heads the next list item, as the result of what follows it: a
    finding or a test's noun within four words ('cold pale right foot, absent capillary refill', 'swollen right calf,
    negative Homans sign': session 39, review 2 had the foot and the calf ABSENT). Not 'Romberg sign, negative with eyes
    closed' nor 'calf swelling, absent on the left' (review 3)."""
    return (s in commas and e < len(tokens) and tokens[s] in ("absent", "negative") and e not in commas
            and tokens[e] not in LIST_WORDS + COPULAS + ITEM_AFTER
            and (any(e <= a < e + 4 for a in starts) or bool(ITEM_NOUNS & set(tokens[e:e + 4]))))


# a hedge's reason ('Concern for DVT in view of calf swelling and tenderness', 'possible septic arthritis in a patient
# with gout and a hot swollen knee'): the signs after it are the patient's; never in a denied, past or 'free of'
# sentence, where the denial's list goes on ('denied fever in view of her paracetamol use, rigors or night sweats':
# review 3), nor before an 'or' ('..., or ruptured Baker's cyst': the hedge goes on, review 4)
REASONS_GIVEN = ("in view of", "in a patient with", "in a man with", "in a woman with", "given the")
PAST_OR_FREE = {"free", "previously", "treated", "history"}


def hedged_list_ends(tokens: list[str]) -> tuple[int, ...]:
    """Where a hedge stops: a differential's list ends ('Differentials were DVT or cellulitis for the red, hot, swollen
    calf': review 2 of session 41), or a hedge's reason is given; the signs after it stay the patient's."""
    return tuple(end for s, _ in spans(tokens, DIFFERENTIAL_HEDGES) if (end := list_end(tokens, s)) < len(tokens)) + tuple(
        s for s, _ in spans(tokens, REASONS_GIVEN) if not (NEGATION_WORDS | PAST_OR_FREE).intersection(tokens[:s])
        and "or" not in tokens[s:])


def lateral_after_and(tokens: list[str], first: int, commas=frozenset()) -> bool:
    """Whether the finding at `first` is opened by a side right after 'and' ('no fever and unilateral leg swelling', 'no
    rash and left-sided weakness'): its own statement, which a negation before the 'and' does not reach. Not when
    'or'/'nor' goes on the list ('no fever and left or right leg swelling' is still a list of what was not there)."""
    k = first
    while k > 0 and tokens[k - 1] in LATERAL:
        k -= 1
    return k < first and tokens[k - 1:k] == ["and"] and not {"or", "nor"} & set(tokens[k:first + 6]) \
        and not listed_denial(tokens, commas, first)


def denied_having(tokens: list[str], k: int) -> bool:
    """Whether 'had' at k is a denial's own 'denied (ever) having had', 'never having had', 'denied previously having
    had' (not a clause after a comma: 'She denied any trauma, having had leg swelling for 1 week': reviews 2-3 of
    session 45)."""
    if tokens[k] != "had" or not k or tokens[k - 1] not in HAVING_WORDS:
        return False
    n = k - 1
    while n >= 0 and tokens[n] in HAVING_WORDS and k - n <= 4:
        n -= 1
    return "never" in tokens[n + 1:k] or n >= 0 and tokens[n] in DENYING


HAVING_WORDS = ("having", "ever", "never", "previously", "recently", "once")  # between a denial and its 'had'
DENYING = ("denied", "denies", "deny", "denying")  # not a test's 'negative for' (review 2 of session 42)


def listed_denial(tokens: list[str], commas, first: int) -> bool:
    """Whether the negation before the finding at `first` is a denial ('She denied fever, chest pain and left leg
    swelling') or opens a list cut by commas ('No facial droop, dysarthria and left-sided weakness'): the side on its
    last item is still denied (review 1 of session 42)."""
    neg = max((k for k in range(first) if tokens[k] in ("no", "without", "not", "nor", "negative") + DENYING), default=-1)
    return neg >= 0 and (tokens[neg] in DENYING or bool(set(commas) & set(range(neg + 1, first))) or tokens[neg] == "negative"
                         and not OWN_VERBS.intersection(tokens[first:first + 6]))  # 'negative for fever and left leg
    # swelling' denies both; 'negative for DVT and left calf swelling persisted' says the swelling went on (review 3)


OWN_VERBS = frozenset(("persisted", "persists", "progressed", "worsened", "developed", "recurred", "improved", "increased",
                       "resolved", "was", "were", "began", "appeared"))


# words after a comma that open a new statement, beyond the reach of a negation or hedge before the comma: 'with' ('no
# thrombus in either leg, with arteriosclerosis'), and the clinician or patient as a new subject ('Suspected septic
# arthritis, we aspirated the swollen knee': session 42, the knee had read uncertain)
COMMA_BREAKS = frozenset(("with", "we", "she", "he", "they"))
HEDGE_OPENERS = ("suspecting", "suspected")


def new_statement(words: list[tuple[str, int, int]], sentence: str, k: int) -> bool:
    """Whether the comma before word k opens a new statement (COMMA_BREAKS), not an aside inside a list ('No chest
    pain, she says, or shortness of breath': another comma within three words); or closes a sentence-opening hedge
    ('Suspecting compartment syndrome, fasciotomy was performed for the tense swollen calf') that no list goes on
    from ('Suspecting DVT, cellulitis or a ruptured Baker's cyst, ...'; 'Suspected DVT, PE.'). Reviews 1-2, session 42."""
    if words[k][0] in COMMA_BREAKS:
        stop = min(k + 3, len(words) - 1)
        return words[k][0] == "with" or not (stop > k and "," in sentence[words[k][2]:words[stop][1]])
    if words[0][0] not in HEDGE_OPENERS or any("," in sentence[words[j - 1][2]:words[j][1]] for j in range(1, k)):
        return False
    end = next((j for j in range(k + 1, len(words)) if "," in sentence[words[j - 1][2]:words[j][1]]), len(words))
    segment = [w for w, _, _ in words[k:end]]  # up to the next comma: a clause of its own, or the list going on
    return segment[0] in CLAUSE_OPENERS or bool(CLAUSE_VERBS_AFTER.intersection(segment))  # ('Suspected DVT, PE.')


CLAUSE_OPENERS = frozenset(("the", "his", "her", "their", "this", "our", "we", "she", "he", "they", "i"))
CLAUSE_VERBS_AFTER = frozenset(("was", "were", "is", "are", "had", "has", "performed", "requested", "started", "showed",
                                "revealed", "done", "aspirated", "obtained", "ordered", "undertaken", "given"))


DENIED_SCOPE = 16  # words a denying verb reaches over its list ('denied any recent travel to tropical countries, contact
# with sick persons, or fever': session 44; other triggers reach cues.SCOPE)
CLAUSE_WORDS = COPULAS + ("had", "has", "became", "began", "got", "grew", "remained", "worsening", "progressing")
REPORTING = {"says", "said", "reports", "reported", "states", "stated", "noted", "but", "although", "described", "describes",
             "complained", "complains", "mentioned", "endorsed", "endorses"}  # 'denied fever, and described calf pain'


def denial_goes_on(tokens: list[str], s: int, first: int, commas=()) -> bool:
    """Whether a denying verb at s reaches past ', and' to the finding at first (context._and_after_one lets ', and'
    after one item begin a clause of its own only after other triggers): its list goes on ('She denied fever, and
    cough') unless a clause of its own follows ('He denied fever or chills, and leg weakness progressed over 2 days',
    'and calf pain, swelling and erythema were present'; not 'or unexplained weight loss', 'pain in the affected leg',
    'with associated swelling'); a verb right after ', and' is the sentence subject's ('chills, and was admitted')."""
    if tokens[s] not in DENYING:
        return False
    joined = max((k for k in commas if k < first and tokens[k] == "and"), default=first)
    if any(t in CLAUSE_WORDS or t in REPORTING or t.endswith("ed") and (tokens[k - 1] == "and" or tokens[k - 1] in THEN)
           for k, t in enumerate(tokens[joined + 1:first], joined + 1)):
        return False  # 'He denied fever, and described calf pain': a verb of its own before the finding
    for k in range(first + 1, len(tokens)):
        if tokens[k - 1] == "and" and k - 1 in commas or k in commas and tokens[k] in ADVERBIAL:
            return True  # 'She denied fever, and chills, and was admitted', '..., when questioned' (session 45)
        if tokens[k] in CLAUSE_WORDS or tokens[k].endswith("ed") and tokens[k - 1] not in NOT_VERB_AFTER:
            return False
    return True


THEN = ("then", "later", "subsequently", "eventually", "also", "soon", "again", "finally")  # 'and subsequently sustained'
ADVERBIAL = ("when", "as", "until", "since", "on", "by", "after", "if", "once", "upon", "while", "during", "at", "in",
             "before", "although", "though", "per")  # after a comma: the clause's circumstance, not the item's verb
NOT_VERB_AFTER = ("or", "and", "nor", "of", "any", "no", "the", "a", "an", "his", "her", "their", "its", "this", "that",
                  "with")  # '-ed' after these is no verb: 'the affected leg', 'with associated swelling'


def denied_reach(tokens: list[str], s: int, e: int, first: int, scope: int) -> int:
    """How far the trigger at s reaches: a denying verb over its whole list, unless a clause of its own stands
    between ('denied any trauma and says that the calf swelling has worsened')."""
    between = set(tokens[e:first])
    return DENIED_SCOPE if tokens[s] in DENYING and not between & (set(CLAUSE_WORDS) | REPORTING) else scope

"""A bare finding whose site the sentence names after a verb (checker.extract, after the lexicon's own readings):
'pain was localized to the right thigh' is thigh pain, 'weakness involved both legs' leg weakness, 'muscle weakness
was most marked in the hip flexors' hip flexor weakness, 'pain that started in the lower back' low back pain.

The lexicon reads a site written right after its noun ('pain in the thigh', 'weakness, predominantly in the lower
limbs'); here the noun is followed by words that only place it (a copula, 'localized', 'involved', 'most marked',
'that started in') and then a site. Nothing else may stand between them: a negation, a result or another finding
stops the search ('pain was absent in the right leg' stays as the sentence reads it), and the site must be free
(not read as a finding of its own). The finding is read again at the site only where the knowledge base has a term
for the noun there, and its span grows to the site, so the reviewer sees the words that placed it.
"""
from __future__ import annotations

import re
from collections import Counter

from legpain_gui.checker.cues import FAMILY
from legpain_gui.checker.lexicon import NOT_A_FINDING, SITES, Lexicon
from legpain_gui.checker.sites import SITE_FILLERS, site_at
from legpain_gui.checker.vocabulary import NEGATION_WORDS

NOUNS = {("pain",): "pain", ("weakness",): "weakness", ("muscle", "weakness"): "weakness", ("paresis",): "weakness", ("swelling",): "swelling",
         ("numbness",): "numbness", ("tenderness",): "tenderness", ("stiffness",): "stiffness",
         ("tingling",): "tingling", ("paresthesia",): "paresthesia", ("paresthesias",): "paresthesia",
         ("edema",): "edema", ("oedema",): "edema"}
PLACING = {"was", "were", "is", "are", "had", "has", "been", "localized", "localised", "located", "confined",
           "predominantly", "predominant", "mainly", "mostly", "most", "more", "marked", "prominent", "pronounced",
           "involved", "involving", "affected", "affecting", "that", "which", "started", "began", "starting",
           "beginning", "initially", "first", "in", "within", "to", "at", "over", "on", "of", "felt", "especially",
           "particularly", "maximal", "maximum", "worst", "greatest", "centred", "centered", "primarily"}
STOPS = {"no", "not", "without", "absent", "normal", "resolved", "denied", "never", "nor", "radiated", "radiating",
         "spread", "spreading", "extended", "extending"}  # 'pain radiated to the leg' is radiating pain, read elsewhere
REACH = 7  # placing words at most between the noun and the site


def _site(tokens: list[str], j: int) -> tuple[int, tuple[str, ...]] | None:
    """(the index after the site, the site) when one starts at j, fillers first."""
    at = site_at(SITES, tokens, j, fillers=SITE_FILLERS)
    return (j + at[0], at[1]) if at else None


INTENSITY = {"increasing", "progressive", "severe", "mild", "marked", "moderate", "intense", "worsening", "acute"}
LINKS = ("in", "within", "to", "at", "over", "on", "of", "involved", "involving", "affected", "affecting")


def _site_of(tokens: list[str], a: int, b: int) -> tuple[str, ...] | None:
    """The site a match (a, b) ends on ('swelling involving both knee joints': the knee joints), if any."""
    for k in range(a + 1, b):
        at = _site(tokens, k)
        if at and at[0] == b and tokens[k - 1] in LINKS + SITE_FILLERS:
            return at[1]
    return None


def placed(lexicon: Lexicon, tokens: list[str], matches: list[tuple[int, int, str, str | None]],
           comma=None) -> list[tuple[int, int, str, str | None]]:
    """The matches, with a bare noun read again at the site the sentence places it (module text); `comma(j)` says
    whether a comma stands before token j (a comma ends the search: 'pain, swelling of the knee' is not knee pain),
    unless it joins a list of findings that ends in 'and' or 'or' before the site ('pain, coldness, and tingling in
    the right foot', 'pain and increasing swelling involving both knee joints': each at the site)."""
    taken = {i for a, b, _, _ in matches for i in range(a, b)}
    count = Counter(a for a, _, _, _ in matches)  # a noun read at several sites already ('pain of his arms and legs')
    starts = {a: (a, b, hpo, said) for a, b, hpo, said in matches if count[a] == 1}
    new: dict[int, tuple[int, int, str, str | None]] = {}
    for a, b, hpo, said in matches:
        if a in new or a not in starts or NOUNS.get(tuple(tokens[a:b])) is None or said is not None:
            continue
        j, listed, site, end = b, [(a, b, hpo)], None, b
        while j < len(tokens) and j - b <= REACH + 4 * (len(listed) - 1):
            k = j
            while k < len(tokens) and (tokens[k] in ("and", "or") or tokens[k] in INTENSITY):
                k += 1
            joined = k > j and "and" in tokens[j:k] or "or" in tokens[j:k] or comma and comma(j)
            if k in starts and joined and starts[k][1] - k <= 5 and starts[k][3] is None:
                m = starts[k]
                site = _site_of(tokens, m[0], m[1])
                listed.append(m[:3])
                if site:
                    end = m[1]
                    break
                j = m[1]
                if comma and comma(j) and not (j + 1 in starts or tokens[j] in ("and", "or")):
                    break
                continue
            if j in taken or (comma and comma(j)) or tokens[j] in STOPS:
                break
            at = _site(tokens, j)
            if at and tokens[j - 1] in LINKS and not taken.intersection(range(j, at[0])):
                site, end = at[1], at[0]
                break
            if tokens[j] not in PLACING:
                break
            j += 1
        if site is None or len(listed) > 1 and not any(t in ("and", "or") for t in tokens[a:end]):
            continue
        for x, y, h in listed:
            noun = NOUNS.get(tuple(tokens[x:y])) or " ".join(tokens[x:y])
            term = lexicon.site_noun(site, noun)
            if not term and len(site) > 1 and site[0] in ("lower", "upper", "proximal", "distal"):
                term = lexicon.site_noun(site[1:], noun)  # 'in both lower thighs': the thighs'
            if term and term != NOT_A_FINDING and term != h and not _site_of(tokens, x, y):
                new[x] = (x, end if len(listed) == 1 else y, term, None)
    return [new.get(m[0], m) for m in matches]


# paraplegia, paraparesis (both legs) -> paralysis (HPO has no one-leg paralysis; paralysis keeps the acute limb
# ischaemia rule's 'painful paralysed leg'), lower limb muscle weakness
ONE_LEG = {"HP:0010550": "HP:0003470", "HP:0002385": "HP:0007340"}
BOTH_SAID = {"paraplegia", "paraparesis", "paraplegic", "paraparetic", "diplegia"}
HEMIPLEGIA = "HP:0002301"
LIMBS = re.compile(r"\b(?:legs|limbs|extremities|feet)\b", re.I)


def one_leg(tokens: list[str], matches: list[tuple[int, int, str, str | None]], written=lambda a, b: ""):
    """'paralysis of the right leg', 'right lower extremity pain, paresthesia and paralysis': a leg's paralysis read at
    its site is paraplegia only when both legs are meant; one side named in it, and neither 'both' nor 'bilateral', is
    one leg's paralysis (session 39). A word that says both legs itself ('paraplegia', 'paraparesis') stays, and so
    does a reading whose words, as `written`, name limbs ('paralysis of the right and left legs')."""
    out = []
    for a, b, hpo, said in matches:
        near = tokens[a:b]  # the side said with the limb, inside the reading ('paralysis of the right leg'), not a
        # side nearby ('after a fall onto his right side, paralysis of the legs'; review, session 39)
        one_side = ("left" in near) != ("right" in near) and not {"both", "bilateral", "bilaterally"} & set(near)
        if hpo in ONE_LEG and not BOTH_SAID & set(near) and one_side and {"upper", "arm"} & set(near):
            hpo = HEMIPLEGIA  # 'paralysis of the right upper and lower limbs': one side's arm and leg (review 2)
        elif hpo in ONE_LEG and not BOTH_SAID & set(near) and not LIMBS.search(written(a, b)) and one_side:
            hpo = ONE_LEG[hpo]
        out.append((a, b, hpo, said))
    return out


CONFUSION = "HP:0001289"
CONFUSED_SUBJECT = (["was"], ["were"], ["is"], ["found"], ["became"], ["appeared"], ["and"], ["remained"], ["patient"],
                    ["he"], ["she"], ["very"], ["acutely"])  # a patient who is confused ('he was found confused by ...')


def mistaken_not_confused(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'a plantaris rupture confused by the radiology resident with DVT': one thing taken for another, not a confused
    patient (session 39); 'confused and drowsy' and 'he was found confused by his daughter' stay. ('confused with' right
    after is never read as confusion: checker.unfindings.)"""
    return [m for m in matches if not (m[2] == CONFUSION and tokens[m[1] - 1] == "confused"
                                       and tokens[m[1]:m[1] + 1] == ["by"] and "with" in tokens[m[1] + 1:m[1] + 6]
                                       and tokens[m[0] - 1:m[0]] not in CONFUSED_SUBJECT)]


RECTAL = {"rectal", "pr", "anal", "dre", "sphincter", "per-rectal"}
HYPERTONIA, HYPOTONIA, WEAK_ANAL_TONE = "HP:0001276", "HP:0001252", "HP:0034917"


def anal_tone(tokens: list[str], matches: list) -> list:
    """In a sentence on the rectal examination, a bare 'tone' is the anal sphincter's: 'digital rectal examination
    revealed normal tone' (no limb hypertonia absent, which contradicted a spastic paraparesis), 'PR: reduced tone'
    (weak anal tone, a cauda equina sign). Increased tone stays as read."""
    if not RECTAL.intersection(tokens):
        return matches
    out = []
    for a, b, hpo, said in matches:
        bare = "tone" in tokens[a:b] and not {"muscle", "limb", "limbs", "leg", "legs", "muscular"} & set(tokens[a:b])
        if bare and (hpo == HYPOTONIA or hpo == HYPERTONIA and "normal" in tokens[max(0, a - 1):b]):
            hpo = WEAK_ANAL_TONE
        out.append((a, b, hpo, said))
    return out


INABILITY_TO_WALK = "HP:0002540"
BED_BOUND = {"bound", "bedbound"}  # 'bed bound', 'bed-bound' (split at the hyphen), 'bedbound'
RELATIVES = {w for w in FAMILY if " " not in w}  # a carer's relative near it: 'his bed-bound elderly mother'
BASELINE = {"baseline", "chronically", "permanently", "longstanding", "resident", "nursing"}  # 'bed-bound at baseline',
# 'a nursing home resident': no new loss; 'long-term', 'long-standing' (split at the hyphen); 'for N months or years',
# 'since her stroke in 2015' after it


RECENT_UNITS = {"hour", "day", "week", "hr", "h", "d"}
RECENT_SINCE = {"yesterday", "morning", "admission", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday", "last", "this"}  # not 'since then' (after a dated stroke: review 5)
RECENT_BEFORE = {"now", "newly", "became", "become", "suddenly", "acutely", "rapidly"}


def _recent(tokens: list[str], a: int, b: int) -> bool:
    """Bed bound said as new ('for 3 days', 'since yesterday', 'now bed bound'); otherwise a baseline (review 4: read
    nothing, as before session 41, rather than an acute loss of walking)."""
    after = tokens[b:b + 5]
    return bool(RECENT_BEFORE.intersection(tokens[max(0, a - 3):a])) or any(
        t == "for" and RECENT_UNITS.intersection(after[k + 1:k + 4]) for k, t in enumerate(after)) or any(
        t == "since" and RECENT_SINCE.intersection(after[k + 1:k + 3]) for k, t in enumerate(after))


def _baseline(tokens: list[str], a: int, b: int) -> bool:
    """Bed bound said as a baseline near it: 'at baseline', 'long-term', 'for 6 months', 'since her stroke in 2015'."""
    before, after = tokens[max(0, a - 3):a], tokens[b:b + 7]
    return bool(BASELINE.intersection(before + after)) or any(before[k:k + 2] in (["long", "term"], ["long", "standing"])
                                                              for k in range(len(before))) or bool(
        {"month", "months", "year", "years"}.intersection(after)) or any(t.isdigit() and len(t) == 4 for t in after) or (
        "since" in after and "stroke" in after)


WALKING_NOW = {"walk", "walks", "walking", "mobilising", "mobilizing", "mobile", "ambulating", "ambulate", "ambulates", "ambulant"}


def bed_bound_before(tokens: list[str], matches: list) -> list:
    """Bed bound is an inability to walk only when said to be new (`_recent`: review 4 of session 41) and not a
    baseline; never a relative's state near it ('his bed-bound elderly mother', 'her husband, who is bed bound'), nor
    one walking now ('bed bound for 2 days after surgery but now walks independently': review 2 of session 40). 'Bed
    bound for 3 days because her legs are too weak' stays."""
    return [m for m in matches if not (m[2] == INABILITY_TO_WALK and BED_BOUND.intersection(tokens[m[0]:m[1]]) and (
        RELATIVES.intersection(tokens[m[1]:m[1] + 3]) or RELATIVES.intersection(tokens[max(0, m[0] - 5):m[0]]) and "who" in
        tokens[max(0, m[0] - 3):m[0]] or not _recent(tokens, m[0], m[1]) or _baseline(tokens, m[0], m[1]) or any(
            t == "now" and WALKING_NOW.intersection(tokens[k + 1:k + 4]) and not {"cannot", "not", "unable", "no", "never"}
            .intersection(tokens[k + 1:k + 4]) for k, t in enumerate(tokens[m[1]:], m[1]))))]


INJURY = "HP:0031135"


def fall_not_denied(tokens: list[str], matches: list) -> list:
    """'He had no pain following a fall last month', 'denied any head injury after a fall': a denied symptom before
    'after/following a fall' never denies the fall itself, which happened (review 3 of session 40; a terminator had
    cut a denial's whole list in half: review 1 of session 41). A value's fall ('a fall in platelet count') is none."""
    matches = [m for m in matches if not (m[2] in (INJURY, FALLS) and tokens[m[1]:m[1] + 1] == ["in"] and FALLING_VALUES
                                          .intersection(tokens[m[1] + 1:m[1] + 3]))]  # 'following a fall in platelet count'
    def happened(a: int) -> bool:  # a symptom or harm denied before it, and no negation or hedge of the fall's own
        last = max((y for x, y, h, _ in matches if h not in (INJURY, FALLS) and y <= a), default=None)
        return last is not None and not OWN_DOUBT.intersection(tokens[last:a]) or bool(
            DENIED_HARM.intersection(tokens[max(0, a - 3):a]))
    return [(a, b, hpo, "present" if hpo in (INJURY, FALLS) and not said and tokens[a] in ("after", "following")
             and happened(a) else said) for a, b, hpo, said in matches]


def source_not_denied(tokens: list[str], matches: list) -> list:
    """What a denied symptom came 'from the' is there: 'denied itch or pain from the rash' (review 2 of session 41;
    'from the' as a scope terminator had cut denied lists in half)."""
    return [(a, b, hpo, "present" if not said and a >= 2 and tokens[a - 2:a] == ["from", "the"] and
             NEGATION_WORDS.intersection(tokens[:a - 2]) else said) for a, b, hpo, said in matches]


OWN_DOUBT = {"not", "never", "no", "nor", "without", "may", "might", "possibly", "probably", "whether", "unclear",
             "or", "before"}  # 'did not start after a fall', 'may have started after a fall', 'before or after a fall'


FALLS = "HP:0002527"
FALLING_VALUES = {"platelet", "platelets", "haemoglobin", "hemoglobin", "hb", "blood", "sodium", "potassium", "gfr",
                  "egfr", "pressure", "count", "saturation", "saturations"}  # a laboratory value falling: no fall
DENIED_HARM = {"injury", "injurie", "injuries", "trauma", "fracture", "bruising", "bruise", "bruizing", "bruize", "symptom", "symptoms"}

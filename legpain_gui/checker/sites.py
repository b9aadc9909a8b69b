"""A finding said of several sites at once, and a site named before its finding (checker.lexicon calls this at
each token, beside its phrase lookups):

- sites joined by 'and', 'or' share the finding: 'swelling of the knees and ankles' is knee and ankle swelling,
  'pain in both hands and feet' hand and foot pain, 'knee and ankle swelling' the same, the site first;
- a bare 'upper', 'lower', 'proximal' or 'distal' shares the next site's noun: 'induration of his right upper
  and left lower limbs' is the upper and the lower limb's, 'weakness of the upper and lower extremities' arm
  and leg weakness;
- a site before a noun it has no phrase with ('calf tenderness', 'left thigh tenderness') is read at the site
  as noun_at reads it (a tenderness is the site's pain: pain elicited by pressure);
- findings listed before one shared site ('pain and swelling of the right leg': shared_site), and a kind of pain
  with a term of its own at a site ('radiating pain to the left leg': kind_of_pain, both the kind and the leg pain).

Each finding is read only where the knowledge base has a term for the noun at that site; a site without one
is passed over, and the span covers every site, so a negation before it reaches them all.
"""
from __future__ import annotations

from legpain_gui.checker.vocabulary import (JOINT_NOUNS, JOINTS, NEGATION_WORDS, SITE_ALIKE, SITE_LINKS,
                                            SITE_PARENT)

COORDINATORS = ("and", "or")
MODIFIERS = ("upper", "lower", "proximal", "distal")  # share the next site's noun: 'upper and lower limbs'
ORDINALS = ("first", "second", "third", "fourth", "fifth")
SITE_FILLERS = ("the", "both", "his", "her", "their", "bilateral", "left", "right", "all", "each", "any", "a", "an",
                "big", "great", "little", "whole", "entire", "of", "affected", "involved", "ipsilateral", "contralateral") + ORDINALS  # "big toe", "little finger", "third toe",
# "first metatarsophalangeal joint": the site is the toe, the finger, the joint; "the whole leg" is the leg
FILLERS = SITE_FILLERS + ("four",)  # before coordinated sites: "all four limbs"
MAX_SITES = 4


def comma_before(words, text: str, j: int, marks: str = ",") -> bool:
    """Whether a comma (or another of `marks`) stands between word j - 1 and word j (`words`: (token, start, end) in
    `text`); the tokens themselves carry no punctuation."""
    return 0 < j < len(words) and any(mark in text[words[j - 1][2]:words[j][1]] for mark in marks)


POSITIONS = ("lateral", "medial", "anterior", "posterior", "dorsal", "plantar", "volar", "palmar", "inner", "outer",
             "front", "extensor", "flexor")
ASPECTS = ("aspect", "surface", "side", "border")  # 'on the lateral aspect of the ankle': the ankle


def past_aspect(tokens: list[str], j: int, fillers=SITE_FILLERS) -> int:
    """The token after 'the lateral aspect of the', 'the dorsal surface of', 'the back of the' at j (the site
    follows: 'pain in the back of the thigh' is the thigh's, not back pain), or j."""
    k = j
    while k < len(tokens) and tokens[k] in POSITIONS:
        k += 1
    if tokens[k:k + 2] == ["back", "of"] or (
            k > j and tokens[k:k + 1] and tokens[k] in ASPECTS and tokens[k + 1:k + 2] == ["of"]):
        k += 2
        while k < len(tokens) and tokens[k] in fillers:
            k += 1
        return k
    return j


def _between_ordinals(tokens: list[str], j: int) -> bool:
    """Whether token j joins two ordinals of one site ('the second and third metatarsophalangeal joints')."""
    return 0 < j < len(tokens) - 1 and tokens[j] in COORDINATORS and tokens[j - 1] in ORDINALS \
        and tokens[j + 1] in ORDINALS


def site_at(sites: set, tokens: list[str], k: int, fillers=FILLERS, bare_modifier: bool = False, comma=None
            ) -> tuple[int, tuple[str, ...]] | None:
    """(tokens used, site) of the longest run of site words at k (up to three), `fillers` before it skipped; a
    site ending in a bare modifier ('upper', 'distal') only with `bare_modifier`; never across a comma (where
    `comma(j)` says one stands before token j: 'knees, ankles' is two sites)."""
    j = k
    while j < len(tokens) and (tokens[j] in fillers or _between_ordinals(tokens, j)):
        j += 1
    j = past_aspect(tokens, j, fillers)
    for m in (3, 2, 1):
        site = tuple(tokens[j:j + m])
        if comma and any(comma(x) for x in range(j + 1, j + m)):
            continue
        if len(site) == m and sites.issuperset(site) and (bare_modifier or site[-1] not in MODIFIERS):
            return j + m - k, site
    return None


def coordinated_sites(sites: set, tokens: list[str], k: int, comma=None, comma_list: bool = True
                      ) -> tuple[int, list[tuple[str, ...]]] | None:
    """(tokens used, sites) of two or more sites joined by 'and' / 'or' at k ('the knees and ankles', 'right
    upper and left lower limbs', 'both hands and feet'), or by commas where `comma(j)` says a comma stands
    before token j ('the right knee, both elbows and both shoulders'), a bare modifier given the next site's
    noun; None if fewer than two."""
    found, end, starts, closed = [], k, [], False
    while len(found) < MAX_SITES:
        at = site_at(sites, tokens, end, bare_modifier=True, comma=comma)
        if not at:
            break
        found.append(at[1])
        starts.append(end)
        end += at[0]
        if end + 1 < len(tokens) and tokens[end] in COORDINATORS and site_at(sites, tokens, end + 1, bare_modifier=True):
            end += 1
            closed = True  # 'and' joins a list's last item: 'over the buttocks and legs, ankle pain' ends at 'legs'
            continue
        if comma and comma_list and not closed and end < len(tokens) and comma(end) and \
                site_at(sites, tokens, end, bare_modifier=True):
            continue
        break
    if found and end < len(tokens) and tokens[end] == "drop":  # 'pain in the thigh and foot drop': the last
        found.pop()  # 'site' begins a finding of its own (foot drop, wrist drop)
        end = starts.pop()
        end -= 1 if end > k and tokens[end - 1] in COORDINATORS else 0
    if len(found) < 2:
        return None
    if found[-1][-1] in MODIFIERS:
        return None  # 'upper and lower' with no noun after them
    noun = found[-1][-1]
    out = [s + (noun,) if s[-1] in MODIFIERS else s for s in found]  # 'upper and lower limbs'
    return end - k, out


def _terms(lexicon, sites: list[tuple[str, ...]], noun: str) -> list[str]:
    out = []
    for site in sites:
        hpo = lexicon.site_noun(site, noun)
        if hpo and hpo not in out:
            out.append(hpo)
    return out


def linked(tokens: list[str], i: int, links=("on", "over", "around")) -> bool:
    """Whether the site at i ends an earlier finding's words ('a rash on both legs and back pain': the legs are the
    rash's, so no 'leg pain' is read from the 'and'); only after a place's word ('complained of leg and back pain',
    'weakness in the legs and ...' are left as they were)."""
    k = i - 1
    while k > 0 and tokens[k] in SITE_FILLERS:
        k -= 1
    return i > 0 and tokens[k] in links


def spread(lexicon, sites: set, links: tuple, tokens: list[str], i: int, words=(), text: str = ""
           ) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of a finding at several sites, or of a site before its
    finding, at i; None if there is none."""
    def comma(j: int) -> bool:
        return comma_before(words, text, j)

    # the finding first: 'swelling of the knees and ankles', 'weakness in the upper and lower limbs'
    for n in (2, 1):
        noun = " ".join(tokens[i:i + n])
        j = i + n
        if j >= len(tokens) or tokens[j] not in links or len(tokens[i:i + n]) < n:
            continue
        at = coordinated_sites(sites, tokens, j + 1, comma)
        if at:
            found = _terms(lexicon, at[1], noun)
            if found:
                end = j + 1 + at[0]
                return end - i, [(i, end, hpo, None) for hpo in found]
    # the site first: 'knee and ankle swelling', 'calf tenderness'; not a site ending an earlier finding's words
    if linked(tokens, i):
        return None
    at = coordinated_sites(sites, tokens, i, comma if text else None, comma_list=False)  # no site across a comma
    if not at:
        one = site_at(sites, tokens, i, fillers=())
        at = one and (one[0], [one[1]])
    if not at:
        return None
    end = i + at[0]
    if text and comma(end):
        return None  # 'over the buttocks and legs, ankle pain': the sites end a phrase; the pain is the ankle's
    out: list = []
    sited = 0  # items read at the site; the run ends after the last of them
    while True:  # 'knee and calf pain and swelling', 'lower extremity myalgia, weakness, and stiffness'
        start = end
        if out:  # the next item is joined by 'and' / 'or' or by a comma (the tokens have no punctuation)
            if start < len(tokens) and tokens[start] in COORDINATORS:
                start += 1
            elif not comma(start):
                break
        item = _item(lexicon, at[1], tokens, start)
        if not item:
            break
        n, found, at_site = item
        if out and not at_site and found[0] in WHOLE_BODY:
            break  # 'calf pain, fever, myalgias': a finding of the whole body ends the site's run
        if start + n < len(tokens) and tokens[start + n] in links and site_at(sites, tokens, start + n + 1):
            break  # 'leg swelling, pain in the arm': that item has a site of its own
        if start + n < len(tokens) and (site_at(sites, tokens, start + n, fillers=()) or site_at(
                sites, tokens, start + n + 1, fillers=()) and tokens[start + n] in ("red", "swollen", "dry", "gritty")):
            break  # 'heel pain and sore red eyes': the item is said of a site after it
        out += [(i if not out else start, start + n, hpo, None) for hpo in found]
        end = start + n
        if at_site:
            sited = len(out)
    out = out[:sited]  # an item read as itself after the last one read at the site is left to the lexicon
    return (out[-1][1] - i, out) if out else None


WHOLE_BODY = {"HP:0001945", "HP:0001824", "HP:0012378", "HP:0030166", "HP:0025143", "HP:0033834"}  # fever, weight
# loss, fatigue, night sweats, chills, malaise: said of the whole body, never of a site


def _item(lexicon, site: list[tuple[str, ...]], tokens: list[str], start: int) -> tuple[int, list, bool] | None:
    """(tokens, terms, read at the site) of the finding at `start`: at the sites where it has a term there,
    else as itself (a phrase of its own: 'myalgia' in 'leg myalgia, weakness and stiffness')."""
    for n in (2, 1):
        if start + n <= len(tokens):
            found = _terms(lexicon, site, " ".join(tokens[start:start + n]))
            if found:
                return n, found, True
    for n in (2, 1):
        hpo = lexicon.phrases.get(tuple(tokens[start:start + n])) if start + n <= len(tokens) else None
        if hpo:  # not NOT_A_FINDING (""): a phrase read as a whole so that nothing is read inside it
            return n, [hpo], False
    return None


def noun_at(phrases: dict, site: tuple[str, ...], noun: str) -> str | None:
    """The term of `noun` at `site` ('knee' + 'swelling'); a joint's swelling with no term of its own
    is joint swelling."""
    key = tuple(noun.split())
    if len(site) > 1 and site[-1] == "joint" and site[-2] in JOINTS:
        site = site[:-1]  # 'pain in the ankle, knee and elbow joints': the elbow's
    hpo = phrases.get(site + key) or phrases.get(site + SITE_ALIKE.get(key, ("",)))
    if hpo is None and len(site) == 2 and site[0] in ("proximal", "distal") and site[1] in JOINTS:
        site = site[1:]  # 'proximal interphalangeal' with no term of its own: a joint's
    if hpo is None and len(site) == 1 and site[0] in JOINTS:
        joint = JOINT_NOUNS.get(key, key[1:] if key[0] == "joint" and len(key) > 1 else None)
        hpo = joint and phrases.get(site + joint)  # 'joint pain involving the knee': knee pain
        hpo = hpo or phrases.get(site + ("joint",) + key) or phrases.get(("joint",) + key)
    if hpo is None and len(site) == 1 and site[0] in SITE_PARENT:
        return noun_at(phrases, SITE_PARENT[site[0]], noun)
    if hpo is None and len(site) == 2 and site[0] in ("lower", "upper") and site[1:] in SITE_PARENT.values():
        return noun_at(phrases, site[1:], noun)  # 'ulcers on the lower legs' with no term of their own: the legs'
    return hpo


def shared_site(lexicon, tokens: list[str], i: int, words=(), text: str = "") -> tuple[int, list] | None:
    """'pain and swelling of the right leg', 'swelling, pain and discolouration of the left leg': findings
    listed (by commas, 'and', 'or') before one site, each read at that site where it has a term there (leg
    pain, leg swelling), else as itself, when two or more have one, or one of a pair ('swelling and erythema of
    the right leg': leg swelling and erythema; 'fever, weakness and erysipelas of the leg' stays as it was); and at
    each further site joined to it
    ('pain and stiffness in both shoulders and both hips')."""
    nouns, j, joined = [], i, False
    while j < len(tokens) and len(nouns) < 5:
        n = 2 if lexicon.phrases.get(tuple(tokens[j:j + 2])) else 1  # a noun: checked at its site below
        if tokens[j] in SITE_LINKS or tokens[j] in COORDINATORS:
            break
        nouns.append((j, j + n))
        j += n
        if j < len(tokens) and (tokens[j] in COORDINATORS or tokens[j] == "with" and len(nouns) == 1):
            j, joined = j + 1, True  # 'pain with swelling of the right calf'
        elif not comma_before(words, text, j):
            break
    if len(nouns) < 2 or not joined or j >= len(tokens) or tokens[j] not in SITE_LINKS:
        return None
    comma = (lambda k: comma_before(words, text, k)) if text else None
    at = lexicon._site_at(tokens, j + 1, comma)
    if not at:
        return None
    sited = [lexicon.site_noun(at[1], " ".join(tokens[a:b])) for a, b in nouns]
    if sum(1 for h in sited if h) < min(2, len(nouns) - 1) or any(not h and tuple(tokens[a:b]) not in lexicon.phrases
                                             for (a, b), h in zip(nouns, sited)):
        return None
    end = j + 1 + at[0]
    out = [(a, end if k == len(nouns) - 1 else b, h or lexicon.phrases[tuple(tokens[a:b])], None)
           for k, ((a, b), h) in enumerate(zip(nouns, sited))]
    while end < len(tokens) - 1 and (tokens[end] in COORDINATORS or comma_before(words, text, end)):
        step = 1 if tokens[end] in COORDINATORS else 0  # '... in both shoulders and both hips', '... wrists, knees'
        more = lexicon._site_at(tokens, end + step, comma)
        if not more:
            break
        for a, b in nouns:
            hpo = lexicon.site_noun(more[1], " ".join(tokens[a:b]))
            if hpo:
                out.append((a, b, hpo, None))
        end += step + more[0]
    return end - i, [m for m in out if m[2]]  # a phrase read as a whole names no finding


PAIN_LINKS = ("of", "in", "over", "involving", "affecting", "on", "to", "down", "into", "through", "along")


def kind_of_pain(lexicon, sites: set, tokens: list[str], i: int) -> tuple[int, list] | None:
    """'radiating pain to the left leg', 'burning pain in both feet', 'left lower extremity radiating pain', 'muscle
    pain in both legs': a pain with a term of its own (radiating, burning, shooting, muscle) said at a site is that
    pain and the site's pain."""
    plain = lexicon.phrases.get(("pain",))

    def kind_at(k: int) -> str | None:
        hpo = lexicon.phrases.get(tuple(tokens[k:k + 2])) if tokens[k + 1:k + 2] == ["pain"] else None
        return hpo if hpo and hpo != plain and (tokens[k] not in sites or tokens[k] == "muscle") else None

    found = None
    if i + 2 < len(tokens) and (kind := kind_at(i)) and tokens[i + 2] in PAIN_LINKS:
        at = site_at(sites, tokens, i + 3)
        if at:
            found = kind, noun_at(lexicon.phrases, at[1], "pain"), i + 3 + at[0]
    elif (at := site_at(sites, tokens, i, fillers=SITE_FILLERS)) and i + at[0] + 1 < len(tokens) and (
            kind := kind_at(i + at[0])):
        found = kind, noun_at(lexicon.phrases, at[1], "pain"), i + at[0] + 2
    # a negation before it in the sentence or just after: 'no radiating pain to the legs' denies the radiation, not
    # the leg pain, so the site's pain is left unread (the kind alone is read, and negated, as before)
    if not found or not found[1] or found[1] == found[0] or NEGATION_WORDS.intersection(tokens[:found[2] + 3]):
        return None
    kind, site_pain, end = found
    return end - i, [(i, end, kind, None), (i, end, site_pain, None)]


def past_site(lexicon, tokens: list[str], j: int) -> int:
    """The token after a site said between a thing examined and its result ('sensation in the feet was reduced'), or
    j itself (checker.lexicon._result)."""
    if j < len(tokens) and tokens[j] in SITE_LINKS:
        k = j + 1
        while k < len(tokens) and tokens[k] in SITE_FILLERS:
            k += 1
        at = lexicon._site_at(tokens, k)
        if at:
            return k + at[0]
        if k > j + 1 and tokens[k - 1] in ("left", "right", "both") and tokens[k:k + 1] in (["side"], ["sides"]):
            return k + 1  # 'deep tendon reflexes of left side were hypoactive' (session 39)
    return j

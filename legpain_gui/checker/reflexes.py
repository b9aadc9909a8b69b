"""A tendon reflex written with its grade on the usual 0-4 scale (checker.lexicon calls `reflex_graded` at each
token): 'reflexes 1+ throughout', 'knee jerks 3+ bilaterally', 'DTRs +4', 'ankle reflexes 0'. Grade 0 is the reflex
absent, 1+ reduced, 2+ normal (read over, saying nothing), 3+ and 4+ brisk; the reflex's site (ankle, knee) picks the
term when HPO has one ('absent ankle reflex'), else areflexia, hyporeflexia or hyperreflexia. A grade needs its plus
sign, or is 0: a bare number after a reflex ('reflexes 2 weeks later') is no grade, and one followed by '/' is a
power grade ('4/5')."""
from __future__ import annotations

import re

from legpain_gui.checker.vocabulary import REFLEXES, SAID_UNOBTAINABLE

SITES = {"ankle": "ankle", "achilles": "ankle", "knee": "knee", "patellar": "knee", "biceps": None, "bicep": None,
         "triceps": None, "tricep": None, "supinator": None, "brachioradialis": None}
NAMES = ("reflex", "jerk", "dtr")
VERBS = ("were", "was", "are", "is")
FILLERS = VERBS + ("graded", "grade", "at", "of", "all")
GRADE = re.compile(r"\s*\(?\s*(\+?)\s*([0-4])\s*(\+*)(?!\s*/|\d|\.\d)")
KINDS = {0: ("absent", "areflexia"), 1: ("reduced", "hyporeflexia"), 3: ("brisk", "hyperreflexia"),
         4: ("brisk", "hyperreflexia")}


def _grade(text: str, words, k: int) -> tuple[int, int] | None:
    """(grade, tokens used) of a reflex grade written from token k ('1+', '+4', '0'), or None."""
    if k >= len(words) or not 0 < k:
        return None
    start = words[k - 1][2]  # from the word before: the sign may come first ('+4')
    m = GRADE.match(text[start:])
    if not m or not (m.group(1) or m.group(3) or m.group(2) == "0"):
        return None
    end, n = start + m.end(), 0
    while k + n < len(words) and words[k + n][1] < end:
        n += 1
    return int(m.group(2)), max(n, 1)


def reflex_graded(phrases: dict, tokens: list[str], i: int, words, text: str) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, state)]) of a graded tendon reflex at i, or None."""
    if not text:
        return None
    j, site = i, None
    j += tokens[j:j + 2] == ["deep", "tendon"] and 2 or tokens[j] == "tendon"
    if j < len(tokens) and tokens[j] in SITES:
        site, j = SITES[tokens[j]], j + 1
        j += tokens[j:j + 1] == ["tendon"]
    if j >= len(tokens) or tokens[j] not in NAMES:
        return None
    j += 1
    while j < len(tokens) and tokens[j] in FILLERS and not _grade(text, words, j):
        j += 1
    found = _grade(text, words, j)
    if not found:
        return None
    end = j + found[1]
    if found[0] == 2:
        return end - i, []  # normal: nothing said
    said, general = KINDS[found[0]]
    hpo = site and phrases.get((said, site, "reflex")) or phrases.get((general,))
    return (end - i, [(i, end, hpo, None)]) if hpo else None


SAID = {"absent": "absent", "reduced": "reduced", "diminished": "reduced", "decreased": "reduced", "brisk": "brisk",
        "exaggerated": "brisk"}
PLACE_FILLERS = ("the", "both", "right", "left", "bilateral", "his", "her")


GENERAL = dict(KINDS.values())  # 'absent' -> 'areflexia', ...


def reflex_list(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """'absent patellar, ankle, and triceps reflexes', 'knee, ankle and biceps reflexes were reduced': three or more
    reflexes listed with one result, each site's own term where HPO has one (an absent ankle reflex), else areflexia,
    hyporeflexia or hyperreflexia; or None. Two joined by 'and' are read by checker.rereading.coordinated."""
    said = SAID.get(tokens[i])
    j, sites = i + (said is not None), []
    while j < len(tokens) and tokens[j] in SITES:
        sites.append(tokens[j])
        j += 1 + (j + 1 < len(tokens) and tokens[j + 1] in ("and", "or"))
    if len(sites) < 3 or j >= len(tokens) or tokens[j] not in NAMES:
        return None
    end = j + 1
    if said is None:
        while end < len(tokens) and tokens[end] in VERBS:
            end += 1
        if end >= len(tokens) or tokens[end] not in SAID:
            return None
        said, end = SAID[tokens[end]], end + 1
    found = dict.fromkeys(SITES[s] and phrases.get((said, SITES[s], "reflex")) or phrases.get((GENERAL[said],))
                          for s in sites)
    return (end - i, [(i, end, hpo, None) for hpo in found if hpo]) if any(found) else None


def reflex_at_site(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """'deep tendon reflex was absent at the right ankle', 'reflexes were reduced at both knees': the reflex of the
    site named after its result (an absent ankle reflex, not areflexia), and of a further site joined by 'and' when
    nothing earlier in the lexicon's readings took the words; or None."""
    listed = reflex_list(phrases, tokens, i)
    if listed:
        return listed
    j = i + (2 if tokens[i:i + 2] == ["deep", "tendon"] else tokens[i] == "tendon")
    if j >= len(tokens) or tokens[j] not in NAMES:
        return None
    k, out = j + 1, []
    while k < len(tokens) and tokens[k] in VERBS:
        k += 1
    while k + 1 < len(tokens) and tokens[k] in SAID and tokens[k + 1] in ("at", "in"):
        m = k + 2
        while m < len(tokens) and tokens[m] in PLACE_FILLERS:
            m += 1
        hpo = m < len(tokens) and SITES.get(tokens[m]) and phrases.get((SAID[tokens[k]], SITES[tokens[m]], "reflex"))
        if not hpo:
            break
        out.append((i, m + 1, hpo, None))
        n = m + 2 + (tokens[m + 2:m + 3] == ["the"])  # 'at the knees and (the) ankles': the second site, same result
        other = tokens[m + 1:m + 2] == ["and"] and n < len(tokens) and SITES.get(tokens[n]) and (
            n + 1 == len(tokens) or tokens[n + 1] in SECOND_SITE_ENDS or tokens[n + 1].isdigit()) and \
            phrases.get((SAID[tokens[k]], SITES[tokens[n]], "reflex"))  # '... and knees (1+), plantars flexor'; the
        # second site ends its clause: not 'absent at the ankles and the knee was swollen' or 'and knee X-ray was normal'
        if other:
            out.append((i, n + 1, other, None))
            break
        k = m + 1 + (tokens[m + 1:m + 2] == ["and"])
    return (out[-1][1] - i, out) if out else None


WEAK = ("weak", "weakened", "sluggish", "feeble", "faint")  # of a reflex: reduced, not muscle weakness
WHERE = ("at", "in", "on", "bilaterally", "symmetrically", "throughout", "and", "but", "with")
OTHER_REFLEXES = ("sucking", "suck", "gag", "cough", "pupillary", "light", "startle", "moro", "grasp", "rooting",
                  "plantar")  # not a tendon reflex ('corneal reflex weak' is read by its own term as reduced)
SECOND_SITE_ENDS = WHERE + ("plantar", "plantars", "despite", "as", "only", "too", "also", "bilateral")
LINKS = VERBS + ("very", "slightly", "somewhat", "rather", "markedly", "bilaterally", "symmetrically", "both",
                 "equally", "also", "all")


def said_in_place(tokens: list[str], comma=None) -> None:
    """Results of a reflex read as the lexicon's words, in place (one token per word, so the spans hold): 'jerks
    cannot be elicited' as 'jerks was was absent'; 'knee jerks were weak', 'weak ankle reflexes', 'reflexes sluggish'
    as 'reduced' (a weak reflex is hyporeflexia, not weakness of the muscles)."""
    for k in range(len(tokens)):
        for said in SAID_UNOBTAINABLE:
            if tuple(tokens[k:k + len(said)]) == said:
                tokens[k:k + len(said)] = ["was"] * (len(said) - 1) + ["absent"]
                break
        if tokens[k] in WEAK:
            j = k - 1
            while j > 0 and tokens[j] in LINKS:
                j -= 1
            after = tokens[k + 1:k + 4]
            owned = j >= 0 and tokens[j] in NAMES and (j == 0 or tokens[j - 1] not in OTHER_REFLEXES) and (
                not comma(k) if comma else j < k - 1 or not after or after[0] in WHERE)  # 'reflexes were weak',
            # 'ankle jerks weak, plantars flexor'; not 'brisk reflexes, weak legs' (a comma before 'weak'), and without
            # the punctuation only with a verb between or at the clause's end
            if owned or after[:1] in (["reflex"], ["jerk"]) or \
                    after[:1] and after[0] in REFLEXES and any(w in NAMES for w in after[1:]):  # 'weak ankle jerks'
                tokens[k] = "reduced"

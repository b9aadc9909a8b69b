"""A muscle power grade on the MRC scale (checker.lexicon calls `graded` at each token): a grade under 5 ("power
4/5 in both legs", "leg power was grade II/V", "2/5 strength in the lower extremities") is the weakness of that site,
or muscle weakness when no site is said; a grade of 5/5 ("power 5/5 in the arms") is that weakness absent. A movement
named with its grade ("hip flexion 4/5", "4+/5 hip flexion") is the weakness of the muscles that make it when HPO has
a term for them (hip flexor weakness, foot dorsiflexor weakness), else of the limb it moves."""
from __future__ import annotations

import re

from legpain_gui.checker.sites import comma_before

POWER = ("power", "strength", "mrc", "flexion", "extension", "dorsiflexion", "plantarflexion", "abduction", "flex")
# ('MRC 4/5 hip flexion', 'hip flexion 4-/5': a movement's grade is its muscles' power)
GRADE_FILLERS = ("was", "were", "is", "are", "of", "mrc", "grade", "graded", "medical", "research", "council",
                 "only", "at", "about", "approximately", "in")
GRADE_AFTER = ("mrc", "scale", "bilaterally", "symmetrically", "throughout")
ROMAN = {"0": 0, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
GRADE = re.compile(r"\s*(?:grade\s*)?([0-5]|i{1,3}|iv|v)\s*([+-]?)\s*/\s*(5|v)\b", re.I)
FULL = ("preserved", "normal", "intact", "full")
OTHER_EXAMS = [["sensation"], ["sensory"], ["reflexes"], ["reflex"], ["tone"], ["coordination"], ["gait"], ["vibration"],
               ["proprioception"], ["pulses"]]  # what a full-power word after a comma may describe instead  # power said to be normal: grade 5
SITE_LINK = ("in", "at", "of", "on", "over", "for")
WEAKNESS = ("weakness",)
MUSCLE_WEAKNESS = "HP:0001324"

def _grade_at(text: str, words, k: int) -> tuple[int, int] | None:
    """(grade 0-5, tokens used) of an MRC grade written from token k ('4/5', '4+/5', 'grade II/V'), or None."""
    if k >= len(words):
        return None
    m = GRADE.match(text[words[k][1]:])
    if not m:
        return None
    raw = m.group(1).lower()
    grade = ROMAN.get(raw, int(raw) if raw.isdigit() else 5)
    end = words[k][1] + m.end()
    n = 0
    while k + n < len(words) and words[k + n][1] < end:
        n += 1
    return grade, n


EVERYWHERE = (("throughout",), ("globally",), ("in", "all", "four", "limb"), ("in", "all", "limb"),
              ("in", "all", "four", "extremity"), ("in", "all", "extremity"), ("in", "all", "muscle", "group"))


def _everywhere(tokens: list[str], k: int) -> int | None:
    """The token index past 'throughout' or 'in all four limbs' at k, or None."""
    for form in EVERYWHERE:
        if tuple(tokens[k:k + len(form)]) == form:
            return k + len(form)
    return None


MOVED = {("hip", "flexion"): "HP:0012515", ("hip", "flex"): "HP:0012515", ("hip", "adduction"): "HP:0033416",
         ("neck", "flexion"): "HP:0003722", ("ankle", "dorsiflexion"): "HP:0009027", ("foot", "dorsiflexion"): "HP:0009027",
         (None, "dorsiflexion"): "HP:0009027"}  # hip flexor, hip adductor, neck flexor, foot dorsiflexor weakness
MUSCLES = {("tibialis", "anterior"): "HP:0009027", ("extensor", "hallucis", "longus"): "HP:0002601",
           ("ehl",): "HP:0002601", ("peroneus", "longus"): "HP:0011727", ("peroneus", "brevis"): "HP:0011727",
           ("peroneal", "brevis"): "HP:0011727", ("peroneal", "longus"): "HP:0011727", ("peronei",): "HP:0011727",
           ("quadriceps",): "HP:0003731", ("iliopsoas",): "HP:0012515", ("gastrocnemius",): "HP:0031374"}
# a named muscle's grade ('tibialis anterior 2/5', '1/5 extensor hallucis longus'): foot dorsiflexor, big toe extensor,
# peroneal, quadriceps, hip flexor weakness, or the ankle's for the calf muscle
MUSCLE_FILLERS = ("muscle", "muscles", "power", "strength", "was", "is", "were", "grade", "graded", "of", "mrc", "at")
LEG_JOINTS = ("hip", "knee", "ankle", "foot", "toe")  # a movement of these with no term of its own: the leg's weakness
LOWER_LIMB_WEAKNESS = "HP:0007340"


def _moved(site, movement: str | None) -> str | None:
    """The leg's weakness for a movement of one of its joints with no term of its own ('knee extension 4/5')."""
    return LOWER_LIMB_WEAKNESS if movement in POWER[3:] and site and site[-1] in LEG_JOINTS else None


def _muscle(tokens: list[str], k: int) -> tuple[int, str] | None:
    """(tokens used, term) of a named leg muscle at k, or None."""
    for name, hpo in MUSCLES.items():
        if tuple(tokens[k:k + len(name)]) == name:
            return len(name), hpo
    return None


def _muscle_graded(tokens: list[str], i: int, words, text: str) -> tuple[int, list] | None:
    """'tibialis anterior 2/5', 'EHL power 4/5' (the muscle first) or '1/5 extensor hallucis longus' (the grade first)."""
    named = _muscle(tokens, i)
    if named:
        k = i + named[0]
        while k < len(tokens) and tokens[k] in MUSCLE_FILLERS and not _grade_at(text, words, k):
            k += 1
        found = _grade_at(text, words, k)
        end = k + found[1] if found else 0
    else:
        found = _grade_at(text, words, i)
        named = found and _muscle(tokens, i + found[1])
        end = i + found[1] + named[0] if named else 0
    if not found or not named:
        return None
    return end - i, [(i, end, named[1], "absent" if found[0] == 5 else None)]


def graded(lexicon, tokens: list[str], i: int, words, text: str) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, state)]) of a muscle power grade at i: 'power 4/5 in both legs',
    'leg power was grade II/V', '2/5 strength in the lower extremities'; None if there is none. A further grade at
    another site that follows it ('power 3/5 in the upper limbs and 1/5 in the lower limbs') is read as well."""
    first = _graded(lexicon, tokens, i, words, text)
    if not first:
        return None
    used, out = first
    if i and tokens[i - 1] in ("proximal", "distal") and out and all(o[3] == "absent" for o in out) and not {
            "proximal", "distal"} <= set(tokens[max(0, i - 3):i]):  # (not 'proximal and distal lower limb power')
        return used, []  # 'distal upper limb power was normal': not the whole limb's (session 45)
    k = i + used
    while k < len(tokens):
        j = k + (tokens[k] in ("and", "while", "but"))
        found = _grade_at(text, words, j)
        if not found or j + found[1] >= len(tokens) or tokens[j + found[1]] not in SITE_LINK:
            break
        more = _graded_at(lexicon, tokens, j, j + found[1], None, found)
        if not more or more[1][0][2] == MUSCLE_WEAKNESS:  # no site found after it: not this list's
            break
        out, k = out + more[1], j + more[0]
    return k - i, out


def _graded(lexicon, tokens: list[str], i: int, words, text: str) -> tuple[int, list] | None:
    """graded's first grade."""
    if not text:
        return None
    if muscle := _muscle_graded(tokens, i, words, text):
        return muscle
    site, j, movement = None, i, None
    at = (1, (tokens[i],)) if tokens[i] in ("proximal", "distal") else lexicon._site_at(tokens, i)
    skip = at and tokens[i + at[0]:i + at[0] + 1] in (["muscle"], ["muscles"])  # 'proximal muscle strength'
    if at and i + at[0] + skip < len(tokens) and tokens[i + at[0] + skip] in POWER:  # 'leg power', 'distal power'
        site, j = at[1], i + at[0] + skip
    elif at and _grade_at(text, words, i + at[0]):  # the site, then its grade: 'legs 4/5 bilaterally'
        site, found = at[1], _grade_at(text, words, i + at[0])
        return _graded_at(lexicon, tokens, i, i + at[0] + found[1], site, found)
    if tokens[j] in POWER:
        movement, k = tokens[j], j + 1
        after = lexicon._site_at(tokens, k + 1) if tokens[k:k + 1] in (["of"], ["in"]) else None
        if after:  # 'proximal muscle strength of the lower extremities was 4/5'
            site, k = site or after[1], k + 1 + after[0]
        while k < len(tokens) and tokens[k] in GRADE_FILLERS and not _grade_at(text, words, k):
            k += 1
        found = (5, 1) if k < len(tokens) and tokens[k] in FULL and not (comma_before(words, text, k) and tokens[
            k + 1:k + 2] in OTHER_EXAMS) else _grade_at(text, words, k)  # not 'strength, intact sensation'
        if not found:
            return None
        end = k + found[1]
    else:  # the grade first: '2/5 strength in ...', '4+/5 hip flexion'
        found = _grade_at(text, words, i)
        k = i + found[1] if found else len(tokens)
        after = lexicon._site_at(tokens, k) if k < len(tokens) and tokens[k] not in POWER else None
        if after and k + after[0] < len(tokens) and tokens[k + after[0]] in POWER[1:2] + POWER[3:]:  # '4/5 leg strength'
            site, k = after[1], k + after[0]
        if not found or k >= len(tokens) or tokens[k] not in POWER:
            return None
        movement, end = tokens[k], k + 1
    return _graded_at(lexicon, tokens, i, end, site, found, movement)


def _graded_at(lexicon, tokens: list[str], i: int, end: int, site, found: tuple[int, int],
               movement: str | None = None) -> tuple[int, list] | None:
    """The reading of a grade found from i to end, at a site or none (graded)."""
    link = end
    while link < len(tokens) and tokens[link] in GRADE_AFTER:  # '4/5 (MRC) at the hips'
        link += 1
    if site is None and link < len(tokens) and tokens[link] in SITE_LINK:
        after = lexicon._site_at(tokens, link + 1)
        if after:
            site, end = after[1], link + 1 + after[0]
    if movement in POWER[:3] and link + 1 < len(tokens):  # 'power 4+/5 hip flexion', 'MRC 4/5 hip flexion'
        after = lexicon._site_at(tokens, link)
        if after and link + after[0] < len(tokens) and tokens[link + after[0]] in POWER[3:]:
            site, movement, end = after[1], tokens[link + after[0]], link + after[0] + 1
    named = site and (lexicon.site_noun(site, "weakness") or lexicon.site_noun(site, "muscle weakness"))
    hpo = MOVED.get((site[-1] if site else None, movement)) or named or _moved(site, movement)
    if found[0] == 5:  # normal power says only that its site is not weak: no site, nothing said, unless it is
        everywhere = _everywhere(tokens, link) or (link if "throughout" in tokens[end:link] else None)  # said
        # everywhere ('full power throughout', 'in all four limbs')
        if hpo is None and everywhere:
            hpo, end = MUSCLE_WEAKNESS, everywhere
        return (end - i, [(i, end, hpo, "absent")]) if hpo else None
    return end - i, [(i, end, hpo or MUSCLE_WEAKNESS, None)]

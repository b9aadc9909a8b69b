"""The other forms a lexicon phrase is written in (checker.lexicon derives them from every phrase; a derived
form never displaces a literal phrase):

- limb words used interchangeably ('lower extremity', 'lower limb', 'leg');
- a reflex with or without 'tendon' ('decreased Achilles (tendon) reflex');
- the adjective, participle or verb form of a single-word term ('cyanotic', 'areflexic', 'numb', 'jaundiced',
  'fatigued', 'vomited', 'drowsy', 'hypotensive', 'dyspneic', 'confused');
- a two-word term written as one word ('foot drop', 'footdrop');
- the ways of saying a thing cannot be done or is hard ('inability to walk', 'unable to walk', 'could not
  walk', 'cannot walk'; 'difficulty walking', 'difficulty in walking', 'trouble walking');
- a laboratory term as clinicians name it (checker.labs.lab_variants);
- a muscle's wasting said in any of its words ('proximal amyotrophy', 'proximal muscle wasting', 'proximal
  atrophy'; 'calf muscle atrophy', 'calf wasting'), so that 'proximal weakness and atrophy' reads both;
- an antibody named apart from its result ('anti-MPO antibodies were negative': checker.antibodies);
- a site's pain said as its tenderness ('testicular tenderness', 'joint tenderness', 'muscle tenderness'): HPO
  names few tendernesses, and a tenderness is pain elicited by pressure, which a clinician records as that pain.
"""
from __future__ import annotations

from legpain_gui.checker.antibodies import antibody_variants
from legpain_gui.checker.labs import lab_variants

# noun ending -> the adjective clinicians write instead (the noun must be a single-word term of its own)
ADJECTIVES = (("osis", "otic"), ("ysis", "ytic"), ("itis", "itic"), ("itus", "itic"), ("esthesia", "esthetic"),
              ("pathy", "pathic"), ("trophy", "trophic"), ("ema", "ematous"), ("ura", "uric"), ("ia", "ic"),
              ("ia", "ial"), ("ness", ""), ("iness", "y"), ("tension", "tensive"), ("ea", "eic"), ("sion", "sed"),
              ("ing", "ed"), ("e", "ed"))  # 'drowsy', 'hypotensive', 'dyspneic', 'confused', 'vomited', 'jaundiced'
# forms that are ordinary words in a clinical text, not the finding ('depressed reflexes', 'MRI was ordered',
# 'samples collected', 'a collapsed vertebra', 'the disease relapsed')
ORDINARY = {"depressed", "ordered", "arranged", "collected", "collapsed", "relapsed", "flared",
            "jerked", "twitched", "stroked", "soiled", "piled", "moled", "muscled", "teared", "fisted", "mouthed",
            "jumped", "hopped", "bounced", "spinned", "twirled", "shaked", "panted", "raled", "hived", "tranced",
            "imbalanced", "cutted", "hurted", "dribbled", "ached"}
LIMBS = (("lower", "limb"), ("lower", "extremity"), ("leg",)), (("upper", "limb"), ("upper", "extremity"), ("arm",))
NON = "non"  # the negating prefix, a word of its own after checker.lexicon.words_of
JOINED_MIN = 8  # letters of a two-word phrase also read written as one word ('foot drop', 'footdrop')
# the first words of a phrase -> other words that say the same ('inability to walk': 'unable to walk')
SAID_ALIKE = {("inability", "to"): (("unable", "to"), ("could", "not"), ("cannot",), ("cant",)),
              ("difficulty",): (("difficulty", "in"), ("trouble",), ("trouble", "with")),
              ("difficulty", "in"): (("difficulty",), ("trouble",))}


def adjective_forms(word: str) -> list[str]:
    """The adjectives of a single-word term: 'cyanosis' -> ['cyanotic'], 'areflexia' -> ['areflexic', ...]."""
    out = []
    for noun, adjective in ADJECTIVES:
        if word.endswith(noun) and len(word) - len(noun) >= 3:
            form = word[:-len(noun)] + adjective
            if len(form) >= 4 and form not in out and form not in ORDINARY:
                out.append(form)
    return out


def limb_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    out = []
    for forms in LIMBS:
        for form in forms:
            n = len(form)
            for i in range(len(key) - n + 1):
                if key[i:i + n] == form:
                    out += [key[:i] + other + key[i + n:] for other in forms if other != form]
    return out


WASTING = ("atrophy", "wasting")


def muscle_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """'proximal amyotrophy' -> 'proximal muscle atrophy', 'proximal muscle wasting', 'proximal atrophy',
    'proximal wasting'; 'calf muscle atrophy' -> 'calf muscle wasting', 'calf atrophy', 'calf wasting'. Only with
    a site or qualifier before it: a bare 'atrophy' may be the skin's or the optic nerve's."""
    out = []
    for k in range(1, len(key)):
        if key[k] == "amyotrophy":
            words = [("muscle", w) for w in WASTING] + [(w,) for w in WASTING]
        elif key[k] == "muscle" and k + 1 < len(key) and key[k + 1] in WASTING:
            words = [("muscle", w) for w in WASTING] + [(w,) for w in WASTING]
            k_end = k + 2
            out += [key[:k] + w + key[k_end:] for w in words if key[:k] + w + key[k_end:] != key]
            continue
        else:
            continue
        out += [key[:k] + w + key[k + 1:] for w in words]
    return out


def variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every other form of a phrase (normalised tokens) listed in the module's docstring."""
    out = limb_variants(key)
    if "reflex" in key[1:] and "tendon" not in key:  # 'decreased Achilles (tendon) reflex'
        k = key.index("reflex")
        out.append(key[:k] + ("tendon",) + key[k:])
    if len(key) == 1:
        out += [(form,) for form in adjective_forms(key[0])]
    if len(key) == 2 and len(key[0]) + len(key[1]) >= JOINED_MIN and NON not in key:
        out.append((key[0] + key[1],))  # 'foot drop' written 'footdrop'
    for first, alike in SAID_ALIKE.items():
        if key[:len(first)] == first and len(key) > len(first):
            out += [other + key[len(first):] for other in alike]
    if len(key) >= 2 and key[-1] == "pain" and key[-2] not in ("abdominal", "chest"):
        out.append(key[:-1] + ("tenderness",))  # 'testicular tenderness'
    wasting = [m for v in [key] + limb_variants(key) for m in muscle_variants(v)]  # 'leg muscle wasting'
    return out + wasting + lab_variants(key) + antibody_variants(key)

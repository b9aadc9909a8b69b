"""Arterial pulses as an examination records them (checker.lexicon calls this at each token): HPO names 'Weak
pulse' and 'Absent pulse', a clinician writes the pulse's site and its quality, before or after it:

- 'diminished pedal pulses', 'weak dorsalis pedis pulses', 'feeble pulses in the feet', 'the popliteal and pedal
  pulses were diminished bilaterally' -> weak pulse;
- 'absent foot pulses', 'impalpable (non-palpable) distal pulses', 'dorsalis pedis pulses were not palpable',
  'the left femoral pulse could not be felt' -> absent pulse;
- 'without palpable pulses', 'no palpable pedal pulses' -> absent pulse;
- 'pulses were absent over both dorsalis pedis arteries', 'pulses were normal over the femoral arteries but were
  absent over the pedal arteries' -> the quality and the site said after it (absent foot pulses).

A pulse said normal ('palpable pedal pulses', 'peripheral pulses were intact') is not read: a pulse is felt at
one site, and a normal one there says nothing of the others (tried as absent pulse said absent: on the tuning
part both such readings were of a limb whose other pulses were lost).

A quality said before the pulse leaves the polarity to the sentence ('no diminished pulses' is weak pulse absent,
by checker.context); one said after it is read here ('pulses were not diminished').
"""
from __future__ import annotations

PULSE = "pulse"
WEAK = {("reduced",), ("weak",), ("weakened",), ("feeble",), ("faint",), ("thready",), ("poor",), ("barely", "palpable"),
        ("hardly", "palpable"), ("scarcely", "palpable"), ("barely", "felt"), ("hard", "to", "feel"), ("difficult", "to", "feel"),
        ("hard", "to", "palpate"), ("difficult", "to", "palpate")}
ABSENT = {("absent",), ("impalpable",), ("unpalpable",), ("non", "palpable"), ("not", "palpable"), ("undetectable",),
          ("not", "detectable"), ("not", "felt"), ("not", "be", "felt"), ("not", "be", "palpated"), ("lost",),
          ("not", "detected"), ("not", "be", "detected"), ("unobtainable",), ("not", "obtainable"),
          ("unable", "to", "appreciate"), ("unable", "to", "palpate"), ("unable", "to", "feel"),
          ("no", "longer", "palpable"), ("non", "dopplerable"), ("nondopplerable",), ("not", "dopplerable"),
          ("undopplerable",), ("no", "longer", "felt"), ("no", "longer", "present")}
NORMAL = {("palpable",), ("normal",), ("intact",), ("present",), ("strong",), ("good",), ("full",), ("equal",)}
SITE_WORDS = {"pedal", "dorsalis", "pedis", "posterior", "anterior", "tibial", "popliteal", "femoral",
              "radial", "brachial", "peripheral", "distal", "foot", "ankle", "dp", "pt", "left", "right", "bilateral",
              "both", "all", "the", "lower", "upper", "limb", "extremity", "leg", "arm", "and", "his", "her", "carotid",
              "ulnar", "arterial", "proximal", "toe", "digital", "pedial", "or", "r", "l", "handheld", "hand",
              "held", "1", "artery", "arteries"}  # 'no popliteal, DP or PT pulses', 'absent R DP and PT pulses', 'no handheld Doppler signal'
AFTER_FILLERS = {"was", "were", "is", "are", "remained", "felt", "found", "to", "be", "bilaterally", "both",
                 "all", "also", "on", "the", "left", "right", "side", "at", "in", "foot", "feet", "leg", "ankle",
                 "markedly", "very", "mildly", "significantly", "equally", "symmetrically", "could", "can", "now"}
NEGATIONS = ("no", "without", "not", "lacked", "lacks", "lacking")  # 'she lacked pedal pulses on the left'
MAX_SITE = 6  # words between a quality and 'pulse' ('absent left dorsalis pedis and posterior tibial pulses')
FOOT_SITES = {"pedal", "pedis", "tibial", "foot", "ankle", "dp", "pt", "pedial", "toe"}
LEG_SITES = FOOT_SITES | {"popliteal", "femoral", "lower", "leg"}
ARM_SITES = {"radial", "brachial", "ulnar", "carotid", "arm", "upper", "axillary", "subclavian"}
ABSENCE = (("absence", "of"), ("loss", "of"))  # 'absence of the posterior tibial pulse'
NAMED = ("dp", "pt", "pedis")  # a foot pulse named without the word: 'R DP absent, PT diminished'
NOT_PULSES = ("deficit", "oximetry", "oximeter", "rate", "pressure", "check", "wave", "ox", "oxygen", "of", "and")
# words after a bare 'no pulse' that make it something else ('no pulse deficit', 'no pulse rate recorded')
MASKS = {"oedema", "edema", "swelling", "habitus", "obesity", "cast", "dressing", "bandage", "bandaging", "plaster"}
REASONS = (("due", "to"), ("because", "of"), ("owing", "to"), ("secondary", "to"), ("obscured", "by"),
           ("limited", "by"), ("from",))


def _masked(tokens: list[str], end: int) -> bool:
    """Whether the pulse's quality is put down to what stops it being felt ('pedal pulses hard to feel due to
    oedema'): the pulse was not assessable, so it is neither weak nor normal (uncertain, never entered)."""
    for reason in REASONS:
        if tuple(tokens[end:end + len(reason)]) == reason:
            return bool(MASKS.intersection(tokens[end + len(reason):end + len(reason) + 4]))
    return False


def _pulse_word(tokens: list[str], j: int) -> int:
    """The tokens the word for the pulse takes at j: 'pulse', 'Doppler signal' (a hand-held Doppler finds no
    flow where no pulse is felt), or none after a foot pulse's own name ('DP absent'); -1 when no pulse is named."""
    if j < len(tokens) and tokens[j] in (PULSE, "pulsation", "pulsations"):  # 'weak pulsation at the dorsalis pedis'
        return 1
    if tokens[j:j + 2] in (["doppler", "signal"], ["doppler", "signals"]):
        return 2
    if j > 1 and tokens[j - 1] in ("artery", "arteries") and tokens[j - 2] in NAMED:
        return 0  # 'the dorsalis pedis artery was not palpable': the artery felt for its pulse
    return 0 if j and tokens[j - 1] in NAMED else -1


def _quality(tokens: list[str], j: int) -> tuple[str, int] | None:
    """('weak' | 'absent' | 'normal', tokens used) of the quality said at j, or None."""
    for kind, forms in (("absent", ABSENT), ("weak", WEAK), ("normal", NORMAL)):
        for form in sorted(forms, key=len, reverse=True):
            if tuple(tokens[j:j + len(form)]) == form:
                return kind, len(form)
    return None


def _term(phrases: dict, kind: str, sites=()) -> str | None:
    """The term of a weak or absent pulse; an absent one felt for at the ankle or foot is HPO's absent ankle
    pulse ('absent dorsalis pedis pulse'), which the arterial conditions describe. One felt for only in the arm or
    neck ('reduced left radial pulse') is HPO's abnormal pulse: HPO has no arm's term, and a weak or absent pulse
    beside leg pain reads as an ischaemic leg (the acute limb ischaemia rule)."""
    if ARM_SITES.intersection(sites) and not LEG_SITES.intersection(sites):
        return phrases.get(("abnormal", PULSE))
    if kind == "absent" and FOOT_SITES.intersection(sites):
        return phrases.get(("absent", "ankle", PULSE)) or phrases.get(("absent", PULSE))
    return phrases.get(("weak", PULSE) if kind == "weak" else ("absent", PULSE))


def _sites_over(tokens: list[str], end: int) -> int:
    """The tokens of the sites said after a pulse's quality ('absent over both posterior tibial and dorsalis pedis
    arteries', 'absent in both feet'), or 0."""
    if end >= len(tokens) or tokens[end] not in ("over", "in", "at"):
        return 0
    k = end + 1
    while k < len(tokens) and k - end <= MAX_SITE + 2 and (tokens[k] in SITE_WORDS or tokens[k] in (
            "artery", "arteries", "feet", "legs", "ankles")):
        k += 1
    return k - end if k > end + 1 else 0


def _but_after(tokens: list[str], end: int) -> tuple[tuple[str, int], int] | None:
    """(quality, end) of an abnormal quality said after 'but' a few words after a normal one ('normal over the
    femoral arteries but were absent over ...'), or None."""
    k = end + _sites_over(tokens, end)
    if tokens[k:k + 1] != ["but"]:
        return None
    k += 1
    while k < len(tokens) and tokens[k] in ("were", "was", "they", "are", "is"):
        k += 1
    said = _quality(tokens, k) if k < len(tokens) else None
    return (said, k + said[1]) if said and said[0] != "normal" else None


def pulse_found(phrases: dict, tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, state or None)]) of a pulse and its quality at i, or None."""
    said = _quality(tokens, i)
    if said is None and tuple(tokens[i:i + 2]) in ABSENCE:
        said = ("absent", 2)
    if said:  # the quality first: 'diminished pedal pulses'
        j = i + said[1]
        while j < len(tokens) and j - i - said[1] < MAX_SITE and tokens[j] in SITE_WORDS:
            j += 1
        word = _pulse_word(tokens, j)
        if word < 0:
            return None
        hpo = _term(phrases, "absent" if said[0] == "normal" else said[0], tokens[i + said[1]:j])
        if not hpo:
            return None
        if said[0] == "normal":  # only 'without palpable pulses', 'no palpable pulses'
            negated = any(t in NEGATIONS for t in tokens[max(0, i - 2):i])
            return (j + word - i, [(i, j + word, hpo, "present")]) if negated else None
        return j + word - i, [(i, j + word, hpo, "uncertain" if _masked(tokens, j + word) else None)]
    if tokens[i] == "and" or tokens[i] not in SITE_WORDS and tokens[i] != PULSE and tokens[i] != "doppler":
        return None
    j = i
    while j < len(tokens) and j - i < MAX_SITE and tokens[j] in SITE_WORDS:
        j += 1
    word = _pulse_word(tokens, j)
    if word < 0 or word == 0 and tokens[i] in ("r", "l"):
        return None
    if word == 2 and i and tokens[i - 1] in NEGATIONS:  # 'no Doppler signal, reduced sensation': no flow at all
        hpo = _term(phrases, "absent", tokens[i:j] or ["foot"])
        return (j + 2 - i, [(i, j + 2, hpo, "present")]) if hpo else None
    k = j + word
    while k < len(tokens) and k - j < 6 and tokens[k] in AFTER_FILLERS:
        k += 1
    negated = k < len(tokens) and tokens[k] == "not" and _quality(tokens, k) is None
    said = _quality(tokens, k + negated) if k + negated < len(tokens) else None
    if said and said[0] == "normal" and tokens[k + said[1]:k + said[1] + 1] == ["but"]:
        but = _quality(tokens, k + said[1] + 1)  # 'foot pulses present but weak': the quality after 'but'
        if but and but[0] != "normal":
            said = (but[0], said[1] + 1 + but[1])
    named = word == 0 and {"dp", "pedis"} & set(tokens[i:j])  # 'no DP/PT on the left' (not 'no PT', physiotherapy)
    bare = word == 1 and i == j and (j + 1 == len(tokens) or tokens[j + 1] not in NOT_PULSES)  # 'cold leg, no pulses'
    if i and tokens[i - 1] in NEGATIONS and (word or named) and (i < j or said or bare) and (not said or said[0] == "normal"):
        # 'no femoral, popliteal or pedal pulses', 'no pulses palpable below the femoral'
        hpo = _term(phrases, "absent", tokens[i:j])
        end = k + negated + said[1] if said else j + word
        return (end - i, [(i, end, hpo, "present")]) if hpo else None
    if not said:
        return None
    end = k + negated + said[1]
    if said[0] == "normal" and (later := _but_after(tokens, end)):  # 'pulses were normal over both femoral and
        said, end = later  # popliteal arteries but were absent over both posterior tibial and dorsalis pedis arteries'
    over = _sites_over(tokens, end)  # 'pulses were absent over both dorsalis pedis arteries': where they were felt for
    hpo = _term(phrases, said[0], tokens[i:j] + tokens[end:end + over])
    if not hpo:
        return None
    end += over
    if end + 1 < len(tokens) and tokens[end] in ("r", "l", "left", "right") and _quality(tokens, end + 1):
        end += 1 + _quality(tokens, end + 1)[1]  # the other side's quality: 'pedal pulses absent R, weak L'
    if said[0] == "normal":  # 'pulses were not palpable' is in ABSENT; 'pulses were palpable' says nothing, and
        return (end - i, []) if i < j else None  # a site's pulse said normal is no heart rate ('foot pulses normal')
    return end - i, [(i, end, hpo, "uncertain" if _masked(tokens, end) else "absent" if negated else "present")]
    # 'pulses were not diminished'; 'pulses hard to feel due to oedema'

"""Examination signs written as a manoeuvre and its effect rather than by the sign's name (checker.lexicon calls
these at each token, beside its phrase lookups):

- a passive movement of the toes, ankle or foot said to hurt ('passive plantar flexion of the toes caused
  excruciating pain', 'extremely painful, particularly on passive stretch of the ankle', 'pain worsens on passive
  stretch of the toes') is pain on passive stretch, the early sign of compartment syndrome; said not to hurt
  ('passive stretch of the toes was not painful') it is that sign absent. A passive movement of another joint
  ('pain on passive movement of the hip') is that joint's pain, not read here.
"""
from __future__ import annotations

PASSIVE = "passive"
MOVES = ("stretch", "stretching", "flexion", "extension", "dorsiflexion", "plantarflexion", "movement", "movements",
         "motion", "mobilization", "flexing", "extending", "dorsiflexing")
MOVE_FILLERS = ("plantar", "dorsal", "toe", "ankle", "foot", "great", "of", "the", "both", "left", "right", "his",
                "her")
PAIN_WORDS = ("pain", "painful", "excruciating", "agonizing", "hurt", "hurts", "hurting", "discomfort", "agony",
              "pains")
GENERAL_MOVES = ("movement", "movements", "motion", "mobilization")  # said of any joint, unlike a stretch
REACH = 8  # tokens either side of the manoeuvre to the pain it causes
OTHER_JOINTS = {"knee", "hip", "shoulder", "elbow", "wrist", "spine", "neck", "finger", "hand", "joint", "back"}
NEGATED = ("not", "no", "without", "painless", "nor")
PAIN_ON_PASSIVE_STRETCH = "HP:6001148"
COMPARTMENT_WORDS = {"calf", "compartment", "compartments", "shin", "leg", "muscle", "muscles", "toe", "toes", "foot"}


MOVERS = ("move", "moves", "moving", "moved", "stretch", "stretches", "stretching", "stretched", "flex", "flexes",
          "flexing", "bend", "bends", "bending")
MOVED_PARTS = ("toe", "toes", "ankle")
OUTCRIES = ("scream", "screams", "screamed", "wince", "winces", "winced", "cry", "cries", "cried", "yell", "yells",
            "agony", "excruciating")
INABILITY = ("cannot", "can", "not", "unable", "t", "couldn", "could")  # 'can't move his toes' (paralysis)


def _moved(tokens: list[str], i: int) -> tuple[int, list] | None:
    """'screams when the nurse moves his toes': someone else moving the toes hurts (a passive stretch)."""
    if tokens[i] not in MOVERS or any(t in INABILITY for t in tokens[max(0, i - 2):i]) or tokens[i - 1:i] in (
            ["he"], ["she"], ["patient"], ["i"], ["they"]):
        return None  # 'pain when he moves the ankle': his own (active) movement, no passive stretch
    k = i + 1
    while k < len(tokens) and k - i <= 2 and tokens[k] in ("his", "her", "the", "their", "its", "both", "a"):
        k += 1
    if k >= len(tokens) or tokens[k] not in MOVED_PARTS:
        return None
    if tokens[k] == "ankle" and "ankle" in tokens[max(0, i - REACH):i]:
        return None  # 'the ankle pain is worse when moving the ankle': the joint's own pain (gout), no stretch
    around = tokens[max(0, i - REACH):i] + tokens[k + 1:k + 1 + REACH]
    if not any(t in PAIN_WORDS or t in OUTCRIES for t in around) or any(t in NEGATED for t in around):
        return None  # 'moving the toes was painless', 'moving his toes freely with no pain'
    return k + 1 - i, [(i, k + 1, PAIN_ON_PASSIVE_STRETCH, None)]


def passive_stretch(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, state)]) of a passive movement said to hurt at i, or None."""
    if tokens[i] != PASSIVE:
        return _moved(tokens, i)
    k = i + 1
    while k < len(tokens) and k - i <= 3 and tokens[k] in MOVE_FILLERS:
        k += 1
    if k >= len(tokens) or tokens[k] not in MOVES:
        return None
    end = k + 1
    while end < len(tokens) and end - k <= 4 and tokens[end] in MOVE_FILLERS:
        end += 1  # 'of the toes', 'of the ankle'
    if OTHER_JOINTS.intersection(tokens[end:end + 3]):
        return None  # 'pain on passive movement of (a|the) hip': a joint's pain, not a compartment's
    if tokens[k] in GENERAL_MOVES and not {"toe", "toes", "ankle", "foot"}.intersection(tokens[i:end]) and (
            OTHER_JOINTS.intersection(tokens) or not COMPARTMENT_WORDS.intersection(tokens)):
        return None  # 'the knee was hot; any passive movement was extremely painful', 'O/E: effusion, warm, painful
        # on any passive movement': a joint's, unless the sentence is about the calf or a compartment
    around = tokens[max(0, i - REACH):i] + tokens[end:end + REACH]
    if not any(t in PAIN_WORDS for t in around):
        return None
    after = tokens[end:end + REACH]
    hurt = next((n for n, t in enumerate(after) if t in PAIN_WORDS), None)
    denied = hurt is not None and any(t in NEGATED for t in after[:hurt]) or "painless" in after[:3]
    return end - i, [(i, end, PAIN_ON_PASSIVE_STRETCH, "absent" if denied else None)]

"""A temporal artery biopsy's result as a case report states it (checker.lexicon calls this at each token): giant
cells found in it are HPO's 'Temporal artery giant cells' (HP:6000618), a giant cell arteritis row the reader had no
words for (session 44):

- 'temporal artery biopsy showed giant cells', 'temporal artery biopsy revealed granulomatous inflammation with
  multinucleated giant cells', 'a temporal artery biopsy was positive' -> the term, its state left to the sentence
  ('the temporal artery biopsy ... was not done');
- 'temporal artery biopsy showed no giant cells', 'a temporal artery biopsy was negative' -> absent (a negative
  biopsy is common in GCA: the row's frequency weighs it);
- 'temporal artery biopsy showed arteritis' is left to the phrase list (arteritis).
"""
from __future__ import annotations

from legpain_gui.checker.vocabulary import NEGATION_WORDS

GIANT_CELLS = "HP:6000618"
ARTERY = ("artery", "arterial", "arteries")
VERBS = ("showed", "show", "shows", "revealed", "reveal", "demonstrated", "confirmed", "found", "with", "was", "were",
         "disclosed", "identified")
DONE = ("performed", "done", "obtained")  # 'was performed and showed giant cells' (session 45), a result after all
SHOWING = ("showed", "revealed", "demonstrated", "disclosed", "confirmed", "identified")
DENIALS = NEGATION_WORDS | {"lacking"}
GOES_ON = {"and", "with", "numerous", "many", "multiple", "several", "some", "showed", "but", "only", "merely", "presence",
           "though", "occasional", "few"}
WITHIN = 14  # tokens from the biopsy to its giant cells


def temporal_biopsy(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, GIANT_CELLS, None)]) of a temporal artery biopsy with giant cells, or one said
    positive, at i; else None."""
    if tokens[i] != "temporal" or tokens[i + 1:i + 2] == [] or tokens[i + 1] not in ARTERY or \
            tokens[i + 2:i + 3] not in (["biopsy"], ["biopsies"]):
        return None
    j = i + 3
    if tokens[j:j + 1] in (["was"], ["were"]) and tokens[j + 1:j + 2] and tokens[j + 1] in DONE and tokens[j + 2:j + 3] == ["and"]:
        j += 3  # 'was performed and was negative'
    said = next((w for w in ("positive", "negative") if tokens[j:j + 1] == [w] or tokens[j:j + 2] in (["was", w], ["were", w])),
                None)
    if said and {"but", "however", "whereas"} & set(tokens[j:]):
        return None  # 'the left biopsy was negative but the right was positive'
    if said:  # 'a temporal artery biopsy was positive (negative)'
        end = j + 1 + (tokens[j] != said)
        return end - i, [(i, end, GIANT_CELLS, "absent" if said == "negative" else None)]
    if j >= len(tokens) or tokens[j] not in VERBS:
        return None
    for k in range(j + 1, min(len(tokens) - 1, i + WITHIN)):
        if tokens[k] in ("but", "although", "to", "for", "performed", "done", "planned", "obtained") and not (
                tokens[k] in DONE and tokens[k + 1:k + 2] == ["and"] and tokens[k + 2:k + 3] and tokens[k + 2] in SHOWING):
            return None  # 'was performed to look for giant cells': a purpose, no result
        if tokens[k] == "giant" and tokens[k + 1] in ("cell", "cells"):
            p = max((q for q in range(j, k) if tokens[q] in DENIALS), default=None)  # the giant cells' own denial: 'showed
            denied = p is not None and not GOES_ON & set(tokens[p + 1:k])  # no (evidence of vasculitis or) giant cells',
            # not 'no fibrinoid necrosis and numerous giant cells'
            return k + 2 - i, [(i, k + 2, GIANT_CELLS, "absent" if denied else None)]
    return None

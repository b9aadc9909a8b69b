"""Two findings that share their words around a coordinated pair (checker.lexicon calls this at each token):
'loss of joint position and vibration sensation' is loss of joint position sensation and loss of vibration
sensation, 'pain and temperature sensation' both sensations, 'urinary urgency and incontinence' both urinary.
Read only when the lexicon has a phrase for each whole reading, so a pair of unrelated words is never joined; the
span covers both, so a negation before it reaches both."""
from __future__ import annotations

from legpain_gui.checker.sites import COORDINATORS, linked
from legpain_gui.checker.vocabulary import CLOSING_RESULTS, SIDE_WORDS  # 'abdominal and bilateral knee pain': the second part's side

MAX_PREFIX, MAX_PART = 2, 2  # tokens shared before the pair ('loss of'); tokens of each part and of the head


def shared_words(read, tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of 'P A and B H' at i, where `read` (words -> the term they
    read as, as one phrase, or None) reads both P+A+H and P+B+H."""
    window = tokens[i:i + MAX_PREFIX + 2 * MAX_PART + 2]
    if not any(t in COORDINATORS for t in window[1:]) or linked(tokens, i):
        return None  # (a site ending an earlier finding's words shares nothing: 'a rash on both legs and back pain')
    best = None
    for p in range(MAX_PREFIX + 1):
        for a in range(1, MAX_PART + 1):
            c = i + p + a  # the coordinator
            if c >= len(tokens) - 1 or tokens[c] not in COORDINATORS:
                continue
            prefix, first = tuple(tokens[i:i + p]), tuple(tokens[i + p:c])
            if set(CLOSING_RESULTS) & set(prefix + first):
                continue  # a result closing one clause: 'p-ANCA was positive and c-ANCA was negative'
            for b in range(1, MAX_PART + 1):
                for h in range(0 if p else 1, MAX_PART + 1):  # no head after a shared prefix: 'urinary
                    end = c + 1 + b + h  # urgency and incontinence', 'joint pain and swelling'
                    if end > len(tokens):
                        continue
                    second, head = tuple(tokens[c + 1:c + 1 + b]), tuple(tokens[c + 1 + b:end])
                    second = tuple(t for t in second if t not in SIDE_WORDS) or second
                    one, two = read(prefix + first + head), read(prefix + second + head)
                    if one and two and one != two and (best is None or end - i > best[0]):
                        best = (end - i, [(i, end, one, None), (i, end, two, None)])
    return _listed(read, tokens, i) or best


MAX_LISTED = 4  # single-word parts before the last pair: 'ankle, hip and knee pain'


def _listed(read, tokens: list[str], i: int) -> tuple[int, list] | None:
    """'A, B and C H' at i (the commas are gone from the tokens): three to five one-word parts that each read as
    the part with the head (ankle pain, hip pain, knee pain), every reading a different term. Any part that does not
    read leaves the list to the pair at its end, as before."""
    for k in range(MAX_LISTED, 1, -1):  # the longest list first
        c = i + k
        if c >= len(tokens) - 2 or tokens[c] not in COORDINATORS or set(tokens[i:c]) & set(COORDINATORS):
            continue
        for h in range(1, MAX_PART + 1):
            end = c + 2 + h
            if end > len(tokens):
                continue
            head = tuple(tokens[c + 2:end])
            parts = [(t,) for t in tokens[i:c]] + [(tokens[c + 1],)]
            terms = [read(part + head) for part in parts]
            if all(terms) and len(set(terms)) == len(terms):
                return end - i, [(i, end, term, None) for term in terms]
    return None

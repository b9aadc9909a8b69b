"""Contractions read as the words they stand for: "doesn't" is 'does not', "can't" is 'cannot' (checker.lexicon's
tokens; each word keeps its own span in the text), so a contracted negation negates like any other."""
from __future__ import annotations

CONTRACTED = {"can": "cannot", "doesn": "does", "couldn": "could", "didn": "did", "hasn": "has", "haven": "have",
              "isn": "is", "wasn": "was", "weren": "were", "won": "will", "don": "do", "wouldn": "would", "aren": "are",
              "hadn": "had", "shouldn": "should"}


def uncontracted(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"doesn't" as 'does not', "can't" as 'cannot' (each word keeps its own span): a negation like any other."""
    out = []
    for w, a, b in words:
        if w == "t" and out and out[-1][0] in CONTRACTED and out[-1][2] + 1 == a:
            head, x, _ = out.pop()
            out += [("cannot", x, b)] if head == "can" else [(CONTRACTED[head], x, a - 1), ("not", a, b)]
        else:
            out.append((w, a, b))
    return out

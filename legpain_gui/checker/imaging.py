"""A bright signal in the spinal cord as an MRI report words it (checker.lexicon calls this at each token): a
hyperintensity and the cord named close together is HPO's T2-bright spinal cord lesion, whatever lies between:

- 'a T2 hyperintense lesion with gadolinium enhancement in the spinal cord', 'T2 hyperintensities spanning
  multiple levels in the cervical cord', 'high signal intensity of the intramedullary spinal cord',
  'longitudinal hyperintensity with cord swelling';
- the cord first: 'intramedullary T2 hyperintensity', 'cord signal change', 'spinal cord high signal'.

A brain word between the two ('periventricular', 'white matter', 'brainstem') stops the reading: those lesions
are the brain's. A negation before the span reaches it as usual ('no cord signal abnormality').
"""
from __future__ import annotations

T2_BRIGHT_CORD = "HP:0040272"
CUES = (("hyperintense",), ("hyperintensity",), ("elevated", "signal"), ("abnormal", "signal"), ("bright", "signal"),
        ("signal", "change"), ("signal", "abnormality"))  # after normalise(): 'high' and 'increased' are 'elevated'
CORD = ("cord", "intramedullary", "conus", "myelon")
BRAIN = ("brain", "cerebral", "periventricular", "white", "cerebellar", "cerebellum", "subcortical", "juxtacortical",
         "brainstem", "pons", "pontine", "medulla", "hemisphere", "corpus", "callosum", "thalamus", "optic", "cortex",
         "cortical")
WINDOW = 12  # tokens between the signal and the cord


def _cue(tokens: list[str], i: int) -> int:
    """The length of a bright-signal cue at i ('t2' before it included), or 0."""
    start = i + (tokens[i] == "t2")
    for cue in CUES:
        if tuple(tokens[start:start + len(cue)]) == cue:
            return start - i + len(cue)
    return 0


def cord_signal(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of a bright cord signal at i, or None."""
    n = _cue(tokens, i)
    if n:
        for j in range(i + n, min(i + n + WINDOW, len(tokens))):
            if tokens[j] in BRAIN:
                return None
            if tokens[j] in CORD:
                return j + 1 - i, [(i, j + 1, T2_BRIGHT_CORD, None)]
        return None
    if tokens[i] in CORD or tokens[i:i + 2] == ["spinal", "cord"]:
        first = i + (tokens[i] == "spinal") + 1
        for j in range(first, min(first + 3, len(tokens))):
            m = _cue(tokens, j)
            if m:
                return j + m - i, [(i, j + m, T2_BRIGHT_CORD, None)]
            if tokens[j] in BRAIN:
                return None
    return None

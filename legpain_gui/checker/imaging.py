"""A bright signal in the spinal cord as an MRI report words it (checker.lexicon calls this at each token): a
hyperintensity and the cord named close together is HPO's T2-bright spinal cord lesion, whatever lies between:

- 'a T2 hyperintense lesion with gadolinium enhancement in the spinal cord', 'T2 hyperintensities spanning
  multiple levels in the cervical cord', 'high signal intensity of the intramedullary spinal cord',
  'longitudinal hyperintensity with cord swelling';
- the cord first: 'intramedullary T2 hyperintensity', 'cord signal change', 'spinal cord high signal';
- a cervical or thoracic level for the cord: 'a T2 hyperintense lesion at T4-T6'.

A brain word between the two ('periventricular', 'white matter', 'brainstem') stops the reading: those lesions
are the brain's. A negation before the span reaches it as usual ('no cord signal abnormality').
"""
from __future__ import annotations

T2_BRIGHT_CORD = "HP:0040272"
CUES = (("hyperintense",), ("hyperintensity",), ("elevated", "signal"), ("abnormal", "signal"), ("bright", "signal"),
        ("signal", "change"), ("signal", "abnormality"), ("hypersignal",), ("hyper", "signal"))  # after normalise(): 'high'
# and 'increased' are 'elevated'; 'hypersignal', 'hyper signal intensity' (French and Italian reports: session 43)
CORD = ("cord", "intramedullary", "conus", "myelon")
BRAIN = ("brain", "cerebral", "periventricular", "white", "cerebellar", "cerebellum", "subcortical", "juxtacortical",
         "brainstem", "pons", "pontine", "medulla", "hemisphere", "corpus", "callosum", "thalamus", "optic", "cortex",
         "cortical")
NOT_CORD = ("disc", "disk", "vertebra", "vertebral", "bone", "marrow", "endplate", "facet", "muscle", "abscess",
            "collection", "epidural")  # a bright signal of these is not the cord's
WINDOW = 12  # tokens between the signal and the cord


def _cord_level(token: str) -> bool:
    """A cervical or thoracic level ('a T2 hyperintense lesion at T4-T6'): the cord runs there (a lumbar level is
    the cauda equina's)."""
    if len(token) not in (2, 3) or token[0] not in "ct" or not token[1:].isdigit():
        return False
    level = int(token[1:])  # T1 and T2 are MRI sequences far more often than vertebrae ('T2-weighted')
    return 1 <= level <= 8 if token[0] == "c" else 3 <= level <= 12


def _cue(tokens: list[str], i: int) -> int:
    """The length of a bright-signal cue at i ('t2' before it included), or 0."""
    start = i + (tokens[i] == "t2")
    for cue in CUES:
        if tuple(tokens[start:start + len(cue)]) == cue:
            return start - i + len(cue)
    return 0


def cord_signal(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of a bright cord signal at i, or None (not a plexus's cords)."""
    if "plexus" in tokens:
        return None
    n = _cue(tokens, i)
    if n:
        for j in range(i + n, min(i + n + WINDOW, len(tokens))):
            if tokens[j] in BRAIN or tokens[j] in NOT_CORD:
                return None
            if tokens[j] in CORD or _cord_level(tokens[j]):
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

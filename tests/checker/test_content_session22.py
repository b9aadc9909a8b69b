"""Content changed in session 22: diabetic distal symmetric polyneuropathy is a polyneuropathy by its definition
(Toronto consensus), so a nerve study's 'polyneuropathy' counts for it rather than only for CIDP."""
from __future__ import annotations

from legpain_gui.checker.evidence import match

POLYNEUROPATHY = "HP:0001271"


def test_diabetic_neuropathy_describes_polyneuropathy_as_obligate(checker):
    model, _ = checker
    annotations = model.conditions["diabetic-peripheral-neuropathy"].annotations
    p, ann, relation, _, _ = match(model, POLYNEUROPATHY, annotations)
    assert relation == "exact" and p >= 0.99 and ann.source

"""Text to findings, session 43: defects found by clinicians testing new published case texts and known from earlier
reviews (each would fail if its bug came back)."""
from __future__ import annotations

import pytest

from tests.checker.readings import found

WEAKNESS = "HP:0001324"


@pytest.mark.parametrize("text, expected", [
    ("Tendon reflexes were weak at the knees and ankles.", {"HP:0011808", "HP:0200101"}),
    ("Knee jerks were weakened.", {"HP:0011808"}),
    ("Knee and ankle tendon reflexes were weakened.", {"HP:0011808", "HP:0200101"}),
    ("He had weak reflexes.", {"HP:0001315"}),
    ("Reflexes were very weak throughout.", {"HP:0001315"}),
    ("Ankle reflexes were sluggish.", {"HP:0200101"}),
    ("Reflexes were reduced at the knees and absent at the ankles.", {"HP:0011808", "HP:0003438"}),
    ("Knee and ankle jerks cannot be elicited.", {"HP:0006844", "HP:0003438"}),
])
def test_a_weak_reflex_is_a_reduced_reflex_not_weakness(lex, text, expected):
    readings = found(lex, text)
    assert {(hpo, "present") for hpo in expected} <= readings
    assert (WEAKNESS, "present") not in readings


def test_weak_legs_beside_a_weak_reflex_stay_weakness(lex):
    readings = found(lex, "Weak ankle jerks and weak legs.")
    assert ("HP:0200101", "present") in readings
    assert ("HP:0007340", "present") in readings


@pytest.mark.parametrize("text, expected", [
    ("Vibration and touch were reduced in both feet.", {"HP:0002495", "HP:0010830"}),
    ("Vibration and position sense were reduced.", {"HP:0002495", "HP:0010831"}),
])
def test_modalities_said_lowered_are_sensory_loss_without_the_word_sensation(lex, text, expected):
    assert {(hpo, "present") for hpo in expected} <= found(lex, text)


def test_pain_lowered_after_treatment_is_no_sensory_loss(lex):
    sensory = {lex.phrases[key + ("sensation",)] for key in (("impaired", "pain"), ("impaired", "temperature"))}
    readings = found(lex, "Pain and cold were reduced after the injection.")
    assert not sensory & {hpo for hpo, _ in readings}

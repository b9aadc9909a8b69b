"""Text to findings, session 18: the look of a lesion said between the words of a phrase ('painful red nodules',
'tender, warm, erythematous nodules') is passed over, so the phrase is still read. Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract

NODULE, RED_EYE, JOINT_SWELLING = "HP:0001482", "HP:0025337", "HP:0001386"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"]}


@pytest.mark.parametrize("text", [
    "She had painful red nodules on both shins.",
    "Examination showed tender, warm, erythematous nodules on the legs.",
    "There were tender firm nodules over the anterior tibia.",
])
def test_a_look_between_the_words_of_a_phrase_is_passed_over(lex, text):
    assert (NODULE, "present") in _found(lex, text)


def test_a_look_is_negated_with_its_phrase(lex):
    assert (NODULE, "absent") in _found(lex, "There were no painful red nodules.")


def test_a_phrase_that_begins_with_a_look_keeps_it(lex):
    found = _found(lex, "She had red eyes and a hot red swollen knee.")
    assert (RED_EYE, "present") in found and (JOINT_SWELLING, "present") in found


GENITAL_ULCERS, ORAL_ULCERS = "HP:0003249", "HP:0000155"


@pytest.mark.parametrize("text", ["Two painful ulcers on his penis.", "She had vulvar ulcers.", "Scrotal ulcers were seen.",
                                  "Ulceration of the vulva was noted."])
def test_an_ulcer_of_a_genital_part_is_a_genital_ulcer(lex, text):
    assert (GENITAL_ULCERS, "present") in _found(lex, text)


def test_a_genital_part_is_negated_with_its_ulcer(lex):
    found = _found(lex, "There were no ulcers on the scrotum and no oral ulcers.")
    assert (GENITAL_ULCERS, "absent") in found and (ORAL_ULCERS, "absent") in found

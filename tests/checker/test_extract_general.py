"""Text to findings reads any clinician's spelling and shorthand, not only the tuning texts' phrases:
British and American spellings alike, 'non' joined or hyphenated, a two-word term written as one word,
laboratory terms as clinicians write them ('elevated LDH', not HPO's 'increased circulating lactate
dehydrogenase concentration')."""
from __future__ import annotations

import pytest

from legpain_gui.checker.extract import extract
from legpain_gui.checker.lexicon import normalise, words_of

PRURITUS, RASH, FOOT_DROP, AMENORRHEA = "HP:0000989", "HP:0000988", "HP:0009027", "HP:0000141"
LDH_HIGH, ALT_HIGH, IMMUNOGLOBULINS_HIGH = "HP:0025435", "HP:0031964", "HP:0010702"


def _found(lex, text):
    return {(f["hpo"], f["state"]) for f in extract(lex, text)["findings"] if f["context"] == "patient"}


@pytest.mark.parametrize("british, american", [
    ("amenorrhoea", "amenorrhea"), ("dyspnoea", "dyspnea"), ("aetiology", "etiology"), ("faecal", "fecal"),
    ("coeliac", "celiac"), ("behaviour", "behavior"), ("paralysed", "paralyzed"), ("grey", "gray"),
    ("oedema", "edema"), ("leucocytosis", "leukocytosis"), ("ischaemic", "ischemic"), ("haematuria", "hematuria"),
])
def test_british_and_american_spellings_are_one_word(british, american):
    assert normalise(british) == normalise(american)


def test_a_british_spelling_finds_the_american_term(lex):
    assert (AMENORRHEA, "present") in _found(lex, "She reported amenorrhoea.")


@pytest.mark.parametrize("text", ["A nonpruritic rash.", "A non-pruritic rash.", "A non pruritic rash."])
def test_non_negates_its_word_joined_hyphenated_or_apart(lex, text):
    found = _found(lex, text)
    assert (PRURITUS, "absent") in found and (RASH, "present") in found


def test_non_is_split_only_from_longer_words():
    assert [w for w, _, _ in words_of("none nonetheless nontender")] == ["none", "nonetheless", "non", "tender"]
    words = words_of("a nontender calf")
    assert [(s, e) for _, s, e in words] == [(0, 1), (2, 5), (5, 11), (12, 16)]


@pytest.mark.parametrize("text", ["He had footdrop.", "He had foot-drop.", "He had foot drop."])
def test_a_two_word_term_written_as_one_word_or_hyphenated(lex, text):
    assert (FOOT_DROP, "present") in _found(lex, text)


@pytest.mark.parametrize("text, hpo", [
    ("Elevated lactate dehydrogenase.", LDH_HIGH), ("Raised serum lactate dehydrogenase.", LDH_HIGH),
    ("Elevated alanine aminotransferase.", ALT_HIGH), ("Lactate dehydrogenase was raised.", LDH_HIGH),
])
def test_circulating_laboratory_terms_read_as_clinicians_write_them(lex, text, hpo):
    assert (hpo, "present") in _found(lex, text)


def test_a_generic_analyte_word_is_not_a_laboratory_term(lex):
    """'Antibodies ... negative' must not read as raised immunoglobulins absent."""
    assert IMMUNOGLOBULINS_HIGH not in {h for h, _ in _found(lex, "Anti-GM1 antibodies were negative.")}


"""Rows too general to estimate a specific finding under them (session 37). A condition's row of pain of any kind
(transverse myelitis: 'pain 88%', back, limb or girdle) says nothing of where the pain is: a patient's pain at one
site counts as pain, over pain's own background, not as that site's pain over its rarer one (a child's fever and
abdominal pain put transverse myelitis first, at 45%; now 19%). A raised white count row is no estimate of
eosinophilia."""
from __future__ import annotations

from legpain_gui.checker.engine import CheckInput, report

ABDOMINAL_PAIN, FEVER, PAIN = "HP:0002027", "HP:0001945", "HP:0012531"
MYELITIS = "idiopathic-transverse-myelitis"


def _contribution(checker, condition, hpo, present):
    model, rules = checker
    out = report(model, rules, CheckInput(present=present, age="6", course="acute"), ask=0, limit=60)
    result = next(r for r in out["results"] if r["id"] == condition)
    return result, next(c for c in result["contributions"] if c["hpo"] == hpo)


def test_pain_at_one_site_counts_as_pain_under_a_siteless_row(checker):
    result, c = _contribution(checker, MYELITIS, ABDOMINAL_PAIN, (FEVER, ABDOMINAL_PAIN))
    assert c["matched"] == PAIN and c["relation"] == "more specific"
    assert 1.0 < c["lr"] < 2.0, c            # pain's weight (0.88 over pain's background), was 5.3
    assert "counted at most as that" in c["note"]
    assert result["probability"] < 0.3  # was 45% of the ranking on fever and abdominal pain alone


def test_pain_itself_still_counts_in_full(checker):
    _, c = _contribution(checker, MYELITIS, PAIN, (PAIN,))
    assert c["relation"] == "exact" and c["lr"] > 1.0


EOSINOPHILIA, LEUKOCYTOSIS, LYMPHOCYTOSIS = "HP:0001880", "HP:0001974", "HP:0100827"


def test_a_raised_white_count_row_is_no_estimate_of_eosinophilia(checker):
    """A cellulitis' raised white count is neutrophils: its 'leukocytosis' row does not credit the eosinophilia (or
    lymphocytosis) HPO files under leukocytosis (was a weight of 5.3 for cellulitis)."""
    for term in (EOSINOPHILIA, LYMPHOCYTOSIS):
        result, c = _contribution(checker, "cellulitis", term, (term, "HP:0012514"))
        assert c["matched"] != LEUKOCYTOSIS and c["lr"] <= 1.0, c
    result, c = _contribution(checker, "cellulitis", LEUKOCYTOSIS, (LEUKOCYTOSIS,))
    assert c["relation"] == "exact" and c["lr"] > 1.0  # the row itself still counts


BACK_PAIN = "HP:0003418"


def test_the_note_says_what_was_counted(checker):
    """The review of session 37: back pain under myelitis' siteless pain row weighs as a finding not described (its
    HPO share is small), and the note must say so rather than claim it was counted as pain."""
    result, c = _contribution(checker, MYELITIS, BACK_PAIN, (BACK_PAIN,))
    assert c["matched"] == PAIN
    assert ("never counts less than a finding not described" in c["note"]) == (c["lr"] < 1.0)
    assert ("counted at most as that" in c["note"]) == (c["lr"] > 1.0)

"""The female:male ratio a condition file states is read only when the text opens with it: a ratio quoted
later in the sentence is a series' detail and is often written men to women. Reading it as female:male
turned reactive arthritis, where men predominate in hospital series, into a mostly female disease."""
from __future__ import annotations

import pytest

from legpain_gui.checker.model import parse_female_share


@pytest.mark.parametrize("text, share", [
    ("8:1", 8 / 9), ("about 1:1.3 (56% men in a 985-patient series)", 1 / 2.3), ("up to 9:1 in AQP4-IgG disease", 0.9),
    ("2:1", 2 / 3),
])
def test_a_ratio_that_opens_the_text_is_female_to_male(text, share):
    assert parse_female_share(text) == pytest.approx(share)


@pytest.mark.parametrize("text", [
    "men predominate in hospital series (5.8:1 in India, 68 patients), but population studies find more women",
    "varies between series (men predominated 3.5:1 in a Chinese series of 45)", "not established", "", None,
])
def test_a_ratio_quoted_later_or_none_gives_no_share(text):
    assert parse_female_share(text) is None


def test_the_shipped_reactive_arthritis_has_no_sex_weight(checker):
    model, _ = checker
    assert model.conditions["reactive-arthritis"].female_share is None
    assert model.conditions["systemic-lupus-erythematosus"].female_share == pytest.approx(8 / 9)

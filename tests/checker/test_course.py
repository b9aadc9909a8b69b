"""The course read from a case text (checker.course): the first time or word the text gives for the illness,
under four weeks acute, up to three months subacute, longer chronic; a time years before is a past event. Each test
fails if the reading is undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.course import course_of
from legpain_gui.checker.extract import extract


@pytest.mark.parametrize("text, course", [
    ("A 3-day history of fever and a painful red leg.", "acute"),
    ("Two weeks ago he developed weakness of both legs.", "acute"),
    ("She has had weakness for six weeks.", "subacute"),
    ("Progressive weakness of the arms and legs over four months.", "chronic"),
    ("Pain in both calves for two years.", "chronic"),
    ("Sudden severe pain in the left leg for three hours.", "acute"),
    ("An insidious onset of weakness.", "chronic"),
    ("Subacute onset of numbness.", "subacute")])
def test_the_course_of_a_text(text, course):
    assert course_of(text)["course"] == course


def test_the_first_time_said_wins_and_the_words_are_given():
    found = course_of("A 3-day history of leg pain; she has had diabetes for 20 years.")
    assert found["course"] == "acute" and found["text"] == "3-day history"


def test_a_time_years_ago_is_a_past_event_not_the_onset():
    assert course_of("Nine years ago she had a hip replacement. Leg pain for 5 days.")["course"] == "acute"


@pytest.mark.parametrize("text", ["Leg pain and fever.", "She has chronic kidney disease and leg pain."])
def test_no_time_no_course(text):
    assert course_of(text) is None


def test_extract_gives_the_course_with_its_words(lex):
    result = extract(lex, "A 57-year-old man has progressive weakness over four months. Reflexes are absent.")
    assert result["course"] == "chronic" and result["course_text"] == "over four months"

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


@pytest.mark.parametrize("text, course, words", [
    ("She has had late-onset asthma for 4 years and now 3 weeks of numbness.", "acute", "3 weeks of"),
    ("Plaque psoriasis for 15 years; a swollen toe for 2 weeks.", "acute", "for 2 weeks"),
    ("She stopped her apixaban 2 weeks ago; the pain started 3 hours ago.", "acute", "3 hours ago")])
def test_a_time_that_belongs_to_another_condition_or_a_treatment_is_not_the_illness(lex, text, course, words):
    result = extract(lex, text)
    assert (result["course"], result["course_text"]) == (course, words)


@pytest.mark.parametrize("text, course", [
    ("Symptoms resolved within three weeks of stopping the statin.", None),  # the outcome, not the onset
    ("Abrupt occlusion of the digital arteries on angiography.", None),  # an angiogram's word, not the onset
    ("The leg became painful and swollen over 24 h.", "acute"),
    ("Pain for 6 hrs.", "acute"),
])
def test_outcomes_and_angiograms_say_no_course_and_hours_written_short_do(text, course):
    found = course_of(text)
    assert (found and found["course"]) == course

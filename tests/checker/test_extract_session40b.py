"""Text to findings, session 40 (part 2): the guards review 2 asked for after the testers' fixes (each would fail if
its bug came back)."""
from __future__ import annotations

import pytest

from legpain_gui.checker.person import sex_of
from tests.checker.readings import contexts, found, fired


def test_a_referrals_reasons_after_its_query_stay_present(lex, checker):
    """Review 2: a 'querying' hedge had made a referral's signs uncertain and lost the cauda equina emergency (the cue
    was withdrawn)."""
    text = ("A 45-year-old woman referred by GP querying cauda equina syndrome with saddle anaesthesia and urinary "
            "retention since yesterday.")
    assert {("HP:0034982", "present"), ("HP:0000016", "present")} <= found(lex, text)
    assert fired(lex, checker, text)[0] == "emergency"


def test_a_symptom_usually_brought_on_by_lying_flat_is_the_patients(lex):
    """Review 2: a rule for 'is usually caused by' (withdrawn) had made a clinic letter's rest pain 'general'."""
    assert contexts(lex, "The rest pain in the right foot is usually caused by lying flat at night.")[
        "HP:6000627"] == "patient"


def test_a_biopsys_verdict_is_the_patients(lex):
    """Review 2: 'this is a necrotizing vasculitis of medium-sized arteries' on a nerve biopsy had read as general."""
    text = ("Sural nerve biopsy: this is a necrotizing vasculitis of medium-sized arteries with mononeuritis "
            "multiplex.")
    assert contexts(lex, text)["HP:6000658"] == "patient"
    assert contexts(lex, "Polyarteritis nodosa is a systemic necrotizing vasculitis of medium-sized arteries.")[
        "HP:6000658"] == "general"


def test_after_a_fall_is_still_an_injury(lex):
    assert ("HP:0031135", "present") in found(
        lex, "She was unable to get up after a fall and lay on the floor for 12 hours.")


def test_a_past_embolism_before_well_until_stays_past(lex):
    """Review 2: 'a history of pulmonary embolism, and was well until 3 days before admission' must stay history."""
    text = "She has a history of pulmonary embolism, and was well until 3 days before admission."
    assert contexts(lex, text)["HP:0002204"] == "history"


def test_can_be_present_is_no_hedge(lex):
    assert ("HP:0001785", "present") in found(lex, "The ankle swelling can be present all day.")


@pytest.mark.parametrize("text", ["He is on warfarin as stroke prophylaxis for atrial fibrillation.",
                                  "She was taking warfarin for secondary stroke prevention."])
def test_stroke_prophylaxis_names_no_stroke(lex, text):
    assert not any(h == "HP:0001297" for h, _ in found(lex, text))


def test_not_a_finding_never_across_a_comma(lex):
    assert any(h == "HP:0001297" for h, _ in found(lex, "He had a stroke, prevention of a further event was discussed."))


def test_a_jugular_vein_clot_is_no_dvt(lex):
    got = found(lex, "Venous thrombosis of the internal jugular vein followed a deep neck infection.")
    assert ("HP:0002625", "present") not in got and ("HP:0004936", "present") in got


@pytest.mark.parametrize("text, sex", [
    ("An elderly woman who presented with leg pain was brought by her son; he said she had fallen at home.", "female"),
])
def test_a_patient_introduced_with_who(text, sex):
    assert sex_of(text) == sex


def test_rapid_onset_of_a_drugs_action_is_no_course(lex):
    from legpain_gui.checker.extract import extract
    text = ("A 55-year-old man with recurrent gout; naproxen was chosen for its rapid onset of action. He now has a hot "
            "swollen first MTP joint.")
    assert extract(lex, text)["course"] is None


def test_a_comma_list_keeps_its_not_a_finding_phrase(lex):
    """Review 3: the comma guard had split 'hair loss, shiny skin' (a limb's trophic changes) into alopecia."""
    assert not any(h == "HP:0001596" for h, _ in found(lex, "Skin changes: hair loss, shiny skin, cool feet."))


def test_a_biopsys_which_is_clause_stays_the_patients(lex):
    text = "Skin biopsy showed leukocytoclastic vasculitis, which is a small-vessel vasculitis affecting the dermis."
    assert contexts(lex, text)["HP:0034786"] == "patient"


@pytest.mark.parametrize("text", ["Duplex showed venous thrombosis of the deep veins of the calf.",
                                  "Venous thrombosis of the femoral vein; ECG showed sinus rhythm."])
def test_deep_vein_words_make_a_dvt(lex, text):
    assert ("HP:0002625", "present") in found(lex, text)

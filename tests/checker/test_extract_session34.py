"""Text to findings, session 34: a list of three or more one-word sites before a shared noun ('ankle, hip and knee
pain') is every site's finding, not only the last pair's; the parts of the foot (midfoot, forefoot, hindfoot) are the
foot. From the testers' published case reports (rounds fd-ff): a pair of findings before one site is read at the
site when one of them has a term there ('swelling and erythema of the right leg'); 'confused with' a disease is no
confusion; a pain 'feeling like' gout is no gout; the dRVVT is a lupus anticoagulant test; nitrous oxide misused;
'wobbly' legs are an unsteady gait; a second power grade at another site after the first ('power 3/5 in the
upper limbs and 1/5 in the lower limbs') is read too; a test's
own nouns (antibody, antigens) do not shorten a negation's reach over a list of tests; a working diagnosis, an
evaluation 'for' something and what 'could have caused' a disease are uncertain; 'incontinence' alone is the
bladder's; a wound's pale base, an acne cream and the relief of a pain name no finding; the respiration rate is the respiratory rate; a noun after
descriptors and their site is the site's finding too ('painful bilateral ankle swelling'); paresis is weakness, at its site where named ('paresis of both arms'); a reflex\nsaid absent at one site is that site's ('deep tendon reflex was absent at the right ankle' is no areflexia). Each test fails if undone."""
from __future__ import annotations

import pytest

from tests.checker.readings import found

ANKLE, HIP, KNEE, BACK, FOOT = "HP:0030840", "HP:0030838", "HP:0030839", "HP:0003418", "HP:0025238"

READ = [
    ("He complained of ankle, hip and knee pain.", ANKLE, "present"),
    ("He complained of ankle, hip and knee pain.", HIP, "present"),
    ("He had back, hip, knee and ankle pain.", BACK, "present"),
    ("He had back, hip, knee and ankle pain.", ANKLE, "present"),
    ("There was no hip, knee or ankle pain.", HIP, "absent"),
    ("There was no hip, knee or ankle pain.", ANKLE, "absent"),
    ("He complained of ankle, midfoot and knee pain.", FOOT, "present"),
    ("He complained of ankle, midfoot and knee pain.", ANKLE, "present"),
    ("She had tenderness over the midfoot.", FOOT, "present"),
    ("He had forefoot pain on walking.", FOOT, "present"),
    ("Physical examination revealed swelling and erythema of the right leg.", "HP:0010741", "present"),
    ("Physical examination revealed swelling and erythema of the right leg.", "HP:0010783", "present"),
    ("The pain was feeling like an attack of gout.", "HP:0001997", "uncertain"),
    ("Significant results included a positive dilute Russell's viper venom test.", "HP:0025343", "present"),
    ("The dRVVT was negative.", "HP:0025343", "absent"),
    ("He was misusing nitrous oxide over several months.", "HP:4000128", "present"),
    ("Both legs have started to feel wobbly and numb.", "HP:0002317", "present"),
    ("Power was 3/5 in the upper limbs and 1/5 in the lower limbs.", "HP:0007340", "present"),
    ("All four extremities were weak (power 3/5 in upper extremities, 1/5 in lower extremities).", "HP:0007340",
     "present"),
    ("Power was 4/5 in the lower limbs and 5/5 in the upper limbs.", "HP:0003484", "absent"),
    ("She was negative for hepatitis B antibody/surface antigens, antiglomerular basement membrane antibody, "
     "antinuclear antibodies and anti-neutrophil cytoplasmic antibody (ANCA).", "HP:0003493", "absent"),
    ("Her laboratory investigation revealed low C3 and C4, and increased titer of anti ds-DNA.", "HP:0020151",
     "present"),
    ("He was referred with haematuria, with a view to evaluate him for renal calculi.", "HP:0000787", "uncertain"),
    ("With fever and prior epidural injection, an epidural abscess was the working diagnosis.", "HP:0033181",
     "uncertain"),
    ("Her diet included meat, which could have caused her to develop gout.", "HP:0001997", "uncertain"),
    ("She presented with a gait instability, lower extremity numbness and incontinence.", "HP:0000020", "present"),
    ("She reported decreased oral intake because of discomfort from palatal ulcers.", "HP:0000155", "present"),
    ("He presented with 2 weeks of painful bilateral ankle swelling.", "HP:0001785", "present"),
    ("He presented with 2 weeks of painful bilateral ankle swelling.", "HP:0030840", "present"),
    ("Paresis and areflexia of both arms were found.", "HP:0003484", "present"),
    ("There was no paresis.", "HP:0001324", "absent"),
    ("Walking became difficult.", "HP:0001288", "present"),
    ("She had sudden onset RLQ pain.", "HP:0002027", "present"),
    ("Smith antibodies titer was 1:800.", "HP:0033040", "present"),
    ("The patient had a globe vesicle.", "HP:0000016", "present"),
    ("Deep tendon reflex was absent at the right ankle.", "HP:0003438", "present"),
    ("Laboratory tests showed that the sUA was 669 umol/L.", "HP:0002149", "present"),
    ("She complained of pain with right leg elevation exceeding 30 degrees.", "HP:6000066", "present"),
    ("He reported loss of balance.", "HP:0002172", "present"),
    ("A 64-year-old man was admitted after 2 months of sustained subfebrile temperature.", "HP:0011134", "present"),
    ("He had 2 years of mild intermittent calf discomfort with exercise.", "HP:0004417", "present"),
    ("The patient had intermittent lateral foot parethesias.", "HP:0003401", "present"),
    ("Renal involvement presented as a microscopic haematuria and decreasing of renal function.", "HP:0000083",
     "present"),
    ("She underwent fasciotomy under the preoperative diagnosis of fasciitis and myositis.", "HP:0100614", "uncertain"),
    ("The patient had an unwitnessed fall in his home.", "HP:0002527", "present"),
    ("Vital signs were: temperature 37.8 C, pulse 86/min, and respiration rate 32/min.", "HP:0002789", "present"),
]

NOT_READ = [
    # a first word that makes no finding with the noun leaves the list to its last pair, as before
    ("She had fever, knee and ankle pain.", "HP:0012531", "present"),
    ("It was easy to be confused with lumbar radiculopathy due to the unilateral leg pain.", "HP:0001289", "present"),
    ("The pain was feeling like an attack of gout.", "HP:0001997", "present"),
    ("She was negative for hepatitis B antibody/surface antigens, antiglomerular basement membrane antibody, "
     "antinuclear antibodies and anti-neutrophil cytoplasmic antibody (ANCA).", "HP:0003493", "present"),
    ("She was treated with analgesics for 2 months without any relief in her pain.", "HP:0012531", "absent"),
    ("She had applied a topical acne medication to the facial rash.", "HP:0001061", "present"),
    ("The ulcer base is pale with fibrinous debris; the toes are pink with brisk capillary refill.", "HP:0000980",
     "present"),
    ("He was referred with haematuria, with a view to evaluate him for renal calculi.", "HP:0000787", "present"),
    ("Deep tendon reflex was absent at the right ankle.", "HP:0001284", "present"),  # one ankle is no areflexia
    ("Ankle-to-brachial pressure measurements showed a fall of left-side values after exercise.", "HP:0002527",
     "present"),
    ("His blood glucose level has been in the borderline diabetes range.", "HP:0000819", "present"),
    ("This led to a preliminary diagnosis of orthostatic hypotension.", "HP:0001278", "present"),
    ("Electromyography showed evidence for diabetic amyotrophy.", "HP:0003202", "present"),
    ("Respiration rate was 16/min.", "HP:0002789", "present"),
]


@pytest.mark.parametrize("text, hpo, state", READ)
def test_read(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo, state", NOT_READ)
def test_not_read(lex, text, hpo, state):
    assert (hpo, state) not in found(lex, text)


def test_a_list_with_an_unknown_word_keeps_its_last_pair(lex):
    got = found(lex, "She had fever, knee and ankle pain.")
    assert {("HP:0001945", "present"), (KNEE, "present"), (ANKLE, "present")} <= got


def test_the_previous_days_are_the_present_illness(lex):
    """'for the previous 5 days' is this illness, up to now, as 'for the past 5 days' was; 'a previous DVT' is past."""
    from tests.checker.readings import contexts
    assert contexts(lex, "She had been feeling unwell for the previous 5 days with fever, chills and myalgia.")[
        "HP:0001945"] == "patient"
    assert contexts(lex, "She had a previous DVT.")["HP:0002625"] == "history"

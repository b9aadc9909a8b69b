"""Text to findings and triage, session 26 (clinician testers: benign leg problems beside emergencies, neurology and
nephrology letters, muscle clinics, joint referrals): pain out of proportion to the findings is read (and denied) and
with an acute course is an emergency; a negation does not reach an item of a list that began with a present finding
or whose items each carry their own 'no'; a past illness that has resolved ends where this one starts ('... fully
recovered, presents with'); a relative named before 'presents' keeps the complaint the patient's; joint crepitus is
not gas in the tissues; a joint fluid's Gram stain is read (a test whose result closes it, not its list); fever above
38.0 C; 'K+ 6.8'; and the wordings in READ (read so) and NOT_READ (look-alikes, not read). Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.engine import CheckInput
from legpain_gui.checker.extract import extract
from legpain_gui.checker.report import report
from tests.checker.readings import found as _found, contexts as _contexts, fired as _fired

DISPROPORTIONATE, PAIN, JOINT_CREPITUS, SOFT_TISSUE_GAS = "HP:6001123", "HP:0012531", "HP:0034431", "HP:6001021"
GRAM, PURULENT, CRYSTALS, FEVER, POTASSIUM = "HP:6000583", "HP:0034939", "HP:6000248", "HP:0001945", "HP:0002153"
NUMBNESS, INSTABILITY, SYNOVITIS, HEPATITIS, CANCER = "HP:0033748", "HP:0002172", "HP:0100769", "HP:0006554", "HP:0002664"
FOOT_DROP, FOOT_PAIN, VITAL_CAPACITY, FALLS, NECROTISING_VASCULITIS = (
    "HP:0009027", "HP:0025238", "HP:0002792", "HP:0002527", "HP:6000253")
RAPID, ARM_WEAKNESS, SLR, SMOKING, DARK_URINE, DYSPHAGIA = (
    "HP:0003678", "HP:0003484", "HP:0033357", "HP:0430133", "HP:0040319", "HP:0002015")
FINGER_FLEXORS, LONG_FINGERS, HELIOTROPE, COLD_INTOLERANCE, COLD_SKIN = (
    "HP:0031177", "HP:0100807", "HP:0040324", "HP:6000855", "HP:0033850")
TOE_DACTYLITIS, TICK_BITE, URETHRITIS, PROXIMAL_LEG, LOSS_OF_AMBULATION, HAEMATURIA = (
    "HP:0031091", "HP:0020140", "HP:0500006", "HP:0008994", "HP:0002505", "HP:0000790")
PATELLAR_ABSENT, CALF_MYALGIA, LEG_SWELLING, PARESTHESIA, LEG_WEAKNESS = (
    "HP:0006844", "HP:0031921", "HP:0010741", "HP:0003401", "HP:0007340")


READ = [
    ("A tibial shaft fracture with pain out of proportion to the injury.", DISPROPORTIONATE, "present"),
    ("Acute calf pain disproportionate to the examination findings.", DISPROPORTIONATE, "present"),
    ("Pain out of keeping with the clinical findings over the thigh.", DISPROPORTIONATE, "present"),
    ("The pain was not out of proportion to the injury.", DISPROPORTIONATE, "absent"),
    ("The pain was not out of proportion to the injury.", PAIN, "present"),
    ("No severe pain out of proportion to the swelling.", DISPROPORTIONATE, "absent"),
    # a list whose items each carry their own 'no', or that began with a present finding
    ("He has no fever and no rash, and numbness over the dorsum of the foot.", NUMBNESS, "present"),
    ("She reports numbness of the feet, no weakness, and imbalance.", INSTABILITY, "present"),
    ("No fever, rash, and weight loss.", "HP:0001824", "absent"),  # one 'no' over the whole list
    ("She denies fever, no rash, and no weight loss.", "HP:0001824", "absent"),
    ("Her synovitis is burnt out.", SYNOVITIS, "absent"),
    ("Over the last week he developed a painful right foot drop.", FOOT_DROP, "present"),
    ("Sural nerve biopsy showed transmural inflammation of epineurial vessels with fibrinoid necrosis.",
     NECROTISING_VASCULITIS, "present"),
    ("His FVC has fallen from 3.8 L to 2.1 L.", VITAL_CAPACITY, "present"),
    ("Rapidly ascending weakness over 5 days, now involving her arms.", RAPID, "present"),
    ("Rapidly ascending weakness over 5 days, now involving her arms.", ARM_WEAKNESS, "present"),
    ("Rapidly worsening leg weakness over three days.", RAPID, "present"),
    ("Crepitus and bony enlargement, range 5-110 degrees.", JOINT_CREPITUS, "present"),
    ("History of smoking, 40 pack-years.", SMOKING, "present"),
    ("Aspirate: turbid, urate crystals, Gram stain negative.", GRAM, "absent"),
    ("Aspirate: turbid, urate crystals, Gram stain negative.", CRYSTALS, "present"),
    ("Aspirate: turbid, urate crystals, Gram stain negative.", PURULENT, "present"),
    ("Aspirate shows 120 000 WBC/uL, Gram-positive cocci.", GRAM, "present"),
    ("No organisms on Gram stain of the knee aspirate.", GRAM, "absent"),
    ("Aspirate frank pus.", PURULENT, "present"),
    ("Temp 38.2C, WCC 13.1, CRP 140.", FEVER, "present"),
    ("K+ 6.8 mmol/L.", POTASSIUM, "present"), ("Serum K+ 6.8 mmol/L", POTASSIUM, "present"),
    ("Urine looks like cola.", DARK_URINE, "present"), ("Urine is dark.", DARK_URINE, "present"),
    ("She has been choking on solid food for 6 months.", DYSPHAGIA, "present"),
    ("His long finger flexors are weak.", FINGER_FLEXORS, "present"),
    ("Heliotrope discolouration of both upper eyelids.", HELIOTROPE, "present"),
    ("She is feeling cold all the time.", COLD_INTOLERANCE, "present"),
    ("A swollen sausage-like 2nd toe.", TOE_DACTYLITIS, "present"), ("Dactylitic left 4th toe.", TOE_DACTYLITIS, "present"),
    ("A tick bite two weeks ago.", TICK_BITE, "present"),
    ("Two weeks after treatment for chlamydia.", URETHRITIS, "present"),
    ("He is unable to stand from squatting.", PROXIMAL_LEG, "present"),
    ("Microscopy shows dysmorphic red cells.", HAEMATURIA, "present"),
    ("Knee and ankle reflexes are absent.", PATELLAR_ABSENT, "present"),
    ("He describes a 10-month relapsing-remitting history of leg weakness and tingling in the feet.",
     PARESTHESIA, "present"),
]

NOT_READ = [
    ("His FVC has fallen from 3.8 L to 2.1 L.", FALLS),
    ("Over the last week he developed a painful right foot drop.", FOOT_PAIN),
    ("Crepitus and bony enlargement, range 5-110 degrees.", SOFT_TISSUE_GAS),
    ("The knee has crepitus and bony enlargement.", SOFT_TISSUE_GAS),
    ("She can straight-leg raise without pain.", SLR),
    ("Mammogram and CT are being arranged given the cancer association.", CANCER),
    ("Blood cultures grew Gram-positive cocci.", GRAM),
    ("Temperature 38.0.", FEVER),
    ("His long finger flexors are weak.", LONG_FINGERS),
    ("She is feeling cold all the time.", COLD_SKIN),
    ("He is unable to stand from squatting.", LOSS_OF_AMBULATION),
]


@pytest.mark.parametrize("text, hpo, state", READ)
def test_read(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)


@pytest.mark.parametrize("text, hpo", NOT_READ)
def test_look_alikes_not_read(lex, text, hpo):
    assert hpo not in {h for h, _ in _found(lex, text)}


@pytest.mark.parametrize("text, hpo, context", [
    ("A 45-year-old man with a history of Guillain-Barre syndrome 20 years ago, fully recovered, presents with "
     "painful swelling and tenderness of the right calf.", CALF_MYALGIA, "patient"),
    ("Two years ago she had optic neuritis, which resolved; she now presents with leg weakness.", LEG_WEAKNESS, "patient"),
    ("Two years ago she had optic neuritis, which resolved; she now presents with leg weakness.", "HP:0100653", "history"),
    ("A 52-year-old woman whose mother had polymyalgia rheumatica presents with 3 weeks of painful calves.",
     CALF_MYALGIA, "patient"),
    ("A 60-year-old with dermatomyositis in her sister presents with aching thighs.", "HP:0012514", "patient"),
])
def test_contexts(lex, text, hpo, context):
    assert _contexts(lex, text)[hpo] == context


def test_a_vaccination_is_no_infection(lex):
    found = {(f["hpo"], f["state"]) for f in extract(lex, "History of hepatitis B vaccination only.")["findings"]}
    assert (HEPATITIS, "present") not in found


def test_her_own_result_is_not_the_relatives(lex):
    assert _contexts(lex, "Her mother has diabetes; her own fasting glucose is normal.")["HP:0003074"] == "patient"


def test_acute_pain_out_of_proportion_is_an_emergency(lex, checker):
    level, fired = _fired(lex, checker, "Diabetic man with calf pain for 6 hours, out of proportion to the examination.")
    assert level == "emergency" and "acute-disproportionate-pain" in fired
    _, fired = _fired(lex, checker, "Calf pain for 6 hours, not out of proportion to the examination.")
    assert "acute-disproportionate-pain" not in fired


def test_bacteria_on_the_joint_fluid_gram_stain_is_a_septic_joint(lex, checker):
    level, fired = _fired(lex, checker, "Knee aspirate shows Gram-positive cocci.")
    assert level == "emergency" and "septic-arthritis" in fired
    _, fired = _fired(lex, checker, "Knee aspirate: no organisms on Gram stain.")
    assert "septic-arthritis" not in fired


def test_knee_crepitus_is_no_necrotising_infection(lex, checker):
    _, fired = _fired(lex, checker, "Known knee osteoarthritis. Crepitus and bony enlargement, range 5-110 degrees.")
    assert "necrotising-soft-tissue-infection" not in fired


@pytest.mark.parametrize("text, state", [
    ("Duplex: deep veins patent and compressible.", "absent"),
    ("The deep veins are patent; superficial thrombophlebitis of the long saphenous vein.", "absent"),
])
def test_a_duplex_with_open_deep_veins_denies_a_clot(lex, text, state):
    assert ("HP:0002625", state) in _found(lex, text)


@pytest.mark.parametrize("text", ["Duplex: deep veins non-compressible on the left.", "Deep veins not compressible."])
def test_a_vein_that_does_not_compress_denies_nothing(lex, text):
    assert ("HP:0002625", "absent") not in _found(lex, text)


def test_haemoptysis_with_a_raised_creatinine_and_anca_is_pulmonary_renal(lex, checker):
    level, fired = _fired(lex, checker, "Creatinine 240 umol/L, haemoptysis, PR3-ANCA positive.")
    assert level == "emergency" and "pulmonary-renal" in fired
    _, fired = _fired(lex, checker, "Creatinine 240 umol/L, no haemoptysis, PR3-ANCA positive.")
    assert "pulmonary-renal" not in fired


def test_bruise_like_lumps_on_the_shins_are_erythema_nodosum(lex):
    assert ("HP:0012219", "present") in _found(lex, "Tender, bruise-like raised lumps on both shins.")


@pytest.mark.parametrize("text, course", [
    ("A 58-year-old woman with a 4-year history of seropositive rheumatoid arthritis presents with 2 weeks of "
     "painful foot drop.", "acute"),
    ("Type 2 diabetes on metformin for 12 years; two weeks of burning feet.", "acute"),
    ("He takes pregabalin for 2 years; leg weakness for 5 days.", "acute"),
    ("At 36 weeks of pregnancy she developed calf pain 2 days ago.", "acute"),
    ("A rash on her shin for 4 months.", "chronic"),  # a body part after 'on' is no drug
    ("Pain on walking for 3 weeks.", "acute"),
])
def test_the_course_is_this_illness_not_a_background_disease_drug_or_pregnancy(lex, text, course):
    assert extract(lex, text)["course"] == course


def test_an_emergency_condition_one_finding_speaks_for_is_urgent_not_an_emergency(checker):
    """A bruise alone (NSTI's ecchymosis row) filled a quarter of the ranking and sent sprains to the emergency
    department; with leg pain of acute onset beside it, the can't-miss rule still says emergency."""
    model, rules = checker
    alone = report(model, rules, CheckInput(present=("HP:0031364",)))["triage"]
    assert alone["level"] == "urgent" and any(
        r["rule"] == "cant-miss" and "single finding" in r["advice"] for r in alone["reasons"])
    more = report(model, rules, CheckInput(present=("HP:0031364", "HP:0012514", "HP:0011009")))["triage"]
    assert more["level"] == "emergency"


def test_a_red_flag_finding_alone_keeps_its_emergency(checker):
    """The single-finding step-down spares a finding that is itself a red flag: a CK over 50 times normal alone."""
    model, rules = checker
    triage = report(model, rules, CheckInput(present=("HP:0030235",)))["triage"]
    assert triage["level"] == "emergency"

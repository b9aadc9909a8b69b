"""Text to findings, session 28 (defects left by session 27's testers and new ones from published case reports):
a result after a comma that closes an earlier list ('calf pain, swelling and erythema, DVT excluded') is the last
subject's only; a list of tests closed by an item whose own words hold the result ('... and blood cultures were
negative'); a clinician's doubt ('I do not think this is ...') hedges, it does not negate; ', and' after a single
negated item joins a clause of its own; a clause after a comma ('..., she has burning feet') stops a hedge; a
condition's name with only where it is ('lower limb cellulitis') is its finding; a Gram stain right after a
sentence about joint fluid; a movement's power grade ('4+/5 hip flexion') is its muscles' weakness. Each test fails if undone."""
from __future__ import annotations

import pytest

from tests.checker.readings import found as _found

READ = [
    ("Calf pain, swelling and erythema, DVT excluded.", "HP:0031921", "present"),
    ("Calf pain, swelling and erythema, DVT excluded.", "HP:0010783", "present"),
    ("Calf pain, swelling and erythema, DVT excluded.", "HP:0002625", "absent"),
    ("DVT, Baker's cyst and septic arthritis excluded.", "HP:0002625", "absent"),
    ("DVT, Baker's cyst and septic arthritis excluded.", "HP:0003095", "absent"),
    ("ANCA, ANA, cryoglobulins and blood cultures were negative.", "HP:0003453", "absent"),
    ("ANCA, ANA, cryoglobulins and blood cultures were negative.", "HP:0100778", "absent"),
    ("ANCA, ANA, cryoglobulins and blood cultures were negative.", "HP:0031864", "absent"),
    ("I do not think this is mechanical back pain.", "HP:0003418", "uncertain"),
    ("He has conjunctivitis without photophobia, and painless ulcers on the glans.", "HP:0003249", "present"),
    ("He has conjunctivitis without photophobia, and painless ulcers on the glans.", "HP:0000613", "absent"),
    ("She was without fever, chills, and night sweats.", "HP:0030166", "absent"),
    ("Metronidazole can cause neuropathy, she has burning feet.", "HP:0009830", "present"),
    ("Right lower extremity cellulitis.", "HP:0100658", "present"),
    ("She has leg cellulitis.", "HP:0100658", "present"),
    # a Gram stain right after a sentence about joint fluid is the joint fluid's
    ("Knee aspirate: turbid fluid; Gram stain showed gram-positive cocci.", "HP:6000583", "present"),
    # a movement's grade is the weakness of its muscles, before or after the grade
    ("LL 4+/5 hip flexion bilaterally.", "HP:0012515", "present"),
    ("Power 4+/5 hip flexion.", "HP:0012515", "present"),
    ("Hip flexion 5/5.", "HP:0012515", "absent"),
    ("Knee extension 4/5.", "HP:0007340", "present"),
    ("Ankle dorsiflexion 3/5 on the left.", "HP:0009027", "present"),
    # a CSF cell count with its value first; a pulse put down to the oedema over it is not assessable
    ("CSF showed 34 white cells/uL and protein 0.4 g/L.", "HP:0012229", "present"),
    ("Lumbar puncture: 120 leucocytes per microlitre, protein 1.2 g/L.", "HP:0012229", "present"),
    ("Pitting oedema to the knee, pedal pulses hard to feel due to oedema.", "HP:0032553", "uncertain"),
    # testers' published case reports (session 28, round cf)
    ("Straight leg raise does not elicit pain bilaterally.", "HP:6000066", "absent"),
    ("Anti-contactin 1 antibody testing was not performed.", "HP:0034137", "uncertain"),
    ("He had no fever, no respiratory distress, palpitations, and no urinary incontinence.", "HP:0001962", "absent"),
    ("A lumbar puncture revealed 302 total nucleated cells, 119 protein, normal glucose.", "HP:0002922", "present"),
    ("A lumbar puncture revealed 302 total nucleated cells, 119 protein, normal glucose.", "HP:0012229", "present"),
    ("He suddenly developed a right-sided foot-drop. There were no other muscle weaknesses.", "HP:0001324", "uncertain"),
    ("He presented with low back pain, saddle (perineal) anaesthesia and urinary retention.", "HP:0034982", "present"),
    ("He presented with urinary incontinence, scrotal anesthesia and lower back pain.", "HP:0034982", "present"),
    ("Sensation to light touch, pain and temperature was diminished below the right mid-shin.", "HP:0007328", "present"),
    ("Sensation to light touch, pain and temperature was diminished below the right mid-shin.", "HP:0010829", "present"),
    ("No loss of pain and temperature sensation.", "HP:0007328", "absent"),
    ("Ankle and knee jerks were absent.", "HP:0003438", "present"),
    ("Ankle and knee jerks were absent.", "HP:0006844", "present"),
    ("CSF protein was 1.57 g/L, consistent with albumin-cytologic dissociation.", "HP:0002922", "present"),
    ("He also had dull low back pain for 6 weeks.", "HP:0003419", "present"),
]

NOT_READ = [
    ("Straight leg raise does not elicit pain bilaterally.", "HP:0012531"),  # the test's result, not the patient's pain
    ("Sensation to light touch, pain and temperature was diminished.", "HP:0012531"),  # a modality
    ("He also had dull low back pain for 6 weeks.", "HP:0001254"),  # no lethargy
    ("Liver and renal function tests were normal.", "HP:6000184"),  # no filum terminale lipoma
    ("CSF protein was 1.57 g/L, consistent with albumin-cytologic dissociation.", "HP:0032940"),  # no psychiatric term
]


@pytest.mark.parametrize("text, hpo, state", READ)
def test_read(lex, text, hpo, state):
    assert (hpo, state) in _found(lex, text)


@pytest.mark.parametrize("text, hpo", NOT_READ)
def test_not_read(lex, text, hpo):
    assert hpo not in {h for h, _ in _found(lex, text)}


def test_a_doubt_never_reads_the_finding_absent(lex):
    assert ("HP:0002625", "absent") not in _found(lex, "I don't think this is DVT.")


def test_a_gram_stain_after_a_blood_sample_is_no_joints(lex):
    assert "HP:6000583" not in {h for h, _ in _found(lex, "Blood cultures taken. Gram stain showed gram-positive cocci.")}


def test_a_normal_csf_count_first_is_no_pleocytosis(lex):
    assert "HP:0012229" not in {h for h, _ in _found(lex, "CSF contained 2 white cells per mm3.")}

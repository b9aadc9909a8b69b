"""Text to findings, session 31: a child's measured heart and breathing rates are read against the limits for its age
(Goldstein 2005), never below the adult ones; an HbA1c against the diabetes threshold; a time between a test and its
value ('the CK at admission was'); and the defects of the testers' published case reports (a result said before the
list it closes, 'and positive' ending a negation, 'differential diagnoses of' a list, down-going plantars, wrong terms).
Each test fails if undone."""
from __future__ import annotations

import pytest

from legpain_gui.checker.limits import child_rate_is_normal
from tests.checker.readings import found

TACHY, TACHYPNOEA = "HP:0001649", "HP:0002789"


@pytest.mark.parametrize("text, hpo, read", [
    ("A 4-year-old boy. Heart rate was 120 beats/min.", TACHY, False),  # normal at 4 (limit 140)
    ("A 4-year-old boy. Pulse 150/min.", TACHY, True),
    ("A 9-year-old girl. HR 125 bpm.", TACHY, False),  # limit 130 at 6-12
    ("A 9-year-old girl. HR 135 bpm.", TACHY, True),
    ("A 15-year-old girl. HR 105.", TACHY, False),  # limit 110 at 13-17
    ("A 15-year-old girl. HR 118.", TACHY, True),
    ("A 40-year-old man. HR 105.", TACHY, True),  # an adult's limit stays 100
    ("A 4-year-old boy. Respiratory rate 22/min.", TACHYPNOEA, False),  # limit 22 at 1-5
    ("A 4-year-old boy. Respiratory rate 26/min.", TACHYPNOEA, True),
    ("A 15-year-old boy. Respiratory rate 18/min.", TACHYPNOEA, False),  # not below the adult limit (21)
    ("A 15-year-old boy. Respiratory rate 24/min.", TACHYPNOEA, True),
    ("A 4-year-old boy was tachycardic.", TACHY, True),  # a word without a value is kept
])
def test_a_childs_rate_against_its_age(lex, text, hpo, read):
    assert ((hpo, "present") in found(lex, text)) is read


def test_the_age_bands(lex):
    assert child_rate_is_normal(TACHY, "heart rate 170/min", 0) and not child_rate_is_normal(TACHY, "HR 185", 0)
    assert child_rate_is_normal(TACHYPNOEA, "RR 30/min", 0) and not child_rate_is_normal(TACHYPNOEA, "RR 40/min", 0)
    assert not child_rate_is_normal(TACHY, "HR 120", None)  # no age stated: the adult limit
    assert not child_rate_is_normal("HP:0001945", "temperature 38", 4)  # only the two rates


RAISED_HBA1C = "HP:0040217"


@pytest.mark.parametrize("text, read", [
    ("HbA1c was 9.2%.", True),
    ("HbA1c 6.5%.", True),  # the ADA and WHO threshold
    ("HbA1c 6.4%.", False),
    ("HbA1c 64 mmol/mol.", True),
    ("HbA1c 45 mmol/mol.", False),
    ("HbA1c 45.", False),  # a bare number above 20 is in mmol/mol
    ("Hb 9.2 g/dL, HbA1c 5.6%.", False),
])
def test_an_hba1c_value_against_the_diagnostic_threshold(lex, text, read):
    assert ((RAISED_HBA1C, "present") in found(lex, text)) is read


# the testers' published case reports (session 31, rounds dh-dj): polarity first
READ = [
    ("The following laboratory tests were unremarkable: blood count, erythrocyte sedimentation rate and antinuclear "
     "antibody.", "HP:0003493", "absent"),
    ("The following were negative: ANA, ANCA and rheumatoid factor.", "HP:0002923", "absent"),
    ("Laboratory data revealed absence of MPO-ANCA and positive occult blood in stool.", "HP:6000221", "present"),
    ("Laboratory data revealed absence of MPO-ANCA and positive occult blood in stool.", "HP:0033559", "absent"),
    ("There was no rash and positive ANA.", "HP:0003493", "present"),
    ("Differential diagnoses of pyoderma gangrenosum, pyoderma vegetans and vasculitis were considered.", "HP:0025452",
     "uncertain"),
    ("Plantar responses are down-going bilaterally.", "HP:0003487", "absent"),
    ("Plantars were downgoing.", "HP:0003487", "absent"),
    ("Plantar responses were extensor.", "HP:0003487", "present"),
    ("The WBC at that time was 2500/mm3.", "HP:0001882", "present"),
    ("The CK at admission was 25,000 IU/L.", "HP:0030235", "present"),
    ("His CRP on arrival was 150 mg/L.", "HP:0011227", "present"),
    ("The neuro-ophthalmologist found a pale left papilla.", "HP:0000543", "present"),
    ("The anti-DNA DS antibody was grossly elevated at 108 IU/mL.", "HP:0020151", "present"),
    ("Metabolic workup showed markedly elevated urinary Methyl Malonic Acid (MMA).", "HP:0012120", "present"),
    ("Tests showed ANA+ (1:320 titer) and anti-Jo negative.", "HP:0034152", "absent"),
    ("There were erythematous flat papules over the metacarpophalangeal joints.", "HP:0025508", "present"),
    ("A 37-year-old woman was admitted with weakness of left extremities and vertigo.", "HP:0001269", "present"),
    ("A nerve conduction study was notable for low amplitude compound muscle action potentials.", "HP:0033383", "present"),
    ("Examination was notable for tenderness to calf muscles bilaterally.", "HP:0031921", "present"),
    ("He had bilateral crampy leg pain.", "HP:0003394", "present"),
    ("He could not stand from the sitting position without the aid of his arms.", "HP:0008994", "present"),
    ("Renal biopsy showed rapidly progressive glomerulonephritis.", "HP:0000099", "present"),
    ("Laboratory tests revealed an inflammatory syndrome.", "HP:0033331", "present"),
    ("Blood culture and fluid culture showed Streptococcus dysgalactiae.", "HP:0031864", "present"),
    ("Synovial fluid aspirate from the right knee grew Streptococcus pneumoniae.", "HP:0003095", "present"),
    ("Multiple blood and urine culture tests were negative.", "HP:0031864", "absent"),
    ("Painful swelling developed in both knees and the left wrist.", "HP:0001386", "present"),
    ("Typical infections were excluded (hepatitis B and C, HIV, cytomegalovirus).", "HP:0006562", "absent"),
    ("DVT was excluded, cellulitis was diagnosed.", "HP:0002625", "absent"),
    ("Septic arthritis was excluded and gout confirmed.", "HP:0001997", "present"),
    # rounds dk-dm
    ("Results were normal for full blood count, electrolytes, thyroid function, fasting glucose, anti-double-stranded "
     "DNA antibodies, antibodies to cardiolipin, and extractable nuclear antigens.", "HP:0020151", "absent"),
    ("Hepatitis B and hepatitis C were negative.", "HP:0006562", "absent"),
    ("Virology screen including for HIV, hepatitis B, hepatitis C, CMV and EBV were all negative.", "HP:0006562",
     "absent"),
    ("Symptoms were not compatible with inflammatory bowel disease.", "HP:0002037", "absent"),
    ("He was placed on antibiotics without a decrease in the fevers.", "HP:0001945", "present"),
    ("The diagnostic hypotheses were Behcet's syndrome and endocarditis.", "HP:0100584", "uncertain"),
    ("Examination showed blue toes and livedo reticularis.", "HP:0033402", "present"),
    ("The D-dimer was 514 times the upper normal limit.", "HP:0033106", "present"),
    ("Examination showed right lower limb claudication during gait.", "HP:0031955", "present"),
    ("Physical exam was notable for paraspinal muscle tenderness.", "HP:0003418", "present"),
    ("She had a new left lower extremity paralysis.", "HP:0007340", "present"),
    ("His glycated hemoglobin was 15.7%.", "HP:0040217", "present"),
    ("Labwork reveals an A1C of 10.8%.", "HP:0040217", "present"),
    ("His haemoglobin A1c (HbA1c) was 124 mmol/mol.", "HP:0040217", "present"),
    ("She had decreased muscle stretch reflexes throughout.", "HP:0001315", "present"),
    ("An 11-year-old girl presented with widespread musculoskeletal pain.", "HP:0012532", "present"),
    ("EMG/NCS showed a right common peroneal neuropathy.", "HP:0009831", "present"),
    ("He was cachectic when he presented to hospital.", "HP:0004326", "present"),
    ("She had normal sensory examination.", "HP:0003474", "absent"),
    ("Sensory examination was normal.", "HP:0003474", "absent"),
    ("She developed paresthesia that progressed to asymmetric ascending paralysis within 10 days.", "HP:0003470",
     "present"),
    ("Duplex ultrasonography revealed extensive thrombus from the groin extending to the distal lower extremity.",
     "HP:0002625", "present"),
    ("Duplex ultrasonography of the leg showed no thrombus.", "HP:0002625", "absent"),
    ("Chest radiograph showed left hilar lymphadenopathy.", "HP:0100721", "present"),
    # rounds dn-dp
    ("The patient never endorsed any vaginal discharge, dysuria, abdominal pain, or rash.", "HP:0000988", "absent"),
    ("He had no medical history and was a smoker.", "HP:0430133", "present"),
    ("Cultures of synovial fluid from her right knee confirmed SA.", "HP:0003095", "present"),
    ("The culture of the synovial fluid aspirated from the joint yielding Listeria monocytogenes.", "HP:0003095",
     "present"),
    ("Antinuclear antibodies were positive and anti-native DNA antibodies were positive.", "HP:0020151", "present"),
    ("Rheumatoid factor (RF) and ACCP were also unremarkable.", "HP:0034092", "absent"),
    ("Babinski reflex was downgoing bilaterally.", "HP:0003487", "absent"),
    ("The calf pain was exacerbated by dorsi-flexing the ankle.", "HP:6001148", "present"),
    ("She also noticed perineal sensory loss and bladder dysfunction.", "HP:0034982", "present"),
    ("There was paralysis on the left side of the face.", "HP:0010628", "present"),
    ("MRI cervical spine showed symmetric increased signal within the dorsal columns.", "HP:0040272", "present"),
    ("She had a vague two week history of headache with flashing lights.", "HP:0030786", "present"),
    ("Further studies were positive for an acute hepatitis B infection.", "HP:0006562", "present"),
    ("Biopsies revealed fibrinoid necrosis surrounding several medium-sized vessels.", "HP:6000253", "present"),
    ("A biopsy of the left sural nerve identified transmural arterial inflammation.", "HP:0002633", "present"),
    ("She had no sinus symptoms, sore throat, cough or ear pain.", "HP:0000246", "absent"),
    ("Pulses were absent over both posterior tibial and dorsalis pedis arteries.", "HP:0031271", "present"),
    ("Pulses were normal over both femoral and popliteal arteries but were absent over both posterior tibial and "
     "dorsalis pedis arteries.", "HP:0031271", "present"),
    ("Pulses were absent in both feet.", "HP:0031271", "present"),
    ("A woman with lupus and antiphospholipid antibody syndrome.", "HP:0002725", "present"),
    ("A woman with lupus and antiphospholipid antibody syndrome.", "HP:0003613", "present"),
    ("He was admitted for urosepsis.", "HP:0100806", "present"),
    ("Creatinine spiked to 4.4 mg/dL.", "HP:0003259", "present"),
    # rounds dr-ds
    ("Her serum was positive for SS-A and SS-B antibodies.", "HP:0033555", "present"),
    ("EMG failed to show myopathic changes.", "HP:0003458", "absent"),
    ("He is unable to walk for more than 10 minutes or 2 to 3 blocks due to leg pain.", "HP:0031952", "present"),
    ("He presented with bilateral CPN palsy after working in a squatting posture.", "HP:0009831", "present"),
]
NOT_READ = [
    ("Hepatitis B and C, Human Immunodeficiency Virus, and syphilis serologic test results were negative.",
     "HP:0002721", "present"),  # (session 32: a negative HIV test is no finding at all, test_extract_session32.py)
    ("She was apyrexial, with swelling of the right leg and a localised increase in temperature.", "HP:0001945",
     "present"),  # a warm leg, no fever
    ("He remained intubated after an emergent wrist washout so that MRI could be performed.", "HP:0004887", "present"),
    ("The neuro-ophthalmologist found a pale left papilla.", "HP:0000980", "present"),  # no pale skin
    ("Renal biopsy showed rapidly progressive glomerulonephritis.", "HP:0003678", "present"),  # no course of the illness
    ("Laboratory data revealed positive occult blood in stool.", "HP:0025085", "present"),  # no bloody diarrhoea
    ("He had bilateral crampy leg pain.", "HP:0002321", "present"),
    ("Blood investigations showed normal antinuclear antibody (ANA).", "HP:0003493", "present"),  # its abbreviation
    ("MRI showed cord compression and edema at C5-6.", "HP:0000969", "present"),  # the cord's, no limb oedema
    ("Glycated haemoglobin was 5.2%.", "HP:0001903", "present"),  # no anaemia
    ("Examination showed right lower limb claudication during gait.", "HP:0004417", "present"),
    ("Physical exam was notable for paraspinal muscle tenderness.", "HP:0003326", "present"),
    ("She had a new left lower extremity paralysis.", "HP:0010550", "present"),  # one leg is no paraplegia
    ("Arterial duplex showed thrombus in the popliteal artery.", "HP:0002625", "present"),  # an artery's clot
    ("Chest radiograph showed left hilar lymphadenopathy.", "HP:0034388", "present"),  # one side is not bilateral
    ("There was an inflammatory tumor on the left arm with purulent content.", "HP:0002664", "present"),
    ("Sensation was intact except for mild disturbance of superficial sense on both plantar areas.", "HP:0003474",
     "absent"),
    ("During fixation the patient had a drastic fall in his urine output to < 25mls/h.", "HP:0002527", "present"),
    ("There was paralysis on the left side of the face.", "HP:0003470", "present"),
    ("Further studies were positive for an acute hepatitis B infection.", "HP:0200119", "present"),
    ("She had lupus pernio on the nose.", "HP:0002725", "present"),  # sarcoidosis of the skin
    ("Lupus anticoagulant was positive.", "HP:0002725", "present"),
    ("Color Doppler ultrasonography documented a hypoechoic halo due to edema of the arterial wall.", "HP:0000969",
     "present"),
    ("He is on antiretroviral drugs with persistent undetectable viraemia.", "HP:0020071", "present"),
    ("He is unable to walk for more than 10 minutes or 2 to 3 blocks due to leg pain.", "HP:0002540", "present"),
]


@pytest.mark.parametrize("text, hpo, state", READ)
def test_read(lex, text, hpo, state):
    assert (hpo, state) in found(lex, text)


@pytest.mark.parametrize("text, hpo, state", NOT_READ)
def test_not_read(lex, text, hpo, state):
    assert (hpo, state) not in found(lex, text)


def test_ages_and_courses_in_short_forms(lex):
    from legpain_gui.checker.extract import extract
    result = extract(lex, "We report a 7-y-old boy with lower-limb weakness for 8 d.")
    assert result["age"] == 7 and result["course"] == "acute"


def test_what_resolved_is_history_and_leaves_the_present_one(lex):
    from legpain_gui.checker.extract import extract, for_checker
    result = extract(lex, "After resolution of the fever, the patient was discharged. Two weeks later fever reappeared.")
    assert {f["context"] for f in result["findings"] if f["hpo"] == "HP:0001945"} == {"history", "patient"}
    assert "HP:0001945" in for_checker(result)[0]  # the fever now reaches the checker


@pytest.mark.parametrize("text, age, course", [
    ("A 48 year Caucasian female presented with proximal weakness.", 48, None),
    ("A 39 -year-old male presented with weakness.", 39, None),
    ("For 3 years female patients were studied.", None, "chronic"),  # no age
    ("A 55-year-old woman came with a 24-hour weakness of all four limbs, with a similar episode 4 months ago.", 55,
     "acute"),  # the first time said is this illness's
    ("A 45-year-old man presented with acute bilateral foot drop.", 45, "acute"),
    ("She presented with acute on chronic back pain.", None, None),
])
def test_ages_and_courses(lex, text, age, course):
    from legpain_gui.checker.extract import extract
    result = extract(lex, text)
    assert (result["age"], result["course"]) == (age, course)


def test_rapid_ascending_paralysis_is_an_emergency(lex, checker):
    from tests.checker.readings import fired
    level, rules = fired(lex, checker, "A 51-year-old woman suddenly developed bilateral lower extremity paresthesia "
                                       "that progressed to asymmetric ascending paralysis within 10 days of onset.")
    assert level == "emergency" and "acute-severe-weakness" in rules


def test_catastrophic_aps_from_a_named_syndrome(lex, checker):
    from tests.checker.readings import fired
    level, rules = fired(lex, checker, "A 50-year-old woman with lupus and antiphospholipid antibody syndrome was admitted "
                                       "for urosepsis and severe left leg pain; creatinine spiked to 4.4 mg/dL and a "
                                       "peripheral smear showed numerous schistocytes.")
    assert level == "emergency" and {"catastrophic-aps", "sepsis-signs"} <= rules

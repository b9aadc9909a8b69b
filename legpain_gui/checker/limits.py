"""The reference limits the text reader reads laboratory values against (checker.labs): each analyte's upper (or
lower) limit and the units it is written in, with the source of each limit."""
from __future__ import annotations

import re

# analyte (normalised tokens) -> (upper limit, {unit: factor to the limit's unit}); the first unit is assumed
# when none is written. Limits are deliberately generous (ESR's rises with age; CK's with muscle mass).
ESR = (30.0, {"mm": 1.0})
CRP = (10.0, {"mg/l": 1.0, "mg/dl": 10.0})
CK = (250.0, {"u/l": 1.0, "iu/l": 1.0, "iu": 1.0, "u": 1.0, "ui/l": 1.0, "ui": 1.0, "units": 1.0, "units/l": 1.0})  # 'UI/l' in French
WBC = (11.0, {"x10": 1.0, "/mm3": 0.001, "/ul": 0.001, "cells/mm3": 0.001, "k/ul": 1.0, "k/mm3": 1.0, "/cumm": 0.001,
             "cells/cumm": 0.001})  # '/cumm': per cubic millimetre
CREATININE = (1.3, {"mg/dl": 1.0, "umol/l": 1 / 88.4, "micromol/l": 1 / 88.4, "mmol/l": 1000 / 88.4})
# units of measure that are not the analyte's: a value with one is another quantity ('vitamin B12 (1 mg per day)')
OTHER_UNITS = ("mg", "g", "mcg", "ug", "ng", "pg", "kg", "ml", "l", "dl", "mmol", "umol", "micromol", "nmol", "pmol",
               "iu", "u", "units", "meq", "mm", "cm", "s", "sec", "seconds", "min", "mins", "minutes", "h", "hrs",
               "hours", "days", "weeks", "months", "years", "times", "fold", "percent", "f", "fahrenheit")
BARE_CREATININE_MG_DL = 25.0  # a bare creatinine above this is in umol/L (the highest mg/dL values are about 20)
# A body temperature above 38 C is a fever: the systemic inflammatory response criterion of the ACCP/SCCM
# consensus (Bone RC et al., Chest 1992;101:1644-55, doi 10.1378/chest.101.6.1644, PMID 1303622); an intensive-care
# study used 38.3 (Seguin P et al., Crit Care 2012;16:R150, doi 10.1186/cc11465), which left a patient's 38.1-38.2
# unread. Readings are printed to one decimal, so "above 38.05" means 38.1 or more; 37.5-38.0 is left to the
# clinician, never read as absent. Degrees Celsius, written or bare; Fahrenheit ('101.3 F', over 45) converted.
TEMPERATURE = (38.05, {"c": 1.0, "oc": 1.0, "degree": 1.0, "degrees": 1.0})
# CSF total protein: the age-independent 45 mg/dL most laboratories print is too low for adults; a systematic
# review put the upper reference limit at 0.55 g/L on average and above 0.60 g/L after age 50 (Breiner A et al.,
# J Neurol 2019, doi 10.1007/s00415-018-09174-z; a population study found a 95% reference interval up to
# 93.4 mg/dL at ages 32-95: Fautsch KJ et al., Mayo Clin Proc 2023, PMID 36737114). Above 60 mg/dL reads as
# raised; lower values are left to the clinician (and to words such as 'mildly elevated protein').
CSF_PROTEIN = (60.0, {"mg/dl": 1.0, "g/l": 100.0, "mg/l": 0.1})
CSF_CELLS = (5.0, {"/ul": 1.0, "cells/ul": 1.0, "/mm3": 1.0, "cells/mm3": 1.0, "/mcl": 1.0, "cells/mcl": 1.0, "cells": 1.0,
                   "white": 1.0})  # over 5 leucocytes/uL is pleocytosis (Ostergaard AA et al., BMC Clin Pathol 2017, PMID 28855847)
# Sodium under 135 mmol/L is hyponatraemia (the European guideline's definition: Spasovski G et al., Intensive
# Care Med 2014;40:320-331, doi 10.1007/s00134-014-3210-2). A lower limit: a value under it reads as lowered.
SODIUM = (135.0, {"mmol/l": 1.0, "meq/l": 1.0, "mmol": 1.0, "meq": 1.0})
# Haemoglobin under 12 g/dL is anaemia: the WHO cutoff for non-pregnant women (13 g/dL for men), retained in
# the WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations (Geneva: WHO, 2024;
# NCBI Bookshelf). The women's cutoff for everyone: a man's 12-12.9 g/dL is left to the clinician.
HEMOGLOBIN = (12.0, {"g/dl": 1.0, "g/l": 0.1, "gm/dl": 1.0, "g": 1.0})
# Enzymes, ferritin, potassium and vitamin B12, deliberately generous like the limits above: well past the upper
# (or under the lower) reference limit any laboratory prints, so that a value read here is abnormal anywhere
# (LDH's usual upper limit is about 250 U/L, the transaminases' about 40, ferritin's about 300 ng/mL, potassium's
# lower limit 3.5 mmol/L, vitamin B12's about 200 pg/mL); values between are left to the clinician.
LDH = (400.0, {"u/l": 1.0, "iu/l": 1.0, "iu": 1.0, "u": 1.0})
# Alike, a potassium above 6.0 mmol/L (the upper reference limit is about 5.0-5.5) and a mean cell volume above 105 fL
# (about 100): high potassium, macrocytosis.
POTASSIUM_HIGH = (6.0, {"mmol/l": 1.0, "meq/l": 1.0, "mmol": 1.0, "meq": 1.0})
MCV = (105.0, {"fl": 1.0, "fL": 1.0})
TRANSAMINASE = (80.0, {"u/l": 1.0, "iu/l": 1.0, "iu": 1.0, "u": 1.0})
FERRITIN = (500.0, {"ng/ml": 1.0, "ug/l": 1.0, "mcg/l": 1.0})
POTASSIUM = (3.0, {"mmol/l": 1.0, "meq/l": 1.0, "mmol": 1.0, "meq": 1.0})
VITAMIN_B12 = (150.0, {"pg/ml": 1.0, "ng/l": 1.0, "pmol/l": 1 / 0.738})
# A blood lactate above 2 mmol/L: the figure of the Sepsis-3 definition of septic shock (Singer M et al., JAMA
# 2016;315:801-810, doi 10.1001/jama.2016.0287).
LACTATE = (2.0, {"mmol/l": 1.0, "mmol": 1.0})
# Blood urea nitrogen, generous as the enzymes above: twice its usual upper reference limit of about 20 mg/dL (7 mmol/L
# of urea); a urea in mmol/L is converted at 2.8 mg/dL of nitrogen per mmol/L ('blood urea nitrogen 62 mg/dL': session 42)
BUN = (40.0, {"mg/dl": 1.0, "mmol/l": 2.8, "mmol": 2.8})
# A systolic blood pressure under 90 mm Hg is hypotension: the adult figure of shock's hypotension in Vincent JL,
# De Backer D, Circulatory shock, N Engl J Med 2013;369:1726-34, doi 10.1056/NEJMra1208943. Read from the first
# number of '80/50'; a systolic of 90 to 159 says nothing here.
SYSTOLIC = (90.0, {"/": 1.0, "mmhg": 1.0, "mm": 1.0})  # '70 mm of Hg'
# A blood pressure with a systolic of 160 mm Hg or more reads as raised (HPO's increased blood pressure, the term
# above hypertension). The 2018 ESC/ESH guideline defines hypertension as an office systolic of 140 or more and/or
# a diastolic of 90 or more (Williams B et al., Eur Heart J 2018;39:3021-3104, doi 10.1093/eurheartj/ehy339; the
# definition as restated in Volpe M et al., High Blood Press Cardiovasc Prev 2019, doi 10.1007/s40292-018-00297-y).
# One reading from a patient in pain is not that diagnosis, so only a value well above it is read; 140-159 is left
# to the clinician. Read from the first number of '190/110'.
SYSTOLIC_HIGH = (159.0, {"/": 1.0, "mmhg": 1.0})
# A heart rate above 100 beats per minute is tachycardia in an adult: the threshold most published definitions use
# (100 bpm in 82% of those with a number: Hou CR et al., EP Europace 2022;24:1655-1664, doi
# 10.1093/europace/euac057). A respiratory rate of 22 or more per minute is the tachypnoea of the qSOFA criteria in
# the Sepsis-3 definitions (Singer M et al., JAMA 2016, cited above). A child's rate reads as raised only above the
# limit for its age too (child_rate_is_normal below).
HEART_RATE = (100.0, {"/": 1.0, "per": 1.0, "beat": 1.0, "beats": 1.0, "bpm": 1.0, "b/min": 1.0, "/min": 1.0})
RESPIRATORY_RATE = (21.0, {"/": 1.0, "per": 1.0, "breath": 1.0, "breaths": 1.0, "/min": 1.0})
# A platelet count of 450 x 10^9/L or more is thrombocytosis, the generally accepted value (Bleeker JS, Hogan WJ.
# Thrombocytosis: diagnostic evaluation, thrombotic risk stratification, and risk-based management strategies.
# Thrombosis 2011;2011:536062, doi 10.1155/2011/536062, PMID 22084665). A bare number is read in 10^9/L.
PLATELETS = (449.0, {"x10": 1.0, "/mm3": 0.001, "/ul": 0.001, "cells/mm3": 0.001, "per": 0.001, "cells/cumm": 0.001,
                     "/cumm": 0.001, "lakh/cumm": 100.0, "lakhs/cumm": 100.0, "lakh/mm3": 100.0, "lakh/ul": 100.0,
                     "lakh": 100.0, "lakhs": 100.0, "lac/cumm": 100.0})  # '1.5 lakh/cumm' (India): 150,000 per mm3
# A white count under 4.0 x 10^9/L is leukopenia and a platelet count under 100 x 10^9/L thrombocytopenia: the
# haematological items of the 2019 EULAR/ACR classification criteria for SLE (Aringer M et al., Arthritis Rheumatol
# 2019, doi 10.1002/art.40930: leukopenia <4,000/mm3, platelets <100,000/mm3). 100-149 is left to the clinician.
WBC_LOW = (4.0, WBC[1])
PLATELETS_LOW = (100.0, PLATELETS[1])
# Neutrophils under 1.0 x 10^9/L read as neutropenia: the IDSA fever-and-neutropenia guideline counts 0.5-1.0 when
# falling (Freifeld AG et al., Clin Infect Dis 2011;52:e56-e93, doi 10.1093/cid/cir073); 1.0-1.5 is left to the
# clinician. With a fever it fires the fever-with-low-neutrophils rule (db/triage.yaml).
NEUTROPHILS_LOW = (1.0, {"x10": 1.0, "/ul": 0.001, "cells/ul": 0.001, "/mm3": 0.001, "cells/mm3": 0.001})
# An oxygen saturation under 94% reads as hypoxaemia: under the 94-98% target range the BTS guideline sets for most
# acutely ill adults, where it asks for clinical assessment (O'Driscoll BR et al., BMJ Open Respir Res 2017;4:e000170,
# doi 10.1136/bmjresp-2016-000170). A patient with COPD may be kept at 88-92%: the clinician judges.
SPO2 = (94.0, {"%": 1.0})
# An HbA1c of 6.5% (48 mmol/mol) or more reads as raised: the diagnostic threshold for diabetes of the American
# Diabetes Association since 2010 (Diagnosis and classification of diabetes mellitus, Diabetes Care 2010;33 Suppl
# 1:S62-S69, PMID 20042775, doi 10.2337/dc10-S062; its Executive Summary in the same supplement lists "A1C >=6.5%")
# and of the WHO's 2011 consultation ("an HbA1c of 48 mmol/mol (6.5%) and above is diagnostic of diabetes": Diabet
# Med 2012;29:1350-7, PMID 22957983). A bare number above 20 is in mmol/mol (no one's HbA1c is 20%).
HBA1C = (6.49, {"%": 1.0, "mmol/mol": 6.5 / 48})
# Complement C3 under 0.75 g/L and C4 under 0.08 g/L read as low: deliberately generous like the enzymes' limits,
# under the lower reference limit any laboratory prints (so abnormal anywhere); values between are left to the
# clinician (and to the words a text prints beside them, 'C3 0.82 (low)'). A bare number above 5 is in mg/dL.
C3_LOW = (0.75, {"g/l": 1.0, "mg/dl": 0.01, "mg/l": 0.001})
C4_LOW = (0.08, {"g/l": 1.0, "mg/dl": 0.01, "mg/l": 0.001})
LOWER_LIMITS = {("c3",): C3_LOW, ("complement", "c3"): C3_LOW, ("serum", "c3"): C3_LOW,
                ("c4",): C4_LOW, ("complement", "c4"): C4_LOW, ("serum", "c4"): C4_LOW,
                ("spo2",): SPO2, ("sat",): SPO2, ("sats",): SPO2, ("oxygen", "saturation"): SPO2,
                ("o2", "sat"): SPO2, ("o2", "saturation"): SPO2, ("saturation",): SPO2, ("sao2",): SPO2,
                ("neutrophil",): NEUTROPHILS_LOW, ("neutrophil", "count"): NEUTROPHILS_LOW,
                ("absolute", "neutrophil", "count"): NEUTROPHILS_LOW, ("anc",): NEUTROPHILS_LOW,
                ("wbc",): WBC_LOW, ("white", "blood", "cell", "count"): WBC_LOW, ("white", "cell", "count"): WBC_LOW,
                ("leukocyte", "count"): WBC_LOW, ("white", "count"): WBC_LOW, ("wcc",): WBC_LOW,
                ("platelet",): PLATELETS_LOW, ("platelet", "count"): PLATELETS_LOW, ("plt",): PLATELETS_LOW,
                ("sodium",): SODIUM, ("blood", "pressure"): SYSTOLIC, ("bp",): SYSTOLIC, ("sbp",): SYSTOLIC,
                ("systolic", "blood", "pressure"): SYSTOLIC, ("serum", "sodium"): SODIUM, ("na",): SODIUM,
                ("hemoglobin",): HEMOGLOBIN, ("hemoglobin", "concentration"): HEMOGLOBIN,
                ("potassium",): POTASSIUM, ("serum", "potassium"): POTASSIUM, ("k",): POTASSIUM,
                ("b12",): VITAMIN_B12, ("vitamin", "b12"): VITAMIN_B12, ("serum", "b12"): VITAMIN_B12,
                ("cobalamin",): VITAMIN_B12}
# An absolute eosinophil count above 500/uL is eosinophilia (the upper end of the 350-500/uL definitions tabled
# in Table 2 of "Hypereosinophilic syndrome manifested as eosinophilic gastroenteritis and colitis in a patient
# undergoing hemodialysis", Renal Replacement Therapy 2018, doi 10.1186/s41100-018-0179-2; 1500/uL and more is
# hypereosinophilia there).
# A percentage is no count; but a share of the white cells above 10% is eosinophilia by the ACR 1990 criteria for
# Churg-Strauss syndrome (Masi AT et al., Arthritis Rheum 1990;33:1094-100, PMID 2202307, doi 10.1002/art.1780330806):
# 'eosinophils 49%' reads as eosinophilia, 'eosinophils 6%' says nothing.
EOSINOPHIL_SHARE = 10.0
# Serum uric acid above 7.0 mg/dL is hyperuricaemia: the men's cutoff of the usual definition (above 6.0 mg/dL in
# women, 7.0 in men: Zhang WZ, Biomolecules 2021;11:280, PMID 33672821), just above urate's solubility of about
# 6.8 mg/dL (Schlesinger N, Cleve Clin J Med 2008;75 Suppl 5:S5-8, PMID 18822469). A woman's 6.1-7.0 mg/dL is left
# to the clinician. 1 mg/dL is 59.48 umol/L.
URIC_ACID = (7.0, {"mg/dl": 1.0, "umol/l": 1 / 59.48, "mmol/l": 1000 / 59.48, "mg%": 1.0})
EOSINOPHILS = (0.5, {"x10": 1.0, "/ul": 0.001, "cells/ul": 0.001, "/mm3": 0.001, "cells/mm3": 0.001, "/l": 1.0})
# A post-void residual above 200 mL reads as urinary retention: the cut-off of a prospective study of bladder scans in
# suspected cauda equina syndrome (Venkatesan M et al., Spine 2019, doi 10.1097/BRS.0000000000003152). A lower value is
# never read as retention absent: incomplete CES often has less (13 of 26 scanned in a medicolegal CES series).
PVR = (200.0, {"ml": 1.0, "cc": 1.0, "mls": 1.0})
# A D-dimer above 1000 ug/L reads as raised: twice the conventional cut-off of 500 ug/L, and above the age-adjusted
# cut-off (age x 10 ug/L from 50 years) of anyone under 100 (Righini M et al., JAMA 2014;311:1117-1124, PMID
# 24643601, the ADJUST-PE study); 500-1000 is left to the clinician, who knows the patient's age and the assay (a
# D-dimer-unit assay prints about half the fibrinogen-equivalent value). A bare number up to 50 is in mg/L.
D_DIMER = (1000.0, {"ug/l": 1.0, "ng/ml": 1.0, "mcg/l": 1.0, "mg/l": 1000.0, "ug/ml": 1000.0, "mcg/ml": 1000.0})
# A urine protein:creatinine ratio above 50 mg/mmol (500 mg/g), or more than 500 mg of protein in 24 hours, reads
# as proteinuria: KDIGO's 'severely increased' category A3 (KDIGO 2012 CKD guideline, Kidney Int Suppl 2013;3:1-150,
# doi 10.1038/kisup.2012.77, its table of albuminuria and proteinuria categories); A2 (15-50 mg/mmol, 150-500 mg a
# day) is left to the clinician.
UPCR = (50.0, {"mg/mmol": 1.0, "mg/g": 0.1, "g/g": 100.0, "g/mmol": 1000.0})
URINE_PROTEIN_24H = (0.5, {"g/24h": 1.0, "g/day": 1.0, "g/d": 1.0, "g": 1.0, "mg/24h": 0.001, "mg/day": 0.001,
                           "mg/d": 0.001, "mg": 0.001})
LIMITS = {
    ("d", "dimer"): D_DIMER, ("ddimer",): D_DIMER, ("upcr",): UPCR, ("protein", "creatinine", "ratio"): UPCR,
    ("urine", "protein", "creatinine", "ratio"): UPCR, ("urinary", "protein", "creatinine", "ratio"): UPCR,
    ("uprot", "creat"): UPCR,
    ("24", "hour", "urine", "protein"): URINE_PROTEIN_24H,
    ("24", "hour", "urinary", "protein"): URINE_PROTEIN_24H, ("24", "h", "urine", "protein"): URINE_PROTEIN_24H,
    ("24", "hour", "proteinuria"): URINE_PROTEIN_24H, ("24", "h", "proteinuria"): URINE_PROTEIN_24H,
    ("pvr",): PVR, ("post", "void", "residual"): PVR, ("postvoid", "residual"): PVR, ("residual", "volume"): PVR,
    ("post", "void", "residual", "volume"): PVR, ("bladder", "scan"): PVR,
    ("esr",): ESR, ("erythrocyte", "sedimentation", "rate"): ESR, ("sedimentation", "rate"): ESR,
    ("crp",): CRP, ("c", "reactive", "protein"): CRP,
    ("blood", "urea", "nitrogen"): BUN, ("bun",): BUN, ("serum", "urea", "nitrogen"): BUN, ("urea", "nitrogen"): BUN,
    ("ck",): CK, ("cpk",): CK, ("creatine", "kinase"): CK, ("creatine", "phosphokinase"): CK, ("creatinine", "phosphokinase"): CK,
    ("creatinine", "kinase"): CK,
    ("wbc",): WBC, ("white", "blood", "cell", "count"): WBC, ("white", "cell", "count"): WBC,
    ("leukocyte", "count"): WBC, ("white", "count"): WBC, ("total", "count"): WBC, ("total", "leukocyte", "count"): WBC,
    ("tlc",): WBC, ("white", "blood", "cell"): WBC, ("wbc", "count"): WBC,
    ("platelet",): PLATELETS, ("platelet", "count"): PLATELETS,
    ("temperature",): TEMPERATURE, ("body", "temperature"): TEMPERATURE,
    ("creatinine",): CREATININE,
    ("eosinophil",): EOSINOPHILS, ("absolute", "eosinophil"): EOSINOPHILS, ("eosinophil", "count"): EOSINOPHILS,
    ("csf", "protein"): CSF_PROTEIN, ("cerebrospinal", "fluid", "protein"): CSF_PROTEIN,
    **{("csf",) + k: CSF_CELLS for k in (("white", "cell"), ("white", "cell", "count"), ("wbc",), ("wcc",), ("leukocyte",),
                                          ("cell", "count"), ("cell",), ("white", "blood", "cell"))},
    ("uric", "acid"): URIC_ACID, ("serum", "uric", "acid"): URIC_ACID, ("urate",): URIC_ACID, ("sua",): URIC_ACID,
    ("serum", "urate"): URIC_ACID, ("uricemia",): URIC_ACID, ("uricaemia",): URIC_ACID,
    ("leukocyte",): WBC, ("white", "cell"): WBC,
    ("k",): POTASSIUM_HIGH, ("potassium",): POTASSIUM_HIGH, ("serum", "potassium"): POTASSIUM_HIGH, ("mcv",): MCV,
    ("mean", "cell", "volume"): MCV, ("mean", "corpuscular", "volume"): MCV,
    ("ldh",): LDH, ("lactate", "dehydrogenase"): LDH, ("ast",): TRANSAMINASE, ("alt",): TRANSAMINASE,
    ("aspartate", "aminotransferase"): TRANSAMINASE, ("alanine", "aminotransferase"): TRANSAMINASE,
    ("sgot",): TRANSAMINASE, ("sgpt",): TRANSAMINASE, ("got",): TRANSAMINASE, ("gpt",): TRANSAMINASE,
    ("ferritin",): FERRITIN, ("serum", "ferritin"): FERRITIN, ("lactate",): LACTATE, ("lactic", "acid"): LACTATE,
    ("hba1c",): HBA1C, ("hb", "a1c"): HBA1C, ("a1c",): HBA1C, ("hemoglobin", "a1c"): HBA1C, ("haemoglobin", "a1c"): HBA1C,
    ("glycated", "hemoglobin"): HBA1C, ("glycated", "haemoglobin"): HBA1C, ("glycosylated", "hemoglobin"): HBA1C,
    ("glycosylated", "haemoglobin"): HBA1C,
    ("heart", "rate"): HEART_RATE, ("ventricular", "rate"): HEART_RATE, ("pulse", "rate"): HEART_RATE, ("pulse",): HEART_RATE, ("hr",): HEART_RATE,
    ("respiratory", "rate"): RESPIRATORY_RATE, ("respiration", "rate"): RESPIRATORY_RATE, ("rr",): RESPIRATORY_RATE,
    ("blood", "pressure"): SYSTOLIC_HIGH, ("bp",): SYSTOLIC_HIGH, ("sbp",): SYSTOLIC_HIGH, ("systolic", "blood", "pressure"): SYSTOLIC_HIGH,
}


# Children's faster normal rates: the age-specific heart and breathing rates of the international paediatric sepsis
# consensus (Goldstein B, Giroir B, Randolph A et al., Pediatr Crit Care Med 2005;6:2-8, PMID 15636651, doi
# 10.1097/01.PCC.0000149131.72248.E6; its values as tabled "adapted from Goldstein 2005" in Minerva Pediatr
# 2015;67:141-158, PMC4395852, Table 2): above 180 and 34 a minute under a year (the one-month-to-a-year band; the
# reader counts age in whole years), 140 and 22 at 1-5 years, 130 and 18 at 6-12, 110 and 14 at 13-17. A child's
# value is read as raised only above both its band's limit and the adult one (a teenager's breathing rate of 16 is
# no tachypnoea here, as in an adult): the reader allows for a child's higher normal rates, and is no more eager.
TACHYCARDIA, TACHYPNOEA = "HP:0001649", "HP:0002789"
CHILD_RATES = ((1, 180.0, 34.0), (6, 140.0, 22.0), (13, 130.0, 18.0), (18, 110.0, 14.0))  # under this age: heart, breath
RATE = re.compile(r"(\d{2,3}(?:\.\d)?)\s*(?:/|b(?:eats?|reaths?|pm)\b|per\b|$)", re.I)


def child_rate_is_normal(hpo: str, said: str, age: int | None) -> bool:
    """Whether a tachycardia or tachypnoea read from a child's measured rate ('heart rate was 120' at 4) is normal
    for its age; False for an adult, for a word without a value ('tachycardic'), and for any other finding."""
    if age is None or age >= 18 or hpo not in (TACHYCARDIA, TACHYPNOEA) or not (m := RATE.search(said)):
        return False
    heart, breath = next((h, b) for under, h, b in CHILD_RATES if age < under)
    limit = max(heart, HEART_RATE[0]) if hpo == TACHYCARDIA else max(breath, RESPIRATORY_RATE[0])
    return float(m.group(1)) <= limit

"""Laboratory values written as numbers ("ESR 80 mm/h", "CK 12,000 U/L", "CRP 9.5 mg/dl"): above the upper
reference limit an adult laboratory would print, the analyte reads as raised (under a lower limit, "sodium 123
mEq/L", as lowered). Only a value clearly stated right after the analyte counts (its abbreviation in brackets may
come between: "creatine kinase (CK) level of 2545 IU/L"); a value at or under the limit, or in a unit not known here,
says nothing (left to the clinician rather than guessed absent). A CK above the limit is read in HPO's bands: 4 to 50
times it 'highly', over 50 times 'extremely' elevated; a value said to have risen from one figure to another counts
the later one, and a creatinine that rose 1.5-fold is acute kidney injury (KDIGO). And laboratory terms as clinicians
name them (lab_variants): 'Increased circulating lactate dehydrogenase concentration' is also 'elevated LDH'.
"""
from __future__ import annotations

import re

LAB_WORDS = ("elevated", "reduced", "abnormal")  # a laboratory term's first word after normalise()
LAB_DROPPED = ("concentration", "level", "activity")  # 'Increased circulating LDH concentration'
LAB_SAMPLES = ("serum", "blood", "plasma")  # what clinicians write for HPO's 'circulating'
LAB_GENERIC = {"antibody", "protein", "enzyme", "hormone", "lipid", "metabolite", "cytokine", "chemokine", "blast",
               "carbohydrate", "eicosanoid", "nucleobase", "purine", "pyrimidine", "polysaccharide"}  # no analyte alone
# analyte (normalised tokens) -> (upper limit, {unit: factor to the limit's unit}); the first unit is assumed
# when none is written. Limits are deliberately generous (ESR's rises with age; CK's with muscle mass).
ESR = (30.0, {"mm": 1.0})
CRP = (10.0, {"mg/l": 1.0, "mg/dl": 10.0})
CK = (250.0, {"u/l": 1.0, "iu/l": 1.0, "iu": 1.0, "u": 1.0, "ui/l": 1.0, "ui": 1.0, "units": 1.0, "units/l": 1.0})  # 'UI/l' in French
WBC = (11.0, {"x10": 1.0, "/mm3": 0.001, "/ul": 0.001, "cells/mm3": 0.001, "k/ul": 1.0, "k/mm3": 1.0})
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
# A systolic blood pressure under 90 mm Hg is hypotension: the adult figure of shock's hypotension in Vincent JL,
# De Backer D, Circulatory shock, N Engl J Med 2013;369:1726-34, doi 10.1056/NEJMra1208943. Read from the first
# number of '80/50'; a systolic of 90 to 159 says nothing here.
SYSTOLIC = (90.0, {"/": 1.0, "mmhg": 1.0})
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
# the Sepsis-3 definitions (Singer M et al., JAMA 2016, cited above). Children's higher normal rates are not
# allowed for: a child's value reads the same.
HEART_RATE = (100.0, {"/": 1.0, "per": 1.0, "beat": 1.0, "beats": 1.0, "bpm": 1.0, "b/min": 1.0, "/min": 1.0})
RESPIRATORY_RATE = (21.0, {"/": 1.0, "per": 1.0, "breath": 1.0, "breaths": 1.0, "/min": 1.0})
# A platelet count of 450 x 10^9/L or more is thrombocytosis, the generally accepted value (Bleeker JS, Hogan WJ.
# Thrombocytosis: diagnostic evaluation, thrombotic risk stratification, and risk-based management strategies.
# Thrombosis 2011;2011:536062, doi 10.1155/2011/536062, PMID 22084665). A bare number is read in 10^9/L.
PLATELETS = (449.0, {"x10": 1.0, "/mm3": 0.001, "/ul": 0.001, "cells/mm3": 0.001, "per": 0.001})
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
# A percentage is not a count and says nothing here.
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
    ("uric", "acid"): URIC_ACID, ("serum", "uric", "acid"): URIC_ACID, ("urate",): URIC_ACID,
    ("serum", "urate"): URIC_ACID, ("uricemia",): URIC_ACID, ("uricaemia",): URIC_ACID,
    ("leukocyte",): WBC, ("white", "cell"): WBC,
    ("k",): POTASSIUM_HIGH, ("potassium",): POTASSIUM_HIGH, ("serum", "potassium"): POTASSIUM_HIGH, ("mcv",): MCV,
    ("mean", "cell", "volume"): MCV, ("mean", "corpuscular", "volume"): MCV,
    ("ldh",): LDH, ("lactate", "dehydrogenase"): LDH, ("ast",): TRANSAMINASE, ("alt",): TRANSAMINASE,
    ("aspartate", "aminotransferase"): TRANSAMINASE, ("alanine", "aminotransferase"): TRANSAMINASE,
    ("sgot",): TRANSAMINASE, ("sgpt",): TRANSAMINASE, ("got",): TRANSAMINASE, ("gpt",): TRANSAMINASE,
    ("ferritin",): FERRITIN, ("serum", "ferritin"): FERRITIN, ("lactate",): LACTATE, ("lactic", "acid"): LACTATE,
    ("heart", "rate"): HEART_RATE, ("pulse", "rate"): HEART_RATE, ("pulse",): HEART_RATE, ("hr",): HEART_RATE,
    ("respiratory", "rate"): RESPIRATORY_RATE, ("rr",): RESPIRATORY_RATE,
    ("blood", "pressure"): SYSTOLIC_HIGH, ("bp",): SYSTOLIC_HIGH, ("sbp",): SYSTOLIC_HIGH, ("systolic", "blood", "pressure"): SYSTOLIC_HIGH,
}
VALUE = re.compile(r"\s*(?:\([a-z]{2,8}\)|\([a-z]{2,8}\s*[;:,]|"  # '(CK)', '(CRP; 22 mg/dL)'
                   r"level|levels|count|concentration|of|was|were|is|at|still|above|over|to|be|measured|recorded|documented|"
                   r"peaked|peaking|rose|reached|reaching|up|:|=|>|\(|\+(?=\s*\d)|"  # the plus of "K+ 6.8"
                   r"[,;.](?=\s*\d)|\s)*"
                   r"(\d{1,3}(?:[ ,]\d{3})+(?![,.]?\d)|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)\s*(?:[x×]\s*10\^?[39])?\s*"
                   r"([a-zµ/0-9]*)", re.I)  # '12,450' thousands; '1,6' a decimal comma (case reports from Europe)


def value_after(text: str, limits) -> tuple[float, int] | None:
    """The value written at the start of `text` in the limit's unit and the characters it took, or None."""
    if not (m := VALUE.match(text)):
        return None
    number, unit, (limit, units) = _float(m.group(1)), m.group(2).lower().replace("µ", "u"), limits
    if limits is TEMPERATURE and (unit in ("f", "fahrenheit") or number > 45 or text[m.end(1):m.end(1) + 3].strip(
            " °º").lower().startswith("f")):  # '101.3 F', '98.6°F': Fahrenheit (no body is 45 degrees Celsius)
        return (number - 32) * 5 / 9, m.end()
    percent = text[m.end():m.end() + 1] == "%" or text[m.end(1):m.end(1) + 2].strip().startswith("%")
    if percent and limits is not SPO2:
        return None  # a share of the white cells, not a count (an oxygen saturation is one)
    if unit.startswith("/") and "/" in units:
        unit = "/"  # '80/50': the systolic pressure
    if "10" in m.group(0)[m.end(1) - m.start(0):] and "x10" in units:
        unit = "x10"
    if not unit:
        unit = _bare_unit(limits, number)
    elif unit.startswith("mm") and "mm" in units:
        unit = "mm"  # 'mm/h', 'mm in the first hour'
    factor = units.get(unit)
    if factor is None and "x10" in units and number > 1000:
        factor = 0.001  # '25 400/mm3' with the unit lost
    end = m.end()
    if factor is None and _next_word(m, text, unit):
        unit = _bare_unit(limits, number)  # a bare number ('T 38.9 HR 121 BP 96/58 RR 24', 'urate 310 CRP 4')
        factor, end = units[unit], m.end(1)
    if factor is None:
        return None
    per = re.match(r"\s+(?:minute|min)\b", text[end:]) if unit == "per" else None  # '112 per minute'
    return number * factor, end + (per.end() if per else 0)


def _bare_unit(limits, number: float) -> str:
    """The unit of a number written without one: the limits' first unit, unless no value in it is that large (or
    small): 'creat 95' and 'urate 310' are in umol/L, 'C3 42' in mg/dL, 'D-dimer 4.2' in mg/L."""
    if limits is CREATININE and number > BARE_CREATININE_MG_DL or limits is URIC_ACID and number > 20:
        return "umol/l"
    if (limits is C3_LOW or limits is C4_LOW) and number > 5:
        return "mg/dl"
    if limits is D_DIMER and number <= 50:
        return "mg/l"
    return next(iter(limits[1]))


def _next_word(m: re.Match, text: str, unit: str) -> bool:
    """Whether what VALUE took as the unit is the next word of the text, not a unit ('HR' after 'T 38.9'), and no
    unit of another quantity either ('1 mg per day')."""
    return unit[:1].isalpha() and unit.split("/")[0] not in OTHER_UNITS and m.start(2) > m.end(1) and \
        not text[m.end(1):m.start(2)].strip(" ×x^0-9")


# a value said to have risen to another: the later one counts ('rose from 1.1 to 3.2 mg/dL', 'Cr 98 -> 287 umol/L'),
# or a level said 'elevated to' or 'greater than' a value ('CPK level was elevated to 18,000')
RISE = re.compile(r"\s*(?:(?:had|has|have)\s+)?(?:risen|rose|rising|increased|increasing|climbed|climbing|went up)\s+"
                  r"from\s+(\d[\d.,]*\s*(?:[a-zµ/]+\s+)?)to\s+|"
                  r"\s*(?:(?:had |has )?(?:risen|rose|increased)\s+)?(\d[\d.,]*)\s*(?:[a-zµ/]+\s*)?(?:->|-->|→|=>)\s*|"
                  r"\)?\s*(?:levels?\s+)?(?:was|were|is|had|has)?\s*(?:been\s+)?(?:greatly\s+|markedly\s+)?"
                  r"(?:(?:elevated|raised|increased?|risen|rose)\s+(?:up\s+)?(?:to|at)|greater\s+than|more\s+than)\s+", re.I)


def lab_value(analyte: tuple[str, ...], words: list[tuple[str, int, int]], j: int, text: str,
              lowered: bool = False) -> int | None:
    """The token index just past a value above the reference limit written after `analyte` (ending at
    token j), or with `lowered`, under the lower limit; or None."""
    limits = (LOWER_LIMITS if lowered else LIMITS).get(analyte)
    if limits is None or j >= len(words) or not text:
        return None
    a = j - len(analyte) - 1
    if analyte == ("k",) and a >= 0 and words[a][0] in ("mr", "mrs", "ms", "miss", "dr"):
        return None  # 'Mr K, 59': a name's initial and an age, not a potassium
    if limits in (SYSTOLIC, SYSTOLIC_HIGH) and a >= 0 and words[a][0] in ("diastolic", "mean"):
        return None  # 'a diastolic blood pressure of 70 mmHg': the limits are the systolic's
    start = words[j - 1][2]
    rise = RISE.match(text[start:])
    if rise and not lowered:
        start += rise.end()  # 'creatinine had risen from 88 to 245 umol/L': the value it reached
    found = value_after(text[start:], limits)
    if found is None or (found[0] >= limits[0] if lowered else found[0] <= limits[0] and not _over_stated(text[start:])):
        return None
    if limits is SYSTOLIC and found[0] < 30:
        return None  # 'weekly UA and BP 2.': a list's number, no pressure a living patient has
    end, k = start + found[1], j
    while k < len(words) and words[k][1] < end:
        k += 1
    return k if k > j else None


# HPO's own bands for a raised CK: 'highly elevated' 4 to 50 times the upper limit of normal, 'extremely elevated'
# more than 50 times (the terms' definitions in the HPO release the app ships); the limit is CK's above.
CK_HIGHLY, CK_EXTREMELY = "HP:0030234", "HP:0030235"
# A creatinine said to have risen to at least 1.5 times where it started is acute kidney injury: KDIGO's definition
# (a rise to 1.5 times baseline within 7 days; case reports give such rises over days), as Selby NM et al., PLoS Med
# 2016 (PMID 27622526) set it out. Only a rise that ends above the limit is read (lab_value found it raised).
AKI, AKI_RATIO = "HP:0001919", 1.5
BASELINE = re.compile(r"\s*(?:\((?:baseline|was|previously|prev|from|up from|usual)|(?:up )?from)\s*:?\s*(\d[\d.,]*)",
                      re.I)  # 'creatinine 512 from 95'
# a test's value beside the reference limit the text itself prints: 'dsDNA 12 IU/mL (normal <30)' is negative
_PRINTED = (r"\s*(?:level|titre|titer|of|was|is|were|:)?\s*(\d[\d.,]*)\s*[a-zµ/%.]*\s*\("
            r"(?:normal|ref(?:erence)?(?: range)?|n|nr|rr|uln)?\s*:?\s*")
_UPPER = r"(?:<|≤|up to|less than|below)\s*(\d[\d.,]*)"
REFERENCE = re.compile(_PRINTED + _UPPER, re.I)


# a test's value under the assay's limit of detection: 'MPO <0.2 U/mL', 'PR3 < 1 IU/mL' is negative
BELOW_DETECTION = re.compile(r"\s*(?:level|titre|titer|of|was|is|were|:|=)?\s*(?:<|≤|less than|below)\s*\d", re.I)


# a test's value with the laboratory's verdict in brackets: 'anti-dsDNA 8 IU/mL (negative)', 'RF 88 (positive)'
VERDICT = re.compile(r"\s*(?:level|titre|titer|of|was|is|were|:)?\s*\d[\d.,]*\s*[a-zµ/%.]*\s*\(\s*"
                     r"(negative|neg|normal|not detected|positive|pos|raised|high|elevated)\s*\)", re.I)


# a value beside the upper limit the laboratory printed, or its range: 'D-dimer 720 ng/mL (<500)', 'CRP 9 mg/L (0-5)'
STATED = re.compile(_PRINTED + r"(?:" + _UPPER + r"|\d[\d.,]*\s*[-–]\s*(\d[\d.,]*))", re.I)


def _over_stated(text: str) -> bool:
    """Whether the value at the start of `text` is above the upper limit the laboratory printed beside it."""
    m = STATED.match(text)
    value, limit = (number(m.group(1)), number(m.group(2) or m.group(3))) if m else (None, None)
    return value is not None and limit is not None and 0 < limit < value


def reference_result(text: str) -> str | None:
    """'absent' or 'present' for a value written at the start of `text` beside an upper reference limit in brackets
    ('12 IU/mL (normal <30)') or the laboratory's verdict ('8 IU/mL (negative)'), 'absent' for one under the assay's
    limit ('MPO <0.2 U/mL'), else None."""
    verdict, low = VERDICT.match(text), TITRE.match(text)
    if low and int(low.group(1)) < POSITIVE_TITRE:
        return "absent"  # 'ANA 1:40': under the criteria's bar
    if verdict:
        return "absent" if verdict.group(1).lower() in ("negative", "neg", "normal", "not detected") else "present"
    m = REFERENCE.match(text)
    if not m:
        return "absent" if BELOW_DETECTION.match(text) else None
    value, limit = number(m.group(1)), number(m.group(2))
    return None if value is None or limit is None else "absent" if value < limit else "present"


# An antinuclear antibody titre of 1:80 or more is positive: the entry criterion of the 2019 EULAR/ACR classification
# criteria for SLE (ANA at 1:80 or more on HEp-2 cells; Aringer M et al., Arthritis Rheumatol 2019, doi
# 10.1002/art.40930); the same bar for any antibody written with a titre (no laboratory calls 1:80 negative). A lower
# titre after a test's name ('ANA 1:40') reads as negative (reference_result).
POSITIVE_TITRE = 80
TITRE = re.compile(r"\s*(?:titre|titer|of|was|is|at|:)?\s*1\s*[:/]\s*(\d+)")  # 'ANA 1:40', after the test's name


def titre(words: list[tuple[str, int, int]], text: str, j: int) -> int:
    """The tokens a positive titre takes at word j ('1:160', '1/640'), else 0."""
    if not text or j + 1 >= len(words) or words[j][0] != "1" or not words[j + 1][0].isdigit():
        return 0
    return 2 if text[words[j][2]:words[j + 1][1]].strip() in (":", "/") and int(words[j + 1][0]) >= POSITIVE_TITRE else 0


NUMBER = re.compile(r"\s*(\d{1,3}(?:[ ,]\d{3})+(?![,.]?\d)|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)")


def number(text: str) -> float | None:
    """The number at the start of `text` ('12,450' is 12450, '0.45' is 0.45), or None."""
    return _float(m.group(1)) if (m := NUMBER.match(text)) else None


def _float(written: str) -> float:
    """'12,450' -> 12450, '1,6' (a decimal comma) -> 1.6, '0.45' -> 0.45."""
    if re.fullmatch(r"\d+,\d{1,2}", written):
        return float(written.replace(",", "."))
    return float(re.sub(r"[ ,]", "", written))


def graded(analyte: tuple[str, ...], words: list[tuple[str, int, int]], j: int, text: str) -> str | None:
    """A more specific term for a value written after the analyte (ending at token j) that lab_value found raised:
    HPO's band of a CK (extremely or highly elevated), acute kidney injury for a creatinine that rose 1.5-fold;
    else None (plain raised)."""
    limits = LIMITS.get(analyte)
    if limits not in (CK, CREATININE) or j >= len(words) or not text:
        return None
    after = text[words[j - 1][2]:]
    rise = RISE.match(after)
    after = after[rise.end():] if rise else after
    found = value_after(after, limits)
    if found is None:
        return None
    if limits is CREATININE:
        before = BASELINE.match(after[found[1]:])  # 'Cr 412 (baseline 88)', 'creatinine 268 umol/L (was 104)'
        start = rise and (rise.group(1) or rise.group(2))  # 'rose from 88 to': the value it rose from ('rose to' has none)
        if not start and not before:
            return None
        base, peak = number(start or before.group(1)), number(after)  # the same unit
        return AKI if base and peak and peak >= AKI_RATIO * base else None
    if found[0] > 50 * CK[0]:
        return CK_EXTREMELY
    return CK_HIGHLY if found[0] >= 4 * CK[0] else None


def lab_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A laboratory term as clinicians write it: 'Increased circulating lactate dehydrogenase concentration'
    -> 'elevated lactate dehydrogenase', 'elevated serum lactate dehydrogenase' (and the blood's, plasma's);
    'Decreased hemoglobin concentration' -> 'reduced hemoglobin', 'low hemoglobin'."""
    if key[0] not in LAB_WORDS or "circulating" not in key and key[-1] not in LAB_DROPPED:
        return []
    bare = tuple(w for w in key if w != "circulating")
    while len(bare) > 2 and bare[-1] in LAB_DROPPED:
        bare = bare[:-1]
    if bare[1:] in {(w,) for w in LAB_GENERIC}:
        return []
    out = [bare] + [(bare[0], sample) + bare[1:] for sample in LAB_SAMPLES]
    return out + [("low",) + v[1:] for v in out if v[0] == "reduced"]  # 'high' is folded to 'elevated' already

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

from legpain_gui.checker.unresulted import RULED_OUT_BY, unresulted
from legpain_gui.checker.vocabulary import RESULT_FILLERS
from legpain_gui.checker.limits import (
    BARE_CREATININE_MG_DL, C3_LOW, C4_LOW, CK, CREATININE, D_DIMER, EOSINOPHIL_SHARE, EOSINOPHILS, HBA1C, LIMITS,
    LOWER_LIMITS, OTHER_UNITS, PLATELETS, SPO2, SYSTOLIC, SYSTOLIC_HIGH, TEMPERATURE, URIC_ACID,
)

LAB_WORDS = ("elevated", "reduced", "abnormal")  # a laboratory term's first word after normalise()
LAB_DROPPED = ("concentration", "level", "activity")  # 'Increased circulating LDH concentration'
LAB_SAMPLES = ("serum", "blood", "plasma")  # what clinicians write for HPO's 'circulating'
LAB_GENERIC = {"antibody", "protein", "enzyme", "hormone", "lipid", "metabolite", "cytokine", "chemokine", "blast",
               "carbohydrate", "eicosanoid", "nucleobase", "purine", "pyrimidine", "polysaccharide"}  # no analyte alone
VALUE = re.compile(r"\s*(?:\([a-z][a-z0-9-]{1,9}\)|\([a-z]{2,8}\s*[;:,]|"  # '(CK)', '(HbA1c)', '(CRP; 22 mg/dL)'
                   r"(?:on|upon|at)\s+(?:admission|presentation|arrival)|initially|that(?=\s+(?:peaked|reached|rose|was|were))|"  # 'CK level on admission was 25,000'
                   r"level|levels|count|concentration|value|values|of|was|were|is|as|at|still|above|over|more than|greater than|exceeding|to|be|noted to be|found to be|measured|recorded|documented|"
                   r"peaked|peaking|rose|reached|reaching|spiked|jumped|climbed|up|:|=|>|\(|\+(?=\s*\d)|-(?=\s+\d)|"  # "K+ 6.8",
                   # 'CRP- 12.7mg/l'
                   r"[,;.](?=\s*\d)|\s)*"
                   r"(\d{1,2}(?:,\d{2})+,\d{3}(?![,.]?\d)|\d{1,3}(?:[ ,]\d{3})+(?![,.]?\d)|\d{1,3}(?:\.\d{3}){2,}(?![,.]?\d)|"
                   r"\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)\s*"
                   r"(?:[x×]\s*10\s?\^?\s?[39])?\s*"
                   r"([a-zµ/0-9]*)", re.I)  # '12,450' thousands; '1,6' a decimal comma (case reports from Europe)

# A point followed by exactly three digits groups thousands in much of Europe ('CPK 1.494 U/L' is 1494): read so only
# in units that count whole things (enzyme activity units, cells per microlitre), which no laboratory prints with
# three decimals; '0.123' and '1.50' stay decimals.
DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
WHOLE_UNITS = frozenset({"u/l", "iu/l", "ui/l", "u", "iu", "ui", "units", "units/l", "/ul", "/mm3", "cells/mm3",
                         "cells/ul", "/cumm", "cells/cumm"})

# a multiple of the upper reference limit: 'CRP five times the upper limit of normal', 'CK 40 x ULN', '3-fold normal'
WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "twice": 2, "thrice": 3}
MULTIPLE = re.compile(r"\s*(?:(?:level|levels|was|were|is|are|at|of|about|approximately|nearly|almost|over|more than|"
                      r"greater than|elevated to|raised to|increased to|up to|:|=|>)\s*)*(?:(twice|thrice)|(\d+(?:\.\d+)?|"
                      + "|".join(WORD_NUMBERS) + r")\s*-?\s*(?:times|x|×|fold))\s+(?:the\s+)?(?:(?:upper\s+)?(?:limit|"
                      r"level)s?\s+of\s+(?:the\s+)?normal\b(?:\s+(?:range|values?))?|upper\s+normal\s+(?:limit|value)s?\b|uln\b|normal\b(?:\s+(?:range|"
                      r"limits?|values?))?|(?:upper\s+)?reference\s+(?:range|limit|value)s?\b)", re.I)


def value_after(text: str, limits) -> tuple[float, int] | None:
    """The value written at the start of `text` in the limit's unit and the characters it took, or None."""
    text = text.replace("³", "3").replace("μ", "µ")  # '2500/mm³', '19.250/μL' (Greek mu): the same length
    if (times := MULTIPLE.match(text)) and limits[0] > 0:  # '12 times the upper limit of normal': 12 limits
        n = (times.group(1) or times.group(2)).lower()
        return (float(n) if n[0].isdigit() else WORD_NUMBERS[n]) * limits[0], times.end()
    if not (m := VALUE.match(text)):
        return None
    number, unit, (limit, units) = _float(m.group(1)), m.group(2).lower().replace("µ", "u"), limits
    if limits is TEMPERATURE and (unit in ("f", "fahrenheit") or number > 45 or text[m.end(1):m.end(1) + 3].strip(
            " °º").lower().startswith("f")):  # '101.3 F', '98.6°F': Fahrenheit (no body is 45 degrees Celsius)
        return (number - 32) * 5 / 9, m.end()
    percent = text[m.end():m.end() + 1] == "%" or text[m.end(1):m.end(1) + 2].strip().startswith("%")
    if percent and unit == "mg" or unit in ("mg/100", "mg/100ml"):
        unit, percent = "mg/dl", False  # 'creatinine 1.8 mg%', 'protein 1300 mg/100 ml': milligrams per 100 mL, mg/dL
    if percent and limits is EOSINOPHILS:  # a share of the white cells: over 10% is eosinophilia (ACR 1990)
        return number / EOSINOPHIL_SHARE * limits[0], m.end()
    if percent and limits is not SPO2 and limits is not HBA1C:
        return None  # a share of the white cells, not a count (an oxygen saturation and an HbA1c are ones)
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
    if factor == 0.001 and "x10" in units and not _thousands(m.group(1), unit):
        if re.search(r"[.,]\d{1,2}$", m.group(1)):
            factor = 1.0  # '19.7/uL', '19,7/uL': thousands with the '10^3' lost; no blood count per uL has a fraction
        elif units is PLATELETS[1] and 100 <= number < 1000:
            return None  # 'platelets 350/uL': 350,000 with the '10^3' lost, or a count far too low: not guessed
    if _thousands(m.group(1), unit):
        number *= 1000  # 'CK 12.177 U/L', 'platelets 19.250/uL': a point grouping thousands (European case reports)
    per = re.match(r"\s+(?:minute|min)\b", text[end:]) if unit == "per" else None  # '112 per minute'
    return number * factor, end + (per.end() if per else 0)


def _bare_unit(limits, number: float) -> str:
    """The unit of a number written without one: the limits' first unit, unless no value in it is that large (or
    small): 'creat 95' and 'urate 310' are in umol/L, 'C3 42' in mg/dL, 'D-dimer 4.2' in mg/L."""
    if limits is CREATININE and number > BARE_CREATININE_MG_DL or limits is URIC_ACID and number > 20:
        return "umol/l"
    if limits is HBA1C and number > 20:
        return "mmol/mol"
    if (limits is C3_LOW or limits is C4_LOW) and number > 5:
        return "mg/dl"
    if limits is D_DIMER and number <= 50:
        return "mg/l"
    if next(iter(limits[1])) == "x10" and number > 1000 and "/mm3" in limits[1]:
        return "/mm3"  # 'platelet: 399,000', 'WBC 12,500': per cubic millimetre, not 10^9/L
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
                  r"(?:(?:elevated|raised|increased?|risen|rose)\s+(?:up\s+)?(?:to|at)\s|greater\s+than\s|more\s+than\s|"
                  r"(?:elevated|raised|increased|high)\s*\()\s*", re.I)  # 'CK levels were markedly elevated (25,000 U/L)'


SAID_NORMAL = re.compile(r"\b(?:normal|unremarkable)\s+(?:[a-z]+\s+){0,2}\($|\b(?:was|were)\s+(?:normal|unremarkable|"
                         r"within normal limits)\s*\($", re.I)  # a bracket of values after what it calls normal,
EXCEPTED = re.compile(r"\b(?:except|apart|other than|but|besides|excluding|save)\b", re.I)  # unless it names the exception


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
    if a >= 0 and words[a][0] in ("urine", "urinary", "urinalysis", "ua"):
        return None  # 'urine WBC 25.5/uL': the urine's cells, not the blood's count
    start = words[j - 1][2]
    if a >= 0 and words[a][0] == "normal" and RANGE.match(text[start:]):
        return None  # '(normal urate up to 0.42 mmol/l)': the laboratory's reference range, no result
    if when := WHEN.match(text[start:]):
        start += when.end()  # 'the CK at admission was 25,000 IU/L', 'the WBC at that time was 2500/mm3'
    if (opened := text.rfind("(", 0, start)) > text.rfind(")", 0, start) and SAID_NORMAL.search(text, max(0, opened - 60), opened + 1) \
            and not EXCEPTED.search(text, opened, start):
        return None  # 'a normal hemogram (Hb 11.2 g/dL, WBC 12,600/mm3, ...)': values the authors call normal
    if lowered and ABOVE.match(text[start:]):
        return None  # 'SpO2 more than 92%', 'sodium greater than 120': a lower bound, no low value (review, session 39)
    rise = RISE.match(text[start:])
    if rise and not lowered:
        start += rise.end()  # 'creatinine had risen from 88 to 245 umol/L': the value it reached
    found = value_after(text[start:], limits)
    if found is None or (found[0] >= limits[0] if lowered else found[0] <= limits[0]) and not _beyond_stated(
            text[start:], lowered):
        return None
    if limits is SYSTOLIC and found[0] < 30:
        return None  # 'weekly UA and BP 2.': a list's number, no pressure a living patient has
    end, k = start + found[1], j
    while k < len(words) and words[k][1] < end:
        k += 1
    return k if k > j else None


WHEN = re.compile(r",?\s*(?:at|on|upon|during|in)\s+(?:that|this|the)?\s*(?:time(?: of (?:admission|presentation|"
                  r"diagnosis|referral))?|admission|presentation|arrival|diagnosis|baseline|referral|day \d{1,2}|"
                  r"(?:the )?emergency department|(?:the )?(?:ed|er))\b,?", re.I)
RANGE = re.compile(r"\s*(?:level|levels|value|values|is|:)?\s*(?:up to|<|≤|less than|below|under)\s*\d", re.I)
ABOVE = re.compile(r"\s*(?:(?:level|levels|value|values|of|was|were|is|remained|stayed|kept|:)\s*)*(?:>|≥|more than|"
                   r"greater than|exceeding|above|over)\s*\d", re.I)


# HPO's own bands for a raised CK: 'highly elevated' 4 to 50 times the upper limit of normal, 'extremely elevated'
# more than 50 times (the terms' definitions in the HPO release the app ships); the limit is CK's above.
CK_HIGHLY, CK_EXTREMELY = "HP:0030234", "HP:0030235"
# A creatinine said to have risen to at least 1.5 times where it started is acute kidney injury: KDIGO's definition
# (a rise to 1.5 times baseline within 7 days; case reports give such rises over days), as Selby NM et al., PLoS Med
# 2016 (PMID 27622526) set it out. Only a rise that ends above the limit is read (lab_value found it raised).
AKI, AKI_RATIO = "HP:0001919", 1.5
BASELINE = re.compile(r"\s*(?:\((?:baseline|was|previously|prev|from|up from|usual)|(?:up )?from(?:\s+(?:a|an|her|his|the))?"
                      r"(?:\s+(?:usual\s+)?baseline(?:\s+value)?(?:\s+of)?)?)\s*:?\s*(\d[\d.,]*)",
                      re.I)  # 'creatinine 512 from 95', '... to 350 umol/L from a baseline of 80'
# a test's value beside the reference limit the text itself prints: 'dsDNA 12 IU/mL (normal <30)' is negative
_PRINTED = (r"\s*(?:(?:level|levels|titre|titer|of|was|is|were|as|:)\s*)*(\d[\d.,]*)\s*[a-zµ/%.]*\s*\("
            r"(?:normal|ref(?:erence)?(?: range)?|n|nr|rr|uln|nv)?\s*[:,]?\s*")
_UPPER = r"(?:<|≤|up to|less than|below)\s*(\d[\d.,]*)"
REFERENCE = re.compile(_PRINTED + _UPPER, re.I)


# a test's value under the assay's limit of detection: 'MPO <0.2 U/mL', 'PR3 < 1 IU/mL' is negative
BELOW_DETECTION = re.compile(r"\s*(?:level|titre|titer|of|was|is|were|:|=)?\s*(?:<|≤|less than|below)\s*\d", re.I)


# a test's value with the laboratory's verdict in brackets: 'anti-dsDNA 8 IU/mL (negative)', 'RF 88 (positive)'
VERDICT = re.compile(r"\)?\s*(?:\([a-z][a-z0-9-]{0,7}\)\s*)?(?:level|titre|titer|of|was|is|were|:)?\s*[<>≤≥]?\s*\d[\d.,]*\s*[a-zµ/%.]*\s*\(\s*"
                     r"(?:[<>≤≥]?\s*\d[\d.,]*\s*[a-zµ/%.]*\s*[,;]\s*)?"  # 'RF <8 (negative)', 'ACPA <4 (<20, negative)'
                     r"(negative|neg|normal|not detected|positive|pos|raised|high|elevated)\s*\)", re.I)


# a value beside the upper limit the laboratory printed, or its range: 'D-dimer 720 ng/mL (<500)', 'CRP 9 mg/L (0-5)'
STATED = re.compile(_PRINTED + r"(?:" + _UPPER + r"|\d[\d.,]*\s*[-–]\s*(\d[\d.,]*))", re.I)


# ... or under the lower limit it printed: 'B12 160 pg/mL (normal > 232)', 'sodium 128 mmol/L (135-145)'
STATED_LOW = re.compile(_PRINTED + r"(?:(?:>|≥|over|above|more than|greater than)\s*(\d[\d.,]*)|(\d[\d.,]*)\s*[-–]\s*\d[\d.,]*)",
                        re.I)


def _beyond_stated(text: str, lowered: bool = False) -> bool:
    """Whether the value at the start of `text` is above the upper limit the laboratory printed beside it (with
    `lowered`, under its lower limit)."""
    m = (STATED_LOW if lowered else STATED).match(text)
    value, limit = (whole(m.group(1), text[m.end(1):]), whole(m.group(2) or m.group(3), text[m.end(1):])) if m else (
        None, None)  # the limit in the value's unit ('85.000/uL (normal 150.000-400.000)')
    return value is not None and limit is not None and (value < limit if lowered else 0 < limit < value)


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
        return "absent" if BELOW_DETECTION.match(text) or RULED_OUT_BY.match(text) else \
            unresulted(text)
    value, limit = whole(m.group(1), text[m.end(1):]), whole(m.group(2), text[m.end(1):])
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


NUMBER = re.compile(r"\s*(\d{1,3}(?:[ ,]\d{3})+(?![,.]?\d)|\d{1,3}(?:\.\d{3}){2,}(?![,.]?\d)|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)")


def measured_value(tokens: list[str]) -> bool:
    """Whether a finding's words, which hold a number, hold its unit too ('CRP 32.52 mg/dl', 'platelets 20,000/µl'),
    not a number of a name ('type 2 diabetes')."""
    return any(t in OTHER_UNITS or t in WHOLE_UNITS or "/" + t in WHOLE_UNITS for t in tokens)  # 'ul' of '/ul'


def number(text: str) -> float | None:
    """The number at the start of `text` ('12,450' is 12450, '0.45' is 0.45), or None."""
    return _float(m.group(1)) if (m := NUMBER.match(text)) else None


def _thousands(written: str, unit: str) -> bool:
    """Whether a value's point groups thousands (DOT_THOUSANDS) in a unit that counts whole things."""
    return bool(DOT_THOUSANDS.fullmatch(written.strip())) and unit.lower().replace("μ", "u").replace("µ", "u") in WHOLE_UNITS


def whole(written: str, after: str) -> float | None:
    """number(written), a point grouping thousands read as thousands when the unit after it counts whole things
    ('CK 12.177 U/L (normal <190)': 12177, as value_after reads it)."""
    value = number(written) if written else None
    unit = re.match(r"\s*([a-zµμ/0-9]+)", after or "", re.I)
    return value * 1000 if value is not None and unit and _thousands(written, unit.group(1)) else value


def _float(written: str) -> float:
    """'12,450' -> 12450, '1,6' (a decimal comma) -> 1.6, '0.45' -> 0.45."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", written):
        return float(written.replace(".", ""))  # '1.250.000': points grouping thousands twice are no decimal
    if re.fullmatch(r"\d+,\d{1,2}", written):  # ('6,60,000', an Indian grouping of 660,000, is matched whole before)
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
    after = after[when.end():] if (when := WHEN.match(after)) else after
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


def regraded(phrases: dict, tokens: list[str], i: int, n: int, hpo: str, words, text: str) -> str:
    """A raised analyte named first, then its value ('elevated creatine phosphokinase (CPK) of 25,000 U/L', 'serum CK
    level increased to 9,594 U/L'): the value's band (graded) in place of a plain raised one."""
    results = ("elevated", "raised", "high", "increased")
    if tokens[i] in results:
        analyte = tuple(tokens[i + 1:i + n])
    elif tokens[i + n - 1] in results:  # its result last: 'the serum CK level increased to 9,594 U/L' (session 42),
        analyte = bare_analyte([t for t in tokens[i:i + n - 1] if t not in RESULT_FILLERS])  # 'CK was significantly elevated to
    else:
        return hpo
    if phrases.get(("elevated",) + analyte) != hpo:
        return hpo
    return graded(analyte, words, i + n, text) or hpo


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


# A value under the upper limit the laboratory printed beside it ('an erythrocyte sedimentation rate of 7 mm in the
# first hour (reference range <20.0 mm)', 'CRP 3 mg/L (normal < 5)'): the text says the analyte was not raised. Only
# where the limit is printed: a bare normal value is still left to the clinician.
UNDER_PRINTED = re.compile(r"\s*(?:(?:level|levels|value|of|was|is|were|as|:|=)\s*)*(\d[\d.,]*)"
                           r"(?!\s*(?:-?\s*fold|times|x\b|×))\s*[^()\d.;]{0,25}?\(\s*"  # not '5 times the upper limit'
                           r"(?:normal|ref(?:erence)?(?: range)?|n|nr|rr|uln|nv)?\s*[:,]?\s*" + _UPPER + r"[^)]*\)", re.I)


def under_printed(phrases: dict, tokens: list[str], i: int, words, text: str) -> tuple[int, list] | None:
    """(tokens taken, [(first, last + 1, raised analyte's term, 'absent')]) for an analyte at token i whose value
    is under the upper reference limit printed beside it, else None."""
    for n in range(min(4, len(tokens) - i), 0, -1):
        high = phrases.get(("elevated",) + tuple(tokens[i:i + n]))
        if not high or i + n > len(words) or not text:
            continue
        m = UNDER_PRINTED.match(text[words[i + n - 1][2]:])
        after = text[words[i + n - 1][2] + m.end(1):] if m else ""
        value, limit = (whole(m.group(1), after), whole(m.group(2), after)) if m else (None, None)
        if value is None or not limit or value >= limit:
            return None
        end, k = words[i + n - 1][2] + m.end(), i + n
        while k < len(words) and words[k][1] < end:
            k += 1
        return k - i, [(i, k, high, "absent")]
    return None


def measured_analytes(tokens: list[str], matches) -> frozenset[int]:
    """The first tokens of findings named by a measured analyte alone ('CK', 'serum CK levels'): a normal result after
    one is its own, not that of a symptom before it ('He had myalgia, CK was normal'; 'muscle pain and weakness with CK
    within normal limits': session 42, the myalgia had read absent). Passed to checker.context as `measured`."""
    return frozenset(a for a, b, _, _ in matches if bare_analyte(tokens[a:b]) in LIMITS)


def bare_analyte(words: list[str]) -> tuple[str, ...]:
    """An analyte's own words, without the sample or the level ('serum CK levels' -> ('ck',))."""
    return tuple(t for t in words if t not in LAB_SAMPLES and t not in LAB_DROPPED and t != "levels")

"""The course of the illness read from a case text: acute, subacute or chronic, from the first time the text
gives for it ("a 3-day history", "for two months", "over the past 6 weeks", "two weeks ago") or from a word that
says it ("sudden", "acute onset", "insidious"), whichever comes first; such a word says how it began, not how long ago,
so a time soon after it in its clause says how long (session 38: "insidious onset of knee swelling for 1 week" is acute,
"sudden onset of right foot drop 6 months ago" chronic; "sudden onset ... in a man with claudication for 2 years" stays
acute: `_how_long`).

The bounds are the usual ones: under four weeks acute, up to three months subacute, longer chronic (acute and
chronic low back pain, and the acute and chronic inflammatory neuropathies, are told apart at about these times).
On the tuning part's texts (session 21, 486 cases) the course read this way agreed with the annotated one in 200
cases, disagreed in 46, was read where none was annotated in 29 and missed in 124; entered with the annotated
findings it gave top-1 333 and triage right 400 (the annotated course: 333 and 407; no course: 325 and 387).
A time years before ("nine years ago") is a past event, not this illness's onset, and a time said just after a
lasting condition, a past or family history or a treatment is that one's ("psoriasis for 15 years", "stopped her
apixaban 2 weeks ago"); "chronic" and "long-standing" are left out as words because they mostly describe another
disease ("chronic kidney disease"). A background of a year or more followed by "presented with" and a time of the
new complaint in that sentence is the background's, not this illness's (session 45).
"""
from __future__ import annotations

import re

ACUTE_DAYS, SUBACUTE_DAYS = 28, 90
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "several": 3, "few": 3,
           "couple": 2}
UNIT_DAYS = {"hour": 1 / 24, "hr": 1 / 24, "h": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365, "d": 1, "w": 7,
             "wk": 7, "mo": 30}
_N = r"(\d+(?:\.\d+)?|" + "|".join(NUMBERS) + r")"
_U = r"(hour|hr|h|day|d|week|wk|month|mo|year)s?(?![a-z])"
TIMES = tuple(re.compile(p, re.I) for p in (
    r"\b" + _N + r"[- ](?:to[- ]\d+[- ])?" + _U + r"(?:[- ](?:long )?(?:history|duration|course|h/o)|['’] (?:history|"
    r"duration))\b",  # "3 weeks' duration" (not "a 10 days' course of amoxicillin")
    r"\b" + _N + r"[- ]" + _U + r" (?:of )?(?:progressive|worsening|increasing|ascending)\b",  # '1 week progressive weakness'
    r"\b" + _N + r"-" + _U + r" (?:of )?(?:weakness|paralysis|paresis|pain|numbness|swelling|fever)\b",  # 'a 24-hour weakness'
    r"\b(?:for|over|during|since|in|within) (?:the |a )?(?:period of |span of )?(?:past |last |previous |preceding |following )?"
    r"(?:(?:about|approximately|around|nearly|almost|over|more than) )?" + _N + r" ?(?:of )?" + _U + r"\b",  # '24h'
    r"\b" + _N + r" " + _U + r" (?:ago|before|prior|earlier|of)\b",
    r"\b" + _N + r" ?(hour|hr|h|day)s? after\b",  # '18 h after a minor graze': hours or days from a trigger
    r"\b(\d{1,2})/(7|52|12)\b(?!/)",  # British notes: '2/7' two days, '3/52' three weeks, '4/12' four months
    r"(?<![a-z])x ?(\d{1,2}) ?(h|hr|d|day|w|wk|week|mo|month)s?\b",  # a triage note's 'x3d', 'x 2 wks'
))
SLASHED_UNIT = {"7": "day", "52": "week", "12": "month"}
PAST = ("ago", "before", "prior", "earlier")
# a time the illness took to end, not to begin: 'symptoms resolved within three weeks of stopping the statin'
OUTCOME_BEFORE = re.compile(r"\b(?:resolved|resolving|improved|improving|recovered|settled|subsided|disappeared|"
                            r"normali[sz]ed|returned to normal|remitted|in remission|healed|did well|(?:was|remained|stayed|kept) "
                            r"(?:well|stable|asymptomatic|symptom-free))\b[^.;]{0,25}$", re.I)  # 'he did well for 8
# months, then presented with back pain': a time of health before this illness
NOT_BEFORE = re.compile(r"\b(?:no|not|nor|without|never)\s+(?:\w+\s+)?$", re.I)  # 'no sudden change'
# a time in a denied clause ('had not traveled outside of the country for more than 20 years'): not this illness's
DENIED_BEFORE = re.compile(r"\b(?:had|has|have|did|does|was|were)\s+(?:not|never)\b(?!\s+(?:been|felt|feeling)\s+"
                           r"(?:well|right|himself|herself|themselves))[^.;,]{0,50}$", re.I)  # not 'had not been well'
# a complication of the treatment, not how the illness began: 'During treatment, sudden rectal perforation occurred'
TREATED_BEFORE = re.compile(r"\b(?:during|despite)\s+(?:the\s+)?(?:treatment|therapy)(?:\s+with\s+[\w-]+)?,\s*[^.;]*$", re.I)  # not 'on treatment for
# hypertension ... presented with sudden onset of leg pain' (review 1 of session 44)
PLANNED = re.compile(r"\b(?:recheck|re-check|review|repeat|follow[- ]?up|see (?:him|her|them)|again|will)\b[^.;]{0,25}$",
                     re.I)  # 'will recheck his urate in 6 weeks': a plan's time, not the onset
FOLLOW_UP_AFTER = re.compile(r"(?:\s*(?:clinical|electrophysiological|serological|radiological|outpatient|clinic|and|of|"
                             r"imaging|,))*\s*follow[- ]?up\b", re.I)  # 'a year of ... follow-up' (tester im)
OTHER_REACH = 40  # characters looked back from a time for a treatment named just before it
DRUG_BEFORE = re.compile(r"\b(?:(?:stopped|started|commenced|taking|takes|took)\s+(?:his |her |their |the )?[a-z-]+|"
                         r"on\s+(?:his |her )?[a-z]+(?:" + "|".join((
                             "formin", "statin", "abalin", "oxin", "ol", "ide", "mab", "nib", "pril", "sartan", "azole",
                             "cillin", "mycin", "olone",
                             "isone", "ate", "ine", "pam", "xaban", "arin", "parin")) + r"))\s*$",
                         re.I)  # 'stopped her apixaban 2 weeks ago' (not 'the pain started 3 hours ago'), 'on
# metformin for 12 years' (a drug's name after 'on': not 'pain on walking for 3 weeks')
KNOWN_BEFORE = re.compile(r"\b(?:known|established)\s+(?:[a-z-]+\s+){1,2}(?:(?:for|since|x)\s*)?$", re.I)  # 'known
# claudicant for 2 years. Sudden onset ... this morning': the known condition's time, not this illness's onset
LIVED_BEFORE = re.compile(r"\b(?:lived|living|lives|resided|residing|worked|working|employed|married|settled)\b[^.;,]{0,40}$",
                          re.I)  # 'who lived in Italy for 13 years': a time of her life, not of this illness (session 39); not
# 'while working on a roof 3 weeks ago he fell' (a time ago dates this illness: review 3)
OF_OTHER = re.compile(r"\s*of\s+(?:[a-z-]+\s+){0,2}", re.I)  # 'a 4-year history of (seropositive) RA': that one's
GIVEN_BEFORE = re.compile(r"\b(?:pulses?|infusions?|courses?|cycles?|doses?)\s*$", re.I)  # 'methylprednisolone pulses
# over three days': a treatment's time
DOSED_BEFORE = re.compile(r"\d\s*(?:mg|g|gm|mcg|micrograms|units?|iu|mg/kg|g/kg)\s*(?:/day|daily|a day|per day|od|bd|tds|"
                          r"once daily|twice daily|iv|intravenously|orally)?\s*$", re.I)  # '1 gm daily for 3 days': a
# treatment's time, not the illness's
VACCINE_BEFORE = re.compile(r"\b(?:vaccin\w*|booster|jab|immuni[sz]\w*)\s*(?:dose\s*)?$", re.I)  # 'a flu vaccine 3 weeks
# ago' dates the vaccine (a trigger), not this illness's onset
DRUG_AFTER = re.compile(r"\s*(?:of\s+)?(?:oral\s+|iv\s+|intravenous\s+|high[- ]dose\s+)?(?:[a-z]+(?:xaban|gatran|arin|parin|stat|"
                        r"statin|formin|olone|isone|sone|mab|nib|otrexate|prine|quine|cillin|mycin|floxacin|cycline|azole|vir|"
                        r"triaxone|azolin|penem|icine|profen|fenac|picin|alexin|azid|icin|idine|amide|globulins?|biotics?)|"
                        r"steroids?|corticosteroids?|physiotherapy|chemotherapy|radiotherapy|plasma exchange|nsaids?)"
                        r"(?![\w-])|\s*(?:of\s+)?ivig\b", re.I)  # '6 months of rivaroxaban', 'five days of IVIG': the
# treatment's time (not 'antibiotic-associated diarrhoea'; nor a time after a drug: 'pain started 3 days after amoxicillin')
GESTATION = re.compile(r"['’]?\s*(?:of\s+)?(?:pregnancy|gestation|pregnant|amenorrh|post-?partum|post-?op\b|"
                       r"post-?operative|after (?:delivery|surgery|the operation)|age\b|old\b|(?:[a-z]+\s+)?labou?r\b)",
                       re.I)  # '3/12 postpartum': since the delivery or the operation ('36 weeks of pregnancy': the
# pregnancy's), not this illness's onset; '40 years of age', 'a person over 40 years old' (an age: session 42); '8 h of
# uncomplicated labour' (the labour's)
DOSE = r"(?:\d+(?:\.\d+)?\s*(?:mg|g|mcg|micrograms|units?|iu)\b(?: (?:daily|once daily|od|bd|a day))?)?"
JOINED = re.compile(r"[\s,()-]*" + DOSE + r"[\s,()-]*(?:(?:was |were )?(?:diagnosed|treated|known|present))?[\s,()-]*",
                    re.I)  # what may stand between a condition or a drug (and its dose) and its time
WORDS = ((re.compile(r"\b(?:sudden(?:ly)?|abrupt(?:ly)?|acute onset|acutely|overnight|"
                     r"rapid onset(?! of (?:action|effect|relief|improvement|response|benefit))|since (?:yesterday|last night|"
                     r"this morning)|(?:present(?:ed|ing|s)|admitted|develop(?:ed|s)) (?:with )?(?:an? )?acute(?! on)|"
                     r"immediately post-?operative(?:ly)?|(?:on )?the (?:day|morning|night) after (?:the )?(?:inoculation|"
                     r"vaccination))\b"
                     r"(?! (?:occlusion|cut-?off|termination))", re.I), "acute"),  # not an angiogram's 'abrupt
         # occlusion' of an artery; 'presented with acute bilateral foot drop' (not 'acute on chronic')
         (re.compile(r"\bsubacute\b(?! (?:combined|sclerosing|thyroiditis|cutaneous|bacterial endocarditis|infective endocarditis))", re.I),
          "subacute"),  # not a disease's name: 'subacute combined degeneration' (session 44)
         (re.compile(r"\b(?:insidious|slowly progressive|chronic(?:ally)? progressive|decades?-long|dates? back (?:to|over)|dating back (?:to|over))\b",
                     re.I), "chronic"))  # 'a decade-long history', 'his illness dates back to 1988'


def _days(match: re.Match) -> float:
    number, unit = match.group(1).lower(), match.group(2).lower()
    unit = SLASHED_UNIT.get(unit, unit)
    return (float(number) if number[0].isdigit() else NUMBERS[number]) * UNIT_DAYS[unit]


def course_of(text: str, other: tuple[tuple[int, int], ...] = ()) -> dict | None:
    """{"course": acute | subacute | chronic, "text": the words it was read from, "start", "end"} or None.
    `other`: (start, end) of what the text names beside this illness (a lasting condition, past or family history,
    a treatment): a time said just after one is that one's ('psoriasis for 15 years')."""
    found, days_at = [], {}
    for pattern in TIMES:
        for m in pattern.finditer(text):
            days = _days(m) + (1 if re.search(r"\bmore than\b", m.group(0), re.I) else 0)  # 'more than 4 weeks': beyond
            if re.search(r"\bmm\s*$", text[max(0, m.start() - 6):m.start()]):
                continue  # 'ESR 14 mm in 1 h': a rate's unit, no time (session 44)
            if m.group(0).lower().endswith(PAST) and days >= 365:
                continue  # a past event years before, not the onset of this illness
            before = text[max(0, m.start() - OTHER_REACH):m.start()]
            if any(0 <= m.start() - end and JOINED.fullmatch(text[end:m.start()]) for _, end in other) or \
                    any(0 <= start - m.end() and OF_OTHER.fullmatch(text[m.end():start]) for start, _ in other) or \
                    DRUG_BEFORE.search(before) or DOSED_BEFORE.search(before) or GIVEN_BEFORE.search(before) or VACCINE_BEFORE.search(before) or GESTATION.match(text[m.end():]) \
                    or DRUG_AFTER.match(text[m.end():]) and not m.group(0).lower().endswith("after") or PLANNED.search(before) or KNOWN_BEFORE.search(before) or LIVED_BEFORE.search(before) and not m.group(0).lower().endswith(PAST) \
                    or DENIED_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
                continue  # 'asthma for 4 years', 'stopped her apixaban 2 weeks ago', 'a 4-year history of
                # seropositive RA', 'on metformin for 12 years', 'a flu vaccine 3 weeks ago', '36 weeks of pregnancy'
            if m.group(0).lower().endswith(" of") and FOLLOW_UP_AFTER.match(text[m.end():]):
                continue  # 'One year of clinical, electrophysiological and serological follow-up': its length
            if OUTCOME_BEFORE.search(text[max(0, m.start() - OTHER_REACH):m.start()]):
                continue  # 'resolved within three weeks': the outcome, not the onset
            course = "acute" if days <= ACUTE_DAYS else "subacute" if days <= SUBACUTE_DAYS else "chronic"
            found.append((m.start(), m.end(), course, "time"))
            days_at[m.start()] = days
    for pattern, course in WORDS:
        m = next((m for m in pattern.finditer(text) if not NOT_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                  and not TREATED_BEFORE.search(text[max(0, m.start() - 60):m.start()])), None)
        if m:
            found.append((m.start(), m.end(), course, "word"))
    if not found:
        return None
    start, end, course, kind = min(found)
    now = PRESENTED.search(text, end) if kind == "time" and days_at[start] >= 365 else None
    later = [f for f in found if now and now.end() <= f[0] < now.end() + 80 and not re.search(r"[.;]", text[now.end():f[0]])
             and (not text[f[0]:f[1]].lower().endswith(PAST) or ONSET_BEFORE.search(text[now.end():f[0]]))] if now else []
    if later:  # '20 years of back pain and presented with sudden leg weakness over 2 days': the background's time (not
        start, end, course, kind = min(later)  # 'presented to the emergency department 3 days ago': a visit's)
    if kind == "word" and (text[start:end].lower() == "insidious" or course == "acute"):
        start, end, course, kind = next((f for f in sorted(found) if _how_long(text, end, f, course)),
                                        (start, end, course, kind))
    return {"course": course, "text": text[start:end], "start": start, "end": end}


PRESENTED = re.compile(r"\b(?:(?:presented|presents|presenting|was admitted|were admitted)(?: to [^.;,]{1,40}?)? with|"
                       r"(?:now )?complain(?:ing|s) of)\b", re.I)  # 'presented to the ED with', 'now complains of'
ONSET_BEFORE = re.compile(r"\b(?:started|starting|began|beginning|begun|onset|developed|developing|since)\b[^.;,]{0,25}$", re.I)


def _how_long(text: str, end: int, time: tuple, course: str) -> bool:
    """Whether a time soon after a word of how the illness began says how long it has lasted: 'insidious onset of knee
    swelling with limited movement for 1 week' (acute), 'sudden onset of right foot drop 6 months ago' (chronic; session
    38). A shorter one after 'insidious', a longer one after an acute word, in the same clause of the same sentence, and
    for an acute word with nothing of another illness between ('sudden onset of leg pain in a man with claudication for
    2 years' stays acute)."""
    between = text[end:time[0]]
    if time[3] != "time" or not end < time[0] < end + 120 or re.search(r"[.;!?]", between) or time[2] == course or \
            re.match(r"[\s-]*old\b", text[time[1]:]) or re.search(r"\bin an?\b", text[time[0]:time[1]]):
        return False  # not an age ('for 2 hours in a 58 year old smoker')
    if course == "acute":
        return len(between) < 60 and not re.search(r",|\b(?:with|in an?|who|history|after|since|and)\b", between, re.I)
    return time[2] != "chronic"


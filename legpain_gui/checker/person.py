"""The patient's age and sex as a text states them: 'a 67-year-old man', 'aged of 45 years', 'a twenty-nine-year-old
woman', 'a 14-month-old girl' (1 year), '34F', 'Mrs T, 72', 'Male, 63'; a relative's age left out ('FH: brother had a DVT
aged 40'); the sex from the words of the text's opening (checker.extract).
"""
from __future__ import annotations

import re

WORD_NUMBERS = {w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                             "seventeen", "eighteen", "nineteen"), start=1)}
WORD_NUMBERS.update({f"{t}{u}": 10 * k + n for k, t in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                     "eighty", "ninety"), start=2) for u, n in [("", 0)] + [(f"-{w}", n) for w, n in list(
                     WORD_NUMBERS.items())[:9]]})  # 'a twenty-nine-year-old woman', 'thirty-year-old'
WORD_AGE = re.compile(r"\b(" + "|".join(WORD_NUMBERS) + r")[- ]year[- ]old\b", re.I)  # 'a seven-year-old boy'
AGE = re.compile(r"\b(\d{1,3})(?:\.\d)? ?[- ]?(?:year|yr|y)s?(?:[- ]|- | -)?(?:old|young)\b|\b(?:a|an) (\d{1,3}) (?:year|yr)s? (?:[a-z]+ )?(?:male|female|man|woman)\b|\b(\d{1,3})-years?-(?:male|female)\b|(?:\b(?:a|an|this|the|our) |\bpatient:\s*)(\d{1,3}) years?'? (?:male|female)\b|\baged (?:of )?(\d{1,3})\b(?!\s*(?:months?|mo|weeks?|days?)\b)|"
                 r"\b(\d{1,3}) ?(?:y/?o|yo)\b|\b(?:of|case of) (\d{1,3}) years? (?:female|male|woman|man)\b|"  # 'Case of 27
                 # years female
                 r"\b(\d{1,3})(?-i:[MF])\b(?![-\u2010\u2011\u2013]|\])(?!(?<=18F)\s*[-\u2010\u2011\u2013]?\s*(?i:fdg|psma|pet|fluciclovine|naf|fluoride|choline|dopa|fes|flt))|\bpatient:\s*(?:male|female),?\s*(\d{1,3})\b|"  # '34F with', '58M,': the
                 # clinicians' shorthand; 'Patient: Male, 17' (a case report's header)
                 r"\b(?-i:Mrs|Mr|Ms|Miss)\.? (?-i:[A-Z])[\w'-]*,? (\d{1,3})\b|"  # 'Mrs T, 72,'
                 r"\b(?:man|woman|male|female|boy|girl|gentleman|lady|patient) (?:of|aged) (\d{1,3})\b"
                 r"(?!\s*(?:months?|mo|weeks?|days?)\b)|"  # 'a man of 22', not 'a girl aged 14 months'
                 r"^\W*(?:male|female|man|woman),? (\d{1,3})\b|"  # 'Male, 63' opening a note
                 r"\b(?:man|woman|gentleman|lady|boy|girl|son|daughter|child|toddler),? \((?:aged? )?(\d{1,3})\)|"
                 r"\b(?:the|a|our|my|her|his) (?:boy|girl|child|son|daughter),? (\d{1,2})\b(?!\s*(?:days?|weeks?|months?|"
                 r"years?|hours?|kg|cm|%))|"  # 'the girl, 13', 'our daughter, 4'
                 r"(?<!mean )(?<!median )(?<!average )(?<!bone )(?<!gestational )"  # not a series' or a bone's age
                 r"\bage ?[:=] ?(\d{1,3})\b(?! ?(?:days?|weeks?|months?)\b)|"  # a form's 'Age: 29', a study's 'age = 16 years'
                 r"\b(?:patient|man|woman|male|female|gentleman|lady|boy|girl),? (\d{1,3}) years? of age\b|"  # 'The patient,
                 # 40 years of age, ...' (not 'tuberculosis at 25 years of age', a past event)
                 r"^\W*(?-i:[A-Z])[a-z]+ \((\d{1,2})\) (?=has|is|was|had|presents|presented|keeps|will|cannot|can)|"
                 # a child named at the opening: 'Tom (8) has been limping' (not 'Hb (12) low')
                 r"\b(?:elderly|young|old|older) (?:man|woman|gentleman|lady),? (\d{1,3})\b(?!\s*(?:days?|weeks?|"
                 r"months?|years?|hours?|kg|cm|%))", re.I)  # 'Elderly man, 78'
DECADE_AGE = re.compile(r"\bin (?:his|her|their) (early|mid|late)?[- ]?(\d)0'?s\b", re.I)  # 'a man in his early 90s'
DECADE_OFFSET = {"early": 2, "mid": 5, "late": 8}  # years into the decade; none said: its middle
MONTHS_OLD = re.compile(r"\b(\d{1,2})[- ]months?[- ]old\b|\baged (\d{1,2}) months?\b|\b\d{1,2}[- ](?:day|week)s?[- ](old)\b",
                        re.I)  # a newborn's '17-day-old': under a year
SEX_FEMALE = re.compile(r"\b(woman|female|girl|lady|she|her|\d{1,3}(?-i:F)(?![-\u2010\u2011\u2013]|\])(?!(?<=18F)\s*[-\u2010\u2011\u2013]?\s*(?i:fdg|psma|pet|fluciclovine|naf|fluoride|choline|dopa|fes|flt))|(?:primi|multi)?gravida)\b|\b(?-i:Mrs|Ms|Miss)\.? (?-i:[A-Z])", re.I)
SEX_MALE = re.compile(r"\b(man|male|boy|gentleman|he|his|\d{1,3}(?-i:M)(?![-\u2010\u2011\u2013]|\])(?!(?<=18F)\s*[-\u2010\u2011\u2013]?\s*(?i:fdg|psma|pet|fluciclovine|naf|fluoride|choline|dopa|fes|flt)))\b|\b(?-i:Mr)\.? (?-i:[A-Z])", re.I)


def age_of(text: str) -> int | None:
    """The patient's age in years, the first said ('a 14-month-old girl' is 1, 'a seven-year-old boy' 7), a
    relative's left out."""
    ages = [(m.start(), int(next(g for g in m.groups() if g))) for m in AGE.finditer(text)] + [
        (m.start(), 0 if m.group(3) else int(m.group(1) or m.group(2)) // 12) for m in MONTHS_OLD.finditer(text)] + [
        (m.start(), WORD_NUMBERS[m.group(1).lower()]) for m in WORD_AGE.finditer(text)] + [
        (m.start(), int(m.group(2)) * 10 + DECADE_OFFSET[(m.group(1) or "mid").lower()])
        for m in DECADE_AGE.finditer(text) if m.group(2) != "0"]
    own = [(start, age) for start, age in ages if not _relative(text, start)]
    child = [a for a in own if OWNED_CHILD.search(text, max(0, a[0] - 6), a[0] + 40)]
    if child and any(PATIENT_AGE.match(text, a[0]) and re.search(r"\ban?\s+$", text[max(0, a[0] - 4):a[0]], re.I)
                     for a in own if a not in child):  # 'His 5-year-old son has a fever. He is a 40-year-old man'
        own = [a for a in own if a not in child]  # the son's age; not when the other is a parent's or a past one
    plain = [a for a in own if not BOUND.search(text, max(0, a[0] - 8), a[0])]
    return min(plain or [a for a in own if _one_patient(text, a[0])], default=(0, None))[1]  # a bound only when no age
    # is said plainly, and of one patient ('an elderly man over 90 years old'; not 'patients over 50 years old')


ONE_PATIENT = re.compile(r"\b(?:man|woman|patient|lady|gentleman|boy|girl|male|female)\b", re.I)
POPULATION = re.compile(r"\b(?:patients|people|children|adults|those|individuals|men|women|persons)\b", re.I)


def _one_patient(text: str, at: int) -> bool:
    """Whether the sentence of a bounded age names one patient before it and no population (review 2 of session 42)."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    stop = text.find(".", at)
    return bool(ONE_PATIENT.search(text, start, at)) and not POPULATION.search(text, start, stop if stop > 0 else len(text))


PATIENT_AGE = re.compile(r"\S+[- ](?:year|month)s?[- ]old\s+(?:man|woman|patient|male|female|gentleman|lady)\b", re.I)
OWNED_CHILD = re.compile(r"\b(?:his|her|their)\s+\S+[- ](?:year|month)s?[- ]old\s+(?:son|daughter|child|brother|sister|"
                         r"grandson|granddaughter)\b", re.I)
BOUND = re.compile(r"\b(?:over|under|above|below|than)\s+$", re.I)  # 'in a person over 40 years old': a bound, not the age


RELATIVE = re.compile(r"\b(?:mother|father|brother|sister|son|daughter|aunt|uncle|grandmother|grandfather|sibling|"
                      r"cousin|parent|family history|fh)\b", re.I)


TOLD = re.compile(r"\b(?:mother|father|mum|mom|dad|parents?|carer)(?:,? \d+,?)?\s+(?:says|said|reports?|reported|noticed|"
                  r"notices|tells|told|describes|described|brought|brings|accompanies|thinks)\b|"
                  r"\b(?:her|his) (?:son|daughter|child|boy|girl),? aged\b|^\s*(?:her|his|their) \d+[- ](?:year|month)s?[- ]old "
                  r"(?:son|daughter|child|boy|girl)\b|\b(?:our|my) (?:son|daughter|child|boy|girl|baby)\b",
                  re.I)


def _relative(text: str, at: int) -> bool:
    """Whether an age said at `at` is a relative's: after a relative in its own sentence or line ('FH: brother had a
    DVT aged 40')."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    if TOLD.search(text, start, at + 40):
        return False  # a parent telling the child's story: the age is the child's ('Dad says his daughter (8)')
    return bool(RELATIVE.search(text, start, at))


CHILD_SEX = re.compile(r"\b(?:her|his|our|my|their) (?:\d+[- ](?:year|month)s?[- ]old )?(son|boy|daughter|girl)\b", re.I)
FORM_SEX = re.compile(r"\bsex: ?(m|f|male|female)\b", re.I)


def sex_of(text: str) -> str | None:
    """'female' or 'male' when the opening of the text names one and not the other, else None; a form's 'Sex: M',
    and a child a parent speaks of ('Mum says her son ...'), first. An abstract that opens on the disease in general
    introduces its patient later ('... We report a 28-year-old female patient'): then the sentence that gives the
    patient's age is read."""
    found = _sex_in(text[:300])
    if found is None:
        ages = sorted(m.start() for pattern in (AGE, WORD_AGE) for m in pattern.finditer(text)
                      if not _relative(text, m.start()))  # 'a four-year-old boy' too
        if ages and ages[0] >= 100:
            start = max(text.rfind(".", 0, ages[0]), 0)
            stop = text.find(".", ages[0])
            found = _sex_in(text[start:stop if stop > 0 else len(text)])
    intro = (INTRODUCED.search(text) or INTRODUCED_WHO.search(text)) if found is None else None
    if intro:  # no age with it: 'A young adult African-American female presented to the emergency department'
        found = "male" if intro.group(1).lower() in ("man", "male", "boy", "gentleman") else "female"
    if found is None and not SEX_WORDS.search(text):  # no sex word anywhere: the pronouns, when only one sex's occur
        she, he = len(SHE.findall(text)), len(HE.findall(text))  # ('his compartment syndrome ... he had foot drop')
        found = "female" if she >= 2 and not he else "male" if he >= 2 and not she else None
    return found


# a patient introduced as one, with no age, by the sentence that presents them ('A young adult African-American female
# presented to the emergency department'); not 'a marked female predominance', 'a male nurse', 'her GP, a man in his 60s'
INTRODUCED = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,4}?(man|woman|male|female|boy|girl|gentleman|lady)\b,?\s+"
                        r"(?:patient\s+)?(?:presented|presents|was (?:admitted|referred|seen|brought|transferred)|came|"
                        r"attended|complained|reported|developed|consulted|visited)\b", re.I)
# ... or by the authors' sentence that introduces them: 'We describe an elderly man who presented with ...' (not 'her
# husband, a man who developed gout')
INTRODUCED_WHO = re.compile(r"(?:\b(?:report|describe|present)(?:s|ed)?\s+(?:here\s+)?(?:the\s+case\s+of\s+)?|"
                            r"\bpatient,?\s+(?:was\s+|is\s+)?|(?:^|[.:;]\s+))(?:a|an)\s+"
                            r"(?:[\w-]+\s+){0,4}?(man|woman|male|female|boy|girl|gentleman|lady)\s+who\s+(?:presented|"
                            r"was (?:admitted|referred|seen|brought|transferred)|came|attended|complained|developed)\b", re.I)
SHE, HE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I), re.compile(r"\b(?:he|his|him|himself)\b", re.I)
SEX_WORDS = re.compile(r"\b(?:man|woman|male|female|boy|girl|gentleman|lady|men|women)\b", re.I)


def _sex_in(head: str) -> str | None:
    form = FORM_SEX.search(head)
    if form:
        return "male" if form.group(1).lower().startswith("m") else "female"
    child = CHILD_SEX.search(head) if TOLD.search(head) else None
    if child:
        return "male" if child.group(1).lower() in ("son", "boy") else "female"
    if SEX_FEMALE.search(head) and not SEX_MALE.search(head):
        return "female"
    if SEX_MALE.search(head) and not SEX_FEMALE.search(head):
        return "male"
    return None

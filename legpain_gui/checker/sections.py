"""A structured abstract's sections, as a case report is pasted from a journal page ("Background: ... Case
presentation: ... Conclusions: ..."): Background, Introduction, Discussion and Conclusions speak of the disease in
general ('respiratory failure occurs in up to a quarter of patients'), not of this patient; a record's Plan and
Differential name what the team will look for, its Diagnosis line the answer (read into the ranking, circular), its Allergies line a drug's reactions ('penicillin (rash)'), and a
letter's salutation whom it is to ('Dear Diabetes Clinic'); Case presentation, Case report and the rest are the
patient's.
The text's sentences (sentences()) are split here too, so that a general sentence is the very unit checker.extract
reads. checker.extract shows findings in a general section in the context "general", and they never reach the checker unless
the clinician ticks them; a time said there is no onset of this illness.
"""
from __future__ import annotations

import re

HEADING = re.compile(r"(?:^|\n|(?<=[.!?]))[ \t]*(background|introduction|discussion|conclusions?|objectives?|aims?|"
                     r"purpose|rationale|learning points?|lessons?|importance|clinical significance|"
                     r"take-?home messages?|case presentations?|case reports?|case descriptions?|case summary|case|"
                     r"presentation|"
                     r"clinical presentation|patient|history|examination|investigations?|findings|results|outcomes?|"
                     r"management|treatment|(?:final |discharge |working )?diagnos[ie]s|methods?|plan|differentials?|differential diagnos[ie]s|ddx|"
                     r"assessment(?: and plan| & plan|/plan)?|a/p|a&p|impression|allerg(?:y|ies)|drug allergies|adr|"
                     r"adverse reactions|intolerances|"
                     r"hpi|cc|pmh|pmhx|meds|medications|drugs|sh|fh|ros|pe|exam|o/e|labs|bloods|imaging|vitals|"
                     r"social history|family history|past medical history|review of systems|physical examination)"
                     r"[ \t]*[:\-–—][ \t]*|(?:^|\n)[ \t]*(background|"
                     r"introduction|discussion|conclusions?|case presentation|case report)[ \t]*\n|"
                     r"(?:^|\n|(?<=[.!?] ))(introduction|discussion|conclusions?|case presentation|case report)\.[ \t]+(?=[A-Z])",
                     re.I)  # ... and 'Introduction. Osteoid osteoma is ...' (a heading closed by a full stop)
GENERAL_SECTIONS = ("background", "introduction", "discussion", "conclusion", "conclusions", "objective", "objectives",
                    "aim", "aims", "purpose", "rationale", "learning point", "learning points", "lesson", "lessons",
                    "importance", "clinical significance", "take-home message", "take-home messages",
                    "takehome message", "takehome messages",
                    "plan", "diagnosis", "diagnoses", "final diagnosis", "discharge diagnosis", "working diagnosis",
                    "final diagnoses", "discharge diagnoses", "differential", "differentials", "differential diagnosis", "differential diagnoses", "ddx",
                    "allergy", "allergies", "drug allergies", "adr", "adverse reactions", "intolerances")
# A record's Assessment, Impression or A/P is a heading (it ends a section) but not general: it often restates the
# patient's findings, the only ones a short note gives ('A/P: 1. Hot, swollen R knee, T 38.9, rigors - ?septic
# arthritis'), and an emergency must not go unread.


ONE_SENTENCE = ("objective", "objectives", "aim", "aims", "purpose", "rationale", "importance", "allergy", "allergies",
                "drug allergies", "adr", "adverse reactions", "intolerances", "diagnosis", "diagnoses",
                "final diagnosis", "discharge diagnosis", "working diagnosis", "final diagnoses",
                "discharge diagnoses")  # a note opening 'Diagnosis: cellulitis. 70M with a hot red shin' goes on  # 'Objectives - to
# present a case of polymyositis in a 55-year-old man.' holds one sentence; the patient follows without a heading
AGED = r"\d{1,3}[- ](?:year|month)s?[- ]old"  # 'a 51-year-old woman', 'a man (19 years old)'
PATIENT_INTRO = re.compile(r"[.!?]\s+[^.!?]*?\b(?:" + AGED + r"|(?:we|here we) (?:report|describe|present))\b",
                           re.I)  # the patient introduced without a heading of his own


EXAMINED = re.compile(r"\bon (?:arrival|admission|examination),?\s+(?:she|he|the patient)\b|\b(?:she|he|the patient) "
                      r"(?:was|were) (?:noted|found|observed) to\b", re.I)  # with the patient as its subject, or opening it:
EXAMINED_OPENING = re.compile(r"\s*on (?:arrival|admission|examination)\b", re.I)  # 'On admission, physical examination ...'
PATIENT_FIRST = re.compile(r"\s*[^.!?]{0,40}?\b" + AGED + r"\b", re.I)  # straight after a heading


def general_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text under a general heading, up to the next heading (or the end of its one sentence,
    or the sentence that introduces the patient)."""
    heads = [(m.start(), m.end(), (m.group(1) or m.group(2) or m.group(3)).lower()) for m in HEADING.finditer(text)]
    out = []
    for k, (start, body, name) in enumerate(heads):
        if name not in GENERAL_SECTIONS:
            continue
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        if name.startswith(("differential", "ddx")):  # said on its line: one sentence ('Differential diagnosis: stress
            own_line = not text[body:end].split("\n", 1)[0].strip()  # fracture. He had a fever ...': tester kn); under
            stop = re.search(r"\n[ \t]*\n" if own_line else r"[.!?](?=\s|$)|\n", text[body + own_line:end])  # it, its
            end = body + own_line + stop.end() if stop else end  # lines up to a blank one (reviews 3-4 of session 45)
        elif name in ONE_SENTENCE:
            stop = re.search(r"[.!?](?=\s|$)|\n", text[body:end])
            end = body + stop.end() if stop else end
            if "diagnos" in name and (EXAMINED_OPENING.match(text, body, end) or EXAMINED.search(text, body, end)):
                continue  # 'Diagnosis: On arrival, she was noted to have flaccid paralysis ...' (a journal's structured
                # abstract, session 42): the patient's examination, not a diagnosis named
        elif PATIENT_FIRST.match(text, body):
            continue  # 'BACKGROUND\nA 51-year-old woman presents with ...': the patient straight after the heading
        else:
            stop = PATIENT_INTRO.search(text, body, end)
            end = stop.start() + 1 if stop else end  # up to the sentence that introduces the patient
        out.append((start, end))
    out += [(m.start(), m.end()) for m in ALLERGIC.finditer(text)]
    out += [(m.start(), m.end()) for m in SALUTATION.finditer(text)]
    lead = leading_general(text)
    return out + ([lead] if lead else []) + population_spans(text)


# A sentence anywhere that speaks of patients as a population ('Deep vein thrombosis is present in 50% of patients',
# 'in most cases the knees are involved'), with no word for this patient: the disease in general.
TEACHING = (
    r"\b(?:in|of|among)\s+(?:up to\s+|about\s+|approximately\s+|nearly\s+|over\s+|more than\s+|less than\s+|"
    r"around\s+)?\d+(?:\.\d+)?\s?%\s+(?:of\s+)?(?:the\s+|all\s+|these\s+)?(?:patients|cases|people|individuals|adults|"
    r"children)\b",
    r"\b(?:in\s+)?(?:most|many|some|the (?:vast |great )?majority of|a minority of)\s+(?:patients|cases)\b",
    r"\bshould (?:be considered|raise|prompt|be suspected|be included in the differential|not be (?:ignored|overlooked|missed|forgotten|neglected))\b",  # 'should be
    r"\bwe must\b",  # considered in a patient with', 'in patients with foot drop, we must keep ... suspicion'
    r"\bis (?:a|an) (?:\w+ ){0,3}(?:cause|condition|disease|complication|disorder|entity)\b",
    r"^(?![^.]*\b(?:diagnosis|impression|working|likely|suspected|until proven)\b)\s*(?!(?:this|it)\b)(?-i:[A-Z])"
    r"(?:(?!\b(?:this|it|picture|presentation|clinically|overall|findings|appearance)\b)[\w' -]){0,40}? is (?:a|an) "
    r"(?:\w+ ){0,3}syndrome\b(?!\s*(?::|with\b))",  # 'Rhabdomyolysis is a syndrome caused by ...' (not a working diagnosis)
    r"\bcan contribute\b", r"\bmanifestations include\b",
    r"\b(?:can|may|rarely|commonly|often|usually|typically) cause\b",
    r"\bpatients (?:usually|typically|often|commonly|generally|frequently)\b",
    r"\bin the literature\b", r"\bno clear consensus\b",
    r"\b(?:is|are) (?:an? |one of the )?(?:unusual|rare|uncommon|common|usual) causes? of\b",
    r"\bone of the (?:\w+ )?causes of\b",  # 'One of the causes of foot drop is compression of the ... nerve'
    r"\b(?:most|many|several|some) previous (?:case )?(?:reports|studies|series)\b|\bprevious (?:case )?reports ha(?:ve|d)\b",
    r"\bit is important to (?:recogni[sz]e|remember|consider|know)\b",
    r"\b(?:is|are) an? (?:\w+,? )?(?:significant|common|rare|uncommon|known|well[- ]known|typical|frequent|recogni[sz]ed|"
    r"important)(?:,? \w+)? manifestations? of\b",  # 'panniculitis is a significant, cutaneous manifestation of DM' (not
    # 'the purpura is a cutaneous manifestation of IgA vasculitis': the patient's)
    r"\b(?:important|essential|crucial) (?:in|for) (?:cases|patients) (?:of|with)\b",
    r"\bthis (?:condition|disease|disorder|syndrome|entity) (?:causes|is|presents|typically|usually)\b",
    r"\ball patients\b", r"\bany patient\b", r"\bmay not have\b",
    r"\b(?:may|can) (?:sometimes |also |rarely |occasionally )?(?:manifest|mimic)\b",
    r"\bis (?:quite |very |extremely )?(?:rare|uncommon)\b", r"(?<!which )(?<!, )\bis (?:quite |very |extremely )?unusual\s*$",
    r"\bit is unusual (?:for|to|in)\b(?![^.]*\b(?:such|this)\b)", r"\bis unusual in (?:patients|adults|children|cases)\b", r"\bunder-?recogni[sz]ed\b",
    r"\b(?:individuals|people|patients|persons) (?:can|may|might)\b",  # 'Individuals can have a reaction to heparin'
    r"\btreatment (?:commences|begins)\b",  # 'Treatment commences with heparin infusion'
    r"\b(?:is|are) (?:an? )?(?:unusual|rare|uncommon|common|usual|typical|atypical) (?:presentations?|manifestations?|"
    r"features?|complications?) of\b",  # 'limb ischaemia and PVD are unusual presentations of PAN'
    r"\bamong the (?:symptoms|signs|features|manifestations)\b", r"\binfections? can result in\b",
    r"\bpatients with\b[^.]*\bshould be (?:evaluated|investigated|screened|tested)\b",
    r"\b(?:is|are) (?:often|usually|commonly|typically|generally) (?:viewed|seen|regarded|considered|described)\b",
    r"\b(?:typically|classically|usually|commonly) present(?:s|ing)? with\b", r"\bshould always be\b",
    r"\bthe most common (?:presentation|manifestation)\b",
    r"\b(?:in|across) (?:different|various|many|large|published) studies\b|\b(?:in|across) (?:different|various|many|large|"
    r"published|several|other) (?:case )?(?:series|cohorts)\b",  # the literature's, not 'not present in previous studies'
    r"(?<!which )(?<!that )\b(?:can|may|could) be (?:easily )?(?:misinterpreted|misdiagnosed|mistaken) (?:as|for)\b",
    r"\b(?:has|have) been (?:only )?(?:rarely|seldom|infrequently|occasionally) reported\b",  # 'Hyperreflexia has been
    # rarely reported with acute motor axonal neuropathy' (session 39; 'has been reported' alone stays the patient's)
    r"\bshould be (?:a|an) (?:\w+ )?differential diagnos[ie]s\b", r"\bmanifestations of (?:\w+ ){1,4}include\b",
    r"\b(?:common|classic|frequent|usual) reasons? for patients\b",  # 'Cervical and lower back pain are classic reasons
    # for patients to seek care in the ED'
    r"\b(?:is|are) most (?:frequently|commonly|often) associated with\b",  # 'this complication is most frequently
    # associated with antiphospholipid antibodies' (not 'more frequently': a letter's 'the rash is more frequently
    # associated with standing')
    r"\b(?:was|were) first (?:recogni[sz]ed|described|reported|defined) (?:by (?-i:[A-Z])[a-z]+(?: (?-i:[A-Z])[a-z]+)?"
    r"(?: et al\.?)?,? (?:and|in|as)\b|in (?:the )?literature\b|in 1[6-9]\d\d\b)",  # 'MFS was first recognized by James
    # Collier in 1932 as a triad' (session 40); not 'weakness of both legs was first recognized three days before admission'
    r"\b(?:only )?(?:a )?few (?:cases|reports)\b[^.]{0,80}\b(?:have|has) been (?:reported|described)\b",  # 'Few cases of
    # spinal cord ischemia developing in the course of lung cancer have been reported'
    r"\bclinicians (?:need|should|must)\b",
    r"\bsuspect (?:\w+ ){0,3}in (?:patients|children|adults|people|individuals)\b|\bbe alert (?:to|for)\b|"
    r"\bha(?:ve|s) been increasingly (?:recogni[sz]ed|reported|described)\b|\bno (?:previous |prior |published |similar |other )?(?:case )?reports?\b[^.]*\bliterature\b|"
    r"\bto (?:our|the best of our) knowledge\b[^.]*\b(?:reports?|reported|literature|published|described)\b|\bother (?:reported |published |previously reported |described )?(?:patients|cases)\b|"
    r"\bpreviously reported (?:patients|cases)\b|"
    r"\bclassification criteria (?:are|include|comprise|require)\b|\bcaution is (?:needed|required|advised) in (?:patients|people)\b",  # advice and the literature (session 44)
    r"\b(?:polyarteritis nodosa|pan|microscopic polyangiitis|mpa|gpa|egpa|iga vasculitis|henoch-sch\w+ purpura|hsp|"
    r"giant cell arteritis|gca|takayasu arteritis|buerger'?s? disease|thromboangiitis obliterans|beh\w+'?s? disease|"
    r"kawasaki disease) (?:is|are) (?:a|an) (?:[\w-]+ ){0,3}"
    r"vasculitis (?:of|affecting|involving|that|which|characteri[sz]ed)\b",  # a definition opened by the vasculitis's
    # name: 'Polyarteritis nodosa is a systemic necrotizing vasculitis of medium-sized arteries' (not a biopsy's '...,
    # which is a small-vessel vasculitis': review 3)
    r"\b(?:has|have) been (?:\w+ )?(?:recogni[sz]ed|described|reported) as (?:\w+ ){0,2}complications? of\b",
    r"^\s*(?:(?!\b(?:the|this|these|his|her|its|their|it|she|he|left|right|both|bilateral|night|burning|pain|ache|aching|"
    r"swelling|symptoms?)\b)[^,;]){0,60}?\b(?:is|are) (?:mainly|mostly|"
    r"usually|commonly|typically|often|most often) caused by\b(?!\s+(?:walking|standing|sitting|kneeling|running|climbing|"
    r"lying|exercise|exertion|prolonged|activity|going|(?:\w+ )?(?:metres|meters|yards)))",  # a disease's usual
    # cause, said from the sentence's start ('Necrotising fasciitis is usually caused by group A streptococcus'; not 'the rest pain is usually caused by
    # lying flat', the patient's: review 3 of session 40)
    r"^\s*(?!\s)(?!(?:her|his|the|this|their)\b)[^,;]{0,60}?\b(?:can|may) be present (?:in|among|with) "
    r"(?:up to |about |approximately |nearly |over )?(?:\d|most|many|some|half|"
    r"a (?:third|quarter|half|minority|majority|proportion)|patients|cases|people|individuals|adults|children|"
    r"(?:[\w'-]+ ){0,3}(?:disease|syndrome|failure|arthritis|vasculitis|myositis|neuropathy|gout|lupus|infection)\b)",
    # 'Fever can be present in up to half of cases of gout', 'Leg oedema can be present in heart failure' (not 'her
    # rash ... can be present in adult-onset Still's disease', which names the patient, nor 'present all day')
    # session 41 (testers io-iz; reviews 1 and 2): what other cases or the literature show, anchored at the sentence's
    # start where a relative clause could hang it on the patient's own sign ('..., which can be associated with GBS')
    r"^\s*(?:in )?(?:such |most |many |these |some )?(?:cases|patients) (?:often|usually|typically|commonly|may|can) "
    r"present\b", r"^\s*(?:previous |published )?(?:reports|studies) (?:suggest|indicate)\b",  # 'Cases often present
    # with painful neuropathy', 'Reports suggest that SLE-myositis overlap ... has a variable outcome'
    r"^\s*(?!\s)(?!(?:her|his|the|this|their)\b)[^,;]{0,60}?(?<!which )(?<!that )\b(?:can|may) be associated with\b",
    r"^\s*(?!\s)(?!(?:her|his|the|this|their)\b)[^,;]{0,60}?(?<!which )(?<!that )\b(?:is|are) known to cause\b",
    r"^\s*(?:the )?(?:most )?(?:common )?(?:adverse|side) effects (?:of [\w-]+ )?(?:include|are)\b"
    r"(?![^.]*\bsince\b)", r"\bsuspicion is warranted (?:when|in|for) (?:patients|people|individuals)\b",
    r"\bwhen patients (?:develop|present|take|are)\b", r"\b(?:providers|physicians|clinicians) (?:not|often|rarely|do not|"
    r"fail)\b",  # '... due to providers not having it on their differential for lower extremity ulcerations'
    r"\b\d+(?:\.\d+)?\s?(?:[–-]\s?\d+(?:\.\d+)?\s?)?%\s+of\s+(?:all\s+|such\s+|these\s+)?(?:patients|cases|causes|people|"
    r"individuals)\b",  # 'approximately 8-20% of such patients develop ...', '5% of all causes of acute renal failure'
    r"^\s*(?:the )?(?:main|most common|commonest|major) complications? of (?:the|this) (?:syndrome|disease|condition)\b"
    r"(?![^.]*\b(?:was|were|developed)\b)",
    r"\bother (?:published|reported) cases\b", r"\bcan (?:rapidly |quickly )?progress to\b",
    r"\bpresentations? (?:could|can|may) vary\b", r"\b(?:carry|carries|carried|is associated with|are associated with|has|"
    r"have|had) (?:a |an )?(?:\w+ ){0,3}morbidity and mortality\s*$",
    r"^\s*[^,;]{0,80}?\bcan coexist\b(?![^.]*\b(?:so|aspirated|admitted|taken|developed|examination|and|was|were|is)\b)",
    r"^\s*it is (?:clinically )?(?:difficult|hard|challenging) to (?:distinguish|differentiate)\b(?![^.]*\b(?:with|in|when|of) "
    r"(?:a|an|the|his|her)\b)",
    r"\bconfirms? the diagnos[ie]s of [^.]*\brespectively\b", r"\b(?:has|have) been reported as (?:\w+ ){0,2}(?:symptoms|"
    r"signs|features|manifestations)\b", r"\bno (?:previous )?reports? of (?:patients|cases)\b",
    r"\bthere (?:are|have been) (?:no|few) reports\b", r"\busually results? from\b(?!\s+(?:(?:uphill|brisk|long|fast|prolonged|"
    r"excessive|heavy) )?(?:\w+ing|exercise|exertion|activity|stairs|hills?)\b|\s+(?:\w+ )?(?:metres|meters|yards)\b)",
    r"^\s*(?:a |the )?potential causes? of (?!the |his |her |this )",
    r"^\s*risk factors (?:of|for) (?!the |his |her )[\w ]{1,30}?(?:are|include)\b",
)  # session 39: 'In different studies presence of arthritis ... were associated'; 'can be misinterpreted as livedoid
# vasculitis' (not 'confused': a patient's state; not a clinic letter's 'a rash which can be mistaken for ...')
POPULATION = re.compile("|".join(TEACHING), re.I)
# abbreviations written with a period, which end no sentence (checker.extract reads the text sentence by sentence)
DOTTED = [[w] for w in ("bilat", "approx", "e.g", "i.e", "vs", "dr", "fig", "yrs", "mos", "wks", "cf", "resp",
                        "abd", "ext", "sig", "temp")]
ENDING = ("bilat", "yrs", "mos", "wks", "abd", "ext", "resp", "temp")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the sentences; the period of an abbreviation ('bilat.', 'approx.', 'e.g.') ends none, nor
    does a semicolon inside brackets ('C-reactive protein (CRP; 22 mg/dL)')."""
    out, start = [], 0
    for m in re.finditer(r"[.;!?\n]+[\"”’]?(?=\s|$)|\n+(?=[ \t]*[A-Z0-9•*-])|[ \t]*\|[ \t]*", text):  # a new line that
        # starts like a heading or a list item ('no casts\nNCS: ...'), and a table's '|', end a sentence too; a line
        # wrapped inside a sentence (a PDF's) does not
        last = text[max(start, m.start() - 8):m.start()].lower().split()[-1:]
        if m.group(0) == "." and last in DOTTED and not (last[0] in ENDING and re.match(r"\s+[A-Z][a-z]", text[m.end():])):
            continue  # ... though one that can end a sentence does before a capitalised word ('pulses absent bilat.
            # Unable to move legs')
        if m.group(0) == ";" and text.count("(", start, m.start()) > text.count(")", start, m.start()):
            continue
        if m.group(0) == "?" and re.match(r"\s*(?:no|nil|none|yes)\b", text[m.end():], re.I):
            continue  # a record's question and its answer: 'Urine dark? No.' ('?' then reads as a colon)
        out.append((start, text[start:m.start()]))
        start = m.end()
    if start < len(text):
        out.append((start, text[start:]))
    return out


THIS_PATIENT = re.compile(r"\b(?:he|she|his|her|him|our|the patient|this patient|this case|our case|man|woman|boy|"
                          r"girl|" + AGED + r")\b", re.I)


def population_spans(text: str) -> list[tuple[int, int]]:
    return [(at, at + len(s)) for at, s in sentences(text) if POPULATION.search(s) and not THIS_PATIENT.search(
        OUR_KNOWLEDGE.sub("", s))]  # 'To our knowledge, there have been no reports of ...': the authors' 'our'


OUR_KNOWLEDGE = re.compile(r"\bto (?:our|the best of our) knowledge\b", re.I)


# An abstract without headings that opens on the disease in general ('Löfgren syndrome is characterised by the triad
# of arthritis, erythema nodosum and hilar lymphadenopathy. We describe a woman ... in the absence of EN'): its first
# sentences, up to the one that introduces the patient, are a Background of their own, when each says what a disease
# is, how rare it is or how it is characterised, and none speaks of a patient or of a series' cases ('in 50% of
# patients' speaks of many; a title, 'Hypokalaemic paralysis revealing Sjögren syndrome.', is the patient's and stops it).
GENERIC = re.compile(r"\b(?:is|are)\s+(?:a|an|one of|the most|very|often|usually|typically|commonly|rarely|frequently|"
                     r"characteri[sz]ed|defined|described|known|considered|uncommon|rare|common|infrequent|"
                     r"well[- ]documented|seldom)\b|\bcharacteri[sz]ed by\b|"
                     r"\bha(?:s|ve)\s+(?:rarely|seldom|only rarely|infrequently)\s+been\s+(?:reported|described|documented)\b|"
                     r"\bpresents?\s+with\b|\bmanifestations?\b|\binclud(?:e|es|ing)\b|\bclassified\b|\bcriteria\b|"
                     r"\b(?:may|can)\s+(?:present|cause|occur|affect|involve|mimic|lead)\b|\boccurs?\b|\d\s?%", re.I)
PATIENT_WORDS = re.compile(r"\b(?:he|she|his|her|him|patient|our|we|case|cases|man|woman|boy|girl|" + AGED + r")\b",
                           re.I)


def leading_general(text: str) -> tuple[int, int] | None:
    """(start, end) of the generic sentences an unheaded text opens with, when the sentence after them introduces the
    patient (or is a heading)."""
    end = 0
    for at, sentence in sentences(text):
        if not sentence.strip():
            continue
        if HEADING.search(sentence) or PATIENT_WORDS.search(sentence) or not GENERIC.search(sentence):
            stop = sentence  # the opening ends here: general only if this sentence introduces a patient
            break
        end = at + len(sentence)
    else:
        return None  # nothing but generic sentences: no patient to set them apart from
    return (0, end) if end and (PATIENT_WORDS.search(stop) or HEADING.search(stop)) else None  # not a note's
    # 'Presents with 3 days of calf pain. Hx of DVT.', whose opening is the patient's without a word for her


# 'Dear Diabetes Clinic,': whom the letter is to, up to its comma ('Dear colleague, I saw a 22-year-old...': the
# letter goes on in the same line)
SALUTATION = re.compile(r"(?:^|\n)[ \t]*dear\b[^\n,;:]*", re.I)
ALLERGIC = re.compile(r"\b(?:allergic|allergy|allergies)\s+to\b[^.;\n]*|\bintolerant\s+(?:of|to)\s+(?!statin)[^.;\n]*",
                      re.I)  # 'allergic to penicillin (rash)'


DENIED_LIST = re.compile(r"\b(?:denie[sd]|deny|denying|no|without|negative for)\b[^.;\n]*(?:;\s*(?:[^\s.;]++\s*+){1,5}(?=;))+;"
                         r"\s*(?:and|or|nor)\s+(?:[^\s.;]++\s*+){1,6}(?=[.\n]|$)", re.I)  # short items only (no clause);
# possessive, so that a long item is never tried split into words every way (seconds on one sentence)
# alike, tests whose one result follows a list split by semicolons ('serology for hepatitis A, B and C; HIV; and syphilis
# was negative': the hepatitis had been read present, the result reaching only the last item)
_SAID = r"(?!\b(?:was|were|is|are|showed?|shows|revealed|found|with|positive|reactive|elevated|raised|high|detected)\b)"
TESTED_LIST = re.compile(r"\b(?:serolog(?:y|ies)|screen(?:ing)?|tests?|testing|work-?up|pcr|cultures?)\s+for\b"
                         r"(?:" + _SAID + r"[^.;\n]){1,80}(?:;(?:" + _SAID + r"[^.;\n]){1,60}(?=;))+;\s*(?:and|or)\s+"
                         r"[^.;\n]{1,80}?\b(?:was|were|is|are)\s+(?:all\s+)?(?:negative|normal|unremarkable|non-?reactive)\b",
                         re.I)  # no item with a result of its own ('Testing for hepatitis C was reactive; HIV; ...')
# two lists of tests split by one semicolon, one verdict after both ('viral markers for HCV, HBV and HIV; RF, ANA and
# C3 and C4 did not reveal any abnormality': session 42, the hepatitis had read present)
TESTED_TWICE = re.compile(r"\b(?:serolog(?:y|ies)|screen(?:ing)?|tests?|testing|work-?up|markers?)\s+for\b(?:" + _SAID +
                          r"[^.;\n]){1,120};(?:" + _SAID + r"[^.;\n]){1,200}?\b(?:(?:was|were|are)\s+(?:all\s+)?(?:negative|"
                          r"normal|unremarkable|non-?reactive)|did\s+not\s+reveal\s+any\s+abnormalit(?:y|ies))\b", re.I)
# a result written as a sign in brackets ('ANCA (-)'): read as 'neg' or 'pos'; 'excluded' before the bracket of what
# was excluded, as 'negative' ('infections were excluded (hepatitis B and C, HIV)'): both the same length (offsets hold)
SIGN = re.compile(r"\(\s?[-−+]\s?\)|\bexcluded(?=\s?\()", re.I)
# words between a finding and its result that say nothing ('fever at any time point was denied'): blanked, so the
# result reaches the finding as it does without them
FILLER = re.compile(r"\bat any (?:time(?: point)?|point|stage)\b", re.I)
# 'pain-free range of motion', 'pain-free walking', 'a symptom-free interval': how a movement or a time went, no finding
# of the patient's (the pain had been read present, or absent, at the joint or for the whole patient): blanked
# 'denied any radiation of this pain to the distal lower limb': the radiation is denied, not the pain (it had read lower
# limb pain absent in a patient with buttock and thigh pain): the pain's words are blanked, the radiation left unread
RADIATION_OF = re.compile(r"\b(?:no|denied|denies|deny|denying|without|not)\b[^.;]{0,40}?\bradiation (of (?:(?:this|the|"
                          r"his|her|that) )?pain)(?= (?:to|into|down)\b)", re.I)  # only a denied radiation
# 'elevated protein without pleocytosis known as albuminocytological dissociation': the pattern's name, already read
# (the negation before it had reached it, denying the raised protein): blanked
NAMED_DISSOCIATION = re.compile(r"\b(?:known as|termed|called|referred to as)\s+(?:an?\s+)?albumino-?cytologi(?:c|cal)\s+"
                                r"dissociation\b", re.I)
FREE_USE = re.compile(r"\b(?:pain|symptom|fever)[- ]?free(?=\s+(?:range|intervals?|distances?|periods?|movements?|"
                      r"motion|ambulation|mobility|mobili[sz]ation|gait|walking\s+distance)\b)", re.I)
# a reference range in brackets ('ANA > 1:1000 (normal < 1:100)', 'ESR 58 mm/hr (normal range: <30 mm/hr)'): its
# 'normal' is the laboratory's range, not a result, so it reads as 'ref' (checker.labs reads the limit after it)
REF_RANGE = re.compile(r"(?<=\()\s?normal(\s+range)?(?=\s*[:=,]?\s*(?:[<≤>]|up to|less than|below)?\s*\d)", re.I)
# 'ANA was found as negative', 'CK was found to be elevated': the result said with 'found' (which otherwise opens a new
# finding: 'DVT was excluded, a cyst was found'), read as 'ANA was negative'
FOUND_AS = re.compile(r"(?:(?<=\bwas )|(?<=\bwere ))found (?:as |to be )?(?=(?:negative|normal|unremarkable|positive|elevated|raised|absent)\b)",
                      re.I)
# 'revealed D11 and D12 collapse', 'T12 collapse': a vertebra's collapse (no circulatory collapse), read as nothing
LEVEL_COLLAPSE = re.compile(r"(?:(?<=\b[CTLDS]\d )|(?<=\b[CTLDS]\d\d )|(?<=\bmetastases with ))collapse\b", re.I)
# 'MRI was not able to reveal compression': a test that found nothing, read as 'failed to' (the same length; 'not
# able to' before any other verb is an inability: 'not able to walk')
NOT_ABLE = re.compile(r"\bnot able to(?=\s+(?:reveal|demonstrate|show|detect|identify)\b)", re.I)


# a reference range written 'RR' in brackets ('CK 31.7 U/l (RR 24-195)'): no respiratory rate; blanked (the range after
# it is read as a printed range)
RR_RANGE = re.compile(r"(?<=\()\s?RR(?=\s*[:=,]?\s*\d[\d.,]*\s*[-–])")
DASHED_VALUE = re.compile(r"(?<=\))[-–]+(?=>?\s*\d)")  # '(ESR)-65 mm/h', '(CRP)->15 mg/dL': the dash joins a test to its value


# words that say nothing here, blanked (the same length): see each pattern above
# 'antibodies were persistently absent in the serum and cerebrospinal fluid (CSF)': absent from both fluids is negative,
# unlike 'absent in the serum' alone (oligoclonal bands confined to the CSF, cues.PSEUDO): the fluids blanked (session 42)
BOTH_FLUIDS = re.compile(r"(?<=\babsent) in (?:both )?(?:the )?serum and (?:the )?(?:csf|cerebrospinal fluid)(?![-\w])(?: \(csf\))?",
                         re.I)
BLANKED = (RR_RANGE, DASHED_VALUE, NAMED_DISSOCIATION, FREE_USE, FILLER, LEVEL_COLLAPSE, FOUND_AS, BOTH_FLUIDS)


def _blank_group(pattern: re.Pattern, text: str) -> str:
    """The text with the first group of each match blanked (the same length)."""
    return pattern.sub(lambda m: m.group()[:m.start(1) - m.start()] + " " * len(m.group(1)) + m.group()[m.end(1) - m.start():],
                       text)


def prepared(text: str) -> str:
    """The text with its signs in brackets and 'excluded (' read as words, and a denied or tested list split by
    semicolons ('denied X; Y; and Z', 'serology for X; Y; and Z was negative') joined into one list, a reference
    range's 'normal' as 'ref', 'not able to reveal' as 'failed to reveal', and the words that say nothing here blanked
    (BLANKED, and a denied radiation's 'of pain'); the same length as the text."""
    text = SIGN.sub(lambda m: "negative" if m.group()[0].isalpha() else ("neg" if "+" not in m.group() else "pos").center(
        len(m.group())), text)
    text = REF_RANGE.sub(lambda m: ("ref range" if m.group(1) else "ref").ljust(len(m.group())), text)
    text = _blank_group(RADIATION_OF, NOT_ABLE.sub("failed to  ", text))
    for pattern in BLANKED:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    for tested in (TESTED_LIST, TESTED_TWICE):
        text = tested.sub(lambda m: m.group().replace(";", ","), text)
    return DENIED_LIST.sub(lambda m: m.group().replace(";", ","), text)


# An outcome after treatment ('After 5 days of intravenous immunoglobulin he regained strength and denied
# paraesthesias', 'the limb oedema disappeared', 'discharged on the 7th day with normal muscle strength'): a sentence
# that names a treatment and an improvement, or the discharge, or the follow-up and an improvement. Its findings are
# the course after treatment: what it says is gone or normal is no absence at the presentation (context "outcome", which
# never reaches the checker unticked), while what it says improved was there ('his dysphagia and leg weakness recovered').
TREATMENT = re.compile(r"\b(?:treatment|therapy|treated|surgery|operation|decompression|fasciotomy|debridement|"
                       r"immunoglobulins?|ivig|plasmapheresis|plasma exchange|steroids?|corticosteroids?|prednisolone|"
                       r"prednisone|methylprednisolone|antibiotics?|rituximab|cyclophosphamide|anticoagulation|"
                       r"thrombolysis|colchicine|discontinuation|withdrawal|cessation|follow-?up)\b", re.I)
IMPROVED = re.compile(r"\b(?:gained|improved|improvement|improving|resolved|resolution|disappeared|recovered|recovery|regained|"
                      r"relieved|relief|normali[sz]ed|normali[sz]ation|subsided|remission|asymptomatic|symptom-free|uneventful(?![\s,]*(?:(?!no\b|without\b|not\b)[\w-]+[\s,]+){0,6}?(?:until|except|apart from|but|when|however|"
                      r"then)\b))\b",
                      re.I)
DISCHARGED = re.compile(r"\s*(?:\w+\s+){0,3}?(?:was|were) discharged\b|\s*(?:at|on) discharge\b", re.I)  # opening it
NOT_IMPROVED = re.compile(r"\b(?:no|without|not|never|failed to)\s+(?:\w+\s+)?(?:improv|resol|recover|relie)", re.I)


TREATED_OPENING = re.compile(r"\s*(?:the patient|he|she|they)\s+(?:was|were)\s+(?:then\s+|subsequently\s+)?(?:treated|"
                             r"managed)\b|\s*(?:the\s+|her\s+|his\s+|(?:the patient|he|she)\s+had\s+an?\s+)(?:\w+\s+)?post-?"
                             r"operative\s+(?:course|recovery|period)\b", re.I)  # 'The patient was treated with D-penicillamine and
# recovered', 'The postoperative course was uneventful, with relief from calf claudication' (session 43)
AFTER = re.compile(r"\s*(?:after|following|with|on|upon|within|at)\b[^,;]{0,80}?(?:" + TREATMENT.pattern + r")", re.I)


def outcome_spans(text: str) -> list[tuple[int, int, str]]:
    """The sentences that open on a treatment or the follow-up ('After 5 days of IVIG, ...', 'At follow-up, ...') and
    say what improved, and those of the discharge."""
    out: list[tuple[int, int, str]] = []
    for at, s in sentences(text):
        if DISCHARGED.match(s) or (AFTER.match(s) or TREATED_OPENING.match(s)) and IMPROVED.search(s) and not \
                NOT_IMPROVED.search(s) or out and out[-1][1] == at - 1 and text[at - 1] == ";":  # and its clause after ';'
            out.append((at, at + len(s), "outcome"))
    return out

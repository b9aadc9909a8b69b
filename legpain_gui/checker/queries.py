"""A finding the text asks about rather than states: a clinician's query ('?DVT', 'GP querying DVT'), a likeness
('bruise-like'), an alternative after a query, a referral 'for DVT exclusion', a misdiagnosis: neither present nor
absent (checker.extract)."""
from __future__ import annotations

import re


def queried(text: str, start: int, end: int) -> bool:
    """'?DVT', '? cellulitis' (a query, as clinicians' notes write it) or 'bruise-like lesions' (it resembles, it is
    not): a finding neither present nor absent."""
    return text[max(0, start - 2):start].rstrip().endswith("?") or text[end:end + 5].lower() == "-like" or bool(
        QUERIED_ALTERNATIVE.search(text[max(0, start - 50):start]) or QUERIED_SIDE.search(text[max(0, start - 20):start])
        or QUERIED_AFTER.match(text[end:end + 40]) or EXCLUSION_AFTER.match(text[end:end + 12])
        or NOT_CONSIDERED.match(text[end:end + 60]) and not TREATED_BEFORE.search(text[max(0, start - 50):start])
        or EVALUATED_FOR.search(text[max(0, start - 60):start]) and DIAGNOSIS_WORDS.search(text[start:end])
        and not CONFIRMED_AFTER.match(text[end:end + 60])
        or MISDIAGNOSED_BY.search(text[max(0, start - 90):start]) or QUERYING.search(text[max(0, start - 60):start])
        and not SIGN_WORDS.search(text[start:end]) and not QUERIER.search(text[max(0, start - 90):start]))


NOT_CONSIDERED = re.compile(r"\s+(?:was|were) not considered(?=\s*(?:$|[.;,]|at this|likely|probable|as the|the diagnosis|"
                            r"in the differential))", re.I)  # 'A DVT was not considered at this stage'
TREATED_BEFORE = re.compile(r"\b(?:for|of|to|on)\s+(?:the |a |an |his |her )?$", re.I)  # 'Thrombolysis for the PE was
# not considered': the treatment was (review 4)
EXCLUSION_AFTER = re.compile(r"\s+exclusion\b", re.I)  # 'referred for deep vein thrombosis exclusion' (that one only)
MISDIAGNOSED_BY = re.compile(r"\bmisdiagnosed by (?:[\w'-]+ ){1,4}(?:to have|as having|as|with)\s+(?:[\w-]+\s+){0,2}$", re.I)
SIGN_WORDS = re.compile(r"\b(?:pain|ache|aching|swelling|swollen|hot|red|rash|weakness|weak|numb|numbness|effusion|"
                        r"tender|gangrene|drop|petechi\w*|purpur\w*|oedema|edema|erythema|blister\w*|ulcer\w*|sore|"
                        r"necrosis|bruis\w*|lump|mass)\b", re.I)  # 'ED querying hot swollen knee': the sign was seen, its cause is queried
QUERIER = re.compile(r"\b(?:patient|mum|mother|dad|father|son|daughter|wife|husband|he|she|parents?)\s+(?:was\s+|is\s+)?"
                     r"querying\b", re.I)  # 'Patient querying calf pain after starting a statin'


# a referral's question: 'GP querying DVT of the left leg', 'referred querying compartment syndrome'; only the finding
# right after it ('querying cauda equina syndrome with saddle anaesthesia': the anaesthesia is the reason, present;
# 'querying the cause of her leg swelling' or 'whether' asks about a finding that is there)
QUERYING = re.compile(r"\bquerying\s+(?:(?:a|an|possible|probable|early|acute|left|right|l|r|lt|rt|bilateral|"
                      r"calf|leg|knee|hip|ankle|thigh|foot)\s+){0,3}$", re.I)

# a diagnosis being worked up (tester kg, session 45): 'He was evaluated for deep vein thrombosis', 'Evaluation for acute
# compartment syndrome ensued', 'worked up for DVT'; only a diagnosis's name, not a complaint ('evaluated for leg pain',
# 'assessed for an acute gait disturbance')
EVALUATED_FOR = re.compile(r"\b(?:evaluated|evaluation|re-?evaluated|worked[- ]up|investigated|screened|assessed|"
                           r"assessment|examined|tested)(?:\s+(?:in|by|at)\s+(?:the\s+|our\s+)?[a-z-]+(?:\s+[a-z-]+)?)?"
                           r"\s+for\s+(?:(?:a|an|the|any|possible|probable|suspected|early|acute|left|right|bilateral|"
                           r"calf|leg|lower|limb|extremity|signs|features|evidence|presence|of)\s+|"
                           r"[a-z-]+(?:\s+[a-z-]+)?\s*(?:,|\band|\bor)\s+){0,4}$", re.I)  # '... for cellulitis and
# rhabdomyolysis', 'in the emergency department for DVT', 'for the presence of compartment syndrome'
CONFIRMED_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[\w-]+(?:\s+[\w-]+)?)?\s*,?\s*(?:which|that)\s+(?:was|were)\s+(?:then\s+|later\s+|subsequently\s+)?"
                             r"(?:confirmed|demonstrated|seen|shown)\b(?!\s+(?:absent|negative|not|to be absent))", re.I)  # 'evaluated in hospital for a DVT, which
# was confirmed on ultrasound' (not 'which was not confirmed', 'and was found to have gout': review 3)
DIAGNOSIS_WORDS = re.compile(r"\b(?:dvt|pe|thrombosis|embolism|embolus|compartment syndrome|cellulitis|fasciitis|"
                             r"rhabdomyolysis|osteomyelitis|septic arthritis|abscess|fracture|malignancy|cancer|"
                             r"infection|sepsis|vasculitis|myositis|lymphoma|tumou?r|occlusion|ischa?emia|hepatitis|"
                             r"gout|lupus|sle|tuberculosis|syndrome|vte|thromboembolism|thrombophlebitis|myeloma|sarcoma|"
                             r"osteosarcoma|carcinoma|metastas[ie]s|neoplasia|arteritis|aneurysm|dissection|pneumonia|"
                             r"meningitis|endocarditis|myelitis|discitis|spondylodiscitis|bacteremia|bacteraemia)\b", re.I)  # names of what is worked up, not
# complaints or results ('evaluated for acute knee arthritis', 'for anaemia': review 1 of session 45)


# a query closing the finding's own phrase: 'Tophi over L olecranon? (soft nodule)'; not a record's question and its
# answer ('Urine dark? No.')
QUERIED_AFTER = re.compile(r"[^.,;:?!\n()]{0,25}\?(?!\s*(?:no|nil|none|yes|y|n)\b)", re.I)


# a query with the side or site before the finding: '?L DVT', '? R septic arthritis', '?left calf DVT'
QUERIED_SIDE = re.compile(r"(?:^|[\s(:,])\?\s*(?:l|r|lt|rt|left|right|bilat(?:eral)?)\b\.?\s*(?:(?:calf|leg|knee|hip|ankle|thigh|"
                          r"foot|lower limb|upper limb|arm|groin)\s+)?$", re.I)


# the second of queried alternatives: '?nec fasc vs severe cellulitis', '?DVT or Baker's cyst', '?septic arthritis / PJI'
QUERIED_ALTERNATIVE = re.compile(r"\?\s*[^\s?.;][^?.;\n]{0,40}?\s*(?:\bvs\b\.?|\bversus\b|\bor\b|/)\s*[\w' -]{0,15}$", re.I)

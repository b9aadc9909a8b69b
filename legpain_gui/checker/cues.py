"""The ConText cue lists the reader's negation, hedging, history and family rules use (checker.context): trigger
phrases that reach forward (_BEFORE: said before the finding) or backward (_AFTER), the words that end a trigger's
scope, the pseudo-triggers that only look like one, and the results a test's words can end in. Plain lower-case
words as the text has them (checker.shorthand expands abbreviations first). At the end, the few word tests the
context reader applies to a token list (a trigger phrase's spans, 'none of ... had', a duration after 'history of').
"""
from __future__ import annotations

import functools

from legpain_gui.checker.vocabulary import DIFFERENTIAL_HEDGES, DISMISSED_AFTER, NO_ABNORMALITY, PREVENTIVE, SAID_UNOBTAINABLE, UNKNOWN_WHEN

SCOPE = 6  # tokens a forward trigger reaches
BACK_SCOPE = {"absent": 3, "uncertain": 3, "history": 3, "diagnosis": 1}  # tokens a backward trigger reaches
# a test that excluded a finding ('duplex ultrasound excluded deep vein thrombosis'); a bare 'excluded' is no forward
# trigger ('after tuberculosis was excluded, Behcet's syndrome with pulmonary artery thrombosis was diagnosed')
EXCLUDING_TESTS = ("ultrasound", "ultrasonography", "doppler", "duplex", "scan", "imaging", "mri", "ct", "angiography",
                   "biopsy", "echocardiography", "radiograph", "x ray", "venography", "study", "studies", "test",
                   "tests", "investigations", "which", "that", "review", "examination", "assessment",
                   "ophthalmology", "spine", "brain", "chest", "abdomen", "pelvis", "testing", "serology", "serologies", "culture", "cultures", "anca", "workup", "work-up", "screen", "screening", "aspiration", "aspirate", "puncture", "emg", "electromyography", "ctpa", "ct pa", "ct pulmonary angiogram", "ct pulmonary angiography")  # 'ophthalmology review excluded
# uveitis', 'MRI of the spine excluded cord compression'
NEGATED_BEFORE = ("not experienced",  # 'he had not experienced fever' ('experienced' ends a plain 'not''s reach)
                  "negative including", "normal for", "normal results including",  # 'results were normal for full
                  # blood count, thyroid function and anti-dsDNA'
                  "negative as was", "negative as were", "normal as was", "normal as were", "as was testing for",
                  "as was screening for", "as were tests for",  # 'hepatitis serology was negative, as was testing for
                  # cryoglobulins' (after the comma: a result said of a test of its own is always the same one)
                  "not had", "never had", "has not had", "had not had", "no", "not", "without", "little", "minimal evidence of", "rather than", "instead of", "denies", "denied", "deny", "negative for", "absence of", "absent",
                  "not compatible with", "incompatible with", "not consistent with", "inconsistent with",  # 'symptoms were not compatible with IBD'
                  "failed to show", "failed to demonstrate",  # 'electromyography failed to show myopathic change'
                  "never endorsed", "did not endorse", "does not endorse", "not endorse",  # 'never endorsed any
                  # vaginal discharge, dysuria, abdominal pain, or rash'
                  "negativity for", "negativity of", "negative",  # 'laboratory findings revealed negativity for ANA, RF and cryoglobulins'
                  "negative serological studies for", "negative serology for", "negative serologies for",
                  "negative serological tests for", "negative tests for", "negative testing for", "negative studies for",
                  "negative screening for", "never experienced", "had never experienced", "has never experienced",
                  "did not experience",  # 'negative serological studies for hepatitis B virus (HBV), ...'; 'none of
                  # them had ...' is none_of's, below
                  "free of", "no evidence of", "no sign of", "no signs of", "ruled out", "never", "nor", "lack of",
                  "lacked", "unremarkable for", "did not have", "did not report", "not have", "not noticed",
                  "never noticed", "clear of", "fails to reveal", "failed to reveal", "did not reveal", "denial of",
                  "denying", "excluded including", "ruled out including", "excluded a", "excluded an", "excluded any",
                  "failed to show", "failed to demonstrate", "failed to identify", "failed to detect", "fails to show",
                  "fails to demonstrate",  # 'duplex failed to demonstrate DVT' (ConText's 'fail to reveal' class)
                  "did not find", "did not find any", "did not show", "did not demonstrate", "did not detect",
                  "neither", "lacking", "nil", "discarded") + tuple(  # 'studies discarded neuropathy' (ruled it out)
    f"{test} {verb}" for test in EXCLUDING_TESTS for verb in ("excluded", "ruled out", "excludes", "rules out"))
# 'The following laboratory tests were unremarkable: blood count, ESR and antinuclear antibody': a result said before
# the list it closes (forward, unlike 'ANA and RF were negative')
NEGATED_BEFORE += tuple(f"following {tests} {result}" for tests in (
    "tests were", "laboratory tests were", "investigations were", "studies were", "blood tests were", "results were",
    "laboratory studies were", "laboratory results were", "were") for result in (
    "unremarkable", "normal", "negative", "within normal limits")) + tuple(f"{verb} {result} including" for verb in (
    "was", "were") for result in ("unremarkable", "normal", "negative"))  # 'labs were unremarkable, including RF and ANA'
NEGATED_AFTER = ("were all absent", "were all negative", "were all normal",  # closing a list: 'weakness, erythema
                 "all of which were normal", "all of which were negative",  # and swelling were all absent'
                 "negetive", "was negetive", "were negetive",  # a misspelling case reports print
                 "was sterile", "were sterile", "remained sterile",  # not a bare 'sterile' ('turbid, sterile
                 # and contained crystals': the fluid is still turbid)  # 'cultures of blood and joint fluid were sterile'
                 "was lacking", "were lacking",  # 'clinical evidence of proximal myopathy was lacking'
                 "was not painful", "were not painful", "not painful",  # 'straight leg raise ... was not painful'
                 "which were absent", "which was absent", "which were not present", "which was not present",
                 "which were negative",  # 'malaise, chills, and fever, which were absent here'
                 "does not elicit", "did not elicit", "does not provoke", "did not provoke", "does not reproduce",
                 "did not reproduce", "failed to elicit", "failed to provoke",  # 'straight leg raise does not elicit pain'
                 "not obvious", "not apparent", "excluded as far as possible", "excluded as far as is possible", "had been quiescent", "has been quiescent", "was quiescent", "is quiescent", "quiescent",
                 "is burnt out", "was burnt out", "has burnt out", "is burned out", "has burned out",
                 "was absent", "were absent", "was not present", "were not present", "was negative",
                 "were negative", "absent", "negative", "not seen", "was not found", "were not found", "was excluded",
                 "were excluded", "was discarded", "were discarded", "free", "proved to be negative", "proved negative", "which proved to be negative", "which proved negative", "which was negative", "was ruled out", "were ruled out", "was normal", "were normal", "was unremarkable",  # 'free': 'pain free'
                 "were unremarkable", "not detected", "was not detected", "were not detected", "was undetectable", "were undetectable", "undetectable",
                 "not evident", "has been negative", "have been negative", "no longer present", "within normal limits",
                 "within normal limit", "has been ruled out", "have been ruled out", "is ruled out", "are ruled out",
                 "not observed", "not noted", "not appreciated", "not elicited", "not identified", "not found",
                 "not present",
                 "unlikely", "improbable", "none", "nil", "denied", "neg", "excluded", "ruled out", "all absent", "all negative",
                 "all denied", "none of these", "none of the above", "all normal", "not raised", "not elevated",
                 "not increased", "considered but excluded", "considered but ruled out", "considered but not present",
                 "considered but was not present", "considered but were not present", "considered and excluded", "suspected but ruled out", "suspected but excluded", "was suspected but ruled out", "was initially suspected but ruled out", "was initially suspected but excluded")
# 'Fever: none', 'Jaw claudication - denied', 'DVT excluded' (not after 'not' or 'cannot': Sentence._reaches);
# 'normal' alone is left out: '(normal <6)' is a reference range, not a result
# ConText's hypothetical class: advice and safety-netting name what has not happened ('return if the leg goes cold')
HYPOTHETICAL = ("should he develop", "should she develop", "should they develop", "in case of", "in the event of",
                "unless", "watch for", "look out for", "would indicate", "would suggest", "safety netted", "safety netting",
                "advised to return")
# 'if' is hypothetical only in advice: case reports use it for a habit ('if he sat down the leg pains were relieved')
ADVICE = ("return", "attend", "advised", "advise", "seek", "should", "come back", "call", "contact", "told",
          "instructed", "ed", "a&e", "999", "911", "emergency department", "review")
UNCERTAIN_BEFORE = ("possibility of", "the possibility of", "considering the possibility of",  # 'admitted considering
                    # the possibility of a spinal neoplasm'
                    "findings for", "acute findings for", "cause for", "explanation for",  # 'imaging revealed no acute
                    # findings for abdominal pain': the complaint looked into, not denied
                    "causes like", "such as e g", "e g", "eg",  # examples, not findings: 'negative for antibodies
                    # seen in arthritides (e.g., rheumatoid arthritis, ...)', 'secondary causes like hyperparathyroidism'
                    "suspicion for", "initial suspicion for",  # 'antibiotics given initial suspicion for cellulitis'
                    "complicated the assessment of", "limited the assessment of", "precluded assessment of",
                    "difficult to assess",  # 'a dark skin tone complicated the assessment of elevation pallor'
                    "not necessarily",  # 'she does not necessarily feel pain in her joints'
                    "feeling like", "felt like", "feels like",  # a comparison: 'the pain was feeling like an attack of gout'
                    "differential diagnoses included", "differential diagnosis included", "differential diagnoses include",
                    "differential diagnosis includes", "differentials included", "differentials include",
                    "differential included", "differential includes", "the differential", "possibilities being",
                    "possibilities include", "possibilities included",  # what else it could be
                    "causes of", "initial diagnosis of", "preliminary diagnosis of",
                    "provisional diagnosis of", "tentative diagnosis of", "preoperative diagnosis of",  # a first guess
                    "no other", "without other", "nor other", "denied other", "denies other",  # 'foot drop; no other
                    # muscle weakness': none elsewhere, which a finding cannot say (absent, it would deny the weakness)
                    "organs were free of", "organs free of",  # 'the rest of her organs were free of cancer'
                    "do not think", "does not think", "did not think", "not convinced", "do not believe", "convinced that",
                    "become convinced", "believes that", "believed that",  # the patient's own belief, no finding
                    "does not believe",  # a clinician's doubt: 'I do not think this is mechanical back pain'
                    "may cause", "can cause", "could cause", "warned of", "warned about", "warned may cause",
                    "side effects include",  # a drug's warned side effect, not the patient's finding
                    "worried re", "worried about", "worried it is", "concerned about", "concern re", "concern for", "concern of",
                    "concerns of", "concerns for", "concerned for", "concerns about",  # 'due to concerns of ulcer
                    # enlargement and cellulitis', 'concerned for dehydration'
                    "concerned re",  # a carer's or referrer's worry: the finding is asked about, not found
                    "no new", "nothing new", "wondered about", "wonder about", "wondered whether", "wonder whether",
                    "i suspect", "we suspect", "suspect", "suspecting", "i wondered", "i wonder",  # a referrer's question  # 'no new pain': an old one may go on (neither present nor absent)
                    "possible", "possibly", "probable", "probably", "suspected", "suspicion of", "query", "may have", "may be experiencing", "might be experiencing", "could be experiencing", "criteria for", "criteria of", "either a", "either an", "did not meet the criteria for", "did not meet criteria for", "does not meet criteria for", "did not fulfil the criteria for", "did not fulfill the criteria for",
                    "might have", "cannot exclude", "could not exclude", "questionable", "likely", "equivocal",
                    "can not exclude", "did not exclude", "does not exclude", "could not rule out", "can not rule out",
                    "suspicious of", "suspicious for", "could not completely rule out", "could not completely exclude", "cannot completely rule out", "cannot completely exclude", "could not entirely exclude", "could not fully exclude",  # 'MRI suspicious of an epidural collection'
                    "mimicking", "mimic", "mimics", "mimicked", "might be due to", "may be due to", "could be due to", "resembling", "assuming", "assumed", "misdiagnosed as", "thought to be",
                    "attributed to", "differential diagnosis", "differential diagnoses of", "diagnostic hypotheses were",
                    "diagnostic hypothesis was", "diagnostic hypotheses included", "diagnostic hypotheses of",
                    "diagnostic hypothesis of",  # 'differential diagnoses of A, B and C'
                    "rule out", "worried about", "concerned about",
                    "impression of", "to exclude", "treated as", "managed as", "misdiagnosed with",
                    "misdiagnosis of", "missdiagnosis of", "misdiagnosis as", "misdiagnoses of", "misdiagnoses as", "diagnosis focused on",
                    "wonder whether", "wonder if", "wondered whether", "wondered if", "i wonder",
                    "initially thought to have", "thought to have", "initially treated for", "initially suspected",
                    "initially managed as", "initially labelled as", "initially labeled as", "first thought to be",
                    "first treated as", "first treated for", "presumed",
                    "initially diagnosed as", "initially diagnosed with", "first diagnosed as",
                    "factor for", "factors for", "factors of", "risk of", "at risk for",  # 'risk factors for DVT': not the DVT
                    "could represent", "may represent", "might represent", "concerning for", "considering", "differentiate between",
                    "distinguish between", "search for", "searched for", "sent for", "that could cause", "could cause",
                    "to avoid",  # 'investigation considering acute flaccid paralysis'; 'a wedge to avoid hypotension'
                    "worrying for", "check for", "look for", "screen for", "consider", "evaluate for", "assess for",
                    "work up for", "workup for", "will check", "to check", "evaluate him for", "evaluate her for",
                    "to evaluate for", "working diagnosis of", "could have caused", "may have caused",  # 'a view to
                    # evaluate him for renal calculi'; 'meat, which could have caused her to develop gout'
                    "prevention of", "to prevent", "prophylaxis of", "prophylactic", "prophylaxis against", "prophylaxis for",
                    "risk reduction of", "to reduce the risk of", "to detect",  # a drug given or a test done for it
                    "monitored for", "may mask", "can mask", "could mask", "masking", "might mask") + HYPOTHETICAL + DIFFERENTIAL_HEDGES  # ('tocilizumab may mask fever')
UNCERTAIN_AFTER = ("were not definite", "was not definite",  # 'dysphagia and dysarthria were not definite'
                   "was the working diagnosis", "the working diagnosis",  # 'an epidural abscess was the working diagnosis'
                   "would indicate", "would suggest",  # 'the presence of fever and back pain would indicate an abscess'
                   "was indifferent", "were indifferent", "indifferent", "was entertained", "were entertained", "entertained",
                   "may be present", "might be present",  # 'leg edema may be present' (session 40)
                   "possible", "possibly", "probable", "probably", "suspected", "likely", "equivocal",
                   "was suspected", "were suspected", "was considered", "were considered", "was also considered", "were also considered", "was also suspected", "been considered", "was initially suspected", "were initially suspected", "was first suspected",
                   "considered but",  # 'meningococcal septicaemia considered but he is well' (not 'pauci-immune
                   # glomerulonephritis was primarily considered', a biopsy's conclusion)
                   "vaccination", "vaccine", "vaccinated", "immunisation", "immunization",  # 'hepatitis B vaccination'
                   "prophylaxis", "prevention",  # 'enoxaparin for DVT prophylaxis', 'apixaban for stroke prevention'
                   "prophylactic", "is my concern", "is a concern", "is the concern", "is my worry",  # suspected
                   "not excluded", "cannot be excluded", "could not be excluded", "not ruled out",
                   "cannot be ruled out", "could not be ruled out",
                   "pending", "is pending", "are pending", "was pending", "were pending", "awaited", "is awaited",
                   "are awaited", "was sent", "were sent", "requested", "was requested", "were requested",
                   "until proven otherwise", "until proved otherwise", "to be excluded", "to be ruled out", "had to be excluded", "had to be ruled out",
                   "not reported", "not recorded", "not documented", "not stated", "not assessed", "not examined",
                   "not tested", "not checked", "not done", "not yet examined", "not yet assessed", "not yet tested",
                   "not yet checked", "not yet done", "yet to be examined", "yet to be assessed", "not performed",
                   "was not performed", "were not performed", "not carried out", "was not carried out", "not available",
                   "was not available", "were not available") + DISMISSED_AFTER  # 'anti-contactin 1 antibody testing was not performed'
# a test not yet back, a suspicion until proven, a finding not recorded: neither positive nor negative
TERMINATE = ("rarely", "occasionally", "sometimes",  # 'no significant family history, rarely smoked': a habit (a little)
             "prophylaxis for", "because of",  # 'not receiving prophylaxis for gout', 'could neither raise his arms nor
             # squat because of pain': there (not 'due to': 'thought to be due to vasculitis' stays hedged)
             "performed due to", "done due to", "assessed due to",  # 'lumbar puncture was not performed due to low
             # platelet count', 'strength could not be assessed due to pain'
             "and positive", "but positive", "and was", "and is", "and had", "and has", "as the cause of", "as a cause of", "as the cause", "as the underlying cause", "as a possible cause", "as the source of", "as the etiology of", "as the aetiology of", "and he was", "and she was", "and he had", "and she had", "and says", "says that", "and reports that", "and states that",  # ('as the cause of' and after: what a test excluded ends there, review 1 of session 44)  # 'no medical history and
             # was a smoker', 'no fever and had chills'  # 'absence of MPO-ANCA and positive occult blood in stool'
             "followed",  # 'dysuria without urethral discharge, followed 1 week later by pain and swelling of his MCP joint'
             "and with", "hospitalized", "hospitalised", "was referred",  # 'with no past medical history was
             # hospitalized for progressive weakness'; 'without signs of inflammation and with ecchymosis'
             "showing", "revealing", "demonstrating", "making", "causing", "leading to", "resulting in",  # 'ruled out DVT, showing only subcutaneous edema'; 'weakness without pain, making climbing stairs difficult'
             "but", "however", "although", "though", "except", "apart from", "aside from", "yet", "while",
             "whereas", "which", "who", "and then", "presented", "presenting", "developed", "developing", "showed",
             "revealed", "complained", "reported", "had", "was found", "were found", "the patient", "presents",
             "experienced", "noticed", "initially", "now", "reports", "complains", "describes",  # 'no previous
             # gout, now podagra'; 'diagnosed with diabetes 15 years earlier, reports burning feet'
             "admitted", "consulted", "consulting", "has a", "has an", "has had", "was attributed to", "were attributed to", "confirming",  # 'AF not anticoagulated was admitted for brutal pain of the leg'
             "consistent with", "in keeping with", "compatible with", "based on", "on the basis of",  # the evidence
             "seen and the", "found and the", "observed and the", "noted and the", "present and the",
             "detected and the",  # 'ataxia were not seen and the areflexia persisted' (a new subject after its verb)
             "given")  # 'without vasculitis, consistent with EN'; 'cannot rule out PE given HR 108' (measured)
FAMILY = ("family history", "mother", "father", "sister", "brother", "sibling", "parent", "aunt", "uncle",
          "grandmother", "grandfather", "relative", "cousin", "daughter", "son", "wife", "husband", "partner",
          "spouse", "mum", "dad", "nan", "nana", "grandad", "granny", "grandma", "grandpa", "auntie", "twin",
          "stepmother", "stepfather", "niece", "nephew", "grandson", "granddaughter", "maternal history",
          "paternal history", "maternal", "paternal", "none of her family", "none of his family", "none of the family",
          "no one in her family", "no one in his family", "no one in the family")  # not the patient's ('his wife has had two miscarriages')
POSTPOSED = ("absent", "negative")  # a negation that is also a result said after its finding ('SNAP absent, ...')
OWN_NEGATION = frozenset(("not", "no", "cannot", "unable", "inability", "without"))  # in a finding's own words
REPORTING = ("noticed", "notice", "reports", "reported", "says", "said", "describes", "described", "brought", "brings",
             "bring", "accompanies", "accompanied",
             "observed", "noted", "found", "thinks", "feels", "states", "stated", "complains", "complained")
FAMILY_VERBS = ("history", "had", "has", "with", "diagnosed", "died", "passed", "suffered", "suffers")
FAMILY_LINKS = ("in", "his", "her", "their", "the", "a", "an", "both")  # 'DVT in his mother'
PATIENT_CLAUSE = ("presented", "presenting", "admitted", "complained", "developed", "reported", "experienced", "she",
                  "personal history",  # 'a family history of ... and a long personal history of headaches'
                  "consulted", "consulting",  # 'whose mother is followed for lupus, consulted for polyarthralgias'
                  "he", "the patient", "own", "presents", "now")  # 'her mother has diabetes; her own glucose is normal'   # the patient's own clause begins: a relative's finding does not reach past it
NOW_STARTS = ("presents", "presented", "presenting", "now", "admitted", "developed")  # this illness begins
HISTORY_BEFORE = ("resolution of", "background of", "history of", "previous", "previously", "prior", "past", "in the past", "antecedent of",
                  "antecedents of",  # 'antecedent of lumbago' (a case report's French 'antécédent')
                  "angiography for", "angioplasty for", "catheterisation for", "catheterization for", "stenting for",
                  "pci for", "cabg for", "ex", "history included", "history includes", "history was remarkable for",
                  "history is remarkable for", "history remarkable for", "history was significant for",
                  "history is significant for", "history significant for", "history was notable for",
                  "history is notable for", "history notable for", "remote episode of", "remote history of")  # 'his medical history included left hemiparesis'  # 'three weeks after coronary angiography for unstable angina': the
# procedure's reason, past (and no chest pain now)
HISTORY_AFTER = ("years ago", "yrs ago", "yr ago", "year ago", "in childhood", "as a child", "last winter", "last summer", "last autumn", "in remission",
                 "which was now in remission", "which is now in remission", "which was in remission",
                 "which is in remission",  # 'breast cancer, which was now in remission'
                 "the previous year", "the year before", "year previously", "years previously", "months previously", "a year earlier", "year earlier", "years earlier",
                 "year before", "years before", "years back", "year back")  # 'anterior uveitis 1 year earlier'  # not "(in the) last year": up to now
# a finding named as the exception to a normal or negative result after it is present ('apart from mild anaemia,
# laboratory results were normal')
EXCEPT_BEFORE = ("apart from", "aside from", "except", "except for", "other than", "with the exception of",
                 "besides")
DIAGNOSIS_BEFORE = ("diagnosed with", "diagnosed as", "diagnosis of", "diagnosis was", "diagnoses were", "final diagnosis",
                    "confirmed the diagnosis", "diagnostic of", "test diagnosed", "tests diagnosed")  # 'a compartment pressure test diagnosed ...' (session 45)
DIAGNOSIS_AFTER = ("was diagnosed", "were diagnosed", "was made", "was confirmed")
# 'power normal except left EHL 4/5': the exception is weak; what the result follows ('ANA was normal except ...')
# is still normal (checker.context reads these as no trigger forward only)
EXCEPTION_PSEUDO = ("normal except", "normal apart from", "normal other than", "intact except", "intact apart from")
PSEUDO = UNKNOWN_WHEN + ("treated as an outpatient", "treated as an inpatient", "managed as an outpatient", "managed as an inpatient",
          "prior to the onset", "prior to onset", "months previously with", "weeks previously with", "days previously with",
          "years previously with") + tuple(f"{unit} prior to {event}" for unit in (
              "hour", "hours", "day", "days", "week", "weeks") for event in (
              "presentation", "admission", "the presentation", "his presentation", "her presentation", "his admission",
              "her admission")) + (  # this illness's time ('in good
          # health until two days prior to presentation, when ...'), not a past one ('a TIA 8 years prior to presentation')
          "without a decrease in", "without any decrease in", "without improvement in", "without any improvement in",
          "factors of note", "precipitating factors of", "aggravating factors of", "exacerbating factors of", "relieving factors of", "triggering factors of", "without resolution of", "without any resolution of", "no resolution of", "no obvious resolution of", "without further evaluation", "without evaluation", "without further investigation", "without further workup",  # 'antibiotics without a decrease in the fevers'
          *(f"{verb} {the}{kind}criteria for" for verb in ("met", "meets", "meeting", "fulfilled", "fulfils", "fulfills", "fulfilling", "satisfied", "satisfying") for the in ("the ", "") for kind in ("", "diagnostic ", "acr ", "eular ", "acr/eular ", "classification ", "sirs ", "sepsis-3 ")), "did not improve", "has not improved", "had not improved", "not improved", "failed to improve", "did not resolve", "did not subside", "had not subsided", "has not subsided", "did not abate", "did not disappear", "did not regress", "did not remit", "did not normalise", "did not normalize", "failed to normalise", "failed to normalize", "did not settle down", "failed to resolve", "failed to subside", "did not go away", "did not diminish", "did not decrease", "did not ease", "confirmed the suspicion of", "confirmed the clinical suspicion of", "free range", "free interval", "free distance", "free survival", "free period",
          "never worked on", "had not worked on", "did not work on", "not be ignored", "not be overlooked", "not be missed", "not be forgotten", "not be neglected",  # 'never worked on his knee inflammation', 'X should not be ignored in ...'
          "chief concern for", "chief concern of", "chief concerns of", "chief concerns for",  # the complaint itself
          "no definite diagnosis", "no clear diagnosis", "no firm diagnosis",  # 'with no definite diagnosis explaining her pain'
          "has not resolved", "had not resolved", "did not settle", "has not settled", "not settled",  # persisting:
          "no benefit", "no improvement", "no relief", "no response", "no significant improvement", "no significant relief", "without significant improvement", "no significant change in", "no change in", "no durable change in", "no lasting change in", "no clinical change in", "no durable improvement in", "no lasting improvement in", "no clinical improvement in", "no further improvement in",  # 'no benefit from physiotherapy and worsening
          # hip pain', 'no relief of his leg pain': what the treatment failed to help is there
          "absent when", "absent until", "absent at first", "absent initially", "absent at the start", "not present when",
          "not present until",  # 'the pain was absent when she started running': present later
          "a little", "little finger", "little fingers", "little toe", "little toes", "as if", "as though", "even if", "if any", "if present", "not without", "without trying", "without dieting",
          "absent f waves", "absent f wave", "did not fall after", "failed to fall",  # 'CK did not fall after the statin'
  # a nerve conduction result of its own: 'absent F waves and conduction block'
          "without meaning to", "without realising", "without realizing", "without noticing",  # a feeling, a double
          # negative, weight lost unmeant, urine leaked unnoticed: no negation or hypothesis
          "never fully recovered", "never completely recovered", "never recovered fully", "never fully resolved",
          "not been present before", "not present before", "never had before",  # 'not ... before the statin'
          "can no longer", "could no longer", "is no longer able", "was no longer able", "no longer able",
          "without support", "without assistance", "without aid", "without an aid", "without a stick",
          "without help", "without a frame", "without a walker", "without a walking aid",  # walking needs help
          "without using his hands", "without using her hands", "without using the hands", "without using his arms",
          "without using her arms", "without pushing",  # Gowers' manoeuvre: rising needs the hands
          "absent in serum", "absent in the serum", "not in serum", "not in the serum",  # CSF-specific bands
          # an inability said with 'not' ('could not get out of the bath or lift her arms'): the weakness is present
          "could not get", "cannot get", "can not get", "could not lift", "cannot lift", "could not climb",
          "cannot climb", "could not rise", "cannot rise", "could not stand", "cannot stand", "could not brush",
          "cannot brush", "could not comb", "cannot comb", "could not raise", "cannot raise", "not able to",
          "could not keep up", "could not reach",
          "previously healthy", "previously well", "history of present illness", "mother of", "father of",  # the
          # patient's own children ('she is a mother of 4'), not a family history
          "presented with a history of", "presented with history of", "presents with a history of",
          "presenting with a history of", "presented with a long history of",  # this illness: 'presented with history
          # of severe low back pain for 4 weeks'
          "no change", "no increase",
          "not only", "not necessarily", "without difficulty", "no further", "little past history",
          "unremarkable past history", "prevent herself", "prevent himself", "prevent themselves",  # 'unable to prevent
          # herself from falling' ('no past history of X' negates: checker.extract keeps it to the past history)
          "normal range", "normal value", "normal values", "reference range", "upper limit of normal",
          "confirmed suspicion of", "confirmed the suspicion of", "confirming the suspicion of",
          "without treatment", "without therapy",
          "no risk", "no known risk", "no other risk", "no obvious risk", "no apparent risk", "no identifiable risk",
          "no predisposing", "absence of risk", "absence of common risk",  # 'no risk factor for DVT': not the DVT
          "factor for her", "factor for his", "factors for her", "factors for his",  # 'the risk factor for her DVT'
          "without improvement", "without significant improvement", "without any improvement",
          "without much improvement", "no improvement", "with no improvement",  # 'without improvement of arthritis'
          "not relieved", "not eased", "not helped", "not controlled", "not responding", "not responsive",
          "not improved", "not improving", "poorly relieved", "no relief", "no pain relief", "without relief",
          "not settling", "not resolving", "not resolved", "not subsiding", "not touched by", "not touched with", "not touched the", "not touched my", "not touched his",
          "not touched her",
          "little improvement", "little relief", "little effect", "little benefit", "little change", "little response",
          "not with rest", "not at rest", "not by rest",
          "not anticoagulated due to", "not anticoagulated because of", "not anticoagulated as",
          "no anticoagulation due to", "no anticoagulation as", "not on anticoagulation due to",  # the reason is there
          "did not relieve", "does not relieve", "did not ease", "does not ease", "did not help",
          "failed to relieve") + tuple(
    " ".join(said) for said in SAID_UNOBTAINABLE if len(said) > 1)  # read as 'absent' by the lexicon
# 'pain not relieved by morphine', 'sinusitis not settling', 'not with rest', reflexes that 'cannot be elicited': the
# finding is present (or absent by its own words), and so is what follows
DURATIONS = ("hour", "day", "week", "month", "year", "decade", "long", "short", "recent", "lifelong", "acute",
             "wk", "yr", "mo", "hr", "h", "d", "w", "m", "y",  # '3 wk hx of new temporal headache': the present illness
             "several", "few", "longstanding", "standing")  # 'a longstanding (long-standing) history of claudication'
PRESENT_AFTER = ("present", "noted", "seen", "observed")  # 'calf swelling present', 'nail pitting noted'
PAST_TIMES = ("ago", "previously", "in the past", "years earlier", "months earlier", "last year", "prior episode",
              "the previous year", "the year before", "a year earlier",
              "previous episode", "earlier episode")
RESOLVED = ("resolved", "recovered", "settled", "subsided", "remitted", "cleared", "resolving", "transiently")
LIST_WORDS = ("and", "or", "nor")  # a trigger reaches along a list: 'denied joint pain, rash and oral ulcers'
PREFIX_NEGATION = "non"  # 'non-pruritic rash' (the hyphenated prefix is a word of its own here)
# A laboratory test and its result: 'ANA, anti-dsDNA, RF, anti-CCP, serology for borreliosis and TSH were negative'
# (the result closes a list of tests of any length, in its clause), 'negative rheumatoid factor and positive
# HLA-B27' (up to the next result). Any other finding is reached as before, and not past a test the result is
# nearer to ('knee swelling, with ANA and RF negative': the tests were negative, the knee was swollen).
TEST_RESULTS_AFTER = ("negative", "was negative", "were negative", "has been negative", "have been negative",
                      "normal", "was normal", "were normal", "unremarkable", "was unremarkable", "were unremarkable",
                      "within normal limits", "within normal limit", "not detected", "was not detected",
                      "were not detected", "was undetectable", "were undetectable", "undetectable", "no organisms", "no organisms seen", "no bacteria", "no bacteria seen",
                      "nil organisms", "showed no organisms", "revealed no organisms") + NO_ABNORMALITY  # (a Gram stain's)
TEST_RESULTS_BEFORE = ("negative", "negative for", "normal")  # 'normal ASOT'
COPULAS = ("was", "were", "is", "are")
SCREENED = ("including for", "screening for", "screened for", "screen for", "testing for", "tested for", "tests for", "serology for",
            "work-up for", "workup for", "markers for")  # a list of what a screen looked for: its result reaches every item
NORMAL_FOR = ("normal for", "unremarkable for", "within normal limits for", "normal values of", "normal values for", "normal levels of", "were recorded for")  # a result before the tests it covers
REASONS = ("given", "because", "since", "due")  # 'septic arthritis unlikely given crystals': the reason follows
OTHER_RESULTS = ("positive", "raised", "elevated", "increased", "high", "detected", "abnormal", "low", "reduced")
STATED_RESULTS = ("raised", "elevated", "increased", "high", "positive", "reduced", "decreased", "low", "absent",
                  "brisk", "impaired", "diminished", "proportionate", "proportion")  # a finding whose own words end in its result
# ('pain proportionate': the pain is there, in proportion)
QUALIFIERS = ("severe", "marked", "significant", "obvious", "any", "undue", "excessive", "real", "new", "definite",
              "present", "with", "have", "show", "evidence", "of")
# words between a negation and a finding whose own words hold its result ('no severe pain out of proportion', 'does
# not present with raised CK', 'did not have raised CK', 'no evidence of raised CK')
# a finding that opens a new item after a comma with its own qualifier is said present, not reached by a negation
# before the comma ('no DP or PT pulse palpable, reduced sensation over the dorsum, weak toe dorsiflexion'), unless
# 'or' goes on with a list of negatives
QUALIFIED = ("reduced", "decreased", "diminished", "impaired", "weak", "brisk", "extensor", "absent", "lost",
             "numb", "pale", "cold", "white", "mottled", "small", "large", "moderate", "mild", "bilateral", "marked",
             "extensive")  # 'CTPA: no PE, small bilateral pleural effusions'
QUALIFIED_NOUNS = ("weakness", "numbness")  # the same, unless 'and' ends the list ('no fever, numbness and tingling')  # '..., no pedal pulses on L, numb to mid-shin'
# words that do not count against a trigger's reach, as a list's own words do not: 'denied fevers, a history of X';
# 'without ... or clinical features of vasculitis'; a class of disease named ('no signs of a connective tissue disease,
# lupus included'; 'family history of TB, autoimmune diseases, or rheumatologic diseases was denied')
LISTED = ("a history of", "history of", "or other", "and other", "features of", "symptoms of", "connective tissue disease",
          "systemic inflammatory connective tissue disease", "rheumatologic diseases", "rheumatologic disease",
          "rheumatological diseases", "rheumatological disease", "autoimmune diseases", "autoimmune disease")
ASSERTED = ("raised", "elevated", "increased", "high", "positive")  # a finding led by its own result is negated only
# next to it ('negative RF and anti-CCP, positive antinuclear antibodies (1:320)': the ANA is positive)


NONE_OF_VERBS = ("had", "has", "have", "showed", "show", "shows", "were", "was", "displayed", "exhibited", "demonstrated")


def none_of(tokens: list[str]) -> list[tuple[int, int]]:
    """'None of his muscles and joints had redness, swelling or warmth': 'none of' and the words up to its verb (at
    most five between) negate what follows, as one trigger (the verb alone would end a trigger's reach)."""
    out = []
    for i in range(len(tokens) - 2):
        if tokens[i] == "none" and tokens[i + 1] == "of":
            verb = next((k for k in range(i + 2, min(i + 8, len(tokens))) if tokens[k] in NONE_OF_VERBS), None)
            if verb is not None:
                out += [(i, i + 1), (i, verb + 1)]  # and 'none' alone, before a reading that takes in the verb:
                # 'none of the joints were swollen' (joint swelling read from 'of the joints were swollen')
    return out


@functools.lru_cache(maxsize=256)
def _split(phrases: tuple) -> tuple[list[str], ...]:
    return tuple(phrase.split() for phrase in phrases)


def spans(tokens: list[str], phrases) -> list[tuple[int, int]]:
    """(start, end) token spans of trigger phrases in a token list, phrase by phrase in the order given (each phrase's
    words split once; only the positions of its first word are tried)."""
    at: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        at.setdefault(t, []).append(i)
    out = []
    for p in _split(tuple(phrases)):
        for i in at.get(p[0], ()) if p else range(len(tokens) + 1):
            if tokens[i:i + len(p)] == p:
                out.append((i, i + len(p)))
    return out


# the context reader's own word lists (checker.context)
UNITS_OF_TIME = ("hour", "day", "week", "month", "year", "decade")
CLAUSE_VERBS = ("has", "had", "is", "was", "have", "reports", "describes", "complains", "feels", "notes")
ONGOING = ("acutely", "suddenly", "progressively", "gradually", "progressive", "worsening", "increasing", "persistent",
           "ongoing", "persisting")  # 'a history of an acutely painful leg', 'of persistent hypercalcaemia': this illness
CHILDREN = ("son", "daughter", "child", "boy", "girl", "baby")
AGED = {"aged", "age", "year", "month", "years", "months", "old"} | {str(n) for n in range(1, 19)}
SUBORDINATE = ("although", "though", "while", "whereas", "despite")  # a clause of its own up to its comma


def duration_after(tokens: list[str], k: int) -> bool:
    """Whether a duration and 'of' follow at k ('history of several months of', 'history of 3 weeks of')."""
    span = tokens[k:k + 4]
    return "of" in span[1:] and any(t.rstrip("s") in UNITS_OF_TIME for t in span[:span.index("of")])


def plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("is", "ss", "us"))  # 'spots', not 'synovitis'

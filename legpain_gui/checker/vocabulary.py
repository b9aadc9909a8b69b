"""The word lists the text-to-findings lexicon reads with (checker.lexicon): spellings folded to one form, the
words that link a finding to its site, result words and qualifiers, adjectives that describe a site, the sites
and joints, and the reflexes. Data only; checker.lexicon holds the reading."""
from __future__ import annotations

SPELLING = (("oedema", "edema"), ("haem", "hem"), ("anaem", "anem"), ("aemia", "emia"), ("aemic", "emic"),
            ("oesoph", "esoph"), ("paediatr", "pediatr"), ("orthopaed", "orthoped"), ("ischaem", "ischem"),
            ("dyspnoea", "dyspnea"),
            ("diarrhoea", "diarrhea"), ("tumour", "tumor"), ("colour", "color"), ("fibre", "fiber"),
            ("centre", "center"), ("ise", "ize"), ("ising", "izing"), ("isation", "ization"), ("aesthe", "esthe"),
            ("leukaem", "leukem"),
            ("haemato", "hemato"), ("oestr", "estr"), ("foetal", "fetal"), ("ageing", "aging"), ("leuco", "leuko"),
            ("titre", "titer"), ("hypesthe", "hypoesthe"), ("hypalge", "hypoalge"), ("rrhoea", "rrhea"),
            ("pnoe", "pne"), ("aetiol", "etiol"), ("faec", "fec"), ("coeliac", "celiac"), ("caec", "cec"),
            ("gynaec", "gynec"), ("behaviour", "behavior"), ("odour", "odor"), ("humour", "humor"),
            ("labour", "labor"), ("manoeuv", "maneuv"), ("sulph", "sulf"), ("grey", "gray"), ("lyse", "lyze"),
            ("litre", "liter"), ("metre", "meter"))
SITE_LINKS = ("of", "in", "within", "over", "involving", "affecting", "on", "around")  # "pain around the knee"
SIDE_WORDS = ("bilateral", "left", "right", "both")  # passed over inside a phrase: 'a painful right hallux'
# the look of a lesion, passed over between the words of a phrase: 'painful red nodules' are painful nodules
LOOKS = ("red", "reddish", "erythematous", "violaceous", "purple", "purplish", "raised", "firm", "warm", "hot")
RESULT_FILLERS = ("level", "was", "were", "is", "are", "had", "been", "has", "persistently", "consistently", "still",
                  "found", "to", "be",  # 'CK was found high', 'CRP was found to be increased' (second-language reports)
                  "markedly", "mildly", "only", "significantly", "also", "very", "globally", "all", "moderately", "slightly",
                  "severely", "highly", "strongly",  # 'CPK were moderately elevated at 650 UI/l'
                  "subsequently", "later", "initially",  # 'D-dimer was subsequently found to be elevated'
                  "serum", "value", "titer", "concentration", "remained", "remains", "stayed")  # "CK remained elevated" (session 45)
RESULT_WORDS = ("elevated", "reduced", "absent", "positive", "impaired", "brisk", "abnormal",
                "unsteady", "extensor", "delayed", "prolonged",
                "thickened")  # after normalise()
SHORT_TESTS = ("pr3", "mpo", "aso")  # three-letter test names read alone ('PR3 negative'); others of that length are not
# a result that closes what came before its comma ('C4 low, C3 normal': 'low' is C4's, not the next test's)
CLOSING = RESULT_WORDS + ("low", "high", "raised", "normal", "negative", "undetectable", "detected", "increased",
                          "decreased", "unremarkable")
RESULT_NOUNS = {"low": "reduced", "undetectable": "reduced", "elevation": "elevated", "rise": "elevated", "detected": "positive",
                "lost": "impaired", "heightened": "brisk", "depressed": "reduced", "restricted": "reduced", "limited": "reduced"}  # 'hepatic enzymes elevation', 'joint
# position sense is lost', 'knee jerks were heightened and ankle jerks depressed'
QUALIFIERS = {"raized": "elevated", "high": "elevated", "increased": "elevated", "decreased": "reduced",
              "diminished": "reduced", "deranged": "abnormal",
              "abolished": "absent", "hypoactive": "reduced",
              "hyperactive": "brisk"}  # one word for each direction, on both sides ('hypoactive reflexes')
# adjective describing a site -> the nouns of the finding it names at that site, tried in order
DESCRIPTORS = {"swollen": ("swelling", "edema"), "puffy": ("swelling", "edema"), "painful": ("pain",), "tender": ("tenderness",),
               "weak": ("weakness", "muscle weakness"), "numb": ("numbness",), "stiff": ("stiffness",),
               "cold": ("coldness",), "cool": ("coldness",), "cooler": ("coldness",), "colder": ("coldness",),
               "pale": ("pallor",), "edematous": ("edema", "swelling"),
               "dusky": ("cyanosis",), "mottled": ("mottled",),
               "indurated": ("induration",), "cyanotic": ("cyanosis",), "blue": ("cyanosis",),
               "red": ("redness", "erythema"), "erythematous": ("erythema",), "gangrenous": ("gangrene",),
               "hurting": ("pain",), "aching": ("pain",), "sore": ("pain",),  # 'his legs have been hurting'
               "killing": ("pain",),  # the patient's own words: 'my calf is killing me'
               "weaker": ("weakness", "muscle weakness"),  # 'and getting weaker'
               "white": ("pallor",),  # 'the foot was white' (only after a site and a verb, or before a site)
               "pulseless": ("pulseless",), "paralysed": ("paralysed",), "paralyzed": ("paralyzed",),  # 'a cold,
               # pulseless, paralysed leg' (acute limb ischaemia): the limb described, not 'a cold' (an infection)
               "tense": ("tenseness",), "hard": ("hardness",), "woody": ("hardness",)}  # a tense compartment: 'the
# calf is swollen and tense', 'the leg was hard and woody' ('firm' is not: 'firm red nodules' are nodules)
# read as their finding even where it has no term at the site
UNSITED = ("pale", "white", "cyanotic", "blue", "cold", "cool", "cooler", "colder", "dusky", "mottled", "red", "erythematous",
           "gangrenous", "pulseless", "paralysed", "paralyzed", "numb")  # paralysis at a leg is no paraplegia
# (one leg; and triage's limb-paralysis concept does not hold HPO's paraplegia); numbness where the site has no term
DESCRIPTOR_FILLERS = ("hot", "warm", "and", "very", "extremely", "markedly", "mildly",
                      "severely", "slightly", "exquisitely", "diffusely", "massively", "grossly", "visibly",
                      "moderately", "getting", "becoming", "increasingly", "progressively", "now", "rock", "tight")
JOINT_HAS = ("had", "has", "with", "a", "an")
SIZES = ("large", "small", "moderate", "massive", "mild", "significant", "tense", "big")
# qualifiers that say the same of a function ('loss of vibration sense' is 'impaired vibration sense'; a 'loss of
# ankle reflexes' is their absence before their reduction)
IMPAIRED = ((("loss", "of"), (("impaired",), ("absent",), ("reduced",))), (("lost",), (("impaired",), ("reduced",))),
            (("reduced",), (("impaired",),)), (("impaired",), (("reduced",),)),
            (("elevation", "of"), (("elevated",),)), (("increase", "in"), (("elevated",),)),  # 'elevation of CK'
            (("abolition", "of"), (("absent",),)))  # 'abolition of the achilles reflexes' (a French case report)
SITE_ALIKE = {("wasting",): ("atrophy",), ("atrophy",): ("wasting",),  # the same finding at a site, other words
              ("tenderness",): ("pain",),  # a site's tenderness is its pain on pressure: 'calf tenderness'
              ("aching",): ("pain",), ("ache",): ("pain",), ("soreness",): ("pain",),  # 'aching in both shoulders': shoulder pain
              ("paresis",): ("weakness",),  # 'paresis of both arms': arm weakness
              **{k: ("weakness",) for k in (("reduced", "power"), ("reduced", "muscle", "power"),  # as examined:
                                            ("reduced", "strength"), ("reduced", "muscle", "strength"))}}  # 'in the legs'
JOINT_NOUNS = {("arthralgia",): ("pain",)}  # a joint finding at a named joint
GENITAL = ("penis", "penile", "scrotum", "scrotal", "vulva", "vulval", "vulvar", "labium", "glan")  # 'glans'
# a part of the leg or arm (or of the genitals) whose finding has no term of its own is read at the segment that
# holds it:
# 'swelling in the right thigh' is leg swelling, 'an ulcer on the heel' a foot ulcer
SITE_PARENT = {"thigh": ("lower", "limb"), "calf": ("leg",), "shin": ("leg",), "heel": ("foot",), "sole": ("foot",),
               "toe": ("foot",), "midfoot": ("foot",), "forefoot": ("foot",), "hindfoot": ("foot",), "forearm": ("arm",), "finger": ("hand",),  # 'leg' alone is read as the lower leg
               **{part: ("genital",) for part in GENITAL}}  # 'ulcers on the scrotum' are genital ulcers
INTERPOSED = ("was", "were", "noted", "present", "predominantly", "predominant", "mainly", "mostly", "particularly",
              "especially", "more", "most", "marked", "prominent", "pronounced", "worse", "also",  # mainly in the legs
              "developed", "appeared", "occurred")  # 'painful swelling developed in both knees'
COPULAS = ("was", "were", "is", "are", "became", "remained", "appeared", "felt", "been", "feel", "look", "looked", "become",
           "becomes", "gone", "turned", "feels", "looks", "remain", "remains")  # 'have been hurting', 'my foot's gone cold and white'
JOINTS = {"knee", "ankle", "hip", "elbow", "wrist", "shoulder", "interphalangeal", "metacarpophalangeal",
          "metatarsophalangeal"}  # small joints too: 'swelling of the MCP joints' is joint swelling
IRREGULAR = {"calves": "calf", "feet": "foot", "teeth": "tooth", "halves": "half",
             "adenopathy": "lymphadenopathy", "adenopathies": "lymphadenopathy",  # 'mediastinal adenopathy'
             "ulceration": "ulcer", "ulcerations": "ulcer",  # 'nasal ulceration', 'ulceration of the vulva'
             "algia": "pain", "algias": "pain", "tumefaction": "swelling", "tumefactions": "swelling",  # case reports
             "papulae": "papule", "maculae": "macule",  # Latin plurals ('few erythematous papulae')
             "dtrs": "reflex", "dtr": "reflex",  # deep tendon reflexes abbreviated: 'ankle DTRs are absent'
             "#": "fracture", "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}  # 'tib/fib #', '# NOF' (lexicon.TOKEN takes no '#' before a number: '#1 DVT')
# written in a Romance language's words: 'algia of the left calf' is calf pain, 'tumefaction of the knee' a swollen knee
SITES = {"ankle", "knee", "hip", "foot", "leg", "thigh", "calf", "arm", "hand", "finger", "toe", "wrist", "elbow",
         "shoulder", "neck", "back", "limb", "extremity", "lower", "upper", "jaw", "face", "facial", "muscle", "joint",
         "flexor", "extensor", "proximal", "distal", "quadricep", "buttock", "groin", "shin", "heel", "sole", "skin",
         "spine", "lumbar", "cervical", "thoracic", "chest", "abdomen", "head", "eye", "mouth", "tongue", "trunk",
         "scalp", "nail", "gluteal", "pelvic", "perineum", "perineal", "forearm", "digit", "popliteal", "femoral",
         "soleus", "gastrocnemiu", "tibial", "peroneal", "ulnar", "radial", "median", "sciatic", "nerve",
         "root", "genital", "midfoot", "forefoot", "hindfoot", "girdle", "scapular"} | JOINTS | set(GENITAL)


# words that deny what follows or precedes them, read where a reading must know the sentence denies something
# (a non-head noun after a negation; a reading that stays silent in a denied sentence: checker.sites, patterns)
NEGATION_WORDS = frozenset(("no", "not", "without", "nor", "denies", "denied", "deny", "never", "negative", "absence",
                            "absent"))
NOT_NON = ("nonetheless", "nonsense")  # words that begin with 'non' but are no negated word
REFLEXES = {"tendon", "ankle", "knee", "biceps", "bicep", "triceps", "tricep", "supinator", "jaw"}
# a result said with a negation ('knee and ankle jerks cannot be elicited'): read as 'absent' (the lexicon's result
# reading), its negation words not a negation (checker.cues.PSEUDO is built from these)
SAID_UNOBTAINABLE = (("could", "not", "be", "elicited"), ("can", "not", "be", "elicited"), ("cannot", "be", "elicited"),
                     ("could", "not", "be", "obtained"), ("cannot", "be", "obtained"), ("were", "not", "elicited"),
                     ("was", "not", "elicited"), ("not", "elicited"), ("not", "elicitable"), ("unobtainable",),
                     ("unelicitable",), ("could", "not", "be", "triggered"), ("cannot", "be", "triggered"),
                     ("could", "not", "be", "evoked"), ("cannot", "be", "evoked"))  # 'Achilles reflex could not be triggered'
REFLEX_WORDS = {"jerk": "reflex"}  # 'absent ankle jerks' are absent reflexes, not myoclonic jerks
CLOSING_RESULTS = ("positive", "negative")  # a result closing its own clause, shared by no word of the next one:
# 'p-ANCA was positive and c-ANCA was negative' holds no 'positive ANCA' (checker.rereading, checker.coordination)
LESIONS = ("ulcer", "ulceration", "nodule", "lesion", "plaque", "papule", "blister", "bulla", "wound", "lump", "mass",
           "rash", "eruption")  # skin lesions: a 'painful' one is the lesion's pain, not its site's (checker.lexicon)
FORWARD_HEDGES = ("possible", "likely", "probable", "suspected", "questionable", "equivocal")  # hedges that after 'with' or
# 'and' qualify the next finding only (checker.context)
# a relative, not a comparison, before 'relative to' ('a first-degree relative to the patient had SLE'; 'moved in position
# relative to the disc bulge' is a comparison: session 39)
RELATIVE_WHO = (["a"], ["one"], ["degree"], ["another"], ["any"], ["no"], ["close"], ["blood"])
# after a postposed 'absent'/'negative' that opens a list item: words that keep it the item before's ('calf swelling,
# absent on the left'); otherwise a finding or one of ITEM_NOUNS soon after makes it the result of its own item ('cold
# pale right foot, absent capillary refill', 'swollen calf, negative Homans sign': checker.clauses.opens_item)
ITEM_AFTER = ("on", "in", "at", "over", "bilaterally", "throughout", "both", "left", "right", "today", "now", "also",
              "too", "as", "to", "from", "since", "for", "by", "until", "and", "or", "but", "which", "when")
ITEM_NOUNS = {"sign", "test", "refill", "reflex", "reflexes", "pulse", "pulses", "response", "responses", "culture",
              "cultures", "serology", "score", "jerks"}  # a test's noun that makes the next item its own (review 3)
PREVENTIVE = ("prophylaxis", "prevention", "prophylactic", "vaccination", "vaccine", "vaccinated", "immunisation",
              "immunization")  # after a finding: what a drug is for, not what is there (checker.cues)


# words that open a list whose items are each what the sentence says of the list (checker.context: a hedge or a
# denial before it reaches every item, however long the list): 'no signs such as redness', 'differentials to consider
# were: ruptured Baker's cyst, ..., lymphoedema and malignancy' (tester io, session 41)
LIST_OPENERS = ("such as", "including", "diagnosis included", "diagnoses included", "differentials to consider were",
                "differentials to consider included", "differentials considered were", "differentials were",
                "differential diagnoses were", "differential diagnoses considered were", "possibilities considered were",
                "possibilities considered included")

# a differential or a first diagnosis said as a list or a verdict later replaced: each item is uncertain
# (checker.cues' UNCERTAIN_BEFORE; testers io, it, ir of session 41)
DIFFERENTIAL_HEDGES = ("differential diagnoses were", "differentials considered were", "differentials were",
                       "differential diagnoses considered were", "possibilities considered were",
                       "possibilities considered included", "preoperative diagnosis was", "initial diagnosis was",
                       "provisional diagnosis was", "working diagnosis was", "presumptive diagnosis was",
                       "suspicious diagnosis of", "differential diagnosis included", "differential diagnoses included",
                       "differential diagnosis includes", "differential diagnoses include", "differential included")
# a diagnosis said not considered ('A deep venous thrombosis was not considered at this stage'): uncertain (tester ix)
DISMISSED_AFTER = ("was not thought likely", "were not thought likely")  # 'was not considered' only as a
# diagnosis's (checker.queries: not 'gangrene was not considered suitable for revascularisation', review 3)
# a finding whose start is unknown is still there ('she did not know exactly when her weakness began': tester ix)
UNKNOWN_WHEN = ("did not know exactly when", "did not know when", "does not know when", "not sure when", "unsure when",
                "could not say when", "cannot say when", "could not recall when", "cannot recall when")
LIST_ENDS = ("given", "because", "which", "who", "when", "but")
LIST_ENDS_BEFORE_A_NOUN = ("in", "for", "with")  # only before 'the/his/her' and a sign or a site: 'for the red calf',
# not an item's own 'DVT with PE', 'compartment syndrome after a crush injury', 'cellulitis in the setting of
# lymphoedema' (reviews 3 and 4)
DETERMINERS = ("the", "his", "her", "their")
SIGN_OR_SITE = {"calf", "knee", "leg", "legs", "foot", "feet", "ankle", "thigh", "hip", "toe", "swelling", "swollen", "red",
                "hot", "pain", "painful", "rash", "erythema", "tender", "weakness"}


def list_end(tokens: list[str], start: int) -> int:
    """Where a list opened at `start` ends: at a reason or a subject, not a list item ('Differentials were septic
    arthritis or gout in view of the hot swollen knee': the knee is no item; review 2 of session 41)."""
    return next((k for k in range(start + 2, len(tokens)) if tokens[k] in LIST_ENDS or tokens[k] in LIST_ENDS_BEFORE_A_NOUN
                 and (tokens[k + 1:k + 2] and tokens[k + 1] in DETERMINERS and SIGN_OR_SITE.intersection(tokens[k + 2:k + 6])
                      or tokens[k:k + 2] == ["in", "view"])), len(tokens))


# a side or extent said before a finding: after 'and' it opens the patient's own statement, not another negated item
# ('there was no fever and unilateral leg swelling was noted'; 'no rash and left-sided weakness': a list of things
# denied does not name the side of each)
LATERAL = frozenset(("unilateral", "left", "right", "sided", "asymmetric", "asymmetrical"))
# a verdict closing a list of tests ('rheumatoid factor, antinuclear antibody, ... and C3 and C4 did not reveal any
# abnormality': session 42, five serologies had read positive)
NO_ABNORMALITY = tuple(f"{lead} {what}" for lead in ("did not reveal any", "did not show any", "revealed no", "showed no",
                                                       "did not reveal") for what in ("abnormality", "abnormalities"))

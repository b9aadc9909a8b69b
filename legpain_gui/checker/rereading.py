"""Second readings of one sentence's matches (checker.extract): a shared noun or site across 'and'/'or', a
myopathy an EMG shows, a 'non-' qualifier, claudication that is the leg pain (queries: checker.queries), and a pulse
said of the temporal artery; a table's entry ('Fever: -')."""
from __future__ import annotations

import re

from legpain_gui.checker.lexicon import NOT_A_FINDING, SITES, Lexicon
from legpain_gui.checker.sites import linked
from legpain_gui.checker.patterns import DEEP_VEIN_THROMBOSIS as DVT, LEG_OEDEMA
from legpain_gui.checker.signs import PAIN_ON_PASSIVE_STRETCH
from legpain_gui.checker.reflexes import said_in_place
from legpain_gui.checker.variants import NON
from legpain_gui.checker.vocabulary import CLOSING_RESULTS, NEGATION_WORDS, REFLEX_WORDS, RESULT_FILLERS, RESULT_WORDS

COORDINATORS = ("or", "and")
EMG_WORDS = {"emg", "electromyography", "electromyographic", "electromyogram", "electrophysiology",
             "electrophysiological", "electrodiagnostic", "neurophysiological", "neurophysiology"}
EMG_MYOPATHIC = "HP:0003458"  # EMG: myopathic abnormalities


LOOKS_OF = ("red", "swollen", "dry", "itchy", "gritty", "painful")  # a look before another site: 'sore red eyes'


def coordinated(lexicon: Lexicon, tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'oral or genital ulcers', 'jaw and tongue claudication', 'necrotic and regenerating fibres': the first
    word shares the last one's noun; 'calf pain and swelling', 'leg pain and weakness': the second noun shares
    the first one's site."""
    taken = {i for a, b, _, _ in matches for i in range(a, b)}
    out, said = [], list(tokens)
    said_in_place(said)  # 'knee and ankle jerks were weak' (or 'cannot be elicited'): the tail's result as read
    for a, b, _, _ in matches:
        if b - a >= 2 and a >= 2 and tokens[a - 1] in COORDINATORS and a - 2 not in taken and tokens[a - 2] not in \
                CLOSING_RESULTS and not (tokens[a - 2] in SITES and linked(tokens, a - 2)):
            tail = [REFLEX_WORDS.get(t, t) for t in said[a + 1:b]]
            # the whole tail, or with the result said after it put first ('knee and ankle
            keys = [(tokens[a - 2],) + tuple(tail)]  # reflexes are absent': 'absent knee reflexes')
            if tail[-1] in RESULT_WORDS:
                keys.append((tail[-1], tokens[a - 2]) + tuple(t for t in tail[:-1] if t not in RESULT_FILLERS))
            hpo = next((h for h in map(lexicon.phrases.get, keys) if h), None)
            if not hpo and tokens[a - 2] in SITES and len(tail) > 1:  # 'thigh and low back pain': the site shares
                hpo = lexicon.site_noun((tokens[a - 2],), tail[-1])  # the last noun
                hpo = None if hpo == NOT_A_FINDING else hpo
            if hpo:
                out.append((a - 2, a - 1, hpo, None))
                taken.add(a - 2)
    spans = {(a, b) for a, b, _, _ in matches}
    for a, b, _, _ in list(matches):  # 'calf pain and swelling': the noun after 'and' shares the first's site
        site = tuple(tokens[a:b - 1])
        if b - a < 2 or b + 1 >= len(tokens) or tokens[b] not in COORDINATORS or not SITES.issuperset(site):
            continue
        for n in (2, 1):  # the noun free, or read alone ('weakness'): read at the site instead
            if b + 1 + n < len(tokens) and (tokens[b + 1 + n] in SITES or tokens[b + 1 + n] in LOOKS_OF):
                continue  # it describes a site of its own: 'heel pain and sore red eyes'
            hpo = lexicon.site_noun(site, " ".join(tokens[b + 1:b + 1 + n])) if b + n < len(tokens) else None
            free = not taken.intersection(range(b + 1, b + 1 + n)) or (b + 1, b + 1 + n) in spans
            if hpo and hpo != NOT_A_FINDING and free:
                matches = [m for m in matches if m[:2] != (b + 1, b + 1 + n)]
                out.append((b + 1, b + 1 + n, hpo, None))
                taken.update(range(b + 1, b + 1 + n))
                break
    for a in range(len(tokens) - 3):  # 'necrotic and regenerating fibres': the second word not a finding itself
        if a not in taken and tokens[a + 1] in COORDINATORS and tokens[a] not in CLOSING_RESULTS and not (
                tokens[a] in SITES and linked(tokens, a)):
            hpo = next((h for h in (lexicon.phrases.get((tokens[a],) + tuple(tokens[a + 3:a + 3 + n]))
                                    for n in (2, 1)) if h), None)
            if hpo:
                out.append((a, a + 1, hpo, None))
    return sorted(matches + out, key=lambda m: m[:3])


def electrodiagnostic(lexicon: Lexicon, tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """In a sentence reporting an EMG or nerve study, a myopathy it shows is the myopathic EMG
    ('electromyography showed an irritable myopathic process', 'electrophysiology showed a diffuse myopathy').
    A neuropathy it shows stays the neuropathy (tried as also a neuropathic EMG: on the tuning part that added
    one finding the annotators wrote and three they did not)."""
    if not EMG_WORDS.intersection(tokens) or not lexicon.emg:
        return matches
    out = []
    for a, b, hpo, said in matches:
        out.append((a, b, EMG_MYOPATHIC if lexicon.emg.get(hpo) == "myopathic" else hpo, said))
    return out


def non_head(lexicon: Lexicon, tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'non-bloody diarrhoea', 'non-pitting oedema': the qualified finding is absent (the negation reads it so)
    and its head noun present: diarrhoea, oedema; where the head names the same finding ('non-tender nodules'
    read as nodules), the finding is present. Not after a negation ('no non-bloody diarrhoea')."""
    out = []
    for a, b, hpo, said in matches:
        negated = a >= 2 and tokens[a - 2] in NEGATION_WORDS
        head = lexicon.phrases.get(tuple(tokens[a + 1:b])) if (
            a and tokens[a - 1] == NON and b - a >= 2 and not negated) else None
        if head == hpo:
            said = "present"
        elif head and head != NOT_A_FINDING:
            out.append((a + 1, b, head, "present"))
        out.append((a, b, hpo, said))
    return sorted(out, key=lambda m: m[:3])


CLAUDICATION = "HP:0004417"
LEG_PAINS = ("HP:0012514", "HP:0031921", "HP:0003738")  # lower limb pain, calf pain, exercise-induced muscle pain


def claudication_is_the_pain(matches: list[tuple[int, int, str, str | None]]):
    """'pain in both calves after walking 200 metres, relieved by standing still': the calf pain IS the intermittent
    claudication, not a second finding beside it (read as leg pain, it would meet an absent foot pulse in the
    acute limb ischaemia rule, which a claudicant's chronic pulse deficit is not)."""
    if not any(hpo == CLAUDICATION for _, _, hpo, _ in matches):
        return matches
    return [m for m in matches if m[2] not in LEG_PAINS]


def examples(asides: tuple, matches: list[tuple[int, int, str, str | None]], tokens: list[str]) -> tuple:
    """The bracketed asides that are not a list of findings: 'denied constitutional symptoms (fatigue, fever, night
    sweats, anorexia, and weight loss)' names what was denied, and the denial reaches into it (an aside is otherwise
    out of a trigger's reach: 'no other cause (neuropathy attributed to vasculitis)')."""
    found = {k for a, b, _, _ in matches for k in range(a, b)}
    return tuple((a, z) for a, z in asides if tokens[a:a + 2] != ["i", "e"] and not _denied_examples(tokens, a) and not all(
        k in found or tokens[k] in ("and", "or", "nor") for k in range(a, z)))  # '(i.e., A, B)' spells out what was said,
    # '(such as SLE)' after 'no features of connective tissue disease' names what was denied (session 38: read PRESENT)
    # (not '(e.g., rheumatoid arthritis, SLE)': examples of what the tests look for, which the negation does not deny)


def _denied_examples(tokens: list[str], a: int) -> bool:
    """'no features of connective tissue disease (such as SLE)': examples of what a denial just before denied (session
    38: read PRESENT); not 'not anticoagulated despite several risk factors (such as immobility and obesity)'."""
    before = tokens[max(0, a - 8):a]
    return tokens[a:a + 2] == ["such", "as"] and bool({"no", "without", "denied", "denies", "nor"} & set(before)) \
        and "despite" not in before


WEAKNESS = "HP:0001324"
OTHER_SIDE = {"left", "right", "upper", "arm", "arms", "hand", "hands", "contralateral", "other"}


def local_strength(lexicon: Lexicon, tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'weakness of the right leg and normal strength on the left', 'hip flexor weakness; strength in both upper
    extremities is 5/5': a normal strength said of one side or the arms, in a sentence that states a weakness, is no
    general weakness absent (read so, it cancelled the weakness and nothing reached the checker)."""
    weak = [m for m in matches if m[3] != "absent" and "weakness" in lexicon.labels.get(m[2], "").lower()]
    return [m for m in matches if not (weak and m[2] == WEAKNESS and m[3] == "absent" and OTHER_SIDE & set(
        tokens[m[0]:m[1] + 4]))]


FUNCTION_WORDS = {"and", "or", "nor", "was", "were", "is", "are", "with", "but", "in", "on", "at", "for", "to", "by",
                  "of", "the", "a", "an", "as", "than", "which", "who", "that"}


def compounds(words: list[tuple[str, int, int]], sentence: str, plain: list[str], taken: set[int]) -> list[str]:
    """The plain tokens with a result joined by a hyphen to a word before it and naming a thing after it made
    inert ('COX-negative fibres', 'ANCA-negative vasculitis', 'Gram-positive cocci'): a modifier, no result said of
    the findings around it. Not inside or right after a finding's own words ('ANCA-negative GPA': the ANCA's result)."""
    out = list(plain)
    for k, (w, a, _) in enumerate(words):
        if w in ("negative", "positive") and sentence[a - 1:a] == "-" and k + 1 < len(words) and k not in taken and \
                words[k + 1][0].isalpha() and words[k + 1][0] not in FUNCTION_WORDS:
            out[k] = w + "-modifier"
    return out


PULSE_TERMS = ("HP:0032554", "HP:0032553", "HP:0031271")  # absent, weak pulse; absent foot pulses
TEMPORAL_PULSE = "HP:6000786"  # absent temporal artery pulse
LEG_WORDS = {"leg", "foot", "feet", "pedal", "popliteal", "femoral", "tibial", "limb", "toe", "calf", "ankle"}


def temporal_pulse(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'R temporal artery thickened, tender, pulseless': in a sentence about the temporal artery and no leg, a pulse
    said lost is the temporal artery's (giant cell arteritis), not a limb's (the acute limb ischaemia rule)."""
    if "temporal" not in tokens or LEG_WORDS.intersection(tokens):
        return matches
    return [(a, b, TEMPORAL_PULSE if hpo in PULSE_TERMS else hpo, said) for a, b, hpo, said in matches]


# a record's table of symptoms: 'Fever: -', 'Rash: N', 'Asthma: no', 'Jaw claudication: yes'
TABLED_ABSENT = re.compile(r"[ \t]*:[ \t]*(?:-|–|—|n|no|nil|none|neg|negative|absent|not present|x|✗)[ \t]*"
                           r"(?=[.;,|\n]|$)", re.I)
TABLED_PRESENT = re.compile(r"[ \t]*:[ \t]*(?:\+|y|yes|present|pos|positive|✓)[ \t]*(?=[.;,|\n]|$)", re.I)


def tabled(text: str, end: int) -> str | None:
    """The state a table's entry gives the finding that ends at `end` ('Fever: -' absent, 'Rash: yes' present)."""
    return "absent" if TABLED_ABSENT.match(text, end) else "present" if TABLED_PRESENT.match(text, end) else None


SOFT_TISSUE_GAS = "HP:6001021"  # subcutaneous emphysema: crepitus felt in the tissues
JOINT_WORDS = {"knee", "knees", "joint", "joints", "hip", "hips", "patella", "patellar", "patellofemoral", "effusion",
               "osteoarthritis", "oa", "shoulder", "ankle", "bony", "osteophytes", "flexion", "extension",
               "movement", "range", "rom"}  # 'crepitus and bony enlargement, range 5-110 degrees'
JOINT_CREPITUS = "HP:0034431"
TISSUE_WORDS = {"subcutaneous", "skin", "tissue", "tissues", "gas", "emphysema", "necrotising", "necrotizing",
                "fasciitis", "palpation", "palpable", "bullae", "dusky", "thigh", "calf", "gangrene"}


def joint_crepitus(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'small L knee effusion w/ crepitus': the bare word crepitus in a sentence about a joint and not about the
    skin or soft tissue is the joint's grating (joint crepitus), not gas in the tissues (the necrotising infection
    rule)."""
    if not JOINT_WORDS.intersection(tokens) or TISSUE_WORDS.intersection(tokens):
        return matches
    return [(a, b, JOINT_CREPITUS, said) if hpo == SOFT_TISSUE_GAS and tokens[a:b] == ["crepitus"] else (a, b, hpo, said)
            for a, b, hpo, said in matches]


SYNOVIAL_GRAM = "HP:6000583"  # positive synovial fluid Gram stain
FLUID_WORDS = {"aspirate", "aspirated", "aspiration", "arthrocentesis", "synovial", "joint", "effusion", "tap", "fluid",
               "knee", "hip", "ankle", "arthrotomy", "washout"}
ELSEWHERE = {"blood", "urine", "csf", "sputum", "wound", "swab", "abscess", "bal"}


def synovial_gram(tokens: list[str], matches: list[tuple[int, int, str, str | None]], before: list[str] = ()):
    """A Gram stain is the joint fluid's only in a sentence about joint fluid and no other sample ('aspirate: urate
    crystals, Gram stain negative'), or right after one ('Knee aspirate: turbid fluid; Gram stain showed
    Gram-positive cocci'); 'blood cultures grew Gram-positive cocci' is no joint's."""
    about = FLUID_WORDS.intersection(tokens) or FLUID_WORDS.intersection(before) and not ELSEWHERE.intersection(before)
    said = GRAM_RESULTS.intersection(tokens)  # a Gram stain named with no result ('urate crystals under polarised
    if about and not ELSEWHERE.intersection(tokens):  # microscopy and on Gram stain'): no bacteria read
        return [m for m in matches if m[2] != SYNOVIAL_GRAM or said or tokens[m[0]:m[1]] != ["gram", "stain"]]
    return [m for m in matches if m[2] != SYNOVIAL_GRAM]


GRAM_RESULTS = {"positive", "negative", "organism", "organisms", "bacteria", "cocci", "rods", "bacilli", "diplococci",
                "no", "nil", "growth", "grew"}


OPEN_VEIN = ("patent", "compressible", "compressive")  # a duplex's words for a vein with no clot in it


def patent_deep_veins(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'Duplex: deep veins patent and fully compressible': the duplex found no deep vein thrombosis (read absent).
    Not 'non-compressible', not 'not compressible', and not where the sentence already reads a thrombosis."""
    if any(hpo == DVT for _, _, hpo, _ in matches):
        return matches
    for k in range(len(tokens) - 2):
        if tokens[k:k + 2] == ["deep", "vein"]:
            after = tokens[k + 2:k + 6]
            open_at = next((i for i, t in enumerate(after) if t in OPEN_VEIN), None)
            if open_at is not None and not {"non", "not", "no", "poorly", "partially"} & set(after[:open_at]):
                return sorted(matches + [(k, k + 2, DVT, "absent")], key=lambda m: m[:3])
    return matches


DEEP_VEINS = {"popliteal", "femoral", "iliac", "tibial", "peroneal", "gastrocnemius", "soleal", "deep"}
CLOTS = (("thrombus",), ("thrombi",), ("thrombosis",), ("thrombosed",), ("clot",), ("non", "compressible"), ("noncompressible",),
         ("occlusive",))


VENOUS_SCANS = {"duplex", "ultrasonography", "ultrasound", "doppler", "venography", "venogram", "compression"}
LEG_SITES = {"groin", "leg", "legs", "calf", "thigh", "popliteal", "femoral", "iliac", "extremity", "limb"}
ARTERIAL = {"artery", "arteries", "arterial", "angiography", "angiogram", "embolus", "embolism"}
ARTERY, ARTERIAL_CLOT = {"artery", "arteries"}, "HP:0004420"  # arterial thrombosis
VENOUS = {"vein", "veins", "venous", "deep", "dvt"}


def deep_vein_clot(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """A clot in a named deep vein said in a duplex's words ('thrombosis of the right popliteal and superficial
    femoral veins', 'thrombus extending from the common femoral vein into the external iliac vein', 'non-compressible
    popliteal vein'): a deep vein thrombosis, read at the clot's words (so 'no thrombus in the popliteal vein' is
    absent). Not a saphenous (superficial) vein's, and not where the sentence already reads one."""
    matches = [(a, b, ARTERIAL_CLOT if hpo == DVT and not VENOUS & set(tokens[a:b + 5]) and ARTERY.intersection(
        tokens[b:b + 5]) else hpo, said) for a, b, hpo, said in matches]  # 'thrombosis of the right common femoral
    # and superficial artery': an artery's clot, not a deep vein's (the phrase assumes the vein)
    named = "vein" in tokens and DEEP_VEINS.intersection(tokens)
    if named and any(hpo == VENOUS_THROMBOSIS for _, _, hpo, _ in matches):  # 'venous thrombosis from the right femoral
        veins = {t for t, after in zip(tokens, tokens[1:]) if after in ("vein", "veins")}  # vein to the popliteal vein'
        if (LEG_VEINS & set(tokens) or "deep" in veins) and not OTHER_VEINS & veins:  # (not a jugular, ovarian or
            matches = [(a, b, DVT if hpo == VENOUS_THROMBOSIS else hpo, said) for a, b, hpo, said in matches]  # portal
            # vein's, nor beside 'a deep neck infection')
    scanned = VENOUS_SCANS.intersection(tokens) and LEG_SITES.intersection(tokens) and not ARTERIAL.intersection(tokens)
    if not (named or scanned) or "saphenous" in tokens or any(hpo == DVT for _, _, hpo, _ in matches):
        return matches  # ('duplex ultrasonography revealed extensive thrombus from the groin to the distal leg')
    taken = {i for a, b, _, _ in matches for i in range(a, b)}
    for k in range(len(tokens)):
        for clot in CLOTS:
            if tuple(tokens[k:k + len(clot)]) == clot and not taken.intersection(range(k, k + len(clot))):
                return sorted(matches + [(k, k + len(clot), DVT, None)], key=lambda m: m[:3])
    return matches


VENOUS_THROMBOSIS = "HP:0004936"
LEG_VEINS = DEEP_VEINS - {"deep"}
OTHER_VEINS = {"saphenous", "jugular", "ovarian", "portal", "mesenteric", "splenic", "renal", "hepatic", "cerebral", "sinus",
               "retinal", "subclavian", "axillary", "brachial", "cephalic", "basilic", "gonadal"}
OEDEMA_TERMS = {"HP:0000969", LEG_OEDEMA}  # oedema, leg swelling
MUSCLE_NAMES = {"vastus", "quadriceps", "hamstring", "hamstrings", "gastrocnemius", "soleus", "adductor", "adductors",
                "gluteal", "muscle", "muscles", "fascia", "fascial", "intramuscular"}


def muscle_oedema(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'MRI showed oedema in the vastus muscles': signal in a named muscle on imaging (myositis, fasciitis), not a
    swollen leg."""
    return [m for m in matches if not (m[2] in OEDEMA_TERMS and (MUSCLE_NAMES.intersection(tokens[max(0, m[0] - 5):m[1] + 4])
                                                                 or "cord" in tokens[max(0, m[0] - 4):m[0]])
                                       and ("mri" in tokens or "stir" in tokens or "imaging" in tokens))]  # before it
    # too: 'gastrocnemius and soleus muscle enhancement with edema'; 'MRI showed cord compression and edema'


SERVICES = ("team", "clinic", "service", "unit", "department", "nurse", "nurses", "mdt", "ward", "registry")


PROXIMAL_LEG_WEAKNESS = "HP:0008994"
PAIN_REASONS = (("due", "to"), ("because", "of"), ("owing", "to"), ("limited", "by"), ("secondary", "to"))


def pain_limited(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'unable to get up from the floor due to pain', 'could not rise from a chair because of the knee pain': what the
    pain stops is no proximal weakness (session 44)."""
    def limited(end: int) -> bool:
        k = end + 2 if tuple(tokens[end:end + 2]) in PAIN_REASONS else None
        at = tokens.index("pain", k) if k is not None and "pain" in tokens[k:k + 5] else None
        return at is not None and not {"weakness", "weak", "and", "or"} & set(tokens[k:at]) and not (tokens[at + 1:at + 2] in (
            ["and"], ["or"]) and tokens[at + 2:at + 3] not in (["stiffness"], ["swelling"]))  # not '... pain and myositis'  # not '... due to weakness and pain'
    return [m for m in matches if not (m[2] == PROXIMAL_LEG_WEAKNESS and limited(m[1]))]


def service_names(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'referred him to the renal vasculitis team', 'the DVT clinic': a service's name, not a finding."""
    return [m for m in matches if not (m[1] < len(tokens) and tokens[m[1]] in SERVICES)]


MODALITIES = {"pain": ("impaired", "pain"), "pinprick": ("reduced", "pinprick"), "temperature": ("impaired", "temperature"),
              "touch": ("impaired", "touch"), "vibration": ("impaired", "vibration"), "position": ("impaired", "position"),
              "proprioception": ("impaired", "position"), "cold": ("impaired", "temperature"), "prick": ("reduced", "pinprick")}
SENSATION_WORDS = {"sensation", "sense", "sensory", "sensibility", "perception", "response"}  # 'responses to light touch'

SPARED = {"preserved", "normal", "intact", "spared", "sparing", "retained", "unaffected", "unimpaired", "maintained"}
LOWERED = {"diminished", "reduced", "decreased", "impaired", "lost", "loss", "absent", "blunted", "depressed", "deficit"}
PAIN = "HP:0012531"


def modalities(lexicon: Lexicon, tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'Sensation to light touch, pain and temperature was diminished below the mid-shin': in a list of what sensation
    was tested, 'pain' is a modality, not the patient's pain; said lowered, each modality is its sensory loss
    (impaired pain, temperature, touch, vibration or position sensation), unless a phrase read it already."""
    stretch = {a for a, _, hpo, _ in matches if hpo == PAIN_ON_PASSIVE_STRETCH}  # 'no pain with passive great toe
    matches = [m for m in matches if not (m[2] == PAIN and m[1] + 1 in stretch and tokens[m[1]:m[1] + 1] in (
        ["with"], ["on"], ["during"], ["upon"]))]  # extension': the sign's pain, not the patient's
    listed = [i for i, t in enumerate(tokens) if t in MODALITIES and any(
        tokens[j] in MODALITIES for j in range(max(0, i - 3), min(len(tokens), i + 4)) if j != i)]
    if not listed or not SENSATION_WORDS.intersection(tokens) and not _said_lowered(tokens, max(listed)):
        return matches  # 'vibration and touch were reduced': sensations, the word unsaid
    out = [m for m in matches if not (m[2] == PAIN and m[1] - m[0] == 1 and m[0] in listed)]
    if not LOWERED.intersection(tokens):
        return out
    spared = {i for i in listed if _spared(tokens, i)}
    out = [m for m in out if not (m[1] - m[0] == 1 and m[0] in spared)]  # 'loss of pinprick ... with preserved
    taken = {i for a, b, _, _ in out for i in range(a, b)}  # proprioception and vibration': those two are not lost
    for i in listed:
        hpo = lexicon.phrases.get(MODALITIES[tokens[i]] + ("sensation",))
        if hpo and i not in taken and hpo not in {m[2] for m in out if not m[3]}:
            out.append((i, i + 1, hpo, "absent" if i in spared else None))
    return sorted(out, key=lambda m: m[:3])


def _said_lowered(tokens: list[str], last: int) -> bool:
    """Whether a list of modalities ending at `last` is said lowered right after it ('... were reduced')."""
    j = last + 1 + (tokens[last + 1:last + 2] in (["was"], ["were"], ["is"], ["are"]))
    return tokens[j:j + 1] != [] and tokens[j] in LOWERED and ("pain" not in tokens[:last + 1] or tokens[j + 1:j + 2] in (
        ["below"], ["distally"], ["distal"], ["bilaterally"], ["up"]) or tokens[j + 1:j + 2] == ["over"] and {
        "dermatome", "distribution", "territory", "foot", "feet", "leg", "legs", "thigh", "region", "side"} & set(tokens[j + 2:j + 6]))  # '... were reduced below T8': a level


SPARED_BETWEEN = {"and", "or", "light", "joint", "sense", "senses", "to", "of", "with", "the", "fine", "sensation"}


def _spared(tokens: list[str], i: int) -> bool:
    """Whether the modality at i is said spared: its sparing word stands right before the run of modalities it is in
    ('with preserved proprioception and vibration', 'normal touch, vibration, and position senses'; not 'tone was
    normal, and vibration ... were reduced'), or right after it ('vibration and touch was preserved'), and no lowering
    word follows it in its clause."""
    k = i - 1
    while k >= 0 and (tokens[k] in MODALITIES or tokens[k] in SENSATION_WORDS or tokens[k] in SPARED_BETWEEN):
        k -= 1
    after = next((j for j in range(i + 1, len(tokens)) if tokens[j] in ("but", "with", "while", "whereas")), len(tokens))
    rest = tokens[after + 1:]  # 'intact to pinprick above T10 but lost below it': lost after all (not '..., but absent
    named = [t for t in rest if t in MODALITIES]  # pinprick' after 'intact light touch': another modality)
    j = i + 1  # or after it: 'sensory perception of vibration and touch was preserved' (session 42: read lost)
    while j < len(tokens) and (tokens[j] in MODALITIES or tokens[j] in SENSATION_WORDS or tokens[j] in SPARED_BETWEEN):
        j += 1
    j += tokens[j:j + 1] in (["was"], ["were"], ["is"], ["are"], ["remained"])
    return (k >= 0 and tokens[k] in SPARED or tokens[j:j + 1] and tokens[j] in SPARED) and not LOWERED.intersection(
        tokens[i + 1:after]) and not (LOWERED.intersection(rest) and (not named or tokens[i] in named))


PERIPHERAL_DEMYELINATION, CNS_DEMYELINATION = "HP:0011096", "HP:0007305"
BRAIN_WORDS = {"brain", "cerebral", "periventricular", "juxtacortical", "subcortical", "infratentorial", "cord",
               "mri", "white", "optic", "brainstem", "callosum"}
NERVE_WORDS = {"nerve", "conduction", "ncs", "emg", "electrophysiological", "sural", "root", "roots", "neuropathy"}


def central_demyelination(tokens: list[str], matches: list[tuple[int, int, str, str | None]]):
    """'a single periventricular lesion consistent with demyelination': in a sentence about the brain or the cord (and
    not about nerves), demyelination is the central nervous system's, not HPO's peripheral demyelination."""
    if not BRAIN_WORDS.intersection(tokens) or NERVE_WORDS.intersection(tokens):
        return matches
    return [(a, b, CNS_DEMYELINATION if hpo == PERIPHERAL_DEMYELINATION else hpo, said) for a, b, hpo, said in matches]


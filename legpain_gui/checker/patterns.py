"""Findings written as a number or a named structure rather than a finding's name (checker.lexicon calls these
at each token, beside its phrase lookups; a muscle power grade is checker.power's):

- weight stated as lost ("lost 8 kg", "losing 25 kg", "a loss of 10 lb") is weight loss;
- an artery named as occluded ("occlusion of the right popliteal artery", "tibioperoneal occlusion",
  "iliac arterial occlusion") is arterial occlusion;
- walking on the heels or toes said impossible or impaired ("could not walk on her heels", "heel walking was
  impaired", "unable to walk on tiptoes"; 'toe walking' alone is HPO's tip-toe gait) is a weak ankle, not an
  inability to walk: the dorsiflexors' weakness (foot drop) for the heels, distal leg weakness for the toes;
- pain on walking said relieved by rest (or by standing still) is intermittent claudication, by sitting or bending
  forward neurogenic claudication; brought on by running or sport and relieved by rest, exercise-induced pain;
- pain said to radiate, shoot or spread down a leg ("low back pain radiating down the back of his right leg to the
  foot") is sciatica when the back or buttock is named before it in the sentence and it reaches below the thigh,
  else radiating pain;
- weakness said to spread or ascend to the arms or the legs ("the weakness ascended to the arms") is the weakness of
  that limb.

And the reading of a whole sentence (checker.extract): in a sentence about the cerebrospinal fluid, a protein
or a cell count is the fluid's ("CSF showed elevated protein" is raised CSF protein; its white cell count is
not a blood leukocytosis); in one about joint fluid, a white cell count is the joint's.
"""
from __future__ import annotations

import re

from legpain_gui.checker.labs import NUMBER, number
from legpain_gui.checker.limits import CSF_CELLS, CSF_PROTEIN, EOSINOPHIL_SHARE
from legpain_gui.checker.vocabulary import NEGATION_WORDS

WEIGHT_VERBS = ("lost", "losing", "lose", "loss")
WEIGHT_UNITS = ("kg", "kilogram", "kilo", "lb", "pound", "stone")
WEIGHT_LOSS = "HP:0001824"
MEANT = ("diet", "dieting", "intentionally", "intentional", "deliberately", "purposely", "purpose", "bariatric")
OCCLUSION = ("occlusion", "occluded", "obstruction", "obstructed")
STENOSIS = ("stenosis", "stenotic", "stenosed", "narrowing", "narrowed")  # 'stenoses' is folded to 'stenosis'
THROMBOSIS = ("thrombosis", "thrombus", "thrombi", "thrombosed")  # of an artery named: 'popliteal artery thrombosis'
ARTERY_NOUNS = ("artery", "arterial", "aorta")
ARTERY_NAMES = ("popliteal", "femoral", "iliac", "tibial", "tibioperoneal", "peroneal", "aortoiliac", "aortic",
                "brachial", "subclavian", "axillary", "mesenteric", "carotid", "infrapopliteal", "crural", "renal")
LEG_ARTERY_NAMES = ("popliteal", "femoral", "tibial", "tibioperoneal", "peroneal", "infrapopliteal", "crural", "pedis",
                    "calf", "leg", "limb")  # a stenosis here is of the leg's arteries
ARTERY_QUALIFIERS = ("superficial", "common", "external", "internal", "anterior", "posterior", "deep", "dorsalis",
                     "pedis", "calf", "distal", "proximal", "infrarenal", "abdominal", "lower", "limb", "leg")
OCCLUSION_FILLERS = ("the", "both", "his", "her", "left", "right", "bilateral", "whole", "entire", "all", "three",
                     "two", "of", "and", "complete", "near", "total", "partial", "acute", "chronic", "a", "severe",
                     "significant", "critical", "focal", "multiple", "multifocal", "diffuse", "high", "grade", "end", "segment",
                     "portion", "part", "third")  # 'the distal end of the'
OCCLUSION_LINKS = ("of", "from", "in", "involving")  # 'occlusion from the common femoral artery'
ARTERIAL_OCCLUSION, ARTERIAL_STENOSIS, NARROWED_LEG_ARTERIES = "HP:0025324", "HP:0100545", "HP:0004950"
ARTERIAL_THROMBOSIS = "HP:0004420"
LIMB_WORDS, VEIN_WORDS = ("leg", "limb", "lower"), {"vein", "veins", "venous"}  # a clot's limb is no artery's name
DEEP_VEIN_THROMBOSIS, LEG_OEDEMA = "HP:0002625", "HP:0010741"
PHLEGMASIA_COLOURS = {"cerulea": "HP:0000961", "caerulea": "HP:0000961", "coerulea": "HP:0000961",
                      "alba": "HP:0000980"}  # cyanosis; pallor
CSF_WORDS = ("csf", "cerebrospinal", "lumbar puncture", "spinal tap", "spinal fluid")
CSF_CONTINUED = ("csf", "fluid", "blood", "white", "cell")  # words after which an analyte's name goes on
CSF_ANALYTES = ("protein", "white", "cell", "leukocyte", "lymphocyte", "glucose", "pleocytosis", "wcc", "wbc")


def weight_lost(tokens: list[str], i: int) -> tuple[int, list] | None:
    """'lost 8 kg', 'losing 25 kg', 'a loss of 10 lb': weight loss."""
    if tokens[i] not in WEIGHT_VERBS:
        return None
    j = i + 1 + (tokens[i + 1:i + 2] == ["of"])
    k = j
    while k < len(tokens) and k - j < 2 and tokens[k].isdigit():
        k += 1
    if k == j and j < len(tokens) and re.fullmatch(r"\d+(?:kg|kgs|lb|lbs)", tokens[j]):
        k = j  # 'lost 5kg': the number and its unit written as one word
    elif k == j or k >= len(tokens) or tokens[k] not in WEIGHT_UNITS:
        return None
    if any(t in MEANT for t in tokens[k + 1:k + 5]):  # 'lost 15 kg on a diet': meant, not a symptom
        return k + 1 - i, []
    return k + 1 - i, [(i, k + 1, WEIGHT_LOSS, None)]


def phlegmasia(tokens: list[str], i: int) -> tuple[int, list] | None:
    """'phlegmasia cerulea dolens' (a massive deep vein thrombosis with a swollen, blue, painful leg) is those
    findings: deep vein thrombosis, leg oedema and cyanosis ('alba dolens': pallor in place of the cyanosis), so
    that the triage rule for a thrombosed blue or white leg reads it."""
    if tokens[i] != "phlegmasia" or NEGATION_WORDS.intersection(tokens[:i + 6]):
        return None  # 'no signs of phlegmasia' denies the phlegmasia, not the thrombosis: left unread
    colour = tokens[i + 1] if i + 1 < len(tokens) else ""
    end = i + 1 + (colour in PHLEGMASIA_COLOURS)
    end += end < len(tokens) and tokens[end] == "dolen"  # 'dolens', its plural s folded
    found = [DEEP_VEIN_THROMBOSIS, LEG_OEDEMA] + ([PHLEGMASIA_COLOURS[colour]] if colour in PHLEGMASIA_COLOURS else [])
    return end - i, [(i, end, hpo, None) for hpo in found]


def occluded_artery(tokens: list[str], i: int, comma=lambda k: False) -> tuple[int, list] | None:
    """'occlusion of the right popliteal artery', 'bilateral tibioperoneal occlusion', 'iliac arterial
    occlusion': arterial occlusion; 'severe stenosis of the left tibial and peroneal arteries', 'femoral artery
    stenoses': a stenosis, of the leg's arteries when a leg artery is named, else arterial stenosis; 'thrombosis of the
    popliteal artery', 'superficial femoral artery thrombosis': arterial thrombosis (session 43)."""
    def term(kind: str, vessel_words) -> str:
        if kind in THROMBOSIS:
            return ARTERIAL_THROMBOSIS
        if kind in OCCLUSION:
            return ARTERIAL_OCCLUSION
        return NARROWED_LEG_ARTERIES if any(t in LEG_ARTERY_NAMES for t in vessel_words) else ARTERIAL_STENOSIS

    clot = tokens[i] in THROMBOSIS
    if clot and tokens[i - 1:i] == ["mural"]:
        return None  # a mural thrombus lines an aneurysm: no acute arterial thrombosis
    if tokens[i] in OCCLUSION + STENOSIS + THROMBOSIS and tokens[i + 1:i + 2] and tokens[i + 1] in OCCLUSION_LINKS:
        j = i + 2
        while j < len(tokens) and j - i < 12 and (tokens[j] in OCCLUSION_FILLERS or tokens[j] in ARTERY_NAMES
                                                   or tokens[j] in ARTERY_QUALIFIERS) and not (clot and (
                comma(j) and tokens[j] not in ARTERY_NAMES + ARTERY_QUALIFIERS or tokens[j] in LIMB_WORDS and not any(
                    t in ARTERY_NOUNS for t in tokens[j + 1:j + 3]))):  # a clot 'of the left lower limb, arterial
            # Doppler normal' (not 'of the left lower limb arteries', 'of the popliteal, tibial and peroneal arteries')
            j += 1
        if j < len(tokens) and tokens[j] in ARTERY_NOUNS and not (clot and comma(j)):
            vein = clot and tokens[j + 1:j + 2] in (["and"], ["or"]) and VEIN_WORDS.intersection(tokens[j + 2:j + 4])
            end = j + 1 + (2 + (tokens[j + 2] == "deep") if vein else 0)  # 'of the femoral artery and vein': both
            return end - i, [(i, end, term(tokens[i], tokens[i:j]), None)] + ([(i, end, DEEP_VEIN_THROMBOSIS, None)]
                                                                             if vein else [])
        return None
    vessel = ARTERY_NAMES + ARTERY_QUALIFIERS + ARTERY_NOUNS
    if tokens[i] == "occluded":  # 'the occluded left superficial femoral artery'
        j = i + 1
        while j < len(tokens) and j - i < 6 and (tokens[j] in OCCLUSION_FILLERS or tokens[j] in vessel):
            j += 1
        if j > i + 1 and tokens[j - 1] in ARTERY_NOUNS:
            return j - i, [(i, j, ARTERIAL_OCCLUSION, None)]
    if tokens[i] in vessel:
        j = i
        while j < len(tokens) and j - i < 4 and tokens[j] in vessel:
            j += 1
        named = any(t in ARTERY_NOUNS or t in ARTERY_NAMES for t in tokens[i:j])
        if named and j < len(tokens) and (tokens[j] in OCCLUSION + STENOSIS or tokens[j] in THROMBOSIS and any(
                t in ARTERY_NOUNS for t in tokens[i:j]) and any(t in ARTERY_NAMES for t in tokens[i:j]) and not (
                comma(j) or tokens[j + 1:j + 2] in (["risk"], ["prophylaxis"]) and tokens[j + 2:j + 3] != ["of"])):
            # 'popliteal thrombosis' may be the vein's; 'arterial thrombosis or embolism' is the lexicon's; 'patent
            # femoral artery, thrombus in the femoral vein' is the vein's
            return j + 1 - i, [(i, j + 1, term(tokens[j], tokens[i:j]), None)]
    return None


def in_csf(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words of a sentence about the cerebrospinal fluid with 'csf' read before each protein or cell
    count not already the fluid's ('CSF showed elevated protein' -> 'elevated csf protein'), as a word of no
    width, and 'total' before it passed over; other sentences' words unchanged."""
    plain = " " + " ".join(w for w, _, _ in words) + " "
    if not any(f" {cue} " in plain for cue in CSF_WORDS):
        return in_joint_fluid(words, plain)
    out = []
    for k, (w, s, e) in enumerate(words):
        if w == "total" and words[k + 1:k + 2] and words[k + 1][0] in CSF_ANALYTES:
            continue  # 'elevated total protein': the fluid's protein
        if w in CSF_ANALYTES and (not out or out[-1][0] not in CSF_CONTINUED):
            out.append(("csf", s, s))
        out.append((w, s, e))
    return out


CELL_WORDS = ("white", "cell", "leukocyte", "lymphocyte", "wbc", "wcc", "mononuclear", "nucleated", "blood", "total")
PER_VOLUME = ("ul", "mm3", "mcl", "microliter", "cumm", "mm", "per", "cubic")
CSF_PLEOCYTOSIS, RAISED_CSF_PROTEIN = "HP:0012229", "HP:0002922"  # the limits are checker.labs' (a protein under 10 is g/L)


def csf_count(tokens: list[str], i: int, words, text: str) -> tuple[int, list] | None:
    """A cell count in a sentence about the cerebrospinal fluid with its value first ('CSF showed 34 white cells/uL',
    'lumbar puncture: 120 leucocytes per microlitre'): over 5 per microlitre is CSF pleocytosis; a normal count is
    read over and says nothing (as a count after its name)."""
    if not tokens[i][:1].isdigit() or i and tokens[i - 1][:1].isdigit() or not text:
        return None
    value = NUMBER.match(text[words[i][1]:])
    k = i
    while k < len(words) and value and words[k][1] < words[i][1] + value.end():
        k += 1  # '1,200' is two words
    k += tokens[k:k + 1] == ["csf"]
    count = number(value.group()) or 0 if value else 0
    if tokens[k:k + 1] == ["protein"] and "csf" in tokens:  # '302 total nucleated cells, 119 protein, normal glucose'
        mg_dl = count if count > 10 else count * CSF_PROTEIN[1]["g/l"]
        return k + 1 - i, [(i, k + 1, RAISED_CSF_PROTEIN, "present")] if mg_dl > CSF_PROTEIN[0] else []
    start = k
    while k < len(tokens) and (tokens[k] in CELL_WORDS or tokens[k] == "csf" and k > start):
        k += 1
    if k == start or "csf" not in tokens and not any(t in tokens for t in ("lumbar", "cerebrospinal")):
        return None
    while k < len(tokens) and tokens[k] in PER_VOLUME:
        k += 1
    return k - i, [(i, k, CSF_PLEOCYTOSIS, None)] if count > CSF_CELLS[0] else []


JOINT_FLUID_WORDS = ("synovial", "joint fluid", "joint aspirate", "joint aspiration", "arthrocentesis", "aspirate",
                     "aspirated", "knee fluid", "fluid is", "fluid was", "turbid", "joint tap", "knee tap")  # 'the knee
# fluid is cloudy, WBC 45 x 10^9/L'
JOINT_FLUID_COUNTS = ("white", "wbc", "wcc", "leukocyte")
BLOOD_WORDS = ("blood", "serum", "peripheral", "plasma")


def in_joint_fluid(words: list[tuple[str, int, int]], plain: str) -> list[tuple[str, int, int]]:
    """In a sentence about joint fluid ('synovial fluid white cell count was 85,000'), 'synovial' read before each
    white cell count not said to be the blood's, as a word of no width: the count is the joint's, not a blood
    leukocytosis (checker.lexicon reads no value after it)."""
    if not any(f" {cue} " in plain for cue in JOINT_FLUID_WORDS):
        return words
    out = []
    for w, s, e in words:
        if w in JOINT_FLUID_COUNTS and (not out or out[-1][0] not in BLOOD_WORDS + JOINT_FLUID_COUNTS):
            out.append(("synovial", s, s))
        out.append((w, s, e))
    return out


WALK_STARTS = (("unable", "to", "walk"), ("could", "not", "walk"), ("inability", "to", "walk"), ("cannot", "walk"),
               ("not", "able", "to", "walk"), ("difficulty", "walking"), ("difficulty", "in", "walking"),
               ("trouble", "walking"), ("impaired", "walking"), ("could", "no", "longer", "walk"), ("can", "no", "longer", "walk"))
WALK_FILLERS = ("her", "his", "the", "their", "both")
HEEL_WEAKNESS, TOE_WEAKNESS = "HP:0009027", "HP:0009053"  # foot dorsiflexor weakness; distal lower limb weakness


def _heel_or_toe(tokens: list[str], k: int) -> tuple[int, str] | None:
    """(tokens, term) of 'heel', 'toe', 'tiptoe' or 'tip toe' at k, or None."""
    if tokens[k:k + 2] == ["tip", "toe"]:
        return 2, TOE_WEAKNESS
    if k < len(tokens) and tokens[k] in ("heel", "toe", "tiptoe"):
        return 1, HEEL_WEAKNESS if tokens[k] == "heel" else TOE_WEAKNESS
    return None


SPORT = ("running", "run", "ran", "runs", "jogging", "jog", "marching", "sport", "training", "sprinting", "football",
         "exercising", "exercizing")  # pain these bring on and rest relieves is exercise-induced, not a claudicant's
RELIEF = ("relieved", "eased", "subsided", "subside", "subsides", "relief", "alleviated", "disappeared", "abated",
          "resolved", "improved", "settled", "ease", "eases", "settles", "settle")  # 'eases when standing still'
RELIEF_LINKS = ("by", "with", "on", "after", "upon", "when", "while")
RELIEF_FILLERS = ("a", "few", "minute", "minutes", "of", "brief", "short", "within", "about", "approximately", "after",
                  "several", "some", "standing", "shortly", "soon", "quickly", "promptly", "immediately", "she", "he",
                  "they")  # 'when standing still': the stop, not the standing; 'resolved shortly after stopping'
RESTS = {"rest": "HP:0004417", "resting": "HP:0004417", "stopping": "HP:0004417", "still": "HP:0004417",  # IC
         "stop": "HP:0004417", "stops": "HP:0004417", "stopped": "HP:0004417",
         "sitting": "HP:0031952", "bending": "HP:0031952", "leaning": "HP:0031952",  # neurogenic claudication
         "stooping": "HP:0031952", "flexion": "HP:0031952"}
EXERTION = ("walking", "walk", "walked", "ambulation", "ambulating", "exertion", "exercise", "exercize", "standing", "metre",
            "meter", "yard", "block") + SPORT  # 'after walking 100 metres', 'on standing'
EXERCISE_PAIN = "HP:0003738"  # exercise-induced muscle pain: after running, not walking (exertional compartments)
EXERTION_REACH = 15  # tokens back from the relief to the walking it follows
EXERTION_AFTER = 6  # or on after it: 'calf pain relieved by rest after walking 100 metres'


def claudication(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of pain on walking said relieved by rest (intermittent
    claudication) or by sitting or bending forward (neurogenic claudication) at i: 'pain in the calf after walking
    100 metres, relieved by rest'. Only after walking or standing in the same sentence ('back pain relieved by
    rest' is not claudication)."""
    if tokens[i] not in RELIEF:
        return None
    k = i + 1
    while k < len(tokens) and (tokens[k] in RELIEF_LINKS or tokens[k] in RELIEF_FILLERS or tokens[k].isdigit()):
        k += 1  # 'resolved within 20 minutes of rest'
    hpo = RESTS.get(tokens[k]) if k > i + 1 and k < len(tokens) else None
    if k > i + 1 and tokens[k:k + 2] == ["standing", "still"]:  # 'relieved by standing still': stopping
        hpo, k = RESTS["stopping"], k + 1
    said = tokens[max(0, i - EXERTION_REACH):k + 1 + EXERTION_AFTER]
    if not hpo or not any(t in EXERTION for t in said):
        return None
    if hpo == RESTS["rest"] and not any(t in EXERTION and t not in SPORT for t in said):
        hpo = EXERCISE_PAIN  # 'came on after 15 minutes of running ... resolved within 20 minutes of rest'
    return k + 1 - i, [(i, k + 1, hpo, None)]


def heel_toe_walk(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of heel or toe walking said impossible or impaired at i, or None."""
    for start in WALK_STARTS:
        if tuple(tokens[i:i + len(start)]) == start and tokens[i + len(start):i + len(start) + 1] == ["on"]:
            k = i + len(start) + 1
            while k < len(tokens) and tokens[k] in WALK_FILLERS:
                k += 1
            found = _heel_or_toe(tokens, k)
            if found:
                return k + found[0] - i, [(i, k + found[0], found[1], None)]
    # 'heel walking was impaired' (the state is the sentence's: 'was normal'); 'toe walking' is HPO's tip-toe gait
    if tokens[i:i + 1] == ["heel"] and tokens[i + 1:i + 2] in (["walking"], ["walk"]):
        return 2, [(i, i + 2, HEEL_WEAKNESS, None)]
    return None


RADIATES = ("radiating", "radiated", "radiates", "radiate", "radiation", "irradiating", "irradiated", "irradiates", "shooting", "shot", "shoots", "spreading",
            "spread", "spreads", "travelling", "traveling", "travelled", "traveled", "travels", "extending", "extended",
            "extends")
RADIATION_WAYS = ("down", "into", "to", "towards", "toward", "along", "through")
RADIATION_FILLERS = ("the", "his", "her", "their", "and", "left", "right", "both", "bilateral", "back", "front", "side",
                     "outside", "inside", "posterior", "anterior", "lateral", "medial", "aspect", "of", "whole",
                     "length", "as", "far", "down", "into", "to", "lower", "buttock", "gluteal")  # 'down the posterior
# left buttocks and left leg' (session 43)
RADIATION_SITES = ("leg", "legs", "limb", "extremity", "thigh", "calf", "foot", "feet", "ankle", "toe", "heel", "shin")
PAIN_WORDS = ("pain", "ache", "aching", "backache", "sciatica", "discomfort", "burning", "lumbago", "painful")
ORIGINS = ("back", "lumbar", "buttock", "gluteal", "spine", "spinal", "sacral", "lumbosacral", "backache", "sciatica",
           "lumbago")
PAIN_REACH = 6  # tokens back from the verb to the pain it spreads
RADIATING_PAIN, SCIATICA = "HP:6000684", "HP:0011868"


def radiation(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of a pain said to radiate down a leg at i ('radiating down the back
    of his right leg to the foot'): sciatica when the back or the buttock is named before it in the sentence ('the
    back of the thigh' is a site, not the spine), else radiating pain. Only after a pain ('weakness spreading to
    the legs' is not pain)."""
    if tokens[i] not in RADIATES or not any(t in PAIN_WORDS for t in tokens[max(0, i - PAIN_REACH):i]):
        return None
    k, end, reached = i + 1, None, set()
    source = tokens[k:k + 1] == ["from"]  # 'radiated from her right buttock into her posterior thigh and calf'
    if source:
        k = next((m for m in range(k + 1, min(k + 6, len(tokens))) if tokens[m] in RADIATION_WAYS), len(tokens))
        source = any(t in ORIGINS for t in tokens[i + 2:k])
    if k >= len(tokens) or tokens[k] not in RADIATION_WAYS:
        return None
    while k < len(tokens) and (tokens[k] in RADIATION_FILLERS or tokens[k] in RADIATION_SITES):
        if tokens[k] in RADIATION_SITES:
            end = k + 1
            reached.add(tokens[k])
        k += 1
    if end is None:
        return None
    origin = source or any(t in ORIGINS and not (t == "back" and tokens[j + 1:j + 2] == ["of"]) for j, t in enumerate(tokens[:i]))
    below = reached - {"thigh"}  # 'buttock pain radiating to the back of the thighs' stops above the knee: referred
    return end - i, [(i, end, SCIATICA if origin and below else RADIATING_PAIN, None)]


SPREADS = RADIATES + ("ascending", "ascended", "ascends", "progressing", "progressed", "progresses", "moving", "moved")
SPREAD_FILLERS = ("the", "his", "her", "their", "both", "all", "bilateral", "up", "to", "into", "involve", "involving",
                  "include", "including", "also", "then", "and")
INVOLVES = ("involving", "involves", "affecting", "affects")
WEAK_WORDS = ("weakness", "weak", "paresis", "paralysis", "weaknesses")
SPREAD_SITES = {("upper", "limb"): "HP:0003484", ("upper", "extremity"): "HP:0003484", ("arm",): "HP:0003484",
                ("hand",): "HP:0003484", ("lower", "limb"): "HP:0007340", ("lower", "extremity"): "HP:0007340",
                ("leg",): "HP:0007340"}


def weakness_spread(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of weakness said to spread to the arms or the legs at i ('weakness
    of the legs spreading to the arms', 'the weakness ascended to involve the upper limbs'): that limb's weakness."""
    if tokens[i] not in SPREADS + INVOLVES or not any(t in WEAK_WORDS for t in tokens[max(0, i - PAIN_REACH):i]):
        return None
    k = i + 1  # 'ascending weakness, now involving her arms' needs no 'to'
    if tokens[i] not in INVOLVES and (k >= len(tokens) or tokens[k] not in ("to", "into", "up")):
        return None
    while k < len(tokens) and tokens[k] in SPREAD_FILLERS:
        k += 1
    for n in (2, 1):
        site = tuple(t[:-1] if t.endswith("s") and t not in ("bilateral",) else t for t in tokens[k:k + n])
        if len(site) == n and site in SPREAD_SITES:
            return k + n - i, [(i, k + n, SPREAD_SITES[site], None)]
    return None


STIFF_WORDS = ("stiffness", "stiff")
MORNING_WORDS = ("morning", "mornings", "waking", "awakening", "rising", "rizing", "wakening")
STIFF_FILLERS = ("for", "more", "than", "an", "a", "one", "two", "hour", "hours", "minute", "minutes", "min", "mins",
                 "each", "every", "in", "the", "on", "upon", "lasting", "last", "lasts", "about", "over", "several",
                 "at", "least", "which", "is", "was", "worse", "worst", "early", "prolonged", "of", "and", "her", "his",
                 "joint", "joints", "up", "to", "after", "half", "hr", "hrs", "h", "that", "she", "he", "had", "has",
                 "reported", "notes", "noted", "especially", "particularly", "mainly", "typically", "usually")
STIFF_REACH = 10  # tokens from the stiffness to the morning it is said of
MORNING_STIFFNESS = "HP:0005197"


def morning_stiff(tokens: list[str], i: int) -> tuple[int, list] | None:
    """(tokens used, [(start, end, hpo, None)]) of stiffness said of the morning with words between ('stiffness
    for more than an hour each morning', 'stiff for 90 minutes on waking'): morning stiffness."""
    j = i + 1 if tokens[i] in ("joint", "joints", "generalised", "generalized") and i + 1 < len(tokens) else i
    if tokens[j] not in STIFF_WORDS:
        return None
    for k in range(j + 1, min(len(tokens), j + 1 + STIFF_REACH)):
        if tokens[k] in MORNING_WORDS:
            return k + 1 - i, [(i, k + 1, MORNING_STIFFNESS, None)]
        if tokens[k] not in STIFF_FILLERS and not tokens[k].replace(".", "").isdigit():
            return None
    return None


EOSINOPHILIA = "HP:0001880"
SHARE_FIRST = re.compile(r"\s*%\s*(?:\([^()]{0,40}\)\s*)?(?:of\s+)?eosinophils?\b", re.I)  # '68% (normal; 1-4%) eosinophils'


def eosinophil_share(tokens: list[str], i: int, words, text: str) -> tuple[int, list] | None:
    """A share of the white cells written before them ('a white count of 25,000/uL with 68% (normal; 1-4%)
    eosinophils'): over EOSINOPHIL_SHARE (10%, the ACR 1990 criterion for EGPA) it is eosinophilia, as the share written
    after them is (checker.labs); a normal share is read over and says nothing (session 38: the key finding of an
    eosinophilic fasciitis had been unread). Only after a word that introduces it or a bracket, never another cell's
    value ('Lymphocytes 15% Eosinophils 3%'), and not in a fluid or a tissue ('lavage with 40% eosinophils')."""
    if not tokens[i][:1].isdigit() or not text or i and tokens[i - 1] not in SHARE_AFTER and \
            text[:words[i][1]].rstrip()[-1:] not in ("(", ",", ":", ";", "-", "–"):
        return None
    start = words[i][1]
    value = NUMBER.match(text[start:])
    share = SHARE_FIRST.match(text, start + value.end()) if value else None
    if not share or NOT_BLOOD.search(text[max(0, start - 40):start]):  # in its own clause
        return None
    k = next((j for j in range(i + 1, len(words)) if words[j][1] >= share.end()), len(words))
    return k - i, [(i, k, EOSINOPHILIA, None)] if (number(value.group()) or 0) > EOSINOPHIL_SHARE else []


SHARE_AFTER = ("with", "and", "showing", "showed", "shows", "revealed", "including", "had", "has", "were", "was", "of",
               "contained", "comprising", "comprizing", "included")
NOT_BLOOD = re.compile(r"\b(?:lavage|bal|pleural|ascitic|csf|cerebrospinal|synovial|biopsy|fluid|infiltrat\w*|sputum)\b",
                       re.I)

"""Free text to HPO findings, offline: concept recognition over the knowledge base's HPO names, synonyms,
plain and clinical labels and the reviewed clinical phrases (db/phrases.yaml), then negation, uncertainty
and family or past history by ConText trigger rules with a scope (checker.context; Chapman et al. 2001,
Harkema et al. 2009). Nothing found here reaches the checker unreviewed: the GUI and
`legpain-gui extract` show each finding with the words it came from, for the clinician to accept, flip or
drop.

Matching (checker.lexicon): sentences, then lower-case word tokens (British spellings folded to American,
simple plurals dropped), the longest phrase of the lexicon first, with adjectives, limb words, sites and
laboratory results read as the terms they stand for. Single words shorter than four letters and terms outside
the phenotypic and clinical-course branches of HPO are not matched, so "no" or "a" never become findings.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from legpain_gui.checker.antibodies import named_as_tests, slashed_entries
from legpain_gui.checker.context import Sentence
from legpain_gui.checker.course import course_of
from legpain_gui.checker.labs import measured_analytes, measured_value, reference_result
from legpain_gui.checker.limits import child_rate_is_normal
from legpain_gui.checker.courses import NOT_COURSE
from legpain_gui.checker.model import AUTOANTIBODY_ROOT, EXPOSURE_ROOT
from legpain_gui.checker.lexicon import NOT_A_FINDING, SITES, Lexicon, ascii_folded, normalise, words_of  # noqa: F401
from legpain_gui.checker.person import age_of, sex_of
from legpain_gui.checker.shorthand import defined_findings, expand, without_definitions
from legpain_gui.checker.sites import comma_before
from legpain_gui.checker.urine import denied_kind
from legpain_gui.checker.unfindings import NOT_FINDINGS
from legpain_gui.checker.patterns import WEIGHT_LOSS, in_csf
from legpain_gui.checker.clauses import hedged_list_ends, new_statement
from legpain_gui.checker.queries import queried, SIGN_WORDS
from legpain_gui.checker.sides import other_side
from legpain_gui.checker.placed import (anal_tone, bed_bound_before, fall_not_denied, mistaken_not_confused, one_leg,
                                        placed, source_not_denied)
from legpain_gui.checker.respectively import respectively
from legpain_gui.checker.rereading import (EMG_MYOPATHIC, central_demyelination, claudication_is_the_pain, coordinated,
                                           electrodiagnostic, examples, local_strength, pain_limited,
                                           SYNOVIAL_GRAM, deep_vein_clot, joint_crepitus, muscle_oedema,
                                           modalities, non_head, patent_deep_veins, compounds, service_names, synovial_gram, tabled,
                                           temporal_pulse)
from legpain_gui.checker.sections import general_spans, outcome_spans, prepared, sentences as _sentences

PHENOTYPIC_ROOTS = ("HP:0000118",)  # Phenotypic abnormality
PAST_DENIED = re.compile(r"\b(?:previous|prior|past)\s+(?:medical\s+)?history\s+of\b[^.;]*$", re.I)
# Lasting conditions: named in the past history ('a history of hypertension', 'previous breast cancer'),
# the patient still has them (or, for a cancer, its risk), so they are the patient's findings, not past events.
LASTING_ROOTS = ("HP:0000822", "HP:0000819", "HP:0001677", "HP:0005110", "HP:0003077", "HP:0012622",
                 "HP:0002664", "HP:0001513", "HP:0200123", "HP:0002099", "HP:0001635", "HP:0006510",
                 "HP:0000821", "HP:0000836", "HP:0002725", "HP:0001370", "HP:0100280", "HP:0100279",
                 "HP:0001997", "HP:0001658", "HP:0005268", "HP:0003765", "HP:0004950", "HP:0003119", "HP:0000939",
                 "HP:0011109", "HP:0003193", "HP:0033511", "HP:0430133", "HP:0001097", "HP:0000217")  # hypertension, diabetes, coronary disease, atrial
# fibrillation, hyperlipidaemia, chronic kidney disease, neoplasm, obesity, chronic hepatitis, asthma, heart failure,
# COPD, hypo- and hyperthyroidism, lupus, rheumatoid arthritis, Crohn's disease, ulcerative colitis, gout, a myocardial
# infarction (the coronary disease behind it lasts), smoking (its risk lasts), a miscarriage (an obstetric history is the patient's finding:
# antiphospholipid syndrome's pregnancy morbidity is always a past event), psoriasis, peripheral arterial disease,
# abnormal blood lipids, osteoporosis, chronic sinusitis and allergic rhinitis (a history of them is a present one),
# injecting drug use (a history of it is still a risk of spinal and joint infection), dry eyes and mouth (sicca lasts)
# Exposures before the presentation (HPO's past medical history: recent anticoagulant use, a new medication): named as a
# treatment ('treated with heparin and warfarin', 'warfarin was started') they are management, shown as "treatment".
TREATED = re.compile(
    r"\b(treated (?:\w+ (?:and )?)?with|treatment (?:with|included|consisted)|therapy with|admitted for|discharged (?:on|with)|"
    r"fully anticoagulated|was anticoagulated|(?:remained|maintained) on|replaced (?:by|with)|managed with|"
    r"followed by|(?:was|were) (?:(?!not\b|never\b)\w+ )?(?:initiated|administered|administrated|started|given|continued|commenced)|continued (?:on|with)|"
    r"(?:has|have) been (?:started|commenced|given|initiated)|had been given|continued (?:\w+ )?for|"
    r"recommended (?:for|to)|after anticoagulation|(?:was|were) stopped|(?:was|were) discontinued)\b", re.I)
PATTERN_FINDINGS = ("HP:0003678", "HP:0025301")  # rapidly progressive, worse at night (below)
COURSE_ROOTS = ("HP:0031797", "HP:0003674")  # Clinical course, Onset: context "course" (entered on its own, not as findings)
WHERE_WORDS = {"proximal", "distal", "iliofemoral", "femoral", "popliteal", "calf", "bilateral", "extensive",
               "left", "right"}  # where a finding is, or how far it reaches: 'proximal DVT' is still DVT
LIMB_WORDS = {"leg", "lower", "limb", "extremity"}  # words_of's forms ('legs' as 'leg')
MYOCARDIAL_INFARCTION, CORONARY_DISEASE = "HP:0001658", "HP:0001677"
STATIN, SMOKING, RECENT_ILLNESS = "HP:4000114", "HP:0430133", "HP:4000145"  # statin exposure: 'was started on atorvastatin' is the exposure before muscle symptoms; only
TREATED_FOR = re.compile(r"\b(?:treated with|treatment (?:with|included|consisted)|therapy with|managed with|"
                         r"discharged (?:on|with))\b", re.I)  # these make it a treatment (of cholesterol emboli)
# one-off events a record dates in the past ('a DVT in 2015', 'optic neuritis two years ago', 'Eight months earlier
# she had painful loss of vision'): the patient's history, not this illness (a past DVT is a risk, not the diagnosis)
PAST_EVENTS = {"HP:0002625", "HP:0002204", "HP:0100653", "HP:0000572", "HP:0003095", "HP:0100658", "HP:0001297",
               "HP:0002638", "HP:0002326", "HP:0100584", "HP:0000787", "HP:0100309"}  # + thrombophlebitis, TIA, endocarditis,
# stones, a subdural haemorrhage ("small bilateral subdural hematomas six months ago": session 38)
# a past medical history's item with its year: 'MI 2015', 'Cellulitis R leg 2017, treated' (not 'since 2019', not a
# date of this illness: 'on 3 May 2019', 'March 2019')
LISTED_YEAR = re.compile(r"\W*((?:[A-Za-z]+\W+){0,3}?)(?:19|20)\d\d\b(?!\s*[-/]\s*\d)", re.I)
NOT_LISTED = re.compile(r"\b(?:since|on|from|until|till|by|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|"
                        r"oct\w*|nov\w*|dec\w*)\b", re.I)
PAST_LEAD = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"eighteen|several|few) (?:month|year)s? (?:earlier|ago|before|previously)\b", re.I)
ANTICOAGULANT = "HP:0034896"  # recent anticoagulant use
# what the word 'septic' adds to the finding it qualifies (session 39): 'septic shock' is shock and sepsis; 'septic
# polyarthritis' is polyarthritis and septic arthritis
SEPTIC_ALSO = {"HP:0031273": "HP:0100806", "HP:0005764": "HP:0003095", "HP:0001369": "HP:0003095"}
PAST_SAID = re.compile(r"\b(?:in the past|previously|years? (?:ago|earlier)|in (?:19|20)\d\d)\b", re.I)
RECURRING = re.compile(r"\b(?:recurrent|recurring|repeated|multiple)\b[^.;,]*$", re.I)  # before or in the finding
EARLIER = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few) (?:month|year)s? "
                     r"(?:earlier|ago|before|previously)\b|\b(?:previously|in (?:19|20)\d\d)\b", re.I)
STOPPED = re.compile(r"\b(?:stopped|discontinued|ceased|came off|omitted|withheld|completed|(?:not|never) (?:re)?started|"
                     r"not restarted|not taking|not been taking|non-?compliant|not compliant|off (?:his|her|the)?\s*"
                     r"(?:warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|heparin|anticoagula\w*))\b", re.I)
PRESCRIBED = re.compile(r"\b(?:i|we) (?:have |had |then )?(?:started|commenced|prescribed|begun|initiated)\b", re.I)
PAST_EVENT = re.compile(r"\W*(?:\w+\W+){0,4}?(?:\d+|a|one|two|three|four|five|six|several|few|some) (?:day|week|month|year)s? "
                        r"(?:ago|earlier|before|previously)\b|\W*(?:\w+\W+){0,4}?(?:in|during) (?:19|20)\d\d\b|"
                        r"\W*(?:\w+\W+){0,4}?(?<!the )last (?:year|winter|summer|spring|autumn)\b", re.I)  # 'last winter'
RECENT = re.compile(r"\W*(?:\w+\W+){0,4}?\w+ (?:day|week)s? (?:before|ago)", re.I)  # still this illness
NAMED_RESULT = re.compile(r"\b(positive|negative)\s*\([^()]*$", re.I)
SEROLOGY_OF = re.compile(r"\s*(?:serology|serologies|serological tests?)\b", re.I)  # 'hepatitis serologies were performed'
POSITIVE_SAID = re.compile(r"^positive\b|positive$|\b1\s*[:/]\s*\d+$", re.I)  # 'ANA weakly positive at 1:40', 'ANA 1:640': the words said it
MYOPATHY = "HP:0003198"  # Myopathy (its EMG reading: rereading.EMG_MYOPATHIC)
ASO, HCV_ANTIBODY, CRYO, HEPATITIS, HIV, TST = "HP:6000348", "HP:0410371", "HP:0100778", "HP:0006562", "HP:0002721", "HP:6000925"


@dataclass(frozen=True)
class Extracted:
    hpo: str
    label: str
    state: str  # present | absent | uncertain
    text: str  # the words matched
    start: int
    end: int
    context: str  # patient | family | history | diagnosis (a stated conclusion, not a finding) | course | treatment


def build_lexicon(model, raw_connection, phrases: list[tuple[str, str]] = ()) -> Lexicon:
    """The lexicon of a knowledge base (see lexicon_entries), read once."""
    entries, live = lexicon_entries(model, raw_connection, phrases)
    lexicon = Lexicon(entries, {h: model.label(h) for h in live | set(model.labels)})
    terms = {h for _, h in entries if h}  # each term once (tens of thousands of entries name fewer terms)
    course, lasting = frozenset(COURSE_ROOTS), frozenset(LASTING_ROOTS)
    lexicon.course = {h for h in terms if not course.isdisjoint(model.ancestors(h)) and NOT_COURSE not in
                      model.ancestors(h) | {h}}  # a miscarriage (HPO files prenatal death under course) is a finding
    # ... and so are a rapid progression (a triage finding: weakness that cannot wait) and pain worse at night,
    # which conditions describe as findings. Tried with every course term the conditions describe (relapsing,
    # insidious...): on the tuning texts precision 83.7 -> 82.9 with no finding the annotators wrote gained
    lexicon.course -= set(PATTERN_FINDINGS)
    lexicon.lasting = {h for h in terms if h in lasting or not lasting.isdisjoint(model.ancestors(h))}
    # Antibody tests, named bare ('ANA', 'rheumatoid factor') with their result anywhere in the sentence: a negative
    # result closing a list of them reaches them all (checker.context). Measured values (CK, CRP, a count) and named
    # abnormalities (anaemia) are not: tried with every laboratory term, they were read absent from a later 'normal'.
    lexicon.tests = {h for h in terms if h == AUTOANTIBODY_ROOT or AUTOANTIBODY_ROOT in model.ancestors(h)} | (
        {ASO, SYNOVIAL_GRAM, HCV_ANTIBODY, CRYO, HEPATITIS, HIV, TST} & terms)  # and the streptococcal antibody titre, named bare as a test ('ASOT normal'),
    # and the joint fluid's Gram stain ('turbid, urate crystals, Gram stain negative': the crystals were seen)
    lexicon.catalogue = frozenset(model.labels)
    lexicon.exposures, lexicon.ancestors = {h for h in terms if EXPOSURE_ROOT in model.ancestors(h)}, model.ancestors
    if EMG_MYOPATHIC in model.names:
        lexicon.emg = {h: "myopathic" for h in terms if h == MYOPATHY or MYOPATHY in model.ancestors(h)}
    return lexicon


def lexicon_entries(model, raw_connection, phrases: list[tuple[str, str]] = ()) -> tuple[list, set]:
    """(text, hpo) entries, the first for a text winning: the reviewed clinical phrases, then the catalogue's
    clinical labels, HPO names and synonyms of the phenotypic branch, then the catalogue's plain labels and lay
    words; and the HPO terms of that branch."""
    entries = [(text, NOT_A_FINDING) for text in NOT_FINDINGS] + list(phrases)
    catalogue = list(raw_connection.execute("SELECT hpo_id, label, plain, words FROM finding"))
    entries += [(label, hpo) for hpo, label, _, _ in catalogue]
    live = {h for h in model.names if any(r in model.ancestors(h) for r in PHENOTYPIC_ROOTS)}
    entries += [(name, hpo) for hpo, name in model.names.items() if hpo in live]
    synonyms = [(text, hpo) for hpo, text in raw_connection.execute(
        "SELECT term_id, text FROM hpo_synonym WHERE kind != 'broad' ORDER BY id") if hpo in live]
    entries += _unambiguous(model, synonyms)
    entries += slashed_entries(entries)  # 'Anti-Ro/SS-A antibody': 'anti-Ro', 'anti-SS-A' (checker.antibodies)
    for hpo, _, plain, words in catalogue:  # lay words last: a clinical name is read as itself
        if plain and len(plain) <= 40:
            entries.append((plain, hpo))
        entries += [(w.strip(), hpo) for w in (words or "").split(" ; ") if w.strip()]
    curated = [_key(text) for text, _ in phrases]
    groups = [(names, [_key(name) for name in names]) for names in condition_names(raw_connection)]
    known = _read_as({k for _, keys in groups for k in keys} | {_unsited(k) for _, keys in groups for k in keys}, entries)
    for names, keys in groups:  # after every term's words
        term = known.get(keys[0]) or NOT_A_FINDING  # the condition's own name read as a finding, if it is one
        named = [k for k in keys if term and known.get(k) == term]
        for name, key in zip(names, keys):
            if _holds_any(key, curated):
                continue
            if not term and len(_unsited(key)) < len(key) and known.get(_unsited(key)):
                entries.append((name, known[_unsited(key)]))  # 'lower limb cellulitis' is cellulitis, a finding
                continue
            # a condition that is itself a finding ('Deep vein thrombosis'): one of its names read as that finding
            # with only where it is added ('proximal DVT', 'iliofemoral DVT') is that finding too; any other
            # name is a diagnosis, read whole as nothing ('exertional rhabdomyolysis', 'tophaceous gout': a case
            # report names its diagnosis so, and the clinician enters the findings, not the answer)
            sited = any(_holds_any(key, [k]) and set(key) - set(k) <= WHERE_WORDS for k in named)
            entries.append((name, term if sited else NOT_A_FINDING))
    return [(text, hpo) for text, hpo in entries if hpo not in NEVER_READ], live - NEVER_READ


# HPO terms no clinical text about leg pain means, which their words would otherwise read as: a missing or small
# toe or foot ('foot, absent ... pulses', 'numbness of the small toe'), a shortened prothrombin time ('PT
# diminished' is the posterior tibial pulse)
NEVER_READ = frozenset(("HP:0010760", "HP:0011301", "HP:0012386", "HP:0030031", "HP:0001831", "HP:0032198"))


def _unambiguous(model, synonyms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The synonyms less those HPO gives to two unrelated terms ('Ekbom syndrome': restless legs and
    delusional infestation; 'ASD'): such words say neither term for sure."""
    keys = [tuple(w for w, _, _ in words_of(text)) for text, _ in synonyms]
    terms: dict[tuple[str, ...], set[str]] = {}
    for key, (_, hpo) in zip(keys, synonyms):
        terms.setdefault(key, set()).add(hpo)
    shared = {key for key, hpos in terms.items() if len(hpos) > 1 and any(
        a != b and not model.is_descendant(a, b) and not model.is_descendant(b, a) for a in hpos for b in hpos)}
    return [entry for key, entry in zip(keys, synonyms) if key not in shared]


def _unsited(key: tuple[str, ...]) -> tuple[str, ...]:
    """A condition's name without where it is ('lower limb cellulitis': 'cellulitis')."""
    return tuple(w for w in key if w not in WHERE_WORDS and w not in LIMB_WORDS)


def _key(text: str) -> tuple[str, ...]:
    return tuple(w for w, _, _ in words_of(text))


def _read_as(wanted: set[tuple[str, ...]], entries: list[tuple[str, str]]) -> dict[tuple[str, ...], str]:
    """The term each of the `wanted` word keys is read as by the entries (the first entry with the key wins, as
    in the lexicon). Only entries whose first word begins a wanted key are read whole: tens of thousands of
    entries, a few hundred keys."""
    firsts = {k[0] for k in wanted if k}
    out: dict[tuple[str, ...], str] = {}
    for text, hpo in entries:
        head = words_of(text.split(None, 1)[0]) if text.strip() else []
        if head and head[0][0] not in firsts:
            continue
        key = _key(text)
        if key in wanted:
            out.setdefault(key, hpo)
    return out


def _holds_any(key: tuple[str, ...], parts: list[tuple[str, ...]]) -> bool:
    """Whether one of the parts is a run of the key's words ('transverse myelitis' in 'longitudinally
    extensive transverse myelitis'): a reviewed phrase is read as its finding even inside a condition's name."""
    return any(key[i:i + len(p)] == p for p in parts if p for i in range(len(key) - len(p) + 1))


def condition_names(raw_connection) -> list[list[str]]:
    """Each condition's names and clinical synonyms ('Giant cell arteritis', "Wegener's granulomatosis"), with
    a name's bracketed part as a name of its own: read whole, a condition named in the text is a diagnosis, and
    the finding inside its name ('arteritis', 'granulomatosis') is not read. A name that is itself a term of the
    lexicon ('Erythema nodosum') stays that term, and so does one of its names that only adds where it is
    (lexicon_entries)."""
    out: dict[str, list[str]] = {}
    for cid, name in raw_connection.execute("SELECT id, name FROM condition UNION ALL "
                                            "SELECT condition_id, text FROM synonym WHERE kind = 'clinical'"):
        out.setdefault(cid, []).extend(part.strip() for part in re.split(r"[()]", name) if part.strip())
    return list(out.values())


ONSET = ("sudden", "suddenly", "abrupt", "abruptly")


def _comma_with(words: list[tuple[str, int, int]], sentence: str) -> tuple[int, ...]:
    """The tokens just after a comma that open a new statement (clauses.new_statement), and words of onset ('sudden')
    not in a list ('in the absence of fever, sudden onset of severe pain, and cutaneous findings'): a negation before
    them stops ('no thrombus in either leg, with arteriosclerosis'; 'AF not anticoagulated, sudden severe pain')."""
    return tuple(k for k in range(1, len(words)) if "," in sentence[words[k - 1][2]:words[k][1]] and (
        new_statement(words, sentence, k) or words[k][0] in ONSET and not {"and", "or"} & {w for w, _, _ in words[k:k + 8]}))


def _colon_after(words: list[tuple[str, int, int]], sentence: str, matches) -> tuple[int, ...]:
    """The tokens after a colon that closes a finding ('referred for suspicion of phlebitis: acute pain with swelling'):
    what follows is what was found, beyond the reach of the words before the colon ('negative for: fever' is not
    one: the colon closes no finding)."""
    ends = {b for _, b, _, _ in matches}
    return tuple(k for k in range(1, len(words)) if k in ends and ":" in sentence[words[k - 1][2]:words[k][1]])


def _asides(words: list[tuple[str, int, int]], sentence: str, shortest: int = 3) -> tuple[tuple[int, int], ...]:
    """(first token, end) of the bracketed asides of `shortest` words or more (checker.context.Sentence)."""
    out = []  # only an aside closed in the sentence; its words counted once each (an abbreviation's expansion
    for k in range(1, len(words)):  # shares the abbreviation's place in the text)
        if "(" in sentence[words[k - 1][2]:words[k][1]]:
            close = next((m for m in range(k + 1, len(words)) if ")" in sentence[words[m - 1][2]:words[m][1]]),
                         len(words) if ")" in sentence[words[-1][2]:] else None)
            if close and len({w[1] for w in words[k:close]}) >= shortest:
                out.append((k, close))
    return tuple(out)


def extract(lexicon: Lexicon, text: str) -> dict:
    """Findings of a free text, each present, absent or uncertain and in the patient's, family's or past
    history's context, with the patient's age and sex when the text states them."""
    findings: list[Extracted] = []
    original, text = text, prepared(text)  # checker.sections: 'ANCA (-)', 'denied X; Y; and Z' (the same length)
    general, before = [(a, b, "general") for a, b in general_spans(text)] + outcome_spans(text), []
    own = defined_findings(text, lexicon, normalise, words_of)  # checker.shorthand: 'erythema nodosum (EN)'
    text = without_definitions(text)  # ... whose bracket is blanked once read
    for offset, sentence in _sentences(text):
        words, plain = expand(in_csf(words_of(sentence)), sentence, normalise, SITES, own)
        tokens = [w for w, _, _ in words]
        matches = electrodiagnostic(lexicon, tokens, coordinated(lexicon, tokens, lexicon.find(words, sentence)))
        matches = local_strength(lexicon, tokens, modalities(lexicon, tokens, claudication_is_the_pain(
            non_head(lexicon, tokens, matches))))
        matches = respectively(lexicon, words_of, words, sentence, placed(lexicon, tokens, matches,
                                                                            lambda k: comma_before(words, sentence, k)))
        matches = one_leg(tokens, central_demyelination(tokens, service_names(tokens, pain_limited(tokens, muscle_oedema(tokens, deep_vein_clot(
            tokens, mistaken_not_confused(tokens, source_not_denied(tokens, fall_not_denied(tokens, bed_bound_before(
                tokens, anal_tone(tokens, matches)))))))))),
            lambda a, b: sentence[words[a][1]:words[b - 1][2]])
        matches = patent_deep_veins(tokens, synovial_gram(tokens, joint_crepitus(tokens, temporal_pulse(tokens, matches)), before))
        before = tokens
        plain = compounds(words, sentence, plain, {i for a, b, _, _ in matches for i in range(a, b + 1)})
        tests = frozenset(a for a, _, hpo, _ in matches if hpo in lexicon.tests) | named_as_tests(tokens, matches)
        commas = frozenset(k for k in range(1, len(words)) if comma_before(words, sentence, k))
        rules = Sentence(plain, [(a, b) for a, b, _, _ in matches], tests, examples(_asides(words, sentence, 2), matches, plain),
                         _comma_with(words, sentence) + _colon_after(words, sentence, matches) + hedged_list_ends(plain), commas,
                         measured_analytes(tokens, matches))
        for first, last, hpo, said in matches:
            start, end = offset + words[first][1], offset + words[last - 1][2]
            context = rules.context(first, last)  # a relative's course is theirs ('her mother has relapsing MS')
            context = "course" if hpo in lexicon.course and context != "family" else context
            if hpo in lexicon.exposures and hpo not in (SMOKING, RECENT_ILLNESS) and context == "patient" and ((  # no drugs
                    TREATED_FOR if hpo == STATIN else TREATED).search(sentence) or PRESCRIBED.search(sentence)):
                context = "treatment"  # ... and what the letter's writer has started ('I have started atorvastatin')
            state = said or rules.state(first, last)
            if state in ("absent", "uncertain") and not said and hpo != WEIGHT_LOSS and hpo not in lexicon.tests and any(
                    t[:1].isdigit() for t in tokens[first:last]) and (state == "absent" or measured_value(tokens[first:last])):
                state = "present"  # a value above its limit is its own result: 'no weakness, CK 340 U/L', no hedge's ('a possibility of infection (CRP 32.5 mg/dl)': session 44)
            state = tabled(text, end) or state
            if hpo == ANTICOAGULANT and context == "patient" and state == "present" and STOPPED.search(
                    sentence[max(0, words[first][1] - 40):words[last - 1][2] + 30]):  # near it: not one drug for another
                state = "absent"  # 'stopped his warfarin two weeks ago': not on it now (an embolus's cause)
            hpo = denied_kind(hpo, state, text[start:end])  # 'no dysmorphic red cells': not no red cells
            if state == "present" and queried(text, start, end):
                state = "uncertain"
            named = NAMED_RESULT.search(sentence[:words[first][1]]) if hpo in lexicon.tests else None
            if named:  # 'ANCA positive (MPO), anti-GBM negative', 'ANCA negative (MPO and PR3)': the bracket names
                state = "present" if named.group(1).lower() == "positive" else "absent"  # what the result was of
            if (hpo in lexicon.tests or SEROLOGY_OF.match(text[end:])) and state == "present" and not said and not POSITIVE_SAID.search(text[start:end]):
                state = reference_result(text[end:]) or state  # 'dsDNA 12 IU/mL (normal <30)': negative
            after = sentence[words[last - 1][2]:]
            if hpo == MYOCARDIAL_INFARCTION and (PAST_EVENT.match(after) or _dated_past(sentence, after)) or (
                    hpo in PAST_EVENTS and context == "patient" and state == "present" and _dated_past(sentence, after)):
                context = "history"  # 'after an MI 6 weeks ago', 'MI in 2015'
            if context == "history" and hpo == MYOCARDIAL_INFARCTION and state == "present":
                hpo, context = CORONARY_DISEASE, "patient"  # 'after an MI 6 weeks ago': the coronary disease lasts,
                # the infarction is past (read as one, with an acute illness it fired the acute chest pain rule)
            if context == "history" and state == "present" and RECURRING.search(sentence[max(0, words[first][1] - 30):
                                                                                          words[last - 1][2]]) \
                    and not PAST_SAID.search(sentence):  # not 'recurrent foot ulcers in the past'
                context = "patient"  # 'a history of recurrent DVTs', 'recurrent oral aphthae': a trait of the illness
            if context == "diagnosis" and (hpo in lexicon.lasting and state == "present" and EARLIER.search(sentence) or SIGN_WORDS.fullmatch(sentence[words[last - 1][1]:words[last - 1][2]])):
                context = "patient"  # 'diagnosed with SLE a year earlier': known; 'diagnosed with numbness': a complaint
            if context == "history" and (hpo in lexicon.lasting and state != "absent" or state == "absent" and not (
                    PAST_DENIED.search(sentence[:words[first][1]]) or hpo in PAST_EVENTS)):
                context = "patient"  # 'a history of hypertension': still the patient's; 'no history of fever': never
                # ('no previous history of vasculitis/gout', 'no history of DVT' deny a past one only: a new one may
                # be why the patient is here)
            context = next((c for a, b, c in general if a <= start < b and (c != "outcome" or state == "absent")),
                           context)  # last: a Background's 'MI in 2015' is nobody's; 'denied paraesthesias' after IVIG no absence
            if findings and findings[-1].hpo == hpo and re.fullmatch(r"\s*\(\s*", text[findings[-1].end:start]):
                continue  # 'normal antinuclear antibody (ANA)': the abbreviation of the finding just read, not another
            findings.append(Extracted(hpo, lexicon.labels.get(hpo, hpo), state,
                                      original[start:end], start, end, context))  # the words as written
            if hpo in SEPTIC_ALSO and state != "absent" and _septic(tokens, first):  # 'septic
                also, said_from = SEPTIC_ALSO[hpo], offset + words[first - (tokens[first] != "septic")][1]  # shock' is
                findings.append(Extracted(also, lexicon.labels.get(also, also), state, original[said_from:end], said_from,
                                          end, context))  # sepsis too ('no septic shock' denies the shock, not the sepsis)
    age, sex = age_of(ascii_folded(text)), sex_of(text)  # 'a 71‐year‐old woman' (typographic hyphens)
    other = tuple((f.start, f.end) for f in findings
                  if f.hpo in lexicon.lasting or f.hpo in lexicon.exposures
                  or f.context in ("history", "family", "treatment", "general", "outcome"))
    patient_text = ascii_folded(text)  # 'a five‐month history' (typographic hyphens; the same length)
    for a, b, _ in general:  # a time in the Background ('over more than 8 weeks') is no onset of this patient's
        patient_text = patient_text[:a] + " " * (b - a) + patient_text[b:]
    course = course_of(patient_text, other)  # checker.course: the first time or word the text gives for the illness
    return {"findings": [asdict(f) for f in other_side(findings, original, lexicon.ancestors) if not child_rate_is_normal(f.hpo, f.text, age)], "age": age, "sex": sex,
            "course": course and course["course"], "course_text": course and course["text"], "course_span": course and [course["start"], course["end"]]}


def _septic(tokens: list[str], first: int) -> bool:
    """Whether the finding at `first` is said septic ('septic shock', 'septic polyarthritis'), not 'non-septic'."""
    k = first if tokens[first] == "septic" else first - 1
    return k >= 0 and tokens[k] == "septic" and (k == 0 or tokens[k - 1] not in ("non", "not", "no", "nor"))


def _dated_past(sentence: str, after: str) -> bool:
    """Whether a one-off event is dated in the past: the sentence opens 'Eight months earlier', or the event is
    followed by 'two years ago' or 'in 2015' (days or weeks before are still this illness: 'a DVT 3 days before
    admission')."""
    listed = LISTED_YEAR.match(after)
    return bool(PAST_LEAD.match(sentence) or PAST_EVENT.match(after) and not RECENT.match(after)
                or listed and not NOT_LISTED.search(listed.group(1)))


def for_checker(result: dict) -> tuple[list[str], list[str]]:
    """The patient's own present and absent findings (uncertain, family and past history left out),
    each once; a term both present and absent in the text is left out of both, for the clinician."""
    present = {f["hpo"] for f in result["findings"] if f["state"] == "present" and f["context"] == "patient"}
    absent = {f["hpo"] for f in result["findings"] if f["state"] == "absent" and f["context"] == "patient"}
    both = present & absent
    return sorted(present - both), sorted(absent - both)


def load_phrases(raw_connection) -> list[tuple[str, str]]:
    """The reviewed clinical phrases stored in the knowledge base (db/phrases.yaml), if it has them."""
    tables = {r[0] for r in raw_connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "phrase" not in tables:
        return []
    return list(raw_connection.execute("SELECT text, hpo_id FROM phrase ORDER BY text"))

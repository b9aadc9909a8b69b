"""The state and context of a recognised finding, by ConText rules (Harkema et al. 2009, after NegEx,
Chapman et al. 2001): trigger phrases that reach forward or backward over a few words, stopped by
terminating words ("but", "however", "which"), and pseudo-triggers that look like a trigger but are not one
("previously healthy", "a three-month history of"). A trigger that is part of a finding's own words
("absent reflexes", "no sign of" inside a term) does not act on anything.

State: absent (negated), uncertain (hedged, mimicked, first suspected, or what a drug prevents), else present.
Context: family (a relative's), history (the patient's past), diagnosis (a stated conclusion), else patient.

The triggers follow ConText's English list (medspaCy's context_rules.json) as a class ('clear of', 'failed to
reveal', 'not evident', 'has been ruled out', 'could not be excluded' as uncertain...), except two cues that
case reports use otherwise: a finding that 'resolved' was the patient's illness, and one a test was
'suggestive of' is the authors' finding (both lost recall on the tuning part without a gain). A finding named as
the exception to a normal result after it ('apart from mild anaemia, laboratory results were normal') keeps its
presence (session 19). ConText's hypothetical class joins the uncertain one (session 22): advice and safety-netting
('should she develop visual loss') name what has not happened; 'if' counts only in a sentence of advice.
"""
from __future__ import annotations

from legpain_gui.checker.vocabulary import SAID_UNOBTAINABLE

SCOPE = 6  # tokens a forward trigger reaches
BACK_SCOPE = {"absent": 3, "uncertain": 3, "history": 3, "diagnosis": 1}  # tokens a backward trigger reaches
# a test that excluded a finding ('duplex ultrasound excluded deep vein thrombosis'); a bare 'excluded' is no forward
# trigger ('after tuberculosis was excluded, Behcet's syndrome with pulmonary artery thrombosis was diagnosed')
EXCLUDING_TESTS = ("ultrasound", "ultrasonography", "doppler", "duplex", "scan", "imaging", "mri", "ct", "angiography",
                   "biopsy", "echocardiography", "radiograph", "x ray", "venography", "study", "studies", "test",
                   "tests", "investigations", "which", "that", "review", "examination", "assessment",
                   "ophthalmology")  # 'ophthalmology review excluded uveitis'
NEGATED_BEFORE = ("no", "not", "without", "denies", "denied", "deny", "negative for", "absence of", "absent",
                  "free of", "no evidence of", "no sign of", "no signs of", "ruled out", "never", "nor", "lack of",
                  "lacked", "unremarkable for", "did not have", "did not report", "not have", "not noticed",
                  "never noticed", "clear of", "fails to reveal", "failed to reveal", "did not reveal", "denial of",
                  "denying", "excluded including", "ruled out including", "excluded a", "excluded an", "excluded any",
                  "failed to show", "failed to demonstrate", "failed to identify", "failed to detect", "fails to show",
                  "fails to demonstrate",  # 'duplex failed to demonstrate DVT' (ConText's 'fail to reveal' class)
                  "neither", "lacking", "nil") + tuple(
    f"{test} {verb}" for test in EXCLUDING_TESTS for verb in ("excluded", "ruled out", "excludes", "rules out"))
NEGATED_AFTER = ("was absent", "were absent", "was not present", "were not present", "was negative",
                 "were negative", "absent", "negative", "not seen", "was not found", "were not found", "was excluded",
                 "were excluded", "was ruled out", "were ruled out", "was normal", "were normal", "was unremarkable",
                 "were unremarkable", "not detected", "was not detected", "were not detected",
                 "not evident", "has been negative", "have been negative", "no longer present", "within normal limits",
                 "within normal limit", "has been ruled out", "have been ruled out", "is ruled out", "are ruled out",
                 "not observed", "not noted", "not appreciated", "not elicited", "not identified", "not found",
                 "not present",
                 "unlikely", "none", "nil", "denied", "neg", "excluded", "ruled out", "all absent", "all negative",
                 "all denied", "none of these", "none of the above", "all normal", "not raised", "not elevated",
                 "not increased", "considered but excluded", "considered but ruled out", "considered but not present",
                 "considered but was not present", "considered but were not present", "considered and excluded")
# 'Fever: none', 'Jaw claudication - denied', 'DVT excluded' (not after 'not' or 'cannot': Sentence._reaches);
# 'normal' alone is left out: '(normal <6)' is a reference range, not a result
# ConText's hypothetical class: advice and safety-netting name what has not happened ('return if the leg goes cold')
HYPOTHETICAL = ("should he develop", "should she develop", "should they develop", "in case of", "in the event of",
                "unless", "watch for", "look out for", "safety netted", "safety netting", "advised to return")
# 'if' is hypothetical only in advice ('return if the leg becomes cold'): case reports use it for a habit ('if he sat
# down the leg pains were relieved')
ADVICE = ("return", "attend", "advised", "advise", "seek", "should", "come back", "call", "contact", "told",
          "instructed", "ed", "a&e", "999", "911", "emergency department", "review")
UNCERTAIN_BEFORE = ("possible", "possibly", "probable", "probably", "suspected", "suspicion of", "query", "may have",
                    "might have", "cannot exclude", "could not exclude", "questionable", "likely", "equivocal",
                    "can not exclude", "did not exclude", "does not exclude", "could not rule out", "can not rule out",
                    "suspicious of", "suspicious for",  # 'MRI suspicious of an epidural collection'
                    "mimicking", "mimic", "mimics", "resembling", "misdiagnosed as", "thought to be",
                    "attributed to", "differential diagnosis", "rule out", "worried about", "concerned about",
                    "impression of", "to exclude", "treated as", "managed as", "misdiagnosed with",
                    "wonder whether", "wonder if", "wondered whether", "wondered if", "i wonder",
                    "initially thought to have", "thought to have", "initially treated for", "initially suspected",
                    "initially managed as", "initially labelled as", "initially labeled as", "first thought to be",
                    "first treated as", "first treated for", "presumed",
                    "initially diagnosed as", "initially diagnosed with", "first diagnosed as",
                    "factor for", "factors for", "risk of", "at risk for",  # 'risk factors for DVT': not the DVT
                    "could represent", "may represent", "might represent", "concerning for",
                    "worrying for", "check for", "look for", "screen for", "consider", "evaluate for", "assess for",
                    "work up for", "workup for", "will check", "to check",
                    "prevention of", "to prevent", "prophylaxis of", "prophylactic", "prophylaxis against", "prophylaxis for",
                    "risk reduction of", "to reduce the risk of", "to detect",  # a drug given or a test done for it
                    "monitored for") + HYPOTHETICAL
UNCERTAIN_AFTER = ("possible", "possibly", "probable", "probably", "suspected", "likely", "equivocal",
                   "was suspected", "were suspected", "was considered", "were considered", "been considered",
                   "prophylaxis", "prevention",  # 'enoxaparin for DVT prophylaxis', 'apixaban for stroke prevention'
                   "prophylactic",
                   "not excluded", "cannot be excluded", "could not be excluded", "not ruled out",
                   "cannot be ruled out", "could not be ruled out",
                   "pending", "is pending", "are pending", "was pending", "were pending", "awaited", "is awaited",
                   "are awaited", "was sent", "were sent", "requested", "was requested", "were requested",
                   "until proven otherwise", "until proved otherwise", "to be excluded", "to be ruled out",
                   "not reported", "not recorded", "not documented", "not stated", "not assessed", "not examined",
                   "not tested", "not checked", "not done", "not yet examined", "not yet assessed", "not yet tested",
                   "not yet checked", "not yet done", "yet to be examined", "yet to be assessed")
# a test not yet back, a suspicion until proven, a finding not recorded: neither positive nor negative
TERMINATE = ("but", "however", "although", "though", "except", "apart from", "aside from", "yet", "while",
             "whereas", "which", "who", "and then", "presented", "presenting", "developed", "developing", "showed",
             "revealed", "complained", "reported", "had", "was found", "were found", "the patient", "presents",
             "experienced", "noticed", "initially", "now",  # 'no previous gout, now podagra'
             "consistent with", "in keeping with", "compatible with",
             "given")  # 'without vasculitis, consistent with EN'; 'cannot rule out PE given HR 108' (measured)
FAMILY = ("family history", "mother", "father", "sister", "brother", "sibling", "parent", "aunt", "uncle",
          "grandmother", "grandfather", "relative", "cousin", "daughter", "son", "wife", "husband", "partner",
          "spouse", "mum", "dad", "nan", "nana", "grandad", "granny", "grandma", "grandpa", "auntie", "twin",
          "stepmother", "stepfather")  # not the patient's, whoever it is ('his wife has had two miscarriages')
PREVENTIVE = ("prophylaxis", "prevention", "prophylactic")  # after a finding: what a drug is for, not what is there
POSTPOSED = ("absent", "negative")  # a negation that is also a result said after its finding ('SNAP absent, ...')
OWN_NEGATION = frozenset(("not", "no", "cannot", "unable", "inability", "without"))  # in a finding's own words
REPORTING = ("noticed", "notice", "reports", "reported", "says", "said", "describes", "described", "brought",
             "observed", "noted", "found", "thinks", "feels", "states", "stated", "complains", "complained")
FAMILY_VERBS = ("history", "had", "has", "with", "diagnosed", "died", "passed", "suffered", "suffers")
FAMILY_LINKS = ("in", "his", "her", "their", "the", "a", "an", "both")  # 'DVT in his mother'
PATIENT_CLAUSE = ("presented", "presenting", "admitted", "complained", "developed", "reported", "experienced", "she",
                  "he", "the patient")  # the patient's own clause begins: a relative's finding does not reach past it
HISTORY_BEFORE = ("history of", "previous", "previously", "prior", "past", "in the past")
HISTORY_AFTER = ("years ago", "in childhood", "as a child")
# a finding named as the exception to a normal or negative result after it is present ('apart from mild anaemia,
# laboratory results were normal')
EXCEPT_BEFORE = ("apart from", "aside from", "except", "except for", "other than", "with the exception of",
                 "besides")
DIAGNOSIS_BEFORE = ("diagnosed with", "diagnosed as", "diagnosis of", "diagnosis was", "final diagnosis",
                    "confirmed the diagnosis", "diagnostic of")
DIAGNOSIS_AFTER = ("was diagnosed", "were diagnosed", "was made", "was confirmed")
PSEUDO = ("as if", "as though", "even if", "if any", "if present", "not without", "without trying", "without dieting",
          "without meaning to", "without realising", "without realizing", "without noticing",  # a feeling, a double
          # negative, weight lost unmeant, urine leaked unnoticed: no negation or hypothesis
          "never fully recovered", "never completely recovered", "never recovered fully", "never fully resolved",
          "not been present before", "not present before", "never had before",  # 'not ... before the statin'
          "can no longer", "could no longer", "is no longer able", "was no longer able", "no longer able",
          "without support", "without assistance", "without aid", "without an aid", "without a stick",
          "without help", "without a frame", "without a walker", "without a walking aid",  # walking needs help
          "absent in serum", "absent in the serum", "not in serum", "not in the serum",  # CSF-specific bands
          # an inability said with 'not' ('could not get out of the bath or lift her arms'): the weakness is present
          "could not get", "cannot get", "can not get", "could not lift", "cannot lift", "could not climb",
          "cannot climb", "could not rise", "cannot rise", "could not stand", "cannot stand", "could not brush",
          "cannot brush", "could not comb", "cannot comb", "could not raise", "cannot raise", "not able to",
          "could not keep up", "could not reach",
          "previously healthy", "previously well", "history of present illness", "no change", "no increase",
          "not only", "not necessarily", "without difficulty", "no further", "little past history",
          "unremarkable past history", "prevent herself", "prevent himself", "prevent themselves",  # 'unable to prevent
          # herself from falling' ('no past history of X' negates: checker.extract keeps it to the past history)
          "normal range", "normal value", "normal values", "reference range", "upper limit of normal",
          "confirmed suspicion of", "confirmed the suspicion of", "confirming the suspicion of",
          "without treatment", "without therapy",
          "no risk", "no known risk", "no other risk", "no obvious risk", "no apparent risk", "no identifiable risk",
          "no predisposing",  # 'she had no risk factor for DVT' denies the risk factor, not the DVT (uncertain, above)
          "factor for her", "factor for his", "factors for her", "factors for his",  # 'the risk factor for her DVT'
          "without improvement", "without significant improvement", "without any improvement",
          "without much improvement", "no improvement", "with no improvement",  # 'without improvement of arthritis'
          "not relieved", "not eased", "not helped", "not controlled", "not responding", "not responsive",
          "not improved", "not improving", "poorly relieved", "no relief", "no pain relief", "without relief",
          "not settling", "not resolving", "not resolved", "not subsiding",
          "not with rest", "not at rest", "not by rest",
          "did not relieve", "does not relieve", "did not ease", "does not ease", "did not help", "failed to relieve",
          "no pain out of proportion", "not out of proportion", "no severe pain out of proportion",
          "no disproportionate pain") + tuple(
    " ".join(said) for said in SAID_UNOBTAINABLE if len(said) > 1)  # read as 'absent' by the lexicon
# 'pain not relieved by morphine', 'sinusitis not settling', 'not with rest', reflexes that 'cannot be elicited': the
# finding is present (or absent by its own words), and so is what follows
DURATIONS = ("hour", "day", "week", "month", "year", "decade", "long", "short", "recent", "lifelong", "acute",
             "several", "few")
PRESENT_AFTER = ("present",)  # 'calf swelling present'
PAST_TIMES = ("ago", "previously", "in the past", "years earlier", "months earlier", "last year", "prior episode",
              "previous episode", "earlier episode")
RESOLVED = ("resolved", "recovered", "settled", "subsided", "remitted", "cleared", "resolving")
LIST_WORDS = ("and", "or", "nor")  # a trigger reaches along a list: 'denied joint pain, rash and oral ulcers'
PREFIX_NEGATION = "non"  # 'non-pruritic rash' (the hyphenated prefix is a word of its own here)
# A laboratory test and its result: 'ANA, anti-dsDNA, RF, anti-CCP, serology for borreliosis and TSH were negative'
# (the result closes a list of tests of any length, in its clause), 'negative rheumatoid factor and positive
# HLA-B27' (up to the next result). Any other finding is reached as before, and not past a test the result is
# nearer to ('knee swelling, with ANA and RF negative': the tests were negative, the knee was swollen).
TEST_RESULTS_AFTER = ("negative", "was negative", "were negative", "has been negative", "have been negative",
                      "normal", "was normal", "were normal", "unremarkable", "was unremarkable", "were unremarkable",
                      "within normal limits", "within normal limit", "not detected", "was not detected",
                      "were not detected")
TEST_RESULTS_BEFORE = ("negative", "negative for", "normal")  # 'normal ASOT'
COPULAS = ("was", "were", "is", "are")
REASONS = ("given", "because", "since", "due")  # 'septic arthritis unlikely given crystals': the reason follows
OTHER_RESULTS = ("positive", "raised", "elevated", "increased", "high", "detected", "abnormal", "low", "reduced")
STATED_RESULTS = ("raised", "elevated", "increased", "high", "positive", "reduced", "decreased", "low", "absent",
                  "brisk", "impaired", "diminished")  # a finding whose own words end in its result
ASSERTED = ("raised", "elevated", "increased", "high")  # a finding led by its own result is negated only next to it


def spans(tokens: list[str], phrases) -> list[tuple[int, int]]:
    """(start, end) token spans of trigger phrases in a token list."""
    out = []
    for phrase in phrases:
        p = phrase.split()
        for i in range(len(tokens) - len(p) + 1):
            if tokens[i:i + len(p)] == p:
                out.append((i, i + len(p)))
    return out


UNITS_OF_TIME = ("hour", "day", "week", "month", "year", "decade")


def _duration_after(tokens: list[str], k: int) -> bool:
    """Whether a duration and 'of' follow at k ('history of several months of', 'history of 3 weeks of')."""
    span = tokens[k:k + 4]
    return "of" in span[1:] and any(t.rstrip("s") in UNITS_OF_TIME for t in span[:span.index("of")])


class Sentence:
    """The triggers of one sentence (plain lower-case tokens) and the concept spans they must not act from."""

    def __init__(self, tokens: list[str], concepts: list[tuple[int, int]], tests: frozenset[int] = frozenset(),
                 asides: tuple[tuple[int, int], ...] = (), breaks: tuple[int, ...] = (),
                 commas: frozenset[int] = frozenset()):
        blocked = set()
        for s, e in spans(tokens, PSEUDO) + concepts:
            blocked.update(range(s, e))
        for s, _ in spans(tokens, ("past",)):  # 'for the past week she has been coughing': the present illness
            if any(t.rstrip("s") in UNITS_OF_TIME for t in tokens[s + 1:s + 4]):
                blocked.add(s)
        for s, _ in spans(tokens, ("history",)):  # 'a three-month history of', 'a long history of'
            if any(t.rstrip("s") in DURATIONS for t in tokens[max(0, s - 2):s]) or _duration_after(tokens, s + 2):
                # ... and with one word between ('a 14-month stepwise history of')
                blocked.update(range(s, s + 2))  # 'a history of several months of fatigue': the present illness

        # `commas`: the tokens a comma stands before. A trigger is never read across one ('after TB was excluded,
        # a DVT was found' holds no 'excluded a'), except before 'including' ('were excluded, including X').
        def live(phrases):
            return [(s, e) for s, e in spans(tokens, phrases) if not blocked.intersection(range(s, e)) and not any(
                k in commas and tokens[k] != "including" for k in range(s + 1, e))]

        # `breaks`: tokens that end a trigger's scope where the words alone do not say so (checker.extract: a
        # 'with' after a comma, 'no thrombus in either leg, with arteriosclerosis of the arteries')
        self.terminators = sorted([s for s, _ in spans(tokens, TERMINATE)] + list(breaks))
        # (first token, end) of bracketed asides of three words or more ('no other cause (neuropathy attributed to
        # vasculitis)'): a trigger before one does not reach into it; a bracketed abbreviation is no aside
        self.asides = asides
        self.clause_starts = sorted(s for s, _ in spans(tokens, PATIENT_CLAUSE))
        self.tokens = tokens
        self.commas = commas
        # 'A year ago she had an episode of blurred vision, which resolved': an episode in the past that has
        # resolved is past history, not a present finding (a time in the past AND a word of resolution)
        joined = f" {' '.join(tokens)} "
        self.past_episode = any(f" {w} " in joined for w in PAST_TIMES) and any(
            f" {w} " in joined for w in RESOLVED)
        self.starts = {s for s, _ in concepts}
        self.spans = list(concepts)
        self.tests = tests  # the first tokens of the concepts that are antibody tests (checker.extract)
        self.ends = {e for _, e in concepts}
        self.test_results = (live(TEST_RESULTS_BEFORE), live(TEST_RESULTS_AFTER))
        self.listed = {i for s, e in concepts for i in range(s, e)} | {
            i for i, t in enumerate(tokens) if t in LIST_WORDS}
        self.exceptions = live(EXCEPT_BEFORE)
        advice = ("if",) if spans(tokens, ADVICE) else ()
        self.rules = {kind: (live(before + (advice if kind == "uncertain" else ())), live(after))
                      for kind, before, after in (
            ("absent", NEGATED_BEFORE, NEGATED_AFTER), ("uncertain", UNCERTAIN_BEFORE, UNCERTAIN_AFTER),
            ("history", HISTORY_BEFORE, HISTORY_AFTER), ("diagnosis", DIAGNOSIS_BEFORE, DIAGNOSIS_AFTER))}
        hedges = self.rules["uncertain"][0]  # the 'not' of 'could not exclude DVT' is the hedge's, no negation
        self.rules["absent"] = ([(s, e) for s, e in self.rules["absent"][0] if not any(
            a <= s and e <= z and (a, z) != (s, e) for a, z in hedges)], self.rules["absent"][1])
        # a relative's finding: after a family trigger in the same clause, or just before one ('DVT in his
        # mother'); a family history said to be absent ('no past, family or drug history') names no relative
        self.family = [(s, e) for s, e in live(FAMILY) if not self._denied(s) and not self._informant(s, e)] \
            if spans(tokens, FAMILY_VERBS) else []

    def _gap(self, a: int, b: int) -> int:
        """The words between a and b that count against a trigger's scope: other findings and the words
        joining a list do not ('no fever, rash, headache or neck stiffness')."""
        return sum(1 for i in range(a, b) if i not in self.listed and not any(x <= i < z for x, z in self.asides))

    def _reaches_before(self, first: int, kind: str = "absent") -> bool:
        return any(e <= first and self._gap(e, first) <= SCOPE and not any(
            e <= t < first for t in self.terminators) and not any(e < a <= first < z for a, z in self.asides)
                   and not any(a <= s < z <= first for a, z in self.asides)  # '(..., no recurrence) presents with'
                   and not (e < first and e in self.commas and self.tokens[e - 1] in POSTPOSED)
                   for s, e in self.rules[kind][0])  # 'SNAP absent, mononeuritis multiplex': the SNAP's result

    def _subject(self, first: int, last: int) -> bool:
        """Whether the finding is the subject of a clause of its own after a comma ('no blisters, no crepitus, and
        the pain is in keeping with the appearance'): a negation before it belongs to the earlier clause."""
        return 1 < first and self.tokens[first - 1] in ("the", "his", "her", "their") and \
            last < len(self.tokens) and self.tokens[last] in COPULAS + ("has", "had") and \
            any(k in self.commas for k in range(max(0, first - 3), first))

    def _predicate(self, first: int) -> bool:
        """Whether the finding is said of a clause's subject ('She denied fever, and the rash was purpuric')."""
        return first > 1 and self.tokens[first - 1] in COPULAS and any(
            e == first - 1 and self._subject(s, e) for s, e in self.spans)

    def _reaches(self, kind: str, first: int, last: int) -> bool:
        before, after = self.rules[kind]
        if self._reaches_before(first, kind) and not self._subject(first, last) and not self._predicate(first):
            return True
        for s, e in after:
            if self.tokens[s] in PREVENTIVE:  # 'DVT prophylaxis', 'stroke prevention in AF': only right after it
                if s == last:              # ('atorvastatin for secondary prevention' is taken)
                    return True
                continue
            if (e in self.starts or e + 1 in self.starts and self.tokens[e] not in LIST_WORDS + REASONS) and \
                    self.tokens[s] not in COPULAS + ("has", "have", "had", "been") and e not in self.commas:
                continue  # the trigger describes the finding after it ('with absent reflexes'); 'was excluded'
                # always looks back ('tuberculosis was excluded, deep vein thrombosis was found')
            if self.tokens[e:e + 2] == ["to", "be"] or self.tokens[e:e + 1] in (["as"], ["of"]) and not (
                    kind == "absent" and self.tokens[s] == "unlikely"):  # 'DVT unlikely as the D-dimer is normal'
                continue  # it points forward: 'weakness with retention, suspected to be cauda equina syndrome'
            if kind == "absent" and {"not", "cannot"}.intersection(self.tokens[max(0, s - 2):s]):
                continue  # 'could not be excluded', 'cannot be ruled out': uncertain (UNCERTAIN_AFTER)
            k = s - 1
            while k > 0 and self.tokens[k] in ("a", "an", "the"):
                k -= 1  # 'urate crystals, and a negative Gram stain'
            if s and self.tokens[k] in LIST_WORDS and e < len(self.tokens):
                continue  # it opens the next item of a list: 'anaemia, raised enzymes and negative serology'
            if s >= last and self._gap(last, s) <= BACK_SCOPE[kind] and not any(
                    last <= t < s for t in self.terminators) and not self._other_item(last, s):
                return True
        return False

    def _other_item(self, last: int, s: int) -> bool:
        """Whether a result after a comma belongs to another item ('protein 0.8 g/L, OCBs absent'; 'SLR positive at 40
        degrees, crossed SLR negative'): a word between the comma and the result that is no finding of the list."""
        return any(last <= k <= s and any(i not in self.listed for i in range(k, s)) for k in self.commas)

    def _test_negated(self, first: int, last: int) -> bool:
        """A test whose negative or normal result closes its list (in the clause, no other result between)."""
        def clear(a: int, b: int) -> bool:  # a value between is the test's own result ('MPO-ANCA 148, PR3 negative')
            return not any(a <= t < b for t in self.terminators) and not any(
                self.tokens[i] in OTHER_RESULTS or self.tokens[i][:1].isdigit() for i in range(a, b))
        before, after = self.test_results
        return any(e <= first and clear(e, first) and first - e <= 2 * SCOPE and not (  # not 'ANA negative, RF ...'
            s and (s in self.ends or self.tokens[s - 1] in COPULAS)) for s, e in before) or any(
            s >= last and clear(last, s) for s, _ in after)

    def _past_a_test(self, first: int, last: int) -> bool:
        """Whether a test lies between this (non-test) finding and the nearest negation after it: the negation
        is the test's result ('knee swelling, with ANA and RF negative')."""
        nearest = min((s for s, _ in self.rules["absent"][1] if s >= last), default=None)
        return nearest is not None and any(last <= t < nearest for t in self.tests)

    def state(self, first: int, last: int) -> str:
        if first and self.tokens[first - 1] == PREFIX_NEGATION:
            return "absent"
        stated = self.tokens[first] in ASSERTED or last - first > 1 and self.tokens[last - 1] in STATED_RESULTS
        if first in self.tests and not stated and self._test_negated(first, last):
            return "absent"
        if first not in self.tests and self._past_a_test(first, last) and not self._reaches_before(first):
            return "uncertain" if self._reaches("uncertain", first, last) else "present"
        if self._said_present(first, last):
            return "present"
        if stated:
            # 'no cells, normal sugar and raised protein', 'ESR was raised and CRP was normal': the result is stated
            return "absent" if first and self.tokens[first - 1] in ("no", "not", "without") else (
                "uncertain" if self._reaches("uncertain", first, last) else "present")
        if self._excepted(first) and not self._reaches_before(first):
            return "uncertain" if self._reaches_before(first, "uncertain") else "present"
        if self._reaches("absent", first, last) and (not OWN_NEGATION.intersection(self.tokens[first:last]) or any(
                first - 1 <= e <= first for _, e in self.rules["absent"][0])):
            return "absent"  # not 'could not climb the stairs and has not passed urine': its own 'not' says it,
            # unless the negation is right before it ('denies inability to walk')
        return "uncertain" if self._reaches("uncertain", first, last) else "present"

    def _said_present(self, first: int, last: int) -> bool:
        """'No fever, calf swelling present': a finding said present after it is present, whatever negation came
        before in the sentence; not 'no clonus present', where the negation is its own."""
        after = self.tokens[last:last + 2]
        return bool(after) and (after[0] in PRESENT_AFTER or after in (["was", "present"], ["is", "present"],
                                                                       ["were", "present"], ["are", "present"])
                                or first in self.tests and (after[0] in ("positive", "detected", "strongly")
                                                            or after[0][:1].isdigit())) \
            and not (first and self.tokens[first - 1] in ("no", "not", "without", "nor", "or", "and"))

    def _excepted(self, first: int) -> bool:
        """Named as the exception ('apart from mild anaemia, ...'): a negative result after it is not its own."""
        return any(e <= first and self._gap(e, first) <= 2 and not any(e <= x < first for x in self.terminators)
                   for _, e in self.exceptions)  # the words right after the cue only: 'apart from a mild anaemia'

    def _informant(self, s: int, e: int) -> bool:
        """A relative who brings the patient or tells the history ('brought in by his mother', 'her parents noticed a
        limp', 'his wife has noticed confusion'): the findings are still the patient's."""
        before = self.tokens[max(0, s - 2):s]
        return "by" in before or e < len(self.tokens) and (self.tokens[e] in REPORTING or self.tokens[e] in (
            "has", "had", "have") and self.tokens[e + 1:e + 2] and self.tokens[e + 1] in REPORTING)  # 'has noticed'

    def _denied(self, s: int) -> bool:
        """Whether the family trigger at s is negated ('no significant past medical history, family history or
        medication history'; not 'no family history of X', where X is still the family's)."""
        before = [e for b, e in self.rules["absent"][0] if e <= s and self._gap(e, s) <= SCOPE and not any(
            e <= t < s for t in self.terminators)]  # not 'not known for arthritis before, but his mother had RA'
        after_of = s + 2 < len(self.tokens) and self.tokens[s:s + 3] == ["family", "history", "of"]
        return bool(before) and not after_of or any(
            self.tokens[e:e + 2] in (["was", "unremarkable"], ["was", "noncontributory"])
            for b, e in spans(self.tokens, ("family history",)) if b == s)

    def _familial(self, first: int, last: int) -> bool:
        for s, e in self.family:
            if e <= first and not any(e <= t < first for t in self.clause_starts):
                return True
            if s >= last and s - last <= BACK_SCOPE["history"] and all(
                    t in FAMILY_LINKS for t in self.tokens[last:s]) and "in" in self.tokens[last:s]:
                return True  # 'DVT in his mother', not 'foot drop whose mother had psoriasis'
        return False

    def context(self, first: int, last: int) -> str:
        if self._familial(first, last):
            return "family"
        if self._reaches("diagnosis", first, last):
            return "diagnosis"
        return "history" if self.past_episode or self._reaches("history", first, last) else "patient"

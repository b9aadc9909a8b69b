"""The state and context of a recognised finding, by ConText rules (Harkema et al. 2009, after NegEx,
Chapman et al. 2001): trigger phrases that reach forward or backward over a few words, stopped by
terminating words ("but", "however", "which"), and pseudo-triggers that look like a trigger but are not one
("previously healthy", "a three-month history of"). A trigger inside a finding's own words ("absent reflexes")
does not act on anything.

State: absent (negated), uncertain (hedged, mimicked, first suspected, or what a drug prevents), else present.
Context: family (a relative's), history (the patient's past), diagnosis (a stated conclusion), else patient.

The triggers follow ConText's English list (medspaCy's context_rules.json) as a class ('clear of', 'failed to reveal',
'not evident', 'has been ruled out', 'could not be excluded' as uncertain...), except two cues that case reports use
otherwise: a finding that 'resolved' was the patient's illness, and one a test was 'suggestive of' is the authors'
finding (both lost recall on the tuning part without a gain). A finding named as the exception to a normal result
after it ('apart from mild anaemia, laboratory results were normal') keeps its presence (session 19). ConText's
hypothetical class joins the uncertain one (session 22): advice and safety-netting ('should she develop visual loss')
name what has not happened; 'if' counts only in a sentence of advice.
"""
from __future__ import annotations

from legpain_gui.checker.cues import (
    SCOPE, BACK_SCOPE, NEGATED_BEFORE, NEGATED_AFTER, ADVICE, UNCERTAIN_BEFORE, UNCERTAIN_AFTER, TERMINATE, FAMILY,
    PREVENTIVE, POSTPOSED, OWN_NEGATION, REPORTING, FAMILY_VERBS, FAMILY_LINKS, PATIENT_CLAUSE, HISTORY_BEFORE,
    HISTORY_AFTER, EXCEPT_BEFORE, DIAGNOSIS_BEFORE, DIAGNOSIS_AFTER, PSEUDO, PRESENT_AFTER, PAST_TIMES, RESOLVED,
    LIST_WORDS, PREFIX_NEGATION, TEST_RESULTS_AFTER, TEST_RESULTS_BEFORE, COPULAS, REASONS, OTHER_RESULTS, STATED_RESULTS,
    EXCEPTION_PSEUDO, ASSERTED, QUALIFIED, QUALIFIED_NOUNS, QUALIFIERS, NOW_STARTS, SCREENED, NORMAL_FOR, none_of, spans,
    UNITS_OF_TIME, CLAUSE_VERBS, CHILDREN, AGED, SUBORDINATE, LISTED, plural as _plural)
from legpain_gui.checker.clauses import denied_list, ongoing_history as _ongoing_history, other_subject as _other_subject, owned_reason, attributive, TEST_WORDS, definite_cause, denial_goes_on, denied_reach, positive_after, looked_for, own_verb, named_risks, mid_list_cue, opens_item, lateral_after_and, denied_having
from legpain_gui.checker.vocabulary import FORWARD_HEDGES, LIST_OPENERS, RELATIVE_WHO, list_end
from legpain_gui.checker.unresulted import excluded_by_test


class Sentence:
    """The triggers of one sentence (plain lower-case tokens) and the concept spans they must not act from."""

    def __init__(self, tokens: list[str], concepts: list[tuple[int, int]], tests: frozenset[int] = frozenset(),
                 asides: tuple[tuple[int, int], ...] = (), breaks: tuple[int, ...] = (),
                 commas: frozenset[int] = frozenset(), measured: frozenset[int] = frozenset()):
        blocked = {i for s, e in spans(tokens, PSEUDO) + concepts for i in range(s, e)} - named_risks(tokens)
        for s, _ in spans(tokens, ("past", "previous", "preceding")):  # 'for the past week', 'for the previous 5 days'
            if any(t.rstrip("s") in UNITS_OF_TIME for t in tokens[s + 1:s + 4]) and (
                    tokens[s] == "past" or tokens[s - 2:s] in (["for", "the"], ["over", "the"], ["during", "the"])):
                blocked.add(s)
        for s, _ in spans(tokens, ("history",)):  # 'a three-month history of', 'a long history of'
            if _ongoing_history(tokens, s):  # 'a three-month history of fatigue', 'for the last year': up to now
                blocked.update(range(s, s + 2))

        # `commas`: the tokens a comma stands before. No trigger is read across one ('after TB was excluded, a DVT was found'), except before 'including'
        exception = {i for s, e in spans(tokens, EXCEPTION_PSEUDO) for i in range(s, e)}  # forward only: 'ANA was

        def live(phrases, back=False):  # normal except for RF' is the ANA's result (session 32), not the RF's
            return [(s, e) for s, e in spans(tokens, phrases) if not (blocked | (
                set() if back else exception)).intersection(range(s, e)) and not any(
                k in commas and tokens[k] not in ("including", "but") for k in range(s + 1, e))]  # 'considered, but'

        # `breaks`: tokens ending a trigger's scope the words alone do not end (a 'with' after a comma: checker.extract)
        self.terminators = sorted([s for s, _ in spans(tokens, TERMINATE) if not denied_having(tokens, s)] + list(breaks) + [
            k for k in commas if tokens[k] in ("she", "he", "they") and tokens[k + 1:k + 2] and tokens[k + 1] in
            CLAUSE_VERBS or tokens[k] in ("unable", "could", "cannot")])  # 'X can cause neuropathy, she has burning
        # feet', 'no fever, unable to walk': a clause of its own after a comma (session 38: the walking had read absent)
        self.asides = asides  # (first token, end) of bracketed asides of three words or more ('no other cause
        # (neuropathy attributed to vasculitis)'): a trigger before one does not reach in; an abbreviation is none
        self.clause_starts = sorted(s for s, _ in spans(tokens, PATIENT_CLAUSE))
        self.tokens, self.commas = tokens, commas
        self.screens = [e for _, e in spans(tokens, SCREENED)]  # where a screen's list begins (_screened)
        self.normal_for = [e for _, e in spans(tokens, NORMAL_FOR)]  # 'results were normal for' a list of tests
        # 'A year ago she had an episode of blurred vision, which resolved': a past episode that resolved is past
        # history (a past time AND a word of resolution), unless days or weeks ago: this illness's start
        joined = f" {' '.join(tokens)} "  # ('bloody diarrhoea three weeks ago, which settled': reactive arthritis's)
        self.past_episode = any(f" {w} " in joined for w in PAST_TIMES) and any(f" {w} " in joined for w in RESOLVED) \
            and not any(f" {unit} ago " in joined for unit in ("day", "days", "week", "weeks"))
        # ... up to this illness's own start after both ('GBS 20 years ago, fully recovered, presents with calf pain')
        years = [i for i, t in enumerate(tokens) if t.isdigit() and len(t) == 4 and 1950 <= int(t) <= 2030]
        if years and not self.past_episode and any(f" {w} " in joined for w in RESOLVED):  # 'myelitis in 2015,
            self.past_episode = True  # fully recovered, now presents with': dated and resolved, as 'years ago'
        said = years + [i for i, t in enumerate(tokens) if t in PAST_TIMES + RESOLVED
                        or " ".join(tokens[i:i + 2]) in PAST_TIMES]
        self.episode_ends = next((i for i, t in enumerate(tokens) if said and i > max(said) and t in NOW_STARTS),
                                 len(tokens))
        self.starts, self.spans = {s for s, _ in concepts}, list(concepts)
        self.tests, self.measured = tests, measured  # first tokens of antibody tests; of measured analytes (labs)
        self.ends = {e for _, e in concepts}
        self.test_results = (live(TEST_RESULTS_BEFORE) + [(s, s + 1) for s, _ in concepts if tokens[s] == "normal"],
                             live(TEST_RESULTS_AFTER, back=True))  # 'normal ANA, RF, ...': the read ANA's 'normal' too
        # a result ending the list's last item's words closes the whole list ('ANCA, ANA and blood cultures were negative')
        self.inner_results = [s for s, e in spans(tokens, TEST_RESULTS_AFTER) if any(a < s and b == e for a, b in concepts)]
        self.listed = {i for s, e in concepts for i in range(s, e)} | {
            i for i, t in enumerate(tokens) if t in LIST_WORDS} | {i for s, e in spans(tokens, LISTED) for i in range(s, e)}

        self.exceptions = live(EXCEPT_BEFORE)
        such = [s for s, _ in spans(tokens, LIST_OPENERS)]
        self.examples = set(range(such[0], list_end(tokens, such[0]))) if such else set()  # 'no signs such as redness': a list's
        advice = ("if",) if spans(tokens, ADVICE) else ()
        self.rules = {kind: (live(before + (advice if kind == "uncertain" else ())), live(after, back=True))
                      for kind, before, after in (
            ("absent", NEGATED_BEFORE, NEGATED_AFTER), ("uncertain", UNCERTAIN_BEFORE, UNCERTAIN_AFTER),
            ("history", HISTORY_BEFORE, HISTORY_AFTER), ("diagnosis", DIAGNOSIS_BEFORE, DIAGNOSIS_AFTER))}
        self.rules["uncertain"] = (self.rules["uncertain"][0], [(s, e) for s, e in self.rules["uncertain"][1] if not (
            tokens[s - 1:s] in (["with"], ["and"]) and e - s == 1 and tokens[s] in FORWARD_HEDGES and e < len(tokens))])
        self.rules["absent"] = ([(s, e) for s, e in self.rules["absent"][0] if tokens[s] != "little" or any(
            e <= a <= e + 1 and not _plural(tokens[b - 1]) for a, b in concepts)], self.rules["absent"][1])
        # 'little' only right before its finding, and not before things counted ('little purple spots': small ones)
        self.rules["absent"] = (self.rules["absent"][0] + none_of(tokens) + excluded_by_test(tokens, concepts, tests), self.rules["absent"][1])
        self.listed |= denied_list(tokens, self.rules["absent"][0], commas, self.terminators)  # a denial's whole list
        hedges = self.rules["uncertain"][0]  # the 'not' of 'could not exclude DVT' is the hedge's, no negation
        self.rules["absent"] = ([(s, e) for s, e in self.rules["absent"][0] if not any(
            a <= s and e <= z and (a, z) != (s, e) for a, z in hedges)], self.rules["absent"][1])
        # a relative's finding: after a family trigger in its clause, or just before one ('DVT in his mother'); a family
        told = [s for s, e in live(FAMILY) if self._informant(s, e)]  # history said absent names none; a parent telling
        self.family = [(s, e) for s, e in live(FAMILY) if not self._denied(s) and s not in told
                       and not (tokens[s - 1:s] in (["our"], ["my"]) or tokens[s - 1:s] in (["his"], ["her"], ["their"])
                                and (any(t < s for t in told) or s <= 1 and tokens[s] in CHILDREN and AGED.intersection(
                                    tokens[s + 1:s + 4])))  # 'Dad says his daughter (8) has purple spots', 'Her son,
                       # aged 12, was seen with a swollen knee': the child is the patient
                       and tokens[max(0, s - 2):s] not in (["year", "old"], ["month", "old"])
                       and not (tokens[s] == "partner" and tokens[s - 1:s] in (["new"], ["a"], ["sexual"], ["male"], ["female"]))
                       and not (tokens[s:s + 2] == ["relative", "to"] and tokens[s - 1:s] not in RELATIVE_WHO)] \
            if spans(tokens, FAMILY_VERBS) or tokens[:1] and tokens[0] in FAMILY else []  # 'father - diabetes'

    def _gap(self, a: int, b: int) -> int:
        """The words between a and b that count against a trigger's scope: other findings, the words joining a list
        and a test's own nouns do not ('no fever, rash, headache or neck stiffness'; 'negative for hepatitis B
        antibody/surface antigens, anti-GBM antibody, antinuclear antibodies and ANCA')."""
        return sum(1 for i in range(a, b) if i not in self.listed and i not in self.examples
                   and self.tokens[i] not in TEST_WORDS and not any(x <= i < z for x, z in self.asides))

    def _reaches_before(self, first: int, kind: str = "absent") -> bool:
        return any(e <= first and self._gap(e, first) <= denied_reach(self.tokens, s, e, first, SCOPE) and not any(
            e <= t <= first for t in self.terminators) and not any(e < a <= first < z for a, z in self.asides)
                   and not any(a <= s < z <= first for a, z in self.asides)  # '(..., no recurrence) presents with'
                   and not (e < first and e in self.commas and self.tokens[e - 1] in POSTPOSED)
                   and not (kind == "absent" and (self._each_its_own(s, e, first) or owned_reason(self.tokens, e, first)
                                                  or mid_list_cue(self.tokens, s, e, first, self.commas, self.starts)))
                   and not (self.tokens[s:e] in (["little"], ["negative"]) and first > e + 1) and not (kind == "uncertain" and definite_cause(self.tokens, first))  # right after it only
                   and not (kind in ("absent", "history") and self._and_after_one(e, first) and not denial_goes_on(self.tokens, s, first, self.commas))
                   for s, e in self.rules[kind][0])  # 'SNAP absent, mononeuritis multiplex': the SNAP's result

    def _and_after_one(self, e: int, first: int) -> bool:
        """Whether ', and' follows a single negated item before the finding ('conjunctivitis without photophobia, and
        painless ulcers on the glans'): it joins a clause of its own. A list of two or more items before it goes on
        ('without fever, chills, and night sweats')."""
        joins = [k for k in self.commas if e < k <= first and self.tokens[k] == "and"]
        return bool(joins) and not any(e < k < joins[0] for k in self.commas)

    def _each_its_own(self, s: int, e: int, first: int) -> bool:
        """Whether a 'no' reaches past a comma in a list whose items each have their own ('no blistering, no
        crepitus, pain in keeping with the appearance'): the item without one is not negated, unless 'or' goes on
        with the list ('no fever, no rash, weight loss or night sweats')."""
        def crossed(a: int, b: int, joined: bool = False) -> bool:  # a comma (or an 'and' joining two items) between
            return any(a < k <= b for k in self.commas) or joined and "and" in self.tokens[a:b]
        item = max((k for k in self.commas if k <= first), default=first)  # where the item begins
        if self.tokens[s] != "no" or not crossed(e, first) or {"or", "nor"} & set(self.tokens[item:first + 8]):
            return False
        end = next((b for a, b in self.spans if a == first), first + 1)  # 'no fever, no distress, palpitations, and no
        if any(t >= end and set(self.tokens[end:t]) <= {"and"} and any(end <= k <= t for k in self.commas)
               for t, _ in self.rules["absent"][0] if self.tokens[t] == "no"):  # incontinence': the next item has its
            return False  # own 'no' again, so this one lost its 'no' in writing
        # 'numbness of the feet, no weakness, and imbalance': a list that began with a present finding
        mixed = s in self.commas and any(a < s for a in self.starts if not any(x < a < s for x, _ in self.rules["absent"][0]))
        return mixed or any(self.tokens[t] == "no" and (  # 'no fever and no rash, and numbness of the foot'
            t < s and crossed(u, s, True) or s < t < first and crossed(u, first)) for t, u in self.rules["absent"][0])

    def _subject(self, first: int, last: int) -> bool:
        """Whether the finding is the subject of a clause of its own after a comma ('no blisters, no crepitus, and
        the pain is in keeping with the appearance'): a negation before it belongs to the earlier clause."""
        return 1 < first and self.tokens[first - 1] in ("the", "his", "her", "their", "and") and \
            last < len(self.tokens) and self.tokens[last] in COPULAS + ("has", "had") and (
                any(k in self.commas for k in range(max(0, first - 3), first))
                or self.tokens[first - 2] in ("and", "but") and self.tokens[first - 1] != "and")  # 'no bullae or
        # crepitus and the pain was proportionate': a clause of its own without a comma

    def _predicate(self, first: int) -> bool:
        """Whether the finding is said of a clause's subject ('She denied fever, and the rash was purpuric')."""
        return first > 1 and self.tokens[first - 1] in COPULAS and any(
            e == first - 1 and self._subject(s, e) for s, e in self.spans)

    def _reaches(self, kind: str, first: int, last: int) -> bool:
        before, after = self.rules[kind]
        screened = kind == "absent" and self._screened(first)  # a screen's list: its result reaches every item
        if kind == "absent" and first in self.tests and any(e <= first and not any(
                e <= t < first for t in self.terminators) for e in self.normal_for):
            return True  # 'results were normal for full blood count, ..., anti-dsDNA antibodies and ENA': every test
        if self._reaches_before(first, kind) and not self._subject(first, last) and not self._predicate(first):
            return True
        for s, e in after:
            if kind == "absent" and first in self.tests and any(t[:1].isdigit() and self.tokens[k - 1] != "covid"
                                                                for k, t in enumerate(self.tokens[last:s], last)):
                continue  # a value between is the test's own result ('ANCA MPO 86 IU/mL, PR3 negative'; not COVID-19)
            if self.tokens[s] in PREVENTIVE:  # 'DVT prophylaxis', 'stroke prevention in AF': only right after it
                if s == last:              # ('atorvastatin for secondary prevention' is taken)
                    return True
                continue
            if (e in self.starts or e + 1 in self.starts and self.tokens[e] not in LIST_WORDS + REASONS) and \
                    self.tokens[s] not in COPULAS + ("has", "have", "had", "been") and e not in self.commas \
                    and self.tokens[e - 1] != "but" \
                    and not any(a == e for a, _ in self.asides):  # not 'septic arthritis unlikely (afebrile, ...)'
                continue  # the trigger describes the finding after it ('with absent reflexes'); 'was excluded'
                # always looks back ('tuberculosis was excluded, deep vein thrombosis was found')
            if self.tokens[e:e + 2] in (["to", "be"], ["secondary", "to"]) or self.tokens[e:e + 1] in (["as"], ["of"]) and not (
                    kind == "absent" and (self.tokens[s] == "unlikely" or self.tokens[e + 1:e + 2] in (["likely"], ["possible"]))):
                continue  # it points forward: 'weakness with retention, suspected to be cauda equina syndrome' (not 'DVT
                # unlikely as the D-dimer is normal', 'X and Y were ruled out as likely causes')
            if kind == "absent" and ({"not", "cannot"}.intersection(self.tokens[max(0, s - 2):s])
                                     or self.tokens[max(0, s - 2):s] == ["to", "be"]):
                continue  # 'could not be excluded', 'cannot be ruled out', 'to be excluded': uncertain (UNCERTAIN_AFTER)
            k = s - 1
            while k > 0 and self.tokens[k] in ("a", "an", "the"):
                k -= 1  # 'urate crystals, and a negative Gram stain'
            if s and (self.tokens[k] in LIST_WORDS and e < len(self.tokens) or kind == "uncertain" and own_verb(self.tokens, s, e, self.starts, self.commas)):
                continue  # a list's next item ('anaemia, raised enzymes and negative serology'); 'we suspected' looks forward
            if kind == "absent" and s and (self.tokens[s - 1] in ("with", "showing", "showed", "revealed") or opens_item(
                    self.tokens, s, e, self.starts, self.commas)):
                continue  # 'neuropathy with absent right peroneal motor responses', 'cold pale foot, absent capillary refill': it describes what follows
            if kind == "absent" and first not in self.tests and s in self.ends and any(
                    last <= k < s for k in self.commas) and not {"and", "or", "nor"} & set(self.tokens[last:s]) \
                    and self.tokens[s] != "all" and sum(last <= a < s for a in self.starts) == 1 \
                    and any(i not in self.listed for i in range(last, min(k for k in self.commas if k >= last))):
                continue  # 'gout (diuretic-induced), septic arthritis excluded': the result is the finding's before it
                # (words of the first item's own before the comma; a bare 'DVT, Baker's cyst excluded' excludes both)
            if kind in ("absent", "uncertain") and (self._closed_list(first, last, s) or _other_subject(
                    self.tokens, self.listed, last, s)):  # 'osteopenia and the chest X-ray was normal': the X-ray's
                continue  # 'calf pain, swelling and erythema, DVT excluded': only DVT is excluded
            if kind == "absent" and self._subordinate(first, s):
                continue  # 'although she had knee pain, nodules were not present': the main clause's result
            if any(last <= a <= s < z for a, z in self.asides):
                continue  # a result inside a bracketed aside after it is the aside's ('?septic hip (r/o SUFE - XR nil)')
            every = "all" in self.tokens[s:e]  # 'HBsAg, HBsAb and HB immune complex were all negative': the list's
            subject = kind == "absent" and self.tokens[s] in COPULAS and not any(
                a < first for a in self.starts) and not any(k <= s for k in self.commas)
            if s >= last and not any(last <= t < s for t in self.terminators) and (screened or (  # every item; or
                    self._gap(last, s) <= 2 * BACK_SCOPE[kind] if every or subject else  # the sentence's subject
                    self._gap(last, s) <= BACK_SCOPE[kind] and not self._other_item(last, s))):  # ('X in ... was absent')
                return True
        return False

    def _subordinate(self, first: int, s: int) -> bool:
        """Whether the finding lies in a clause opened by 'although' (or 'though', 'while', 'whereas', 'despite')
        that a comma closes before the result at s."""
        opener = max((a for a in range(first) if self.tokens[a] in SUBORDINATE), default=None)
        return opener is not None and not any(opener < k <= first for k in self.commas) and any(
            first < k <= s for k in self.commas)

    def _closed_list(self, first: int, last: int, s: int) -> bool:
        """Whether the finding belongs to a list closed by 'and' or 'or' before a comma, after which another finding
        has a result of its own ('Calf pain, swelling and erythema, DVT excluded'; 'fever and a rash, SLE suspected'):
        the result after the comma is that finding's, not the list's. Without the comma ('DVT, Baker's cyst and
        septic arthritis excluded') the result closes the whole list."""
        for k in self.commas:
            if not (last <= k < s and k in self.ends and any(k <= a < s for a in self.starts)):
                continue
            item = max((a for a in self.starts if a < k), default=None)  # the list's last item, before the comma
            if item is None or item < first or self.tokens[item - 1] not in LIST_WORDS or not any(
                    b == k for a, b in self.spans if a == item):
                continue
            if not any(first <= t < k for t in self.terminators):
                return True
        return False

    def _screened(self, first: int) -> bool:
        """Whether the finding is an item of what a screen looked for ('Screening for diabetes, coeliac disease, HIV
        and Fabry disease was negative'): its result, after the whole list, reaches every item."""
        return any(e <= first and not any(e <= t < first for t in self.terminators) for e in self.screens)

    def _other_item(self, last: int, s: int) -> bool:
        """Whether a result after a comma belongs to another item ('protein 0.8 g/L, OCBs absent'; 'SLR positive at 40
        degrees, crossed SLR negative'): a word between the comma and the result that is no finding of the list."""
        return any(last <= k <= s and any(i not in self.listed and self.tokens[i] not in COPULAS for i in range(k, s))
                   for k in self.commas)  # ('TB, autoimmune or rheumatologic diseases was denied': the list's own)

    def _test_negated(self, first: int, last: int) -> bool:
        """A test whose negative or normal result closes its list (in the clause, no other result between)."""
        def clear(a: int, b: int) -> bool:  # a value between is the test's own result ('MPO-ANCA 148, PR3 negative')
            return not any(a <= t < b and self.tokens[t:t + 2] != ["had", "been"] for t in self.terminators) and not any(
                self.tokens[i] in OTHER_RESULTS or self.tokens[i][:1].isdigit() and i not in self.listed and not (
                    self.tokens[i - 1] in ("anti", "cl", "scl")) for i in range(a, b))  # none in a name: 'anti-Scl-70'
        before, after = self.test_results
        # a result before it, unless another test's ('ANA negative, RF ...'; 'anaemia, negative rheumatoid factor': a finding
        # no test ends there) or analyte's ('folate normal, IF antibodies positive'); or after it, or closing the list
        return any(e <= first and clear(e, first) and first - e <= 2 * SCOPE and not (
            s and (any(b == s and a in self.tests for a, b in self.spans) or self.tokens[s - 1] in COPULAS))
            and e not in self.commas for s, e in before) or any(s >= last and clear(last, s) and not attributive(
                self.tokens, self.commas, s) for s, _ in after) or any(s >= last and clear(last, s) for s in self.inner_results)

    def _past_a_test(self, first: int, last: int) -> bool:
        """Whether a test or measured analyte lies between this finding and the nearest negation after it: the negation is
        its result ('knee swelling, with ANA and RF negative'; not 'thrombocytopenia because the platelet count was normal')."""
        nearest = min((s for s, _ in self.rules["absent"][1] if s >= last), default=None)
        return nearest is not None and (any(last <= t < nearest for t in self.tests) or any(last <= t < nearest and not set(
            REASONS).intersection(self.tokens[last:t]) for t in self.measured))

    def state(self, first: int, last: int) -> str:
        if looked_for(self.tokens, self.commas, self.terminators, first):
            return "uncertain"  # 'tests to investigate other causes of vasculitis were negative': what was looked for
        if first and self.tokens[first - 1] == PREFIX_NEGATION or self.tokens[last:] in (["no"], ["never"], ["nil"]):
            return "absent"  # 'non-tender'; 'Cough no.' (a record's item and its answer)
        stated = self._stated(first, last)
        if first in self.tests and not stated and self._test_negated(first, last):
            return "absent"
        if first not in self.tests and self._past_a_test(first, last) and not self._reaches_before(first):
            return "uncertain" if self._reaches("uncertain", first, last) else "present"
        if self._said_present(first, last):
            return "present"
        if stated:
            # 'no cells, normal sugar and raised protein', 'ESR was raised and CRP was normal': the result is stated
            return "absent" if self._negated_right_before(first) else (
                "uncertain" if self._reaches("uncertain", first, last) else "present")
        if self._excepted(first) and not self._reaches_before(first):
            return "uncertain" if self._reaches_before(first, "uncertain") else "present"
        if self._reaches("absent", first, last) and (not OWN_NEGATION.intersection(self.tokens[first:last]) or any(
                first - 1 <= e <= first for _, e in self.rules["absent"][0])):
            after, before = " ".join(self.tokens[last:last + 3]), " ".join(self.tokens[max(0, first - 4):first])
            if after.startswith(("in any other", "in other", "elsewhere", "anywhere else", "of any other")) or any(
                    f"{w} episode" in before for w in ("previous", "prior", "earlier")):
                return "uncertain"  # 'no weakness in any other muscle': none elsewhere, not none at all; 'denied any
                # previous episodes of knee pain': none before, which says nothing of now
            return "absent"  # not 'could not climb the stairs and has not passed urine': its own 'not' says it,
            # unless the negation is right before it ('denies inability to walk')
        return "uncertain" if self._reaches("uncertain", first, last) else "present"

    def _stated(self, first: int, last: int) -> bool:
        """Whether its result is said by its own words or beside it: no negation further away reaches it (one just before does)."""
        t, ahead = self.tokens, set(self.tokens[first:first + 8])
        lead = first  # the qualifiers it opens with ('..., small bilateral pleural effusions')
        while lead > 0 and lead not in self.commas and t[lead - 1] in QUALIFIED:
            lead -= 1
        return bool(
            t[first] in ASSERTED  # 'raised CRP'
            or first > 0 and t[first - 1] == "positive" and first not in self.commas  # '..., and positive anticardiolipin'
            or "positive" in t[first + 1:last - 1]  # its own words hold the result: '..., and Gram-positive cocci'
            or last - first > 1 and t[last - 1] in STATED_RESULTS and t[last - 3:last - 1] != ["out", "of"]  # 'ESR raised'
            or first in self.tests and positive_after(t, last) or lateral_after_and(t, first, self.commas)  # 'HBsAg was positive'
            or last - first > 1 and first in self.tests and t[last - 2] == "1" and t[last - 1].isdigit()  # a titre: 'ANA 1:160'
            or set(COPULAS) & set(t[first + 1:last]) and any(x[:1].isdigit() for x in t[first:last])  # with a value
            # in its own clause: 'denies dark urine and CK is 450 U/L'
            or lead in self.commas and (t[lead] in QUALIFIED and not {"or", "nor"} & ahead  # after a comma, with its
                                         or t[first] in QUALIFIED_NOUNS and not {"or", "nor", "and"} & ahead
                                         and not any(a >= last and self._gap(last, a) <= 1 for a, _ in self.rules["absent"][1]))
            or t[first - 1:first] == ["and"] and any(c in self.commas and t[c] in QUALIFIED and not self.commas & set(
                range(c + 1, first)) and not {"or", "nor"} & set(t[c:first]) for c in range(first - 5, first - 1)))
        # own qualifier: 'no DP pulse palpable, reduced sensation over the dorsum, weak toe dorsiflexion'

    def _negated_right_before(self, first: int) -> bool:
        """'no ESR rise', 'no severe pain out of proportion': a negation right before the finding, past its qualifiers."""
        k = first - 1
        while k > 0 and self.tokens[k] in QUALIFIERS:
            k -= 1
        return k >= 0 and k < first and self.tokens[k] in ("no", "not", "without", "denies", "denied", "deny", "never")

    def _said_present(self, first: int, last: int) -> bool:
        """'No fever, calf swelling present': a finding said present after it is present, whatever negation came
        before in the sentence; not 'no clonus present', where the negation is its own."""
        after = self.tokens[last:last + 2]
        return bool(after) and (after[0] in PRESENT_AFTER or after in (["was", "present"], ["is", "present"],
                                                                       ["were", "present"], ["are", "present"])
                                or first in self.tests and (after[0] in ("positive", "detected", "strongly")
                                                            or after[0][:1].isdigit()
                                                            or after[0] in COPULAS and after[1:] == ["positive"])) \
            and not (first and self.tokens[first - 1] in ("no", "not", "without", "nor", "or", "and"))

    def _excepted(self, first: int) -> bool:
        """Named as the exception ('apart from mild anaemia, ...'): a negative result after it is not its own."""
        return any(e <= first and self._gap(e, first) <= 2 and not any(e <= x < first for x in self.terminators)
                   for _, e in self.exceptions)  # the words right after the cue only: 'apart from a mild anaemia'

    def _informant(self, s: int, e: int) -> bool:
        """A relative who brings the patient or tells the history ('brought in by his mother', 'her parents noticed a
        limp', 'his wife has noticed confusion'): the findings are still the patient's."""
        before = self.tokens[max(0, s - 2):s]
        if e < len(self.tokens) and self.tokens[e].isdigit():
            e += 1  # the informant's own age: 'Mother, 34, brings her son'
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
            if e <= first and not any(e + 1 < t < first or t == e and t + 1 < first and self.tokens[t] != "experienced"
                                      for t in self.clause_starts) and not any(self.tokens[t:t + 2] in (
                    ["but", v] for v in CLAUSE_VERBS) for t in range(e, first)):  # 'her mother had experienced a PE'; 'but has
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
        return "history" if self.past_episode and first < self.episode_ends or self._reaches("history", first, last) \
            else "patient"

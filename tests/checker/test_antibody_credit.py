"""Autoantibodies get no partial credit through a common ancestor (session 22): anti-Jo-1 is no near miss for the
anti-SRP or anti-HMGCR of immune-mediated necrotising myopathy. A non-antibody term still gets it."""
from __future__ import annotations

from legpain_gui.checker.evidence import match

ANTI_JO1 = "HP:0034152"


def test_an_antibody_gets_no_related_credit_from_a_sibling_antibody(checker):
    model, _ = checker
    annotations = model.conditions["immune-mediated-necrotising-myopathy"].annotations
    assert ANTI_JO1 not in annotations
    _, _, relation, _, through = match(model, ANTI_JO1, annotations)
    assert relation == "not described" and through is None
    assert model.informative_ancestors(ANTI_JO1) == ()


def test_anti_jo1_counts_where_it_is_described(checker):
    model, _ = checker
    annotations = model.conditions["polymyositis"].annotations
    assert match(model, ANTI_JO1, annotations)[2] == "exact"


def test_a_finding_that_is_no_antibody_still_has_informative_ancestors(checker):
    model, _ = checker
    assert model.informative_ancestors("HP:0031921")  # calf pain


ANTI_SM, ANA = "HP:0033040", "HP:0003493"


def test_a_specific_antinuclear_antibody_is_not_credited_through_a_conditions_ana_row(checker):
    """Sjogren's 'ANA positive' row counts any ANA (session 24): anti-Sm is no more likely in Sjogren for it."""
    model, _ = checker
    annotations = model.conditions["sjogren-disease"].annotations
    assert ANA in annotations and ANTI_SM not in annotations
    assert match(model, ANTI_SM, annotations)[2] == "not described"


def test_ana_itself_still_matches_its_row(checker):
    model, _ = checker
    assert match(model, ANA, model.conditions["sjogren-disease"].annotations)[2] == "exact"


TUBERCULIN, PARVOVIRUS_ANTIBODY, BACTERAEMIA = "HP:6000925", "HP:6000584", "HP:0031864"


def test_an_infection_test_gets_no_related_credit_from_another_organisms_test(checker):
    """Session 32: 'positive infectious agent test' groups every organism and specimen, so a positive tuberculin
    test or parvovirus antibody had counted for septic arthritis's bacteraemia and Gram-stain rows through it
    (a tester saw a TB test lift septic arthritis); like an antibody, such a test is of one organism."""
    model, _ = checker
    annotations = model.conditions["septic-arthritis"].annotations
    assert BACTERAEMIA in annotations
    for test in (TUBERCULIN, PARVOVIRUS_ANTIBODY):
        assert test not in annotations and model.informative_ancestors(test) == ()
        assert match(model, test, annotations)[2] == "not described"
    assert match(model, BACTERAEMIA, annotations)[2] == "exact"

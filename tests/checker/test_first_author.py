"""A short citation names the first author, or only the year and the identifier when the authors were not seen."""
from __future__ import annotations

import pytest

from legpain_gui.kb.records import first_author


@pytest.mark.parametrize("authors, shown", [
    ("Nossent J, Raymond W, Keen H", "Nossent J"),
    ("Authors not shown on the record seen", ""),
    ('"Author names not seen on the record"'.strip('"'), ""),
    ("University of Trieste vascular surgery group (author names not seen on the records)",
     "University of Trieste vascular surgery group"),
    ("", ""),
])
def test_first_author(authors, shown):
    assert first_author(authors) == shown


def test_no_source_in_a_check_report_reads_as_a_sentence_about_authors(checker):
    from legpain_gui.checker.engine import CheckInput, report
    model, rules = checker
    sources = [c["source"] for r in report(model, rules, CheckInput(present=("HP:0033050", "HP:0001945")))["results"]
               for c in r["contributions"] if c.get("source")]
    assert sources and not any(s.lower().startswith(("authors", "author names")) for s in sources)

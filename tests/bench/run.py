#!/usr/bin/env python3
"""`make bench`: start-up of the app next to a bare PySide6 window, measured in the same run.

Each run starts a fresh process and reads when its window became visible: the turn of the event loop after
its first paint, for the app and the bare window alike (and, for the app, when the list and the first page
were shown). The bare window is sized by the app's rule for a first start on the same screen, and its peak
memory is read after that paint, as the app's is. (Until session 7 both marks were taken on a zero timer after
`show()`, which can fire before the paint: the bare window's memory then lacked its painted backing store,
about 5 MiB, and the app's start-up work could stand before its first paint unmeasured.) Runs of the app and of the baseline are interleaved; medians are
reported with their ratio. Prints a table and writes JSON (build/bench.json).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from legpain_gui.checker.load import checker_model  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _run(cmd: list[str], env: dict) -> dict[str, float]:
    start = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    marks = {}
    for line in proc.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("visible", "list", "data", "finished"):
            marks[name] = (float(value) - start) * 1000
        elif name in ("rss", "rss_finished"):
            marks[name + "_kib"] = float(value)
    if "visible" not in marks:
        raise SystemExit(f"no window from {' '.join(cmd)}:\n{proc.stderr[-2000:]}")
    return marks


def startup(runs: int, platform: str, db: Path | None = None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, LEGPAIN_GUI_STARTUP_PROBE="1")
    app_cmd = [sys.executable, "-m", "legpain_gui"] + (["--db", str(db)] if db else [])
    bare_cmd = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    app_visible, app_data, bare_visible, app_rss, bare_rss = [], [], [], [], []
    app_finished, app_rss_finished, app_list = [], [], []
    with tempfile.TemporaryDirectory() as data_dir:
        env["LEGPAIN_GUI_DATA_DIR"] = data_dir
        # a returning user, whose last condition page opens (the first run shows the lighter start page)
        (Path(data_dir) / "settings.ini").write_text("[browse]\nlast_condition=polyarteritis-nodosa\n", encoding="utf-8")
        _run(app_cmd, env), _run(bare_cmd, env)  # warm the file cache once
        for _ in range(runs):
            a = _run(app_cmd, env)
            b = _run(bare_cmd, env)
            app_visible.append(a["visible"])
            app_data.append(a.get("data", float("nan")))
            bare_visible.append(b["visible"])
            app_rss.append(a.get("rss_kib", float("nan")))
            app_finished.append(a.get("finished", float("nan")))
            app_list.append(a.get("list", float("nan")))
            app_rss_finished.append(a.get("rss_finished_kib", float("nan")))
            bare_rss.append(b.get("rss_kib", float("nan")))
    med = statistics.median
    return {
        "runs": runs, "platform": platform,
        "bare_window_visible_ms": round(med(bare_visible), 1),
        "app_window_visible_ms": round(med(app_visible), 1),
        "app_list_shown_ms": round(med(app_list), 1),
        "app_data_shown_ms": round(med(app_data), 1),
        "visible_ratio": round(med(app_visible) / med(bare_visible), 2),
        "list_ratio": round(med(app_list) / med(bare_visible), 2),
        "data_ratio": round(med(app_data) / med(bare_visible), 2),
        "app_peak_rss_mib": round(med(app_rss) / 1024, 1), "bare_peak_rss_mib": round(med(bare_rss) / 1024, 1),
        "rss_ratio": round(med(app_rss) / med(bare_rss), 2),
        "app_startup_finished_ms": round(med(app_finished), 1),
        "app_peak_rss_finished_mib": round(med(app_rss_finished) / 1024, 1),
        "rss_finished_ratio": round(med(app_rss_finished) / med(bare_rss), 2),
    }


QUERIES = ["lupus", "foot drop", "burning feet", "pins and needles", "M30.0", "livedo", "swollen calf", "sciatica",
           "weak legs", "numb feet", "vasculitis", "muscle pain", "fever weight loss", "GBS", "HP:0009027",
           "back pain", "claudication", "purple spots on legs", "morning stiffness", "blood clot in the leg",
           "tingling", "ulcer", "rash", "areflexia", "cramps", "polyarteritis", "rheumatoid", "ANCA", "xyzzy", '"AND NEAR(']
FINDINGS = ["HP:0009027", "HP:0001824", "HP:0001945", "HP:0033505", "HP:0000822", "HP:0012514", "HP:0003401",
            "HP:0002829", "HP:0012378", "HP:0001369", "HP:0003326", "HP:0031363", "HP:0200042", "HP:0007340",
            "HP:0001315", "HP:0003418", "HP:0002625", "HP:0030880", "HP:0003565", "HP:0003493"]


def engine(db: Path, repeats: int = 7) -> dict:
    """In-process latencies on one knowledge base: search, check, comparison (medians)."""
    sys.path.insert(0, str(ROOT))
    from legpain_gui.checker.engine import CheckInput, report
    from legpain_gui.compare.table import build
    from legpain_gui.kb.store import KnowledgeBase
    from legpain_gui.kb.search import search

    kb = KnowledgeBase(db)
    model, rules = checker_model(kb)
    out: dict = {"conditions": len(model.conditions)}
    times = []
    for q in QUERIES:
        search(kb, q)
        for _ in range(repeats):
            t0 = time.perf_counter()
            search(kb, q)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    out["search_p50_ms"] = round(statistics.median(times), 2)
    out["search_p95_ms"] = round(times[int(0.95 * len(times)) - 1], 2)
    from legpain_gui.gui.backend import SHOWN_RESULTS  # what the app asks for (no Qt is imported by this)

    for n, limit, key in ((5, SHOWN_RESULTS, "check_5_ms"), (10, SHOWN_RESULTS, "check_10_ms"),
                          (20, SHOWN_RESULTS, "check_20_ms"), (10, None, "check_10_all_json_ms")):
        data = CheckInput(present=tuple(FINDINGS[: n - 1]), absent=("HP:0000099",))
        report(model, rules, data, limit=limit)
        samples = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            report(model, rules, data, limit=limit)
            samples.append((time.perf_counter() - t0) * 1000)
        out[key] = round(statistics.median(samples), 1)
    from legpain_gui.checker.extract import extract
    from legpain_gui.checker.load import lexicon

    text = " ".join((ROOT / "tests" / "bench" / "case_400_words.txt").read_text(encoding="utf-8").split()[:400])
    lex = lexicon(kb)
    t0 = time.perf_counter()
    extract(lex, text)
    out["extract_first_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        extract(lex, text)
        samples.append((time.perf_counter() - t0) * 1000)
    out["extract_400_words_ms"] = round(statistics.median(samples), 1)
    out["extract_words"] = len(text.split())
    ids = [c.id for c in kb.conditions()][:6]
    for n in (3, 6):
        samples = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            build([kb.condition(i) for i in ids[:n]], model)
            samples.append((time.perf_counter() - t0) * 1000)
        out[f"compare_{n}_ms"] = round(statistics.median(samples), 1)
    kb.close()
    return out


def _current(path: Path) -> bool:
    """Whether the scale knowledge base exists and carries the checker's tables made by this code (a file built
    before them would measure building the model at every start instead)."""
    import sqlite3

    from legpain_gui.checker import tables

    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute(f"SELECT version FROM {tables.TABLE} WHERE name = 'model'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == tables.fingerprint() and _same_indexes(path)


def _same_indexes(path: Path) -> bool:
    """Whether the file's indexes, full-text tables and view are the ones this code's schema creates (a file
    built before one of them changed would measure the old one, or be refused by the app)."""
    import sqlite3

    from sqlalchemy.dialects import sqlite as dialect
    from sqlalchemy.schema import CreateIndex

    from legpain_gui.kb import schema
    from legpain_gui.kb.values import EXPECTED_SQL

    wanted = {index.name: " ".join(str(CreateIndex(index).compile(dialect=dialect.dialect())).split())
              for table in schema.Base.metadata.sorted_tables for index in table.indexes}
    wanted.update({name: " ".join(sql.split()) for name, sql in EXPECTED_SQL.items()})
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        stored = {name: " ".join((sql or "").split()) for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")}
    finally:
        con.close()
    return all(stored.get(name) == sql for name, sql in wanted.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default="offscreen", help="Qt platform: offscreen (default) or xcb")
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "bench.json")
    parser.add_argument("--scale", type=Path, default=ROOT / "db" / "scale.sqlite",
                        help="the scale knowledge base (built with db/build_scale.py when missing or out of date)")
    parser.add_argument("--quick", action="store_true",
                        help="start-up on the shipped knowledge base only (for trying a change; not the full report)")
    args = parser.parse_args()
    if args.quick:
        print(json.dumps(startup(args.runs, args.platform), indent=2))
        return 0
    if not _current(args.scale):
        print(f"building the scale knowledge base {args.scale} (missing, or made by an older build)", flush=True)
        subprocess.run([sys.executable, str(ROOT / "db" / "build_scale.py"), "--out", str(args.scale)], check=True)
    result = {"startup": startup(args.runs, args.platform)}
    result["startup_scale"] = startup(max(3, args.runs // 3), args.platform, args.scale)
    result["engine_shipped"] = engine(ROOT / "db" / "legpain.sqlite")
    result["engine_scale"] = engine(args.scale, repeats=3)
    s = result["startup"]
    print(f"Start-up, median of {s['runs']} interleaved runs ({s['platform']}):")
    print(f"  {'bare PySide6 window visible':<34}{s['bare_window_visible_ms']:>8.1f} ms")
    print(f"  {'legpain-gui window visible':<34}{s['app_window_visible_ms']:>8.1f} ms   ratio {s['visible_ratio']:.2f}x (target <= 1.2x)")
    print(f"  {'browser list shown':<34}{s['app_list_shown_ms']:>8.1f} ms   ratio {s['list_ratio']:.2f}x")
    print(f"  {'browser list and page shown':<34}{s['app_data_shown_ms']:>8.1f} ms   ratio {s['data_ratio']:.2f}x (target <= 2.0x)")
    print(f"  {'peak RSS at data shown (app / bare)':<34}{s['app_peak_rss_mib']:>8.1f} MiB / {s['bare_peak_rss_mib']:.1f} MiB   "
          f"ratio {s['rss_ratio']:.2f}x (target <= 1.3x)")
    print(f"  {'start-up finished':<34}{s['app_startup_finished_ms']:>8.1f} ms   ratio "
          f"{s['app_startup_finished_ms'] / s['bare_window_visible_ms']:.2f}x (target <= 4x; data layer open, checker ready)")
    print(f"  {'peak RSS then (app / bare)':<34}{s['app_peak_rss_finished_mib']:>8.1f} MiB / {s['bare_peak_rss_mib']:.1f} MiB   "
          f"ratio {s['rss_finished_ratio']:.2f}x")
    sc = result["startup_scale"]
    print(f"Scale knowledge base ({sc['runs']} interleaved runs, bare window {sc['bare_window_visible_ms']:.1f} ms / "
          f"{sc['bare_peak_rss_mib']:.1f} MiB):")
    print(f"  window visible {sc['app_window_visible_ms']:.1f} ms ({sc['visible_ratio']:.2f}x), list shown "
          f"{sc['app_list_shown_ms']:.1f} ms ({sc['list_ratio']:.2f}x), list and page {sc['app_data_shown_ms']:.1f} ms "
          f"({sc['data_ratio']:.2f}x), peak RSS then {sc['app_peak_rss_mib']:.1f} MiB ({sc['rss_ratio']:.2f}x)")
    print(f"  start-up finished {sc['app_startup_finished_ms']:.1f} ms (target <= 2000 ms), peak RSS then "
          f"{sc['app_peak_rss_finished_mib']:.1f} MiB")
    print(f"{'':34}{'shipped':>12}{'scale':>12}   targets (shipped / scale); checks as the app asks: the "
          f"leading results")
    es, ec = result["engine_shipped"], result["engine_scale"]
    rows = [("conditions", "conditions", ""), ("search p50 (ms)", "search_p50_ms", ""),
            ("search p95 (ms)", "search_p95_ms", "- / <= 10"), ("check, 5 findings (ms)", "check_5_ms", ""),
            ("check, 10 findings (ms)", "check_10_ms", "<= 10 / <= 150"), ("check, 20 findings (ms)", "check_20_ms", ""),
            ("check, 10, every result as JSON", "check_10_all_json_ms", "(the CLI's contract)"),
            ("comparison, 3 conditions (ms)", "compare_3_ms", ""),
            ("comparison, 6 conditions (ms)", "compare_6_ms", "- / <= 150"),
            ("text extraction, first (ms)", "extract_first_ms", ""),
            ("text extraction, after (ms)", "extract_400_words_ms", "<= 150 / -")]
    for label, key, target in rows:
        print(f"  {label:<32}{es[key]:>12}{ec[key]:>12}   {target}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(f"JSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fuzz over crafted knowledge bases (issue 18, failure 22): every column of every table given values outside
its vocabulary or type, plus views, triggers, virtual tables and missing parts; each file is opened by every CLI
command (in this process) and, for a sample, by the real GUI (in a process of its own).

    PYTHONPATH=. python tests/reliability/fuzz_kb.py [--gui N] [--quick] [--commands search,--version]

Counts: inputs tried, files refused (exit 2, one sentence), files accepted, tracebacks, hangs, refusals that
were not one sentence. Exit 1 if any traceback, hang or long refusal was found.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

HOSTILE = [
    ("text", "not a number"), ("html", "<img src='file:///etc/hostname'><b>x</b>"), ("empty", ""),
    ("negative", -1), ("zero", 0), ("huge int", 2**62), ("huge real", 1e308), ("tiny real", 1e-300), ("real", 0.5),
    ("blob", b"\x00\xff\xfe"), ("null", None), ("long text", "x" * 100_000), ("unknown word", "sometimes"),
    ("json object", '{"a": 1}'), ("json garbage", "[[[["), ("deep json", "[" * 5000 + "]" * 5000),
    ("nul", "a\x00b"), ("surrogate-free unicode", "İı\u202e\ufeff"),
]
STRUCTURE = {
    "recursive view for hpo_search": [
        "DROP VIEW hpo_search",
        "CREATE VIEW hpo_search AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
        "SELECT n AS rowid, 'HP:1' AS hpo_id, 'x' AS name, 'y' AS synonyms FROM r"],
    "condition as a recursive view": [
        "ALTER TABLE condition RENAME TO condition_old",
        "CREATE VIEW condition AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
        "SELECT c.* FROM condition_old c, r"],
    "meta as a recursive view": [
        "ALTER TABLE meta RENAME TO meta_old",
        "CREATE VIEW meta AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
        "SELECT m.key, m.value FROM meta_old m, r"],
    "hpo_parent as a recursive view": [
        "DROP TABLE hpo_parent",
        "CREATE VIEW hpo_parent AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
        "SELECT 'HP:1' AS term_id, 'HP:2' AS parent_id FROM r"],
    "extra view": ["CREATE VIEW x AS SELECT 1"],
    "a trigger": ["CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END"],
    "fts with other content": ["DROP TABLE hpo_fts", "CREATE VIRTUAL TABLE hpo_fts USING fts5(hpo_id, name, synonyms)"],
    "a table missing": ["DROP TABLE red_flag"],
    "a column missing": ["ALTER TABLE condition_finding DROP COLUMN note"],
    "hpo_term empty": ["DELETE FROM hpo_term"],
    "no conditions": ["DELETE FROM condition"],
    "meta empty": ["DELETE FROM meta"],
    "meta disease count text": ["UPDATE meta SET value='many' WHERE key='hpo_disease_count'"],
    "meta temperature zero": ["INSERT OR REPLACE INTO meta VALUES ('calibration_temperature', '0')"],
    "meta temperature nan": ["INSERT OR REPLACE INTO meta VALUES ('calibration_temperature', 'nan')"],
    "meta cant-miss text": ["INSERT OR REPLACE INTO meta VALUES ('cant_miss_urgent', 'high')"],
    "hpo cycle": ["INSERT INTO hpo_parent SELECT parent_id, term_id FROM hpo_parent LIMIT 50"],
    "finding without hpo term": ["DELETE FROM hpo_term WHERE id IN (SELECT hpo_id FROM condition_finding LIMIT 3)"],
    "dangling differential": ["UPDATE differential SET other_id='no-such-condition'"],
    "ages unknown": ["UPDATE condition SET ages='toddler,strict'"],
    "clauses wrong shape": ["UPDATE triage_rule SET clauses_json='[[{\"concept\": 1}]]'"],
    "clauses age unknown": ["UPDATE triage_rule SET clauses_json='[[{\"age\": \"ancient\"}]]'"],
    "items not texts": ["UPDATE criteria_set SET items_json='[1, 2, {\"a\": 3}]'"],
}


def build_fixture(folder: Path) -> Path:
    from legpain_gui.kbbuild import build

    out = folder / "fixture.sqlite"
    build(ROOT / "tests" / "fixtures" / "kb", out, min_findings=5)
    out.with_suffix(".manifest.json").unlink(missing_ok=True)  # a crafted --db has no manifest (or a forged one)
    return out


def columns() -> dict[str, dict[str, object]]:
    from legpain_gui.kb.values import COLUMNS

    return COLUMNS


def craft(base: Path, target: Path, statements: list[tuple[str, tuple]]) -> bool:
    """A copy of `base` with `statements` applied; False when SQLite would not store the value."""
    shutil.copy(base, target)
    con = sqlite3.connect(target)
    try:
        for sql, params in statements:
            con.execute(sql, params)
        con.commit()
    except sqlite3.Error:
        return False
    finally:
        con.close()
    return True


def commands(kb_ids: tuple[str, str], hpo: str) -> list[list[str]]:
    a, b = kb_ids
    return [["list"], ["show", a], ["search", "pain"], ["search", "zzqx"], ["doctor"], ["--version"],
            ["check", "--present", hpo, "--age", "60"], ["compare", a, b], ["show", a, "--json"],
            ["check", "--present", hpo, "--json"]]


def run_cli(argv: list[str]) -> tuple[str, int, str]:
    """('ok'|'refused'|'traceback', exit code, stderr) of one in-process CLI run."""
    from legpain_gui.cli import run

    err, out = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = run(argv)
    except SystemExit as exc:
        code = exc.code
    except BaseException as exc:  # noqa: BLE001  (a traceback is what we count)
        return "traceback", -1, f"{exc.__class__.__name__}: {exc}"
    return ("ok" if code in (0, 1) else "refused"), code, err.getvalue()


MEMORY_LIMIT = 3 << 30  # bytes of address space for the commands on one file
TIME_LIMIT = 120  # seconds for the commands on one file


def run_isolated(argvs: list[list[str]], target: Path) -> list[tuple[list[str], tuple]]:
    """Every command on one file in a forked child with a memory limit and a time limit, so that one file's
    blow-up (or the checker model kept by gc.freeze) cannot spill into the next; a child that runs out of
    memory, crashes or overruns is reported as such."""
    import json
    import os
    import resource
    import select
    import signal

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        out = []
        for argv in argvs:
            t0 = time.time()
            try:
                kind, code, err = run_cli(argv + ["--db", str(target)])
            except MemoryError:
                kind, code, err = "memory", -1, "MemoryError"
            out.append((argv, (kind, code, err, time.time() - t0)))
        with os.fdopen(write_end, "w") as handle:
            json.dump(out, handle)
        os._exit(0)
    os.close(write_end)
    chunks, deadline = [], time.time() + TIME_LIMIT
    with os.fdopen(read_end) as handle:
        while time.time() < deadline:
            ready, _, _ = select.select([handle], [], [], max(0.0, deadline - time.time()))
            if not ready:
                break
            chunk = handle.read()
            chunks.append(chunk)
            break
    if not chunks:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return [(argvs[0], ("hang", -1, f"no answer in {TIME_LIMIT} s", TIME_LIMIT))]
    _, status = os.waitpid(pid, 0)
    try:
        return [(a, tuple(r)) for a, r in json.loads("".join(chunks))]
    except ValueError:
        return [(argvs[0], ("crash", -1, f"the child ended with status {status}", 0))]


def one_sentence(err: str) -> bool:
    lines = [line for line in err.strip().splitlines() if not line.startswith(("usage:", " "))]
    return len(lines) == 1 and "Traceback" not in err and len(lines[0]) < 400


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gui", type=int, default=12, help="how many crafted files to open in the real GUI")
    parser.add_argument("--quick", action="store_true", help="one command per file (list), not every command")
    parser.add_argument("--commands", default="", help="only these commands, comma-separated (e.g. search,--version)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fuzz-kb-"))
    base = build_fixture(work)
    con = sqlite3.connect(base)
    ids = tuple(r[0] for r in con.execute("SELECT id FROM condition ORDER BY id LIMIT 2"))
    hpo = con.execute("SELECT hpo_id FROM condition_finding LIMIT 1").fetchone()[0]
    con.close()
    cases: list[tuple[str, list[tuple[str, tuple]]]] = []
    for table, cols in columns().items():
        for column in cols:
            for label, value in HOSTILE:
                cases.append((f"{table}.{column} = {label}",
                              [(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid IN '
                                f'(SELECT rowid FROM "{table}" LIMIT 1)', (value,))]))
    for label, statements in STRUCTURE.items():
        cases.append((label, [(s, ()) for s in statements]))
    counts = {"inputs": 0, "not storable": 0, "runs": 0, "refused": 0, "accepted": 0, "tracebacks": 0,
              "hangs": 0, "long refusals": 0, "gui runs": 0, "gui errors shown": 0, "gui ready": 0,
              "gui failures": 0}
    problems: list[str] = []
    gui_cases = []
    started = time.time()
    for n, (label, statements) in enumerate(cases):
        target = work / f"case{n}.sqlite"
        counts["inputs"] += 1
        if not craft(base, target, statements):
            counts["not storable"] += 1
            target.unlink(missing_ok=True)
            continue
        chosen = commands(ids, hpo)[:1] if args.quick else commands(ids, hpo)
        if args.commands:
            chosen = [c for c in chosen if c[0] in args.commands.split(",")]
        results = run_isolated(chosen, target)
        refused_once = False
        for argv, (kind, code, err, seconds) in results:
            counts["runs"] += 1
            if kind in ("hang", "memory", "crash"):
                counts["hangs" if kind == "hang" else "tracebacks"] += 1
                problems.append(f"{kind}: {label}: {argv}: {err[:200]}")
                continue
            if seconds > 30:
                counts["hangs"] += 1
                problems.append(f"slow ({seconds:.0f} s): {label}: {argv}")
            if kind == "traceback":
                counts["tracebacks"] += 1
                problems.append(f"traceback: {label}: {argv}: {err[:200]}")
            elif kind == "refused":
                counts["refused"] += 1
                refused_once = True
                if not one_sentence(err):
                    counts["long refusals"] += 1
                    problems.append(f"not one sentence: {label}: {argv}: {err[:300]!r}")
            else:
                counts["accepted"] += 1
        if "view" in label or refused_once or "." not in label:
            gui_cases.append((label, target))
        else:
            target.unlink(missing_ok=True)
    if args.gui:
        from tests.reliability.harness import run_window

        step = max(1, len(gui_cases) // args.gui)
        for label, target in gui_cases[::step][: args.gui]:
            counts["gui runs"] += 1
            try:
                report = run_window(target, work / "data", seconds=40, timeout=120)
            except Exception as exc:  # noqa: BLE001  (a hang or a crash of the GUI process)
                counts["gui failures"] += 1
                problems.append(f"GUI: {label}: {exc.__class__.__name__}: {str(exc)[:200]}")
                continue
            unexplained = [e for e in report["errors"] if "Traceback" in e or e.startswith("Something went wrong")
                           or e.count("\n") > 2]
            if report["errors"]:
                counts["gui errors shown"] += 1
            if report["ready"]:
                counts["gui ready"] += 1
            if unexplained or not report["idle"] or len(report["errors"]) > 1:
                counts["gui failures"] += 1
                problems.append(f"GUI: {label}: {report['errors']} idle={report['idle']}")
    shutil.rmtree(work, ignore_errors=True)
    for line in problems:
        print(line)
    print(" · ".join(f"{k}: {v}" for k, v in counts.items()) + f" · {time.time() - started:.0f} s")
    return 1 if counts["tracebacks"] or counts["hangs"] or counts["long refusals"] or counts["gui failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

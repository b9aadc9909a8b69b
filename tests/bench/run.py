#!/usr/bin/env python3
"""`make bench`: start-up of the app next to a bare PySide6 window, measured in the same run.

Each run starts a fresh process and reads when its window became visible (and, for the app, when the
list and the first page were shown). Runs of the app and of the baseline are interleaved; medians are
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

ROOT = Path(__file__).resolve().parents[2]


def _run(cmd: list[str], env: dict) -> dict[str, float]:
    start = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    marks = {}
    for line in proc.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("visible", "data"):
            marks[name] = (float(value) - start) * 1000
    if "visible" not in marks:
        raise SystemExit(f"no window from {' '.join(cmd)}:\n{proc.stderr[-2000:]}")
    return marks


def startup(runs: int, platform: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, LEGPAIN_GUI_STARTUP_PROBE="1")
    app_cmd = [sys.executable, "-m", "legpain_gui"]
    bare_cmd = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    app_visible, app_data, bare_visible = [], [], []
    with tempfile.TemporaryDirectory() as data_dir:
        env["LEGPAIN_GUI_DATA_DIR"] = data_dir
        _run(app_cmd, env), _run(bare_cmd, env)  # warm the file cache once
        for _ in range(runs):
            a = _run(app_cmd, env)
            b = _run(bare_cmd, env)
            app_visible.append(a["visible"])
            app_data.append(a.get("data", float("nan")))
            bare_visible.append(b["visible"])
    med = statistics.median
    return {
        "runs": runs, "platform": platform,
        "bare_window_visible_ms": round(med(bare_visible), 1),
        "app_window_visible_ms": round(med(app_visible), 1),
        "app_data_shown_ms": round(med(app_data), 1),
        "visible_ratio": round(med(app_visible) / med(bare_visible), 2),
        "data_ratio": round(med(app_data) / med(bare_visible), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default="offscreen", help="Qt platform: offscreen (default) or xcb")
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "bench.json")
    args = parser.parse_args()
    result = {"startup": startup(args.runs, args.platform)}
    s = result["startup"]
    print(f"Start-up, median of {s['runs']} interleaved runs ({s['platform']}):")
    print(f"  {'bare PySide6 window visible':<34}{s['bare_window_visible_ms']:>8.1f} ms")
    print(f"  {'legpain-gui window visible':<34}{s['app_window_visible_ms']:>8.1f} ms   ratio {s['visible_ratio']:.2f}x (target <= 1.5x)")
    print(f"  {'legpain-gui data shown':<34}{s['app_data_shown_ms']:>8.1f} ms   ratio {s['data_ratio']:.2f}x")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(f"JSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run `start_window.py` in a fresh process with a given environment and read its one-line report."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("start_window.py")


def run_window(kb: Path, data_dir: Path, env: dict | None = None, seconds: float = 20.0,
               timeout: float = 60.0) -> dict:
    """The report of one start of the real window (raises subprocess.TimeoutExpired if it hangs)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **(env or {})}
    out = subprocess.run([sys.executable, str(SCRIPT), str(kb), str(data_dir), str(seconds)], env=full_env,
                         capture_output=True, text=True, timeout=timeout)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report (exit {out.returncode}): {out.stderr[-2000:]}"
    report = json.loads(lines[-1])
    report["stderr"] = out.stderr
    return report


def turkish_locale(folder: Path) -> dict | None:
    """Environment variables for tr_TR.UTF-8: the system's, or compiled into `folder` with localedef.
    None when neither is possible."""
    installed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()
    env = {"LC_ALL": "tr_TR.UTF-8", "LANG": "tr_TR.UTF-8"}
    if "tr_tr.utf8" in installed:
        return env
    if shutil.which("localedef") is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["localedef", "-i", "tr_TR", "-f", "UTF-8", str(folder / "tr_TR.UTF-8")],
                   capture_output=True, text=True)
    if not (folder / "tr_TR.UTF-8").exists():
        return None
    return {**env, "LOCPATH": str(folder)}

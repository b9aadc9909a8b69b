"""Writes are atomic: a writing process killed with SIGKILL at random points, 100 times, leaves a file that
passes PRAGMA integrity_check and holds every save that was reported complete."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("userdata_writer.py")
KILLS = 100


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_at_random_points_loses_nothing_completed(tmp_path):
    rng = random.Random(1234)
    folder = tmp_path / "data"
    completed: dict[str, int] = {}  # key -> last save index reported complete
    next_index = 0
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(folder), str(next_index)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        for line in out.splitlines():
            if line.startswith("saved "):
                i = int(line.split()[1])
                completed[f"condition-{i % 40}"] = i
                next_index = max(next_index, i + 1)
        next_index += 1000  # a fresh range, so each save is identifiable
        con = sqlite3.connect(folder / "userdata.sqlite")
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            notes = dict(con.execute("SELECT condition_id, text FROM note"))
        finally:
            con.close()
        for key, i in completed.items():
            stored = int(notes[key].split()[1])
            assert stored >= i, f"{key}: save {i} was reported complete but the file holds {stored}"
    print(f"{KILLS} kills, {len(completed)} keys checked, every completed save present")

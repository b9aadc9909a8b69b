#!/usr/bin/env python3
"""Package figures: .deb size, installed size, and the frozen app's start next to the venv app's.

Start-up is measured as in tests/bench/run.py (time from process start to a visible window, and to data
on screen), interleaving frozen and venv runs; medians are printed. Writes build/bench-package.json."""
from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
from run import _run  # noqa: E402


def main(runs: int = 11) -> int:
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "legpain_gui" / "__init__.py").read_text()).group(1)
    deb = ROOT / "dist" / f"legpain-gui_{version}_amd64.deb"
    if not deb.exists():
        print(f"{deb} is missing: run `make package` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        installed = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file() and not p.is_symlink())
        control = subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True, text=True).stdout
        frozen = [str(Path(tmp) / "opt" / "legpain-gui" / "legpain-gui")]
        venv = [sys.executable, "-m", "legpain_gui"]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEGPAIN_GUI_STARTUP_PROBE="1")
        with tempfile.TemporaryDirectory() as data:
            env["LEGPAIN_GUI_DATA_DIR"] = data
            _run(frozen, env), _run(venv, env)
            f_vis, f_data, v_vis, v_data = [], [], [], []
            for _ in range(runs):
                a, b = _run(frozen, env), _run(venv, env)
                f_vis.append(a["visible"]), f_data.append(a.get("data", float("nan")))
                v_vis.append(b["visible"]), v_data.append(b.get("data", float("nan")))
    med = statistics.median
    result = {
        "deb_bytes": deb.stat().st_size, "deb_mb": round(deb.stat().st_size / 1e6, 1),
        "installed_bytes": installed, "installed_mib": round(installed / 2**20, 1),
        "installed_mb": round(installed / 1e6, 1), "dpkg_installed_size_kib": int(control.strip() or 0),
        "runs": runs, "frozen_visible_ms": round(med(f_vis), 1), "venv_visible_ms": round(med(v_vis), 1),
        "frozen_data_ms": round(med(f_data), 1), "venv_data_ms": round(med(v_data), 1),
    }
    result["visible_ratio"] = round(result["frozen_visible_ms"] / result["venv_visible_ms"], 2)
    result["data_ratio"] = round(result["frozen_data_ms"] / result["venv_data_ms"], 2)
    print(f"Package {deb.name}")
    print(f"  .deb size            {result['deb_mb']:>8.1f} MB  (target <= 40 MB)")
    print(f"  installed size       {result['installed_mb']:>8.1f} MB = {result['installed_mib']:.1f} MiB "
          f"(dpkg Installed-Size {result['dpkg_installed_size_kib']} KiB; target <= 110 MB)")
    print(f"Start-up, median of {runs} interleaved runs (offscreen):")
    print(f"  window visible       frozen {result['frozen_visible_ms']:>7.1f} ms   venv {result['venv_visible_ms']:>7.1f} ms"
          f"   ratio {result['visible_ratio']:.2f}x (target <= 1.2x)")
    print(f"  data shown           frozen {result['frozen_data_ms']:>7.1f} ms   venv {result['venv_data_ms']:>7.1f} ms"
          f"   ratio {result['data_ratio']:.2f}x")
    out = ROOT / "build" / "bench-package.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Issue 21: PySide6's scan of every imported module answered from the module's name: no file is read or kept
in linecache, and every module PySide's own scan sees as a PySide user is still seen as one (so none loses its
"no feature" default; the others only differ between "no feature" and "ignore", alike while no module selects
a feature)."""
from __future__ import annotations

import subprocess
import sys


def test_the_scan_reads_no_source_and_keeps_every_pyside_user():
    code = (
        "import sys, linecache, builtins; import PySide6.QtWidgets; from legpain_gui.gui import feature_scan; "
        "assert feature_scan.install() and feature_scan.install(); "
        "feature = sys.modules['shibokensupport.feature']; scan = feature._mod_uses_pyside; "
        "before = len(linecache.cache); opened = []; real_open = builtins.open; "
        "builtins.open = lambda *a, **k: (opened.append(a[0]), real_open(*a, **k))[1]; "
        "mods = [m for m in list(sys.modules.values()) if getattr(m, '__file__', None)]; "
        "import legpain_gui.gui.main_window, legpain_gui.gui.browse.tab, legpain_gui.kb.first_view; "
        "answers = [scan(m) for m in list(sys.modules.values())]; builtins.open = real_open; "
        "after = len(linecache.cache); "
        "mods = [m for m in list(sys.modules.values()) if getattr(m, '__file__', None)]; "
        "kept = all(scan(m) for m in mods if scan.upstream(m)); "
        "qt = scan(sys.modules['legpain_gui.gui.main_window']); other = scan(sys.modules['json']); "
        "print(after - before, [p for p in opened if str(p).endswith('.py')] == [], kept, qt, other, len(mods) > 50)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "True", "True", "True", "False", "True"]

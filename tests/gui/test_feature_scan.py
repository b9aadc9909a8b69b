"""Issue 21: PySide6's scan of every imported module answered from the file's bytes: the same answers, and no
module's source kept in linecache."""
from __future__ import annotations

import subprocess
import sys


def test_the_scan_gives_pysides_answers_without_keeping_sources():
    code = (
        "import sys, linecache; import PySide6.QtWidgets; from legpain_gui.gui import feature_scan; "
        "assert feature_scan.install() and feature_scan.install(); "
        "feature = sys.modules['shibokensupport.feature']; scan = feature._mod_uses_pyside; "
        "before = len(linecache.cache); "
        "import legpain_gui.gui.main_window, legpain_gui.gui.browse.tab, legpain_gui.kb.first_view; "
        "after = len(linecache.cache); "
        "mods = [m for m in list(sys.modules.values()) if getattr(m, '__file__', None)]; "
        "same = all(scan(m) == scan.upstream(m) for m in mods); "
        "qt = scan(sys.modules['legpain_gui.gui.main_window']); "
        "print(after - before, same, qt, len(mods) > 50)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "True", "True", "True"]  # nothing cached; same answers; a Qt module is still seen as one

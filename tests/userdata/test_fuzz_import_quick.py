"""A short run of tests/reliability/fuzz_import.py inside the suite (30 files of each shape): 0 tracebacks,
0 changes to the person's existing data, every refusal one sentence. The script itself runs 7,000."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "reliability" / "fuzz_import.py"


def test_fuzzed_import_files_quick(capsys):
    spec = importlib.util.spec_from_file_location("fuzz_import", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--per-shape", "30"]) == 0, capsys.readouterr().out

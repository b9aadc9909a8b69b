"""Hostile command lines (issue 18, failures 23 and 24): one sentence and exit 2, never a traceback, a hang,
or a GUI that was not asked for."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from legpain_gui import __main__ as entry
from legpain_gui.cli import run

ROOT = Path(__file__).resolve().parents[2]


def _cli(argv: list[str], env: dict | None = None, timeout: float = 60, stdin: str | None = None):
    full = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "legpain_gui", *argv], capture_output=True, text=True,
                          timeout=timeout, env=full, input=stdin, errors="replace")


def _code(fn, *args) -> int:
    """The exit code, whether returned or raised by argparse (SystemExit)."""
    try:
        return fn(*args)
    except SystemExit as exc:
        return exc.code


def _one_sentence(err: str) -> bool:
    return "Traceback" not in err and err.strip().count("\n") == 0 and err.strip() != ""


@pytest.fixture()
def no_gui(monkeypatch):
    """Fail the test if the GUI would start."""
    from legpain_gui.gui import app

    started = []
    monkeypatch.setattr(app, "run_gui", lambda argv: started.append(argv) or 0)
    return started


@pytest.mark.parametrize("argv", [["lsit"], ["--json"], ["serch", "x"], ["--jsno"], ["list2", "--json"], ["-x"],
                                  ["--db", "x.sqlite", "shwo", "PAN"], ["PAN"]])
def test_a_mistyped_command_never_starts_the_gui(argv, no_gui, capsys):
    """Failure 24: `legpain-gui lsit` and `legpain-gui --json` started the GUI."""
    code = _code(entry.main, argv)
    assert no_gui == [] and code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    if argv[0] in ("lsit", "serch", "list2", "PAN"):
        assert "unknown command" in err


@pytest.mark.parametrize("argv", [[], ["--db", "some.sqlite"], ["--db=some.sqlite"], ["--data-dir", "/tmp/x"],
                                  ["-platform", "offscreen"], ["-style", "fusion", "--db", "k.sqlite"], ["-reverse"]])
def test_gui_options_still_start_the_gui(argv, no_gui):
    assert entry.main(argv) == 0 and no_gui == [argv]


def test_a_mistyped_command_without_a_display_is_exit_2_not_a_qt_abort():
    """Failure 24: with no display Qt aborted with exit 134 and 'Reinstalling the application may fix this'."""
    proc = _cli(["lsit"], env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert proc.returncode == 2 and "unknown command" in proc.stderr and "Reinstalling" not in proc.stderr


def test_no_display_is_one_sentence(tmp_path):
    proc = _cli(["--data-dir", str(tmp_path)], env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert proc.returncode == 2 and _one_sentence(proc.stderr) and "display" in proc.stderr


@pytest.mark.parametrize("db", ["", "x" * 5000, "/" + "a/" * 3000, "\udcff.sqlite", "nul\x01.sqlite", "."])
def test_odd_db_paths_are_one_sentence(db, capsys):
    """Failure 23: `--db ""` and a 5,000-character `--db` gave tracebacks."""
    assert _code(run, ["list", "--db", db]) == 2
    err = capsys.readouterr().err
    if db == "":  # argparse's refusal: the usage line, then one sentence
        assert "Traceback" not in err and "empty path" in err.splitlines()[-1]
    else:
        assert _one_sentence(err)


@pytest.mark.parametrize("command", [["list"], ["doctor"], ["--version"], ["show", "PAN"]])
def test_empty_db_from_a_real_process(command):
    proc = _cli(command + ["--db", ""])
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_pdf_to_a_fifo_does_not_hang(tmp_path):
    """Failure 23: `compare --pdf FIFO` waited for a reader forever."""
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    proc = _cli(["compare", "PAN", "GPA", "--pdf", str(fifo)], timeout=60)
    assert proc.returncode == 2 and _one_sentence(proc.stderr) and "not a regular file" in proc.stderr
    assert fifo.is_fifo()  # left as it was


def test_html_to_a_fifo_does_not_hang(tmp_path):
    fifo = tmp_path / "out.html"
    os.mkfifo(fifo)
    proc = _cli(["compare", "PAN", "GPA", "--html", str(fifo)], timeout=60)
    assert proc.returncode == 2 and _one_sentence(proc.stderr)


@pytest.mark.parametrize("env", [{"PYTHONUTF8": "0", "LC_ALL": "C", "LANG": "C"}, {"PYTHONIOENCODING": "ascii"},
                                 {"PYTHONIOENCODING": "latin-1"}])
@pytest.mark.parametrize("argv", [["show", "PAN"], ["search", "zzzzqqq"], ["search", "pain"], ["list"],
                                  ["show", "PAN", "--json"], ["check", "--present", "HP:0009027"],
                                  ["compare", "PAN", "GPA"], ["search", "é…"], ["show", "é"], ["--version"],
                                  ["extract", "-"]])
def test_an_ascii_terminal_gets_text_not_unicode_errors(env, argv):
    """Failure 23: PYTHONUTF8=0 with LC_ALL=C, or PYTHONIOENCODING=ascii, gave UnicodeEncodeError."""
    proc = _cli(argv, env=env, stdin="Severe calf pain, no fever; foot drop.")
    assert "Traceback" not in proc.stderr and "UnicodeEncodeError" not in proc.stderr, proc.stderr[-800:]
    assert proc.returncode in (0, 1), proc.stderr
    if "--json" in argv:
        import json

        assert json.loads(proc.stdout)["id"] == "polyarteritis-nodosa"


@pytest.mark.parametrize("option", ["--pdf", "--html"])
def test_export_onto_a_full_disk_keeps_the_earlier_file(tmp_path, option):
    """Failure 2: on a full disk a good earlier PDF was replaced by a truncated one; failure 3 for HTML."""
    from tests.reliability.disks import fill, small_disk

    with small_disk(tmp_path / "disk", 64) as disk:
        target = disk / "comparison.out"
        target.write_bytes(b"the earlier good file")
        fill(disk, leave=2048)
        proc = _cli(["compare", "PAN", "GPA", option, str(target)])
        assert proc.returncode == 2 and _one_sentence(proc.stderr) and "the disk is full" in proc.stderr
        assert target.read_bytes() == b"the earlier good file"


@pytest.mark.parametrize("option", ["--pdf", "--html"])
@pytest.mark.parametrize("case", ["read-only file", "a folder", "missing folder"])
def test_export_refusals_are_one_sentence(tmp_path, option, case, capsys):
    target = tmp_path / "out"
    if case == "read-only file":
        target.write_bytes(b"protected")
        os.chmod(target, 0o444)
    elif case == "a folder":
        target.mkdir()
    else:
        target = tmp_path / "nowhere" / "out"
    assert run(["compare", "PAN", "GPA", option, str(target)]) == 2
    assert _one_sentence(capsys.readouterr().err)
    assert case != "read-only file" or target.read_bytes() == b"protected"

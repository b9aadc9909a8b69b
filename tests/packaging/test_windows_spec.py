"""The PyInstaller spec as PyInstaller runs it on Windows (with stand-ins for its build classes): UTF-8 mode
in every executable, the version resource, and the trimmed bundle. `make windows` checks the real build."""
from __future__ import annotations

import re
import shutil
import types
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "legpain_gui.spec"


class _Analysis:
    def __init__(self, scripts, **kwargs):
        self.kwargs = kwargs
        self.scripts, self.pure, self.datas = scripts, [], []
        self.binaries = [(name, f"C:\\Python311\\Lib\\site-packages\\{name}", "BINARY") for name in (
            "PySide6/opengl32sw.dll", "PySide6/plugins/platforms/qwindows.dll",
            "PySide6/plugins/platforms/qoffscreen.dll", "PySide6/plugins/platforms/qminimal.dll",
            "PySide6/plugins/platforms/qdirect2d.dll", "PySide6/Qt6Network.dll", "PySide6/Qt6Core.dll",
            "PySide6/plugins/styles/qmodernwindowsstyle.dll", "PySide6/plugins/imageformats/qico.dll",
            "PySide6/plugins/imageformats/qgif.dll", "python311.dll")]


def _run_spec(tmp_path: Path, monkeypatch, platform: str, version: str = "1.2.3") -> dict:
    """Execute a copy of the spec in a small fake checkout; returns the EXE and Analysis calls."""
    (tmp_path / "packaging").mkdir()
    shutil.copy(SPEC, tmp_path / "packaging" / "legpain_gui.spec")
    (tmp_path / "legpain_gui").mkdir()
    (tmp_path / "legpain_gui" / "__init__.py").write_text(f'__version__ = "{version}"\n')
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "legpain.sqlite").write_bytes(b"")
    calls: dict = {"EXE": [], "Analysis": []}

    def analysis(*args, **kwargs):
        calls["Analysis"].append(_Analysis(*args, **kwargs))
        return calls["Analysis"][-1]

    def exe(*args, **kwargs):
        calls["EXE"].append((args, kwargs))
        return kwargs["name"]

    names = {"SPECPATH": str(tmp_path / "packaging"), "Analysis": analysis, "PYZ": lambda *a, **k: "pyz",
             "EXE": exe, "COLLECT": lambda *a, **k: calls.setdefault("COLLECT", (a, k)), "BUNDLE": lambda *a, **k: None}
    monkeypatch.setattr(sys, "platform", platform)
    hooks = types.ModuleType("PyInstaller.utils.hooks")  # PyInstaller's helpers, as stand-ins (a fresh venv has none)
    hooks.collect_data_files = lambda package, **k: calls.setdefault("data", []).append(package) or []
    hooks.collect_dynamic_libs = lambda package, **k: []
    hooks.collect_submodules = lambda package, **k: calls.setdefault("submodules", []).append(package) or []
    hooks.copy_metadata = lambda package, **k: []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    exec(compile((tmp_path / "packaging" / "legpain_gui.spec").read_text(), "legpain_gui.spec", "exec"), names)
    return calls


def _options(args: tuple) -> list:
    return [entry for entry in args[2] if entry[2] == "OPTION"]


def test_every_windows_executable_runs_python_in_utf8_mode(tmp_path, monkeypatch):
    calls = _run_spec(tmp_path, monkeypatch, "win32")
    names = [kwargs["name"] for _args, kwargs in calls["EXE"]]
    assert names == ["legpain-gui", "legpain-gui-cli"]  # the windowed app and the console CLI
    for args, _kwargs in calls["EXE"]:
        assert ("X utf8=1", None, "OPTION") in _options(args)


def test_windows_executables_carry_the_one_version_number(tmp_path, monkeypatch):
    calls = _run_spec(tmp_path, monkeypatch, "win32", version="2.10.4")
    files = {kwargs["version"] for _args, kwargs in calls["EXE"]}
    assert len(files) == 1
    text = Path(files.pop()).read_text(encoding="utf-8")
    assert "filevers=(2, 10, 4, 0)" in text and "prodvers=(2, 10, 4, 0)" in text
    assert re.search(r"StringStruct\('ProductVersion', '2\.10\.4'\)", text)
    assert re.search(r"StringStruct\('FileVersion', '2\.10\.4'\)", text)


def test_windows_bundle_is_trimmed(tmp_path, monkeypatch):
    calls = _run_spec(tmp_path, monkeypatch, "win32")
    analysis = calls["Analysis"][0]
    kept = {name for name, _src, _kind in analysis.binaries}
    assert "PySide6/plugins/platforms/qwindows.dll" in kept and "PySide6/Qt6Core.dll" in kept
    assert "PySide6/plugins/styles/qmodernwindowsstyle.dll" in kept and "PySide6/plugins/imageformats/qico.dll" in kept
    for dropped in ("PySide6/opengl32sw.dll", "PySide6/plugins/platforms/qoffscreen.dll",
                    "PySide6/plugins/platforms/qminimal.dll", "PySide6/plugins/platforms/qdirect2d.dll",
                    "PySide6/Qt6Network.dll", "PySide6/plugins/imageformats/qgif.dll"):
        assert dropped not in kept
    assert "_hashlib" in analysis.kwargs["excludes"]  # and with it the 5 MB libcrypto


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_other_platforms_keep_one_executable_without_a_windows_version_file(tmp_path, monkeypatch, platform):
    calls = _run_spec(tmp_path, monkeypatch, platform)
    assert [kwargs["name"] for _args, kwargs in calls["EXE"]] == ["legpain-gui"]
    assert "version" not in calls["EXE"][0][1]
    assert "_hashlib" not in calls["Analysis"][0].kwargs["excludes"]


def test_the_bundle_carries_the_clinic_store(tmp_path, monkeypatch):
    """Issue 20: the psycopg driver, SQLAlchemy's postgresql dialect, Alembic with the clinic migrations as
    files, and keyring's backends travel in the bundle (the .deb smoke test signs in with them)."""
    calls = _run_spec(tmp_path, monkeypatch, "linux")
    analysis = calls["Analysis"][-1].kwargs
    hidden = set(analysis["hiddenimports"])
    assert {"psycopg", "psycopg.pq.pq_ctypes", "sqlalchemy.dialects.postgresql.psycopg", "legpain_gui.clinic.store"} <= hidden
    assert "psycopg_binary" not in hidden and "psycopg_binary" in analysis["excludes"]  # the system's libpq5 instead
    assert "legpain_gui.clinic" in calls["data"] and {"alembic", "keyring.backends"} <= set(calls["submodules"])
    (tmp_path / "w").mkdir()
    windows = _run_spec(tmp_path / "w", monkeypatch, "win32")["Analysis"][-1].kwargs
    assert "psycopg_binary" in windows["hiddenimports"] and "psycopg_binary" not in windows["excludes"]


def test_a_build_python_without_the_clinic_extra_still_builds(tmp_path, monkeypatch):
    """The Wine Python of `make windows` has no psycopg, alembic or keyring: the spec leaves the clinic out."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in (
        "psycopg", "psycopg_binary", "alembic", "keyring") else real(name, *a))
    analysis = _run_spec(tmp_path, monkeypatch, "win32")["Analysis"][-1].kwargs
    assert "psycopg" not in analysis["hiddenimports"] and "sqlalchemy.dialects.sqlite" in analysis["hiddenimports"]
    assert {"ssl", "_ssl"} <= set(analysis["excludes"])  # nothing else needs them: no 5 MB libcrypto

"""The shape of the house: only gui/ imports Qt, and no package imports one above it.

Layers, lowest first (a module may import its own package and anything lower, never higher):
  paths, text   ->  kb  ->  checker, userdata, clinic  ->  kbbuild, compare  ->  render  ->  gui  ->  cli  ->  __main__
(kbbuild stores the checker's precomputed tables in the file it writes, so it sits above the checker.)
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "legpain_gui"
RANK = {"paths": 0, "text": 0, "atomic": 0, "record": 0, "__init__": 0, "kb": 1, "checker": 2, "userdata": 2, "clinic": 2,
        "kbbuild": 3,
        "compare": 3, "render": 4, "gui": 5, "cli": 6, "__main__": 7}
QT = ("PySide6", "shiboken6")


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        yield rel, rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
            out += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return out


def test_every_top_level_module_has_a_layer():
    assert {top for _, top in _modules()} <= set(RANK)


@pytest.mark.parametrize("rel, top", list(_modules()), ids=lambda x: str(x))
def test_imports_respect_the_layers_and_only_gui_imports_qt(rel, top):
    problems = []
    for line, name in _imports(PACKAGE / rel):
        if name.split(".")[0] in QT and top != "gui":
            problems.append(f"line {line}: {name} (only legpain_gui/gui imports Qt)")
        parts = name.split(".")
        if parts[0] != "legpain_gui" or len(parts) < 2 or parts[1] not in RANK:
            continue
        target = parts[1]
        if target != top and RANK[target] >= RANK[top]:
            problems.append(f"line {line}: {name} ({top} may not import {target})")
    assert not problems, f"{rel}: " + "; ".join(problems)


def test_the_main_window_is_thin_and_no_file_is_long():
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, long
    assert len((PACKAGE / "gui" / "main_window.py").read_text(encoding="utf-8").splitlines()) <= 250


def _excluded_from_installers() -> list[str]:
    """The EXCLUDES list of packaging/legpain_gui.spec: modules the installers leave out."""
    spec = ast.parse((PACKAGE.parent / "packaging" / "legpain_gui.spec").read_text(encoding="utf-8"))
    for node in spec.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "EXCLUDES" for t in node.targets):
            return [ast.literal_eval(e) for e in node.value.elts]
    raise AssertionError("packaging/legpain_gui.spec has no EXCLUDES list")


def test_the_app_imports_nothing_the_installers_leave_out():
    """A module the spec excludes (unicodedata, yaml...) imported by the app runs from a checkout and `make test`
    but fails in the installed app: only kbbuild, itself left out, may import them."""
    excluded = [e for e in _excluded_from_installers() if not e.startswith("legpain_gui.")]
    assert "unicodedata" in excluded
    found = []
    for rel, top in _modules():
        if top == "kbbuild":
            continue
        for line, name in _imports(PACKAGE / rel):
            if any(name == e or name.startswith(e + ".") for e in excluded):
                found.append(f"{rel}:{line} imports {name}")
    assert not found, found

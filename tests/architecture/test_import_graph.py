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
RANK = {"paths": 0, "text": 0, "atomic": 0, "__init__": 0, "kb": 1, "checker": 2, "userdata": 2, "clinic": 2,
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

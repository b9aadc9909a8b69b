"""The app starts and works whatever the locale and the settings file say (issue 18, failures 13, 16, 17, 30).

Each test starts the real window in a process of its own (tests/reliability/start_window.py): a locale
and a screen size are fixed when a process starts."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.reliability.harness import run_window, turkish_locale

ROOT = Path(__file__).resolve().parents[2]


def test_turkish_locale_starts_the_app(shipped_kb_path, tmp_path):
    """Failure 13: under tr_TR.UTF-8, QTimer(..., interval=...) failed (the dotted and dotless i)."""
    env = turkish_locale(tmp_path / "locales")
    if env is None:
        pytest.skip("no tr_TR.UTF-8 locale and no localedef to compile one")
    report = run_window(shipped_kb_path, tmp_path / "data", env=env)
    assert report["errors"] == []
    assert report["finished"] and report["conditions"] > 0


def test_no_qt_keyword_property_starts_with_i():
    """Failure 13, everywhere: PySide6 maps keyword properties to setters by changing the first letter's case
    under the C locale, which fails for 'i' under a Turkish locale. Use setters (setInterval) instead."""
    bad = []
    for path in (ROOT / "legpain_gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None) or ""
                if name.startswith("Q") and node.keywords:
                    bad += [f"{path.relative_to(ROOT)}:{node.lineno} {name}({k.arg}=)" for k in node.keywords
                            if k.arg and k.arg[0].lower() in "iı"]
    assert bad == []

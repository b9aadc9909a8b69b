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


@pytest.mark.parametrize("ini", [
    "[window]\ntab=abc\n[view]\ntext_scale=abc\n",
    "[window]\ntab=1.5\n[view]\ntext_scale=1,5\n",  # a decimal comma (QSettings reads it as a list)
    "[window]\ntab=99\n[view]\ntext_scale=nan\n",
    "[window]\ntab=-1\n[view]\ntext_scale=1e999\n",
    "[window]\ngeometry=@ByteArray(garbage)\ntab=\n[view]\ntext_scale=\ntheme=purple\n",
])
def test_a_bad_settings_file_does_not_stop_the_app(shipped_kb_path, tmp_path, ini):
    """Failure 16: a non-numeric tab or text_scale in settings.ini stopped the app with a traceback."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text(ini)
    report = run_window(shipped_kb_path, data)
    assert report["errors"] == [] and "Traceback" not in report["stderr"]
    assert report["finished"] and report["conditions"] > 0
    assert 0 <= report["tab"] <= 2 and 0.8 <= report["text_scale"] <= 2.0


def test_a_log_folder_that_cannot_be_created_does_not_stop_start_up(shipped_kb_path, tmp_path):
    """Failure 17: when logs/ could not be created the window stayed on 'Opening the knowledge base…'."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "logs").write_text("a file where the log folder should be")
    report = run_window(shipped_kb_path, data, seconds=15)
    assert report["finished"] and report["conditions"] > 0
    assert report["errors"] == []
    assert (data / "logs").read_text() == "a file where the log folder should be"


def test_the_window_fits_a_small_screen_at_scale_factor_2(shipped_kb_path, tmp_path):
    """Failure 30: QT_SCALE_FACTOR=2 on a 1400x900 screen: buttons, the list and the status bar were off screen."""
    config = tmp_path / "screen.json"
    config.write_text('{"screens": [{"name": "s", "x": 0, "y": 0, "width": 1400, "height": 900, '
                      '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    report = run_window(shipped_kb_path, tmp_path / "data",
                        env={"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": "2"})
    assert report["screen"] == [700, 450]  # the offscreen platform took the screen
    assert report["minimum"][0] <= 700 and report["minimum"][1] <= 450
    assert report["size"][0] <= 700 and report["size"][1] <= 450
    assert report["outside"] == []  # menu and status bar inside; every tab's controls reachable (scrolling)

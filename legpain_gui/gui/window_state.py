"""The main window's remembered state: size and place (never larger than the screen), tab, text size and
theme, read from settings.ini so that a damaged value falls back to its default instead of stopping the app."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def setting_number(settings: QSettings, key: str, default, kind, low, high):
    """A number from settings.ini; the default when the file holds anything else ('abc', '1,5', 'nan')."""
    try:
        value = kind(str(settings.value(key, default)).strip())
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default  # also rejects nan


def _available():
    screen = QApplication.primaryScreen()
    return screen.availableGeometry() if screen else None


def fit_minimum_to_screen(window) -> None:
    """900x600 at most, never more than the screen has room for (a large scale factor on a small screen)."""
    avail = _available()
    window.setMinimumSize(min(900, avail.width()) if avail else 900, min(600, avail.height()) if avail else 600)


def restore(window) -> None:
    """Geometry (shrunk to the screen), tab, text size and theme as the person left them."""
    avail, settings = _available(), window.settings
    geometry = settings.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(min(1320, int(avail.width() * 0.9)) if avail else 1280,
                      min(860, int(avail.height() * 0.9)) if avail else 820)
    if avail is not None and (window.width() > avail.width() or window.height() > avail.height()):
        window.resize(min(window.width(), avail.width()), min(window.height(), avail.height()))  # a larger screen's
    window.tabs.setCurrentIndex(setting_number(settings, "window/tab", 0, int, 0, 2))
    window.tabs.currentChanged.connect(lambda i: settings.setValue("window/tab", i))
    window.text_scale = setting_number(settings, "view/text_scale", 1.0, float, 0.5, 3.0)
    window.theme = str(settings.value("view/theme", "system") or "system")
    window.theme_actions.get(window.theme, window.theme_actions["system"]).setChecked(True)
    if window.text_scale != 1.0:
        window.set_text_scale(window.text_scale)

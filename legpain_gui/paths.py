"""The one place that knows where files are: source checkout, frozen bundle, and the user's data folder.

Environment overrides (for tests and administrators):
- LEGPAIN_GUI_DATA_DIR: the user-data folder (favourites, notes, logs).
- LEGPAIN_GUI_KB: the knowledge-base file to open when --db is not given.
- LEGPAIN_GUI_SYSTEM_CONFIG: the system-wide settings file an IT department deploys (clinic server).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "legpain-gui"


def is_frozen() -> bool:
    """True inside a PyInstaller build."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder that holds db/ and resources/: the checkout, or the unpacked frozen bundle."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


def default_kb_path() -> Path:
    """The bundled knowledge base (or LEGPAIN_GUI_KB)."""
    override = os.environ.get("LEGPAIN_GUI_KB")
    return Path(override) if override else bundle_root() / "db" / "legpain.sqlite"


def resources_dir() -> Path:
    """Icons, style sheets and help pages."""
    return bundle_root() / "resources"


def user_data_dir() -> Path:
    """The platform's per-user data folder for this app (not created here)."""
    override = os.environ.get("LEGPAIN_GUI_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_NAME


def system_config_file() -> Path:
    """The system-wide settings file (for all users of the machine): /etc/legpain-gui/legpain-gui.ini on
    Linux, %PROGRAMDATA%\\legpain-gui\\legpain-gui.ini on Windows, /Library/Application Support on macOS."""
    override = os.environ.get("LEGPAIN_GUI_SYSTEM_CONFIG")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("PROGRAMDATA") or "C:/ProgramData")
    elif sys.platform == "darwin":
        base = Path("/Library/Application Support")
    else:
        base = Path("/etc")
    return base / APP_NAME / f"{APP_NAME}.ini"

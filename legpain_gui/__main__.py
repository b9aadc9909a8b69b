"""Entry point: `legpain-gui` / `python -m legpain_gui`.

Only GUI options (--db, --data-dir, --clinic-db and Qt's own, such as -platform or -style) start the desktop app;
anything else runs the headless CLI, which answers a mistyped command with "unknown command" and exit 2
rather than opening a window nobody asked for. Nothing heavy is imported here.
"""
from __future__ import annotations

import sys

CLI_WORDS = {"list", "show", "search", "doctor", "check", "compare", "extract", "--version", "-h", "--help"}
GUI_OPTIONS = {"--db", "--data-dir", "--clinic-db"}  # each takes a value
# Qt's own command-line options (QGuiApplication / QApplication), with and without a value.
QT_OPTIONS = {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry", "-qwindowicon",
              "-qwindowtitle", "-session", "-style", "-stylesheet", "-display", "-geometry", "-title", "-name",
              "-qmljsdebugger", "-qwindowcontainer"}
QT_FLAGS = {"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync", "-noscreensaver"}


def starts_gui(argv: list[str]) -> bool:
    """True when every argument is a GUI option (with its value) or one of Qt's."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in GUI_OPTIONS or arg in QT_OPTIONS:
            i += 2
        elif (arg.split("=", 1)[0] in GUI_OPTIONS and "=" in arg) or arg in QT_FLAGS:
            i += 1
        else:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the CLI or the GUI; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if CLI_WORDS.intersection(argv) or not starts_gui(argv):
        from legpain_gui.cli import run

        return run(argv)
    from legpain_gui.gui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())

"""Entry point: `legpain-gui` / `python -m legpain_gui`.

No command starts the desktop app; a command (or --version / --help) runs the headless CLI.
Nothing heavy is imported here: the GUI and the CLI import what they need.
"""
from __future__ import annotations

import sys

CLI_WORDS = {"list", "show", "search", "doctor", "check", "compare", "extract", "--version", "-h", "--help"}


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the CLI or the GUI; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if CLI_WORDS.intersection(argv):
        from legpain_gui.cli import run

        return run(argv)
    from legpain_gui.gui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())

"""The entry point (legpain_gui.__main__) and the GUI's own options (gui.app.parse_gui_args): the options the
README gives start the desktop app, with their values read; anything else goes to the CLI."""
from __future__ import annotations

from pathlib import Path

import pytest

from legpain_gui.__main__ import starts_gui


@pytest.mark.parametrize("argv", [[], ["--db", "kb.sqlite"], ["--data-dir=/tmp/x"],
                                  ["--clinic-db", "postgresql://alice@clinic-db/legpain"],
                                  ["-platform", "offscreen", "--db", "kb.sqlite"]])
def test_gui_options_start_the_desktop_app(argv):
    assert starts_gui(argv)


@pytest.mark.parametrize("argv", [["check"], ["postgresql://alice@clinic-db/legpain"], ["--clinic"], ["--dbx", "a"]])
def test_anything_else_goes_to_the_cli(argv):
    assert not starts_gui(argv)


def test_the_gui_options_are_read_in_both_forms():
    from legpain_gui.gui.app import parse_gui_args

    args = parse_gui_args(["-platform", "offscreen", "--db", "kb.sqlite", "--data-dir=/tmp/x",
                           "--clinic-db", "postgresql://alice@clinic-db/legpain"])
    assert args.db == Path("kb.sqlite") and args.data_dir == Path("/tmp/x")
    assert args.clinic_db == "postgresql://alice@clinic-db/legpain"
    empty = parse_gui_args([])
    assert empty.db is None and empty.data_dir is None and empty.clinic_db is None


def test_the_entry_point_and_the_gui_know_the_same_options():
    from legpain_gui.__main__ import GUI_OPTIONS
    from legpain_gui.gui import app

    assert set(app.GUI_OPTIONS) == GUI_OPTIONS

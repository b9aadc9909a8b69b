"""Exporting and importing the person's notes, favourites and sets (File menu), through the worker."""
from __future__ import annotations

import json
from pathlib import Path

from legpain_gui.gui.common import lazy
from legpain_gui.text import decode_text_file


class UserDataTransfer:
    """File → Export my notes and favourites / Import notes and favourites."""

    def __init__(self, window):
        self.window = window

    def export(self) -> None:
        w = self.window
        backend = w.backend
        if backend is None:
            return
        path = lazy.dialogs.ask_save_path(w, "Export my notes and favourites",
                                          str(Path.home() / "legpain-gui-notes.json"), "legpain-gui exports (*.json)")
        if path is None:
            return

        def work():  # all at once or not at all: a failed export never leaves a cut-off file
            from legpain_gui.atomic import write_atomic

            data = json.dumps(backend.user.export_data(), indent=2, ensure_ascii=False).encode("utf-8")
            write_atomic(path, data)
            return path

        def failed(exc: BaseException) -> None:
            from legpain_gui.atomic import describe

            w.status.setText(f"Not exported: {path.name or path}.")
            lazy.dialogs.show_error(w, "Not exported", f"Could not write {path}: {describe(exc)}.")

        w.runner.submit(work, lambda p: w.status.setText(f"Exported to {p}"), failed)

    def import_(self) -> None:
        w = self.window
        backend = w.backend
        if backend is None:
            return
        path = lazy.dialogs.ask_open_path(w, "Import notes and favourites", str(Path.home()), "legpain-gui exports (*.json)")
        if path is None:
            return
        try:
            data = json.loads(decode_text_file(path.read_bytes()))  # UTF-8 with or without a BOM, or UTF-16
            conflicts = backend.user.import_conflicts(data)
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            lazy.dialogs.show_error(w, "Not imported", f"{path.name} could not be imported: {exc}")
            return
        replace = False
        if conflicts:
            answer = lazy.dialogs.ask_choice(
                w, "Notes already here",
                f"{len(conflicts)} condition(s) already have a different note here. Keep both (the imported text is "
                "added below yours), replace yours, or cancel?", ["Keep both", "Replace mine", "Cancel"])
            if answer in (None, "Cancel"):
                w.status.setText("Import cancelled; nothing changed.")
                return
            replace = answer == "Replace mine"

        def done(counts: dict) -> None:
            w.status.setText("Imported: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
            w.runner.submit(backend.user.favourites, w.browse.set_favourites)
            w.runner.submit(backend.user.comparison_sets, w.compare_ctl.refresh_sets)

        w.runner.submit(lambda: backend.user.import_data(data, replace_notes=replace), done)

"""Exporting and importing the person's notes, favourites, sets and sessions (File menu).

Everything slow runs on the worker: reading and checking the file, then the import itself, in one
transaction with a progress dialog that can cancel it. A refusal is one sentence and changes nothing; the
summary says what changed and what was left out; the open page's note is read again afterwards.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from legpain_gui.gui.common import lazy
from legpain_gui.text import decode_text_file


class _Progress(QObject):
    """Carries progress from the worker thread to the UI thread (a queued signal)."""

    moved = Signal(int, int)


class UserDataTransfer:
    """File → Export my notes and favourites / Import notes and favourites."""

    def __init__(self, window):
        self.window = window
        self._cancel = threading.Event()
        self._progress = _Progress()
        self._dialog = None

    def cancel(self) -> None:
        """Stop an import in progress (on quit): it is rolled back, nothing changes."""
        self._cancel.set()

    def export(self) -> None:
        from legpain_gui.userdata.transfer import write_export

        w = self.window
        backend = w.backend
        if backend is None:
            return
        path = lazy.dialogs.ask_save_path(w, "Export my notes and favourites",
                                          str(Path.home() / "legpain-gui-notes.json"), "legpain-gui exports (*.json)")
        if path is None:
            return

        def work():
            write_export(path, backend.user.export_data())
            return path

        def failed(exc: BaseException) -> None:
            from legpain_gui.atomic import describe

            w.status.setText(f"Not exported: {path.name or path}.")
            lazy.dialogs.show_error(w, "Not exported", f"Could not write {path}: {describe(exc)}.")

        w.runner.submit(work, lambda p: w.status.setText(f"Exported to {p}."), failed)

    def _refused(self, title: str, exc: BaseException, what: str) -> None:
        import logging

        from legpain_gui.userdata.errors import ImportCancelled, UserDataError

        logging.getLogger(__name__).warning("%s: %r", title, exc)
        if isinstance(exc, ImportCancelled):
            self._close_dialog()
            self.window.status.setText(str(exc))
            return
        if isinstance(exc, (UserDataError, ValueError)):
            message = str(exc)
        elif isinstance(exc, OSError):
            message = f"{what} ({(exc.strerror or 'a system error').lower()}); nothing was changed."
        else:
            message = f"{what} because of an unexpected error; nothing was changed."
        self._close_dialog()
        self.window.status.setText(f"{title}: {message}")
        lazy.dialogs.show_error(self.window, title, message)

    def import_(self) -> None:
        w = self.window
        backend = w.backend
        if backend is None:
            return
        path = lazy.dialogs.ask_open_path(w, "Import notes and favourites", str(Path.home()), "legpain-gui exports (*.json)")
        if path is None:
            return
        if w.browse is not None:
            w.browse.flush_note()  # what was typed is saved first; the import then merges with it
        w.status.setText(f"Reading {path.name}…")
        w.runner.submit(lambda: backend.read_import(path), lambda result: self._ask(result),
                        lambda exc: self._refused("Not imported", exc, f"{path.name} could not be read"))

    def _ask(self, result) -> None:
        w = self.window
        checked, conflicts = result
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
        self._cancel.clear()
        self._dialog = lazy.dialogs.progress_dialog(w, "Importing", "Importing notes and favourites…",
                                                    checked.size(), self._cancel.set)
        self._progress.moved.connect(self._moved)
        progress, cancelled = self._progress.moved.emit, self._cancel.is_set
        backend = w.backend
        w.runner.submit(lambda: backend.user.import_data(checked, replace, progress=progress, cancelled=cancelled),
                        self._done, lambda exc: self._refused("Not imported", exc, "The import failed"))

    def _moved(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _close_dialog(self) -> None:
        try:
            self._progress.moved.disconnect(self._moved)
        except (RuntimeError, TypeError):
            pass
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None

    def _done(self, counts: dict) -> None:
        from legpain_gui.userdata.transfer import summary

        w = self.window
        backend = w.backend
        self._close_dialog()
        w.status.setText(summary(counts))
        w.runner.submit(backend.user.favourites, w.browse.set_favourites)
        if w.compare_tab is not None:
            w.runner.submit(backend.user.comparison_sets, w.compare_ctl.refresh_sets)
        cid = w.browse.current_id
        if cid is not None:  # the open page's note may have been added to or replaced
            w.runner.submit(lambda: backend.user.note(cid),
                            lambda text: w.browse.notes.refresh(cid, text, "Updated by the import."))

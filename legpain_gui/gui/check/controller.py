"""The Check tab's controller: reports and completions from the background worker, the printable summary,
the person's saved checker sessions, the open patient (new, autosaved, offered back) and pasted cases."""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer

from legpain_gui.gui.common import ask_save, lazy, print_html, save_page

AUTOSAVE_MS = 800


class CheckController:
    """Wires one Check tab to the window's backend."""

    def __init__(self, window):
        self.window = window
        self.draft = None  # userdata.draft.Draft, once the tab exists
        self._autosave = QTimer(window)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._draft_failed = False
        self._paste = None

    def wire(self, tab) -> None:
        from legpain_gui.userdata.draft import Draft

        self.draft = Draft(self.window.data_dir)
        tab.patientChanged.connect(self._autosave.start)
        tab.entry.newPatientRequested.connect(self.new_patient)
        tab.entry.pasteRequested.connect(self.paste_case)
        tab.entry.restoreAccepted.connect(self.restore_draft)
        tab.entry.restoreDeclined.connect(self.discard_draft)
        self.offer_draft()  # before anything can be typed: the autosave never overwrites the kept patient
        tab.checkRequested.connect(self.check)
        tab.completionRequested.connect(self.complete)
        tab.compareRequested.connect(lambda ids: self.window.compare_ctl.show_top(ids))
        tab.exportRequested.connect(self.export_dialog)
        tab.printRequested.connect(self.print_summary)
        tab.saveRequested.connect(self.save_session)
        tab.openRequested.connect(self.open_session)

    def check(self, data: dict, seq: int) -> None:
        w = self.window
        if w.backend is None:
            return
        backend = w.backend
        w.runner.submit(lambda: backend.check(data), lambda out: w.check_tab.show_report(seq, out),
                        lambda exc: w.check_tab.show_error(seq, str(exc)))

    def complete(self, text: str, seq: int) -> None:
        w = self.window
        if w.backend is None:
            return
        backend = w.backend
        w.runner.submit(lambda: backend.complete(text), lambda hits: w.check_tab.show_completions(seq, hits))

    def _summary(self) -> str | None:
        from legpain_gui.render.check_html import summary_html

        tab = self.window.check_tab
        if not tab.report:
            self.window.status.setText("Enter findings first.")
            return None
        return summary_html(tab.report, tab.entered())

    def export(self, path: Path) -> None:
        page = self._summary()
        if page is not None:
            save_page(self.window, page, path, "Symptom checker summary")

    def export_dialog(self) -> None:
        if self._summary() is None:
            return
        path = ask_save(self.window, "Export checker summary", Path.home() / "checker-summary.pdf", "pdf")
        if path is not None:
            self.export(path)

    def print_summary(self) -> None:
        page = self._summary()
        if page is not None:
            print_html(self.window, page)

    def save_session(self) -> None:
        """Save the entered findings under a name, in the user's data file."""
        w = self.window
        if not w.check_tab.states or w.backend is None:
            w.status.setText("Nothing to save: enter findings first.")
            return
        name = lazy.dialogs.ask_text(w, "Save checker session", "Name of this session (no patient identifiers):",
                                     "Session")
        if not name or not name.strip():
            return
        backend, data = w.backend, w.check_tab.session()

        def saved(_) -> None:
            w.check_tab.entry.dirty = False
            w.status.setText(f"Session “{name.strip()}” saved.")

        w.runner.submit(lambda: backend.user.save_checker_session(name, data), saved)

    def open_session(self) -> None:
        w = self.window
        backend = w.backend
        if backend is None:
            return

        def chosen(sessions: dict) -> None:
            if not sessions:
                w.status.setText("No saved sessions yet.")
                return
            name = lazy.dialogs.ask_item(w, "Open checker session", "Session:", sorted(sessions))
            if name is None:
                return
            data = sessions.get(name)
            if not isinstance(data, dict) or not all(isinstance(h, str) for h in data.get("present", []) + data.get("absent", [])):
                lazy.dialogs.show_error(w, "Session not opened", f"The session “{name}” could not be opened: it is damaged.")
                return
            w.check_tab.load_session(data)
            w.tabs.setCurrentWidget(w.check_tab)
            w.status.setText(f"Opened “{name}”.")

        w.runner.submit(backend.user.checker_sessions, chosen)

    # ---- the open patient ----------------------------------------------------------------------------
    def new_patient(self) -> None:
        """Clear the patient (Undo brings it back); ask first when its findings are not saved as a session."""
        w = self.window
        entry = w.check_tab.entry
        if entry.is_empty():
            return
        if entry.states and entry.dirty:
            n = len(entry.states)
            answer = lazy.dialogs.ask_choice(
                w, "New patient", f"The {n} finding{'s' if n != 1 else ''} entered for this patient are not saved "
                "as a session. Start a new patient anyway? (Undo brings them back.)",
                ["Start a new patient", "Save session first…", "Cancel"])
            if answer == "Save session first…":
                self.save_session()
                return
            if answer != "Start a new patient":
                return
        entry.new_patient()
        w.status.setText("New patient: findings, age, sex and course cleared. Undo (Ctrl+Z) brings them back.")

    def save_draft(self) -> None:
        """Keep the open patient on disk (an empty patient removes the file)."""
        w = self.window
        if self.draft is None or w.check_tab is None:
            return
        draft, data = self.draft, w.check_tab.entry.value()
        w.runner.submit(lambda: draft.save(data), lambda _: self._draft_saved(), self._draft_failed_once)

    def flush_draft(self) -> None:
        """On quit: write what is pending now, on this thread (the worker is stopping)."""
        if self._autosave.isActive() and self.draft is not None and self.window.check_tab is not None:
            self._autosave.stop()
            try:
                self.draft.save(self.window.check_tab.entry.value())
            except (OSError, ValueError):
                pass  # already said while the app ran, or nothing to lose beyond this quit

    def _draft_saved(self) -> None:
        self._draft_failed = False

    def _draft_failed_once(self, exc: BaseException) -> None:
        if not self._draft_failed:
            self._draft_failed = True
            self.window.status.setText(f"The open patient could not be kept on disk ({exc.__class__.__name__}); "
                                       "save it as a session to keep it.")

    def offer_draft(self) -> None:
        """At start: offer back the patient open when the app last stopped (crash or quit)."""
        from legpain_gui.userdata.draft import DraftError

        w = self.window
        if self.draft is None:
            return
        try:
            found = self.draft.take()
        except DraftError as exc:
            w.status.setText(str(exc))
            return
        if found is None:
            return
        patient, saved = found
        self._pending = patient
        n = len(patient["present"]) + len(patient["absent"])
        when = time.strftime("%d %b %Y %H:%M", time.localtime(saved)) if saved else "an earlier session"
        w.check_tab.entry.offer_restore(f"A patient you were working on ({n} finding{'s' if n != 1 else ''}, "
                                        f"last changed {when}) was kept when the app stopped.")

    def restore_draft(self) -> None:
        w = self.window
        patient = getattr(self, "_pending", None)
        entry = w.check_tab.entry
        entry.hide_restore()
        if patient:
            entry.replace(patient)  # what was entered meanwhile: Undo brings it back
            w.status.setText("The patient you were working on is back.")
        self._pending = None
        if self.draft is not None:
            self.draft.drop_kept()

    def discard_draft(self) -> None:
        w = self.window
        w.check_tab.entry.hide_restore()
        self._pending = None
        if self.draft is not None:
            self.draft.drop_kept()
        w.status.setText("The kept patient was discarded.")

    # ---- paste a case ----------------------------------------------------------------------------------
    def paste_case(self) -> None:
        from legpain_gui.gui.check.paste import PasteDialog

        w = self.window
        if w.backend is None:
            w.status.setText("The knowledge base is not open: text cannot be read now.")
            return
        dialog = self._paste = PasteDialog(w, w.check_tab.entry.value())
        dialog.extractRequested.connect(self._extract)
        dialog.accepted.connect(lambda: self._enter_pasted(dialog))
        dialog.finished.connect(lambda _: setattr(self, "_paste", None))
        dialog.open()

    def _extract(self, text: str) -> None:
        w, dialog = self.window, self._paste
        backend = w.backend
        if backend is None or dialog is None:
            return
        w.runner.submit(lambda: backend.extract(text), lambda out: dialog.show_result(text, *out),
                        lambda exc: dialog.show_error(f"The text could not be read: {exc}"))

    def _enter_pasted(self, dialog) -> None:
        w = self.window
        chosen, patient = dialog.chosen(), dialog.patient()
        entry = w.check_tab.entry
        if patient:
            current = entry.patient.value()
            entry.patient.set_value({**current, **patient}, emit=False)
        entry.enter(chosen)
        w.status.setText(f"Entered {len(chosen)} reviewed finding{'s' if len(chosen) != 1 else ''} from the pasted text.")

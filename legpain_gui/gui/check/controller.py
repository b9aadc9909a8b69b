"""The Check tab's controller: reports and completions from the background worker, the printable summary,
and the person's saved checker sessions."""
from __future__ import annotations

from pathlib import Path

from legpain_gui.gui.common import ask_save, lazy, print_html, save_page


class CheckController:
    """Wires one Check tab to the window's backend."""

    def __init__(self, window):
        self.window = window

    def wire(self, tab) -> None:
        tab.checkRequested.connect(self.check)
        tab.completionRequested.connect(self.complete)
        tab.compareRequested.connect(lambda ids: self.window.compare_ctl.show(ids))
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
        w.runner.submit(lambda: backend.user.save_checker_session(name, data),
                        lambda _: w.status.setText(f"Session “{name.strip()}” saved."))

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

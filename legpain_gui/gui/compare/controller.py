"""The Compare tab's controller: building comparisons on the background worker, export and print, and the
person's saved sets (with undo of a delete)."""
from __future__ import annotations

from pathlib import Path

from legpain_gui.gui.common import ask_save, lazy, print_html, save_page
from legpain_gui.kb.vocab import MAX_COMPARED


class CompareController:
    """Wires one Compare tab to the window's backend."""

    def __init__(self, window):
        self.window = window
        self._undo_set = None

    def wire(self, tab) -> None:
        tab.idsChanged.connect(self.build_comparison)
        tab.idsChanged.connect(lambda ids: self.window.browse is not None and self.window.browse.set_compared(ids))
        tab.exportPdfRequested.connect(lambda: self.export_dialog("pdf"))
        tab.exportHtmlRequested.connect(lambda: self.export_dialog("html"))
        tab.printRequested.connect(self.print_comparison)
        tab.saveSetRequested.connect(self.save_set)
        tab.deleteSetRequested.connect(self.delete_set)
        tab.openSetRequested.connect(self.open_set)
        self.window.undo_button.clicked.connect(self.undo_delete_set)
        clinic = getattr(self.window, "clinic", None)
        if clinic is not None:  # the clinic's notes and shared sets, when a clinic store is named
            clinic.attach_compare()

    @property
    def ids(self) -> list[str]:
        return list(self.window.compare_tab.ids)

    def show(self, ids: list) -> None:
        """Put these conditions side by side and switch to the Compare tab."""
        self.window.compare_tab.set_ids(list(ids))
        self.window.tabs.setCurrentWidget(self.window.compare_tab)

    def add(self, condition_id: str) -> None:
        w = self.window
        if condition_id in w.compare_tab.ids:  # "✓ In comparison": open it
            w.tabs.setCurrentWidget(w.compare_tab)
            return
        w.compare_tab.add(condition_id)
        w.status.setText(f"{len(self.ids)} condition(s) in the comparison (Ctrl+2 to see it).")

    def show_top(self, ids: list) -> None:
        """The checker's leaders: replacing an open comparison of other conditions is asked first."""
        w = self.window
        current = list(w.compare_tab.ids)
        if current and not set(current) <= set(ids):
            names = ", ".join(w.compare_tab.names.get(i, i) for i in current)
            answer = lazy.dialogs.ask_choice(
                w, "Compare the top 3", f"The Compare tab holds another comparison ({names}). Replace it with the "
                "checker's top 3, or add the top 3 to it (at most 6)?", ["Replace", "Add to it", "Cancel"])
            if answer == "Add to it":
                ids = list(dict.fromkeys(current + list(ids)))[:MAX_COMPARED]
            elif answer != "Replace":
                return
        self.show(ids)

    def build_comparison(self, ids: list) -> None:
        w = self.window
        w.settings.setValue("compare/ids", ",".join(ids))
        if w.backend is None or len(ids) < 2:
            return
        backend = w.backend
        w.runner.submit(lambda: backend.compare(ids), w.compare_tab.set_comparison)

    def _html(self) -> str | None:
        from legpain_gui.render.compare_html import comparison_html

        comp = self.window.compare_tab.comparison
        if comp is None:
            self.window.status.setText("Choose at least two conditions to compare.")
            return None
        clinic = self.window.compare_tab.clinic_notes  # the clinic's notes, when a clinic store is in use
        if clinic is not None and list(clinic.ids) != [c["id"] for c in comp.conditions]:
            clinic = None
        return comparison_html(comp, *self.window.compare_tab.options(), clinic=clinic)

    def export(self, path: Path, kind: str) -> None:
        page = self._html()
        if page is not None:
            save_page(self.window, page, path, "Comparison", kind, landscape=True)

    def export_dialog(self, kind: str) -> None:
        if self._html() is None:
            return
        name = "-vs-".join(self.ids)[:80]
        path = ask_save(self.window, f"Export comparison ({kind.upper()})", Path.home() / f"{name}.{kind}", kind)
        if path is not None:
            self.export(path, kind)

    def print_comparison(self) -> None:
        page = self._html()
        if page is not None:
            print_html(self.window, page)

    # ---- saved sets ----------------------------------------------------------------------------------
    def refresh_sets(self, sets: dict) -> None:
        self.window.compare_tab.set_saved_sets(sets)

    def save_set(self) -> None:
        w = self.window
        if w.backend is None or len(self.ids) < 2:
            return
        name = lazy.dialogs.ask_text(w, "Save comparison set", "Name of this set:",
                                     " vs ".join(w.compare_tab.names.get(i, i) for i in self.ids)[:80])
        if not name or not name.strip():
            return
        self._store(name, self.ids, f"Saved the set “{name.strip()}”.")

    def _store(self, name: str, ids: list[str], said: str) -> None:
        """Save a named set in the user's data (background thread), then refresh the list of sets and say
        `said` (only once the write succeeded; a failure is reported instead)."""
        backend = self.window.backend

        def work():
            backend.user.save_comparison_set(name, ids)
            return backend.user.comparison_sets()

        def done(sets: dict) -> None:
            self.refresh_sets(sets)
            self.window.status.setText(said)

        self.window.runner.submit(work, done)

    def delete_set(self, name: str) -> None:
        w = self.window
        backend = w.backend
        if backend is None:
            return

        def work():
            ids = backend.user.comparison_sets().get(name, [])
            backend.user.delete_comparison_set(name)
            return ids, backend.user.comparison_sets()

        def done(result):
            ids, sets = result
            self.refresh_sets(sets)
            self._undo_set = (name, ids)
            w.undo_button.setText(f"Undo delete of “{name[:30]}”")
            w.undo_button.show()
            w.status.setText(f"Deleted the set “{name}”.")

        w.runner.submit(work, done)

    def undo_delete_set(self) -> None:
        if not self._undo_set or self.window.backend is None:
            return
        name, ids = self._undo_set
        self._undo_set = None
        self.window.undo_button.hide()
        self._store(name, ids, f"Restored the set “{name}”.")

    def open_set(self, name: str) -> None:
        w = self.window
        backend = w.backend
        if backend is not None:
            w.runner.submit(lambda: backend.user.comparison_sets().get(name, []),
                            lambda ids: ids and w.compare_tab.set_ids(ids))

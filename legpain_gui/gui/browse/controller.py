"""The Browse tab's controller: search, pages, favourites and notes through the background worker, and
printing or exporting the open page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from legpain_gui.gui.common import ask_save, lazy, print_html, save_page
from legpain_gui.gui.scheme import effective_theme


RECENT = 8


class BrowseController:
    """Wires one Browse tab to the window's backend; the tab itself never queries."""

    def __init__(self, window):
        self.window = window
        self.current_detail = None

    def build(self) -> None:
        """Create the Browse tab in place of its placeholder, wire it and restore its settings."""
        from legpain_gui.gui.browse.tab import BrowseTab

        w = self.window
        w.browse = b = BrowseTab()
        w.replace_tabs([(0, b, "&Browse")])
        b.searchRequested.connect(self.search)
        b.pageRequested.connect(self.load_page)
        b.favouriteToggled.connect(self.set_favourite)
        b.noteEdited.connect(self.save_note)
        b.compareRequested.connect(lambda cid: w.compare_ctl.add(cid))
        b.printRequested.connect(self.print_page)
        b.pdfRequested.connect(self.export_pdf_dialog)
        b.favourites_first.setChecked(w.settings.value("browse/favourites_first", "false") in (True, "true"))
        b.favourites_first.toggled.connect(lambda on: w.settings.setValue("browse/favourites_first", on))
        if w.tabs.currentIndex() == 0:
            b.search.setFocus()

    def search(self, query: str, seq: int) -> None:
        backend = self.window.backend
        if backend is not None:
            self.window.runner.submit(lambda: backend.search(query), lambda hits: self.window.browse.show_hits(seq, hits),
                                      lambda exc: self.search_failed(seq, exc))

    def search_failed(self, seq: int, exc: BaseException) -> None:
        """A search the knowledge base could not answer (a damaged index): one sentence under the box, no box,
        no SQL; the log keeps the detail."""
        import logging

        logging.getLogger(__name__).error(f"search failed: {exc!r}")
        self.window.browse.show_search_problem(seq, "The search could not be answered: the knowledge base file's "
                                                    "search index is damaged. Browse the list, or reinstall.")

    def load_page(self, condition_id: str) -> None:
        backend = self.window.backend
        if backend is not None:
            self.window.runner.submit(lambda: backend.page(condition_id), self.show_page)

    def show_page(self, result) -> None:
        """(detail, note, note problem) from the backend: the page, with the note or why it is missing."""
        from legpain_gui.render.page import condition_html, page_sections

        w = self.window
        detail, note, problem = result
        if detail is None:
            w.status.setText("That condition is not in this knowledge base.")
            return
        self.current_detail = detail
        theme = effective_theme(QApplication.instance())
        w.browse.show_page(detail, note, condition_html(detail, theme), page_sections(detail), problem)
        w.settings.setValue("browse/last_condition", detail.id)
        recent = [detail.id] + [i for i in str(w.settings.value("browse/recent", "") or "").split(",") if i and i != detail.id]
        w.settings.setValue("browse/recent", ",".join(recent[:RECENT]))
        w.setWindowTitle(f"{detail.name} · legpain-gui")
        w.dataShown.emit()

    def may_close(self) -> bool:
        """False when notes typed here could not be saved and the person chooses to stay."""
        b = self.window.browse
        if b is None or not b.notes.unsaved:
            return True
        return lazy.dialogs.ask_choice(
            self.window, "Notes not saved", f"{len(b.notes.unsaved)} note(s) typed here could not be saved; if you "
            "quit now, that text is lost.", ["Stay", "Quit anyway"]) == "Quit anyway"

    def show_start(self, switch: bool = False) -> None:
        """The start page: what the app is, the person's recent and favourite conditions, the three tabs
        (`switch`: and the Browse tab brought forward, as Go -> Start page does)."""
        from legpain_gui.render.start import start_html

        w = self.window
        b = w.browse
        if b is None:
            return
        names = dict(b.model.names()) if hasattr(b.model, "names") else {}
        recent = [(i, names[i]) for i in str(w.settings.value("browse/recent", "") or "").split(",") if i in names]
        favourites = sorted(((i, names[i]) for i in b._favourites if i in names), key=lambda x: x[1].casefold())
        self.current_detail = None
        b.show_start(start_html(len(names), b.model.categories(), favourites, recent, w.kb_version,
                                effective_theme(QApplication.instance())))
        if switch:
            w.tabs.setCurrentIndex(0)
        w.setWindowTitle("legpain-gui: autoimmune causes of severe leg pain")

    def rerender(self) -> None:
        """After a theme or text-size change: the open page again, at the same scroll position (the note box
        is left as it is: it may hold text not saved yet)."""
        from legpain_gui.render.page import condition_html

        if self.current_detail is None and self.window.browse is not None and self.window.browse.current_id is None:
            self.show_start()
        if self.current_detail is not None:
            page = self.window.browse.page
            bar = page.verticalScrollBar().value()
            page.setHtml(condition_html(self.current_detail, effective_theme(QApplication.instance())))
            page.verticalScrollBar().setValue(bar)

    def set_favourite(self, condition_id: str, on: bool) -> None:
        """Write the star; the status and the list follow the stored state, after the write (or its failure)."""
        w = self.window
        backend = w.backend
        if backend is None:
            return

        def work():
            backend.user.set_favourite(condition_id, on)
            return backend.user.favourites()

        def done(favourites: set[str]) -> None:
            w.browse.set_favourites(favourites)
            w.status.setText("Added to favourites." if on else "Removed from favourites.")

        def failed(exc: BaseException) -> None:
            w.browse.show_star()  # back to the stored state
            w.startup.user_problem(exc)

        w.runner.submit(work, done, failed)

    def save_note(self, condition_id: str, text: str, bases: list) -> None:
        """Save the note; a note changed in another window meanwhile is merged with this one, never lost."""
        from legpain_gui.userdata.errors import NoteConflict

        w = self.window
        backend, notes = w.backend, w.browse.notes
        if backend is None:
            notes.failed(condition_id, text, "The knowledge base is not open, so nothing can be saved.")
            return

        def failed(exc: BaseException, sent: str = text) -> None:
            if isinstance(exc, NoteConflict):
                merged = notes.merged(condition_id, exc.current, sent)
                w.runner.submit(lambda: backend.save_note(condition_id, merged, [exc.current]),
                                lambda stored: notes.saved(condition_id, stored, sent),
                                lambda again: failed(again, merged))
                return
            notes.failed(condition_id, sent, w.startup.user_problem(exc, status=False))

        w.runner.submit(lambda: backend.save_note(condition_id, text, bases),
                        lambda stored: (notes.saved(condition_id, stored), w.startup.user_ok()), failed)

    def refresh_note(self) -> None:
        """The window came back to the front: show the note as stored now, if nothing here is pending."""
        w = self.window
        browse, backend = w.browse, w.backend
        if backend is None or browse is None or not w.ready or backend.user_off or browse.current_id is None:
            return
        cid = browse.current_id
        if browse.notes.pending() or browse.note.isReadOnly():
            return
        w.runner.submit(lambda: backend.user.note(cid), lambda text: browse.notes.refresh(cid, text), lambda _: None)

    def focus_search(self) -> None:
        self.window.tabs.setCurrentWidget(self.window.browse)
        self.window.browse.focus_search()

    # ---- print and PDF -------------------------------------------------------------------------------
    def _page_html(self) -> str | None:
        from legpain_gui.render.page import condition_html

        if self.current_detail is None:
            self.window.status.setText("Open a condition first.")
            return None
        return condition_html(self.current_detail, "light", for_print=True)

    def export_pdf(self, path: Path) -> None:
        page = self._page_html()
        if page is not None:
            save_page(self.window, page, path, self.current_detail.name)

    def export_pdf_dialog(self) -> None:
        if self._page_html() is None:
            return
        path = ask_save(self.window, "Export PDF", Path.home() / f"{self.current_detail.id}.pdf", "pdf")
        if path is not None:
            self.export_pdf(path)

    def print_page(self) -> None:
        page = self._page_html()
        if page is not None:
            print_html(self.window, page)

"""What the GUI asks of core, bundled per request. Runs on the background thread only.

The views never touch the database: they ask the `TaskRunner` to call these functions and get plain
records back.
"""
from __future__ import annotations

from pathlib import Path

from legpain_gui.record import Record

FIRST_PAGE_HEAD = 2  # sections of the first page set before its first paint (setHtml of a whole page: 20-30 ms)
SHOWN_RESULTS = 200  # the ranking table holds the leading conditions; the triage reads every one


class Startup(Record):
    """What the full layer adds once open: the person's favourites and saved comparison sets."""

    favourites: set[str]
    comparison_sets: dict
    user_off: str | None = None  # why the person's data cannot be used this session (one sentence), or None
    notice: str | None = None  # something to say once about the data file (it was moved aside), or None


class Backend:
    """The knowledge base and user data of one window, opened on the background thread on first use.

    Creating it costs nothing. `first_view()` checks the file and reads the first screen with the standard
    library; `startup()` opens the knowledge base and readies the person's data file, still without SQLAlchemy
    (its import is 0.4 s); `kb` queries and `user` import it the first time a task touches them, and
    `warm()` does that right after start-up. Every call runs on the window's single background thread, in
    the order submitted, so a request made while the full layer is still loading simply waits its turn.
    """

    def __init__(self, kb_path: Path, data_dir: Path, verify_manifest: bool = False):
        self.kb_path, self.data_dir, self.verify_manifest = Path(kb_path), Path(data_dir), verify_manifest
        self._kb = self._user = None
        self.user_off: str | None = None  # set once the person's data failed to open: it stays off
        self._checked, self._first_id = False, None
        self._snapshot = self._opened = None  # the first screen's reading of the person's data; the readied file

    def first_view(self, condition_id: str | None):
        """The list and the person's data (a `FirstView`), before SQLAlchemy is imported; checks the file."""
        from legpain_gui.kb.file import CheckInThread

        checking = CheckInThread(self.kb_path, self.verify_manifest)  # first: it hashes while we import
        from legpain_gui.kb.first_view import read_first_view

        def warm() -> None:  # the first page needs it next; imported now only if the hash is not done yet
            from legpain_gui.render import page  # noqa: F401

        view = read_first_view(self.kb_path, self.data_dir, condition_id, self.verify_manifest, checking, warm)
        self._checked, self._first_id, self._snapshot = True, view.first_id, view.user
        return view

    def first_page(self, theme: str):
        """(detail, html, sections, head) of the page `first_view` chose, or None when there is none (or the
        file failed its check); `head` is the top of the page (FIRST_PAGE_HEAD sections), shown first."""
        if not self._checked or self._first_id is None:
            return None
        from legpain_gui.kb.first_view import read_page
        from legpain_gui.render.page import condition_html, page_sections

        detail = read_page(self.kb_path, self._first_id)
        if detail is None:
            return None
        return (detail, condition_html(detail, theme), page_sections(detail),
                condition_html(detail, theme, head_sections=FIRST_PAGE_HEAD))

    @property
    def kb(self):
        if self._kb is None:
            from legpain_gui.kb.store import KnowledgeBase

            self._kb = KnowledgeBase(self.kb_path, verify_manifest=self.verify_manifest, checked=self._checked)
        return self._kb

    @property
    def user(self):
        """The person's data; UserDataError (one sentence) when it cannot be used. Opened once: a file that
        failed to open is not tried again (and so not moved aside twice) in this session."""
        if self._user is None:
            from legpain_gui.userdata.errors import UserDataError
            from legpain_gui.userdata.store import UserData

            if self.user_off:
                raise UserDataError(self.user_off)
            try:
                opened, self._opened = self._opened, None  # readied at start-up: not inspected twice
                self._user = UserData(self.data_dir, opened)
            except UserDataError as exc:
                self.user_off = str(exc)
                raise
        return self._user

    def startup(self) -> Startup:
        """Open the knowledge base and ready the person's data file (recognised, moved aside if need be,
        migrated) with the standard library. The favourites and sets are the first screen's when that reading
        stands (the file was neither moved aside nor migrated since); otherwise the full layer reads them.
        The reference works without the person's data: a file that cannot be used is reported, not raised."""
        from legpain_gui.kb.vocab import USER_FILE_NAME
        from legpain_gui.userdata import opening
        from legpain_gui.userdata.errors import UserDataError

        self.kb  # noqa: B018  (opened now, after the first screen, rather than by the first request)
        try:
            if self._user is None and not self.user_off:
                self._opened = opened = opening.prepare(self.data_dir / USER_FILE_NAME)
                snap = self._snapshot  # None when the first screen left the file to the full layer
                if snap is not None and opened.notice is None:
                    return Startup(favourites=set(snap.favourites), comparison_sets=dict(snap.comparison_sets))
            user = self.user
            return Startup(favourites=user.favourites(), comparison_sets=user.comparison_sets(), notice=user.notice)
        except UserDataError as exc:
            self.user_off = self.user_off or str(exc)
            return Startup(favourites=set(), comparison_sets={}, user_off=str(exc))

    def warm(self) -> None:
        """After start-up: import SQLAlchemy and open the full layer, so that the first page opened, note saved
        or star set does not wait for it. The person's data failing to open now is raised (UserDataError)."""
        with self.kb.engine.connect():
            pass
        if not self.user_off:
            self.user  # noqa: B018

    def known_ids(self) -> set[str]:
        return {c.id for c in self.kb.conditions()}

    def save_note(self, condition_id: str, text: str, bases: list[str]) -> str:
        """Save a note unless another window changed it since (NoteConflict); returns the stored text."""
        return self.user.save_note(condition_id, text, base=bases)

    def read_import(self, path: Path):
        """(checked data, conflicting note ids) of an export file; ImportRefused with one sentence."""
        from legpain_gui.userdata.transfer import check_import, read_export_file

        checked = check_import(read_export_file(path), self.known_ids())
        return checked, self.user.import_conflicts(checked)

    def compare(self, ids: list[str]):
        from legpain_gui.checker.load import checker_model
        from legpain_gui.compare.table import build

        details = [self.kb.condition(i) for i in ids]
        missing = [i for i, d in zip(ids, details) if d is None]
        if missing:
            raise ValueError(f"Not in this knowledge base: {', '.join(missing)}")
        model, _ = checker_model(self.kb)
        return build(details, model)

    def search(self, query: str):
        from legpain_gui.kb.search import search

        return search(self.kb, query)

    def page(self, condition_id: str):
        """(detail, note, problem) of one condition: the note is None, with the problem in one sentence, when
        the person's data cannot be read; the page is shown all the same."""
        from legpain_gui.userdata.errors import UserDataError

        detail = self.kb.condition(condition_id)
        try:
            return detail, self.user.note(condition_id), None
        except UserDataError as exc:
            return detail, None, str(exc)

    def check_setup(self):
        """The checker's checklist (red flags first); loads the checker model."""
        from legpain_gui.checker.checklist import checklist
        from legpain_gui.checker.load import checker_model

        model, rules = checker_model(self.kb)
        return checklist(model, rules, limit=40)

    def complete(self, text: str):
        """(HPO terms for the finding box, close spellings when none matched)."""
        from legpain_gui.kb.search import close_queries, search_terms

        hits = search_terms(self.kb, text, limit=15)
        return hits, ([] if hits else close_queries(self.kb, text))

    def check(self, data: dict) -> dict:
        """The checker's report; raises CheckInputError with one sentence on bad input."""
        from legpain_gui.checker.engine import CheckInput, report
        from legpain_gui.checker.load import checker_model

        model, rules = checker_model(self.kb)
        return report(model, rules, CheckInput(present=tuple(data["present"]), absent=tuple(data["absent"]),
                                               age=data.get("age"), sex=data.get("sex"), course=data.get("course")),
                      limit=SHOWN_RESULTS)

    def warm_text_reader(self) -> None:
        """Build the text-to-findings lexicon ahead of the first pasted case (about 2 s)."""
        from legpain_gui.checker.load import lexicon

        lexicon(self.kb)

    def extract(self, text: str):
        """Findings of a pasted text, as rows for the clinician's review: (result, rows)."""
        from legpain_gui.checker.extract import extract
        from legpain_gui.checker.load import lexicon
        from legpain_gui.checker.review import review_rows

        result = extract(lexicon(self.kb), text)
        return result, review_rows(result)

    def close(self) -> None:
        if self._kb is not None:
            self._kb.close()
        if self._user is not None:
            self._user.close()

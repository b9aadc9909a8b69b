"""A workstation's view of the clinic store: what the server holds, plus what was typed here and not sent.

`ClinicClient` runs on a background thread only (the GUI's clinic worker, the load script, the tests). Every
change goes to the on-disk `Outbox` first, then to the server; `view()` answers even when the server is
down, from the last notes read and the changes waiting, with `online=False` and the reason.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from legpain_gui.clinic.errors import (
    ClinicConflict, ClinicError, ClinicForbidden,
)
from legpain_gui.clinic.oslock import POLL_S
from legpain_gui.clinic.outbox import CONFLICT, PENDING, REFUSED, Change, Outbox
from legpain_gui.clinic.store import ClinicStore, Stamped

log = logging.getLogger(__name__)
SET_NAME_CHARS = 200  # clinic_comparison_set.name


@dataclass(frozen=True)
class ClinicView:
    """What the clinic pane shows for one condition."""

    condition_id: str
    notes: list[Stamped]  # as the server holds them (or as last read, when offline)
    pathway: Stamped | None
    waiting: list[Change]  # changes typed here the server has not taken: pending, conflicts, refusals
    online: bool
    problem: str = ""  # why offline, one sentence ("clinic server unreachable, retrying")
    me: str = ""
    editor: bool = False
    server: str = ""
    last_read: str = ""  # when the notes shown were read from the server (HH:MM), when offline
    sent: list[str] = field(default_factory=list)  # keys of changes just sent


@dataclass(frozen=True)
class CompareView:
    """The clinic's part of the Compare tab: each compared condition's clinic notes, and the clinic's shared
    comparison sets."""

    ids: list[str]
    notes: dict[str, list[Stamped]]  # condition id -> its notes (as last read, when offline)
    sets: list[Stamped]
    waiting: dict[str, list[Change]]  # condition id -> notes typed here that the server has not taken yet
    online: bool
    problem: str = ""
    me: str = ""
    editor: bool = False
    last_read: str = ""  # when offline: when the notes shown were read (HH:MM), "" if never
    unread: tuple[str, ...] = ()  # when offline: the conditions whose notes were never read (not known)

    def may_change(self, item: Stamped) -> bool:
        """Whether the signed-in person may change or delete it (the server decides; this only greys buttons)."""
        return self.online and (item.author == self.me or self.editor)


class ClinicClient:
    """One server, one user-data folder."""

    def __init__(self, url: str, data_dir: Path, server_label: str = "", store: ClinicStore | None = None):
        from sqlalchemy.engine import make_url

        self.store = store or ClinicStore(url)
        self.server = server_label or make_url(url).set(password=None).render_as_string()  # never the password
        self.outbox = Outbox(data_dir, self.server)
        self._cache: dict[str, tuple[list[Stamped], Stamped | None, str]] = {}
        self._seen: dict[str, tuple[list[Stamped], str]] = {}  # condition id -> (notes, when read)
        self._sets: list[Stamped] = []
        self.me, self.editor = "", False

    def close(self) -> None:
        self.store.close()

    # ---- changes ------------------------------------------------------------------------------------------
    def add(self, condition_id: str, text: str) -> ClinicView:
        self.outbox.add(Change("add", condition_id, text))
        return self.view(condition_id)

    def edit(self, note: Stamped, text: str) -> ClinicView:
        self.outbox.add(Change("edit", note.condition_id, text, note_id=note.key, base_version=note.version))
        return self.view(note.condition_id)

    def delete(self, note: Stamped) -> ClinicView:
        self.outbox.add(Change("delete", note.condition_id, note.text, note_id=note.key, base_version=note.version))
        return self.view(note.condition_id)

    def write_pathway(self, condition_id: str, text: str, current: Stamped | None) -> ClinicView:
        self.outbox.add(Change("pathway", condition_id, text, base_version=current.version if current else None))
        return self.view(condition_id)

    def keep_mine(self, key: str) -> ClinicView | None:
        """A conflict: send my text again, over the version the server holds now (the person chose so)."""
        item = self.outbox.get(key)
        if item is None:
            return None
        if item.theirs is None:  # deleted there: mine comes back as a new note
            self.outbox.update(key, op="add" if item.op != "pathway" else "pathway", note_id=None,
                               base_version=None, state=PENDING, problem="")
        else:
            self.outbox.update(key, base_version=item.theirs_version, state=PENDING, problem="")
        return self.view(item.condition_id)

    def discard(self, key: str) -> ClinicView | None:
        """Drop a change that was not sent (a conflict where the person takes theirs, or a refused one)."""
        item = self.outbox.get(key)
        self.outbox.remove(key)
        return self.view(item.condition_id) if item else None

    # ---- sending ----------------------------------------------------------------------------------------------
    def flush(self) -> list[str]:
        """Send the pending changes in the order typed; returns the keys sent. Stops at the first sign that
        the server is unreachable (`ClinicUnreachable`, after what was sent before it).

        Each change is read, sent and removed (or marked) while this workstation's outbox lock is held, so
        another window of the same person, flushing at the same moment, neither sends it again nor loses a
        change queued meanwhile; the lock is let go between changes, so that window's typing never waits
        for more than one send."""
        sent: list[str] = []
        while True:
            if sent:  # a moment between changes: another window waiting for the lock (it polls) gets it now
                time.sleep(2 * POLL_S)
            with self.outbox.locked():
                item = next(iter(self.outbox.pending()), None)
                if item is None:
                    return sent
                try:
                    self._send(item)
                except ClinicConflict as exc:
                    cur = exc.current
                    self.outbox.update(item.key, state=CONFLICT, problem=str(exc), theirs=cur.text if cur else None,
                                       theirs_version=cur.version if cur else None)
                except ClinicForbidden as exc:
                    self.outbox.update(item.key, state=REFUSED, problem=str(exc))
                # ClinicUnreachable, a refused sign-in, a schema mismatch: nothing can be sent now; all is kept
                else:
                    self.outbox.remove(item.key)
                    sent.append(item.key)

    def _send(self, item: Change) -> None:
        s = self.store
        if item.op == "add":
            s.add_note(item.condition_id, item.text, client_key=item.key)
        elif item.op == "edit":
            s.edit_note(item.note_id, item.text, item.base_version)
        elif item.op == "delete":
            s.delete_note(item.note_id, item.base_version)
        elif item.op == "pathway":
            s.set_pathway(item.condition_id, item.text, item.base_version)

    # ---- reading ------------------------------------------------------------------------------------------------
    def view(self, condition_id: str) -> ClinicView:
        """Send what waits, then read the condition's notes and pathway; offline, the last read and why."""
        sent: list[str] = []
        try:
            if not self.me:
                self.me, self.editor = self.store.whoami()
            sent = self.flush()
            notes, pathway = self.store.notes(condition_id), self.store.pathway(condition_id)
        except ClinicError as exc:
            log.info("clinic server: %s", exc)
            notes, pathway, when = self._cache.get(condition_id, ([], None, ""))
            return ClinicView(condition_id, notes, pathway, self.outbox.for_condition(condition_id), False,
                              str(exc), self.me, self.editor, self.server, when, sent)
        import datetime as dt

        self._cache[condition_id] = (notes, pathway, dt.datetime.now().strftime("%H:%M"))
        self._seen[condition_id] = (notes, self._cache[condition_id][2])
        return ClinicView(condition_id, notes, pathway, self.outbox.for_condition(condition_id), True, "",
                          self.me, self.editor, self.server, "", sent)

    # ---- the Compare tab ------------------------------------------------------------------------------------
    def compare_view(self, ids: list[str]) -> CompareView:
        """The clinic notes of the compared conditions and the clinic's shared sets (sending what waits first);
        offline, what was last read and why."""
        import datetime as dt

        ids = list(ids)
        try:
            if not self.me:
                self.me, self.editor = self.store.whoami()
            self.flush()
            notes, sets = self.store.notes_for(ids), self.store.comparison_sets()
        except ClinicError as exc:
            log.info("clinic server: %s", exc)
            seen = [self._seen[i][1] for i in ids if i in self._seen]
            return CompareView(ids, {i: self._seen.get(i, ([], ""))[0] for i in ids}, self._sets,
                               self._waiting(ids), False, str(exc), self.me, self.editor, min(seen, default=""),
                               tuple(i for i in ids if i not in self._seen))
        now = dt.datetime.now().strftime("%H:%M")
        self._seen.update({i: (notes[i], now) for i in ids})
        self._sets = sets
        return CompareView(ids, notes, sets, self._waiting(ids), True, "", self.me, self.editor)

    def _waiting(self, ids: list[str]) -> dict[str, list[Change]]:
        return {i: [c for c in self.outbox.for_condition(i) if c.op == "add"] for i in ids}

    def share_set(self, name: str, ids: list[str]) -> Stamped:
        """Save a comparison as the clinic's shared set `name`; `ClinicError` (one sentence) when it cannot be."""
        name = " ".join((name or "").split())
        if not name:
            raise ClinicError("A shared set needs a name.")
        if len(name) > SET_NAME_CHARS:
            raise ClinicError(f"A shared set's name can be at most {SET_NAME_CHARS} characters.")
        return self.store.add_comparison_set(name, list(ids))

    def delete_set(self, shared: Stamped) -> None:
        """Delete a shared set; the server refuses (`ClinicForbidden`) unless it is the person's own or they are
        a clinic editor, and reports a conflict when it changed since it was read."""
        self.store.delete_comparison_set(shared.key, shared.version)

    # ---- checker sessions shared explicitly ---------------------------------------------------------------
    def share_session(self, session: dict) -> Stamped:
        """Share a checker session with the clinic: only its findings, age group, sex and course (see
        clinic/sessions.py); ValueError when it has no findings, `ClinicError` when the server cannot take it."""
        from legpain_gui.clinic.sessions import shareable

        return self.store.share_session(shareable(session))

    def shared_sessions(self) -> list[Stamped]:
        if not self.me:
            self.me, self.editor = self.store.whoami()
        return self.store.shared_sessions()

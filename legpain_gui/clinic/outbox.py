"""Changes to clinic notes typed on this workstation and not yet accepted by the server, kept on disk.

Every change is written here (atomically: a temporary file, flushed, then renamed over the old one) before it
is sent, and leaves only once the server has taken it; so a server stopped mid-edit, a dropped network or a
closed app loses nothing. A change the server answered with a conflict or a refusal stays, marked, until
the person decides. One file per user-data folder, holding the changes for one server (changes queued for
another server are kept aside under that server's name, never sent to the wrong one).

Two windows (two processes) of one person share the file. Every read and change of it holds an operating-
system lock on the file next to it (`clinic-outbox.json.lock`, clinic/oslock.py) and reads the file afresh,
so a change queued by one window is never written over by the other; and sending holds the lock from
reading a change to removing it (`ClinicClient.flush`), so the two never send the same change twice.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from legpain_gui.clinic.errors import ClinicError
from legpain_gui.clinic.oslock import LockTimeout, exclusive

FILE_NAME = "clinic-outbox.json"
LOCK_TIMEOUT_S = 60  # another window holds the lock for one send at most (seconds: the server's timeouts)
PENDING, CONFLICT, REFUSED = "pending", "conflict", "refused"


@dataclass(frozen=True)
class Change:
    """One change to send: add a note, edit or delete one, or write a pathway."""

    op: str  # "add" | "edit" | "delete" | "pathway"
    condition_id: str
    text: str = ""
    note_id: int | None = None
    base_version: int | None = None
    key: str = field(default_factory=lambda: str(uuid.uuid4()))
    queued: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    state: str = PENDING
    problem: str = ""  # why it is not sent (a conflict, a refusal), one sentence
    theirs: str | None = None  # the server's text at a conflict (None: deleted there)
    theirs_version: int | None = None


class OutboxBusy(ClinicError):
    """Another window held the outbox for longer than a send can take."""


class Outbox:
    """The changes not yet sent for one server; every mutation is on disk before it returns."""

    def __init__(self, data_dir: Path, server: str):
        self.path = Path(data_dir) / FILE_NAME
        self.lock_path = self.path.with_name(FILE_NAME + ".lock")
        self.server = server
        self._lock = threading.RLock()
        self._held = 0  # how deep this process holds the file lock (the thread lock makes it one thread's)
        self._others: dict[str, list] = {}
        self.items: list[Change] = []
        with self.locked():
            pass

    @contextmanager
    def locked(self):
        """Hold the outbox against other threads and other processes, with `items` read afresh from the file;
        nests. `OutboxBusy` when another window held it for more than `LOCK_TIMEOUT_S`."""
        with self._lock:
            if self._held:
                self._held += 1
                try:
                    yield
                finally:
                    self._held -= 1
                return
            try:
                with exclusive(self.lock_path, LOCK_TIMEOUT_S):
                    self._held = 1
                    try:
                        self._load()
                        yield
                    finally:
                        self._held = 0
            except LockTimeout:
                raise OutboxBusy("Another legpain-gui window on this computer is holding the clinic's outbox; "
                                 "try again in a moment.") from None

    def _load(self) -> None:
        self._others, self.items = {}, []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):  # unreadable: keep it aside, never overwrite what may hold typed text
            self.path.replace(self.path.with_name(f"{FILE_NAME}.unreadable-{uuid.uuid4().hex[:8]}"))
            return
        servers = data.get("servers", {}) if isinstance(data, dict) else {}
        known = set(Change.__dataclass_fields__)
        for server, items in servers.items():
            if server == self.server:
                self.items = [Change(**{k: v for k, v in item.items() if k in known}) for item in items]
            else:
                self._others[server] = items

    def _save(self) -> None:
        servers = dict(self._others)
        if self.items:
            servers[self.server] = [asdict(item) for item in self.items]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump({"format": 1, "servers": servers}, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)

    def add(self, change: Change) -> Change:
        with self.locked():
            self.items.append(change)
            self._save()
        return change

    def update(self, key: str, **changes) -> Change | None:
        with self.locked():
            for i, item in enumerate(self.items):
                if item.key == key:
                    self.items[i] = replace(item, **changes)
                    self._save()
                    return self.items[i]
        return None

    def remove(self, key: str) -> None:
        with self.locked():
            self.items = [item for item in self.items if item.key != key]
            self._save()

    def get(self, key: str) -> Change | None:
        with self.locked():
            return next((item for item in self.items if item.key == key), None)

    def pending(self) -> list[Change]:
        with self.locked():
            return [item for item in self.items if item.state == PENDING]

    def for_condition(self, condition_id: str) -> list[Change]:
        with self.locked():
            return [item for item in self.items if item.condition_id == condition_id]

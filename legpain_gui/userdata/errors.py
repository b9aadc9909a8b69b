"""Failures of the person's data, each one sentence for the user (never SQL, parameters or a web link)."""
from __future__ import annotations

import sqlite3
from pathlib import Path


class UserDataError(Exception):
    """The person's data could not be read or written; str() is one plain sentence."""


class NoteConflict(UserDataError):
    """The note changed in another window or program since this one read it; `current` is that text."""

    def __init__(self, condition_id: str, current: str):
        super().__init__("This note was changed in another window since you opened it.")
        self.condition_id, self.current = condition_id, current


class ImportCancelled(UserDataError):
    """The person cancelled an import; nothing was changed."""

    def __init__(self):
        super().__init__("Import cancelled; nothing changed.")


def reason(exc: BaseException, path: Path) -> str:
    """Why a read or write of `path` failed, as the end of a sentence ("the disk is full")."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error: its own str() carries the SQL
    if isinstance(orig, BaseException):
        exc = orig
    text = str(exc).lower() if isinstance(exc, (sqlite3.Error, OSError)) else ""
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror.lower()
    if "full" in text or "no space" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text or "permission" in text or "access" in text:
        return f"{path} cannot be written (read-only or no permission)"
    if "locked" in text or "busy" in text:
        return f"another program is using {path}"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"{path} is damaged"
    if "unable to open" in text or "is a directory" in text:
        return f"{path} cannot be opened"
    if isinstance(exc, OSError):
        return f"{path} could not be used ({text or 'a system error'})"
    return f"{path} is damaged or was changed by another program"


class BadName(UserDataError, ValueError):
    """A set or session name that cannot be saved (empty, or too long)."""

"""Failures of the clinic store, each one sentence for the person (never SQL or a driver's message)."""
from __future__ import annotations


class ClinicError(Exception):
    """The clinic store could not do what was asked; str() is one plain sentence."""


class ClinicUnreachable(ClinicError):
    """The server did not answer (down, network, timeout): try again later; nothing is lost."""

    def __init__(self, message: str = "clinic server unreachable, retrying"):
        super().__init__(message)


class ClinicSignInFailed(ClinicError):
    """The server answered but refused the sign-in (role, password, database)."""


class ClinicForbidden(ClinicError):
    """The server refused the change: only the author (or an editor) may change or delete it."""

    def __init__(self, message: str = "Not allowed: only its author or a clinic editor may change this."):
        super().__init__(message)


class ClinicConflict(ClinicError):
    """Someone else changed (or deleted) it since it was read; `current` is what the server holds now (None
    when it was deleted)."""

    def __init__(self, current):
        who = getattr(current, "last_editor", None)
        super().__init__(f"{who} changed this while you were editing it." if current is not None
                         else "Someone deleted this while you were editing it.")
        self.current = current


class ClinicNameTaken(ClinicError):
    """A shared comparison set of that name exists already."""

    def __init__(self, message: str = "The clinic has a shared set of that name already: choose another name."):
        super().__init__(message)


class ClinicSchemaMismatch(ClinicError):
    """The clinic database's schema is not the one this app knows."""


def describe(exc: BaseException) -> str:
    """One sentence for any failure talking to the server."""
    if isinstance(exc, ClinicError):
        return str(exc)
    return classify(exc).args[0]


def classify(exc: BaseException) -> ClinicError:
    """A driver or SQLAlchemy error as a `ClinicError` of the right kind."""
    orig = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None) or ""
    text = str(orig).lower()
    if sqlstate == "42501":
        return ClinicForbidden()
    if sqlstate == "23505":  # a unique name (a shared set's) is taken
        return ClinicNameTaken()
    if sqlstate in ("23514", "22P02"):  # a CHECK constraint: too long, or a shared session with more than findings
        return ClinicError("The clinic server refused what was sent: it holds something the clinic's database does "
                           "not accept (too long, or a shared session with more than findings, age group, sex "
                           "and course).")
    if sqlstate.startswith("28") or "authentication failed" in text or "no password supplied" in text \
            or ("role" in text and "does not exist" in text):
        return ClinicSignInFailed("The clinic server refused the sign-in: check the role name and the password "
                                  "(Settings, the keyring or .pgpass).")
    if sqlstate == "3D000" or ("database" in text and "does not exist" in text):
        return ClinicSignInFailed("The clinic server has no such database: check the address in Settings.")
    if sqlstate == "42P01":
        return ClinicSchemaMismatch("The clinic database is not set up yet: ask IT to run the upgrade "
                                    "(see the README).")
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if isinstance(exc, (OperationalError, InterfaceError)) or (isinstance(exc, DBAPIError) and
                                                               exc.connection_invalidated):
        return ClinicUnreachable()
    if sqlstate.startswith(("08", "57")):  # connection exceptions, operator intervention (shutdown)
        return ClinicUnreachable()
    if isinstance(exc, OSError):
        return ClinicUnreachable()
    return ClinicError("The clinic server could not do this because of an unexpected error; the details are "
                       "in the log.")


def failure_sentence(what: str, exc: BaseException) -> str:
    """'<what>: <why>.' for a clinic action that failed: a server that did not answer says to try again."""
    why = ("the clinic server did not answer; try again when it does" if isinstance(exc, ClinicUnreachable)
           else describe(exc).rstrip("."))
    return f"{what}: {why[:1].lower() + why[1:]}."

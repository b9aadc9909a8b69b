"""Which clinic server to use, and the password for it (never stored in plain text).

The first of these that names a server wins:
1. `--clinic-db URL` on the command line,
2. the `LEGPAIN_CLINIC_DB` environment variable,
3. the person's own setting (Settings → Clinic server, kept in the user-data folder's settings.ini),
4. the system-wide settings file an IT department deploys (`paths.system_config_file()`), key
   `url` in section `[clinic]`.
None of them: no clinic store, and the app works exactly as without this feature.

A URL is `postgresql://ROLE@HOST[:PORT]/DATABASE` (or `postgresql:///?service=NAME` for a libpq service
file). A URL that carries a password is refused: the password belongs in the platform keyring (Settings
stores it there through `keyring`) or in a `.pgpass` / `pg_service.conf` file, which libpq reads itself.
"""
from __future__ import annotations

import configparser
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from legpain_gui import paths

ENV = "LEGPAIN_CLINIC_DB"
KEYRING_SERVICE = "legpain-gui clinic server"
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class ClinicConfigError(ValueError):
    """The clinic server's address is not usable; str() is one sentence for the person."""


@dataclass(frozen=True)
class ClinicTarget:
    """A checked clinic server address and where it came from ("command line", "environment", ...)."""

    url: str  # without a password
    source: str

    @property
    def label(self) -> str:
        """How the server is named to the person: role@host/database (or the service name)."""
        parts = urlsplit(self.url)
        query = dict(parse_qsl(parts.query))
        if "service" in query:
            return f"service {query['service']}"
        host = parts.hostname or query.get("host") or "local socket"
        if host.startswith("/"):
            host = "local socket"
        role = parts.username or os.environ.get("PGUSER") or "you"
        return f"{role}@{host}/{parts.path.lstrip('/') or '?'}"

    @property
    def keyring_user(self) -> str:
        """The keyring entry's name: the URL itself (it has no password)."""
        return self.url


def check_url(url: str, source: str = "settings") -> ClinicTarget:
    """A `ClinicTarget` for `url`, or `ClinicConfigError` saying in one sentence what is wrong."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        raise ClinicConfigError(f"The clinic server address from the {source} is not a valid URL.") from None
    if parts.scheme not in SCHEMES:
        raise ClinicConfigError(f"The clinic server address from the {source} must start with postgresql:// "
                                "(for example postgresql://alice@clinic-db/legpain).")
    if parts.password is not None:
        raise ClinicConfigError(f"The clinic server address from the {source} contains a password; remove it and "
                                "keep the password in the keyring (Settings) or a .pgpass file.")
    query = dict(parse_qsl(parts.query))
    if not (parts.path.strip("/") or "service" in query or "dbname" in query):
        raise ClinicConfigError(f"The clinic server address from the {source} names no database "
                                "(postgresql://ROLE@HOST/DATABASE).")
    return ClinicTarget(url, source)


def system_url(path: Path | None = None) -> str | None:
    """The clinic server named in the system-wide settings file, if any."""
    path = path or paths.system_config_file()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get("clinic", "url", fallback="").strip()
    return value or None


def resolve(cli_url: str | None = None, setting: str | None = None,
            environ: dict | None = None, system_file: Path | None = None) -> ClinicTarget | None:
    """The clinic server to use (see the module docstring), None when none is named. Raises
    `ClinicConfigError` for a named server whose address is unusable."""
    environ = os.environ if environ is None else environ
    for value, source in ((cli_url, "command line"), (environ.get(ENV), "environment variable " + ENV),
                          (setting, "settings"), (system_url(system_file), f"system-wide settings file")):
        if value and value.strip():
            return check_url(value, source)
    return None


def connect_url(target: ClinicTarget) -> str:
    """The SQLAlchemy URL (psycopg driver) for `target`, with the keyring's password if it holds one.
    Only ever kept in memory."""
    from sqlalchemy.engine import make_url

    url = make_url(target.url).set(drivername="postgresql+psycopg")
    password = keyring_password(target)
    if password:
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)


def keyring_password(target: ClinicTarget) -> str | None:
    """The password kept in the platform keyring for this server, or None (then libpq reads .pgpass)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, target.keyring_user)
    except Exception:  # no keyring package or no backend on this machine: .pgpass / service file instead
        return None


def store_password(target: ClinicTarget, password: str) -> None:
    """Keep the password in the platform keyring; `ClinicConfigError` when this machine has none."""
    try:
        import keyring

        if password:
            keyring.set_password(KEYRING_SERVICE, target.keyring_user, password)
        else:
            try:
                keyring.delete_password(KEYRING_SERVICE, target.keyring_user)
            except keyring.errors.PasswordDeleteError:
                pass
    except ImportError:
        raise ClinicConfigError("The password was not saved: the keyring package is not installed; use a .pgpass "
                                "file instead.") from None
    except Exception:
        raise ClinicConfigError("The password was not saved: this computer has no keyring; use a .pgpass file "
                                "instead (see the README).") from None

"""A throwaway PostgreSQL cluster (and its pytest fixtures) for the tests and the load script: Debian's server binaries, a data folder
and a Unix socket in a temporary folder, no TCP port, passwords (scram-sha-256) read from a .pgpass file.

As root (CI), the server runs as the `postgres` system user, since PostgreSQL refuses to run as root.
"""
from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

PEOPLE = {"alice": "legpain_clinician", "bob": "legpain_clinician", "erin": "legpain_editor"}


def bindir() -> Path | None:
    """The newest installed PostgreSQL server's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Cluster:
    """initdb, start, stop, restart; `url(role, db)` names a database as a role (no password in it)."""

    def __init__(self, base: Path):
        self.bin = bindir()
        if self.bin is None:
            raise RuntimeError("PostgreSQL's server is not installed (apt-get install postgresql; make test does it)")
        self.base = Path(base)
        self.data, self.sock = self.base / "data", self.base / "s"
        self.passfile = self.base / "pgpass"
        self.user = "postgres" if os.geteuid() == 0 else None
        self.passwords = {name: secrets.token_hex(12) for name in ["admin", *PEOPLE]}
        self._dbs = 0

    def _run(self, *args: str) -> None:
        subprocess.run([str(self.bin / args[0]), *args[1:]], check=True, user=self.user,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd="/")

    def init(self) -> "Cluster":
        self.base.mkdir(parents=True, exist_ok=True)
        self.sock.mkdir()
        pwfile = self.base / "pw"
        pwfile.write_text(self.passwords["admin"] + "\n")
        if self.user:
            uid = pwd.getpwnam(self.user).pw_uid
            for path in (self.base, self.sock, pwfile):
                os.chown(path, uid, -1)
        self._run("initdb", "-D", str(self.data), "-U", "admin", "--auth-local=scram-sha-256",
                  "--auth-host=reject", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C", "--no-sync")
        pwfile.unlink()
        self.passfile.write_text("".join(f"*:*:*:{n}:{p}\n" for n, p in self.passwords.items()))
        self.passfile.chmod(0o600)
        os.environ["PGPASSFILE"] = str(self.passfile)  # libpq reads the passwords from here, as on a workstation
        self.start()
        import psycopg

        with psycopg.connect(self.dsn("admin", "postgres"), autocommit=True) as conn:
            conn.execute("CREATE ROLE legpain_clinician NOLOGIN")
            conn.execute("CREATE ROLE legpain_editor NOLOGIN IN ROLE legpain_clinician")
            for name, group in PEOPLE.items():
                conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{self.passwords[name]}' IN ROLE {group}")
        return self

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "log"), "-w", "-t", "30",
                  "-o", f"-k {self.sock} -h '' -c fsync=off -c max_connections=200", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def running(self) -> bool:
        return subprocess.run([str(self.bin / "pg_ctl"), "-D", str(self.data), "status"], user=self.user,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/").returncode == 0

    def dsn(self, role: str, db: str) -> str:
        return f"host={self.sock} dbname={db} user={role}"

    def url(self, role: str, db: str) -> str:
        return f"postgresql://{role}@/{db}?host={self.sock}"

    def new_database(self) -> str:
        """A fresh database with the clinic schema (Alembic's upgrade head, run as the admin)."""
        import psycopg

        from legpain_gui.clinic.migrate import upgrade

        self._dbs += 1
        name = f"clinic{self._dbs}"
        with psycopg.connect(self.dsn("admin", "postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        upgrade(self.url("admin", name))
        return name

    def destroy(self) -> None:
        if self.running():
            self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

@pytest.fixture(scope="session")
def cluster():
    if bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL's server is not installed; `make test` installs it (apt-get install postgresql)")
        pytest.skip("PostgreSQL's server is not installed (apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="legpain-pg-"))  # short: a Unix socket path has a length limit
    base.chmod(0o755)  # the server may run as another user (root in CI runs it as postgres)
    saved = os.environ.get("PGPASSFILE")
    c = Cluster(base / "pg").init()
    yield c
    c.destroy()
    os.rmdir(base) if base.exists() and not any(base.iterdir()) else None
    if saved is None:
        os.environ.pop("PGPASSFILE", None)
    else:
        os.environ["PGPASSFILE"] = saved


@pytest.fixture()
def clinic_db(cluster) -> str:
    """The name of a fresh clinic database (schema at head)."""
    if not cluster.running():
        cluster.start()
    return cluster.new_database()

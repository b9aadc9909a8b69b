"""Create or upgrade the clinic database with Alembic, and the roles of the people who use it.

    python -m legpain_gui.clinic.migrate upgrade postgresql://ADMIN@HOST/legpain
    python -m legpain_gui.clinic.migrate sql > clinic.sql          # the same as one SQL script for psql
    python -m legpain_gui.clinic.migrate add-person postgresql://ADMIN@HOST/legpain alice [--editor]

Run as the role that owns the clinic tables (it needs CREATEROLE). `add-person` makes an existing login role
(or a new one, without a password: set it with psql's \\password, or use the directory's authentication) a
clinician, or an editor who may edit every clinic note and the pathways.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HEAD = "0002"  # the newest revision this app knows
KNOWN = ("0001", "0002")  # revisions this app works with (an older one: what it lacks says so when used)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(url: str | None = None, connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", _driver(url).replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def _driver(url: str) -> str:
    return re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url)


def upgrade(url: str) -> None:
    """Bring the clinic database at `url` to the newest schema (creating it the first time)."""
    from alembic import command

    command.upgrade(_config(url), "head")


def sql() -> None:
    """Print the whole schema as one SQL script (Alembic's offline mode)."""
    from alembic import command

    command.upgrade(_config(), "head", sql=True)


def add_person(url: str, role: str, editor: bool = False) -> None:
    """Make `role` a clinician (or an editor) of the clinic store; create it as a login role if missing."""
    from sqlalchemy import create_engine, text

    if not re.fullmatch(r"[a-z_][a-z0-9_.-]{0,62}", role):
        raise SystemExit(f"{role!r} is not a usable role name (lower-case letters, digits, _ . -).")
    group = "legpain_editor" if editor else "legpain_clinician"
    engine = create_engine(_driver(url))
    with engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        if not exists:
            conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT {group} TO "{role}"')
    engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m legpain_gui.clinic.migrate", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("upgrade").add_argument("url")
    sub.add_parser("sql")
    person = sub.add_parser("add-person")
    person.add_argument("url")
    person.add_argument("role")
    person.add_argument("--editor", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.command == "upgrade":
            upgrade(args.url)
        elif args.command == "sql":
            sql()
        else:
            add_person(args.url, args.role, args.editor)
    except Exception as exc:  # one sentence, not a traceback
        from legpain_gui.clinic.errors import ClinicUnreachable, classify, describe

        print("The database server did not answer: check the address and that the server is running."
              if isinstance(classify(exc), ClinicUnreachable) else describe(exc), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

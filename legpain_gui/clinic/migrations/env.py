"""Alembic environment of the clinic database.

The URL comes from `-x url=...`, from the LEGPAIN_CLINIC_ADMIN_DB environment variable, or from the
`sqlalchemy.url` option that legpain_gui.clinic.migrate sets; run it as the role that owns the tables
(it needs CREATEROLE to create the clinic's group roles the first time).
"""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from legpain_gui.clinic.schema import metadata

config = context.config


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("LEGPAIN_CLINIC_ADMIN_DB") \
        or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Name the clinic database: alembic -x url=postgresql://ADMIN@HOST/DATABASE upgrade head")
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url


if context.is_offline_mode():
    context.configure(url="postgresql+psycopg://", literal_binds=True, target_metadata=metadata,
                      dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()
else:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata)
        with context.begin_transaction():
            context.run_migrations()
    else:
        engine = create_engine(_url())
        with engine.connect() as conn:
            context.configure(connection=conn, target_metadata=metadata)
            with context.begin_transaction():
                context.run_migrations()
        engine.dispose()

"""Alembic environment. The app passes its own connection (app.store.migrate.upgrade);
run standalone, it opens the database named by the FIELDTAG_DB environment variable."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from app.store.tables import Base

config = context.config
target_metadata = Base.metadata

# FTS5 tables are created by hand-written migrations; autogenerate must not drop them.
FTS_PREFIX = "asset_fts"


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name and name.startswith(FTS_PREFIX))


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    from pathlib import Path

    from app.store.engine import make_engine

    engine = make_engine(Path(os.environ["FIELDTAG_DB"]))
    with engine.begin() as conn:
        run(conn)

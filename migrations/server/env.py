"""Alembic environment of the sync server's database (app/sync/server/tables.py), separate
from the local store's (migrations/env.py). The server passes its own connection
(app.sync.server.db.upgrade); run standalone, it opens FIELDTAG_SERVER_DB (a URL)."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from app.sync.server.tables import ServerBase

config = context.config
target_metadata = ServerBase.metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        version_table="alembic_version_server",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    from app.sync.server.db import make_server_engine

    engine = make_server_engine(os.environ["FIELDTAG_SERVER_DB"])
    with engine.begin() as conn:
        run(conn)

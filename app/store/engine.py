"""The SQLite engine: pragmas on every connection and explicit transaction control.

pysqlite's own transaction handling is switched off (``isolation_level=None``) and
SQLAlchemy's "begin" event emits the BEGIN itself, so that writes can start with
``BEGIN IMMEDIATE``: a write takes the lock when it starts, not half way through, and two
processes never deadlock upgrading read locks (SQLAlchemy's documented pysqlite recipe).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

WRITE_OPTION = "fieldtag_write"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=15, check_same_thread=False, isolation_level=None
        ),
        # "sqlite://" would get SingletonThreadPool (one connection per threading.local),
        # which loses track of connections on threads Python did not start (the GUI's
        # QThread lane): a new connection per job, and other threads' connections closed
        # while in use. A file database wants an ordinary pool.
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cur = dbapi_connection.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # FULL: a commit is on disk before the app says "saved" (power loss keeps it).
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute("PRAGMA cache_size=-32000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine

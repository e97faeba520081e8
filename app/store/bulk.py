"""Bulk loading (CSV imports and demo data of 100,000 assets) in one write transaction.

Measured on a 2-core machine, 100,000 assets into an empty store:
- with SQLite's default page cache the transaction spills dirty pages long before it ends
  (inserting takes 1.6x longer), so `bulk_load` raises the cache for the transaction;
- the full-text trigger, run per inserted asset, costs more than the insert itself, so the
  new assets are indexed with one INSERT ... SELECT at the end (2.9 s instead of 6 s);
- keeping the six secondary indexes of assets up to date row by row costs 1.5 s, building
  them afterwards 0.55 s; so when the load at least doubles the table they are dropped and
  created again (from their own SQL) at the end. Unique indexes always stay;
- the full-text index keeps new entries in memory up to its `hashsize` (1 MiB by default)
  and then writes them as a new segment, merging segments as they pile up: with a buffer
  that holds a chunk of an import (10,000 assets) it writes fewer, larger segments and
  merges less (2.9 s instead of 3.3 s), so `bulk_load` raises it for the transaction.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

FTS_INSERT_TRIGGER = "asset_fts_ai"
# The full-text index's buffer for new entries (FTS5's 'hashsize') during a bulk load, and
# FTS5's default, which it is set back to when the table has no setting of its own.
FTS_BULK_HASHSIZE = 16 * 1024 * 1024
FTS_DEFAULT_HASHSIZE = 1024 * 1024
_TRIGGER_BODY = re.compile(
    r"BEGIN\s+(INSERT INTO asset_fts.*)WHERE\s+a\.num\s*=\s*NEW\.num\s*;\s*END\s*$",
    re.DOTALL | re.IGNORECASE,
)


def insert_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Insert `rows` (value tuples in the order of `columns`) with a few multi-row INSERT
    statements (as many rows each as SQLite's limit of parameters allows): as fast as an
    executemany, but Python is entered a few dozen times instead of once per row (an
    executemany binds and steps each row, taking the GIL every time, which stalls for
    milliseconds per row while another thread is busy in Python)."""
    if not rows:
        return
    dbapi = conn.connection.dbapi_connection
    limit = 999
    if isinstance(dbapi, sqlite3.Connection):
        limit = dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per = max(1, min(limit, 32766) // len(columns))
    one = f"({', '.join('?' * len(columns))})"
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    full = head + ", ".join([one] * per)
    chain = itertools.chain.from_iterable
    for start in range(0, len(rows), per):
        batch = rows[start : start + per]
        sql = full if len(batch) == per else head + ", ".join([one] * len(batch))
        conn.exec_driver_sql(sql, tuple(chain(batch)))


class BulkLoad:
    """Handed out by `bulk_load`: `index_new` indexes the assets inserted so far for search
    now (one INSERT ... SELECT), so that a loader can spread that work over its chunks."""

    def __init__(self, conn: Connection, statement: str | None, last: int) -> None:
        self._conn = conn
        self._statement = statement
        self.last = last

    def index_new(self) -> None:
        if self._statement is None:
            return  # the trigger was kept: rows are indexed as they are inserted
        top = self._conn.exec_driver_sql("SELECT COALESCE(MAX(num), 0) FROM assets").scalar()
        top = int(top or 0)
        if top > self.last:
            self._conn.exec_driver_sql(
                f"{self._statement} WHERE a.num > ? AND a.num <= ?", (self.last, top)
            )
            self.last = top


@contextmanager
def bulk_load(conn: Connection, *, rows: int = 0, cache_mib: int = 256) -> Iterator[BulkLoad]:
    """Inside an open write transaction on `conn`, for inserting about `rows` assets: a page
    cache of `cache_mib` MiB, the full-text insert trigger dropped and the full-text
    index's buffer raised; on leaving without an error, the assets inserted meanwhile are
    indexed with one INSERT ... SELECT built from the trigger's own statement, the trigger
    is created again exactly as it was and the buffer set back.
    If `rows` is at least the number of assets already stored, the non-unique indexes of
    assets are dropped meanwhile and created again (from their stored SQL) at the end.
    On an error the caller must roll the transaction back (which restores all of them).
    If the trigger does not have the expected shape, it is left alone and indexes row by
    row as usual. `BulkLoad.index_new` indexes what was inserted so far before the end."""
    old_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{int(cache_mib) * 1024}")
    try:
        trigger = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (FTS_INSERT_TRIGGER,),
        ).scalar()
        match = _TRIGGER_BODY.search(trigger or "")
        last = conn.exec_driver_sql("SELECT COALESCE(MAX(num), 0) FROM assets").scalar() or 0
        indexes: list[tuple[str, str]] = []
        stored = conn.exec_driver_sql("SELECT count(*) FROM assets").scalar() or 0
        if rows and rows >= stored:
            indexes = [
                (str(name), str(sql))
                for name, sql in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name = 'assets' AND sql IS NOT NULL"
                )
                if not re.match(r"\s*CREATE\s+UNIQUE\b", sql, re.IGNORECASE)
            ]
        for name, _sql in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        hashsize = None
        if match is not None:
            conn.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
            hashsize = conn.exec_driver_sql(
                "SELECT v FROM asset_fts_config WHERE k = 'hashsize'"
            ).scalar()
            _fts_setting(conn, "hashsize", FTS_BULK_HASHSIZE)
        load = BulkLoad(conn, match.group(1) if match is not None else None, int(last))
        yield load
        for _name, sql in indexes:
            conn.exec_driver_sql(sql)
        if match is not None:
            conn.exec_driver_sql(f"{match.group(1)} WHERE a.num > ?", (load.last,))
            conn.exec_driver_sql(str(trigger))
            _fts_setting(conn, "hashsize", int(hashsize or FTS_DEFAULT_HASHSIZE))
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(old_cache or -2000)}")


def _fts_setting(conn: Connection, name: str, value: int) -> None:
    """Set one of the full-text index's configuration options (kept in the database)."""
    conn.exec_driver_sql("INSERT INTO asset_fts(asset_fts, rank) VALUES (?, ?)", (name, value))

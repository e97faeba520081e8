"""Bulk loading (CSV imports and demo data of 100,000 assets) in one write transaction.

Measured on a 2-core machine, 100,000 assets into an empty store:
- with SQLite's default page cache the transaction spills dirty pages long before it ends
  (inserting takes 1.6x longer), so `bulk_load` raises the cache for the transaction;
- the full-text trigger, run per inserted asset, costs more than the insert itself, so the
  new assets are indexed with one INSERT ... SELECT at the end (2.9 s instead of 6 s);
- keeping the six secondary indexes of assets up to date row by row costs 1.5 s, building
  them afterwards 0.55 s; so when the load at least doubles the table they are dropped and
  created again (from their own SQL) at the end. Unique indexes always stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

FTS_INSERT_TRIGGER = "asset_fts_ai"
_TRIGGER_BODY = re.compile(
    r"BEGIN\s+(INSERT INTO asset_fts.*)WHERE\s+a\.num\s*=\s*NEW\.num\s*;\s*END\s*$",
    re.DOTALL | re.IGNORECASE,
)


@contextmanager
def bulk_load(conn: Connection, *, rows: int = 0, cache_mib: int = 256) -> Iterator[None]:
    """Inside an open write transaction on `conn`, for inserting about `rows` assets: a page
    cache of `cache_mib` MiB and the full-text insert trigger dropped; on leaving without
    an error, the assets inserted meanwhile are indexed with one INSERT ... SELECT built
    from the trigger's own statement and the trigger is created again exactly as it was.
    If `rows` is at least the number of assets already stored, the non-unique indexes of
    assets are dropped meanwhile and created again (from their stored SQL) at the end.
    On an error the caller must roll the transaction back (which restores all of them).
    If the trigger does not have the expected shape, it is left alone and indexes row by
    row as usual."""
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
        if match is not None:
            conn.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
        yield
        for _name, sql in indexes:
            conn.exec_driver_sql(sql)
        if match is not None:
            conn.exec_driver_sql(f"{match.group(1)} WHERE a.num > ?", (last,))
            conn.exec_driver_sql(str(trigger))
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(old_cache or -2000)}")

"""The first page of the asset list and the home page's figures, read with the standard
library's sqlite3 alone.

Starting the GUI, this lets the window show its first page of assets before SQLAlchemy
(300 ms to import on a slow machine) is loaded; the store is then opened the usual way on
the database lane. Only a store that is ready as it is qualifies: one that must be created,
upgraded or refused is opened the usual way, which does that and explains what is wrong.
`tests/integration/test_quick_start.py` checks that the rows equal those of
`services.queries` for the same page.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from app.domain.dashboard import DashboardFigures
from app.store.dashboard import read_figures
from app.store.schema import HEAD_REVISION, SQLITE_HEADER

T = TypeVar("T")

# services.queries.query_asset_rows over AssetFilter() (all assets in tag order), in SQL.
FIRST_PAGE_SQL = """
SELECT a.num, a.id, a.tag, a.name, a.serial,
       COALESCE(m.manufacturer || ' ' || m.name, ''), COALESCE(m.category, ''), a.status,
       COALESCE(l.path, ''), COALESCE(p.name, ''), a.warranty_end, a.purchase_date
FROM assets a
LEFT JOIN asset_models m ON m.id = a.model_id
LEFT JOIN locations l ON l.id = a.location_id
LEFT JOIN people p ON p.id = a.assignee_id
ORDER BY a.tag, a.num
LIMIT ?
"""


def first_page(path: Path, limit: int) -> list[tuple[Any, ...]] | None:
    """The first `limit` rows of the asset list in tag order, or None if the store at `path`
    is not ready to be used as it is (missing, not SQLite, another schema, no device yet)."""
    return _read(path, lambda conn: conn.execute(FIRST_PAGE_SQL, (limit,)).fetchall())


def dashboard_figures(path: Path, today: dt.date) -> DashboardFigures | None:
    """The home page's figures (`app.store.dashboard`), or None as for `first_page`."""
    return _read(path, lambda conn: read_figures(conn, today))


def _read(path: Path, fn: Callable[[sqlite3.Connection], T]) -> T | None:
    try:
        if not path.is_file():
            return None
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
    except OSError:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != HEAD_REVISION:
            return None
        if conn.execute("SELECT 1 FROM devices WHERE is_local").fetchone() is None:
            return None
        return fn(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()

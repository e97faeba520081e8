"""What the GUI needs before the store is opened the usual way (see `app.store.quick`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.domain.lifecycle import Status
from app.services.dto import AssetRow
from app.store.quick import first_page as _first_page


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def first_page(path: Path, limit: int) -> list[AssetRow] | None:
    """The first `limit` assets in tag order, read without SQLAlchemy, or None if the store
    must be opened the usual way first (to be created, upgraded or refused)."""
    rows = _first_page(path, limit)
    if rows is None:
        return None
    return [
        AssetRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], Status(r[7]), r[8], r[9],
                 _date(r[10]), _date(r[11]))
        for r in rows
    ]  # fmt: skip

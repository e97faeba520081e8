"""Turn SQLite's failures into messages a person can act on."""

from __future__ import annotations

import errno
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.domain.errors import StoreError


def explain(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """A `StoreError` for the SQLite failures people cause or meet, or None."""
    raw = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(raw).lower()
    where = f" ({path})" if path else ""
    disk_full = isinstance(raw, OSError) and raw.errno == errno.ENOSPC
    if disk_full or "disk is full" in text or "disk full" in text:
        return StoreError(
            f"The disk holding the database{where} is full; nothing was saved. "
            "Free some space and try again."
        )
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return StoreError(
            f"The database{where} is read-only; nothing was saved. Check the file's "
            "permissions, or open a copy you can write with --db."
        )
    if "database is locked" in text or "database is busy" in text:
        return StoreError(
            f"The database{where} is busy in another Fieldtag window or command; "
            "nothing was saved. Try again in a moment."
        )
    if "file is not a database" in text or "malformed" in text:
        return StoreError(
            f"The file{where} is damaged or is not a Fieldtag database. Restore a backup "
            "(they are in the 'backups' folder beside it) or choose another file with --db."
        )
    if "unable to open database" in text:
        return StoreError(
            f"The database{where} cannot be opened: check that its folder exists and "
            "that you may write there."
        )
    return None

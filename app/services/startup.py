"""What the GUI needs before the store is opened the usual way (see `app.store.quick`)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from app.domain.dashboard import Dashboard
from app.domain.lifecycle import Status
from app.services.dto import AssetRow
from app.store.quick import dashboard_figures
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


def dashboard(path: Path, today: dt.date | None = None) -> Dashboard | None:
    """The home page's figures read without SQLAlchemy (recent activity follows once the
    store is open), or None as for `first_page`."""
    figures = dashboard_figures(path, today or dt.date.today())
    return None if figures is None else Dashboard(figures, None)


class QuickRead:
    """`first_page`, then `dashboard`, on a thread of their own, started at once: sqlite3
    releases the GIL while it reads, so the GUI's modules load and the window is built
    meanwhile. `first()` waits for the first page, `figures()` for the figures (None as
    for `first_page`)."""

    def __init__(self, path: Path, limit: int) -> None:
        self._first: list[AssetRow] | None = None
        self._figures: Dashboard | None = None
        self._first_read = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(path, limit), name="fieldtag-quick-read", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, limit: int) -> None:
        try:
            self._first = first_page(path, limit)
        finally:
            self._first_read.set()
        if self._first is not None:
            self._figures = dashboard(path)

    def first(self) -> list[AssetRow] | None:
        self._first_read.wait()
        return self._first

    def figures(self) -> Dashboard | None:
        self._thread.join()
        return self._figures

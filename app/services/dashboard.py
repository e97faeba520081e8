"""The home page: what needs doing, in one call (`dashboard`), and its charts
(`dashboard_charts`). Both run a few aggregate queries on the session's connection
(`app.store.dashboard`); recent activity is the newest events, summarised as the asset
history summarises them.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.domain.dashboard import RECENT_EVENTS, Dashboard, DashboardCharts, RecentItem
from app.services.assets import _entries
from app.services.context import Context
from app.store import dashboard as sql

ENTITY_WORDS = {
    "asset": "Asset", "model": "Model", "location": "Location", "person": "Person",
    "count": "Count", "drive": "Drive", "checklist_run": "Checklist", "certificate":
    "Certificate", "sanitization": "Sanitization", "device": "Device",
}  # fmt: skip


def _dbapi(session: Any) -> Any:
    return session.connection().connection.dbapi_connection


def dashboard(ctx: Context, today: dt.date | None = None) -> Dashboard:
    """Every figure of the home page on `today` (default: today), and recent activity."""
    today = today or dt.date.today()
    with ctx.reading() as session:
        conn = _dbapi(session)
        figures = sql.read_figures(conn, today)
        rows = sql.recent_rows(conn, RECENT_EVENTS)
        devices = dict(conn.execute("SELECT id, name FROM devices").fetchall())
    return Dashboard(figures, recent_items(rows, devices))


def dashboard_charts(ctx: Context, today: dt.date | None = None) -> DashboardCharts:
    today = today or dt.date.today()
    with ctx.reading() as session:
        return sql.read_charts(_dbapi(session), today)


def recent_items(rows: list[tuple[Any, ...]], devices: dict[str, str]) -> tuple[RecentItem, ...]:
    decoded = [[_json(r[5]), _json(r[6])] for r in rows]
    history_rows = [(r[8], r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]
    entries = _entries(history_rows, decoded, {}, devices)
    out = []
    for r, entry in zip(rows, entries, strict=True):
        asset_id, tag, name = r[7], r[9], r[10]
        if tag:
            what = f"{tag} {name}".strip()
        elif asset_id:
            what = "(deleted asset)"
        else:
            what = ENTITY_WORDS.get(str(r[4]), str(r[4]).replace("_", " ").capitalize())
        out.append(
            RecentItem(entry.at, entry.actor, entry.device, str(r[4]), what, entry.summary,
                       asset_id if tag else None)
        )  # fmt: skip
    return tuple(out)


def _json(value: Any) -> Any:
    if value is None or isinstance(value, dict):
        return value
    return json.loads(value)


__all__ = ["dashboard", "dashboard_charts", "recent_items"]

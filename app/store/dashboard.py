"""The home page's figures and charts in a few aggregate queries, on a DB-API connection.

Plain `sqlite3` (no SQLAlchemy), so the GUI can show the figures at start before SQLAlchemy
is loaded (`app.store.quick`), and the services run the same SQL on the session's own
connection (same transaction). Every query is an aggregate over an index where one exists:
status (ix_assets_status), warranty end (ix_assets_warranty_end), checklist runs by status,
drives by asset; the end-of-life and audit figures read the assets table once each.

"Active" assets are those not disposed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any, Protocol

from app.domain.dashboard import (
    AGE_BUCKETS,
    AUDIT_SOON_DAYS,
    CHART_MONTHS,
    EOL_SOON_DAYS,
    WARRANTY_WINDOWS,
    DashboardCharts,
    DashboardFigures,
    add_months,
    age_bounds,
    month_start,
)

SYNC_LAST_SUCCESS = "sync_last_success"  # meta key written by sync (ISO timestamp)
STATUSES = ("requested", "ordered", "in_stock", "deployed", "in_maintenance", "retired",
            "disposed", "missing")  # fmt: skip
# a count does not expect these (app.domain.counts.NOT_EXPECTED_STATUSES)
NOT_COUNTED = ("requested", "ordered", "disposed")


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


def _one(conn: Connection, sql: str, params: Any = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row is not None else None


def _table_exists(conn: Connection, name: str) -> bool:
    return bool(_one(conn, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)))


def local_device(conn: Connection) -> tuple[str, int] | None:
    row = conn.execute("SELECT id, next_seq FROM devices WHERE is_local").fetchone()
    return None if row is None else (str(row[0]), int(row[1]))


def unsynced_events(conn: Connection) -> tuple[int, dt.datetime | None]:
    """(events of this device not acknowledged by the sync server, last successful sync).

    A store that never synced has nothing acknowledged: every event of this device waits,
    and the device's sequence counter says how many there are (each event takes the next
    number, in the transaction that writes it). Once synced, they are counted."""
    last_text = _one(conn, "SELECT value FROM meta WHERE key = ?", (SYNC_LAST_SUCCESS,))
    device = local_device(conn)
    if device is None:
        return 0, None
    if last_text is None:
        return device[1] - 1, None
    try:
        last = dt.datetime.fromisoformat(str(last_text))
    except ValueError:
        last = None
    count = _one(
        conn, "SELECT COUNT(*) FROM events WHERE device_id = ? AND server_seq IS NULL",
        (device[0],),
    )  # fmt: skip
    return int(count or 0), last


def drives_waiting(conn: Connection) -> int:
    """Drives waiting for sanitization: the drives of retired assets (the state before
    disposal) with no passed sanitization or destruction record. Drives of assets still in
    use are not waiting for anything. Over the status index: retired assets are few."""
    return int(
        _one(
            conn,
            "SELECT COUNT(*) FROM assets a JOIN drives d ON d.asset_id = a.id "
            "WHERE a.status = 'retired' AND NOT EXISTS (SELECT 1 FROM sanitizations s "
            "  WHERE s.drive_id = d.id AND s.result = 'passed')",
        )
        or 0
    )


def _audits(conn: Connection, today: dt.date) -> tuple[int, int, int]:
    """(assets overdue for a count or never counted, the locations holding them, assets due
    within AUDIT_SOON_DAYS with the overdue ones). Counts over ix_assets_audit (an OR of
    both conditions would make SQLite read the table rows, a GROUP BY sort them); the
    locations are probed one by one (a few hundred index look-ups)."""
    marks = ",".join("?" * len(NOT_COUNTED))
    t = today.isoformat()
    soon = (today + dt.timedelta(days=AUDIT_SOON_DAYS)).isoformat()
    late, due = conn.execute(
        f"SELECT SUM(next_audit <= ?), COUNT(*) FROM assets WHERE status NOT IN ({marks}) "
        "AND next_audit <= ?",
        (t, *NOT_COUNTED, soon),
    ).fetchone()
    never = _one(
        conn,
        f"SELECT COUNT(*) FROM assets WHERE status NOT IN ({marks}) "
        "AND next_audit IS NULL AND last_audit IS NULL",
        NOT_COUNTED,
    )
    places = _one(
        conn,
        "SELECT COUNT(*) FROM locations l WHERE EXISTS (SELECT 1 FROM assets a "
        f" WHERE a.location_id = l.id AND a.status NOT IN ({marks}) AND (a.next_audit <= ?"
        "  OR (a.next_audit IS NULL AND a.last_audit IS NULL)))",
        (*NOT_COUNTED, t),
    )
    never = int(never or 0)
    return int(late or 0) + never, int(places or 0), int(due or 0) + never


def read_figures(conn: Connection, today: dt.date) -> DashboardFigures:
    t = today.isoformat()
    by_status = dict.fromkeys(STATUSES, 0)
    for status, n in conn.execute("SELECT status, COUNT(*) FROM assets GROUP BY status"):
        by_status[str(status)] = int(n)
    ends = [(today + dt.timedelta(days=d)).isoformat() for d in WARRANTY_WINDOWS]
    sums = ", ".join(f"SUM(warranty_end <= '{end}')" for end in ends)
    row = conn.execute(
        f"SELECT {sums} FROM assets WHERE warranty_end >= ? AND warranty_end <= ? "
        "AND status != 'disposed'",
        (t, ends[-1]),
    ).fetchone()
    warranty = {d: int(row[i] or 0) for i, d in enumerate(WARRANTY_WINDOWS)}
    soon = (today + dt.timedelta(days=EOL_SOON_DAYS)).isoformat()
    past_eol, eol_soon = conn.execute(
        "SELECT SUM(eol_date < ?), SUM(eol_date >= ?) FROM assets "
        "WHERE eol_date <= ? AND status != 'disposed'",
        (t, t, soon),
    ).fetchone()
    overdue, places, audit_soon = _audits(conn, today)
    runs, run_assets = 0, 0
    if _table_exists(conn, "checklist_runs"):
        runs, run_assets = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT asset_id) FROM checklist_runs "
            "WHERE status = 'in_progress'"
        ).fetchone()
    unsynced, last_sync = unsynced_events(conn)
    return DashboardFigures(
        today=today,
        total=sum(by_status.values()),
        by_status=by_status,
        warranty_ending=warranty,
        past_eol=int(past_eol or 0),
        eol_soon=int(eol_soon or 0),
        audit_overdue=int(overdue or 0),
        audit_locations=int(places or 0),
        audit_soon=int(audit_soon or 0),
        checklists_in_progress=int(runs or 0),
        checklist_assets=int(run_assets or 0),
        drives_waiting=drives_waiting(conn),
        unsynced=unsynced,
        last_sync=last_sync,
    )


def read_charts(conn: Connection, today: dt.date) -> DashboardCharts:
    by_status = dict.fromkeys(STATUSES, 0)
    for status, n in conn.execute("SELECT status, COUNT(*) FROM assets GROUP BY status"):
        by_status[str(status)] = int(n)
    # by model over ix_assets_model_id, less the disposed ones (over the status index),
    # then by category: a join of every asset with its model reads the table (6x slower)
    per_model: dict[str | None, int] = dict(
        conn.execute("SELECT model_id, COUNT(*) FROM assets GROUP BY model_id").fetchall()
    )
    for model, n in conn.execute(
        "SELECT model_id, COUNT(*) FROM assets WHERE status = 'disposed' GROUP BY model_id"
    ):
        per_model[model] = per_model.get(model, 0) - int(n)
    category_of = dict(conn.execute("SELECT id, category FROM asset_models").fetchall())
    per_category: dict[str, int] = {}
    for model, n in per_model.items():
        cat = str(category_of.get(model) or "") if model is not None else ""
        per_category[cat] = per_category.get(cat, 0) + int(n)
    by_category = sorted(
        ((c, n) for c, n in per_category.items() if n > 0), key=lambda cn: (-cn[1], cn[0])
    )
    first = month_start(today)
    months = [add_months(first, i) for i in range(CHART_MONTHS)]
    per_month = dict.fromkeys(months, 0)
    for month, n in conn.execute(
        "SELECT substr(warranty_end, 1, 7), COUNT(*) FROM assets "
        "WHERE warranty_end >= ? AND warranty_end < ? AND status != 'disposed' GROUP BY 1",
        (today.isoformat(), add_months(first, CHART_MONTHS).isoformat()),
    ):
        per_month[dt.date.fromisoformat(f"{month}-01")] = int(n)
    bounds = age_bounds(today)
    cases = []
    for after, upto in bounds:
        cond = f"purchase_date <= '{upto}'" if upto else "1"
        if after is not None:
            cond += f" AND purchase_date > '{after}'"
        cases.append(f"SUM(purchase_date IS NOT NULL AND {cond})")
    row = conn.execute(
        f"SELECT {', '.join(cases)}, SUM(purchase_date IS NULL OR purchase_date > ?) "
        "FROM assets WHERE status != 'disposed'",
        (today.isoformat(),),
    ).fetchone()
    by_age = [(label, int(row[i] or 0)) for i, (label, _l, _h) in enumerate(AGE_BUCKETS)]
    by_age.append(("unknown", int(row[len(AGE_BUCKETS)] or 0)))
    return DashboardCharts(
        today=today,
        by_status=by_status,
        by_category=by_category,
        warranty_by_month=[(m, per_month[m]) for m in months],
        by_age=by_age,
        age_bounds=bounds,
    )


RECENT_SQL = """
SELECT e.recorded_at, e.actor, e.device_id, e.kind, e.entity, e.changes, e.data, e.asset_id,
       e.entity_id, a.tag, a.name
FROM events e LEFT JOIN assets a ON a.id = e.asset_id
ORDER BY e.hlc DESC LIMIT ?
"""


def recent_rows(conn: Connection, limit: int) -> list[tuple[Any, ...]]:
    """The newest events (by hybrid logical clock), with the tag and name of their asset."""
    return [tuple(r) for r in conn.execute(RECENT_SQL, (limit,))]

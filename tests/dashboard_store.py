"""A small hand-built store for the home page and the reports, with dates relative to a
given `today` (see tests/integration/test_dashboard.py for the figures it must give)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, text

from app.domain.ids import new_id
from app.services.assets import create_asset
from app.services.context import Context
from app.store.tables import ChecklistRun, Drive, Sanitization, utcnow

D = dt.timedelta


def build(
    catalog_ctx: tuple[Context, dict[str, str]], today: dt.date
) -> tuple[Context, dict[str, str]]:
    """Six assets (tag: status, location, warranty end, end of life, purchase, cost, audit):

    LT-1   deployed  room   T+10  T-5    T-400 1000.00  next T-1
    LT-2   in_stock  shelf  T+45  T+30   T-100 1200.00  next T+20, last T-345
    LT-3   disposed  shelf  T+5   T-100  T-2000 900.00  -
    MON-1  deployed  room   T+80  T+200  T-800  200.00  never counted
    MON-2  retired   site   T-10  T-1    -      -       next T+100, last T-265
    MON-3  ordered   -      -     -      -      -       never counted (not expected)

    Drives: LT-1 has D1 (passed) and D2 (failed only), LT-2 has D4 (none), LT-3 has D3
    (none, but disposed), MON-2 has D5 (none: retired, so waiting for sanitization). Checklists in progress on LT-2 and MON-1, one completed on LT-1.
    """
    ctx, ids = catalog_ctx
    T = today
    rows: list[tuple[Any, ...]] = [
        ("LT-1", "laptop", "room", T + D(10), T - D(5), T - D(400), "1000.00", T - D(1), None),
        ("LT-2", "laptop", "shelf", T + D(45), T + D(30), T - D(100), "1200.00", T + D(20),
         T - D(345)),
        ("LT-3", "laptop", "shelf", T + D(5), T - D(100), T - D(2000), "900.00", None, None),
        ("MON-1", "monitor", "room", T + D(80), T + D(200), T - D(800), "200.00", None, None),
        ("MON-2", "monitor", "site", T - D(10), T - D(1), None, None, T + D(100), T - D(265)),
        ("MON-3", "monitor", None, None, None, None, None, None, None),
    ]  # fmt: skip
    status = {"LT-1": "deployed", "LT-2": "in_stock", "LT-3": "disposed", "MON-1": "deployed",
              "MON-2": "retired", "MON-3": "ordered"}  # fmt: skip
    for tag, model, loc, warranty, eol, bought, cost, next_audit, last_audit in rows:
        values: dict[str, Any] = {"tag": tag, "name": f"{tag} name", "model_id": ids[model],
                                  "location_id": ids[loc] if loc else None}  # fmt: skip
        if warranty:
            values["warranty_end"] = warranty
        if eol:
            values["eol_date"] = eol
        if bought:
            values["purchase_date"] = bought
        if cost:
            values["purchase_cost"] = cost
        ids[tag] = create_asset(ctx, values).id
        with ctx.store.write_engine.begin() as conn:
            conn.execute(
                text("UPDATE assets SET status = :s, next_audit = :n, last_audit = :l "
                     "WHERE id = :id"),
                {"s": status[tag], "n": next_audit.isoformat() if next_audit else None,
                 "l": last_audit.isoformat() if last_audit else None, "id": ids[tag]},
            )  # fmt: skip
    now = utcnow()
    drives = [("D1", "LT-1"), ("D2", "LT-1"), ("D3", "LT-3"), ("D4", "LT-2"), ("D5", "MON-2")]
    with ctx.store.write_engine.begin() as conn:
        for name, tag in drives:
            ids[name] = new_id()
            conn.execute(insert(Drive), {"id": ids[name], "asset_id": ids[tag],
                                         "serial": f"SER-{name}", "kind": "ssd"})  # fmt: skip
        for drive, result in (("D1", "passed"), ("D2", "failed")):
            ids[f"S-{drive}"] = new_id()
            conn.execute(insert(Sanitization), {
                "id": ids[f"S-{drive}"], "drive_id": ids[drive], "method": "purge",
                "technique": "overwrite", "result": result, "performed_by": "Tess",
                "performed_at": now,
            })  # fmt: skip
        for run, tag, state in (("R1", "LT-2", "in_progress"), ("R2", "MON-1", "in_progress"),
                                ("R3", "LT-1", "completed")):  # fmt: skip
            ids[run] = new_id()
            conn.execute(insert(ChecklistRun), {
                "id": ids[run], "asset_id": ids[tag], "template_key": "deploy",
                "template_version": 1, "template_title": "Deploy", "kind": "deploy",
                "template": {}, "template_sha256": "0" * 64, "status": state,
                "started_by": "Tess", "device_id": ctx.store.device_id,
            })  # fmt: skip
    return ctx, ids

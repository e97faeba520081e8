"""Fixtures shared by the tests of the main window and the asset pages (imported by them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import insert

from app.domain.ids import new_id
from app.services import assets
from app.services.context import Context
from app.store.tables import Asset
from app.ui.operations import DbLane


@pytest.fixture
def lane(ctx: Context, qtbot: Any) -> Iterator[DbLane]:
    lane = DbLane(ctx)
    yield lane
    lane.shutdown()


@pytest.fixture
def stocked(catalog_ctx: Any) -> tuple[Context, dict[str, str]]:
    """`catalog_ctx` plus a handful of assets in different states (ids added to the dict)."""
    ctx, ids = catalog_ctx
    made = [
        ("LT-001", ids["laptop"], "in_stock", ids["shelf"], None, "Spare laptop"),
        ("LT-002", ids["laptop"], "deployed", ids["room"], ids["anna"], "Anna's laptop"),
        ("LT-003", ids["laptop"], "retired", ids["shelf"], None, "Old laptop"),
        ("MON-001", ids["monitor"], "in_stock", ids["room"], None, "Monitor left"),
        ("MON-002", ids["monitor"], "deployed", None, ids["jurgen"], "Monitor right"),
        ("MON-003", ids["monitor"], "in_maintenance", ids["site"], None, "Flickers"),
    ]
    for tag, model, status, loc, person, name in made:
        detail = assets.create_asset(
            ctx,
            {"tag": tag, "model_id": model, "status": status, "location_id": loc,
             "assignee_id": person, "name": name, "serial": f"SN-{tag}",
             "warranty_end": dt.date.today() + dt.timedelta(days=30 if tag == "LT-001" else 900)},
        )  # fmt: skip
        ids[tag] = detail.id
    return ctx, ids


def bulk_assets(ctx: Context, n: int, model_id: str | None = None) -> None:
    """Insert `n` plain assets fast (Core insert; the FTS triggers index them)."""
    rows = [
        {"id": new_id(), "tag": f"BULK-{i:05d}", "name": f"Bulk {i}", "serial": f"B{i:07d}",
         "model_id": model_id, "status": "in_stock", "location_id": None, "assignee_id": None,
         "supplier": "", "order_number": "", "notes": "", "custom": {}}
        for i in range(n)
    ]  # fmt: skip
    with ctx.store.write_engine.begin() as conn:
        conn.execute(insert(Asset), rows)

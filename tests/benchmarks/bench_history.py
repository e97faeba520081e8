"""Opening an asset with 1,000 history events: `get_asset` + `asset_history`.

On a copy of the demo database, one asset gets 1,000 events the way people make them
(status changes through the lifecycle, moves between rooms, new assignees, edits of notes
and dates), then opening it is timed. Target: ≤ 50 ms (median; p95 printed too).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

from sqlalchemy import select

from tests.benchmarks.common import Result, median, ms, percentile

TARGET_S = 0.050
EVENTS = 1000
CYCLE = [  # (target status, action) around the lifecycle
    ("deployed", "Deploy"),
    ("in_maintenance", "Send to maintenance"),
    ("deployed", "Back to user"),
    ("in_stock", "Return to stock"),
]


def _make_long_history(ctx: object) -> str:
    """An asset with `EVENTS` events in its history; returns its id."""
    from app.services.assets import create_asset
    from app.services.context import Context
    from app.store.tables import Asset, AssetModel, Location, Person

    assert isinstance(ctx, Context)
    with ctx.reading() as session:
        model = session.scalar(select(AssetModel.id).where(AssetModel.holds_storage.is_(True)))
        rooms = session.scalars(select(Location.id).limit(60)).all()
        people = session.scalars(select(Person.id).limit(60)).all()
        top = session.scalar(select(Asset.num).order_by(Asset.num.desc()).limit(1)) or 0
    asset = create_asset(
        ctx,
        {"tag": f"BENCH-{top + 1}", "name": "Long history", "serial": "BENCH-HISTORY",
         "model_id": model, "location_id": rooms[0], "notes": "Benchmark asset"},
    )  # fmt: skip
    rng = random.Random(1)
    when = dt.datetime(2020, 1, 6, 9, 0)
    status: str = "in_stock"
    assignee: str | None = None
    location: str | None = rooms[0]
    notes = "Benchmark asset"
    with ctx.unit_of_work() as uow:
        for n in range(EVENTS - 1):
            when += dt.timedelta(hours=rng.randrange(2, 40))
            if n % 3 == 0:
                target, action = CYCLE[(n // 3) % len(CYCLE)]
                new_assignee = rng.choice(people) if target == "deployed" else assignee
                if target == "in_stock":
                    new_assignee = None
                new_location = rng.choice(rooms)
                changes: dict[str, list[str | None]] = {
                    "status": [status, target],
                    "location_id": [location, new_location],
                }
                if new_assignee != assignee:
                    changes["assignee_id"] = [assignee, new_assignee]
                uow.event("asset", asset.id, "status_changed", changes, asset_id=asset.id,
                          data={"action": action}, at=when)  # fmt: skip
                status, assignee, location = target, new_assignee, new_location
            else:
                new_notes = f"{notes[:60]} / check {n}"
                audit = (when + dt.timedelta(days=180)).date().isoformat()
                uow.event("asset", asset.id, "updated",
                          {"notes": [notes, new_notes], "next_audit": [None, audit]},
                          asset_id=asset.id, at=when)  # fmt: skip
                notes = new_notes
        uow.commit()
    return asset.id


def run(db: Path) -> list[Result]:
    from app.services.assets import asset_history, get_asset
    from app.services.context import Context
    from app.store.database import open_store

    store = open_store(db, device_name="bench", migrate=False)
    try:
        ctx = Context(store, "bench")
        asset_id = _make_long_history(ctx)
        times: list[float] = []
        detail_times: list[float] = []
        count = 0
        for _ in range(31):
            started = time.perf_counter()
            get_asset(ctx, asset_id)
            middle = time.perf_counter()
            count = len(asset_history(ctx, asset_id))
            times.append(time.perf_counter() - started)
            detail_times.append(middle - started)
    finally:
        store.close()
    times, detail_times = times[1:], detail_times[1:]  # the first run warms the caches
    p50, p95 = median(times), percentile(times, 95)
    print(
        f"  asset with {count} history entries: median {ms(p50)}, p95 {ms(p95)}"
        f" (get_asset: median {ms(median(detail_times))})"
    )
    return [
        Result(
            f"open asset ({count} events)",
            f"median {ms(p50)} / p95 {ms(p95)}",
            "≤ 50 ms (median)",
            p50 <= TARGET_S,
        )
    ]

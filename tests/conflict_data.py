"""A store with conflicts as sync records them (for the page and CLI tests, which need no
server): a tag adopted twice and a laptop moved two ways on two devices."""

from __future__ import annotations

from typing import Any

from app.domain import conflicts as cf
from app.services import assets, catalog
from app.services import conflicts as service
from app.services.context import Context


def make_conflicts(ctx: Context) -> dict[str, Any]:
    model = catalog.create_model(ctx, {"manufacturer": "Dell", "name": "Latitude 5440",
                                       "category": "Laptop"})  # fmt: skip
    room = catalog.create_location(ctx, {"name": "Bench 2", "kind": "room"})
    keeper = assets.create_asset(ctx, {"tag": "IT-500", "name": "a's dock"})
    loser = assets.create_asset(ctx, {"tag": "IT-500~2", "name": "b's dock"})
    laptop = assets.create_asset(ctx, {"tag": "IT-00012", "model_id": model.id,
                                       "status": "in_maintenance", "location_id": room.id})  # fmt: skip
    tag = cf.ConflictFound(
        cf.TAG, f"it-500\x00{loser.id}",
        "tag IT-500 was given to two assets on different devices: the one recorded first "
        f"(a's dock, id {keeper.id}) keeps it, the other (b's dock, id {loser.id}) now has "
        "IT-500~2",
        "asset", loser.id, asset_id=loser.id,
        details={"tag": "IT-500", "asset_id": loser.id, "given": "IT-500~2",
                 "keeper_id": keeper.id},
    )  # fmt: skip
    event = {"actor": "tester", "source": "in_stock", "hlc": 1, "changes": {},
             "recorded_at": "2026-11-24T08:00:00", "action": ""}  # fmt: skip
    transition = cf.ConflictFound(
        cf.TRANSITION, f"{laptop.id}\x00e1\x00e2",
        "Laptop IT-00012 was deployed on bench-2 and sent to maintenance on bench-5 while "
        "both were offline; it is now In maintenance (the later change)",
        "asset", laptop.id, asset_id=laptop.id,
        details={"asset_id": laptop.id, "source": "in_stock", "events": [
            {**event, "id": "e1", "device_id": "d2", "device": "bench-2", "target": "deployed"},
            {**event, "id": "e2", "device_id": "d5", "device": "bench-5",
             "target": "in_maintenance"},
        ]},
    )  # fmt: skip
    with ctx.unit_of_work() as uow:
        service.record_found(uow.session, [tag, transition])
        uow.commit()
    return {"tag": tag.id, "transition": transition.id, "keeper": keeper.id,
            "loser": loser.id, "laptop": laptop.id}  # fmt: skip

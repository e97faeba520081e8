"""Conflicts across devices syncing through the server (in process, real SQLite stores):
found alike on every device, settled on one and settled everywhere, never reopened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain import conflicts as cf
from app.domain.errors import TransitionRefused, ValidationError
from app.domain.lifecycle import TransitionRequest
from app.services import assets, catalog
from app.services import conflicts as service
from app.services.conflicts import ConflictSettled, Settlement
from app.services.context import Context
from app.store.tables import ConflictRow, Event
from tests.integration.sync_fixtures import Server
from tests.integration.test_sync_devices import Fleet


@pytest.fixture
def fleet(sqlite_server: Server, tmp_path: Path) -> Any:
    f = Fleet(sqlite_server, tmp_path, ["bench-2", "bench-5", "c"])
    yield f
    f.close()


def rows(ctx: Context) -> list[tuple[str, str, str, str, str]]:
    with ctx.reading() as s:
        return sorted(
            s.execute(select(ConflictRow.id, ConflictRow.kind, ConflictRow.key,
                             ConflictRow.summary, ConflictRow.status)).tuples().all()
        )  # fmt: skip


def events_count(ctx: Context) -> int:
    with ctx.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Event)) or 0)


def offline_conflicts(fleet: Fleet) -> dict[str, Any]:
    """bench-2 deploys a laptop while bench-5 sends it to maintenance; both adopt tag
    IT-500 for a new asset. Everything synced (devices a and b only)."""
    a, b = fleet.ctx["bench-2"], fleet.ctx["bench-5"]
    model = catalog.create_model(a, {"manufacturer": "Dell", "name": "Latitude 5440",
                                     "category": "Laptop"})  # fmt: skip
    ann = catalog.create_person(a, {"name": "Ann Example"})
    x = assets.create_asset(a, {"tag": "IT-00012", "model_id": model.id})
    fleet.sync("bench-2")
    fleet.sync("bench-5")
    assets.transition_asset(a, x.id, "deployed", TransitionRequest(assignee_id=ann.id))
    first = assets.create_asset(a, {"tag": "IT-500", "name": "a's dock"})
    assets.transition_asset(b, x.id, "in_maintenance")
    second = assets.create_asset(b, {"tag": "it-500", "name": "b's dock"})
    for name in ("bench-2", "bench-5", "bench-2"):
        fleet.sync(name)
    return {"x": x, "ann": ann, "first": first, "second": second}


def test_both_devices_find_the_same_conflicts_and_a_settlement_syncs(fleet: Fleet) -> None:
    a, b, c = (fleet.ctx[n] for n in ("bench-2", "bench-5", "c"))
    made = offline_conflicts(fleet)
    x = made["x"]
    assert rows(a) == rows(b)
    kinds = sorted(r[1] for r in rows(a))
    assert kinds == ["tag", "transition"]
    listed = service.list_conflicts(a)
    transition = next(c for c in listed if c.kind == cf.TRANSITION)
    assert transition.summary == (
        "Laptop IT-00012 was deployed on bench-2 and sent to maintenance on bench-5 while "
        "both were offline; it is now In maintenance (the later change)"
    )
    events = transition.details["events"]
    assert [e["device"] for e in events] == ["bench-2", "bench-5"]
    assert [e["target"] for e in events] == ["deployed", "in_maintenance"]
    assert all(e["id"] and e["actor"] for e in events)
    assert [(a_.tag, a_.status) for a_ in transition.assets] == [("IT-00012", "in_maintenance")]
    tag = next(c for c in listed if c.kind == cf.TAG)
    assert {a_.tag for a_ in tag.assets} == {"IT-500", "it-500~2"}

    # settle on bench-2: the laptop goes where bench-2 put it (a correction that syncs)
    done = service.settle_conflict(a, transition.id, Settlement("other", note="it is with Ann"))
    assert done.info.status == "settled" and "Deployed" in done.info.resolution
    detail = assets.get_asset(a, x.id)
    assert detail.status == "deployed" and detail.assignee_id == made["ann"].id
    swapped = service.settle_conflict(a, tag.id[:8], Settlement("swap"))
    assert swapped.print_tag == "it-500~2"
    assert assets.get_asset(a, made["second"].id).tag == "IT-500"
    assert assets.get_asset(a, made["first"].id).tag == "it-500~2"
    assert service.open_count(a) == 0

    fleet.sync("bench-2")
    result = fleet.sync("bench-5")
    assert not result.conflicts, "nothing new: the correction follows on from the state"
    assert rows(a) == rows(b)
    settled_b = {i.id: i for i in service.list_conflicts(b, "settled")}
    assert settled_b[transition.id].note == "it is with Ann"
    assert settled_b[transition.id].settled_device == "bench-2"
    assert assets.get_asset(b, x.id).status == "deployed"
    assert assets.get_asset(b, made["second"].id).tag == "IT-500"
    history = assets.asset_history(b, x.id)
    assert any("Settle conflict" in h.summary for h in history)  # the correction
    assert any(h.summary.startswith("Conflict settled: IT-00012 set to Deployed") for h in history)

    # settling again on bench-5 (it was settled meanwhile): a clear message, nothing changes
    before = events_count(b)
    with pytest.raises(ConflictSettled, match=r"already settled by .* on bench-2"):
        service.settle_conflict(b, transition.id, Settlement("keep"))
    assert events_count(b) == before

    # a device that never found the conflicts gets them settled (found and settled in one go)
    fleet.sync("c")
    assert rows(c) == rows(a)
    assert all(r[4] == "settled" for r in rows(c))


def test_a_conflict_found_again_is_not_reopened(fleet: Fleet) -> None:
    a, b = fleet.ctx["bench-2"], fleet.ctx["bench-5"]
    made = offline_conflicts(fleet)
    conflict = next(c for c in service.list_conflicts(b) if c.kind == cf.TRANSITION)
    service.settle_conflict(b, conflict.id, Settlement("keep", note="repair first"))
    fleet.sync("bench-5")
    fleet.sync("c")
    # more changes on the laptop: the status changes are read again on every device
    assets.update_asset(fleet.ctx["c"], made["x"].id, {"notes": "new battery"})
    assets.update_asset(a, made["x"].id, {"serial": "SN-1"})
    results = fleet.sync_all(2)
    assert not any(c.kind == cf.TRANSITION for r in results for c in r.conflicts)
    for ctx in fleet.ctx.values():
        info = service.get_conflict(ctx, conflict.id)
        assert info.status == "settled" and info.note == "repair first"
    assert assets.get_asset(a, made["x"].id).status == "in_maintenance"


def test_two_settlements_of_one_conflict_the_earliest_wins_everywhere(fleet: Fleet) -> None:
    a, b = fleet.ctx["bench-2"], fleet.ctx["bench-5"]
    made = offline_conflicts(fleet)
    cid = next(c.id for c in service.list_conflicts(a) if c.kind == cf.TAG)
    # offline, both settle it: bench-2 first (keep), bench-5 later (a new tag)
    service.settle_conflict(a, cid, Settlement("keep", note="label printed"))
    service.settle_conflict(b, cid, Settlement("retag", tag="IT-501"))
    fleet.sync_all(2)
    for ctx in (a, b):
        info = service.get_conflict(ctx, cid)
        assert info.settled_device == "bench-2" and info.note == "label printed"
        # the data change still merges by the normal rules
        assert assets.get_asset(ctx, made["second"].id).tag == "IT-501"
    assert rows(a) == rows(b)


def test_bad_settlements_change_nothing(fleet: Fleet) -> None:
    a = fleet.ctx["bench-2"]
    offline_conflicts(fleet)
    listed = {c.kind: c for c in service.list_conflicts(a)}
    before = events_count(a)
    with pytest.raises(ValidationError, match="already used by another asset"):
        service.settle_conflict(a, listed["tag"].id, Settlement("retag", tag="IT-00012"))
    with pytest.raises(ValidationError, match="one word"):
        service.settle_conflict(a, listed["tag"].id, Settlement("retag", tag="IT 1"))
    with pytest.raises(ValidationError, match="not a way to settle"):
        service.settle_conflict(a, listed["tag"].id, Settlement("other"))
    with pytest.raises(ValidationError, match="not one of the states"):
        service.settle_conflict(a, listed["transition"].id, Settlement("other", state="retired"))
    assert events_count(a) == before
    assert service.open_count(a) == 2


def test_the_correction_is_refused_by_the_guards_when_the_facts_changed(fleet: Fleet) -> None:
    a, b = fleet.ctx["bench-2"], fleet.ctx["bench-5"]
    x = assets.create_asset(a, {"tag": "IT-9"})
    fleet.sync("bench-2")
    fleet.sync("bench-5")
    assets.transition_asset(a, x.id, "missing", TransitionRequest(note="not on shelf"))
    assets.transition_asset(b, x.id, "retired")
    fleet.sync_all(2)
    cid = next(c.id for c in service.list_conflicts(a) if c.kind == cf.TRANSITION)
    with pytest.raises(TransitionRefused, match="Say why"):
        service.settle_conflict(a, cid, Settlement("other"))
    done = service.settle_conflict(a, cid, Settlement("other", note="not on shelf 3"))
    assert done.info.status == "settled" and assets.get_asset(a, x.id).status == "missing"


def test_model_location_and_deletion_conflicts_are_settled_and_sync(fleet: Fleet) -> None:
    a, b = fleet.ctx["bench-2"], fleet.ctx["bench-5"]
    catalog.create_model(a, {"manufacturer": "HP", "name": "EliteBook 840"})
    catalog.create_model(b, {"manufacturer": "HP", "name": "EliteBook 840"})
    site = catalog.create_location(a, {"name": "Site", "kind": "site"})
    one = catalog.create_location(a, {"name": "One", "kind": "room"})
    two = catalog.create_location(a, {"name": "Two", "kind": "room"})
    bob = catalog.create_person(a, {"name": "Bob"})
    eve = catalog.create_person(a, {"name": "Eve"})
    fleet.sync_all(1)
    catalog.update_location(a, one.id, {"parent_id": two.id})
    catalog.update_location(b, two.id, {"parent_id": one.id})
    catalog.delete_person(a, bob.id)
    x = assets.create_asset(b, {"tag": "IT-77"})
    assets.transition_asset(b, x.id, "deployed", TransitionRequest(assignee_id=bob.id))
    fleet.sync_all(2)
    assert rows(a) == rows(b)
    listed = {c.kind: c for c in service.list_conflicts(b)}
    assert set(listed) == {"model_name", "location_cycle", "deleted_in_use"}
    assert [a_.tag for a_ in listed["deleted_in_use"].assets] == ["IT-77"]

    with pytest.raises(ValidationError, match="already exists"):
        service.settle_conflict(
            b, listed["model_name"].id, Settlement("rename", name="EliteBook 840")
        )
    service.settle_conflict(
        b, listed["model_name"].id, Settlement("rename", name="EliteBook 840 G9")
    )
    with pytest.raises(ValidationError, match="inside itself"):  # back into the cycle
        service.settle_conflict(b, listed["location_cycle"].id, Settlement("parent"))
    service.settle_conflict(b, listed["location_cycle"].id, Settlement("parent", parent_id=site.id))
    with pytest.raises(ValidationError, match="choose another person"):
        service.settle_conflict(b, listed["deleted_in_use"].id, Settlement("reassign"))
    done = service.settle_conflict(
        b, listed["deleted_in_use"].id, Settlement("reassign", to_id=eve.id)
    )
    assert "1 asset(s) moved to Eve" in done.info.resolution
    fleet.sync_all(2)
    assert rows(a) == rows(b) and service.open_count(a) == 0
    for ctx in (a, b):
        assert sorted(m.name for m in catalog.list_models(ctx)) == [
            "EliteBook 840", "EliteBook 840 G9"
        ]  # fmt: skip
        paths = {loc.name: loc.path for loc in catalog.list_locations(ctx)}
        moved = "One" if listed["location_cycle"].details["location_id"] == one.id else "Two"
        assert paths[moved] == f"Site > {moved}"
        assert assets.get_asset(ctx, x.id).assignee_id == eve.id
        assert {p.name for p in catalog.list_people(ctx)} == {"Eve"}, "Bob is gone everywhere"

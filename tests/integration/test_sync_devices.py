"""Devices syncing through the server (the app in process, real SQLite stores): enrolment,
push and pull, convergence of offline edits, conflicts, interrupted and repeated syncs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.domain.hlc import pack
from app.services import assets, catalog, counts, labels
from app.services import sync as sync_service
from app.services.context import Context
from app.services.sync import SyncResult, enroll_device, server_client, sync_once
from app.store.tables import Device, Event
from app.sync import protocol as p
from app.sync.client import SyncClient, Unreachable
from tests.integration.sync_fixtures import (
    Server,
    credentials,
    open_device,
)

URL = "http://testserver"
# columns that are local bookkeeping, not shared state
LOCAL = {"num", "created_at", "updated_at"}


def snapshot(ctx: Context) -> dict[str, Any]:
    """The shared state of a store: its assets, models, locations and people (by id), and
    its journal (every event with its server_seq)."""
    out: dict[str, Any] = {}
    with ctx.store.engine.connect() as conn:
        for table in ("assets", "asset_models", "locations", "people"):
            rows = conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings().all()
            out[table] = [{k: v for k, v in r.items() if k not in LOCAL} for r in rows]
        out["events"] = conn.execute(
            text("SELECT id, device_id, seq, hlc, entity, entity_id, kind, changes, server_seq "
                 "FROM events ORDER BY id")
        ).all()  # fmt: skip
    return out


class Fleet:
    """Stores enrolled with one server, syncing through its TestClient."""

    def __init__(self, server: Server, tmp_path: Path, names: list[str]) -> None:
        self.server = server
        self.creds = credentials(tmp_path)
        self.ctx = {n: open_device(tmp_path, n) for n in names}
        for ctx in self.ctx.values():
            enroll_device(ctx, URL, server.code(), self.creds, http=server.http)

    def client(self, name: str) -> SyncClient:
        return server_client(self.ctx[name], self.creds, http=self.server.http)

    def sync(self, name: str) -> SyncResult:
        with self.client(name) as client:
            return sync_once(self.ctx[name], client, page_size=7)

    def sync_all(self, rounds: int = 2) -> list[SyncResult]:
        return [self.sync(n) for _ in range(rounds) for n in self.ctx]

    def close(self) -> None:
        for ctx in self.ctx.values():
            ctx.store.close()


@pytest.fixture
def fleet(sqlite_server: Server, tmp_path: Path) -> Any:
    f = Fleet(sqlite_server, tmp_path, ["a", "b", "c"])
    yield f
    f.close()


def test_enrolment_keeps_the_credential_and_takes_the_servers_device_code(
    sqlite_server: Server, tmp_path: Path
) -> None:
    ctx = open_device(tmp_path, "bench")
    creds = credentials(tmp_path)
    result = enroll_device(ctx, URL + "/", sqlite_server.code(), creds, http=sqlite_server.http)
    assert result.server_url == URL and result.user == "ann"
    assert result.credential_warning and "credentials.json" in result.credential_warning
    assert creds.load(ctx.store.device_id, URL)
    assert (tmp_path / "credentials.json").stat().st_mode & 0o777 == 0o600
    with ctx.reading() as s:
        device = s.get(Device, ctx.store.device_id)
        assert device is not None and device.tag_code == result.tag_code
    with server_client(ctx, creds, http=sqlite_server.http) as client:
        status = client.status()
    assert status.device_id == ctx.store.device_id and status.tag_code == result.tag_code
    # the new tags this device prints use the server's code
    assert labels.issue_tags(ctx, 1) == [f"IT-{result.tag_code}00001"]
    ctx.store.close()


def test_offline_edits_on_three_devices_converge(fleet: Fleet) -> None:
    a, b, c = (fleet.ctx[n] for n in "abc")
    laptop = catalog.create_model(a, {"manufacturer": "Dell", "name": "Latitude 5440",
                                      "category": "Laptop", "holds_storage": True})  # fmt: skip
    site = catalog.create_location(a, {"name": "Berlin HQ", "kind": "site"})
    room = catalog.create_location(a, {"name": "2.14", "kind": "room", "parent_id": site.id})
    ann = catalog.create_person(a, {"name": "Ann Example", "email": "ann@example.org"})
    x = assets.create_asset(a, {"tag": "IT-1", "model_id": laptop.id, "location_id": room.id,
                                "purchase_date": "2024-03-01", "purchase_cost": "1200.50"})  # fmt: skip
    fleet.sync_all(1)
    # offline: each device edits different and the same fields
    assets.update_asset(a, x.id, {"notes": "screen scratched", "serial": "A-SERIAL"})
    assets.update_asset(b, x.id, {"serial": "B-SERIAL", "supplier": "ACME"})
    assets.transition_asset(c, x.id, "deployed", _deploy(ann.id))
    catalog.update_location(b, room.id, {"name": "Room 2.14"})
    catalog.update_person(c, ann.id, {"phone": "+49 30 1234"})
    y = assets.create_asset(b, {"tag": "IT-2", "name": "b's monitor"})
    results = fleet.sync_all(2)
    assert sum(r.pushed for r in results) > 0 and not any(r.conflicts for r in results)
    states = [snapshot(ctx) for ctx in (a, b, c)]
    assert states[0] == states[1] == states[2]
    detail = assets.get_asset(a, x.id)
    assert detail.serial == "B-SERIAL", "b's edit came after a's (its clock saw a's sync)"
    assert detail.notes == "screen scratched" and detail.supplier == "ACME"
    assert detail.status == "deployed"
    assert assets.get_asset(c, y.id).name == "b's monitor"
    with c.reading() as s:
        paths = dict(s.execute(text("SELECT name, path FROM locations")).tuples().all())
    assert paths["Room 2.14"] == "Berlin HQ > Room 2.14"
    # the asset's history on another device shows every change, with the devices' names
    history = assets.asset_history(c, x.id)
    assert len(history) == 4  # created, two edits, deployed
    assert {h.device for h in history} == {"a", "b", "c"}
    # nothing is waiting to sync, every event has its place in the server's order
    for ctx in (a, b, c):
        with ctx.reading() as s:
            assert s.scalar(select(Event.id).where(Event.server_seq.is_(None))) is None
            assert {d.name for d in s.scalars(select(Device))} == {"a", "b", "c"}


def _deploy(person_id: str) -> Any:
    from app.domain.lifecycle import TransitionRequest

    return TransitionRequest(assignee_id=person_id)


def test_the_same_tag_on_two_devices_is_kept_once_and_reported(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    first = assets.create_asset(a, {"tag": "IT-00012", "name": "a's"})
    second = assets.create_asset(b, {"tag": "it-00012", "name": "b's"})
    fleet.sync("a")
    result = fleet.sync("b")
    assert len(result.conflicts) == 1 and "it-00012~2" in result.conflicts[0].summary
    assert "the one recorded first (a's" in result.conflicts[0].summary
    fleet.sync_all(1)
    for ctx in fleet.ctx.values():
        assert assets.get_asset(ctx, first.id).tag == "IT-00012"
        assert assets.get_asset(ctx, second.id).tag == "it-00012~2"
    # a person settles it by giving the second asset a tag of its own; it syncs
    assets.update_asset(b, second.id, {"tag": "IT-00099"})
    fleet.sync_all(2)
    assert {assets.get_asset(ctx, second.id).tag for ctx in fleet.ctx.values()} == {"IT-00099"}
    states = [snapshot(ctx) for ctx in fleet.ctx.values()]
    assert states[0] == states[1] == states[2]


def test_the_same_model_created_twice_and_deletes_of_things_still_used(fleet: Fleet) -> None:
    a, b, c = (fleet.ctx[n] for n in "abc")
    m1 = catalog.create_model(a, {"manufacturer": "HP", "name": "EliteBook 840"})
    m2 = catalog.create_model(b, {"manufacturer": "HP", "name": "EliteBook 840"})
    bob = catalog.create_person(a, {"name": "Bob"})
    gone = catalog.create_person(a, {"name": "Gone"})
    fleet.sync_all(1)
    # a deletes Bob while c assigns an asset to him; b deletes Gone, which nobody uses
    catalog.delete_person(a, bob.id)
    catalog.delete_person(b, gone.id)
    x = assets.create_asset(c, {"tag": "IT-7", "model_id": m2.id})
    assets.transition_asset(c, x.id, "deployed", _deploy(bob.id))
    results = fleet.sync_all(2)
    states = [snapshot(ctx) for ctx in (a, b, c)]
    assert states[0] == states[1] == states[2]
    people = {row["name"] for row in states[0]["people"]}
    assert people == {"Bob"}, "Bob is still used: kept; Gone is deleted everywhere"
    names = sorted(row["name"] for row in states[0]["asset_models"])
    assert names == ["EliteBook 840", "EliteBook 840~2"]
    kept = {row["id"]: row["name"] for row in states[0]["asset_models"]}
    assert kept[m1.id] == "EliteBook 840"
    text_ = " ".join(c.summary for r in results for c in r.conflicts)
    assert "EliteBook 840" in text_ and "Bob" in text_


def test_an_interrupted_pull_resumes_and_applies_nothing_twice(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    for i in range(30):
        assets.create_asset(a, {"tag": f"IT-{i:03d}"})
    fleet.sync("a")

    class Flaky(SyncClient):
        calls = 0

        def pull(
            self, after: int, limit: int = p.PULL_LIMIT_DEFAULT, *, skip_own: bool = False
        ) -> p.PullResponse:
            Flaky.calls += 1
            if Flaky.calls == 3:
                raise Unreachable("network gone")
            return super().pull(after, limit, skip_own=skip_own)

    flaky = Flaky(URL, fleet.creds.load(b.store.device_id, URL), http=fleet.server.http)
    with pytest.raises(Unreachable):
        sync_once(b, flaky, page_size=7)
    with b.reading() as s:
        cursor = int(s.execute(text("SELECT value FROM meta WHERE key='sync_cursor'")).scalar_one())
        error = s.execute(text("SELECT value FROM meta WHERE key='sync_last_error'")).scalar_one()
    assert cursor == 14 and "network gone" in error
    with b.reading() as s:
        before = len(s.scalars(select(Event.id).where(Event.device_id == a.store.device_id)).all())
    assert 0 < before < 31
    result = fleet.sync("b")
    assert result.pulled == 31 - before  # a's 30 assets and its device code, once each
    with b.reading() as s:
        ids = s.scalars(select(Event.id).where(Event.device_id == a.store.device_id)).all()
    assert len(ids) == len(set(ids)) == 31
    fleet.sync("a")  # a gets b's own event (its device code)
    assert snapshot(a) == snapshot(b)
    again = fleet.sync("b")
    assert (again.pushed, again.pulled, again.applied) == (0, 0, 0)


def test_a_lost_push_answer_is_sent_again_without_harm(fleet: Fleet) -> None:
    a = fleet.ctx["a"]
    for i in range(5):
        assets.create_asset(a, {"tag": f"IT-{i}"})

    class LostAnswer(SyncClient):
        def push(self, events: Any) -> p.PushResponse:
            super().push(events)  # the server stored them...
            raise Unreachable("connection reset")  # ...but the answer never arrived

    lost = LostAnswer(URL, fleet.creds.load(a.store.device_id, URL), http=fleet.server.http)
    with pytest.raises(Unreachable):
        sync_once(a, lost)
    result = fleet.sync("a")
    assert result.pushed == 6  # the 5 assets and the device code set at enrolment
    pulled = fleet.server.http.get("/v1/pull", headers={
        "Authorization": f"Bearer {fleet.creds.load(a.store.device_id, URL)}"}).json()  # fmt: skip
    assert len(pulled["events"]) == 6


def test_the_clock_moves_past_what_was_pulled(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    x = assets.create_asset(a, {"tag": "IT-1"})
    # a's clock runs an hour ahead
    with a.store.write_engine.begin() as conn:
        conn.execute(text("UPDATE events SET hlc = :h"), {"h": pack(4_000_000_000_000, 0)})
    fleet.sync("a")
    fleet.sync("b")
    assets.update_asset(b, x.id, {"notes": "after"})
    with b.reading() as s:
        newest = s.scalars(select(Event.hlc).where(Event.device_id == b.store.device_id)
                           .order_by(Event.seq.desc())).first()  # fmt: skip
    assert newest is not None and newest > pack(4_000_000_000_000, 0)
    fleet.sync("b")
    fleet.sync("a")
    assert assets.get_asset(a, x.id).notes == "after", "the later edit wins everywhere"


def test_kinds_not_applied_yet_are_stored_and_reported(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    loc = catalog.create_location(a, {"name": "Store", "kind": "room"})
    assets.create_asset(a, {"tag": "IT-1", "location_id": loc.id})
    count = counts.start_count(a, loc.id)
    counts.record_scan(a, count.id, "IT-1")
    with a.unit_of_work() as uow:  # a kind of a later version, say
        uow.event("gadget", loc.id, "zapped", data={"volts": 3})
        uow.commit()
    fleet.sync("a")
    result = fleet.sync("b")
    assert result.not_applied == {"gadget zapped": 1}  # counts are applied (sync_records)
    assert "stored, not applied: kind gadget zapped (1)" in result.lines()
    with b.reading() as s:
        kinds = set(s.scalars(select(Event.kind)))
    assert {"count_started", "count_scan", "zapped"} <= kinds


def test_sync_records_success_and_not_enrolled_is_explained(fleet: Fleet, tmp_path: Path) -> None:
    a = fleet.ctx["a"]
    fleet.sync("a")
    with a.reading() as s:
        meta = dict(s.execute(text("SELECT key, value FROM meta")).tuples().all())
    assert dt.datetime.fromisoformat(meta["sync_last_success"]).tzinfo is not None
    assert meta["sync_last_error"] == "" and meta["sync_server_url"] == URL
    lone = open_device(tmp_path, "lone")
    with pytest.raises(sync_service.SyncError, match="not enrolled"):
        server_client(lone, fleet.creds)
    lone.store.close()


def test_a_revoked_device_cannot_sync(fleet: Fleet) -> None:
    from app.sync.server import core

    a = fleet.ctx["a"]
    core.revoke_device(fleet.server.engine, a.store.device_id)
    assets.create_asset(a, {"tag": "IT-1"})
    with pytest.raises(sync_service.SyncError, match="revoked"):
        fleet.sync("a")


def test_events_pulled_are_stored_exactly_as_recorded(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    x = assets.create_asset(a, {"tag": "IT-1", "custom": {"RAM": "16 GB"}, "notes": "ü ✓"})
    fleet.sync("a")
    fleet.sync("b")
    cols = "id, device_id, seq, hlc, actor, entity, entity_id, asset_id, kind, changes, data, "
    cols += "recorded_at, server_seq"
    with a.store.engine.connect() as ca, b.store.engine.connect() as cb:
        query = text(f"SELECT {cols} FROM events WHERE device_id = :d ORDER BY id")
        rows_a = ca.execute(query, {"d": a.store.device_id}).all()
        rows_b = cb.execute(query, {"d": a.store.device_id}).all()
    assert len(rows_a) == 2
    assert [(*r[:9], json.loads(r[9]), json.loads(r[10]), *r[11:]) for r in rows_a] == [
        (*r[:9], json.loads(r[9]), json.loads(r[10]), *r[11:]) for r in rows_b
    ]
    assert assets.get_asset(b, x.id).custom == {"RAM": "16 GB"}

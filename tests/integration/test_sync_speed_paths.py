"""The fast paths of sync: gzip bodies both ways (and a zip bomb refused), batching by
size, and rebuild mode (a device far behind stores the pages and builds its state once at
the end; an interrupted rebuild ends the same on the next sync)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.services import assets, catalog
from app.services import sync as sync_service
from app.services.sync import sync_once
from app.services.sync_apply import META_REBUILD, get_meta, rebuild_pending
from app.store.tables import Asset, ConflictRow, Event
from app.sync import client as client_module
from app.sync import protocol as p
from app.sync.client import SyncClient, SyncError, Unreachable
from tests.integration.sync_fixtures import Server, wire_event
from tests.integration.test_sync_devices import Fleet, fleet, snapshot

__all__ = ["fleet"]  # the fixture, shared with test_sync_devices.py


def _post_push(server: Server, dev: str, body: bytes, **headers: str) -> Any:
    return server.http.post(
        "/v1/push",
        content=body,
        headers={**server.auth(dev), "Content-Type": "application/json", **headers},
    )


def _stored(server: Server) -> int:
    from app.sync.server.tables import ServerEvent

    with server.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(ServerEvent)).scalar() or 0)


# ---------------------------------------------------------------------------------- gzip


def test_a_gzipped_push_is_stored_like_a_plain_one(server: Server) -> None:
    dev = server.enroll()
    events = [wire_event(dev, seq) for seq in range(1, 51)]
    body = gzip.compress(json.dumps({"events": events}).encode())
    r = _post_push(server, dev, body, **{"Content-Encoding": "gzip"})
    assert r.status_code == 200, r.text
    assert r.json()["acked_seq"] == 50 and r.json()["stored"] == 50
    # the same again, plain: nothing new
    r = _post_push(server, dev, json.dumps({"events": events}).encode())
    assert r.json()["stored"] == 0 and _stored(server) == 50


def test_pull_answers_gzipped_to_a_client_that_accepts_it(server: Server) -> None:
    dev = server.enroll()
    events = [wire_event(dev, seq) for seq in range(1, 101)]
    assert _post_push(server, dev, json.dumps({"events": events}).encode()).status_code == 200
    r = server.http.get(
        "/v1/pull", params={"limit": 100}, headers={**server.auth(dev), "Accept-Encoding": "gzip"}
    )
    assert r.status_code == 200 and r.headers["content-encoding"] == "gzip"
    page = p.PullResponse.model_validate_json(r.content)  # httpx decompressed it
    assert [e.seq for e in page.events] == list(range(1, 101)) and page.head == page.next


def test_the_client_gzips_big_bodies_only(sqlite_server: Server, monkeypatch: Any) -> None:
    dev = sqlite_server.enroll()
    sent: list[dict[str, Any]] = []

    class Spy(SyncClient):
        def _request(self, method: str, path: str, **kwargs: Any) -> Any:
            sent.append(kwargs)
            return super()._request(method, path, **kwargs)

    client = Spy("http://testserver", sqlite_server.tokens[dev], http=sqlite_server.http)
    small = [p.WireEvent.model_validate(wire_event(dev, 1))]
    assert client.push(small).acked_seq == 1
    big = [p.WireEvent.model_validate(wire_event(dev, seq)) for seq in range(2, 202)]
    assert client.push(big).acked_seq == 201
    assert "headers" not in sent[0] or not sent[0]["headers"]
    assert sent[1]["headers"] == {"Content-Encoding": "gzip"}
    assert len(sent[1]["content"]) < client_module.GZIP_MIN_BYTES  # it shrank


def test_a_zip_bomb_is_refused_and_changes_nothing(server: Server) -> None:
    dev = server.enroll()
    # a valid push padded with 50 MB of spaces: 50 KB compressed, far over the limit
    inner = json.dumps({"events": [wire_event(dev, 1)]})
    bomb = gzip.compress((inner[:-1] + " " * (50 * 1024 * 1024) + "}").encode(), 9)
    assert len(bomb) < p.MAX_BODY_BYTES
    r = _post_push(server, dev, bomb, **{"Content-Encoding": "gzip"})
    assert r.status_code == 413 and "decompressed" in r.json()["detail"]
    assert _stored(server) == 0


@pytest.mark.parametrize(
    ("body", "encoding", "status"),
    [
        (b"not gzip at all", "gzip", 400),
        (gzip.compress(b'{"events": []}')[:-6], "gzip", 400),  # truncated
        (b'{"events": []}', "br", 415),
    ],
)
def test_a_bad_encoding_gets_4xx(
    sqlite_server: Server, body: bytes, encoding: str, status: int
) -> None:
    dev = sqlite_server.enroll()
    r = _post_push(sqlite_server, dev, body, **{"Content-Encoding": encoding})
    assert r.status_code == status, r.text
    assert _stored(sqlite_server) == 0


# ------------------------------------------------------------------------------ batching


def test_pushes_are_split_by_bytes(fleet: Fleet, monkeypatch: Any) -> None:
    a = fleet.ctx["a"]
    for i in range(30):
        assets.create_asset(a, {"tag": f"IT-{i}", "notes": "x" * 500})
    sizes: list[int] = []

    class Counting(SyncClient):
        def push(self, events: Any) -> p.PushResponse:
            sizes.append(len(events))
            return super().push(events)

    monkeypatch.setattr(sync_service, "PUSH_BYTES", 4000)
    token = fleet.creds.load(a.store.device_id, "http://testserver")
    with Counting("http://testserver", token, http=fleet.server.http) as client:
        result = sync_once(a, client)
    assert result.pushed == sum(sizes) >= 30 and len(sizes) > 3
    with a.reading() as s:
        assert s.scalar(select(func.count()).where(Event.server_seq.is_(None))) == 0


def test_a_change_too_large_for_any_request_is_named(fleet: Fleet, monkeypatch: Any) -> None:
    a = fleet.ctx["a"]
    first = assets.create_asset(a, {"tag": "IT-1"})
    big = assets.create_asset(a, {"tag": "IT-2", "notes": "y" * 1900})
    monkeypatch.setattr(sync_service, "PUSH_BYTES", 1500)
    with pytest.raises(SyncError) as caught, fleet.client("a") as client:
        sync_once(a, client)
    assert "asset created" in caught.value.message and not caught.value.retry
    with a.reading() as s:  # what came before it was sent
        rows = dict(s.execute(select(Event.entity_id, Event.server_seq)).tuples().all())
    assert rows[big.id] is None and rows[first.id] is not None


# ------------------------------------------------------------------------------- rebuild


def _history(fleet: Fleet) -> None:
    """Device a makes assets, a model, locations and people with edits and a deletion;
    device b an asset whose tag collides with one of a's."""
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    model = catalog.create_model(a, {"manufacturer": "Dell", "name": "Latitude 5440"})
    site = catalog.create_location(a, {"name": "Berlin", "kind": "site"})
    room = catalog.create_location(a, {"name": "2.14", "kind": "room", "parent_id": site.id})
    ann = catalog.create_person(a, {"name": "Ann Example"})
    made = [
        assets.create_asset(a, {"tag": f"IT-{i}", "model_id": model.id, "location_id": room.id})
        for i in range(12)
    ]
    for x in made[:5]:
        assets.update_asset(a, x.id, {"notes": f"edited {x.tag}", "assignee_id": ann.id})
    bob = catalog.create_person(a, {"name": "Bob Gone"})
    catalog.delete_person(a, bob.id)
    assets.create_asset(b, {"tag": "IT-3", "name": "b's own IT-3"})  # collides with a's
    for _round in range(2):
        fleet.sync("a")
        fleet.sync("b")


def _same(fleet: Fleet) -> None:
    """Devices "new" and "inc" hold the same state, and the same history of a and b (each
    has its own events too: enrolment)."""
    makers = {fleet.ctx[n].store.device_id for n in "ab"}
    new, inc = (snapshot(fleet.ctx[n]) for n in ("new", "inc"))
    for snap in (new, inc):
        snap["events"] = [e for e in snap["events"] if e[1] in makers]
    assert new["events"] and new == inc
    conflicts = []
    for n in ("new", "inc"):
        with fleet.ctx[n].reading() as s:
            conflicts.append(sorted(s.scalars(select(ConflictRow.id))))
    assert conflicts[0] and conflicts[0] == conflicts[1]  # the tag given twice


@pytest.fixture
def four(sqlite_server: Server, tmp_path: Path) -> Any:
    f = Fleet(sqlite_server, tmp_path, ["a", "b", "inc", "new"])
    yield f
    f.close()


def _sync(fleet: Fleet, name: str, client: SyncClient | None = None) -> Any:
    with client or fleet.client(name) as c:
        return sync_once(fleet.ctx[name], c, page_size=5)


def test_a_device_far_behind_rebuilds_to_the_same_state_and_history(
    four: Fleet, monkeypatch: Any
) -> None:
    _history(four)
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 10**9)
    _sync(four, "inc")  # page by page
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 3)
    result = _sync(four, "new")  # stores the pages, builds the state once
    assert result.pulled > 0 and result.applied > 0
    assert not rebuild_pending(four.ctx["new"])
    _same(four)
    with four.ctx["new"].reading() as s:
        assert s.scalar(select(func.count()).select_from(Asset)) == 13


def test_a_rebuild_interrupted_between_pages_ends_the_same(four: Fleet, monkeypatch: Any) -> None:
    _history(four)
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 10**9)
    _sync(four, "inc")
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 3)
    calls = 0

    class Dropping(SyncClient):
        def pull(self, *args: Any, **kwargs: Any) -> p.PullResponse:
            nonlocal calls
            calls += 1
            if calls == 3:
                raise Unreachable("network gone")
            return super().pull(*args, **kwargs)

    new = four.ctx["new"]
    token = four.creds.load(new.store.device_id, "http://testserver")
    with pytest.raises(Unreachable):
        _sync(four, "new", Dropping("http://testserver", token, http=four.server.http))
    assert rebuild_pending(new)
    with new.reading() as s:  # pages stored, state not built yet
        assert s.scalar(select(func.count()).select_from(Event)) > 0
        assert get_meta(s, META_REBUILD) == "0"
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 10**9)  # not far behind any more
    _sync(four, "new")
    assert not rebuild_pending(new)
    _same(four)


def test_a_rebuild_killed_before_the_state_is_built_ends_the_same(
    four: Fleet, monkeypatch: Any
) -> None:
    _history(four)
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 10**9)
    _sync(four, "inc")
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 3)

    def killed(ctx: Any, result: Any) -> None:
        raise KeyboardInterrupt  # the process dies before the final rebuild

    real = sync_service.rebuild_state
    monkeypatch.setattr(sync_service, "rebuild_state", killed)
    with pytest.raises(KeyboardInterrupt):
        _sync(four, "new")
    new = four.ctx["new"]
    assert rebuild_pending(new)
    with new.reading() as s:
        assert s.scalar(select(func.count()).select_from(Asset)) == 0
    monkeypatch.setattr(sync_service, "rebuild_state", real)
    result = _sync(four, "new")  # nothing new to pull: the rebuild runs
    assert result.pulled == 0 and result.applied > 0
    _same(four)


@pytest.mark.slow
def test_a_rebuild_of_thousands_of_imported_assets_matches_page_by_page(
    four: Fleet, monkeypatch: Any, tmp_path: Path
) -> None:
    from app.services import transfer

    source = tmp_path / "many.csv"
    lines = ["Asset Tag,Name,Serial"] + [f"IT-{i:05d},Laptop {i},SN{i:07d}" for i in range(6000)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    transfer.import_csv(four.ctx["a"], source)
    assets.create_asset(four.ctx["b"], {"tag": "IT-00042", "name": "b's own"})  # collides
    for name in ("a", "b", "a"):
        with four.client(name) as c:
            sync_once(four.ctx[name], c, page_size=700)
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 10**9)
    with four.client("inc") as c:
        sync_once(four.ctx["inc"], c, page_size=700)
    monkeypatch.setattr(sync_service, "REBUILD_BEHIND", 1000)
    with four.client("new") as c:
        sync_once(four.ctx["new"], c, page_size=700)
    _same(four)


def test_a_cancelled_pull_keeps_the_pages_it_applied(four: Fleet) -> None:
    """The next page is asked for while one is stored: cancelling still stops between
    pages, and what was applied stays (the next sync goes on from there)."""
    _history(four)
    pulls = 0

    class Counting(SyncClient):
        def pull(self, *args: Any, **kwargs: Any) -> p.PullResponse:
            nonlocal pulls
            pulls += 1
            return super().pull(*args, **kwargs)

    new = four.ctx["new"]
    token = four.creds.load(new.store.device_id, "http://testserver")
    client = Counting("http://testserver", token, http=four.server.http)
    with pytest.raises(sync_service.SyncCancelled), client:
        # stop once the second page is in: the first two pages are applied
        sync_once(new, client, page_size=5, cancelled=lambda: pulls >= 2)
    assert pulls == 2
    with new.reading() as s:
        assert get_meta(s, "sync_cursor") not in (None, "0")
        stored = s.scalar(select(func.count()).select_from(Event))
    _sync(four, "new")
    with new.reading() as s:
        assert s.scalar(select(func.count()).select_from(Event)) > stored
    _sync(four, "inc")
    _same(four)

"""The sync server through HTTP (FastAPI's TestClient), on SQLite and on a real PostgreSQL:
enrolment, idempotent and out-of-order push, resumable pull, limits, roles, and several
server processes sharing one database."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.ids import new_id
from app.sync import protocol as p
from app.sync.server import core
from app.sync.server.app import create_app
from app.sync.server.tables import EnrollCode, ServerEvent
from tests.integration.sync_fixtures import (
    Server,
    TestClient,
    wire_event,
)


def stored(server: Server) -> int:
    with Session(server.engine) as s:
        return int(s.scalar(select(func.count()).select_from(ServerEvent)) or 0)


def test_enroll_code_is_single_use_and_expires(server: Server) -> None:
    code = server.code()
    body = {"code": code.lower().replace("-", " "), "device_id": new_id(), "name": "bench 1"}
    r = server.http.post("/v1/enroll", json=body)
    assert r.status_code == 200, r.text
    answer = p.EnrollResponse.model_validate(r.json())
    assert answer.user == "ann" and answer.role == "admin" and len(answer.tag_code) == 4
    again = server.http.post("/v1/enroll", json={**body, "device_id": new_id()})
    assert again.status_code == 401 and "used" in again.json()["detail"]
    assert server.http.post("/v1/enroll", json={**body, "code": "NOPE"}).status_code == 401
    expired = server.code()
    with Session(server.engine) as s, s.begin():
        s.execute(update(EnrollCode).values(expires_at=dt.datetime(2020, 1, 1)))
    r = server.http.post("/v1/enroll", json={**body, "code": expired, "device_id": new_id()})
    assert r.status_code == 401 and "expired" in r.json()["detail"]
    # the token works, as the device it was given to
    status = server.http.get("/v1/status", headers={"Authorization": f"Bearer {answer.token}"})
    assert status.status_code == 200 and status.json()["device_id"] == body["device_id"]


def test_device_codes_are_unique_among_devices(server: Server) -> None:
    a = server.http.post("/v1/enroll", json={"code": server.code(), "device_id": new_id(),
                                              "name": "a", "tag_code": "7K3M"})  # fmt: skip
    b = server.http.post("/v1/enroll", json={"code": server.code(), "device_id": new_id(),
                                              "name": "b", "tag_code": "7K3M"})  # fmt: skip
    assert a.json()["tag_code"] == "7K3M"
    assert b.json()["tag_code"] not in ("7K3M", "") and len(b.json()["tag_code"]) == 4


def test_push_is_idempotent_and_acknowledges_the_high_water_mark(server: Server) -> None:
    dev = server.enroll()
    events = [wire_event(dev, seq) for seq in range(1, 6)]
    first = server.http.post("/v1/push", json={"events": events}, headers=server.auth(dev))
    assert first.status_code == 200, first.text
    one = p.PushResponse.model_validate(first.json())
    assert (
        one.acked_seq == 5 and one.stored == 5 and set(one.server_seqs) == {e["id"] for e in events}
    )
    second = server.http.post("/v1/push", json={"events": events}, headers=server.auth(dev))
    two = p.PushResponse.model_validate(second.json())
    assert two.acked_seq == 5 and two.stored == 0 and two.server_seqs == one.server_seqs
    assert stored(server) == 5
    pulled = server.http.get("/v1/pull", params={"after": 0}, headers=server.auth(dev)).json()
    assert [e["id"] for e in pulled["events"]] == [e["id"] for e in events]
    back = pulled["events"][0]
    assert {k: back[k] for k in events[0]} == {**events[0], "recorded_at": back["recorded_at"]}
    # sent without an offset (as the journal keeps it: UTC), answered as UTC with its offset
    assert dt.datetime.fromisoformat(back["recorded_at"]) == dt.datetime(
        2026, 11, 24, 10, 0, 0, 123456, tzinfo=dt.UTC
    )


def test_out_of_order_push_acknowledges_only_what_is_contiguous(server: Server) -> None:
    dev = server.enroll()
    events = [wire_event(dev, seq) for seq in range(1, 7)]
    r = server.http.post("/v1/push", json={"events": events[3:]}, headers=server.auth(dev))
    assert r.json()["acked_seq"] == 0 and r.json()["stored"] == 3
    r = server.http.post("/v1/push", json={"events": events[:2]}, headers=server.auth(dev))
    assert r.json()["acked_seq"] == 2
    r = server.http.post("/v1/push", json={"events": events[1:4]}, headers=server.auth(dev))
    assert r.json()["acked_seq"] == 6 and r.json()["stored"] == 1
    status = server.http.get("/v1/status", headers=server.auth(dev)).json()
    assert status["acked_seq"] == 6 and status["head"] == 6
    assert stored(server) == 6


def test_push_refuses_other_devices_events_and_reused_seqs(server: Server) -> None:
    dev, other = server.enroll("a"), server.enroll("b")
    mixed = [wire_event(dev, 1), wire_event(other, 1)]
    r = server.http.post("/v1/push", json={"events": mixed}, headers=server.auth(dev))
    assert r.status_code == 403 and stored(server) == 0
    ok = [wire_event(dev, 1), wire_event(dev, 2)]
    server.http.post("/v1/push", json={"events": ok}, headers=server.auth(dev))
    # a store restored from an old backup numbers new events again from 2
    again = [ok[0], wire_event(dev, 2), wire_event(dev, 3)]
    r = server.http.post("/v1/push", json={"events": again}, headers=server.auth(dev))
    assert r.status_code == 409 and "backup" in r.json()["detail"]
    assert stored(server) == 2
    twice = [wire_event(dev, 3), wire_event(dev, 3)]
    assert server.http.post("/v1/push", json={"events": twice},
                            headers=server.auth(dev)).status_code == 409  # fmt: skip
    assert stored(server) == 2


def test_pull_pages_resume_from_the_cursor(server: Server) -> None:
    a, b = server.enroll("a"), server.enroll("b")
    for dev in (a, b):
        events = [wire_event(dev, seq) for seq in range(1, 8)]
        server.http.post("/v1/push", json={"events": events}, headers=server.auth(dev))
    seen: list[int] = []
    cursor, pages = 0, 0
    while True:
        r = server.http.get("/v1/pull", params={"after": cursor, "limit": 3},
                            headers=server.auth(a))  # fmt: skip
        page = p.PullResponse.model_validate(r.json())
        pages += 1
        seen += [e.server_seq for e in page.events]
        assert page.head == 14
        assert {d.id for d in page.devices} == {e.device_id for e in page.events}
        cursor = page.next
        if not page.more:
            break
    assert pages == 5 and seen == sorted(seen) and len(set(seen)) == 14
    # asking again from the middle gives the rest, and nothing past the end
    r = server.http.get("/v1/pull", params={"after": seen[9]}, headers=server.auth(a)).json()
    assert [e["server_seq"] for e in r["events"]] == seen[10:] and not r["more"]
    r = server.http.get("/v1/pull", params={"after": seen[-1]}, headers=server.auth(a)).json()
    assert r["events"] == [] and r["next"] == seen[-1]


def test_oversized_and_malformed_bodies_change_nothing(server: Server) -> None:
    dev = server.enroll()
    auth = server.auth(dev)
    too_many = [wire_event(dev, seq) for seq in range(1, p.MAX_PUSH_EVENTS + 2)]
    r = server.http.post("/v1/push", json={"events": too_many}, headers=auth)
    assert r.status_code == 413
    huge = wire_event(dev, 1, data={"blob": "x" * (p.MAX_BODY_BYTES + 10)})
    r = server.http.post("/v1/push", json={"events": [huge]}, headers=auth)
    assert r.status_code == 413
    for body in (
        b"{not json",
        b'{"events": [{"id": "x"}]}',
        json.dumps({"events": [wire_event(dev, 0)]}).encode(),  # seq starts at 1
        json.dumps({"events": [wire_event(dev, 1, extra_field=1)]}).encode(),
        json.dumps({"events": [wire_event(dev, 1, id="x" * 37)]}).encode(),
        json.dumps({"events": [wire_event(dev, 1), {"seq": "two"}]}).encode(),
    ):
        r = server.http.post(
            "/v1/push", content=body, headers={**auth, "Content-Type": "application/json"}
        )
        assert r.status_code == 422, (body[:60], r.status_code)
    assert server.http.get("/v1/pull", params={"after": -1}, headers=auth).status_code == 422
    assert server.http.get("/v1/pull", params={"limit": 10**6}, headers=auth).status_code == 422
    assert stored(server) == 0
    assert server.http.get("/v1/status", headers=auth).json()["acked_seq"] == 0


def test_admin_routes_are_for_admins_only(server: Server) -> None:
    admin, tech = server.enroll("admin's", "ann"), server.enroll("bench", "tom")
    for method, path, body in [
        ("GET", "/v1/devices", None),
        ("POST", f"/v1/devices/{admin}/revoke", None),
        ("POST", "/v1/users", {"name": "eve", "role": "admin"}),
        ("POST", "/v1/enroll-codes", {"user": "tom"}),
    ]:
        r = server.http.request(method, path, json=body, headers=server.auth(tech))
        assert r.status_code == 403, (path, r.status_code)
    assert server.http.get("/v1/status", headers=server.auth(admin)).status_code == 200
    assert [u.name for u in core.list_users(server.engine)] == ["ann", "tom"]
    r = server.http.get("/v1/devices", headers=server.auth(admin))
    assert sorted(d["user"] for d in r.json()) == ["ann", "tom"]
    r = server.http.post("/v1/users", json={"name": "eve"}, headers=server.auth(admin))
    assert r.status_code == 200 and r.json()["role"] == "technician"
    r = server.http.post("/v1/users", json={"name": "eve"}, headers=server.auth(admin))
    assert r.status_code == 409
    r = server.http.post("/v1/enroll-codes", json={"user": "eve", "expires_hours": 2},
                         headers=server.auth(admin))  # fmt: skip
    code = r.json()["code"]
    r = server.http.post("/v1/enroll", json={"code": code, "device_id": new_id(), "name": "e"})
    assert r.json()["user"] == "eve" and r.json()["role"] == "technician"
    r = server.http.post(f"/v1/devices/{tech}/revoke", headers=server.auth(admin))
    assert r.status_code == 200 and r.json()["revoked_at"] is not None
    assert server.http.get("/v1/status", headers=server.auth(tech)).status_code == 401
    r = server.http.post("/v1/devices/nope/revoke", headers=server.auth(admin))
    assert r.status_code == 404


def test_a_revoked_device_can_be_enrolled_again_with_a_new_code(server: Server) -> None:
    dev = server.enroll("bench")
    old = server.tokens[dev]
    core.revoke_device(server.engine, dev)
    assert server.http.get("/v1/status", headers=server.auth(dev)).status_code == 401
    server.enroll("bench", device_id=dev)
    assert server.tokens[dev] != old
    assert server.http.get("/v1/status", headers=server.auth(dev)).status_code == 200
    assert server.http.get("/v1/status",
                           headers={"Authorization": f"Bearer {old}"}).status_code == 401  # fmt: skip


def test_two_server_processes_share_one_database(server: Server) -> None:
    """No state in the process: a second app on the same database sees every push and
    keeps pushes idempotent across both."""
    dev = server.enroll()
    other = create_app(server.url)
    try:
        with TestClient(other) as second:
            events = [wire_event(dev, seq) for seq in range(1, 5)]
            server.http.post("/v1/push", json={"events": events[:3]}, headers=server.auth(dev))
            r = second.post("/v1/push", json={"events": events}, headers=server.auth(dev))
            assert r.json() == {**r.json(), "acked_seq": 4, "stored": 1}
            pulled = second.get("/v1/pull", headers=server.auth(dev)).json()
            assert [e["seq"] for e in pulled["events"]] == [1, 2, 3, 4]
    finally:
        other.state.engine.dispose()


def test_openapi_schema_is_served(server: Server) -> None:
    schema = server.http.get("/openapi.json").json()
    assert {"/v1/enroll", "/v1/push", "/v1/pull", "/v1/status"} <= set(schema["paths"])
    assert "WireEvent" in schema["components"]["schemas"]

"""Every route of the server refuses missing, wrong and revoked credentials. The routes are
enumerated from the app itself, so a route added later cannot slip through unchecked."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.sync.server import core
from app.sync.server.tables import ServerEvent, User
from tests.integration.sync_fixtures import (
    Server,
    wire_event,
)

OPEN = {("POST", "/v1/enroll")}  # the one route a device without a token may call
DOCS = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}  # no data, no actions


def routes(server: Server) -> list[tuple[str, str]]:
    out = []
    for route in server.app.routes:
        if not isinstance(route, APIRoute):
            assert route.path in DOCS, f"unexpected non-API route {route.path}"
            continue
        for method in sorted(route.methods):
            out.append((method, route.path))
    return out


def test_the_route_list_is_what_we_think(server: Server) -> None:
    assert {path for _m, path in routes(server)} >= {
        "/v1/enroll", "/v1/push", "/v1/pull", "/v1/status", "/v1/devices",
        "/v1/devices/{device_id}/revoke", "/v1/users", "/v1/enroll-codes",
    }  # fmt: skip


def test_every_route_refuses_missing_wrong_and_revoked_tokens(server: Server) -> None:
    victim = server.enroll("victim")
    revoked = server.enroll("revoked")
    revoked_token = server.tokens[revoked]
    core.revoke_device(server.engine, revoked)
    checked = 0
    for method, path in routes(server):
        if (method, path) in OPEN:
            continue
        url = re.sub(r"\{[^}]+\}", victim, path)
        body = {"events": [wire_event(revoked, 1)]} if path == "/v1/push" else {}
        for headers in (
            {},
            {"Authorization": "Bearer "},
            {"Authorization": "Bearer not-a-token"},
            {"Authorization": f"Basic {server.tokens[victim]}"},
            {"Authorization": f"Bearer {server.tokens[victim]}x"},
            {"Authorization": f"Bearer {revoked_token}"},
        ):
            r = server.http.request(method, url, json=body, headers=headers)
            assert r.status_code == 401, (method, path, headers, r.status_code, r.text)
            assert r.headers.get("www-authenticate") == "Bearer"
        checked += 1
    assert checked >= 7
    with Session(server.engine) as s:
        assert s.scalar(select(func.count()).select_from(ServerEvent)) == 0
        assert sorted(s.scalars(select(User.name))) == ["ann", "tom"]
    devices = {d.id: d for d in core.list_devices(server.engine)}
    assert devices[victim].revoked_at is None


@pytest.mark.parametrize("token_of", ["technician", "admin"])
def test_enroll_refuses_bad_codes_whoever_asks(server: Server, token_of: str) -> None:
    dev = server.enroll("x", "tom" if token_of == "technician" else "ann")
    for code in ("", "0000-0000-0000-0000", "x" * 101):
        r = server.http.post("/v1/enroll", json={"code": code, "device_id": dev, "name": "x"},
                             headers=server.auth(dev))  # fmt: skip
        assert r.status_code in (401, 422), code
    # the device's own token still works: a failed enrolment changed nothing
    assert server.http.get("/v1/status", headers=server.auth(dev)).status_code == 200

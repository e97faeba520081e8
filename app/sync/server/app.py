"""The ASGI app: `create_app(db_url)` (FastAPI). Every route but POST /v1/enroll needs a
device token (`Authorization: Bearer ...`); the admin routes need a device of an admin.
The OpenAPI schema is served at /openapi.json (and browsable at /docs)."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine

from app.domain.errors import ValidationError
from app.log import get_logger
from app.sync import protocol as p
from app.sync.server import blobs, core
from app.sync.server.auth import caller
from app.sync.server.db import open_server_db

log = get_logger("sync.server")
GZIP_LEVEL = 1  # answers to clients that accept gzip (all of ours): fast, and 5-10 times smaller
T = TypeVar("T")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413 before the app parses anything
    (by Content-Length, and by counting for bodies sent without one). A body sent with
    `Content-Encoding: gzip` is decompressed here, and refused (413) as soon as it grows
    over `max_bytes` (a zip bomb costs the server no more than that); a corrupt one gets
    400, another encoding 415. The app sees the plain body."""

    def __init__(
        self, app: ASGIApp, max_bytes: int, blob_bytes: int = 0, blob_prefix: str = ""
    ) -> None:
        self.app = app
        self.default_bytes = max_bytes
        self.blob_bytes = max(blob_bytes, max_bytes)
        self.blob_prefix = blob_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # uploads of blobs (photos, signed PDFs) have their own, larger limit
        blob = (
            bool(self.blob_prefix)
            and scope.get("method") == "PUT"
            and str(scope.get("path", "")).startswith(self.blob_prefix)
        )
        await self._limited(scope, receive, send, self.blob_bytes if blob else self.default_bytes)

    async def _limited(self, scope: Scope, receive: Receive, send: Send, max_bytes: int) -> None:
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _plain(send, 400, "Content-Length is not a number")
                return
            if declared > max_bytes:
                await _plain(send, 413, f"the request body is over {max_bytes} bytes")
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > max_bytes:
                await _plain(send, 413, f"the request body is over {max_bytes} bytes")
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        whole = b"".join(chunks)
        encoding = headers.get(b"content-encoding", b"identity").strip().lower()
        if encoding == b"gzip":
            try:
                whole = _gunzip(whole, max_bytes)
            except _TooLarge:
                await _plain(send, 413, f"the request body is over {max_bytes} bytes decompressed")
                return
            except (OSError, EOFError, zlib.error):
                await _plain(send, 400, "the request body is not valid gzip")
                return
            scope = dict(scope)
            scope["headers"] = [
                (k, v)
                for k, v in scope.get("headers") or []
                if k not in (b"content-encoding", b"content-length")
            ] + [(b"content-length", str(len(whole)).encode())]
        elif encoding not in (b"identity", b""):
            await _plain(send, 415, "the request body's Content-Encoding may be gzip or none")
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class _TooLarge(Exception):
    pass


def _gunzip(data: bytes, limit: int) -> bytes:
    """`data` (gzip, possibly several members) decompressed; `_TooLarge` as soon as the
    result passes `limit` bytes."""
    out: list[bytes] = []
    size = 0
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while data:
            piece = inflater.decompress(data, limit + 1 - size)
            size += len(piece)
            out.append(piece)
            if size > limit:
                raise _TooLarge
            data = inflater.unconsumed_tail
            if inflater.eof:
                break
            if not data and not piece:
                break
        if not inflater.eof:
            raise EOFError("truncated gzip body")
        data = inflater.unused_data
    return b"".join(out)


async def _plain(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": p.ErrorOut, "description": "the body is not JSON (or not UTF-8)"},
    401: {"model": p.ErrorOut, "description": "missing, unknown or revoked device token"},
    413: {"model": p.ErrorOut, "description": "request too large (as sent, or decompressed)"},
    415: {"model": p.ErrorOut, "description": "a Content-Encoding other than gzip"},
    422: {"description": "malformed request"},
}
ADMIN_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": p.ErrorOut, "description": "the body is not JSON (or not UTF-8)"},
    **ERRORS,
    403: {"model": p.ErrorOut, "description": "only a device of an admin may do this"},
}


def _admin(who: Annotated[core.Caller, Depends(caller)]) -> core.Caller:
    if who.role != "admin":
        raise HTTPException(403, "only a device of an admin may do this")
    return who


CallerDep = Annotated[core.Caller, Depends(caller)]
AdminDep = Annotated[core.Caller, Depends(_admin)]


def create_app(db_url: str | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The server app on the database at `db_url` (upgraded to the server schema first),
    or on a ready `engine`."""
    engine = engine if engine is not None else open_server_db(db_url)
    app = FastAPI(
        title="Fieldtag sync server",
        version="1",
        description="Devices push their journal events and pull everyone else's.",
    )
    app.state.engine = engine
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=GZIP_LEVEL)
    app.add_middleware(
        BodyLimit,
        max_bytes=p.MAX_BODY_BYTES,
        blob_bytes=p.MAX_BLOB_BYTES,
        blob_prefix=f"{p.API_PREFIX}/blobs/",
    )

    @app.exception_handler(core.ApiError)
    async def _api_error(_request: Request, exc: core.ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=headers)

    @app.post(
        f"{p.API_PREFIX}/enroll",
        response_model=p.EnrollResponse,
        responses=ERRORS,
        summary="exchange a one-time enrolment code for a device token",
    )
    def enroll(body: p.EnrollRequest) -> p.EnrollResponse:
        result = core.enroll(engine, body)
        log.info("enrolled device %s (%s) for %s", body.device_id, body.name, result.user)
        return result

    @app.post(
        f"{p.API_PREFIX}/push",
        response_model=p.PushResponse,
        responses={**ERRORS, 403: {"model": p.ErrorOut}, 409: {"model": p.ErrorOut}},
        summary="store this device's events (idempotent); answers its high-water mark",
    )
    def push(body: p.PushRequest, who: CallerDep) -> p.PushResponse:
        return core.push(engine, who, body.events)

    @app.get(
        f"{p.API_PREFIX}/pull",
        response_model=p.PullResponse,
        responses=ERRORS,
        summary="events after the cursor, in the server's order, a page at a time",
    )
    def pull(who: CallerDep, query: Annotated[p.PullQuery, Query()]) -> Response:
        skip = who.device_id if query.skip_own else None
        body = core.pull_json(engine, query.after, query.limit, skip_device=skip)
        return Response(body, media_type="application/json")

    @app.get(f"{p.API_PREFIX}/status", response_model=p.StatusResponse, responses=ERRORS)
    def status(who: CallerDep) -> p.StatusResponse:
        return core.status(engine, who)

    @app.get(f"{p.API_PREFIX}/devices", response_model=list[p.DeviceOut], responses=ADMIN_ERRORS)
    def devices(who: AdminDep) -> list[p.DeviceOut]:
        return core.list_devices(engine)

    @app.post(
        f"{p.API_PREFIX}/devices/{{device_id}}/revoke",
        response_model=p.DeviceOut,
        responses={**ADMIN_ERRORS, 404: {"model": p.ErrorOut}, 409: {"model": p.ErrorOut}},
    )
    def revoke(device_id: str, who: AdminDep) -> p.DeviceOut:
        out = core.revoke_device(engine, device_id)
        log.info("device %s revoked by %s (%s)", out.id, who.user, who.device_id)
        return out

    @app.post(
        f"{p.API_PREFIX}/users",
        response_model=p.UserOut,
        responses={**ADMIN_ERRORS, 409: {"model": p.ErrorOut}},
    )
    def add_user(body: p.UserIn, who: AdminDep) -> p.UserOut:
        return _validated(lambda: core.add_user(engine, body.name, body.role))

    @app.post(
        f"{p.API_PREFIX}/enroll-codes",
        response_model=p.EnrollCodeOut,
        responses={**ADMIN_ERRORS, 404: {"model": p.ErrorOut}},
    )
    def enroll_code(body: p.EnrollCodeIn, who: AdminDep) -> p.EnrollCodeOut:
        return _validated(
            lambda: core.make_enroll_code(engine, body.user, dt.timedelta(hours=body.expires_hours))
        )

    # PUT/GET /v1/blobs/{sha256}, POST /v1/missing-blobs: added as plain routes (this
    # FastAPI keeps an included router as one lazy entry, which route listings miss)
    app.router.routes.extend(blobs.router.routes)
    return app


def _validated(action: Callable[[], T]) -> T:
    try:
        return action()
    except ValidationError as exc:
        raise HTTPException(409, str(exc)) from exc

"""The wire protocol of sync, version 1 (every route under /v1).

An event on the wire is exactly a journal row (app/store/tables.py `Event`): id, device_id,
seq, hlc, actor, entity, entity_id, asset_id, kind, changes, data, recorded_at, plus the
server's own sequence number `server_seq` on events the server sends. The models here are
the request and response bodies; FastAPI validates against them (422 for a malformed
body) and serves them as the OpenAPI schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

API_PREFIX = "/v1"
# a request body larger than this is refused (413): as sent, and once more after
# decompressing a body sent with Content-Encoding: gzip (a zip bomb stops there)
MAX_BODY_BYTES = 5 * 1024 * 1024
# a blob upload (PUT /v1/blobs/{sha256}: a photo of up to 6 MB, a signed PDF of a disposal
# batch) may be larger than other requests, up to this
MAX_BLOB_BYTES = 64 * 1024 * 1024
MAX_PUSH_EVENTS = 5000  # events in one push (more: 413)
PULL_LIMIT_DEFAULT = 1000
PULL_LIMIT_MAX = 5000


def _utc(value: dt.datetime) -> dt.datetime:
    """Times on the wire are UTC with their offset (RFC 3339); the journal's times are
    naive UTC, and a time without an offset is read as UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


UtcTime = Annotated[dt.datetime, AfterValidator(_utc)]
Role = Literal["admin", "technician"]
Id = Annotated[str, Field(min_length=1, max_length=36)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WireEvent(Strict):
    """One journal event as the device recorded it."""

    id: Id
    device_id: Id
    seq: Annotated[int, Field(ge=1, le=2**62)]
    hlc: Annotated[int, Field(ge=0, le=2**62)]
    actor: Annotated[str, Field(max_length=200)]
    entity: Annotated[str, Field(min_length=1, max_length=40)]
    entity_id: Id
    asset_id: Id | None = None
    kind: Annotated[str, Field(min_length=1, max_length=40)]
    changes: dict[str, Any] = Field(default_factory=dict)
    data: dict[str, Any] = Field(default_factory=dict)
    recorded_at: UtcTime


class ServerEvent(WireEvent):
    """An event as the server sends it: with its place in the server's order."""

    server_seq: int


class PushRequest(Strict):
    events: list[WireEvent]


class PushResponse(Strict):
    acked_seq: int = Field(
        description="the device's high-water mark: every seq 1..acked_seq is stored; "
        "resend from acked_seq + 1"
    )
    stored: int = Field(description="events of this request stored now (not seen before)")
    server_seqs: dict[str, int] = Field(
        description="event id -> server_seq for every event of the request"
    )


class DeviceBrief(Strict):
    id: str
    name: str
    tag_code: str | None


class PullQuery(Strict):
    """The query of GET /v1/pull (unknown parameters are refused)."""

    after: Annotated[int, Field(ge=0, le=2**62, description="the cursor: last server_seq seen")] = 0
    limit: Annotated[int, Field(ge=1, le=PULL_LIMIT_MAX, description="events per page")] = (
        PULL_LIMIT_DEFAULT
    )
    skip_own: bool = Field(
        default=False,
        description="leave out the calling device's own events (it has them; their "
        "server_seq came with its push); the cursor still moves past them",
    )


class PullResponse(Strict):
    events: list[ServerEvent]
    next: int = Field(description="the cursor to ask from next (the last server_seq sent)")
    more: bool = Field(description="whether events after `next` exist")
    head: int = Field(description="the server's newest server_seq")
    devices: list[DeviceBrief] = Field(
        default_factory=list, description="the devices whose events are in this page"
    )


class StatusResponse(Strict):
    server_time: UtcTime
    head: int
    acked_seq: int
    device_id: str
    device_name: str
    tag_code: str | None
    user: str
    role: Role
    api_version: int = 1


class EnrollRequest(Strict):
    code: Annotated[str, Field(min_length=1, max_length=100)]
    device_id: Id
    name: Name
    tag_code: Annotated[str, Field(max_length=8)] | None = None


class EnrollResponse(Strict):
    token: str
    device_id: str
    tag_code: str
    user: str
    role: Role


class DeviceOut(Strict):
    id: str
    name: str
    user: str
    tag_code: str | None
    enrolled_at: UtcTime
    revoked_at: UtcTime | None
    last_seen: UtcTime | None
    acked_seq: int


class UserIn(Strict):
    name: Name
    role: Role = "technician"


class UserOut(Strict):
    name: str
    role: Role
    created_at: UtcTime


class EnrollCodeIn(Strict):
    user: Name
    expires_hours: Annotated[float, Field(gt=0, le=24 * 30)] = 24


class EnrollCodeOut(Strict):
    code: str
    user: str
    expires_at: UtcTime


class ErrorOut(BaseModel):
    detail: Any

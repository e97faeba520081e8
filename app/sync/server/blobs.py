"""Blob routes of the sync server: the binary content events refer to by SHA-256 (checklist
photos and signatures, signed certificate PDFs).

- `PUT /v1/blobs/{sha256}`: store the request body (raw bytes; its Content-Type is kept
  as the blob's MIME type). Refused (422) unless the body hashes to `sha256`, and (413)
  over `MAX_BLOB_BYTES`. Idempotent: storing bytes the server has changes nothing.
- `GET /v1/blobs/{sha256}`: the bytes (404 if the server does not have them).
- `POST /v1/missing-blobs`: which of the given hashes the server does not have (not
  under /v1/blobs/, where any name would be taken for a hash).

Every route needs a device token, checked exactly as the other routes check it
(`core.authenticate`). Request bodies are also capped by the app's `BodyLimit`."""

from __future__ import annotations

import hashlib
import re
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.types import Receive, Scope, Send

from app.log import get_logger
from app.sync import protocol as p
from app.sync.server import core
from app.sync.server.auth import caller
from app.sync.server.tables import ServerBlob

log = get_logger("sync.server")

MAX_BLOB_BYTES = p.MAX_BLOB_BYTES  # the app's body limit lets blob uploads up to this
MAX_MISSING = 5000  # hashes in one `missing` question
SHA256 = r"^[0-9a-f]{64}$"
_SHA = re.compile(SHA256)
_MIME = re.compile(r"^[\w.+-]+/[\w.+-]+$")


CallerDep = Annotated[core.Caller, Depends(caller)]
ShaPath = Annotated[str, Path(pattern=SHA256, description="SHA-256 of the content, hex")]


class MissingRequest(BaseModel):
    sha256: list[Annotated[str, Field(pattern=SHA256)]] = Field(max_length=MAX_MISSING)


class MissingResponse(BaseModel):
    missing: list[str]


class BlobStored(BaseModel):
    sha256: str
    size: int
    created: bool  # False: the server had it already


ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": p.ErrorOut, "description": "missing, unknown or revoked device token"},
    413: {"model": p.ErrorOut, "description": "the blob is too large"},
    422: {"description": "malformed request, or the body does not hash to the SHA-256 given"},
}


class _Route(APIRoute):
    """A route whose 405 answer lists every method of its path (GET and PUT share
    /v1/blobs/{sha256}; Starlette would list only those of the route it tried first)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.methods and scope["method"] not in self.methods:
            allowed = sorted({m for r in router.routes if isinstance(r, APIRoute)
                              and r.path == self.path for m in r.methods or ()})  # fmt: skip
            response = JSONResponse({"detail": "Method Not Allowed"}, status_code=405,
                                    headers={"Allow": ", ".join(allowed)})  # fmt: skip
            await response(scope, receive, send)
            return
        await super().handle(scope, receive, send)


router = APIRouter(prefix=p.API_PREFIX, tags=["blobs"], route_class=_Route)


@router.put(
    "/blobs/{sha256}",
    response_model=BlobStored,
    responses=ERRORS,
    summary="store content by its SHA-256 (idempotent)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string",
                                                                "format": "binary"}}},
        }
    },
)  # fmt: skip
async def put_blob(sha256: ShaPath, request: Request, who: CallerDep) -> BlobStored:
    data = await request.body()
    if len(data) > MAX_BLOB_BYTES:
        raise core.ApiError(413, f"the blob is {len(data)} bytes, over {MAX_BLOB_BYTES}")
    if not data:
        raise core.ApiError(422, "the body is empty: send the content whose SHA-256 is given")
    actual = hashlib.sha256(data).hexdigest()
    if actual != sha256:
        raise core.ApiError(
            422, f"the body's SHA-256 is {actual}, not {sha256}: nothing was stored"
        )
    mime = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not _MIME.match(mime) or len(mime) > 100:
        mime = "application/octet-stream"
    engine = request.app.state.engine
    with Session(engine) as session:
        if session.get(ServerBlob, sha256) is not None:
            return BlobStored(sha256=sha256, size=len(data), created=False)
        session.add(ServerBlob(sha256=sha256, mime=mime, size=len(data), data=data,
                               device_id=who.device_id))  # fmt: skip
        try:
            session.commit()
        except IntegrityError:  # another request (or server process) stored it meanwhile
            session.rollback()
            return BlobStored(sha256=sha256, size=len(data), created=False)
    log.info("blob %s (%d bytes, %s) from device %s", sha256[:12], len(data), mime,
             who.device_id)  # fmt: skip
    return BlobStored(sha256=sha256, size=len(data), created=True)


@router.get(
    "/blobs/{sha256}",
    responses={
        **ERRORS,
        200: {"content": {"application/octet-stream": {}}, "description": "the content"},
        404: {"model": p.ErrorOut, "description": "the server does not have it"},
    },
    response_class=Response,
    summary="the content with this SHA-256",
)
def get_blob(sha256: ShaPath, request: Request, who: CallerDep) -> Response:
    del who
    with Session(request.app.state.engine) as session:
        row = session.get(ServerBlob, sha256)
        if row is None:
            raise core.ApiError(404, f"the server has no content with SHA-256 {sha256}")
        return Response(bytes(row.data), media_type=row.mime)


@router.post(
    "/missing-blobs",
    response_model=MissingResponse,
    responses={**ERRORS, 400: {"model": p.ErrorOut, "description": "the body is not JSON"}},
    summary="which of these hashes the server does not have",
)
def missing_blobs(body: MissingRequest, request: Request, who: CallerDep) -> MissingResponse:
    del who
    wanted = sorted(set(body.sha256))
    have: set[str] = set()
    with Session(request.app.state.engine) as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            have.update(session.scalars(select(ServerBlob.sha256).where(
                ServerBlob.sha256.in_(chunk))))  # fmt: skip
    return MissingResponse(missing=[h for h in wanted if h not in have])


def is_sha256(text: str) -> bool:
    return bool(_SHA.match(text))

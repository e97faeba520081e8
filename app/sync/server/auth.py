"""The credential check every route depends on: the device token (``Authorization: Bearer
…``) checked against the database on every request (a revoked device is refused at once,
on every server process)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.sync.server import core

_bearer = HTTPBearer(auto_error=False)


def caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> core.Caller:
    token = credentials.credentials if credentials is not None else None
    return core.authenticate(request.app.state.engine, token)


CallerDep = Annotated[core.Caller, Depends(caller)]

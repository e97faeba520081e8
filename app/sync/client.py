"""The HTTP client of sync (httpx): enrol, push, pull, status. Blocking; the GUI calls it
from its own thread. Errors are `SyncError`s that say what happened and what to do."""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.domain.errors import FieldtagError
from app.domain.text import QT_TRANSLATE_NOOP
from app.sync import protocol as p

M = TypeVar("M", bound=BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
GZIP_LEVEL = 1  # fast: JSON of events shrinks 5-10 times even so
GZIP_MIN_BYTES = 16 * 1024  # smaller bodies go as they are (compressing saves little)


class SyncError(FieldtagError):
    """Sync failed; `retry` says whether trying again later may help (network, server)."""

    def __init__(self, message: str, *, status: int | None = None, retry: bool = True) -> None:
        super().__init__(message)
        self.status = status
        self.retry = retry


class Unreachable(SyncError):
    """The server could not be reached (no network, server down, timeout)."""


class NotAuthorized(SyncError):
    """The server refused the device's credential (401) or the action (403)."""


class SyncClient:
    """A connection to one sync server as one device. `http` replaces the httpx client
    (tests pass FastAPI's TestClient, which is one)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        http: httpx.Client | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        verify: bool | str = True,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._own = http is None
        self.http = http or httpx.Client(timeout=timeout, verify=verify)

    def close(self) -> None:
        if self._own:
            self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --------------------------------------------------------------------------- calls

    def enroll(
        self, code: str, device_id: str, name: str, tag_code: str | None
    ) -> p.EnrollResponse:
        body = p.EnrollRequest(code=code, device_id=device_id, name=name[:200] or "device",
                               tag_code=tag_code)  # fmt: skip
        return self._call("POST", "/enroll", p.EnrollResponse, json=body.model_dump(mode="json"))

    def push(self, events: Sequence[p.WireEvent | str]) -> p.PushResponse:
        """Push events, each a `WireEvent` or the JSON of one. A body over
        `GZIP_MIN_BYTES` is sent gzipped."""
        encoded = [e if isinstance(e, str) else e.model_dump_json() for e in events]
        body = f'{{"events":[{",".join(encoded)}]}}'.encode()
        if len(body) < GZIP_MIN_BYTES:
            return self._call("POST", "/push", p.PushResponse, content=body)
        return self._call(
            "POST", "/push", p.PushResponse, content=gzip.compress(body, GZIP_LEVEL),
            headers={"Content-Encoding": "gzip"},
        )  # fmt: skip

    def pull(
        self, after: int, limit: int = p.PULL_LIMIT_DEFAULT, *, skip_own: bool = False
    ) -> p.PullResponse:
        params: dict[str, Any] = {"after": after, "limit": limit}
        if skip_own:
            params["skip_own"] = "true"
        return self._call("GET", "/pull", p.PullResponse, params=params)

    def status(self) -> p.StatusResponse:
        return self._call("GET", "/status", p.StatusResponse)

    def devices(self) -> list[p.DeviceOut]:
        response = self._request("GET", "/devices")
        return [p.DeviceOut.model_validate(d) for d in response.json()]

    # ------------------------------------------------------------------------ plumbing

    def _call(self, method: str, path: str, model: type[M], **kwargs: Any) -> M:
        response = self._request(method, path, **kwargs)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "the server at {url} answered {path} with something that is not Fieldtag "
                    "sync version 1 ({count} problems): is the URL right?",
                ).format(url=self.base_url, path=path, count=exc.error_count())
            ) from exc

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Content-Type": "application/json"} if "content" in kwargs else {}
        headers.update(kwargs.pop("headers", None) or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        url = f"{self.base_url}{p.API_PREFIX}{path}"
        try:
            response = self.http.request(method, url, headers=headers, **kwargs)
        except httpx.TimeoutException as exc:
            raise Unreachable(no_answer(self.base_url)) from exc
        except httpx.TransportError as exc:
            raise Unreachable(unreachable(self.base_url, exc)) from exc
        if response.status_code < 400:
            return response
        detail = _detail(response)
        status = response.status_code
        if status in (401, 403):
            raise NotAuthorized(refused_device(status, detail), status=status, retry=False)
        if status >= 500:
            raise SyncError(
                QT_TRANSLATE_NOOP("sync", "the server had an error ({status}): {detail}").format(
                    status=status, detail=detail
                ),
                status=status,
            )
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "the server refused {what} ({status}): {detail}").format(
                what=f"{method} {path}", status=status, detail=detail
            ),
            status=status,
            retry=False,
        )


# the messages the blob client (app/sync/blob_client.py) says too


def no_answer(url: str) -> str:
    return QT_TRANSLATE_NOOP("sync", "the server at {url} did not answer in time").format(url=url)


def unreachable(url: str, error: object) -> str:
    """The server cannot be reached; `error` is httpx's (English) reason."""
    return QT_TRANSLATE_NOOP("sync", "cannot reach the server at {url}: {error}").format(
        url=url, error=str(error)
    )


def refused_device(status: int, detail: str) -> str:
    return QT_TRANSLATE_NOOP("sync", "the server refused this device ({status}): {detail}").format(
        status=status, detail=detail
    )


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300] or response.reason_phrase
    if isinstance(body, dict) and "detail" in body:
        return str(body["detail"])[:500]
    return str(body)[:300]

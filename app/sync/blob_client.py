"""The blob half of the sync client: upload, ask which are missing, fetch (the server's
routes are app/sync/server/blobs.py). Uses a `SyncClient`'s connection and token; errors
are the same `SyncError`s."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import httpx

from app.domain.text import QT_TRANSLATE_NOOP
from app.sync import protocol as p
from app.sync.client import (
    NotAuthorized,
    SyncClient,
    SyncError,
    Unreachable,
    no_answer,
    refused_device,
    unreachable,
)

MISSING_BATCH = 2000  # hashes per `missing` question (the server takes up to 5000)


class BlobClient:
    def __init__(self, client: SyncClient) -> None:
        self.client = client

    def _send(
        self,
        method: str,
        path: str,
        *,
        content: bytes | None = None,
        json: object = None,
        mime: str = "",
    ) -> httpx.Response:
        c = self.client
        headers = {"Content-Type": mime} if mime else {}
        if c.token:
            headers["Authorization"] = f"Bearer {c.token}"
        url = f"{c.base_url}{p.API_PREFIX}{path}"
        try:
            return c.http.request(method, url, headers=headers, content=content, json=json)
        except httpx.TimeoutException as exc:
            raise Unreachable(no_answer(c.base_url)) from exc
        except httpx.TransportError as exc:
            raise Unreachable(unreachable(c.base_url, exc)) from exc

    def _check(self, response: httpx.Response, what: str) -> None:
        """Raise the SyncError of a refusal; `what` ("the upload of ...") is a Text."""
        status = response.status_code
        if status < 400:
            return
        try:
            detail = str(response.json().get("detail", ""))[:300]
        except ValueError:
            detail = response.text[:300]
        if status in (401, 403):
            raise NotAuthorized(refused_device(status, detail), status=status, retry=False)
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "the server refused {what} ({status}): {detail}").format(
                what=what, status=status, detail=detail
            ),
            status=status,
            retry=status >= 500,
        )

    def missing(self, hashes: Sequence[str]) -> list[str]:
        """Which of `hashes` the server does not have."""
        out: list[str] = []
        unique = sorted(set(hashes))
        for start in range(0, len(unique), MISSING_BATCH):
            chunk = unique[start : start + MISSING_BATCH]
            response = self._send("POST", "/missing-blobs", json={"sha256": chunk})
            self._check(response, QT_TRANSLATE_NOOP("sync", "the question which blobs it lacks"))
            out += [str(h) for h in response.json().get("missing", [])]
        return out

    def upload(self, data: bytes, mime: str) -> str:
        """Store `data` on the server (idempotent); returns its SHA-256."""
        sha = hashlib.sha256(data).hexdigest()
        response = self._send("PUT", f"/blobs/{sha}", content=data,
                              mime=mime or "application/octet-stream")  # fmt: skip
        self._check(
            response,
            QT_TRANSLATE_NOOP("sync", "the upload of {sha}… ({size} bytes)").format(
                sha=sha[:12], size=len(data)
            ),
        )
        return sha

    def fetch(self, sha256: str) -> tuple[bytes, str] | None:
        """The content and MIME type of `sha256`, or None if the server does not have it.
        Content that does not hash to `sha256` raises SyncError (nothing is kept)."""
        response = self._send("GET", f"/blobs/{sha256}")
        if response.status_code == 404:
            return None
        self._check(
            response, QT_TRANSLATE_NOOP("sync", "the download of {sha}…").format(sha=sha256[:12])
        )
        data = response.content
        if hashlib.sha256(data).hexdigest() != sha256:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "the server sent content for {sha}… that does not match its SHA-256: it "
                    "was not kept",
                ).format(sha=sha256[:12])
            )
        mime = response.headers.get("content-type", "application/octet-stream").split(";")[0]
        return data, mime.strip()

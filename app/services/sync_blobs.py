"""The blobs of sync: the photos and signatures of checklist answers (`attachments`, by
SHA-256) and the signed PDFs of certificates travel beside the events that name them.

- Before a batch of this device's events is pushed, `upload_for` uploads the blobs they
  name that the server lacks (so a device that pulls the events can fetch the blobs).
- After the pull, `fetch_missing` fetches the blobs this store's records name but does
  not hold: attachments of answers pulled from other devices, and the PDFs of
  certificates issued elsewhere (stored empty until then). Network I/O happens outside
  any transaction; each batch fetched is written in one short transaction.

Until a blob arrives, the runner, the checklist report and certificate re-printing say
that the photo or PDF has not reached this device yet.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from app.log import get_logger
from app.services.context import Context
from app.store.tables import Attachment, Certificate
from app.sync.blob_client import BlobClient
from app.sync.client import SyncClient, SyncError

log = get_logger("sync.blobs")
FETCH_BATCH = 16  # blobs fetched before each write

# the hashes (with the size the answer gives) that answers name and attachments lack
_MISSING_ATTACHMENTS = text(
    "SELECT DISTINCT json_extract(a.value, '$.sha256'), json_extract(a.value, '$.width'), "
    "json_extract(a.value, '$.height') FROM checklist_answers a "
    "WHERE json_type(a.value, '$.sha256') = 'text' AND NOT EXISTS "
    "(SELECT 1 FROM attachments t WHERE t.sha256 = json_extract(a.value, '$.sha256'))"
)


def referenced(events: Iterable[str]) -> set[str]:
    """The SHA-256s of the blobs the events (wire JSON, as pushed) name: answers' photos
    and signatures, issued certificates' PDFs. Only events that mention a SHA-256 are
    parsed."""
    out: set[str] = set()
    for encoded in events:
        if "sha256" not in encoded:
            continue
        ev = json.loads(encoded)
        entity, kind = ev.get("entity"), ev.get("kind")
        if entity == "checklist_run" and kind == "checklist_answered":
            for pair in (ev.get("changes") or {}).values():
                if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], dict):
                    sha = pair[1].get("sha256")
                    if isinstance(sha, str):
                        out.add(sha)
        elif entity == "certificate" and kind == "issued":
            cert = (ev.get("data") or {}).get("certificate")
            if isinstance(cert, dict) and isinstance(cert.get("pdf_sha256"), str):
                out.add(cert["pdf_sha256"])
    return out


def _local(session: Session, sha: str) -> tuple[bytes, str] | None:
    row = session.get(Attachment, sha)
    if row is not None:
        return bytes(row.data), row.mime
    pdf = session.scalar(select(Certificate.pdf).where(Certificate.pdf_sha256 == sha).limit(1))
    if pdf:
        return bytes(pdf), "application/pdf"
    return None


def upload_for(ctx: Context, client: SyncClient, events: Sequence[str]) -> int:
    """Upload the blobs `events` (wire JSON) name that the server lacks; returns how
    many."""
    wanted = referenced(events)
    if not wanted:
        return 0
    blobs = BlobClient(client)
    sent = 0
    for sha in blobs.missing(sorted(wanted)):
        with ctx.reading() as session:
            found = _local(session, sha)
        if found is None:
            # named by an event, not held here (a PDF pulled before it arrived): the
            # device that made it uploads it
            log.info("blob %s is not on this device; not uploaded", sha[:12])
            continue
        data, mime = found
        if hashlib.sha256(data).hexdigest() != sha:
            log.warning("blob %s is damaged on this device (its hash differs); not uploaded",
                        sha[:12])  # fmt: skip
            continue
        try:
            blobs.upload(data, mime)
        except SyncError as exc:
            if exc.status != 413:
                raise
            # over what the server takes in one request: the events still go (the other
            # devices say the photo or PDF has not arrived) rather than sync stopping here
            log.warning("blob %s (%d bytes) is too large for the server; not uploaded",
                        sha[:12], len(data))  # fmt: skip
            continue
        sent += 1
    return sent


def missing_here(ctx: Context) -> dict[str, tuple[Any, Any, str]]:
    """The blobs this store's records name and it does not hold: sha -> (width, height,
    "attachment" | "certificate")."""
    with ctx.reading() as session:
        out: dict[str, tuple[Any, Any, str]] = {}
        for sha, width, height in session.execute(_MISSING_ATTACHMENTS).tuples():
            if isinstance(sha, str) and sha not in out:
                out[sha] = (width, height, "attachment")
        for sha in session.scalars(
            select(Certificate.pdf_sha256).where(text("length(certificates.pdf) = 0"))
        ):
            out[sha] = (None, None, "certificate")
        return out


def fetch_missing(ctx: Context, client: SyncClient) -> int:
    """Fetch the blobs this store lacks (those the server has); returns how many arrived."""
    wanted = missing_here(ctx)
    if not wanted:
        return 0
    blobs = BlobClient(client)
    order = sorted(wanted)
    got = 0
    for start in range(0, len(order), FETCH_BATCH):
        fetched: list[tuple[str, bytes, str]] = []
        for sha in order[start : start + FETCH_BATCH]:
            found = blobs.fetch(sha)  # network: no transaction open
            if found is not None:
                fetched.append((sha, *found))
        if fetched:
            _store(ctx, fetched, wanted)
            got += len(fetched)
    if got:
        log.info("fetched %d of %d missing blobs", got, len(wanted))
    return got


def _store(ctx: Context, fetched: Sequence[tuple[str, bytes, str]], wanted: dict[str, Any]) -> None:
    with Session(ctx.store.write_engine) as session, session.begin():
        for sha, data, mime in fetched:
            width, height, what = wanted[sha]
            if what == "certificate":
                session.execute(
                    update(Certificate)
                    .where(Certificate.pdf_sha256 == sha, text("length(certificates.pdf) = 0"))
                    .values(pdf=data)
                )
            elif session.get(Attachment, sha) is None:
                session.add(
                    Attachment(
                        sha256=sha, mime=mime[:100] or "application/octet-stream",
                        size=len(data), data=data,
                        width=width if isinstance(width, int) else None,
                        height=height if isinstance(height, int) else None,
                    )
                )  # fmt: skip

"""Sync of this store with a server: enrolment, status, one sync (push, then pull).

Push sends this device's journal events after the last sequence number the server
acknowledged (meta `sync_acked`), in batches; the server answers its high-water mark and
each event's place in its order (`server_seq`, written into the journal).

Pull asks for events after the cursor (meta `sync_cursor`, the server's own sequence) a
page at a time; app/services/sync_apply.py stores and applies each page in one transaction
together with the new cursor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.errors import FieldtagError
from app.log import get_logger
from app.services.context import Context
from app.services.labels import assign_tag_code, derive_tag_code
from app.services.sync_apply import META_CURSOR, SyncResult, apply_page
from app.services.sync_apply import get_meta as _meta
from app.services.sync_apply import set_meta as _set_meta
from app.store.tables import Device, Event
from app.sync import protocol as p
from app.sync.client import SyncClient, SyncError
from app.sync.credentials import CredentialStore

__all__ = [
    "META_CURSOR", "EnrollResult", "SyncCancelled", "SyncResult", "SyncStatus", "apply_page",
    "enroll_device", "server_client", "sync_once", "sync_status",
]  # fmt: skip

log = get_logger("sync")

META_URL = "sync_server_url"
META_ACKED = "sync_acked"
META_LAST_SUCCESS = "sync_last_success"
META_LAST_ERROR = "sync_last_error"

PUSH_BATCH = 1000  # events per push (the server takes up to 2000)
PUSH_BYTES = 4 * 1024 * 1024  # and at most this much JSON (the server takes 5 MB)
PULL_PAGE = 1000


# ------------------------------------------------------------------------ enrolment


@dataclass(frozen=True)
class EnrollResult:
    server_url: str
    device_id: str
    tag_code: str
    user: str
    role: str
    credential_warning: str | None


def enroll_device(
    ctx: Context, server_url: str, code: str, credentials: CredentialStore, *, http: Any = None
) -> EnrollResult:
    """Enrol this store's device with the server at `server_url` using a one-time code:
    keep the device token in `credentials`, take the device code the server assigned (for
    new tags), remember the server. A store moving to another server starts its cursors
    over (the new server has its own order)."""
    url = server_url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise SyncError(
            f"'{server_url}' is not a server address: give it as https://host:port", retry=False
        )
    with ctx.reading() as session:
        device = session.get(Device, ctx.store.device_id)
        assert device is not None
        name, tag_code = device.name, device.tag_code
        taken = [
            c for c in session.scalars(select(Device.tag_code).where(Device.id != device.id)) if c
        ]
    wanted = tag_code or derive_tag_code(ctx.store.device_id, taken)
    with SyncClient(url, http=http) as client:
        answer = client.enroll(code.strip(), ctx.store.device_id, name, wanted)
    credentials.save(ctx.store.device_id, url, answer.token)
    assign_tag_code(ctx, answer.tag_code)
    with Session(ctx.store.write_engine) as session, session.begin():
        previous = _meta(session, META_URL)
        if previous != url:
            _set_meta(session, META_URL, url)
            _set_meta(session, META_CURSOR, "0")
            _set_meta(session, META_ACKED, "0")
    log.info("enrolled with %s as %s (device code %s)", url, answer.user, answer.tag_code)
    return EnrollResult(
        url, answer.device_id, answer.tag_code, answer.user, answer.role, credentials.warning
    )


def server_client(ctx: Context, credentials: CredentialStore, *, http: Any = None) -> SyncClient:
    """A client for the server this store is enrolled with, with its stored credential."""
    with ctx.reading() as session:
        url = _meta(session, META_URL)
    if not url:
        raise SyncError(
            "this store is not enrolled with a sync server: run 'fieldtag enroll --db PATH "
            "URL CODE' with a code from 'fieldtag server enroll-code'",
            retry=False,
        )
    token = credentials.load(ctx.store.device_id, url)
    if not token:
        raise SyncError(
            f"no credential for {url} on this machine: enrol this store again", retry=False
        )
    return SyncClient(url, token, http=http)


# ------------------------------------------------------------------------------ status


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: the server (None: not enrolled), the changes waiting to
    be sent (this device's events the server has not acknowledged), the last successful
    sync (ISO text, UTC) and the last error ("" when the last sync succeeded)."""

    server_url: str | None
    waiting: int
    last_success: str | None
    last_error: str


def sync_status(ctx: Context) -> SyncStatus:
    with ctx.reading() as session:
        waiting = session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.device_id == ctx.store.device_id, Event.server_seq.is_(None))
        )
        return SyncStatus(
            _meta(session, META_URL) or None,
            int(waiting or 0),
            _meta(session, META_LAST_SUCCESS) or None,
            _meta(session, META_LAST_ERROR) or "",
        )


# -------------------------------------------------------------------------------- sync


class SyncCancelled(SyncError):
    """The sync was stopped between two batches (the app is closing); what was done stays."""


def sync_once(
    ctx: Context,
    client: SyncClient,
    *,
    page_size: int = PULL_PAGE,
    push_batch: int = PUSH_BATCH,
    cancelled: Callable[[], bool] = lambda: False,
) -> SyncResult:
    """Push what this device recorded, then pull and apply everyone else's. Records the
    outcome in meta (`sync_last_success`, `sync_last_error`) and raises the error.
    `cancelled` is asked between batches and pages: True stops the sync there (every page
    applied so far stays applied)."""
    result = SyncResult()
    try:
        _push(ctx, client, result, push_batch, cancelled)
        _pull(ctx, client, result, page_size, cancelled)
    except SyncCancelled:
        raise
    except FieldtagError as exc:
        _record(ctx, {META_LAST_ERROR: exc.message})
        raise
    except Exception as exc:
        _record(ctx, {META_LAST_ERROR: f"{type(exc).__name__}: {exc}"})
        raise
    _record(ctx, {META_LAST_SUCCESS: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                  META_LAST_ERROR: ""})  # fmt: skip
    for conflict in result.conflicts:
        log.warning("sync conflict: %s", conflict)
    return result


def _record(ctx: Context, values: Mapping[str, str]) -> None:
    with Session(ctx.store.write_engine) as session, session.begin():
        for key, value in values.items():
            _set_meta(session, key, value)


# -------------------------------------------------------------------------------- push


def _wire(ev: Event) -> p.WireEvent:
    return p.WireEvent(
        id=ev.id, device_id=ev.device_id, seq=ev.seq, hlc=ev.hlc, actor=ev.actor,
        entity=ev.entity, entity_id=ev.entity_id, asset_id=ev.asset_id, kind=ev.kind,
        changes=ev.changes or {}, data=ev.data or {}, recorded_at=ev.recorded_at,
    )  # fmt: skip


def _push(
    ctx: Context,
    client: SyncClient,
    result: SyncResult,
    batch_size: int,
    cancelled: Callable[[], bool],
) -> None:
    device_id = ctx.store.device_id
    with ctx.reading() as session:
        acked = int(_meta(session, META_ACKED) or 0)
    lowered = False
    while True:
        if cancelled():
            raise SyncCancelled("sync stopped")
        with ctx.reading() as session:
            rows = session.scalars(
                select(Event)
                .where(Event.device_id == device_id, Event.seq > acked)
                .order_by(Event.seq)
                .limit(batch_size)
            ).all()
            batch: list[p.WireEvent] = []
            size = 0
            for row in rows:
                wire = _wire(row)
                length = len(wire.model_dump_json()) + 1
                if batch and size + length > PUSH_BYTES:
                    break
                if length > PUSH_BYTES:
                    raise SyncError(
                        f"event {row.id} ({row.entity} {row.kind}) is {length} bytes, over "
                        f"what the server takes ({p.MAX_BODY_BYTES})",
                        retry=False,
                    )
                batch.append(wire)
                size += length
        if not batch:
            return
        answer = client.push(batch)
        with Session(ctx.store.write_engine) as session, session.begin():
            if answer.server_seqs:
                session.execute(
                    update(Event),
                    [{"id": k, "server_seq": v} for k, v in answer.server_seqs.items()],
                )
            _set_meta(session, META_ACKED, str(answer.acked_seq))
        if answer.acked_seq > acked:
            result.pushed += answer.acked_seq - acked
        elif answer.acked_seq < acked and not lowered:
            # the server has less than it acknowledged once (restored from a backup):
            # send again from where it is
            log.warning("server acknowledges seq %d, was %d: resending", answer.acked_seq, acked)
            lowered = True
        else:
            raise SyncError(
                f"the server did not take events from seq {acked + 1} on (it holds up to "
                f"{answer.acked_seq})"
            )
        acked = answer.acked_seq


# -------------------------------------------------------------------------------- pull


def _pull(
    ctx: Context,
    client: SyncClient,
    result: SyncResult,
    page_size: int,
    cancelled: Callable[[], bool],
) -> None:
    with ctx.reading() as session:
        cursor = int(_meta(session, META_CURSOR) or 0)
    while True:
        if cancelled():
            raise SyncCancelled("sync stopped")
        # this device's own events are left out: it has them, and their server_seq came
        # with the push that stored them
        page = client.pull(cursor, page_size, skip_own=True)
        if page.events or page.next > cursor:
            apply_page(ctx, page, result, after=cursor)
        if not page.more:
            return
        if page.next <= cursor:
            raise SyncError(f"the server's pull did not move past {cursor}")
        cursor = page.next

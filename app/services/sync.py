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
import json
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text as SqlText
from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.errors import FieldtagError
from app.domain.text import QT_TRANSLATE_NOOP, Text, text_data, text_from_data
from app.log import get_logger
from app.services import sync_blobs
from app.services.context import Context
from app.services.labels import assign_tag_code, derive_tag_code
from app.services.sync_apply import (
    META_CURSOR,
    SyncResult,
    apply_page,
    rebuild_pending,
    rebuild_state,
)
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
# the last error as text_data (JSON), so the status bar shows it in the window's language
META_LAST_ERROR_TEXT = "sync_last_error_text"

PUSH_BATCH = 5000  # events per push (the server takes up to p.MAX_PUSH_EVENTS)
PUSH_BYTES = p.MAX_BODY_BYTES - 64 * 1024  # and at most this much JSON, uncompressed
PULL_PAGE = 5000
# a pull this many events behind the server's head (or more) stores the events page by
# page and applies them once at the end (`rebuild_state`) instead of page by page
REBUILD_BEHIND = 10_000


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
            QT_TRANSLATE_NOOP(
                "services.sync", "'{url}' is not a server address: give it as https://host:port"
            ).format(url=server_url),
            retry=False,
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
            QT_TRANSLATE_NOOP(
                "services.sync",
                "this store is not enrolled with a sync server: run 'fieldtag enroll --db PATH "
                "URL CODE' with a code from 'fieldtag server enroll-code'",
            ),
            retry=False,
        )
    token = credentials.load(ctx.store.device_id, url)
    if not token:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "services.sync", "no credential for {url} on this machine: enrol this store again"
            ).format(url=url),
            retry=False,
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
            _last_error(
                _meta(session, META_LAST_ERROR) or "", _meta(session, META_LAST_ERROR_TEXT)
            ),
        )


def _last_error(message: str, stored: str | None) -> str:
    if not message or not stored:
        return message
    try:
        data = json.loads(stored)
    except ValueError:
        return message
    return text_from_data(data, message)


def _error_values(message: str) -> dict[str, str]:
    """The meta values of a failed sync: the error in English, and as a text if it is one."""
    as_text = json.dumps(text_data(message)) if isinstance(message, Text) else ""
    return {META_LAST_ERROR: str.__str__(message), META_LAST_ERROR_TEXT: as_text}


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
        sync_blobs.fetch_missing(ctx, client)  # outside any transaction
    except SyncCancelled:
        raise
    except FieldtagError as exc:
        _record(ctx, _error_values(exc.message))
        raise
    except Exception as exc:
        _record(ctx, _error_values(f"{type(exc).__name__}: {exc}"))
        raise
    _record(ctx, {META_LAST_SUCCESS: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                  META_LAST_ERROR: "", META_LAST_ERROR_TEXT: ""})  # fmt: skip
    for conflict in result.conflicts:
        log.warning("sync conflict: %s", conflict)
    return result


def _record(ctx: Context, values: Mapping[str, str]) -> None:
    with Session(ctx.store.write_engine) as session, session.begin():
        for key, value in values.items():
            _set_meta(session, key, value)


# -------------------------------------------------------------------------------- push


_EVENT_JSON = (
    '{"id":%s,"device_id":%s,"seq":%d,"hlc":%d,"actor":%s,"entity":%s,"entity_id":%s,'
    '"asset_id":%s,"kind":%s,"changes":%s,"data":%s,"recorded_at":"%s"}'
)
_PUSH_COLUMNS = (
    Event.id, Event.device_id, Event.seq, Event.hlc, Event.actor, Event.entity,
    Event.entity_id, Event.asset_id, Event.kind, type_coerce(Event.changes, SqlText),
    type_coerce(Event.data, SqlText), Event.recorded_at,
)  # fmt: skip


def _json_object(text: str | None) -> str:
    """An event's `changes` or `data` as stored (JSON text); a missing one: {}."""
    return "{}" if text is None or text == "null" else text


def _encoded(row: Any) -> str:
    """A journal row as the JSON of a `WireEvent` (the stored JSON copied as it is)."""
    (eid, device_id, seq, hlc, actor, entity, entity_id, asset_id, kind, changes, data,
     recorded_at) = row  # fmt: skip
    dumps = json.dumps
    return _EVENT_JSON % (
        dumps(eid), dumps(device_id), seq, hlc, dumps(actor), dumps(entity), dumps(entity_id),
        dumps(asset_id), dumps(kind), _json_object(changes), _json_object(data),
        recorded_at.isoformat(),
    )  # fmt: skip


def _too_large(row: Any, length: int) -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "services.sync",
            "change {id} of this device ({entity} {kind}, recorded {when} UTC) is {length:,} "
            "bytes, more than a sync server takes in one request ({most:,}): it and every later "
            "change of this device stay unsent. This is a fault in Fieldtag: report it with this "
            "message; the change is kept here.",
        ).format(
            id=row[0],
            entity=row[5],
            kind=row[8],
            when=f"{row[11]:%Y-%m-%d %H:%M}",
            length=length,
            most=PUSH_BYTES,
        ),
        retry=False,
    )


def _push(
    ctx: Context,
    client: SyncClient,
    result: SyncResult,
    batch_size: int,
    cancelled: Callable[[], bool],
) -> None:
    """Send this device's unacknowledged events in batches of at most `batch_size` events
    and `PUSH_BYTES` of JSON (before compression, so a batch fits the server's limit on
    what it decompresses whatever the compression achieves)."""
    device_id = ctx.store.device_id
    with ctx.reading() as session:
        acked = int(_meta(session, META_ACKED) or 0)
    lowered = False
    while True:
        if cancelled():
            raise SyncCancelled("sync stopped")
        with ctx.reading() as session:
            rows = session.execute(
                select(*_PUSH_COLUMNS)
                .where(Event.device_id == device_id, Event.seq > acked)
                .order_by(Event.seq)
                .limit(batch_size)
            ).all()
        batch: list[str] = []
        size = len('{"events":[]}')
        for row in rows:
            encoded = _encoded(row)
            length = len(encoded.encode()) + 1
            if length + len('{"events":[]}') > PUSH_BYTES:
                if batch:
                    break  # send what comes before it first
                raise _too_large(row, length)
            if size + length > PUSH_BYTES:
                break
            batch.append(encoded)
            size += length
        if not batch:
            return
        sync_blobs.upload_for(ctx, client, batch)  # the photos and PDFs the events name
        answer = client.push(batch)
        with Session(ctx.store.write_engine) as session, session.begin():
            if answer.server_seqs:
                session.connection().exec_driver_sql(
                    "UPDATE events SET server_seq = ? WHERE id = ?",
                    [(v, k) for k, v in answer.server_seqs.items()],
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
                QT_TRANSLATE_NOOP(
                    "services.sync",
                    "the server did not take events from seq {seq} on (it holds up to {held})",
                ).format(seq=acked + 1, held=answer.acked_seq)
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
    """Pull page after page; while a page is stored, the next one is already asked for
    (one request ahead, in a thread: the server works on it meanwhile)."""
    with ctx.reading() as session:
        cursor = int(_meta(session, META_CURSOR) or 0)
    rebuild = rebuild_pending(ctx)  # an interrupted rebuild goes on as one

    def fetch(after: int) -> p.PullResponse:
        # this device's own events are left out: it has them, and their server_seq came
        # with the push that stored them
        return client.pull(after, page_size, skip_own=True)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as ahead:
        if cancelled():
            raise SyncCancelled("sync stopped")
        coming: Future[p.PullResponse] | None = ahead.submit(fetch, cursor)
        while coming is not None:
            page = coming.result()
            coming = None
            if page.more and page.next <= cursor:
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "services.sync", "the server's pull did not move past {cursor}"
                    ).format(cursor=cursor)
                )
            if page.more and not cancelled():
                coming = ahead.submit(fetch, page.next)
            if page.more and page.head - cursor > REBUILD_BEHIND:
                rebuild = True  # far behind (a new device): store now, apply once at the end
            if page.events or page.next > cursor:
                apply_page(ctx, page, result, after=cursor, rebuild=rebuild)
            if page.more and coming is None:
                raise SyncCancelled("sync stopped")
            cursor = page.next
    if rebuild:
        rebuild_state(ctx, result)

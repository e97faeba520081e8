"""Sync of this store with a server: enrolment, one sync (push, then pull and apply).

Push sends this device's journal events after the last sequence number the server
acknowledged (meta `sync_acked`), in batches; the server answers its high-water mark and
each event's place in its order (`server_seq`, written into the journal).

Pull asks for events after the cursor (meta `sync_cursor`, the server's own sequence) a
page at a time, and applies each page in ONE transaction together with the new cursor: an
interrupted pull resumes exactly there. Events are stored by id (an event already in the
journal is not stored again) and only newly stored events change the state, so nothing is
applied twice. The state of every entity touched is recomputed from all its events in the
journal with the merge rules of app/domain/merge.py, so the order events arrive in does
not matter. Event kinds this version does not apply are still stored (history, and a later
version can apply them) and reported.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, DateTime, delete, func, select, update
from sqlalchemy.orm import Session

from app.domain.errors import FieldtagError
from app.domain.merge import (
    DELETED,
    FIELD_KINDS,
    SUFFIX_SEP,
    Claim,
    Merged,
    MergeEvent,
    ascii_casefold,
    break_cycles,
    is_applied,
    merge,
    settle_claims,
)
from app.log import get_logger
from app.services.context import Context
from app.services.labels import assign_tag_code, derive_tag_code
from app.store.journal import EventRow, insert_event_rows
from app.store.tables import (
    Asset,
    AssetModel,
    Count,
    Device,
    Event,
    Location,
    Meta,
    Person,
    utcnow,
)
from app.sync import protocol as p
from app.sync.client import SyncClient, SyncError
from app.sync.credentials import CredentialStore

log = get_logger("sync")

META_URL = "sync_server_url"
META_CURSOR = "sync_cursor"
META_ACKED = "sync_acked"
META_LAST_SUCCESS = "sync_last_success"
META_LAST_ERROR = "sync_last_error"

PUSH_BATCH = 1000  # events per push (the server takes up to 2000)
PUSH_BYTES = 4 * 1024 * 1024  # and at most this much JSON (the server takes 5 MB)
PULL_PAGE = 1000
CHUNK = 500  # ids per IN (...)

# entity -> (table, the column its events name it by)
TABLES: dict[str, type[Any]] = {
    "asset": Asset,
    "model": AssetModel,
    "location": Location,
    "person": Person,
}
# columns that events never set (keys, local bookkeeping, values derived here)
NOT_MERGED = frozenset({"id", "num", "created_at", "updated_at", "path"})
PATH_SEP = " > "


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


@dataclass
class SyncResult:
    pushed: int = 0  # this device's events the server acknowledged now
    pulled: int = 0  # events of other devices stored now
    applied: int = 0  # of those, applied to the assets, models, locations and people
    conflicts: list[str] = field(default_factory=list)
    not_applied: Counter[str] = field(default_factory=Counter)  # "entity kind" -> stored

    def lines(self) -> list[str]:
        out = [f"pushed {self.pushed}", f"pulled {self.pulled}", f"applied {self.applied}"]
        out += [
            f"stored, not applied: kind {kind} ({n})"
            for kind, n in sorted(self.not_applied.items())
        ]
        out.append(f"conflicts {len(self.conflicts)}")
        out += [f"  conflict: {c}" for c in self.conflicts]
        return out


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


def _meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return None if row is None else row.value


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


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


def _sql_datetime(value: dt.datetime) -> str:
    naive = value if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)
    return naive.isoformat(" ", "microseconds")


def apply_page(ctx: Context, page: p.PullResponse, result: SyncResult, *, after: int) -> None:
    """Store and apply one page of pulled events and move the cursor, in one transaction."""
    with ctx.unit_of_work() as uow:
        session = uow.session
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        stored = _meta(session, META_CURSOR)
        if stored is not None and int(stored) >= page.next:
            return  # another sync (the GUI's, or a second process) applied it meanwhile
        ids = [e.id for e in page.events]
        known: set[str] = set()
        for chunk in _chunks(ids):
            known.update(session.scalars(select(Event.id).where(Event.id.in_(chunk))))
        new = [e for e in page.events if e.id not in known]
        if new:
            insert_event_rows(session, [_row(e) for e in new])
        mine = [{"id": e.id, "server_seq": e.server_seq} for e in page.events if e.id in known]
        if mine:
            session.execute(update(Event), mine)
        _remember_devices(session, page, new)
        if new:
            uow.clock.receive(max(e.hlc for e in new))
        result.pulled += len(new)
        applier = _Applier(session, result)
        for ev in new:
            if is_applied(ev.entity, ev.kind) and not (ev.entity == "asset" and ev.kind == DELETED):
                applier.touch(ev.entity, ev.entity_id)
                result.applied += 1
            elif ev.entity == "device" and ev.kind == "tag_code_set":
                result.applied += 1  # the device's code comes with the page's devices
            else:
                result.not_applied[f"{ev.entity} {ev.kind}"] += 1
        applier.run()
        _set_meta(session, META_CURSOR, str(page.next))
        uow.commit()


def _row(e: p.ServerEvent) -> EventRow:
    return (
        e.id, e.device_id, e.seq, e.hlc, e.actor, e.entity, e.entity_id, e.asset_id, e.kind,
        json.dumps(e.changes), json.dumps(e.data), _sql_datetime(e.recorded_at), e.server_seq,
    )  # fmt: skip


def _remember_devices(session: Session, page: p.PullResponse, new: Sequence[p.ServerEvent]) -> None:
    """A Device row for every device first seen (its name and code, for the history)."""
    briefs = {d.id: d for d in page.devices}
    for device_id in sorted({e.device_id for e in new} | set(briefs)):
        brief = briefs.get(device_id)
        row = session.get(Device, device_id)
        if row is None:
            session.add(
                Device(
                    id=device_id,
                    name=brief.name if brief else f"device {device_id[:8]}",
                    is_local=False,
                    next_seq=1,
                    hlc_last=0,
                    created_at=utcnow(),
                    tag_code=brief.tag_code if brief else None,
                    tag_next=1,
                )
            )
        elif not row.is_local and brief is not None:
            row.name = brief.name
            row.tag_code = brief.tag_code
    session.flush()


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ------------------------------------------------------------------------------- apply


def _describe(asset: Asset) -> str:
    what = [x for x in (asset.name, f"serial {asset.serial}" if asset.serial else "") if x]
    return ", ".join([*what, f"id {asset.id}"])


def _placeholder(asset_id: str) -> str:
    return f"{SUFFIX_SEP}sync{SUFFIX_SEP}{asset_id}"


def _convert(col: Any, value: Any) -> Any:
    """A JSON value from an event's `changes` as the column stores it."""
    if value is None:
        return None
    if isinstance(col.type, DateTime) and isinstance(value, str):
        return dt.datetime.fromisoformat(value).replace(tzinfo=None)
    if isinstance(col.type, Date) and isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value


class _Applier:
    """Recomputes the entities a page touched from all their events in the journal."""

    def __init__(self, session: Session, result: SyncResult) -> None:
        self.session = session
        self.result = result
        self.touched: dict[str, set[str]] = {name: set() for name in TABLES}
        self.referenced: dict[str, set[str]] = {name: set() for name in TABLES}
        self._rows: dict[tuple[str, str], Any] = {}
        self._wanted_tags: Counter[str] = Counter()
        self._tag_holders: dict[str, str] = {}

    def touch(self, entity: str, entity_id: str) -> None:
        self.touched[entity].add(entity_id)

    def run(self) -> None:
        if not any(self.touched.values()):
            return
        if self.touched["person"]:
            for entity_id, m in self.merged("person", self.touched["person"]).items():
                self.write("person", entity_id, m)
        if self.touched["model"]:
            merged = self.merged("model", self.touched["model"])
            before = self.column_of(AssetModel, AssetModel.name, merged)
            for entity_id, m in merged.items():
                self.write("model", entity_id, m)
            self.settle_model_names(merged, before)
        if self.touched["location"]:
            self.locations()
        if self.touched["asset"]:
            merged = self.merged("asset", self.touched["asset"])
            before = self.column_of(Asset, Asset.tag, merged)
            self.prefetch("asset", merged)
            self.tag_claims(merged)
            for entity_id, m in merged.items():
                self.write("asset", entity_id, m)
            self.settle_tags(merged, before)
        self.settle_references()

    # -- tags about to be written

    def tag_claims(self, merged: Mapping[str, Merged]) -> None:
        """Which tags the page's assets want, and which assets hold them now: a tag that
        no other asset holds or wants is written as it is, the others go through
        `settle_tags`."""
        wanted: Counter[str] = Counter()
        for m in merged.values():
            tag = m.fields.get("tag")
            if isinstance(tag, str):
                wanted[ascii_casefold(tag)] += 1
        self._wanted_tags = wanted
        self._tag_holders = {}
        for chunk in _chunks(sorted(wanted)):
            for aid, tag in self.session.execute(
                select(Asset.id, Asset.tag).where(Asset.tag.in_(chunk))
            ).tuples():
                self._tag_holders[ascii_casefold(tag)] = aid

    def may_collide(self, asset_id: str, tag: object) -> bool:
        if not isinstance(tag, str):
            return True
        key = ascii_casefold(tag)
        holder = self._tag_holders.get(key)
        return self._wanted_tags.get(key, 0) > 1 or (holder is not None and holder != asset_id)

    # -- reading events

    def column_of(self, cls: Any, col: Any, ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(ids)):
            out.update(
                self.session.execute(select(cls.id, col).where(cls.id.in_(chunk))).tuples().all()
            )
        return out

    def events_of(self, entity: str, ids: Iterable[str]) -> dict[str, list[MergeEvent]]:
        kinds = [*FIELD_KINDS, DELETED]
        out: dict[str, list[MergeEvent]] = {}
        id_list = sorted(ids)
        for chunk in _chunks(id_list):
            rows = self.session.execute(
                select(Event.entity_id, Event.hlc, Event.device_id, Event.kind, Event.changes,
                       Event.recorded_at)
                .where(Event.entity == entity, Event.entity_id.in_(chunk), Event.kind.in_(kinds))
            ).tuples()  # fmt: skip
            for entity_id, hlc, device_id, kind, changes, recorded in rows:
                out.setdefault(entity_id, []).append(
                    MergeEvent(hlc, device_id, kind, changes or {}, recorded.isoformat(" "))
                )
        return out

    def merged(self, entity: str, ids: Iterable[str]) -> dict[str, Merged]:
        return {k: merge(v) for k, v in self.events_of(entity, ids).items()}

    # -- writing rows

    def prefetch(self, entity: str, ids: Iterable[str]) -> None:
        """Load the rows of `ids` in a few queries (`row` then finds them)."""
        cls = TABLES[entity]
        for chunk in _chunks(sorted(ids)):
            found = {r.id: r for r in self.session.scalars(select(cls).where(cls.id.in_(chunk)))}
            for entity_id in chunk:
                self._rows[(entity, entity_id)] = found.get(entity_id)

    def row(self, entity: str, entity_id: str) -> Any:
        key = (entity, entity_id)
        if key not in self._rows:
            cls = TABLES[entity]
            self._rows[key] = self.session.scalar(select(cls).where(cls.id == entity_id))
        return self._rows[key]

    def write(self, entity: str, entity_id: str, m: Merged, *, keep: bool = False) -> Any:
        """Bring the row in line with the merged fields; create it if it was created and
        not deleted (or `keep`: deleted but still referred to). Returns the row or None."""
        cls = TABLES[entity]
        row = self.row(entity, entity_id)
        if row is None:
            if m.created is None or (m.deleted is not None and not keep):
                return None
            row = cls(id=entity_id)
            if m.created_at:
                row.created_at = dt.datetime.fromisoformat(m.created_at)
            self.session.add(row)
            self._rows[(entity, entity_id)] = row
        columns = cls.__table__.c
        if entity == "model" and any(
            name in m.fields and getattr(row, name) != m.fields[name]
            for name in ("manufacturer", "name")
        ):
            row.name = _placeholder(entity_id)  # unique with the manufacturer: see below
        for name, value in m.fields.items():
            if name in NOT_MERGED or name not in columns:
                continue
            converted = _convert(columns[name], value)
            if getattr(row, name) != converted:
                if (entity, name) == ("model", "name") or (
                    (entity, name) == ("asset", "tag") and self.may_collide(entity_id, value)
                ):
                    # unique: the settle_* methods give the final values once every row is
                    # written
                    converted = _placeholder(entity_id)
                setattr(row, name, converted)
        if entity == "location" and not row.path:
            row.path = row.name
        if entity == "asset":
            for col, target in (("model_id", "model"), ("location_id", "location"),
                                ("assignee_id", "person")):  # fmt: skip
                if getattr(row, col):
                    self.referenced[target].add(getattr(row, col))
        elif entity == "location" and row.parent_id:
            self.referenced["location"].add(row.parent_id)
        if m.newest_at:
            newest = dt.datetime.fromisoformat(m.newest_at)
            if row.updated_at is None or row.updated_at < newest:
                row.updated_at = newest
        return row

    # -- locations: the tree as a whole

    def locations(self) -> None:
        """Every location with events is recomputed (parents may form a cycle only across
        locations), cycles broken, and every path rebuilt."""
        ids = set(self.session.scalars(select(Event.entity_id).where(Event.entity == "location")))
        merged = self.merged("location", ids)
        for lid, m in merged.items():
            self.write("location", lid, m)
        self.session.flush()
        every = {loc.id: loc for loc in self.session.scalars(select(Location))}
        parents = {lid: loc.parent_id for lid, loc in every.items()}
        stamps = {lid: m.stamps.get("parent_id", (0, "")) for lid, m in merged.items()}
        fixed = break_cycles(parents, stamps)
        for lid, parent in fixed.items():
            if parent != parents[lid]:
                every[lid].parent_id = parent
                self.result.conflicts.append(
                    f"location {every[lid].name} was moved inside itself by two devices at "
                    "once; it is now a top-level location"
                )
        self._repath(every)

    def _repath(self, every: Mapping[str, Location]) -> None:
        memo: dict[str, str] = {}

        def path_of(lid: str, depth: int = 0) -> str:
            if lid in memo:
                return memo[lid]
            loc = every[lid]
            parent = loc.parent_id
            if parent is None or parent not in every or depth > 64:
                value = loc.name
            else:
                value = f"{path_of(parent, depth + 1)}{PATH_SEP}{loc.name}"
            memo[lid] = value
            return value

        for lid, loc in every.items():
            path = path_of(lid)
            if loc.path != path:
                loc.path = path

    # -- unique values

    def settle_tags(self, merged: Mapping[str, Merged], before: Mapping[str, str]) -> None:
        """Tags claimed by two assets: the oldest claim keeps the tag, the others get it
        with a suffix (a conflict for a person to settle). `before`: the tags the written
        assets had (a tag one of them gave up may go back to an asset that lost it)."""
        keys: set[str] = set()
        for m in merged.values():
            tag = m.fields.get("tag")
            if isinstance(tag, str):
                keys.add(ascii_casefold(tag))
        for tag in before.values():
            keys.add(ascii_casefold(tag.split(SUFFIX_SEP)[0]))
        self.session.flush()
        candidates: dict[str, Asset] = {}
        for chunk in _chunks(sorted(merged)):
            for row in self.session.scalars(select(Asset).where(Asset.id.in_(chunk))):
                candidates[row.id] = row
        ordered = sorted(keys)
        for chunk in _chunks(ordered):
            for row in self.session.scalars(select(Asset).where(Asset.tag.in_(chunk))):
                candidates[row.id] = row
        # suffixed tags ("key~2", ...) are few: one pass over the tags finds them all
        suffixed = [
            aid
            for aid, tag in self.session.execute(
                select(Asset.id, Asset.tag).where(Asset.tag.contains(SUFFIX_SEP, autoescape=True))
            ).tuples()
            if ascii_casefold(tag.split(SUFFIX_SEP)[0]) in keys and aid not in candidates
        ]
        for chunk in _chunks(suffixed):
            for row in self.session.scalars(select(Asset).where(Asset.id.in_(chunk))):
                candidates[row.id] = row
        others = [aid for aid in candidates if aid not in merged]
        everything = {**self.merged("asset", others), **merged}
        claims = []
        for aid in candidates:
            known = everything.get(aid)
            tag = known.fields.get("tag") if known else None
            if known is None or not isinstance(tag, str):
                continue  # no events (cannot happen for a synced store): leave it
            claims.append(Claim(aid, tag, known.stamps.get("tag", (0, ""))))
        final = settle_claims(claims, key=ascii_casefold)
        changed = {aid: tag for aid, tag in final.items() if candidates[aid].tag != tag}
        if not changed:
            return
        for aid in changed:
            candidates[aid].tag = _placeholder(aid)
        self.session.flush()
        winners = {ascii_casefold(c.value): c for c in claims if final[c.owner] == c.value}
        intended = {c.owner: c.value for c in claims}
        for aid, tag in changed.items():
            candidates[aid].tag = tag
            if tag != intended[aid] and before.get(aid) != tag:
                keeper = winners.get(ascii_casefold(intended[aid]))
                keeper_text = f" ({_describe(candidates[keeper.owner])})" if keeper else ""
                self.result.conflicts.append(
                    f"tag {intended[aid]} was given to two assets on different devices: the "
                    f"one recorded first{keeper_text} keeps it, the other "
                    f"({_describe(candidates[aid])}) now has {tag}"
                )
        self.session.flush()

    def settle_model_names(self, merged: Mapping[str, Merged], before: Mapping[str, str]) -> None:
        """Two models with the same manufacturer and name (created on two devices): the
        one created first keeps the name, the other gets it with a suffix (a conflict).
        `before`: the names the written models had."""
        self.session.flush()
        rows: dict[str, AssetModel] = {}
        for chunk in _chunks(sorted(merged)):
            for row in self.session.scalars(select(AssetModel).where(AssetModel.id.in_(chunk))):
                rows[row.id] = row
        names = {
            str(m.fields["name"]) for m in merged.values() if isinstance(m.fields.get("name"), str)
        }
        names |= {name.split(SUFFIX_SEP)[0] for name in before.values()}
        for chunk in _chunks(sorted(names)):
            for name in chunk:
                for row in self.session.scalars(
                    select(AssetModel).where(
                        (AssetModel.name == name)
                        | AssetModel.name.startswith(f"{name}{SUFFIX_SEP}", autoescape=True)
                    )
                ):
                    rows[row.id] = row
        every = {**self.merged("model", [k for k in rows if k not in merged]), **merged}
        claims = []
        for mid, row in rows.items():
            m = every.get(mid)
            value = m.fields.get("name") if m else None
            if m is None or not isinstance(value, str):
                continue
            claims.append(Claim(mid, f"{row.manufacturer}\x00{value}", m.created or (0, "")))
        final = {k: v.split("\x00", 1)[1] for k, v in settle_claims(claims).items()}
        changed = {mid: v for mid, v in final.items() if rows[mid].name != v}
        if not changed:
            return
        for mid in changed:
            rows[mid].name = _placeholder(mid)
        self.session.flush()
        intended = {c.owner: c.value.split("\x00", 1)[1] for c in claims}
        for mid, value in changed.items():
            rows[mid].name = value
            if value != intended[mid] and before.get(mid) != value:
                self.result.conflicts.append(
                    f"model {rows[mid].manufacturer} {intended[mid]} was created on two devices; "
                    f"the one created later is now {rows[mid].manufacturer} {value}"
                )
        self.session.flush()

    # -- deletions and references

    def settle_references(self) -> None:
        """Deleted models, locations and people are gone unless something still refers to
        them (a device assigned an asset to a person another device deleted meanwhile):
        those are kept (or brought back) and reported. Deterministic: it depends only on
        the merged state. Checked for what the rows written now refer to, and for every
        tombstone (deletions are few)."""
        self.session.flush()
        refs: dict[str, list[Any]] = {
            "model": [Asset.model_id],
            "location": [Asset.location_id, Location.parent_id, Count.location_id],
            "person": [Asset.assignee_id],
        }
        for _round in range(100):
            changed = False
            for entity, columns in refs.items():
                cls = TABLES[entity]
                wanted = sorted(self.referenced[entity])
                self.referenced[entity] = set()
                present: set[str] = set()
                for chunk in _chunks(wanted):
                    present.update(self.session.scalars(select(cls.id).where(cls.id.in_(chunk))))
                dangling = [x for x in wanted if x not in present]
                for entity_id, m in self.merged(entity, dangling).items():
                    if self.write(entity, entity_id, m, keep=True) is not None:
                        changed = True
                        self.result.conflicts.append(
                            f"{entity} {m.fields.get('name', entity_id)} was deleted on one "
                            "device while another still used it: it was kept"
                        )
                self.session.flush()
                deleted = sorted(
                    set(
                        self.session.scalars(
                            select(Event.entity_id).where(
                                Event.entity == entity, Event.kind == DELETED
                            )
                        )
                    )
                )
                for chunk in _chunks(deleted):
                    present = set(self.session.scalars(select(cls.id).where(cls.id.in_(chunk))))
                    for entity_id in sorted(present):
                        used = any(
                            self.session.scalar(select(col).where(col == entity_id).limit(1))
                            for col in columns
                        )
                        if not used:
                            self.session.execute(delete(cls).where(cls.id == entity_id))
                            self._rows.pop((entity, entity_id), None)
                            changed = True
                self.session.flush()
            if not changed:
                return

"""Applying pulled events to the local store: the pull half of sync.

`apply_page` stores one page of events the server sent and applies the new ones, in ONE
transaction together with the new cursor (an interrupted pull resumes exactly there).
Events are stored by id (an event already in the journal is not stored again) and only
newly stored events change the state, so nothing is applied twice.

- Assets, models, locations and people (`_Applier`): the state of every entity a page
  touched is recomputed from all its events in the journal with the merge rules of
  app/domain/merge.py, so the order events arrive in does not matter.
- The other records (drives, sanitization records, checklist runs, label prints, counts
  and their scans, certificates): app/services/sync_records.py.
- Conflict settlements, and the conflict records of what a page's events collided with:
  app/services/conflicts.py.

Event kinds this version does not apply are still stored (history, and a later version can
apply them) and reported.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, DateTime, Text, delete, select, type_coerce
from sqlalchemy.orm import Session

from app.domain import conflicts as cf
from app.domain.conflicts import ConflictFound
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
from app.domain.text import QT_TRANSLATE_NOOP, joined
from app.services import conflicts as conflict_service
from app.services import sync_records
from app.services.context import Context
from app.store.bulk import bulk_load, insert_rows
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

META_CURSOR = "sync_cursor"
BULK_LOAD = "fieldtag_bulk_load"  # session.info key: the `BulkLoad` of a rebuild
MERGE_EVENTS = "fieldtag_merge_events"  # and the merge events it read (`_merge_events`)
META_REBUILD = "sync_rebuild_pending"  # see `apply_page`: the cursor a rebuild started from
CHUNK = 500  # ids per IN (...)
SCAN_OVER = 5000  # more ids than this: one pass over the table instead (`select_in`)

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


@dataclass
class SyncResult:
    pushed: int = 0  # this device's events the server acknowledged now
    pulled: int = 0  # events of other devices stored now
    applied: int = 0  # of those, applied to the state (not only stored as history)
    conflicts: list[ConflictFound] = field(default_factory=list)
    not_applied: Counter[str] = field(default_factory=Counter)  # "entity kind" -> stored

    def lines(self) -> list[str]:
        out = [f"pushed {self.pushed}", f"pulled {self.pulled}", f"applied {self.applied}"]
        out += [
            f"stored, not applied: kind {kind} ({n})"
            for kind, n in sorted(self.not_applied.items())
        ]
        out.append(f"conflicts {len(self.conflicts)}")
        out += [f"  conflict: {x.summary}" for x in self.conflicts]
        return out


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return None if row is None else row.value


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def _sql_datetime(value: dt.datetime) -> str:
    naive = value if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)
    return naive.isoformat(" ", "microseconds")


def apply_page(
    ctx: Context, page: p.PullResponse, result: SyncResult, *, after: int, rebuild: bool = False
) -> None:
    """Store and apply one page of pulled events and move the cursor, in one transaction.

    `rebuild` (a device far behind, e.g. a new one): only store the page (and move the
    cursor); the first such page sets meta `sync_rebuild_pending` (to the cursor it
    started from) in the same transaction, and `rebuild_state` applies everything stored
    since in one go once the last page is in."""
    with ctx.unit_of_work() as uow:
        session = uow.session
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        stored = get_meta(session, META_CURSOR)
        if stored is not None and int(stored) >= page.next:
            return  # another sync (the GUI's, or a second process) applied it meanwhile
        ids = [e.id for e in page.events]
        known: set[str] = set()
        for chunk in _chunks(ids):
            known.update(session.scalars(select(Event.id).where(Event.id.in_(chunk))))
        new = [e for e in page.events if e.id not in known]
        if new:
            insert_event_rows(session, [_row(e) for e in new])
        mine = [(e.server_seq, e.id) for e in page.events if e.id in known]
        if mine:
            session.connection().exec_driver_sql(
                "UPDATE events SET server_seq = ? WHERE id = ?", mine
            )
        _remember_devices(session, page, new)
        if new:
            uow.clock.receive(max(e.hlc for e in new))
        result.pulled += len(new)
        if rebuild:
            if get_meta(session, META_REBUILD) is None:
                set_meta(session, META_REBUILD, str(after))
        else:
            apply_events(session, new, result)
        set_meta(session, META_CURSOR, str(page.next))
        uow.commit()


def rebuild_pending(ctx: Context) -> bool:
    """Whether pulled events wait for `rebuild_state` (a rebuild was interrupted)."""
    with ctx.reading() as session:
        return get_meta(session, META_REBUILD) is not None


def rebuild_state(ctx: Context, result: SyncResult) -> None:
    """Apply every event stored in rebuild mode (other devices' events after the cursor
    the rebuild started from) through `apply_events`, as if they had come as one page,
    and clear `sync_rebuild_pending`, in one transaction. Assets are written the way bulk
    imports write them (`bulk_load`: search index built once at the end)."""
    with ctx.unit_of_work() as uow:
        session = uow.session
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        start = get_meta(session, META_REBUILD)
        if start is None:
            return  # done meanwhile by another sync
        rows = session.execute(
            select(*_EVENT_COLUMNS)
            .where(Event.server_seq > int(start), Event.device_id != ctx.store.device_id)
            .order_by(Event.server_seq)
        ).all()
        events = [_server_event(r) for r in rows]
        assets = sum(1 for e in events if e.entity == "asset")
        with bulk_load(session.connection(), rows=assets) as load:
            session.info[BULK_LOAD] = load  # `_Applier.flush` indexes new assets with it
            # the merge events of every asset, model, location and person, from the events
            # just read and one pass over the rest of the journal (`_Applier.events_of`
            # would read them all again, a few hundred ids at a time)
            session.info[MERGE_EVENTS] = _merge_events(session, events, int(start), ctx)
            try:
                apply_events(session, events, result)
                session.flush()
            finally:
                del session.info[BULK_LOAD]
                del session.info[MERGE_EVENTS]
        session.execute(delete(Meta).where(Meta.key == META_REBUILD))
        uow.commit()


def _merge_events(
    session: Session, events: Sequence[p.ServerEvent], start: int, ctx: Context
) -> dict[tuple[str, str], list[MergeEvent]]:
    """(entity, id) -> the merge events of every entity `_Applier` merges: from `events`
    (those after `start` of other devices) and the journal's other events."""
    kinds = {*FIELD_KINDS, DELETED}
    out: dict[tuple[str, str], list[MergeEvent]] = {}
    for e in events:
        if e.entity in TABLES and e.kind in kinds:
            recorded = e.recorded_at.replace(tzinfo=None).isoformat(" ")
            out.setdefault((e.entity, e.entity_id), []).append(
                MergeEvent(e.hlc, e.device_id, e.kind, e.changes, recorded)
            )
    rest = session.execute(
        select(Event.entity, Event.entity_id, Event.hlc, Event.device_id, Event.kind,
               Event.changes, Event.recorded_at)
        .where(Event.entity.in_(list(TABLES)), Event.kind.in_(sorted(kinds)))
        .where(~((Event.server_seq > start) & (Event.device_id != ctx.store.device_id))
               | Event.server_seq.is_(None))
    ).tuples()  # fmt: skip
    for entity, entity_id, hlc, device_id, kind, changes, recorded in rest:
        out.setdefault((entity, entity_id), []).append(
            MergeEvent(hlc, device_id, kind, changes or {}, recorded.isoformat(" "))
        )
    return out


_EVENT_COLUMNS = (
    Event.id, Event.device_id, Event.seq, Event.hlc, Event.actor, Event.entity,
    Event.entity_id, Event.asset_id, Event.kind, type_coerce(Event.changes, Text),
    type_coerce(Event.data, Text), Event.recorded_at, Event.server_seq,
)  # fmt: skip
_EMPTY_JSON = (None, "", "{}", "null")


def _server_event(row: Any) -> p.ServerEvent:
    """A journal row as the event the server sent (not validated again: it was when it
    was pulled)."""
    (eid, device_id, seq, hlc, actor, entity, entity_id, asset_id, kind, changes, data,
     recorded_at, server_seq) = row  # fmt: skip
    event = object.__new__(p.ServerEvent)  # what model_construct does, at a third of its cost
    object.__setattr__(event, "__dict__", {
        "id": eid, "device_id": device_id, "seq": seq, "hlc": hlc, "actor": actor,
        "entity": entity, "entity_id": entity_id, "asset_id": asset_id, "kind": kind,
        "changes": {} if changes in _EMPTY_JSON else json.loads(changes),
        "data": {} if data in _EMPTY_JSON else json.loads(data),
        "recorded_at": recorded_at.replace(tzinfo=dt.UTC), "server_seq": server_seq,
    })  # fmt: skip
    object.__setattr__(event, "__pydantic_fields_set__", _ALL_FIELDS)
    object.__setattr__(event, "__pydantic_extra__", None)
    object.__setattr__(event, "__pydantic_private__", None)
    return event


_ALL_FIELDS = frozenset(p.ServerEvent.model_fields)


def apply_events(session: Session, new: Sequence[p.ServerEvent], result: SyncResult) -> None:
    """Apply events just stored in the journal to the state, in the caller's transaction:
    assets, models, locations and people by the merge rules; the other records through
    app/services/sync_records.py; conflict settlements and the conflicts found through
    app/services/conflicts.py."""
    applier = _Applier(session, result)
    records: list[p.ServerEvent] = []
    settlements: list[p.ServerEvent] = []
    for ev in new:
        if is_applied(ev.entity, ev.kind) and not (ev.entity == "asset" and ev.kind == DELETED):
            applier.touch(ev.entity, ev.entity_id)
            result.applied += 1
            if sync_records.handles(ev.entity, ev.kind):
                records.append(ev)  # e.g. a status change also ends a count's or run's view
        elif ev.entity == "device" and ev.kind == "tag_code_set":
            result.applied += 1  # the device's code comes with the page's devices
        elif sync_records.handles(ev.entity, ev.kind):
            records.append(ev)
            result.applied += 1
        elif conflict_service.handles(ev.entity, ev.kind):
            settlements.append(ev)
            result.applied += 1
        else:
            result.not_applied[f"{ev.entity} {ev.kind}"] += 1
    applier.run()
    if records:
        sync_records.apply_records(session, records, result)
    # transition conflicts: only assets whose status one of these events changed
    moved = {e.entity_id for e in new if e.entity == "asset" and e.kind == "status_changed"}
    conflict_service.after_apply(session, moved, settlements, result)


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
    """ "Laptop 3, serial X1, id ..." (a Text: shown in the window's language)."""
    what: list[str] = [asset.name] if asset.name else []
    if asset.serial:
        what.append(
            QT_TRANSLATE_NOOP("sync.conflicts", "serial {serial}").format(serial=asset.serial)
        )
    what.append(QT_TRANSLATE_NOOP("sync.conflicts", "id {id}").format(id=asset.id))
    return joined(what)


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


# entity -> the columns events set, by name
_MERGED_COLUMNS: dict[str, dict[str, Any]] = {
    entity: {c.key: c for c in cls.__table__.c if c.key not in NOT_MERGED}
    for entity, cls in TABLES.items()
}


class _NewRow:
    """A row `_Applier.write` creates: its values until `_Applier.flush` inserts all new
    rows of a table in one statement (an ORM object per row would be flushed one INSERT at
    a time: assets have an autoincrement key the ORM fetches back). Unset columns read as
    None, as on a new ORM object; the table's defaults fill them on insert."""

    __slots__ = ("values",)

    def __init__(self, **values: Any) -> None:
        object.__setattr__(self, "values", dict(values))

    def __getattr__(self, name: str) -> Any:
        return self.values.get(name)

    def __setattr__(self, name: str, value: Any) -> None:
        self.values[name] = value


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
        self._new: dict[str, list[_NewRow]] = {name: [] for name in TABLES}

    def _insert(self, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        """Insert rows (column -> Python value) with multi-row INSERTs: the columns a row
        leaves out get the table's defaults, every value goes through its column type's
        bind processor, as the ORM would do it, at a fraction of the ORM's cost per row."""
        conn = self.session.connection()
        dialect = conn.dialect
        columns = [c for c in table.c if c.key in rows[0] or c.default is not None]
        columns += [c for c in table.c if c not in columns and any(c.key in r for r in rows)]
        plan = []
        for c in columns:
            default = c.default
            if default is None:
                fill: Any = None
            elif default.is_scalar:
                fill = default.arg
            else:
                fill = default  # a callable: called per row
            plan.append((c.key, fill, c.type.bind_processor(dialect)))
        values: list[tuple[Any, ...]] = []
        for r in rows:
            out = []
            for key, fill, process in plan:
                if key in r:
                    value = r[key]
                elif fill is None or not hasattr(fill, "arg"):
                    value = fill
                else:
                    value = fill.arg(None)
                out.append(value if process is None or value is None else process(value))
            values.append(tuple(out))
        insert_rows(conn, table.name, [c.name for c in columns], values)

    def flush(self) -> None:
        """Insert the rows created since the last flush (a few statements per table), then
        flush the ORM's changes; later reads find every row in the database."""
        for entity, rows in self._new.items():
            if not rows:
                continue
            self._insert(TABLES[entity].__table__, [r.values for r in rows])
            for r in rows:
                self._rows.pop((entity, r.values["id"]), None)
            rows.clear()
            load = self.session.info.get(BULK_LOAD)
            if entity == "asset" and load is not None:
                # in a bulk load the search index is not kept by its trigger: index the
                # new rows now, before anything updates them (the update trigger would
                # index them twice)
                load.index_new()
        self.session.flush()

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
        self.flush()

    # -- tags about to be written

    def select_in(
        self,
        columns: Sequence[Any],
        key: Any,
        keys: Iterable[str],
        *where: Any,
        fold: Callable[[str], str] | None = None,
    ) -> Iterator[Any]:
        """The rows of `columns` whose `key` column is one of `keys` (and `where`): IN (...)
        a chunk of keys at a time, or, for more than `SCAN_OVER` keys (a rebuild), one pass
        over the table filtered here, which costs less than hundreds of queries. `fold`:
        how the column compares (e.g. a case-insensitive tag)."""
        wanted = sorted(set(keys))
        if len(wanted) <= SCAN_OVER:
            for chunk in _chunks(wanted):
                yield from self.session.execute(select(*columns).where(key.in_(chunk), *where))
            return
        keep = set(wanted)
        for row in self.session.execute(select(key, *columns).where(*where)):
            value = row[0]
            if value is not None and (fold(value) if fold else value) in keep:
                yield row[1:]

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
        for aid, tag in self.select_in(
            (Asset.id, Asset.tag), Asset.tag, wanted, fold=ascii_casefold
        ):
            self._tag_holders[ascii_casefold(tag)] = aid

    def may_collide(self, asset_id: str, tag: object) -> bool:
        if not isinstance(tag, str):
            return True
        key = ascii_casefold(tag)
        holder = self._tag_holders.get(key)
        return self._wanted_tags.get(key, 0) > 1 or (holder is not None and holder != asset_id)

    # -- reading events

    def column_of(self, cls: Any, col: Any, ids: Iterable[str]) -> dict[str, str]:
        return dict(self.select_in((cls.id, col), cls.id, ids))

    def events_of(self, entity: str, ids: Iterable[str]) -> dict[str, list[MergeEvent]]:
        kinds = [*FIELD_KINDS, DELETED]
        out: dict[str, list[MergeEvent]] = {}
        known = self.session.info.get(MERGE_EVENTS)
        if known is not None:  # a rebuild read them all already
            for entity_id in ids:
                found = known.get((entity, entity_id))
                if found:
                    out[entity_id] = found
            return out
        rows = self.select_in(
            (Event.entity_id, Event.hlc, Event.device_id, Event.kind, Event.changes,
             Event.recorded_at),
            Event.entity_id, ids, Event.entity == entity, Event.kind.in_(kinds),
        )  # fmt: skip
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
        row = self.row(entity, entity_id)
        if row is None:
            if m.created is None or (m.deleted is not None and not keep):
                return None
            row = _NewRow(id=entity_id)
            if m.created_at:
                row.created_at = dt.datetime.fromisoformat(m.created_at)
            self._new[entity].append(row)
            self._rows[(entity, entity_id)] = row
        columns = _MERGED_COLUMNS[entity]
        if entity == "model" and any(
            name in m.fields and getattr(row, name) != m.fields[name]
            for name in ("manufacturer", "name")
        ):
            row.name = _placeholder(entity_id)  # unique with the manufacturer: see below
        # a new row's values directly (a rebuild writes 100,000 of them)
        values = row.values if isinstance(row, _NewRow) else None
        for name, value in m.fields.items():
            col = columns.get(name)
            if col is None:
                continue
            converted = _convert(col, value)
            current = values.get(name) if values is not None else getattr(row, name)
            if current != converted:
                if (entity, name) == ("model", "name") or (
                    (entity, name) == ("asset", "tag") and self.may_collide(entity_id, value)
                ):
                    # unique: the settle_* methods give the final values once every row is
                    # written
                    converted = _placeholder(entity_id)
                if values is not None:
                    values[name] = converted
                else:
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
        self.flush()
        every = {loc.id: loc for loc in self.session.scalars(select(Location))}
        parents = {lid: loc.parent_id for lid, loc in every.items()}
        stamps = {lid: m.stamps.get("parent_id", (0, "")) for lid, m in merged.items()}
        fixed = break_cycles(parents, stamps)
        for lid, parent in fixed.items():
            if parent != parents[lid]:
                every[lid].parent_id = parent
                self.result.conflicts.append(
                    ConflictFound(
                        cf.LOCATION_CYCLE, lid,
                        QT_TRANSLATE_NOOP(
                            "sync.conflicts",
                            "location {name} was moved inside itself by two devices at once; "
                            "it is now a top-level location",
                        ).format(name=every[lid].name),
                        "location", lid,
                        details={"location_id": lid, "parent_id": parents[lid]},
                    )
                )  # fmt: skip
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
        self.flush()
        # the tags as they are now (id -> tag; ORM rows only for the few that change)
        held: dict[str, str] = dict(self.select_in((Asset.id, Asset.tag), Asset.id, merged))
        held.update(self.select_in((Asset.id, Asset.tag), Asset.tag, keys, fold=ascii_casefold))
        # suffixed tags ("key~2", ...) are few: one pass over the tags finds them all
        for aid, tag in self.session.execute(
            select(Asset.id, Asset.tag).where(Asset.tag.contains(SUFFIX_SEP, autoescape=True))
        ).tuples():
            if ascii_casefold(tag.split(SUFFIX_SEP)[0]) in keys and aid not in held:
                held[aid] = tag
        others = [aid for aid in held if aid not in merged]
        everything = {**self.merged("asset", others), **merged}
        claims = []
        for aid in held:
            known = everything.get(aid)
            tag = known.fields.get("tag") if known else None
            if known is None or not isinstance(tag, str):
                continue  # no events (cannot happen for a synced store): leave it
            claims.append(Claim(aid, tag, known.stamps.get("tag", (0, ""))))
        final = settle_claims(claims, key=ascii_casefold)
        changed = {aid: tag for aid, tag in final.items() if held[aid] != tag}
        if not changed:
            return
        winners_of = {ascii_casefold(c.value): c.owner for c in claims if final[c.owner] == c.value}
        claimed = {c.owner: ascii_casefold(c.value) for c in claims}
        wanted = set(changed) | {
            winners_of[claimed[aid]] for aid in changed if claimed[aid] in winners_of
        }
        candidates: dict[str, Asset] = {}
        for chunk in _chunks(sorted(wanted)):
            for row in self.session.scalars(select(Asset).where(Asset.id.in_(chunk))):
                candidates[row.id] = row
        for aid in changed:
            candidates[aid].tag = _placeholder(aid)
        self.flush()
        winners = {ascii_casefold(c.value): c for c in claims if final[c.owner] == c.value}
        intended = {c.owner: c.value for c in claims}
        for aid, tag in changed.items():
            candidates[aid].tag = tag
            if tag != intended[aid] and before.get(aid) != tag:
                keeper = winners.get(ascii_casefold(intended[aid]))
                summary: str
                if keeper:
                    summary = QT_TRANSLATE_NOOP(
                        "sync.conflicts",
                        "tag {tag} was given to two assets on different devices: the one "
                        "recorded first ({keeper}) keeps it, the other ({other}) now has {given}",
                    ).format(tag=intended[aid], keeper=_describe(candidates[keeper.owner]),
                             other=_describe(candidates[aid]), given=tag)  # fmt: skip
                else:
                    summary = QT_TRANSLATE_NOOP(
                        "sync.conflicts",
                        "tag {tag} was given to two assets on different devices: the one "
                        "recorded first keeps it, the other ({other}) now has {given}",
                    ).format(tag=intended[aid], other=_describe(candidates[aid]), given=tag)
                self.result.conflicts.append(
                    ConflictFound(
                        cf.TAG, f"{ascii_casefold(intended[aid])}\x00{aid}",
                        summary,
                        "asset", aid, asset_id=aid,
                        details={"tag": intended[aid], "asset_id": aid, "given": tag,
                                 "keeper_id": keeper.owner if keeper else None},
                    )
                )  # fmt: skip
        self.flush()

    def settle_model_names(self, merged: Mapping[str, Merged], before: Mapping[str, str]) -> None:
        """Two models with the same manufacturer and name (created on two devices): the
        one created first keeps the name, the other gets it with a suffix (a conflict).
        `before`: the names the written models had."""
        self.flush()
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
        self.flush()
        intended = {c.owner: c.value.split("\x00", 1)[1] for c in claims}
        for mid, value in changed.items():
            rows[mid].name = value
            if value != intended[mid] and before.get(mid) != value:
                self.result.conflicts.append(
                    ConflictFound(
                        cf.MODEL_NAME, mid,
                        QT_TRANSLATE_NOOP(
                            "sync.conflicts",
                            "model {manufacturer} {name} was created on two devices; the one "
                            "created later is now {manufacturer} {given}",
                        ).format(manufacturer=rows[mid].manufacturer, name=intended[mid],
                                 given=value),
                        "model", mid,
                        details={"model_id": mid, "manufacturer": rows[mid].manufacturer,
                                 "name": intended[mid], "given": value},
                    )
                )  # fmt: skip
        self.flush()

    # -- deletions and references

    def settle_references(self) -> None:
        """Deleted models, locations and people are gone unless something still refers to
        them (a device assigned an asset to a person another device deleted meanwhile):
        those are kept (or brought back) and reported. Deterministic: it depends only on
        the merged state. Checked for what the rows written now refer to, and for every
        tombstone (deletions are few)."""
        self.flush()
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
                            ConflictFound(
                                cf.DELETED_IN_USE, f"{entity}\x00{entity_id}",
                                conflict_service.deleted_in_use_summary(
                                    entity, m.fields.get("name", entity_id)
                                ),
                                entity, entity_id,
                                details={"entity": entity, "id": entity_id,
                                         "name": m.fields.get("name")},
                            )
                        )  # fmt: skip
                self.flush()
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
                self.flush()
            if not changed:
                return

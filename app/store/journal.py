"""The unit of work and the journal.

Every user action is one `UnitOfWork`: a write transaction (``BEGIN IMMEDIATE``) that changes
the state tables and appends events to the journal, committed with ``synchronous=FULL`` so
that what the app reports as saved survives a crash or a power cut. Each event gets a UUIDv7
id, this device's id, the next per-device sequence number and a hybrid logical clock
timestamp, so the journal is at once the history view, the audit trail and the sync outbox.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import operator
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.hlc import HybridClock
from app.domain.ids import new_id
from app.store.database import Store
from app.store.errors import explain
from app.store.tables import Device, utcnow


def jsonable(value: object) -> Any:
    """A value as it is written into an event's `changes` (JSON)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def diff(old: Mapping[str, object], new: Mapping[str, object]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for every field of `new` whose value differs from `old`."""
    out: dict[str, list[Any]] = {}
    for key, value in new.items():
        before = jsonable(old.get(key))
        after = jsonable(value)
        if before != after:
            out[key] = [before, after]
    return out


def created(values: Mapping[str, object]) -> dict[str, list[Any]]:
    """The `changes` of a creation event: every field that has a value, as ``[None, new]``."""
    return diff({}, {k: v for k, v in values.items() if v not in (None, "", {}, [])})


# The order of the values `insert_events` writes (a unit test keeps it equal to the table's).
EVENT_COLUMNS = ("id", "device_id", "seq", "hlc", "actor", "entity", "entity_id", "asset_id",
                 "kind", "changes", "data", "recorded_at", "server_seq")  # fmt: skip
_INSERT_EVENTS = (
    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})"
)


# One event row as `insert_events` writes it, in the order of EVENT_COLUMNS: id, device_id,
# seq, hlc, actor, entity, entity_id, asset_id, kind, changes (JSON text), data (JSON text),
# recorded_at (SQLAlchemy's DateTime text), server_seq.
EventRow = tuple[str, str, int, int, str, str, str, str | None, str, str, str, str, int | None]


def _sql_datetime(value: dt.datetime) -> str:
    # SQLAlchemy's storage format for DateTime on SQLite (it drops any time zone too)
    naive = value if value.tzinfo is None else value.replace(tzinfo=None)
    return naive.isoformat(" ", "microseconds")


def event_rows_of(rows: list[dict[str, Any]]) -> list[EventRow]:
    """Queued event dicts (`UnitOfWork.event`) as the rows `insert_events` writes."""
    dumps = json.dumps
    return [
        (
            r["id"], r["device_id"], r["seq"], r["hlc"], r["actor"], r["entity"],
            r["entity_id"], r["asset_id"], r["kind"],
            r.get("changes_json") or dumps(r["changes"]), r.get("data_json") or dumps(r["data"]),
            _sql_datetime(r["recorded_at"]), r["server_seq"],
        )
        for r in rows
    ]  # fmt: skip


def insert_events(session: Session, rows: list[dict[str, Any]]) -> None:
    """Bulk insert event rows (as queued by `UnitOfWork.event`) with one executemany.

    The values are converted here the way SQLAlchemy's column types store them (JSON text,
    DateTime as 'YYYY-MM-DD HH:MM:SS.ffffff'), which is several times faster than the ORM's
    bulk insert for the 100,000-row loads of imports and demo data. A bulk loader that
    serialized `changes` / `data` already (in another process) may put the JSON text in
    the row as "changes_json" / "data_json"; it is written as it is."""
    session.flush()  # what an ORM insert would do first
    session.connection().exec_driver_sql(_INSERT_EVENTS, event_rows_of(rows))


def insert_event_rows(session: Session, rows: list[EventRow]) -> None:
    """Bulk insert event rows that are ready to write (see `UnitOfWork.events_bulk`)."""
    session.flush()
    session.connection().exec_driver_sql(_INSERT_EVENTS, rows)


class UnitOfWork:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor
        self.events: list[dict[str, Any]] = []
        self.event_rows: list[EventRow] = []  # queued by `events_bulk`
        self._committed = False

    def __enter__(self) -> Self:
        self.session = Session(self.store.write_engine, expire_on_commit=False, autoflush=True)
        try:
            self.session.begin()
            device = self.session.get(Device, self.store.device_id)
        except DBAPIError as exc:
            self.session.close()
            raise (explain(exc, self.store.path) or exc) from exc
        assert device is not None, "the local device row is created when the store opens"
        self.device = device
        self.clock = HybridClock(device.hlc_last)
        self._next_seq = device.next_seq
        return self

    def event(
        self,
        entity: str,
        entity_id: str,
        kind: str,
        changes: Mapping[str, list[Any]] | None = None,
        *,
        asset_id: str | None = None,
        data: Mapping[str, Any] | None = None,
        at: dt.datetime | None = None,
        actor: str | None = None,
    ) -> dict[str, Any]:
        """Queue one journal event; it is written with the rest of the transaction.

        `at` backdates an event (demo data, events of imported history); the HLC still
        moves forward. Returns the row, including its id and sequence number."""
        if at is None:
            hlc = self.clock.now()
            recorded = utcnow()
        else:
            hlc = self.clock.at(int(at.replace(tzinfo=dt.UTC).timestamp() * 1000))
            recorded = at
        row: dict[str, Any] = {
            "id": new_id(),
            "device_id": self.device.id,
            "seq": self._next_seq,
            "hlc": hlc,
            "actor": actor or self.actor,
            "entity": entity,
            "entity_id": entity_id,
            "asset_id": asset_id,
            "kind": kind,
            "changes": dict(changes or {}),
            "data": dict(data or {}),
            "recorded_at": recorded,
            "server_seq": None,
        }
        self._next_seq += 1
        self.events.append(row)
        return row

    def events_bulk(
        self,
        entity: str,
        kind: str,
        items: Iterable[tuple[str, str | None, str]],
        *,
        data_json: str = "{}",
    ) -> list[EventRow]:
        """Queue one event per item ``(entity_id, asset_id, changes as JSON text)``, all of
        `entity` and `kind` with the same `data` (JSON text), for bulk loads (imports).

        The same events as `event` would queue one by one: contiguous sequence numbers and
        strictly increasing HLC timestamps (the first from the clock, then one logical tick
        each, which carries into the next millisecond as the clock's own bump does), one
        `recorded_at` for all. Returns the rows as they will be written."""
        device_id = self.device.id
        actor = self.actor
        recorded = _sql_datetime(utcnow())
        seq = self._next_seq
        hlc = self.clock.now()
        rows: list[EventRow] = [
            (new_id(), device_id, seq + i, hlc + i, actor, entity, entity_id, asset_id, kind,
             changes, data_json, recorded, None)
            for i, (entity_id, asset_id, changes) in enumerate(items)
        ]  # fmt: skip
        if rows:
            self._next_seq = seq + len(rows)
            # `now` issued `hlc` already; the rest went by as logical ticks
            self.clock.last = hlc + len(rows) - 1
        else:
            self.clock.last = hlc
        self.event_rows.extend(rows)
        return rows

    def take_event_rows(self) -> list[EventRow]:
        """Every queued event as a row ready to write, removed from the queue: for a bulk
        loader that writes them itself (on another thread); in sequence order."""
        rows = event_rows_of(self.events) + self.event_rows
        rows.sort(key=operator.itemgetter(2))
        self.events = []
        self.event_rows = []
        return rows

    def flush_events(self) -> None:
        """Write queued events now (bulk); `commit` does it anyway."""
        if self.events:
            insert_events(self.session, self.events)
            self.events = []
        if self.event_rows:
            insert_event_rows(self.session, self.event_rows)
            self.event_rows = []

    def commit(self) -> None:
        try:
            self.flush_events()
            self.device.next_seq = self._next_seq
            self.device.hlc_last = self.clock.last
            self.session.commit()
        except DBAPIError as exc:
            self.session.rollback()
            raise (explain(exc, self.store.path) or exc) from exc
        self._committed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.session.rollback()
        self.session.close()
        # SQLite failures anywhere in the action (a flush, a query) reach the person as an
        # explanation (disk full, read-only, busy), not as a driver error.
        if isinstance(exc, DBAPIError):
            err = explain(exc, self.store.path)
            if err is not None:
                raise err from exc

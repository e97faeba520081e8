"""Inventory counts: start a count of a location, record scans durably one by one, watch the
reconciliation live, close it (audit dates, missing, moves) and write its reports.

Every scan is its own small write transaction (``BEGIN IMMEDIATE`` ... commit with
``synchronous=FULL``): when `record_scan` returns, the scan is on disk and the caller may
acknowledge it (sound, list). It writes one `count_scans` row and one journal event (entity
"count", kind "count_scan") whose data carries the whole row, so sync can rebuild it on
another device and merge the scans of a count by union (the scan id is the key).

The scan path is a handful of indexed statements (the count, the asset by tag, the expected
list, a duplicate probe, two inserts and the device's sequence): it never loads the count.
`count_state` loads it all (100,000 expected assets in a fraction of a second) and
`count_progress` is the cheap summary for a status line.
"""

from __future__ import annotations

import csv
import datetime as dt
import heapq
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection

from app.domain.counts import (
    AUDIT_INTERVAL_MONTHS,
    NOT_EXPECTED_STATUSES,
    CountScan,
    CountStatus,
    ExpectedAsset,
    Reconciliation,
    ScanOutcome,
    Unexpected,
    next_audit_date,
    reconcile,
    tag_key,
)
from app.domain.errors import FieldtagError, NotFound, Problem, TransitionRefused, ValidationError
from app.domain.ids import new_id
from app.domain.lifecycle import AssetFacts, Status, TransitionRequest, check_transition
from app.domain.tags import TagConfig, parse_scan
from app.domain.text import QT_TRANSLATE_NOOP
from app.services.context import Context
from app.services.labels import write_atomically
from app.store.journal import UnitOfWork
from app.store.tables import utcnow

PATH_SEP = " > "
RECENT_SCANS = 20
SQL_CHUNK = 500  # ids per IN (...) list
EXPECTED_CHUNK = 5000  # expected asset ids per `expected_added` journal event (sync)


# ---------------------------------------------------------------------------- plain values


@dataclass(frozen=True)
class CountInfo:
    id: str
    location_id: str
    location_path: str
    include_sublocations: bool
    status: CountStatus
    started_by: str
    started_at: dt.datetime
    device_id: str
    device_name: str
    closed_by: str | None
    closed_at: dt.datetime | None
    closed_device_id: str | None
    closed_device_name: str | None
    note: str
    expected: int  # assets on the expected list
    scans: int  # scans recorded (duplicates included)

    @property
    def short_id(self) -> str:
        """The random end of the UUIDv7 (its start is the time, the same for every count
        started in the same minute)."""
        return self.id[-8:]

    @property
    def title(self) -> str:
        scope = " (with sub-locations)" if self.include_sublocations else ""
        return f"{self.location_path}{scope}"


@dataclass(frozen=True)
class ScanAck:
    """What a recorded scan was. When it is returned, the scan is on disk."""

    scan_id: str
    count_id: str
    tag: str  # as scanned, cleaned
    outcome: ScanOutcome
    asset_id: str | None
    name: str  # the asset's name ("" if unknown)
    category: str
    recorded_at: str  # the location path where the asset is recorded ("" if unknown)
    scanned_at: dt.datetime
    seq: int

    @property
    def line(self) -> str:
        """One line for the CLI and the log: ``found IT-0001``, ``unexpected IT-0002
        (recorded at Berlin HQ > 2.14)``, ``unknown X``, ``duplicate IT-0001``."""
        if self.outcome == "unexpected":
            where = self.recorded_at or "no location"
            return f"unexpected {self.tag} (recorded at {where})"
        return f"{self.outcome} {self.tag}"


@dataclass(frozen=True)
class CountProgress:
    """A cheap summary: a few COUNT(*) over indexes."""

    expected: int
    found: int
    scans: int


@dataclass(frozen=True)
class CountState:
    info: CountInfo
    result: Reconciliation
    recent: list[CountScan]  # the last scans, newest first
    devices: dict[str, str]  # device id -> name (who scanned on which device)
    here: frozenset[str]  # ids of the counted locations
    flagged: frozenset[str] = frozenset()  # unknown tags flagged for follow-up (casefolded)

    @property
    def to_move(self) -> int:
        """Unexpected assets closing would move here (those not recorded here already)."""
        return sum(1 for u in self.result.unexpected if not u.here)

    @property
    def to_audit(self) -> int:
        return len(self.result.found) + len(self.result.unexpected)


@dataclass(frozen=True)
class CloseResult:
    info: CountInfo
    result: Reconciliation
    audited: int  # found and unexpected assets whose audit dates were set
    next_audit: dt.date
    marked_missing: int
    moved: int
    not_marked: list[tuple[str, str]] = field(default_factory=list)  # (tag, why not)


@dataclass(frozen=True)
class DueItem:
    """A location with assets due for a count: next audit today or past, or never counted."""

    location_id: str
    location_path: str
    assets: int  # assets recorded there (that a count would expect)
    due: int  # of them: next audit date today or past
    never_counted: int  # of them: no audit date at all
    oldest_due: dt.date | None
    last_counted: dt.datetime | None  # when a count of it was last closed


# ------------------------------------------------------------------------------ helpers


def _sql_datetime(value: dt.datetime) -> str:
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _datetime(value: Any) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _control_chars(text: str) -> list[str]:
    """The control characters in `text` (not the line end a scanner adds), as shown."""
    core = text.strip(" \t\r\n\x00")
    return [
        f"U+{ord(ch):04X} at position {i + 1}"
        for i, ch in enumerate(core)
        if unicodedata.category(ch) == "Cc"
    ]


def clean_tag(text: str, config: TagConfig | None = None) -> str:
    """The tag a scanned or typed `text` names (label payloads are understood); raises
    `ValidationError` saying what is wrong with it."""
    bad = _control_chars(text)
    if bad:
        shown = text.strip().encode("unicode_escape").decode("ascii")[:60]
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.counts", "Tag"),
            QT_TRANSLATE_NOOP(
                "services.counts",
                "'{shown}' contains control characters ({bad}); nothing was recorded. "
                "Scan the label again; if it happens again, check the scanner's "
                "prefix/suffix settings.",
            ).format(shown=shown, bad=", ".join(bad[:3])),
        )
    read = parse_scan(text, config or TagConfig())
    if read.tag is None:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.counts", "Tag"),
            QT_TRANSLATE_NOOP("services.counts", "{problem} Nothing was recorded.").format(
                problem=read.problem
                or QT_TRANSLATE_NOOP("services.counts", "This is no asset tag.")
            ),
        )
    return read.tag


_INFO_SQL = """
SELECT c.id, c.location_id, COALESCE(l.path, ''), c.include_sublocations, c.status,
       c.started_by, c.started_at, c.device_id, COALESCE(d.name, ''), c.closed_by, c.closed_at,
       c.closed_device_id, cd.name, c.note,
       (SELECT COUNT(*) FROM count_expected e WHERE e.count_id = c.id),
       (SELECT COUNT(*) FROM count_scans s WHERE s.count_id = c.id)
FROM counts c
LEFT JOIN locations l ON l.id = c.location_id
LEFT JOIN devices d ON d.id = c.device_id
LEFT JOIN devices cd ON cd.id = c.closed_device_id
"""


def _info_of(row: Sequence[Any]) -> CountInfo:
    return CountInfo(
        id=row[0], location_id=row[1], location_path=row[2], include_sublocations=bool(row[3]),
        status="closed" if row[4] == "closed" else "open", started_by=row[5],
        started_at=_datetime(row[6]), device_id=row[7], device_name=row[8] or row[7][:8],
        closed_by=row[9], closed_at=_datetime(row[10]) if row[10] else None,
        closed_device_id=row[11], closed_device_name=row[12], note=row[13] or "",
        expected=row[14], scans=row[15],
    )  # fmt: skip


def _info(conn: Connection, count_id: str) -> CountInfo:
    row = conn.exec_driver_sql(f"{_INFO_SQL} WHERE c.id = ?", (count_id,)).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.counts",
                "There is no count with id {count_id}. `fieldtag count list` lists the counts.",
            ).format(count_id=count_id)
        )
    return _info_of(row)


def _closed_message(info: CountInfo, local_device: str, what: str) -> str:
    when = info.closed_at.strftime("%Y-%m-%d %H:%M") + " UTC" if info.closed_at else "?"
    closed = (
        QT_TRANSLATE_NOOP(
            "services.counts",
            "The count of {location} ({id}) was closed by {by} on this device at {when}; {what}",
        )
        if info.closed_device_id == local_device
        else QT_TRANSLATE_NOOP(
            "services.counts",
            "The count of {location} ({id}) was closed by {by} on the device {device} at "
            "{when}; {what}",
        )
    )
    return closed.format(
        location=info.location_path,
        id=info.short_id,
        by=info.closed_by or QT_TRANSLATE_NOOP("services.counts", "someone"),
        device=info.closed_device_name or (info.closed_device_id or "?")[:8],
        when=when,
        what=what,
    )


def _subtree_ids(conn: Connection, location_id: str, include_sub: bool) -> list[str]:
    if not include_sub:
        return [location_id]
    rows = conn.exec_driver_sql(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
        "SELECT l.id FROM locations l JOIN tree ON l.parent_id = tree.id) SELECT id FROM tree",
        (location_id,),
    )
    return [r[0] for r in rows]


def _resolve_location(conn: Connection, text: str) -> tuple[str, str]:
    """(id, path) of the location `text` names: its id, its path ("Site > Room", any case,
    any spacing around ">"), or a name only one location has."""
    wanted = text.strip()
    if not wanted:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.counts", "Location"),
            QT_TRANSLATE_NOOP(
                "services.counts",
                "is required: give the location's path (e.g. 'Berlin HQ > 2.14') or id",
            ),
        )
    row = conn.exec_driver_sql("SELECT id, path FROM locations WHERE id = ?", (wanted,)).first()
    if row is not None:
        return row[0], row[1]
    path = PATH_SEP.join(part.strip() for part in wanted.split(">"))
    rows = conn.exec_driver_sql(
        "SELECT id, path FROM locations WHERE lower(path) = lower(?)", (path,)
    ).all()
    if len(rows) == 1:
        return rows[0][0], rows[0][1]
    rows = conn.exec_driver_sql(
        "SELECT id, path FROM locations WHERE lower(name) = lower(?) ORDER BY path", (path,)
    ).all()
    if len(rows) == 1:
        return rows[0][0], rows[0][1]
    if len(rows) > 1:
        listed = "; ".join(r[1] for r in rows[:5])
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.counts", "Location"),
            QT_TRANSLATE_NOOP(
                "services.counts",
                "'{wanted}' is the name of {n_rows} locations ({listed}): give the full path",
            ).format(wanted=wanted, n_rows=len(rows), listed=listed),
        )
    raise ValidationError.single(
        QT_TRANSLATE_NOOP("services.counts", "Location"),
        QT_TRANSLATE_NOOP(
            "services.counts",
            "there is no location '{wanted}'. Give its id or its full path as the "
            "Locations page shows it.{suggest}",
        ).format(wanted=wanted, suggest=_suggest(conn, path)),
    )


def _suggest(conn: Connection, path: str) -> str:
    """ " Locations in X: A; B; C." for the longest part of `path` that exists (or the
    top-level locations)."""
    parts = path.split(PATH_SEP)
    for n in range(len(parts) - 1, 0, -1):
        prefix = PATH_SEP.join(parts[:n])
        row = conn.exec_driver_sql(
            "SELECT id, path FROM locations WHERE lower(path) = lower(?)", (prefix,)
        ).first()
        if row is not None:
            children = conn.exec_driver_sql(
                "SELECT path FROM locations WHERE parent_id = ? ORDER BY path LIMIT 6", (row[0],)
            ).all()
            if not children:
                return QT_TRANSLATE_NOOP("services.counts", " {path} has no sub-locations.").format(
                    path=row[1]
                )
            return QT_TRANSLATE_NOOP("services.counts", " Locations in {path}: {children}.").format(
                path=row[1], children="; ".join(c[0] for c in children)
            )
    tops = conn.exec_driver_sql(
        "SELECT path FROM locations WHERE parent_id IS NULL ORDER BY path LIMIT 6"
    ).all()
    if not tops:
        return ""
    return QT_TRANSLATE_NOOP("services.counts", " Top-level locations: {tops}.").format(
        tops="; ".join(t[0] for t in tops)
    )


# ------------------------------------------------------------------------------ use cases


def start_count(
    ctx: Context, location: str, *, include_sub: bool = True, note: str = ""
) -> CountInfo:
    """Start a count of `location` (its id or path). The expected list is every asset
    recorded there (and in its sub-locations with `include_sub`), except assets not yet
    received (requested, ordered) and disposed ones; it is frozen now."""
    with ctx.unit_of_work() as uow:
        conn = uow.session.connection()
        location_id, path = _resolve_location(conn, location)
        here = _subtree_ids(conn, location_id, include_sub)
        expected: list[str] = []
        skip = tuple(sorted(NOT_EXPECTED_STATUSES))
        for start in range(0, len(here), SQL_CHUNK):
            chunk = here[start : start + SQL_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = conn.exec_driver_sql(
                f"SELECT id FROM assets WHERE location_id IN ({marks}) "
                f"AND status NOT IN ({','.join('?' * len(skip))}) ORDER BY tag",
                (*chunk, *skip),
            )
            expected += [r[0] for r in rows]
        count_id = new_id()
        started = utcnow()
        conn.exec_driver_sql(
            "INSERT INTO counts (id, location_id, include_sublocations, status, started_by, "
            "started_at, device_id, closed_by, closed_at, closed_device_id, note) "
            "VALUES (?, ?, ?, 'open', ?, ?, ?, NULL, NULL, NULL, ?)",
            (count_id, location_id, include_sub, ctx.actor, _sql_datetime(started),
             ctx.store.device_id, note.strip()),
        )  # fmt: skip
        if expected:
            conn.exec_driver_sql(
                "INSERT INTO count_expected (count_id, asset_id) VALUES (?, ?)",
                [(count_id, a) for a in expected],
            )
        uow.event(
            "count", count_id, "count_started",
            data={
                "location_id": location_id, "location": path, "include_sublocations": include_sub,
                "started_at": started.isoformat(), "note": note.strip(),
                "expected_total": len(expected),
            },
        )  # fmt: skip
        # the expected list in events of at most EXPECTED_CHUNK ids (a 100,000-asset count
        # in one event would be over what the sync server takes), applied by union
        for start in range(0, len(expected), EXPECTED_CHUNK):
            uow.event("count", count_id, "expected_added",
                      data={"asset_ids": expected[start : start + EXPECTED_CHUNK]})  # fmt: skip
        uow.commit()
        return _info(uow.session.connection(), count_id)


_SCAN_COUNT_SQL = (
    "SELECT c.status, c.location_id, COALESCE(l.path, '') FROM counts c "
    "LEFT JOIN locations l ON l.id = c.location_id WHERE c.id = ?"
)
_SCAN_ASSET_SQL = (
    "SELECT a.id, a.name, COALESCE(m.category, ''), COALESCE(l.path, '') FROM assets a "
    "LEFT JOIN asset_models m ON m.id = a.model_id LEFT JOIN locations l ON l.id = a.location_id "
    "WHERE a.tag = ?"
)
_SCAN_INSERT_SQL = (
    "INSERT INTO count_scans (id, count_id, tag, asset_id, device_id, seq, actor, scanned_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def record_scan(
    ctx: Context, count_id: str, text: str, *, config: TagConfig | None = None
) -> ScanAck:
    """Record one scan of an open count, durably, and say what it was.

    `text` is what the scanner or the person gave (label payloads are understood with
    `config`). Raises `ValidationError` for text that is no tag (control characters, ...),
    `NotFound` for an unknown count and `FieldtagError` for a closed count (who closed it,
    when, on which device); nothing is recorded then."""
    tag = clean_tag(text, config)
    with ctx.unit_of_work() as uow:
        conn = uow.session.connection()
        row = conn.exec_driver_sql(_SCAN_COUNT_SQL, (count_id,)).first()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.counts",
                    "There is no count with id {count_id}; the scan of {tag} was not "
                    "recorded. `fieldtag count list --open` lists the open counts.",
                ).format(count_id=count_id, tag=tag)
            )
        if row[0] == "closed":
            info = _info(conn, count_id)
            raise FieldtagError(
                _closed_message(
                    info,
                    ctx.store.device_id,
                    QT_TRANSLATE_NOOP(
                        "services.counts",
                        "the scan of {tag} was not recorded. Start a new count to go on counting.",
                    ).format(tag=tag),
                )
            )
        asset = conn.exec_driver_sql(_SCAN_ASSET_SQL, (tag,)).first()
        duplicate = (
            conn.exec_driver_sql(
                "SELECT 1 FROM count_scans WHERE count_id = ? AND tag = ? LIMIT 1",
                (count_id, tag),
            ).first()
            is not None
        )
        outcome: ScanOutcome
        if duplicate:
            outcome = "duplicate"
        elif asset is None:
            outcome = "unknown"
        else:
            expected = conn.exec_driver_sql(
                "SELECT 1 FROM count_expected WHERE count_id = ? AND asset_id = ?",
                (count_id, asset[0]),
            ).first()
            outcome = "found" if expected is not None else "unexpected"
        scan_id = new_id()
        asset_id = asset[0] if asset is not None else None
        event = uow.event("count", count_id, "count_scan", asset_id=asset_id)
        scanned_at: dt.datetime = event["recorded_at"]
        seq: int = event["seq"]
        device_id = ctx.store.device_id
        event["data"] = {
            "scan_id": scan_id, "count_id": count_id, "tag": tag, "asset_id": asset_id,
            "device_id": device_id, "seq": seq, "actor": ctx.actor,
            "scanned_at": scanned_at.isoformat(), "location": row[2],
        }  # fmt: skip
        conn.exec_driver_sql(
            _SCAN_INSERT_SQL,
            (scan_id, count_id, tag, asset_id, device_id, seq, ctx.actor,
             _sql_datetime(scanned_at)),
        )  # fmt: skip
        uow.commit()
    return ScanAck(
        scan_id=scan_id, count_id=count_id, tag=tag, outcome=outcome, asset_id=asset_id,
        name=asset[1] if asset else "", category=asset[2] if asset else "",
        recorded_at=asset[3] if asset else "", scanned_at=scanned_at, seq=seq,
    )  # fmt: skip


def count_progress(ctx: Context, count_id: str) -> CountProgress:
    with ctx.reading() as session:
        conn = session.connection()
        row = conn.exec_driver_sql(
            "SELECT (SELECT COUNT(*) FROM count_expected WHERE count_id = :c), "
            "(SELECT COUNT(DISTINCT s.asset_id) FROM count_scans s JOIN count_expected e "
            " ON e.count_id = s.count_id AND e.asset_id = s.asset_id WHERE s.count_id = :c), "
            "(SELECT COUNT(*) FROM count_scans WHERE count_id = :c), "
            "(SELECT 1 FROM counts WHERE id = :c)",
            {"c": count_id},
        ).one()
        if row[3] is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.counts", "There is no count with id {count_id}."
                ).format(count_id=count_id)
            )
        return CountProgress(expected=row[0], found=row[1], scans=row[2])


# The count's lists are read with the driver's cursor (fetchall) and the few models and
# locations by id beforehand: SQLAlchemy's per-row processing and two more joins per row
# were most of `count_state` on a 100,000-asset count (bench_counts.py).
_EXPECTED_SQL = (
    "SELECT a.id, a.tag, a.model_id, a.location_id, a.status, a.name FROM count_expected e "
    "JOIN assets a ON a.id = e.asset_id WHERE e.count_id = ?"
)
_KNOWN_SQL = (
    "SELECT DISTINCT a.id, a.tag, a.model_id, a.location_id, a.status, a.name "
    "FROM count_scans s JOIN assets a ON a.tag = s.tag WHERE s.count_id = ?"
)
_SCANS_SQL = (
    "SELECT id, tag, asset_id, device_id, actor, scanned_at, seq FROM count_scans "
    "WHERE count_id = ?"
)


def _assets(
    raw: Any, sql: str, count_id: str, categories: dict[str, str], paths: dict[str, str]
) -> list[ExpectedAsset]:
    rows = raw.execute(sql, (count_id,)).fetchall()
    cat, path = categories.get, paths.get
    return [
        ExpectedAsset(aid, tag, cat(model, "") if model else "", loc,
                      path(loc, "") if loc else "", status, name)
        for aid, tag, model, loc, status, name in rows
    ]  # fmt: skip


def _load(
    conn: Connection, info: CountInfo
) -> tuple[Reconciliation, list[CountScan], frozenset[str]]:
    raw: Any = conn.connection.dbapi_connection
    categories = dict(raw.execute("SELECT id, category FROM asset_models").fetchall())
    paths = dict(raw.execute("SELECT id, path FROM locations").fetchall())
    expected = _assets(raw, _EXPECTED_SQL, info.id, categories, paths)
    known = {tag_key(a.tag): a for a in _assets(raw, _KNOWN_SQL, info.id, categories, paths)}
    parse = dt.datetime.fromisoformat
    scans = [
        CountScan(sid, tag, aid, dev, actor, parse(at), seq)
        for sid, tag, aid, dev, actor, at, seq in raw.execute(_SCANS_SQL, (info.id,)).fetchall()
    ]
    here = frozenset(_subtree_ids(conn, info.location_id, info.include_sublocations))
    result = reconcile(expected, scans, known, here=here)
    if info.status == "closed" and result.unexpected:
        result.unexpected = _as_recorded_before(raw, info.id, result.unexpected, paths)
    return result, scans, here


def _as_recorded_before(
    raw: Any, count_id: str, unexpected: list[Unexpected], paths: dict[str, str]
) -> list[Unexpected]:
    """The unexpected assets of a closed count as they were recorded before closing moved
    them here (from the "counted" events of the close): the report says where they were."""
    out = []
    for u in unexpected:
        row = raw.execute(
            "SELECT changes FROM events WHERE entity = 'asset' AND entity_id = ? "
            "AND kind = 'counted' AND json_extract(data, '$.count_id') = ?",
            (u.asset.asset_id, count_id),
        ).fetchone()
        moved = json.loads(row[0]).get("location_id") if row else None
        if moved:
            before = moved[0]
            asset = u.asset._replace(location_id=before, location_path=paths.get(before, ""))
            out.append(u._replace(asset=asset, here=False))
        else:
            out.append(u)
    return out


def count_state(ctx: Context, count_id: str, *, recent: int = RECENT_SCANS) -> CountState:
    """The count and its reconciliation (found, missing, unexpected, unknown, duplicates,
    progress by category), plus its latest scans."""
    with ctx.reading() as session:
        conn = session.connection()
        info = _info(conn, count_id)
        result, scans, here = _load(conn, info)
        latest = heapq.nlargest(recent, scans, key=attrgetter("scanned_at", "device_id", "seq"))
        devices = dict(conn.exec_driver_sql("SELECT id, name FROM devices").tuples().all())
        return CountState(info, result, latest, devices, here, _flagged(conn, count_id))


def _flagged(conn: Connection, count_id: str) -> frozenset[str]:
    """The unknown tags flagged (and not unflagged since), from the journal."""
    flagged: set[str] = set()
    rows = conn.exec_driver_sql(
        "SELECT data FROM events WHERE entity = 'count' AND entity_id = ? "
        "AND kind = 'unknown_flagged' ORDER BY hlc, device_id, seq",
        (count_id,),
    )
    for (raw,) in rows:
        data = json.loads(raw) if isinstance(raw, str) else (raw or {})
        key = str(data.get("tag", "")).casefold()
        if data.get("flagged"):
            flagged.add(key)
        else:
            flagged.discard(key)
    return frozenset(flagged)


def flag_unknown(ctx: Context, count_id: str, tag: str, *, flagged: bool = True) -> None:
    """Flag an unknown tag of an open count for follow-up (or take the flag back): a
    journal event, so the flag syncs and shows in the reports."""
    with ctx.unit_of_work() as uow:
        info = _info(uow.session.connection(), count_id)
        if info.status != "open":
            raise FieldtagError(
                QT_TRANSLATE_NOOP(
                    "services.counts",
                    "The count of {location_path} is closed; flags can no longer change.",
                ).format(location_path=info.location_path)
            )
        uow.event("count", count_id, "unknown_flagged", data={"tag": tag, "flagged": flagged})
        uow.commit()


def get_count(ctx: Context, count_id: str) -> CountInfo:
    with ctx.reading() as session:
        return _info(session.connection(), count_id)


def list_counts(ctx: Context, status: CountStatus | None = None) -> list[CountInfo]:
    """Counts, newest first (open ones only with ``status="open"``)."""
    with ctx.reading() as session:
        conn = session.connection()
        if status is None:
            rows = conn.exec_driver_sql(f"{_INFO_SQL} ORDER BY c.started_at DESC, c.id DESC")
        else:
            rows = conn.exec_driver_sql(
                f"{_INFO_SQL} WHERE c.status = ? ORDER BY c.started_at DESC, c.id DESC",
                (status,),
            )
        return [_info_of(r) for r in rows]


def move_here(ctx: Context, count_id: str, asset_id: str) -> None:
    """Record an unexpected asset at the count's location (the one action it offers)."""
    with ctx.unit_of_work() as uow:
        conn = uow.session.connection()
        info = _info(conn, count_id)
        row = conn.exec_driver_sql(
            "SELECT tag, location_id FROM assets WHERE id = ?", (asset_id,)
        ).first()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.counts", "There is no asset with id {asset_id}; nothing was moved."
                ).format(asset_id=asset_id)
            )
        if row[1] == info.location_id:
            return
        conn.exec_driver_sql(
            "UPDATE assets SET location_id = ?, updated_at = ? WHERE id = ?",
            (info.location_id, _sql_datetime(utcnow()), asset_id),
        )
        uow.event(
            "asset", asset_id, "updated", {"location_id": [row[1], info.location_id]},
            asset_id=asset_id,
            data={"summary": f"Moved here during the count of {info.location_path}",
                  "count_id": count_id},
        )  # fmt: skip
        uow.commit()


def close_count(
    ctx: Context,
    count_id: str,
    *,
    mark_missing: bool = False,
    move_unexpected: bool = True,
    today: dt.date | None = None,
    audit_months: int = AUDIT_INTERVAL_MONTHS,
) -> CloseResult:
    """Close a count in one transaction: found and unexpected assets get their last audit
    date (today) and next audit date (`audit_months` on); unexpected ones are moved to the
    count's location (`move_unexpected`); missing ones become `missing` through the
    lifecycle (`mark_missing`; assets the lifecycle refuses are listed, not changed); every
    asset gets one history event. A closed count cannot be closed again (`FieldtagError`)."""
    today = today or dt.date.today()
    next_audit = next_audit_date(today, audit_months)
    with ctx.unit_of_work() as uow:
        conn = uow.session.connection()
        info = _info(conn, count_id)
        if info.status == "closed":
            raise FieldtagError(
                _closed_message(
                    info,
                    ctx.store.device_id,
                    QT_TRANSLATE_NOOP("services.counts", "it cannot be closed again."),
                )
            )
        result, _scans, _here = _load(conn, info)
        ids = [f.asset.asset_id for f in result.found] + [
            u.asset.asset_id for u in result.unexpected
        ]
        dates = _audit_dates(conn, ids)
        now = _sql_datetime(utcnow())
        new_last, new_next = today.isoformat(), next_audit.isoformat()
        base = {"count_id": count_id, "location": info.location_path}

        def audit_changes(asset_id: str, move_from: str | None = None) -> dict[str, list[Any]]:
            old_last, old_next = dates.get(asset_id, (None, None))
            changes: dict[str, list[Any]] = {}
            if old_last != new_last:
                changes["last_audit"] = [old_last, new_last]
            if old_next != new_next:
                changes["next_audit"] = [old_next, new_next]
            if move_from is not None:
                changes["location_id"] = [move_from, info.location_id]
            return changes

        found_items = [
            (f.asset.asset_id, f.asset.asset_id, json.dumps(audit_changes(f.asset.asset_id)))
            for f in result.found
        ]
        moving = [u for u in result.unexpected if move_unexpected and not u.here]
        staying = [u for u in result.unexpected if not (move_unexpected and not u.here)]
        moved_items = [
            (u.asset.asset_id, u.asset.asset_id,
             json.dumps(audit_changes(u.asset.asset_id, u.asset.location_id)))
            for u in moving
        ]  # fmt: skip
        stay_items = [
            (u.asset.asset_id, u.asset.asset_id, json.dumps(audit_changes(u.asset.asset_id)))
            for u in staying
        ]
        if ids:
            conn.exec_driver_sql(
                "UPDATE assets SET last_audit = ?, next_audit = ?, updated_at = ? WHERE id = ?",
                [(new_last, new_next, now, a) for a in ids],
            )
        if moving:
            conn.exec_driver_sql(
                "UPDATE assets SET location_id = ? WHERE id = ?",
                [(info.location_id, u.asset.asset_id) for u in moving],
            )
        _counted_events(uow, found_items, {**base, "result": "found"})
        _counted_events(uow, moved_items, {**base, "result": "unexpected", "moved": True})
        _counted_events(uow, stay_items, {**base, "result": "unexpected", "moved": False})
        marked, not_marked, left = _missing(uow, conn, info, result, mark=mark_missing, now=now)
        _counted_events(uow, left, {**base, "result": "missing"})
        closed_at = utcnow()
        conn.exec_driver_sql(
            "UPDATE counts SET status = 'closed', closed_by = ?, closed_at = ?, "
            "closed_device_id = ? WHERE id = ?",
            (ctx.actor, _sql_datetime(closed_at), ctx.store.device_id, count_id),
        )
        uow.event(
            "count", count_id, "count_closed",
            {"status": ["open", "closed"]},
            data={
                "closed_at": closed_at.isoformat(), "mark_missing": mark_missing,
                "move_unexpected": move_unexpected, "found": len(result.found),
                "missing": len(result.missing), "unexpected": len(result.unexpected),
                "unknown": len(result.unknown), "duplicates": result.duplicates,
                "marked_missing": marked, "moved": len(moving),
                "next_audit": new_next,
            },
        )  # fmt: skip
        uow.commit()
        closed = _info(uow.session.connection(), count_id)
    return CloseResult(
        info=closed, result=result, audited=len(ids), next_audit=next_audit,
        marked_missing=marked, moved=len(moving), not_marked=not_marked,
    )  # fmt: skip


def _audit_dates(conn: Connection, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    out: dict[str, tuple[str | None, str | None]] = {}
    for start in range(0, len(ids), SQL_CHUNK):
        chunk = ids[start : start + SQL_CHUNK]
        rows = conn.exec_driver_sql(
            f"SELECT id, last_audit, next_audit FROM assets WHERE id IN "
            f"({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
        for aid, last, nxt in rows:
            last_d, next_d = _date(last), _date(nxt)
            out[aid] = (
                last_d.isoformat() if last_d else None,
                next_d.isoformat() if next_d else None,
            )
    return out


def _counted_events(
    uow: UnitOfWork, items: Sequence[tuple[str, str | None, str]], data: dict[str, Any]
) -> None:
    if items:
        uow.events_bulk("asset", "counted", items, data_json=json.dumps(data))


def _missing(
    uow: UnitOfWork,
    conn: Connection,
    info: CountInfo,
    result: Reconciliation,
    *,
    mark: bool,
    now: str,
) -> tuple[int, list[tuple[str, str]], list[tuple[str, str | None, str]]]:
    """Mark the missing assets `missing` through the lifecycle (if `mark`). Returns how
    many were marked, those the lifecycle refused (tag, why) and the event items of the
    missing assets left as they are."""
    note = f"not found in count {info.short_id} of {info.location_path}"
    marked: list[tuple[str, str | None, str]] = []
    refused: list[tuple[str, str]] = []
    left: list[tuple[str, str | None, str]] = []
    for asset in result.missing:
        if mark and asset.status != Status.MISSING.value:
            facts = AssetFacts(asset.tag, Status(asset.status), location_id=asset.location_id)
            try:
                check_transition(facts, Status.MISSING, TransitionRequest(note=note))
            except TransitionRefused as exc:
                refused.append((asset.tag, exc.message))
            else:
                changes = {"status": [asset.status, Status.MISSING.value]}
                marked.append((asset.asset_id, asset.asset_id, json.dumps(changes)))
                continue
        left.append((asset.asset_id, asset.asset_id, "{}"))
    if marked:
        conn.exec_driver_sql(
            "UPDATE assets SET status = 'missing', updated_at = ? WHERE id = ?",
            [(now, item[0]) for item in marked],
        )
        data = {"action": "Mark missing", "note": note, "count_id": info.id,
                "location": info.location_path}  # fmt: skip
        uow.events_bulk("asset", "status_changed", marked, data_json=json.dumps(data))
    return len(marked), refused, left


# -------------------------------------------------------------------------------- reports

CSV_COLUMNS = ("result", "tag", "name", "category", "recorded_location", "status",
               "scanned_by", "device", "scanned_at")  # fmt: skip


def report_rows(state: CountState) -> list[tuple[str, ...]]:
    """The rows of the CSV report (without the header): missing, unexpected, unknown,
    found; each with who scanned it, on which device and when."""
    r = sorted_result(state.result)
    devices = state.devices

    def scan_cols(scan: CountScan) -> tuple[str, str, str]:
        device = devices.get(scan.device_id, scan.device_id[:8])
        return scan.actor, device, scan.scanned_at.isoformat(timespec="seconds")

    rows: list[tuple[str, ...]] = []
    for a in r.missing:
        rows.append(("missing", a.tag, a.name, a.category, a.location_path, a.status, "", "", ""))
    for u in r.unexpected:
        a = u.asset
        rows.append(("unexpected", a.tag, a.name, a.category, a.location_path, a.status,
                     *scan_cols(u.scan)))  # fmt: skip
    for k in r.unknown:
        result = "unknown, flagged" if k.tag.casefold() in state.flagged else "unknown"
        rows.append((result, k.tag, "", "", "", "", *scan_cols(k.scan)))
    for f in r.found:
        a = f.asset
        rows.append(("found", a.tag, a.name, a.category, a.location_path, a.status,
                     *scan_cols(f.scan)))  # fmt: skip
    return rows


def sorted_result(result: Reconciliation) -> Reconciliation:
    """`result` with found and missing in (location path, tag) order, as the reports print
    them (`count_state` leaves them in the store's order: sorting is the view's choice)."""
    by_place = attrgetter("location_path", "tag")
    return replace(
        result,
        found=sorted(result.found, key=lambda f: by_place(f.asset)),
        missing=sorted(result.missing, key=by_place),
    )


def report_csv(ctx: Context, count_id: str, path: Path) -> Path:
    """Write the count's report as CSV (UTF-8 with BOM, for spreadsheets), atomically."""
    state = count_state(ctx, count_id)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_safe_csv(row) for row in report_rows(state))
    write_atomically(path, out.getvalue().encode("utf-8-sig"))
    return path


def _safe_csv(row: Sequence[str]) -> list[str]:
    """Cells a spreadsheet would run as formulas get a leading apostrophe."""
    return [f"'{c}" if c[:1] in ("=", "+", "-", "@") and c != "-" else c for c in row]


def report_pdf(ctx: Context, count_id: str, path: Path) -> Path:
    """Write the count's report as PDF (summary, by category, then every list), atomically."""
    from app.printing.count_report import ReportHeader, render_count_report

    state = count_state(ctx, count_id)
    info = state.info
    header = ReportHeader(
        count_id=info.id,
        location=info.location_path,
        include_sublocations=info.include_sublocations,
        status=info.status,
        started=f"{info.started_at:%Y-%m-%d %H:%M} UTC by {info.started_by} ({info.device_name})",
        closed=(
            f"{info.closed_at:%Y-%m-%d %H:%M} UTC by {info.closed_by} "
            f"({info.closed_device_name or '?'})"
            if info.closed_at
            else ""
        ),
        scans=info.scans,
        devices=dict(state.devices),
    )
    report = render_count_report(header, sorted_result(state.result), flagged=state.flagged)
    write_atomically(path, report)
    return path


def report_format(path: Path) -> Literal["pdf", "csv"]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".csv":
        return "csv"
    raise ValidationError(
        [
            Problem(
                QT_TRANSLATE_NOOP("services.counts", "Output"),
                QT_TRANSLATE_NOOP(
                    "services.counts", "{name}: name the report file .pdf or .csv"
                ).format(name=path.name),
            )
        ]
    )


# ------------------------------------------------------------------------------ due list


def due_for_count(ctx: Context, today: dt.date | None = None) -> list[DueItem]:
    """Locations holding assets whose next audit date is today or past, or that were never
    counted (no audit date at all), in path order."""
    today = today or dt.date.today()
    skip = tuple(sorted(NOT_EXPECTED_STATUSES))
    marks = ",".join("?" * len(skip))
    with ctx.reading() as session:
        conn = session.connection()
        rows = conn.exec_driver_sql(
            "SELECT a.location_id, l.path, COUNT(*), "
            " SUM(a.next_audit IS NOT NULL AND a.next_audit <= ?), "
            " SUM(a.last_audit IS NULL AND a.next_audit IS NULL), "
            " MIN(CASE WHEN a.next_audit <= ? THEN a.next_audit END), "
            " (SELECT MAX(c.closed_at) FROM counts c WHERE c.location_id = a.location_id) "
            "FROM assets a JOIN locations l ON l.id = a.location_id "
            f"WHERE a.status NOT IN ({marks}) "
            "GROUP BY a.location_id, l.path ORDER BY l.path",
            (today.isoformat(), today.isoformat(), *skip),
        ).all()
    return [
        DueItem(loc, path, n, int(due or 0), int(never or 0), _date(oldest),
                _datetime(last) if last else None)
        for loc, path, n, due, never, oldest, last in rows
        if due or never
    ]  # fmt: skip


__all__ = [
    "CloseResult", "CountInfo", "CountProgress", "CountState", "DueItem", "ScanAck",
    "clean_tag", "close_count", "count_progress", "count_state", "due_for_count", "get_count",
    "list_counts", "move_here", "record_scan", "report_csv", "report_format", "report_pdf",
    "report_rows", "sorted_result", "start_count",
]  # fmt: skip

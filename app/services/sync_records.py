"""Applying pulled events of the records beside assets, models, locations and people:
drives, sanitization records, checklist runs and answers, label prints, counts and their
scans, certificates (called by app/services/sync_apply.py inside the page's transaction).

Every record a page's events name is recomputed from ALL its events in the journal (this
device's own included), so the result is the same whatever order the events arrive in,
and applying a page twice changes nothing. The grow-only sets (a count's scans and its
expected list) are merged by union: the new events' members are added.

- `drive created` -> drives (fields by the merge rules of app/domain/merge.py);
  `sanitization created` -> sanitizations (records never change).
- `checklist_run checklist_started / answered / completed / abandoned` -> checklist_runs
  and checklist_answers. Answers merge last-writer-wins per step by (HLC, device id); a
  cleared answer removes the row. A run finished on two devices: a completion beats an
  abandonment, and of two completions (or two abandonments) the earlier (HLC, device id)
  wins; a `checklist` conflict says so. The completion's lifecycle transition is an asset
  `status_changed` event of its own (applied as assets are).
- `count count_started / expected_added / count_scan / count_closed` -> counts,
  count_expected (union), count_scans (union by scan id). A count closed on two devices:
  the earlier close (HLC, device id) is the one recorded, and a `count` conflict says so.
  Scans recorded on another device after the count was closed stay in the union and show
  in the count's report (it is computed from the scans when read); the close's results
  (audit dates, assets marked missing or moved: asset events of the close) are NOT
  recomputed, they are what the person closing decided; a `count` conflict says so.
  `unknown_flagged` is read from the journal by app/services/counts.py (history is state).
- `certificate issued / superseded` -> certificates and certificate_items. The signed PDF
  travels as a blob (app/services/sync_blobs.py): until it arrives the row's `pdf` is
  empty and re-printing says that the PDF has not reached this device yet.
- `label label_printed` and `tag_block tags_issued`: no state table records them; the
  journal is their only record (the asset's history shows prints, and labels.py reads
  the issued tag blocks from the journal), so storing them is applying them.

Events written by older versions lack some fields (the template of a run, the drive id
of a sanitization record, the register row of a certificate): what they allow is applied,
the rest stays history.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.domain import conflicts as cf
from app.domain.conflicts import ConflictFound
from app.domain.merge import MergeEvent, merge
from app.domain.text import QT_TRANSLATE_NOOP, joined
from app.log import get_logger
from app.store.tables import (
    Asset,
    Certificate,
    CertificateItem,
    ChecklistAnswer,
    ChecklistRun,
    Count,
    CountExpected,
    CountScanRow,
    Drive,
    Event,
    Location,
    Sanitization,
)
from app.sync import protocol as p

if TYPE_CHECKING:
    from app.services.sync_apply import SyncResult

log = get_logger("sync.records")
CHUNK = 500  # ids per IN (...)

RUN = "checklist_run"
RUN_KINDS = ("checklist_started", "checklist_answered", "checklist_completed",
             "checklist_abandoned")  # fmt: skip
COUNT_KINDS = ("count_started", "expected_added", "count_scan", "count_closed",
               "unknown_flagged")  # fmt: skip

# (entity, kind) pairs this module applies
KINDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("drive", "created"),
        ("sanitization", "created"),
        *((RUN, k) for k in RUN_KINDS),
        *(("count", k) for k in COUNT_KINDS),
        ("certificate", "issued"),
        ("certificate", "superseded"),
        # history only: the journal is their record (see the module's docstring)
        ("label", "label_printed"),
        ("tag_block", "tags_issued"),
    }
)


def handles(entity: str, kind: str) -> bool:
    return (entity, kind) in KINDS


def apply_records(session: Session, events: Sequence[p.ServerEvent], result: SyncResult) -> None:
    """Bring the records the events name in line with all their events in the journal."""
    named: dict[str, set[str]] = defaultdict(set)
    for ev in events:
        if handles(ev.entity, ev.kind):
            named[ev.entity].add(ev.entity_id)
    session.flush()
    if named["drive"]:
        _drives(session, named["drive"])
    if named["sanitization"]:
        _sanitizations(session, named["sanitization"])
    if named[RUN]:
        _runs(session, named[RUN], result)
    if named["count"]:
        _counts(session, named["count"], [e for e in events if e.entity == "count"], result)
    if named["certificate"]:
        _certificates(session, named["certificate"])
    session.flush()


# ------------------------------------------------------------------------ the journal


@dataclass(frozen=True)
class _Ev:
    id: str
    device_id: str
    seq: int
    hlc: int
    actor: str
    kind: str
    asset_id: str | None
    changes: Mapping[str, Any]
    data: Mapping[str, Any]
    recorded_at: dt.datetime

    @property
    def stamp(self) -> tuple[int, str, int]:
        return (self.hlc, self.device_id, self.seq)


def _chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _events(
    session: Session, entity: str, ids: Iterable[str], kinds: Sequence[str] | None = None
) -> dict[str, list[_Ev]]:
    """Every journal event of the entities, oldest (HLC, device id, seq) first."""
    out: dict[str, list[_Ev]] = {}
    for chunk in _chunks(sorted(ids)):
        stmt = select(
            Event.entity_id, Event.id, Event.device_id, Event.seq, Event.hlc, Event.actor,
            Event.kind, Event.asset_id, Event.changes, Event.data, Event.recorded_at,
        ).where(Event.entity == entity, Event.entity_id.in_(chunk))  # fmt: skip
        if kinds is not None:
            stmt = stmt.where(Event.kind.in_(kinds))
        for row in session.execute(stmt).tuples():
            entity_id, *rest = row
            ev = _Ev(
                rest[0], rest[1], rest[2], rest[3], rest[4], rest[5], rest[6],
                _mapping(rest[7]), _mapping(rest[8]), rest[9],
            )  # fmt: skip
            out.setdefault(entity_id, []).append(ev)
    for evs in out.values():
        evs.sort(key=lambda e: e.stamp)
    return out


def _naive(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _when(value: Any, fallback: dt.datetime | None) -> dt.datetime | None:
    """An ISO time from an event (naive UTC, as the store keeps times), or `fallback`."""
    if isinstance(value, str) and value:
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return fallback
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        return parsed
    return fallback


def _text(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _existing(session: Session, cls: Any, col: Any, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(set(ids))):
        found.update(session.scalars(select(col).where(col.in_(chunk))))
    return found


def _rows(session: Session, cls: Any, ids: Iterable[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for chunk in _chunks(sorted(set(ids))):
        out.update({r.id: r for r in session.scalars(select(cls).where(cls.id.in_(chunk)))})
    return out


def _set(row: Any, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


# ------------------------------------------------------------------------------ drives


_DRIVE_FIELDS = ("make", "model", "serial", "kind", "capacity_bytes")


def _drives(session: Session, ids: set[str]) -> None:
    events = _events(session, "drive", ids)
    rows = _rows(session, Drive, ids)
    asset_ids = {e.asset_id or _text(e.data.get("asset_id")) for evs in events.values()
                 for e in evs}  # fmt: skip
    assets = _existing(session, Asset, Asset.id, [a for a in asset_ids if a])
    for drive_id, evs in events.items():
        m = merge(MergeEvent(e.hlc, e.device_id, e.kind, e.changes) for e in evs)
        created = [e for e in evs if e.kind == "created"]
        asset_id = next((e.asset_id or _text(e.data.get("asset_id")) for e in created), "")
        row = rows.get(drive_id)
        if row is None:
            if not created or asset_id not in assets:
                continue  # not created yet here (or its asset is unknown): history only
            row = Drive(id=drive_id, asset_id=asset_id, created_at=created[0].recorded_at)
            session.add(row)
        values = {k: m.fields.get(k) for k in _DRIVE_FIELDS if k in m.fields}
        for k in ("make", "model", "serial"):
            if values.get(k) is None and k in values:
                values[k] = ""
        if not values.get("kind"):
            values["kind"] = "other"
        _set(row, values)


# ----------------------------------------------------------------------- sanitizations


_SAN_DATES = ("performed_at", "started_at", "validated_at")
_SAN_NOT_COLUMNS = {"drive", "id", "drive_id", "recorded_at", "performer_name"}


def _sanitizations(session: Session, ids: set[str]) -> None:
    events = _events(session, "sanitization", ids, ["created"])
    existing = _existing(session, Sanitization, Sanitization.id, events)
    columns = Sanitization.__table__.c
    for record_id, evs in events.items():
        if record_id in existing:
            continue  # records never change
        ev = evs[0]
        values = {k: pair[1] for k, pair in ev.changes.items()
                  if isinstance(pair, list | tuple) and len(pair) == 2}  # fmt: skip
        drive_id = _text(ev.data.get("drive_id"))
        if not drive_id:  # an older event: the drive by its serial (and asset)
            stmt = select(Drive.id).where(Drive.serial == _text(values.get("drive")))
            if ev.asset_id:
                stmt = stmt.where(Drive.asset_id == ev.asset_id)
            drive_id = session.scalar(stmt.limit(1)) or ""
        if not drive_id or session.get(Drive, drive_id) is None:
            log.info("sanitization %s: its drive is not on this device; kept as history",
                     record_id)  # fmt: skip
            continue
        if not values.get("method") or not values.get("result"):
            continue
        row = Sanitization(
            id=record_id, drive_id=drive_id,
            performed_by=_text(values.get("performer_name")),
            recorded_at=_when(ev.data.get("recorded_at"), ev.recorded_at),
        )  # fmt: skip
        for name, value in values.items():
            if name in _SAN_NOT_COLUMNS or name not in columns:
                continue
            setattr(row, name, _when(value, None) if name in _SAN_DATES else value)
        if row.performed_at is None:
            row.performed_at = ev.recorded_at
        session.add(row)


# ----------------------------------------------------------------------- checklist runs


def _runs(session: Session, ids: set[str], result: SyncResult) -> None:
    events = _events(session, RUN, ids, RUN_KINDS)
    rows = _rows(session, ChecklistRun, ids)
    starts = {rid: next((e for e in evs if e.kind == "checklist_started"), None)
              for rid, evs in events.items()}  # fmt: skip
    assets = _existing(session, Asset, Asset.id,
                       [s.asset_id for s in starts.values() if s and s.asset_id])  # fmt: skip
    for run_id, evs in events.items():
        row = rows.get(run_id)
        start = starts[run_id]
        if row is None:
            row = _new_run(run_id, start, assets)
            if row is None:
                continue  # an older start without its template, or not started here
            session.add(row)
        _finish(row, evs, result)
        newest = max(e.recorded_at for e in evs)
        if row.updated_at is None or row.updated_at < newest:
            row.updated_at = newest
        session.flush()
        _answers(session, row, [e for e in evs if e.kind == "checklist_answered"])


def _new_run(run_id: str, start: _Ev | None, assets: set[str]) -> ChecklistRun | None:
    if start is None or start.asset_id not in assets:
        return None
    d = start.data
    definition = d.get("definition")
    if not isinstance(definition, dict) or not d.get("sha256"):
        log.info("checklist run %s: started by an older version (no template in the "
                 "event); kept as history", run_id)  # fmt: skip
        return None
    version = d.get("version", definition.get("version", 1))
    return ChecklistRun(
        id=run_id, asset_id=start.asset_id,
        template_key=_text(d.get("key"), _text(definition.get("key"))),
        template_version=version if isinstance(version, int) else 1,
        template_title=_text(d.get("template"), _text(definition.get("title"))),
        kind=_text(d.get("kind"), _text(definition.get("kind"))), template=definition,
        template_sha256=_text(d.get("sha256")), status="in_progress",
        started_by=start.actor, started_at=_when(d.get("started_at"), start.recorded_at),
        device_id=start.device_id, location_id=d.get("location_id") or None,
        abandon_reason="", updated_at=start.recorded_at,
    )  # fmt: skip


def _finish(row: ChecklistRun, evs: Sequence[_Ev], result: SyncResult) -> None:
    """The run's outcome from its completions and abandonments (deterministic)."""
    done = [e for e in evs if e.kind == "checklist_completed"]
    dropped = [e for e in evs if e.kind == "checklist_abandoned"]
    finishes = done or dropped
    if not finishes:
        _set(row, {"status": "in_progress", "finished_by": None, "finished_at": None,
                   "finished_device_id": None, "abandon_reason": "",
                   "transition": None})  # fmt: skip
        return
    winner = finishes[0]  # evs are sorted: the earliest of the kind
    completed = winner.kind == "checklist_completed"
    transition = winner.data.get("transition") if completed else None
    _set(row, {
        "status": "completed" if completed else "abandoned",
        "finished_by": winner.actor,
        "finished_at": _when(winner.data.get("finished_at"), winner.recorded_at),
        "finished_device_id": winner.device_id,
        "abandon_reason": "" if completed else _text(winner.data.get("reason")),
        "transition": transition if isinstance(transition, str) else None,
    })  # fmt: skip
    finishes = sorted([*done, *dropped], key=lambda e: e.stamp)
    if len(finishes) < 2:
        return
    others = [e for e in finishes if e is not winner]

    def said(e: _Ev) -> str:
        if e.kind == "checklist_completed":
            return QT_TRANSLATE_NOOP("sync.conflicts", "completed by {actor}").format(actor=e.actor)
        reason = _text(e.data.get("reason"))
        if reason:
            return QT_TRANSLATE_NOOP("sync.conflicts", 'abandoned by {actor} ("{reason}")').format(
                actor=e.actor, reason=reason[:80]
            )
        return QT_TRANSLATE_NOOP("sync.conflicts", "abandoned by {actor}").format(actor=e.actor)

    outcome = (
        QT_TRANSLATE_NOOP("sync.conflicts", "completed") if completed
        else QT_TRANSLATE_NOOP("sync.conflicts", "abandoned")
    )  # fmt: skip
    why = (
        QT_TRANSLATE_NOOP("sync.conflicts", "a completion wins over an abandonment")
        if completed and dropped
        else QT_TRANSLATE_NOOP("sync.conflicts", "the one recorded first counts")
    )  # fmt: skip
    summary = QT_TRANSLATE_NOOP(
        "sync.conflicts",
        "checklist '{title}' was finished on two devices while they were offline: {first}, "
        "and {others}. It counts as {outcome} by {actor} ({why}); the other stays in the "
        "history.",
    ).format(
        title=row.template_title, first=said(winner),
        others=joined((said(e) for e in others), "; "), outcome=outcome, actor=winner.actor,
        why=why,
    )  # fmt: skip
    result.conflicts.append(
        ConflictFound(
            cf.CHECKLIST, row.id,
            summary,
            RUN, row.id, asset_id=row.asset_id,
            details={"run_id": row.id, "kept": winner.id,
                     "finishes": [{"event_id": e.id, "kind": e.kind, "actor": e.actor,
                                   "device_id": e.device_id} for e in finishes]},
        )
    )  # fmt: skip


def _answer_step(ev: _Ev) -> str | None:
    step = ev.data.get("step_id")
    if isinstance(step, str) and step in ev.changes:
        return step
    keys = [k for k in ev.changes if k != "note"]  # an older event: the one changed step
    if len(keys) == 1:
        return keys[0]
    return "note" if not keys and "note" in ev.changes and "note" not in ev.data else None


def _answers(session: Session, run: ChecklistRun, evs: Sequence[_Ev]) -> None:
    """Each step's answer: the newest (HLC, device id) answer event; a cleared one (new
    value None) removes the row."""
    newest: dict[str, _Ev] = {}
    for ev in evs:  # sorted oldest first: the last one of a step wins
        step = _answer_step(ev)
        if step is not None:
            newest[step] = ev
    rows = {
        a.step_id: a
        for a in session.scalars(select(ChecklistAnswer).where(ChecklistAnswer.run_id == run.id))
    }
    for step, ev in newest.items():
        pair = ev.changes.get(step)
        value = pair[1] if isinstance(pair, list | tuple) and len(pair) == 2 else None
        row = rows.get(step)
        if value is None:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = ChecklistAnswer(run_id=run.id, step_id=step)
            session.add(row)
        _set(row, {
            "value": value, "note": _text(ev.data.get("note")), "answered_by": ev.actor,
            "answered_at": _when(ev.data.get("answered_at"), ev.recorded_at),
            "device_id": ev.device_id,
        })  # fmt: skip


# ------------------------------------------------------------------------------ counts


def _counts(
    session: Session, ids: set[str], new: Sequence[p.ServerEvent], result: SyncResult
) -> None:
    events = _events(session, "count", ids, ["count_started", "count_closed"])
    rows = _rows(session, Count, ids)
    started_now: set[str] = set()
    locations = _existing(
        session, Location, Location.id,
        [_text(e.data.get("location_id")) for evs in events.values() for e in evs
         if e.kind == "count_started"],
    )  # fmt: skip
    for count_id, evs in events.items():
        start = next((e for e in evs if e.kind == "count_started"), None)
        row = rows.get(count_id)
        if row is None:
            if start is None or _text(start.data.get("location_id")) not in locations:
                continue
            d = start.data
            row = Count(
                id=count_id, location_id=d["location_id"],
                include_sublocations=bool(d.get("include_sublocations", True)),
                status="open", started_by=start.actor,
                started_at=_when(d.get("started_at"), start.recorded_at),
                device_id=start.device_id, note=_text(d.get("note")),
            )  # fmt: skip
            session.add(row)
            rows[count_id] = row
            started_now.add(count_id)
        _close(row, [e for e in evs if e.kind == "count_closed"], start, result)
    session.flush()
    # the expected lists: every chunk of a count started here now, the new chunks of others
    expected: dict[str, set[str]] = defaultdict(set)
    if started_now:
        for count_id, evs in _events(
            session, "count", started_now, ["count_started", "expected_added"]
        ).items():
            for e in evs:
                expected[count_id].update(_ids(e.data))
    for ev in new:
        if ev.kind in ("count_started", "expected_added") and ev.entity_id in rows:
            expected[ev.entity_id].update(_ids(ev.data))
    for count_id, asset_ids in expected.items():
        if asset_ids:
            session.execute(
                sqlite_insert(CountExpected).on_conflict_do_nothing(),
                [{"count_id": count_id, "asset_id": a} for a in sorted(asset_ids)],
            )
    # the scans: a grow-only set, by scan id
    scans = [ev for ev in new if ev.kind == "count_scan"]
    if scans:
        _scans(session, scans)
    _late_scans(session, events, rows, result)


def _ids(data: Mapping[str, Any]) -> list[str]:
    ids = data.get("asset_ids", data.get("expected"))  # old events: the whole list at start
    return [x for x in ids if isinstance(x, str)] if isinstance(ids, list) else []


A_LOCATION = QT_TRANSLATE_NOOP("sync.conflicts", "a location")


def _close(row: Count, closes: Sequence[_Ev], start: _Ev | None, result: SyncResult) -> None:
    if not closes:
        if row.status != "open":
            _set(row, {"status": "open", "closed_by": None, "closed_at": None,
                       "closed_device_id": None})  # fmt: skip
        return
    winner = closes[0]  # the earliest (HLC, device id)
    _set(row, {
        "status": "closed", "closed_by": winner.actor,
        "closed_at": _when(winner.data.get("closed_at"), winner.recorded_at),
        "closed_device_id": winner.device_id,
    })  # fmt: skip
    if len(closes) < 2:
        return
    where = _text(start.data.get("location") if start else None, A_LOCATION)
    others = ", ".join(e.actor for e in closes[1:])
    result.conflicts.append(
        ConflictFound(
            cf.COUNT, row.id,
            QT_TRANSLATE_NOOP(
                "sync.conflicts",
                "the count of {location} was closed on two devices while they were offline (by "
                "{actor}, and by {others}): the close recorded first (by {actor}) is the "
                "count's close; what each close did to the assets (audit dates, assets marked "
                "missing or moved) stays as it was done.",
            ).format(location=where, actor=winner.actor, others=others),
            "count", row.id,
            details={"count_id": row.id, "kept": winner.id,
                     "closes": [{"event_id": e.id, "actor": e.actor, "device_id": e.device_id}
                                for e in closes]},
        )
    )  # fmt: skip


def _scans(session: Session, scans: Sequence[p.ServerEvent]) -> None:
    wanted: dict[str, dict[str, Any]] = {}
    for ev in scans:
        d = ev.data
        scan_id, count_id, tag = d.get("scan_id"), d.get("count_id", ev.entity_id), d.get("tag")
        if not (isinstance(scan_id, str) and isinstance(tag, str) and isinstance(count_id, str)):
            continue
        at = _when(d.get("scanned_at"), _naive(ev.recorded_at))
        seq = d.get("seq")
        wanted[scan_id] = {
            "id": scan_id, "count_id": count_id, "tag": tag,
            "asset_id": d.get("asset_id") if isinstance(d.get("asset_id"), str) else None,
            "device_id": _text(d.get("device_id"), ev.device_id),
            "seq": seq if isinstance(seq, int) else ev.seq,
            "actor": _text(d.get("actor"), ev.actor), "scanned_at": at,
        }  # fmt: skip
    if wanted:
        session.execute(
            sqlite_insert(CountScanRow).on_conflict_do_nothing(),
            [v for _k, v in sorted(wanted.items())],
        )


def _late_scans(
    session: Session,
    events: Mapping[str, Sequence[_Ev]],
    rows: Mapping[str, Count],
    result: SyncResult,
) -> None:
    """A conflict for each closed count that another device scanned after its close (one
    indexed look-up per closed count the page touched)."""
    for count_id, evs in events.items():
        row = rows.get(count_id)
        closes = [e for e in evs if e.kind == "count_closed"]
        if row is None or row.status != "closed" or not closes:
            continue
        close = closes[0]
        late = session.scalar(
            select(Event.id).where(
                Event.entity == "count", Event.entity_id == count_id,
                Event.hlc > close.hlc, Event.kind == "count_scan",
                Event.device_id != close.device_id,
            ).limit(1)
        )  # fmt: skip
        if late is None:
            continue
        start = next((e for e in evs if e.kind == "count_started"), None)
        where = _text(start.data.get("location") if start else None, A_LOCATION)
        result.conflicts.append(
            ConflictFound(
                cf.COUNT, f"{count_id}\x00late",
                QT_TRANSLATE_NOOP(
                    "sync.conflicts",
                    "the count of {location} was closed by {actor} while another device went "
                    "on scanning it offline: those scans are kept and show in the count's "
                    "report, but the close did not use them (the assets they found got no new "
                    "audit date, and were not taken off the missing list).",
                ).format(location=where, actor=close.actor),
                "count", count_id,
                details={"count_id": count_id, "closed_by": close.actor,
                         "close_event_id": close.id},
            )
        )  # fmt: skip


# -------------------------------------------------------------------------- certificates


def _certificates(session: Session, ids: set[str]) -> None:
    events = _events(session, "certificate", ids, ["issued", "superseded"])
    rows = _rows(session, Certificate, ids)
    for cert_id, evs in events.items():
        issued = [e for e in evs if e.kind == "issued" and isinstance(e.data.get("certificate"),
                                                                      dict)]  # fmt: skip
        row = rows.get(cert_id)
        if row is None and issued:
            row = _new_certificate(session, cert_id, issued[0])
            if row is not None:
                session.add(row)
                rows[cert_id] = row
        if row is None:
            continue
        session.flush()
        _items(session, cert_id, issued)
    session.flush()
    # which certificate replaced which: from the new ones' `supersedes`, and the
    # `superseded` events (older ones name the new certificate by its number only)
    for cert_id, evs in events.items():
        row = rows.get(cert_id)
        if row is None:
            continue
        replacing = sorted(
            session.execute(
                select(Certificate.issued_at, Certificate.number, Certificate.id).where(
                    Certificate.supersedes == cert_id
                )
            ).tuples()
        )
        by_event = None
        for e in evs:
            if e.kind != "superseded":
                continue
            new_id = _text(e.data.get("superseded_by_id"))
            if not new_id:
                pair = e.changes.get("superseded_by")
                number = pair[1] if isinstance(pair, list | tuple) and len(pair) == 2 else None
                new_id = (
                    session.scalar(select(Certificate.id).where(Certificate.number == number))
                    if isinstance(number, str) else None
                ) or ""  # fmt: skip
            if new_id and session.get(Certificate, new_id) is not None:
                by_event = by_event or new_id
        newer = replacing[0][2] if replacing else by_event
        if newer and row.superseded_by != newer:
            row.superseded_by = newer
        if row.supersedes:
            old = session.get(Certificate, row.supersedes)
            if old is not None and old.superseded_by is None:
                old.superseded_by = row.id


def _new_certificate(session: Session, cert_id: str, ev: _Ev) -> Certificate | None:
    c = ev.data["certificate"]
    number, sha = c.get("number"), c.get("pdf_sha256")
    if not isinstance(number, str) or not isinstance(sha, str):
        return None
    if session.scalar(select(Certificate.id).where(Certificate.number == number)):
        log.warning("certificate %s: number %s is taken here; kept as history", cert_id, number)
        return None
    supersedes = c.get("supersedes") if isinstance(c.get("supersedes"), str) else None
    if supersedes and session.get(Certificate, supersedes) is None:
        supersedes = None
    issued_at = _when(c.get("issued_at"), ev.recorded_at) or ev.recorded_at
    return Certificate(
        id=cert_id, number=number, scope=_text(c.get("scope"), "drive"),
        title=_text(c.get("title")), issued_at=issued_at, issued_by=ev.actor,
        device_id=ev.device_id, year=int(c.get("year") or issued_at.year),
        seq=int(c.get("seq") or 0), supersedes=supersedes, reason=_text(c.get("reason")),
        signer_fingerprint=_text(c.get("signer_fingerprint")), pdf_sha256=sha,
        pdf=b"",  # fetched as a blob after the pull (app/services/sync_blobs.py)
    )  # fmt: skip


def _items(session: Session, cert_id: str, issued: Sequence[_Ev]) -> None:
    wanted: dict[str, tuple[str, str]] = {}
    for ev in issued:
        if not ev.asset_id:
            continue
        for item in ev.data.get("items") or []:
            if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
                wanted[item[0]] = (ev.asset_id, item[1])
    if not wanted:
        return
    have = set(
        session.scalars(
            select(CertificateItem.drive_id).where(CertificateItem.certificate_id == cert_id)
        )
    )
    todo = {d: v for d, v in wanted.items() if d not in have}
    if not todo:
        return
    drives = _existing(session, Drive, Drive.id, todo)
    records = _existing(session, Sanitization, Sanitization.id, [r for _a, r in todo.values()])
    assets = _existing(session, Asset, Asset.id, [a for a, _r in todo.values()])
    for drive_id, (asset_id, record_id) in sorted(todo.items()):
        if drive_id in drives and record_id in records and asset_id in assets:
            session.add(CertificateItem(certificate_id=cert_id, drive_id=drive_id,
                                        asset_id=asset_id, sanitization_id=record_id))  # fmt: skip

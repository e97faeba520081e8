"""Conflicts sync found (app/domain/conflicts.py): recording them, listing them, settling
them. Settling is a journal event (`conflict settled`) that syncs, so a conflict settled on
one device is settled on every device.

- Recording (`after_apply`, in the transaction of the page that found them): the conflicts
  the merge reported (`result.conflicts`: tags, model names, location cycles, deletions of
  things still used; checklist runs and counts from app/services/sync_records.py) and the
  transition conflicts found here: two devices moved an asset from the same state to
  different states without seeing each other's change (`cf.transition_forks`). A conflict is
  recorded once; found again (even after it was settled) it keeps its row.
- Settling (`settle_conflict`): ONE unit of work with the data change the person chose
  (ordinary `asset updated` / `status_changed` / `model updated` / `location updated`
  events, which merge by the normal rules) and the `conflict settled` event, whose data
  carries the conflict itself (kind, key, summary, details), so that a device that has not
  found the conflict yet creates its row settled.
- Settlements pulled from other devices (`apply_settlements`): the row shows the earliest
  settlement by (hlc, device) of all those in the journal, so two devices that settled the
  same conflict differently end up showing the same one, whatever order they arrive in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import conflicts as cf
from app.domain.assets import clean_tag
from app.domain.errors import FieldtagError, NotFound, TransitionRefused, ValidationError
from app.domain.lifecycle import Status as St
from app.domain.lifecycle import TransitionRequest, find_transition, parse_status
from app.domain.text import OR, QT_TRANSLATE_NOOP, Text, joined, text_data
from app.domain.values import ValueProblem
from app.services import catalog
from app.services.assets import asset_facts, tag_owner
from app.services.context import Context
from app.store.journal import UnitOfWork, diff
from app.store.tables import (
    Asset,
    AssetModel,
    ConflictRow,
    Count,
    Device,
    Event,
    Location,
    Person,
    utcnow,
)
from app.sync import protocol as p

if TYPE_CHECKING:
    from app.services.sync_apply import SyncResult

CHUNK = 500
SHOWN_ASSETS = 20  # assets listed with a conflict (a deleted model may be used by hundreds)
STATUS = "status_changed"
SETTLE_ACTION = "Settle conflict"  # the action of a correcting status change in the history

# what a transition did to the asset, in a sentence ("was deployed", "sent to maintenance")
DID: dict[str, str] = {
    "requested": QT_TRANSLATE_NOOP("sync.conflicts", "marked requested"),
    "ordered": QT_TRANSLATE_NOOP("sync.conflicts", "marked ordered"),
    "in_stock": QT_TRANSLATE_NOOP("sync.conflicts", "put into stock"),
    "deployed": QT_TRANSLATE_NOOP("sync.conflicts", "deployed"),
    "in_maintenance": QT_TRANSLATE_NOOP("sync.conflicts", "sent to maintenance"),
    "retired": QT_TRANSLATE_NOOP("sync.conflicts", "retired"),
    "disposed": QT_TRANSLATE_NOOP("sync.conflicts", "disposed of"),
    "missing": QT_TRANSLATE_NOOP("sync.conflicts", "marked missing"),
}
SUMMARY_TEXT, RESOLUTION_TEXT = cf.SUMMARY_TEXT, cf.RESOLUTION_TEXT
# entity -> (table, the asset column that refers to it)
USED_BY: dict[str, tuple[type[Any], Any]] = {
    "model": (AssetModel, Asset.model_id),
    "location": (Location, Asset.location_id),
    "person": (Person, Asset.assignee_id),
}


class ConflictSettled(FieldtagError):
    """The conflict was settled already (here, or on another device and synced since)."""


# ------------------------------------------------------------------------------ values


@dataclass(frozen=True)
class AssetBrief:
    id: str
    tag: str
    name: str
    status: str


@dataclass(frozen=True)
class ConflictInfo:
    """A conflict as the page and the CLI show it (plain values, no ORM objects)."""

    id: str
    kind: str
    key: str
    summary: str
    entity: str
    entity_id: str
    asset_id: str | None
    details: dict[str, Any]
    detected_at: dt.datetime
    status: str  # open | settled
    settled_by: str | None
    settled_at: dt.datetime | None
    settled_device: str | None  # the device's name
    resolution: str
    note: str
    assets: tuple[AssetBrief, ...] = ()
    choices: tuple[cf.Choice, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def what(self) -> str:
        """The tags of the assets involved, or what the conflict is about."""
        if self.assets:
            return ", ".join(a.tag for a in self.assets[:3]) + ("…" if len(self.assets) > 3 else "")
        name = self.details.get("name") or self.details.get("manufacturer") or ""
        return str(name) or f"{self.entity} {self.entity_id[:8]}"


@dataclass(frozen=True)
class Settlement:
    """What a person chose: `choice` (a key of `cf.choices_for(kind)`) and the value it
    needs: a new `tag`, the `state` to set, a new model `name`, a `parent_id` for a
    location, the entity to reassign to (`to_id`)."""

    choice: str
    note: str = ""
    tag: str | None = None
    state: str | None = None
    name: str | None = None
    parent_id: str | None = None
    to_id: str | None = None


@dataclass(frozen=True)
class Settled:
    info: ConflictInfo
    # a tag whose label should be printed now (the asset that kept a suffixed tag, or got
    # a new one): the GUI offers it
    print_tag: str | None = None
    changed: tuple[str, ...] = field(default=())  # ids of the entities changed


# ------------------------------------------------------------------- after a pulled page


def handles(entity: str, kind: str) -> bool:
    """Whether the event is a settlement this module applies."""
    return entity == cf.ENTITY and kind == cf.SETTLED


def after_apply(
    session: Session,
    moved_assets: Iterable[str],
    settlements: Sequence[p.ServerEvent],
    result: SyncResult,
) -> None:
    """After a page's events were applied (same transaction): find the transition
    conflicts of the assets whose status the page's events changed (`moved_assets`: of two
    conflicting changes, the one that arrives second is in a page), record the conflicts
    found (`result.conflicts`), each once (a conflict found again keeps its row and its
    settlement), then apply the page's settlements."""
    known = {c.id for c in result.conflicts}
    for found in [*transition_conflicts(session, moved_assets), *deleted_in_use(session)]:
        if found.id not in known and session.get(ConflictRow, found.id) is None:
            known.add(found.id)
            result.conflicts.append(found)
    record_found(session, result.conflicts)
    if settlements:
        apply_settlements(session, {ev.entity_id for ev in settlements})


def record_found(session: Session, found: Iterable[cf.ConflictFound]) -> None:
    now = utcnow()
    for conflict in found:
        if session.get(ConflictRow, conflict.id) is not None:
            continue
        session.add(
            ConflictRow(
                id=conflict.id, kind=conflict.kind, key=conflict.key, entity=conflict.entity,
                entity_id=conflict.entity_id, asset_id=conflict.asset_id,
                summary=str.__str__(conflict.summary), details=_with_text(conflict),
                detected_at=now, status="open", resolution="", note="",
            )
        )  # fmt: skip
        session.flush()


def _with_text(conflict: cf.ConflictFound) -> dict[str, Any]:
    """The conflict's details, with its summary's template and arguments when it is a
    `Text` (the window shows it in its language: `summary_of`)."""
    details = dict(conflict.details)
    if isinstance(conflict.summary, Text):
        details[SUMMARY_TEXT] = text_data(conflict.summary)
    return details


def summary_of(info: ConflictInfo) -> str:
    """A conflict's summary as a `Text` when its details keep one, else as it was stored
    (English: found by an older version)."""
    return cf.summary_text(info.summary, info.details)


def resolution_of(info: ConflictInfo) -> str:
    """How a conflict was settled, as a `Text` when its details keep one, else as stored."""
    return cf.resolution_text(info.resolution, info.details)


def apply_settlements(session: Session, conflict_ids: Iterable[str]) -> None:
    """Bring each conflict's row in line with its settlements in the journal: the earliest
    by (hlc, device) wins (order-independent). A conflict this device has not found is
    created from the settlement's data, settled."""
    for cid in sorted(set(conflict_ids)):
        first = session.execute(
            select(Event.hlc, Event.device_id, Event.actor, Event.data, Event.recorded_at)
            .where(Event.entity == cf.ENTITY, Event.entity_id == cid, Event.kind == cf.SETTLED)
            .order_by(Event.hlc, Event.device_id)
            .limit(1)
        ).first()
        if first is None:
            continue
        _hlc, device_id, actor, data, recorded = first
        data = data or {}
        about = data.get("conflict")
        about = about if isinstance(about, dict) else {}
        row = session.get(ConflictRow, cid)
        if row is None:
            kind, key = str(about.get("kind", "")), str(about.get("key", ""))
            if not kind or cf.conflict_id(kind, key) != cid:
                continue  # not a settlement this version understands: kept as history
            row = ConflictRow(
                id=cid, kind=kind, key=key, entity=str(about.get("entity", "")),
                entity_id=str(about.get("entity_id", "")), asset_id=about.get("asset_id"),
                summary="", details={}, detected_at=_naive(recorded), status="open",
                resolution="", note="",
            )  # fmt: skip
            session.add(row)
        if about.get("summary"):  # the conflict as the person who settled it saw it
            row.summary = str(about["summary"])
            row.details = dict(about.get("details") or row.details)
        row.status = "settled"
        row.settled_by = actor
        row.settled_at = _naive(recorded)
        row.settled_device_id = device_id
        row.resolution = str(data.get("resolution", ""))
        row.note = str(data.get("note", ""))
        if isinstance(data.get(RESOLUTION_TEXT), dict):
            row.details = {**(row.details or {}), RESOLUTION_TEXT: data[RESOLUTION_TEXT]}
    session.flush()


def _naive(value: Any) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)


# ------------------------------------------------------------------ transition conflicts


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def transition_conflicts(session: Session, asset_ids: Iterable[str]) -> list[cf.ConflictFound]:
    """The transition conflicts of these assets, from all their status changes in the
    journal (`cf.transition_forks`). Only assets whose status was changed on two devices
    are read."""
    ids = sorted(set(asset_ids))
    candidates: list[str] = []
    for chunk in _chunks(ids):
        candidates += session.scalars(
            select(Event.entity_id)
            .where(Event.entity == "asset", Event.kind == STATUS, Event.entity_id.in_(chunk))
            .group_by(Event.entity_id)
            .having(func.count(func.distinct(Event.device_id)) > 1)
        )
    out: list[cf.ConflictFound] = []
    for chunk in _chunks(sorted(candidates)):
        by_asset: dict[str, list[Any]] = {}
        for row in session.execute(
            select(Event.id, Event.entity_id, Event.hlc, Event.device_id, Event.actor,
                   Event.changes, Event.data, Event.recorded_at)
            .where(Event.entity == "asset", Event.kind == STATUS, Event.entity_id.in_(chunk))
        ):  # fmt: skip
            by_asset.setdefault(row.entity_id, []).append(row)
        for asset_id in sorted(by_asset):
            rows = {r.id: r for r in by_asset[asset_id]}
            events = []
            for r in rows.values():
                pair = (r.changes or {}).get("status")
                if isinstance(pair, list) and len(pair) == 2 and pair[0] and pair[1]:
                    events.append(cf.StatusEvent(r.id, r.hlc, r.device_id, pair[0], pair[1]))
            for earlier, later in cf.transition_forks(events):
                out.append(_transition_found(session, asset_id, earlier, later, rows))
    return out


# what a deleted thing was, in a summary ("model X was deleted ...")
ENTITY_NAMES: dict[str, str] = {
    "model": QT_TRANSLATE_NOOP("sync.conflicts", "model"),
    "location": QT_TRANSLATE_NOOP("sync.conflicts", "location"),
    "person": QT_TRANSLATE_NOOP("sync.conflicts", "person"),
}


def deleted_in_use_summary(entity: str, name: object) -> Text:
    """ "model X was deleted on one device while another still used it: it was kept"."""
    return QT_TRANSLATE_NOOP(
        "sync.conflicts",
        "{entity} {name} was deleted on one device while another still used it: it was kept",
    ).format(entity=ENTITY_NAMES.get(entity, entity), name=str(name))


# entity -> the columns that refer to it (as app/services/sync_apply.py keeps them)
REFERENCES: dict[str, tuple[Any, ...]] = {
    "model": (Asset.model_id,),
    "location": (Asset.location_id, Location.parent_id, Count.location_id),
    "person": (Asset.assignee_id,),
}


def deleted_in_use(session: Session) -> list[cf.ConflictFound]:
    """Models, locations and people deleted on one device that this store keeps because
    something uses them. The merge reports those it brings back; this finds the others too
    (on the device that used it, the row was never gone), so every device records the
    conflict. Deletions are few: every tombstone is looked at."""
    out: list[cf.ConflictFound] = []
    tombstones = session.execute(
        select(Event.entity, Event.entity_id)
        .where(Event.entity.in_(sorted(REFERENCES)), Event.kind == "deleted")
        .distinct()
    ).tuples()
    for entity, entity_id in sorted(tombstones):
        table = USED_BY[entity][0]
        row = session.get(table, entity_id)
        if row is None or not any(
            session.scalar(select(col).where(col == entity_id).limit(1))
            for col in REFERENCES[entity]
        ):
            continue
        name = row.name
        out.append(
            cf.ConflictFound(
                cf.DELETED_IN_USE, f"{entity}\x00{entity_id}",
                deleted_in_use_summary(entity, name),
                entity, entity_id,
                details={"entity": entity, "id": entity_id, "name": name},
            )
        )  # fmt: skip
    return out


def _transition_found(
    session: Session,
    asset_id: str,
    earlier: cf.StatusEvent,
    later: cf.StatusEvent,
    rows: Mapping[str, Any],
) -> cf.ConflictFound:
    asset = session.scalar(select(Asset).where(Asset.id == asset_id))
    tag = asset.tag if asset is not None else asset_id
    model = session.get(AssetModel, asset.model_id) if asset and asset.model_id else None
    what: str = (model.category if model is not None and model.category else "") or (
        QT_TRANSLATE_NOOP("sync.conflicts", "Asset")
    )
    names = _device_names(session, [earlier.device_id, later.device_id])

    def event(ev: cf.StatusEvent) -> dict[str, Any]:
        r = rows[ev.id]
        data = r.data or {}
        return {
            "id": ev.id, "device_id": ev.device_id, "device": names[ev.device_id],
            "actor": r.actor, "source": ev.source, "target": ev.target, "hlc": ev.hlc,
            "recorded_at": _naive(r.recorded_at).isoformat(timespec="seconds"),
            "action": str(data.get("action", "")),
            "changes": {k: v for k, v in (r.changes or {}).items() if k != "status"},
        }  # fmt: skip

    # deterministic: what the merge decided from these two events (the later change wins),
    # not the state the asset has when this device finds it
    summary = QT_TRANSLATE_NOOP(
        "sync.conflicts",
        "{what} {tag} was {did} on {device} and {other_did} on {other_device} while both "
        "were offline; it is now {state} (the later change)",
    ).format(
        what=what, tag=tag, did=DID.get(earlier.target, earlier.target),
        device=names[earlier.device_id], other_did=DID.get(later.target, later.target),
        other_device=names[later.device_id], state=_state(later.target),
    )  # fmt: skip
    return cf.ConflictFound(
        cf.TRANSITION, cf.transition_key(asset_id, earlier, later), summary, "asset", asset_id,
        asset_id=asset_id,
        details={"asset_id": asset_id, "source": earlier.source,
                 "events": [event(earlier), event(later)]},
    )  # fmt: skip


def _state(status: str) -> str:
    try:
        return St(status).label
    except ValueError:
        return status.replace("_", " ")


def _device_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    found = dict(
        session.execute(select(Device.id, Device.name).where(Device.id.in_(wanted))).tuples().all()
    )
    return {
        i: found.get(i) or QT_TRANSLATE_NOOP("sync.conflicts", "device {id}").format(id=i[:8])
        for i in wanted
    }


# ----------------------------------------------------------------------------- reading


def open_conflicts(session: Session) -> list[ConflictRow]:
    return list(
        session.scalars(
            select(ConflictRow)
            .where(ConflictRow.status == "open")
            .order_by(ConflictRow.detected_at, ConflictRow.id)
        )
    )


def open_count(ctx: Context) -> int:
    with ctx.reading() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(ConflictRow).where(ConflictRow.status == "open")
            )
            or 0
        )


def list_conflicts(ctx: Context, status: str = "open") -> list[ConflictInfo]:
    """The conflicts (`status`: open, settled or all): open ones oldest first (the order they
    were found), settled ones newest settlement first, each with its assets as they are now."""
    if status not in ("open", "settled", "all"):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.conflicts", "Status"),
            QT_TRANSLATE_NOOP(
                "services.conflicts", "'{status}' is not one of: open, settled, all"
            ).format(status=status),
        )
    with ctx.reading() as session:
        query = select(ConflictRow)
        if status != "all":
            query = query.where(ConflictRow.status == status)
        rows = list(session.scalars(query))
        opened = sorted(
            (r for r in rows if r.status == "open"), key=lambda r: (r.detected_at, r.id)
        )
        settled = sorted(
            (r for r in rows if r.status != "open"),
            key=lambda r: (r.settled_at or r.detected_at, r.id),
            reverse=True,
        )
        return _infos(session, opened + settled)


def get_conflict(ctx: Context, conflict_id: str) -> ConflictInfo:
    """One conflict by id (or by the start of its id, at least 4 characters, if only one
    conflict's id starts so)."""
    with ctx.reading() as session:
        return _infos(session, [_row(session, conflict_id)])[0]


def conflicts_of_asset(ctx: Context, asset_id: str) -> list[ConflictInfo]:
    """The open conflicts about an asset (for its panel)."""
    with ctx.reading() as session:
        rows = list(
            session.scalars(
                select(ConflictRow)
                .where(ConflictRow.asset_id == asset_id, ConflictRow.status == "open")
                .order_by(ConflictRow.detected_at)
            )
        )
        return _infos(session, rows)


def _row(session: Session, conflict_id: str) -> ConflictRow:
    text = conflict_id.strip().lower()
    row = session.get(ConflictRow, text) if text else None
    if row is not None:
        return row
    if len(text) >= 4:
        matches = list(
            session.scalars(select(ConflictRow).where(ConflictRow.id.startswith(text)).limit(2))
        )
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.conflicts",
                    "More than one conflict has an id starting with {id}: give more of it "
                    "('fieldtag conflicts list --all' shows the ids).",
                ).format(id=conflict_id)
            )
    raise NotFound(
        QT_TRANSLATE_NOOP(
            "services.conflicts",
            "There is no conflict with id {id} ('fieldtag conflicts list --all' shows the ids).",
        ).format(id=conflict_id)
    )


def _asset_ids_of(session: Session, row: ConflictRow) -> list[str]:
    d = row.details or {}
    ids = [x for x in (d.get("keeper_id"), row.asset_id, d.get("asset_id")) if isinstance(x, str)]
    if row.kind in (cf.DELETED_IN_USE, cf.MODEL_NAME):
        entity = d.get("entity", "model")
        entity_id = d.get("id") or d.get("model_id")
        if entity in USED_BY and isinstance(entity_id, str):
            column = USED_BY[str(entity)][1]
            ids += session.scalars(
                select(Asset.id).where(column == entity_id).order_by(Asset.tag).limit(SHOWN_ASSETS)
            )
    return list(dict.fromkeys(ids))


def _infos(session: Session, rows: Sequence[ConflictRow]) -> list[ConflictInfo]:
    wanted = {r.id: _asset_ids_of(session, r) for r in rows}
    every = sorted({a for ids in wanted.values() for a in ids})
    briefs: dict[str, AssetBrief] = {}
    for chunk in _chunks(every):
        for a in session.scalars(select(Asset).where(Asset.id.in_(chunk))):
            briefs[a.id] = AssetBrief(a.id, a.tag, a.name, a.status)
    devices = _device_names(session, [r.settled_device_id for r in rows if r.settled_device_id])
    return [
        ConflictInfo(
            r.id, r.kind, r.key, r.summary, r.entity, r.entity_id, r.asset_id,
            dict(r.details or {}), r.detected_at, r.status, r.settled_by, r.settled_at,
            devices.get(r.settled_device_id) if r.settled_device_id else None,
            r.resolution, r.note,
            tuple(briefs[a] for a in wanted[r.id] if a in briefs),
            cf.choices_for(r.kind),
        )
        for r in rows
    ]  # fmt: skip


# ---------------------------------------------------------------------------- settling


def settle_conflict(ctx: Context, conflict_id: str, settlement: Settlement) -> Settled:
    """Settle an open conflict as the person chose, in ONE unit of work: the data change
    (ordinary events that merge by the normal rules) and the `conflict settled` event.
    Raises `ValidationError` / `TransitionRefused` when the choice cannot be carried out, and
    `ConflictSettled` when the conflict was settled already (here, or on another device and
    synced meanwhile): nothing is changed then."""
    note = settlement.note.strip()
    with ctx.unit_of_work() as uow:
        session = uow.session
        row = _row(session, conflict_id)
        if row.status == "settled":
            raise ConflictSettled(_already(session, row))
        choice = cf.find_choice(row.kind, settlement.choice.strip().lower())
        if choice is None:
            keys = ", ".join(c.key for c in cf.choices_for(row.kind))
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("services.conflicts", "Choice"),
                QT_TRANSLATE_NOOP(
                    "services.conflicts",
                    "'{choice}' is not a way to settle a {kind} conflict: choose one of {keys}",
                ).format(choice=settlement.choice, kind=row.kind, keys=keys),
            )
        handler = _HANDLERS.get((row.kind, choice.key))
        if handler is None:
            done = _Done(
                QT_TRANSLATE_NOOP("services.conflicts", "acknowledged")
                if choice.key == cf.ACKNOWLEDGE
                else QT_TRANSLATE_NOOP("services.conflicts", "kept as it is")
            )
        else:
            done = handler(uow, row, settlement)
        if row.kind == cf.TAG and choice.key == cf.KEEP:
            loser = session.scalar(select(Asset).where(Asset.id == row.details.get("asset_id")))
            if loser is not None:
                done = _Done(
                    QT_TRANSLATE_NOOP(
                        "services.conflicts",
                        "kept as merged: {asset} keeps the tag {tag}; print it a new label",
                    ).format(asset=_name(loser), tag=loser.tag),
                    print_tag=loser.tag,
                )
        line = QT_TRANSLATE_NOOP("services.conflicts", "Conflict settled: {resolution}").format(
            resolution=done.resolution
        )
        data = {
            "resolution": str.__str__(done.resolution), "choice": choice.key, "note": note,
            RESOLUTION_TEXT: text_data(done.resolution),
            # the history's line for the event (app/services/assets.py shows `summary`, or
            # `summary_text` in the window's language)
            "summary": str.__str__(line), SUMMARY_TEXT: text_data(line),
            # the conflict itself: a device that has not found it creates it settled
            "conflict": {
                "kind": row.kind, "key": row.key, "summary": row.summary,
                "details": row.details, "entity": row.entity, "entity_id": row.entity_id,
                "asset_id": row.asset_id,
            },
        }  # fmt: skip
        ev = uow.event(cf.ENTITY, row.id, cf.SETTLED, {}, asset_id=row.asset_id, data=data)
        row.status = "settled"
        row.settled_by = uow.actor
        row.settled_at = ev["recorded_at"]
        row.settled_device_id = uow.device.id
        row.resolution = str.__str__(done.resolution)
        row.details = {**(row.details or {}), RESOLUTION_TEXT: data[RESOLUTION_TEXT]}
        row.note = note
        uow.commit()
        info = _infos(session, [row])[0]
        return Settled(info, done.print_tag, done.changed)


def _already(session: Session, row: ConflictRow) -> Text:
    device = _device_names(session, [row.settled_device_id or ""]).get(row.settled_device_id or "")
    when = (
        QT_TRANSLATE_NOOP("services.conflicts", "{time} UTC").format(
            time=f"{row.settled_at:%Y-%m-%d %H:%M}"
        )
        if row.settled_at
        else QT_TRANSLATE_NOOP("services.conflicts", "earlier")
    )
    who = row.settled_by or QT_TRANSLATE_NOOP("services.conflicts", "someone")
    where = device or QT_TRANSLATE_NOOP("services.conflicts", "another device")
    resolution = cf.resolution_text(row.resolution, row.details)
    if resolution:
        return QT_TRANSLATE_NOOP(
            "services.conflicts",
            "This conflict was already settled by {who} on {device} ({when}): {resolution}. "
            "Nothing was changed; look at the asset as it is now and change it there if it "
            "still needs it.",
        ).format(who=who, device=where, when=when, resolution=resolution)
    return QT_TRANSLATE_NOOP(
        "services.conflicts",
        "This conflict was already settled by {who} on {device} ({when}). Nothing was "
        "changed; look at the asset as it is now and change it there if it still needs it.",
    ).format(who=who, device=where, when=when)


@dataclass(frozen=True)
class _Done:
    resolution: str
    print_tag: str | None = None
    changed: tuple[str, ...] = ()


def _asset(session: Session, asset_id: object, what: str) -> Asset:
    """The asset, or NotFound saying `what` ("The asset that lost the tag") is gone."""
    asset = (
        session.scalar(select(Asset).where(Asset.id == asset_id))
        if isinstance(asset_id, str)
        else None
    )
    if asset is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.conflicts",
                "{what} is no longer in this store (deleted): keep the conflict as it is instead.",
            ).format(what=what)
        )
    return asset


LOST_TAG = QT_TRANSLATE_NOOP("services.conflicts", "The asset that lost the tag")
ASSET_TAG = QT_TRANSLATE_NOOP("services.conflicts", "Asset tag")


def _set_tag(uow: UnitOfWork, asset: Asset, tag: str) -> None:
    uow.event("asset", asset.id, "updated", diff({"tag": asset.tag}, {"tag": tag}),
              asset_id=asset.id)  # fmt: skip
    asset.tag = tag
    asset.updated_at = utcnow()


def _tag_swap(uow: UnitOfWork, row: ConflictRow, _s: Settlement) -> _Done:
    session = uow.session
    loser = _asset(session, row.details.get("asset_id"), LOST_TAG)
    keeper = _asset(
        session,
        row.details.get("keeper_id"),
        QT_TRANSLATE_NOOP("services.conflicts", "The asset that kept the tag"),
    )
    tag = str(row.details.get("tag", ""))
    if keeper.tag.lower() != tag.lower():
        raise ValidationError.single(
            ASSET_TAG,
            QT_TRANSLATE_NOOP(
                "services.conflicts",
                "{keeper} no longer has the tag {tag} (it was changed since): type a new tag "
                "for the other asset instead",
            ).format(keeper=keeper.tag, tag=tag),
        )
    old_loser, old_keeper = loser.tag, keeper.tag
    loser.tag = f"~settling~{loser.id}"  # unique meanwhile
    session.flush()
    _set_tag(uow, keeper, old_loser)
    session.flush()
    uow.event("asset", loser.id, "updated", diff({"tag": old_loser}, {"tag": old_keeper}),
              asset_id=loser.id)  # fmt: skip
    loser.tag = old_keeper
    loser.updated_at = utcnow()
    session.flush()
    return _Done(
        QT_TRANSLATE_NOOP(
            "services.conflicts",
            "gave {tag} to {asset}; {other} now has {other_tag} (print it a new label)",
        ).format(tag=old_keeper, asset=_name(loser), other=_name(keeper), other_tag=old_loser),
        print_tag=old_loser,
        changed=(loser.id, keeper.id),
    )


def _tag_retag(uow: UnitOfWork, row: ConflictRow, s: Settlement) -> _Done:
    session = uow.session
    loser = _asset(session, row.details.get("asset_id"), LOST_TAG)
    try:
        tag = clean_tag(s.tag or "")
    except ValueProblem as exc:
        raise ValidationError.single(ASSET_TAG, str(exc)) from None
    other = tag_owner(session, tag)
    if other is not None and other.id != loser.id:
        what = other.name or other.serial or other.status
        raise ValidationError.single(
            ASSET_TAG,
            QT_TRANSLATE_NOOP(
                "services.conflicts", "{tag} is already used by another asset ({what}): type "
                "another tag",
            ).format(tag=tag, what=what),
        )  # fmt: skip
    old = loser.tag
    _set_tag(uow, loser, tag)
    session.flush()
    if loser.name:
        done = QT_TRANSLATE_NOOP(
            "services.conflicts", "{name}: tag {old} replaced by {tag} (print it a new label)"
        ).format(name=loser.name, old=old, tag=tag)
    else:
        done = QT_TRANSLATE_NOOP(
            "services.conflicts", "tag {old} replaced by {tag} (print it a new label)"
        ).format(old=old, tag=tag)
    return _Done(done, print_tag=tag, changed=(loser.id,))


def _name(asset: Asset) -> str:
    if not asset.name:
        return asset.tag
    return QT_TRANSLATE_NOOP("services.conflicts", "{tag} ({name})").format(
        tag=asset.tag, name=asset.name
    )


STATE = QT_TRANSLATE_NOOP("services.conflicts", "State")


def _transition_other(uow: UnitOfWork, row: ConflictRow, s: Settlement) -> _Done:
    """The other state, as a correcting `status_changed` event (data: `settles`).

    Guards: the correction redoes the move the other device made from the state both
    started from, so it is checked with THAT transition's guards (a deployed asset needs a
    person or a place, a disposed one sanitized drives, a missing one a note), against the
    asset as it is now; the transition table itself is not asked whether the current state
    may go there (current -> chosen is often not a step of the lifecycle, e.g. retired ->
    deployed, yet it is exactly what undoing the merge's choice means)."""
    session = uow.session
    asset = _asset(
        session,
        row.details.get("asset_id") or row.asset_id,
        QT_TRANSLATE_NOOP("services.conflicts", "The asset"),
    )
    events = [e for e in row.details.get("events", []) if isinstance(e, dict)]
    targets = [str(e.get("target")) for e in events]
    if s.state:
        status = parse_status(s.state)
        if status is None or status.value not in targets:
            raise ValidationError.single(
                STATE,
                QT_TRANSLATE_NOOP(
                    "services.conflicts",
                    "'{state}' is not one of the states this conflict is about: choose {states}",
                ).format(state=s.state, states=joined((_state(t) for t in targets), OR)),
            )
        target: str = status.value
    else:
        others = [t for t in targets if t != asset.status]
        if len(set(others)) != 1:
            raise ValidationError.single(
                STATE,
                QT_TRANSLATE_NOOP(
                    "services.conflicts",
                    "{tag} is now {state}: say which state it should have ({states})",
                ).format(
                    tag=asset.tag,
                    state=_state(asset.status),
                    states=joined((_state(t) for t in targets), OR),
                ),
            )
        target = others[0]
    if target == asset.status:
        raise ValidationError.single(
            STATE,
            QT_TRANSLATE_NOOP(
                "services.conflicts", "{tag} is already {state}: keep the current state instead"
            ).format(tag=asset.tag, state=_state(target)),
        )
    chosen = next(e for e in events if e.get("target") == target)
    moved = chosen.get("changes") or {}
    request = TransitionRequest(
        assignee_id=_new_value(moved, "assignee_id"),
        location_id=_new_value(moved, "location_id"),
        note=s.note.strip(),
    )
    source = str(row.details.get("source") or chosen.get("source") or "")
    try:
        transition = find_transition(St(source), St(target))
    except ValueError:  # a state this version does not know: no guards to apply
        transition = None
    if transition is not None:
        facts = asset_facts(session, asset)
        for guard in transition.guards:
            reason = guard(facts, request)
            if reason:
                raise TransitionRefused(reason)
    before = {"status": asset.status, "assignee_id": asset.assignee_id,
              "location_id": asset.location_id}  # fmt: skip
    asset.status = target
    if request.location_id:
        asset.location_id = request.location_id
    if request.assignee_id:
        asset.assignee_id = request.assignee_id
    elif transition is not None and transition.clears_assignee:
        asset.assignee_id = None
    asset.updated_at = utcnow()
    after = {"status": asset.status, "assignee_id": asset.assignee_id,
             "location_id": asset.location_id}  # fmt: skip
    data: dict[str, Any] = {"action": SETTLE_ACTION, "settles": row.id}
    if request.note:
        data["note"] = request.note
    uow.event("asset", asset.id, STATUS, diff(before, after), asset_id=asset.id, data=data)
    session.flush()
    device = chosen.get("device") or QT_TRANSLATE_NOOP("services.conflicts", "the other device")
    return _Done(
        QT_TRANSLATE_NOOP(
            "services.conflicts", "{tag} set to {state} (what {device} did) instead of {old}"
        ).format(
            tag=asset.tag,
            state=_state(target),
            device=device,
            old=_state(str(before["status"])),
        ),
        changed=(asset.id,),
    )


def _new_value(changes: Mapping[str, Any], name: str) -> str | None:
    pair = changes.get(name)
    if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], str):
        return pair[1]
    return None


NAME = QT_TRANSLATE_NOOP("services.conflicts", "Name")


def _model_rename(uow: UnitOfWork, row: ConflictRow, s: Settlement) -> _Done:
    session = uow.session
    model = session.get(AssetModel, row.details.get("model_id") or row.entity_id)
    if model is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.conflicts",
                "The model is no longer in this store (deleted): keep the conflict as it is "
                "instead.",
            )
        )
    name = " ".join((s.name or "").split())
    if not name:
        raise ValidationError.single(
            NAME, QT_TRANSLATE_NOOP("services.conflicts", "is required: type the model's new name")
        )
    old = model.name
    catalog.update_model_within(uow, model.id, {"name": name})
    session.flush()
    return _Done(
        QT_TRANSLATE_NOOP(
            "services.conflicts", "model {manufacturer} {old} renamed to {name}"
        ).format(manufacturer=model.manufacturer, old=old, name=name),
        changed=(model.id,),
    )


PARENT = QT_TRANSLATE_NOOP("services.conflicts", "Parent")


def _location_parent(uow: UnitOfWork, row: ConflictRow, s: Settlement) -> _Done:
    session = uow.session
    loc = session.get(Location, row.details.get("location_id") or row.entity_id)
    if loc is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.conflicts",
                "The location is no longer in this store (deleted): keep the conflict as it "
                "is instead.",
            )
        )
    parent_id = s.parent_id or row.details.get("parent_id")
    if not isinstance(parent_id, str) or not parent_id:
        raise ValidationError.single(
            PARENT, QT_TRANSLATE_NOOP("services.conflicts", "choose the location it belongs in")
        )
    catalog.update_location_within(uow, loc.id, {"parent_id": parent_id})
    return _Done(
        QT_TRANSLATE_NOOP("services.conflicts", "{name} is now inside {parent}").format(
            name=loc.name, parent=loc.path.rsplit(" > ", 1)[0]
        ),
        changed=(loc.id,),
    )


def _reassign(uow: UnitOfWork, row: ConflictRow, s: Settlement) -> _Done:
    session = uow.session
    entity = str(row.details.get("entity") or row.entity)
    entity_id = str(row.details.get("id") or row.entity_id)
    if entity not in USED_BY:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.conflicts", "Choice"),
            QT_TRANSLATE_NOOP(
                "services.conflicts", "a {entity} cannot be reassigned: keep it"
            ).format(entity=entity),
        )
    table, column = USED_BY[entity]
    gone = session.get(table, entity_id)
    if gone is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.conflicts",
                "The {entity} is no longer in this store: keep the conflict as it is.",
            ).format(entity=ENTITY_NAMES.get(entity, entity))
        )
    if not s.to_id or s.to_id == entity_id or session.get(table, s.to_id) is None:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.conflicts", "Reassign to"),
            QT_TRANSLATE_NOOP(
                "services.conflicts", "choose another {entity} for the assets that use this one"
            ).format(entity=ENTITY_NAMES.get(entity, entity)),
        )
    if entity == "location":
        children = session.scalar(select(func.count()).where(Location.parent_id == entity_id))
        counts = session.scalar(select(func.count()).where(Count.location_id == entity_id))
        if children or counts:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("services.conflicts", "Location"),
                QT_TRANSLATE_NOOP(
                    "services.conflicts",
                    "{path} still has sub-locations or counts: move them in the Locations page "
                    "first, or keep it",
                ).format(path=gone.path),
            )
    field_name = column.key
    moved = list(session.scalars(select(Asset).where(column == entity_id)))
    for asset in moved:
        changes = diff({field_name: entity_id}, {field_name: s.to_id})
        uow.event("asset", asset.id, "updated", changes, asset_id=asset.id)
        setattr(asset, field_name, s.to_id)
        asset.updated_at = utcnow()
    session.flush()
    target = session.get(table, s.to_id)
    session.delete(gone)  # its tombstone is in the journal already
    session.flush()
    name = getattr(target, "path", None) or getattr(target, "name", s.to_id)
    return _Done(
        QT_TRANSLATE_NOOP(
            "services.conflicts", "{count} asset(s) moved to {name}; the deleted {entity} is gone"
        ).format(count=len(moved), name=name, entity=ENTITY_NAMES.get(entity, entity)),
        changed=(entity_id, *(a.id for a in moved)),
    )


_HANDLERS: dict[tuple[str, str], Any] = {
    (cf.TAG, "swap"): _tag_swap,
    (cf.TAG, "retag"): _tag_retag,
    (cf.TRANSITION, "other"): _transition_other,
    (cf.MODEL_NAME, "rename"): _model_rename,
    (cf.LOCATION_CYCLE, "parent"): _location_parent,
    (cf.DELETED_IN_USE, "reassign"): _reassign,
}

__all__ = [
    "AssetBrief", "ConflictInfo", "ConflictSettled", "Settled", "Settlement", "after_apply",
    "apply_settlements", "conflicts_of_asset", "get_conflict", "handles", "list_conflicts",
    "open_conflicts", "open_count", "record_found", "settle_conflict", "transition_conflicts",
]  # fmt: skip

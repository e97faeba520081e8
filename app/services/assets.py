"""Assets: create, edit, move through the lifecycle, open with drives, actions and history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.domain.assets import ASSET_FIELDS, check_dates, clean_asset_values
from app.domain.errors import NotFound, Problem, TransitionRefused, ValidationError
from app.domain.ids import new_id
from app.domain.lifecycle import (
    AssetFacts,
    DriveFacts,
    Status,
    Transition,
    TransitionRequest,
    check_transition,
    transitions_from,
)
from app.domain.sanitization import TEXT_FIELDS as SANITIZATION_TEXT_FIELDS
from app.domain.sanitization import label as sanitization_label
from app.domain.sanitization import sanitized
from app.domain.text import QT_TRANSLATE_NOOP, Text, text_from_data
from app.domain.values import format_bytes, format_money
from app.services.context import Context
from app.services.dto import ActionInfo, AssetDetail, DriveInfo, FieldChange, HistoryEntry
from app.store.journal import UnitOfWork, created, diff
from app.store.tables import (
    Asset,
    AssetModel,
    Drive,
    Location,
    Person,
    Sanitization,
    utcnow,
)

EDITABLE = tuple(name for name in ASSET_FIELDS if name not in {"status", "last_audit"})
REFS = {
    "model_id": (AssetModel, "model"),
    "location_id": (Location, "location"),
    "assignee_id": (Person, "person"),
}


def _values_of(asset: Asset) -> dict[str, Any]:
    return {name: getattr(asset, name) for name in ASSET_FIELDS}


def _check_refs(session: Session, values: Mapping[str, Any], problems: list[Problem]) -> None:
    for name, (table, what) in REFS.items():
        ref = values.get(name)
        if ref and session.get(table, ref) is None:
            problems.append(
                Problem(
                    ASSET_FIELDS[name].label,
                    QT_TRANSLATE_NOOP("services.assets", "there is no {what} with id {ref}").format(
                        what=what, ref=ref
                    ),
                )
            )


def tag_owner(session: Session, tag: str) -> Asset | None:
    """The asset using `tag` (tags are unique regardless of case)."""
    return session.scalar(select(Asset).where(Asset.tag == tag))


def _check_tag(session: Session, tag: str, own_id: str | None, problems: list[Problem]) -> None:
    other = tag_owner(session, tag)
    if other is not None and other.id != own_id:
        what = other.name or other.serial or other.status
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.assets", "Asset tag"),
                QT_TRANSLATE_NOOP(
                    "services.assets", "{tag} is already used by another asset ({what})"
                ).format(tag=tag, what=what),
            )
        )


def _status_rules(values: Mapping[str, Any], problems: list[Problem]) -> None:
    if values.get("status") is Status.DEPLOYED and not (
        values.get("assignee_id") or values.get("location_id")
    ):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.assets", "Status"),
                QT_TRANSLATE_NOOP(
                    "services.assets",
                    "a deployed asset needs a person or a location: choose who has it or "
                    "where it is",
                ),
            )
        )


def create_asset(ctx: Context, values: Mapping[str, object]) -> AssetDetail:
    """Create one asset. Raises `ValidationError` listing every problem; nothing is saved then."""
    cleaned, problems = clean_asset_values({"status": Status.IN_STOCK, **values})
    problems += check_dates(cleaned)
    _status_rules(cleaned, problems)
    with ctx.unit_of_work() as uow:
        session = uow.session
        if "tag" not in cleaned and not any(p.field == "Asset tag" for p in problems):
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("services.assets", "Asset tag"),
                    QT_TRANSLATE_NOOP("services.assets", "is required: every asset needs a tag"),
                )
            )
        elif "tag" in cleaned:
            _check_tag(session, str(cleaned["tag"]), None, problems)
        _check_refs(session, cleaned, problems)
        if problems:
            raise ValidationError(problems)
        asset = Asset(id=new_id(), **_defaults(cleaned))
        asset.status = Status(str(cleaned["status"])).value
        session.add(asset)
        session.flush()
        record_created(uow, asset)
        uow.commit()
        return _detail(session, asset)


def _defaults(cleaned: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, spec in ASSET_FIELDS.items():
        if name in cleaned:
            value = cleaned[name]
        elif spec.kind in {"text", "notes"}:
            value = ""
        elif spec.kind == "custom":
            value = {}
        else:
            value = None
        out[name] = value.value if isinstance(value, Status) else value
    return out


def record_created(
    uow: UnitOfWork,
    asset: Asset,
    *,
    data: Mapping[str, Any] | None = None,
    at: dt.datetime | None = None,
    actor: str | None = None,
) -> None:
    values = {k: v for k, v in _values_of(asset).items() if v not in (None, "", {})}
    uow.event(
        "asset",
        asset.id,
        "created",
        created(values),
        asset_id=asset.id,
        data=data,
        at=at,
        actor=actor,
    )


def update_asset(ctx: Context, asset_id: str, values: Mapping[str, object]) -> AssetDetail:
    """Change fields of an asset (not its status: that is `transition_asset`)."""
    if "status" in values:
        raise ValidationError(
            [
                Problem(
                    QT_TRANSLATE_NOOP("services.assets", "Status"),
                    QT_TRANSLATE_NOOP(
                        "services.assets",
                        "is changed by a lifecycle action (Deploy, Retire, ...), not by editing",
                    ),
                )
            ]
        )
    cleaned, problems = clean_asset_values(values)
    with ctx.unit_of_work() as uow:
        session = uow.session
        asset = _get_asset(session, asset_id)
        current = _values_of(asset)
        merged = {**current, **cleaned, "status": Status(asset.status)}
        problems += check_dates(merged)
        _status_rules(merged, problems)
        if "tag" in cleaned:
            _check_tag(session, str(cleaned["tag"]), asset.id, problems)
        _check_refs(session, cleaned, problems)
        if problems:
            raise ValidationError(problems)
        changes = diff(current, cleaned)
        if changes:
            for name in changes:
                setattr(asset, name, cleaned[name])
            asset.updated_at = utcnow()
            uow.event("asset", asset.id, "updated", changes, asset_id=asset.id)
        uow.commit()
        return _detail(session, asset)


def asset_facts(session: Session, asset: Asset) -> AssetFacts:
    model = session.get(AssetModel, asset.model_id) if asset.model_id else None
    return _facts(asset, model, _drive_infos(session, asset.id))


def _facts(asset: Asset, model: AssetModel | None, drives: Sequence[DriveInfo]) -> AssetFacts:
    return AssetFacts(
        tag=asset.tag,
        status=Status(asset.status),
        holds_storage=bool(model and model.holds_storage),
        drives=tuple(DriveFacts(d.serial, d.sanitized) for d in drives),
        assignee_id=asset.assignee_id,
        location_id=asset.location_id,
    )


def transition_asset(
    ctx: Context, asset_id: str, target: Status | str, request: TransitionRequest | None = None
) -> AssetDetail:
    """Move an asset to another lifecycle state. Raises `TransitionRefused` saying why not."""
    with ctx.unit_of_work() as uow:
        asset = _get_asset(uow.session, asset_id)
        transition_within(uow, asset, Status(target), request)
        uow.commit()
        return _detail(uow.session, asset)


def transition_within(
    uow: UnitOfWork,
    asset: Asset,
    target: Status,
    request: TransitionRequest | None = None,
    *,
    data: Mapping[str, Any] | None = None,
) -> Transition:
    """Perform a lifecycle transition inside the caller's unit of work (through the guards)
    and journal it; raises `TransitionRefused` / `ValidationError` before changing anything.
    The caller commits (a completed checklist commits it together with the completion).
    `data` is added to the event's data (e.g. the checklist run that performed it)."""
    request = request or TransitionRequest()
    session = uow.session
    problems: list[Problem] = []
    _check_refs(
        session,
        {"assignee_id": request.assignee_id, "location_id": request.location_id},
        problems,
    )
    if problems:
        raise ValidationError(problems)
    transition = check_transition(asset_facts(session, asset), target, request)
    before = {
        "status": asset.status,
        "assignee_id": asset.assignee_id,
        "location_id": asset.location_id,
    }
    asset.status = target.value
    if request.location_id:
        asset.location_id = request.location_id
    if request.assignee_id:
        asset.assignee_id = request.assignee_id
    elif transition.clears_assignee:
        asset.assignee_id = None
    asset.updated_at = utcnow()
    after = {
        "status": asset.status,
        "assignee_id": asset.assignee_id,
        "location_id": asset.location_id,
    }
    event_data: dict[str, Any] = {"action": transition.action}
    if request.note.strip():
        event_data["note"] = request.note.strip()
    if data:
        event_data.update(data)
    uow.event(
        "asset", asset.id, "status_changed", diff(before, after), asset_id=asset.id,
        data=event_data,
    )  # fmt: skip
    return transition


def get_asset(ctx: Context, asset_id: str) -> AssetDetail:
    with ctx.reading() as session:
        # One query for the asset and what it refers to.
        row = (
            session.execute(
                select(Asset, AssetModel, Location, Person)
                .outerjoin(AssetModel, AssetModel.id == Asset.model_id)
                .outerjoin(Location, Location.id == Asset.location_id)
                .outerjoin(Person, Person.id == Asset.assignee_id)
                .where(Asset.id == asset_id)
            )
            .tuples()
            .first()
        )
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.assets", "There is no asset with id {asset_id}."
                ).format(asset_id=asset_id)
            )
        asset, model, location, person = row
        return _detail(session, asset, (model, location, person))


def find_asset(ctx: Context, tag_or_serial: str) -> AssetDetail | None:
    """The asset with this tag, else the one asset with this serial number, else None."""
    text = tag_or_serial.strip()
    if not text:
        return None
    with ctx.reading() as session:
        asset = tag_owner(session, text)
        if asset is None:
            matches = session.scalars(select(Asset).where(Asset.serial == text).limit(2)).all()
            asset = matches[0] if len(matches) == 1 else None
        return _detail(session, asset) if asset else None


def _get_asset(session: Session, asset_id: str) -> Asset:
    asset = session.scalar(select(Asset).where(Asset.id == asset_id))
    if asset is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.assets", "There is no asset with id {asset_id}.").format(
                asset_id=asset_id
            )
        )
    return asset


def _drive_infos(session: Session, asset_id: str) -> list[DriveInfo]:
    """The drives of an asset (oldest first) with the outcome of their latest sanitization,
    in one query. A drive counts as sanitized when its latest record passed (a destruction
    included) and its verification did not fail (app.domain.sanitization.sanitized)."""
    latest = (
        select(
            Sanitization.drive_id,
            Sanitization.method,
            Sanitization.result,
            Sanitization.verification_result,
            Sanitization.performed_at,
            func.row_number()
            .over(
                partition_by=Sanitization.drive_id,
                order_by=(Sanitization.performed_at.desc(), Sanitization.id.desc()),
            )
            .label("rank"),
        )
        .join(Drive, Drive.id == Sanitization.drive_id)
        .where(Drive.asset_id == asset_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Drive.id, Drive.make, Drive.model, Drive.serial, Drive.kind, Drive.capacity_bytes,
            latest.c.method, latest.c.result, latest.c.verification_result, latest.c.performed_at,
        )
        .outerjoin(latest, (latest.c.drive_id == Drive.id) & (latest.c.rank == 1))
        .where(Drive.asset_id == asset_id)
        .order_by(Drive.created_at)
    ).tuples()  # fmt: skip
    out = []
    for drive_id, make, model, serial, kind, capacity, method, result, vresult, at in rows:
        if method is None:
            ok, text = False, ""
        elif not sanitized(method, result, vresult):
            why = "verification failed" if vresult == "failed" else method
            ok, text = False, f"FAILED ({why})"
        elif method == "destruct":
            ok, text = True, "destroyed"
        else:
            ok, text = True, f"passed ({method})"
        out.append(DriveInfo(drive_id, make, model, serial, kind, capacity, ok, text, last_at=at))
    return out


Refs = tuple[AssetModel | None, Location | None, Person | None]


def _detail(session: Session, asset: Asset, refs: Refs | None = None) -> AssetDetail:
    """What the asset panel shows. `refs`: its model, location and person if already read."""
    if refs is None:
        refs = (
            session.get(AssetModel, asset.model_id) if asset.model_id else None,
            session.get(Location, asset.location_id) if asset.location_id else None,
            session.get(Person, asset.assignee_id) if asset.assignee_id else None,
        )
    model, location, person = refs
    drives = _drive_infos(session, asset.id)
    facts = _facts(asset, model, drives)
    probe = TransitionRequest(assignee_id="?", location_id="?", note="?")
    actions = []
    for t in transitions_from(facts.status):
        blocked = ""
        try:
            check_transition(facts, t.target, probe)
        except TransitionRefused as exc:
            blocked = exc.message
        names = {g.__name__ for g in t.guards}
        actions.append(
            ActionInfo(
                t.target,
                t.action,
                blocked,
                needs_target="_needs_target" in names,
                needs_note="_note_required" in names,
            )
        )
    return AssetDetail(
        num=asset.num, id=asset.id, tag=asset.tag, name=asset.name, serial=asset.serial,
        status=Status(asset.status),
        model_id=asset.model_id, model=f"{model.manufacturer} {model.name}" if model else "",
        category=model.category if model else "", holds_storage=bool(model and model.holds_storage),
        location_id=asset.location_id, location=location.path if location else "",
        assignee_id=asset.assignee_id, assignee=person.name if person else "",
        purchase_date=asset.purchase_date, purchase_cost=asset.purchase_cost,
        supplier=asset.supplier, order_number=asset.order_number,
        warranty_end=asset.warranty_end, eol_date=asset.eol_date,
        next_audit=asset.next_audit, last_audit=asset.last_audit,
        notes=asset.notes, custom=dict(asset.custom or {}),
        created_at=asset.created_at, updated_at=asset.updated_at,
        drives=drives,
        actions=actions,
    )  # fmt: skip


# ------------------------------------------------------------------------------ history

FIELD_LABELS: dict[str, str] = {
    **{name: spec.label for name, spec in ASSET_FIELDS.items()},
    # drives and sanitizations (their events show in the asset's history)
    "kind": QT_TRANSLATE_NOOP("services.history", "Type"),
    "capacity_bytes": QT_TRANSLATE_NOOP("services.history", "Capacity"),
    "make": QT_TRANSLATE_NOOP("services.history", "Make"),
    "model": QT_TRANSLATE_NOOP("services.history", "Model"),
    "serial": QT_TRANSLATE_NOOP("services.history", "Serial number"),
    "method": QT_TRANSLATE_NOOP("services.history", "Method"),
    "technique": QT_TRANSLATE_NOOP("services.history", "Technique"),
    "result": QT_TRANSLATE_NOOP("services.history", "Result"),
    "performed_by": QT_TRANSLATE_NOOP("services.history", "Performed by"),
    "performed_at": QT_TRANSLATE_NOOP("services.history", "Performed at"),
    "started_at": QT_TRANSLATE_NOOP("services.history", "Started at"),
    "passes": QT_TRANSLATE_NOOP("services.history", "Passes"),
    "verification": QT_TRANSLATE_NOOP("services.history", "Verification"),
    "verification_result": QT_TRANSLATE_NOOP("services.history", "Verification result"),
    "destination": QT_TRANSLATE_NOOP("services.history", "Destination"),
    "backed_up": QT_TRANSLATE_NOOP("services.history", "Backed up"),
    "validator_name": QT_TRANSLATE_NOOP("services.history", "Validated by"),
    **{name: title for name, (title, _max) in SANITIZATION_TEXT_FIELDS.items()},
}
# sanitization fields whose values are choices (shown as the certificate words them)
SANITIZATION_CHOICES = frozenset(
    {"method", "technique", "result", "verification", "verification_result", "destination",
     "backed_up"}
)  # fmt: skip
DRIVE_KIND_LABELS = {
    "hdd": "HDD",
    "ssd": "SSD",
    "nvme": "NVMe",
    "flash": "Flash",
    "other": QT_TRANSLATE_NOOP("services.history", "Other"),
}
# The history's lines are Texts (app/domain/text.py): the window shows them in its language.
KIND_SUMMARY = {
    "created": QT_TRANSLATE_NOOP("services.history", "Created"),
    "updated": QT_TRANSLATE_NOOP("services.history", "Edited"),
    "deleted": QT_TRANSLATE_NOOP("services.history", "Deleted"),
    "imported": QT_TRANSLATE_NOOP("services.history", "Imported"),
}
ENTITY_SUMMARY = {  # (entity, kind): what the history says
    ("drive", "created"): QT_TRANSLATE_NOOP("services.history", "Drive created"),
    ("drive", "updated"): QT_TRANSLATE_NOOP("services.history", "Drive edited"),
    ("drive", "deleted"): QT_TRANSLATE_NOOP("services.history", "Drive deleted"),
    ("drive", "imported"): QT_TRANSLATE_NOOP("services.history", "Drive imported"),
    ("sanitization", "created"): QT_TRANSLATE_NOOP("services.history", "Sanitization created"),
    ("sanitization", "updated"): QT_TRANSLATE_NOOP("services.history", "Sanitization edited"),
    ("sanitization", "deleted"): QT_TRANSLATE_NOOP("services.history", "Sanitization deleted"),
    ("sanitization", "imported"): QT_TRANSLATE_NOOP("services.history", "Sanitization imported"),
    ("model", "created"): QT_TRANSLATE_NOOP("services.history", "Model created"),
    ("model", "updated"): QT_TRANSLATE_NOOP("services.history", "Model edited"),
    ("model", "deleted"): QT_TRANSLATE_NOOP("services.history", "Model deleted"),
    ("model", "imported"): QT_TRANSLATE_NOOP("services.history", "Model imported"),
    ("location", "created"): QT_TRANSLATE_NOOP("services.history", "Location created"),
    ("location", "updated"): QT_TRANSLATE_NOOP("services.history", "Location edited"),
    ("location", "deleted"): QT_TRANSLATE_NOOP("services.history", "Location deleted"),
    ("location", "imported"): QT_TRANSLATE_NOOP("services.history", "Location imported"),
    ("person", "created"): QT_TRANSLATE_NOOP("services.history", "Person created"),
    ("person", "updated"): QT_TRANSLATE_NOOP("services.history", "Person edited"),
    ("person", "deleted"): QT_TRANSLATE_NOOP("services.history", "Person deleted"),
    ("person", "imported"): QT_TRANSLATE_NOOP("services.history", "Person imported"),
}
ENTITY_NAMES = {"asset": "", "drive": "Drive", "sanitization": "Sanitization", "model": "Model",
                "location": "Location", "person": "Person"}  # fmt: skip


EMPTY = "—"
STATUS_TEXT: dict[str, str] = {s.value: s.label for s in Status}

# The history reads the journal with plain SQL on the session's connection and decodes the
# JSON and dates itself: with 1,000 events, SQLAlchemy's ORM loading and per-value type
# processing cost more than everything else in opening an asset (see bench_history.py).
# Tables and columns: app/store/tables.py.
HISTORY_SQL = (
    "SELECT id, recorded_at, actor, device_id, kind, entity, changes, data FROM events"
    " WHERE asset_id = ? ORDER BY hlc DESC, device_id DESC"
)
NAME_SQL = {
    "model_id": "SELECT id, manufacturer || ' ' || name FROM asset_models WHERE id IN",
    "location_id": "SELECT id, path FROM locations WHERE id IN",
    "assignee_id": "SELECT id, name FROM people WHERE id IN",
}
NAME_CHUNK = 500  # ids per name query, far below SQLite's limit of bound parameters


def asset_history(ctx: Context, asset_id: str, limit: int | None = None) -> list[HistoryEntry]:
    """Every event of an asset (and of its drives, label prints, ...), newest first."""
    with ctx.reading() as session:
        conn = session.connection()
        if limit:
            rows = conn.exec_driver_sql(f"{HISTORY_SQL} LIMIT ?", (asset_id, limit)).all()
        else:
            rows = conn.exec_driver_sql(HISTORY_SQL, (asset_id,)).all()
        # One json.loads over the texts of all rows: a call per value costs three times more.
        texts = ",".join([f"[{row[6] or 'null'},{row[7] or 'null'}]" for row in rows])
        decoded: list[list[Any]] = json.loads(f"[{texts}]")
        wanted: dict[str, set[str]] = {name: set() for name in REFS}
        for changes, _data in decoded:
            if changes:
                for name, ids in wanted.items():
                    pair = changes.get(name)
                    if pair:
                        ids.update(v for v in pair if v)
        names = _names_for(conn, wanted)
        devices = dict(conn.exec_driver_sql("SELECT id, name FROM devices").tuples().all())
        return fold_checklist_answers(_entries(rows, decoded, names, devices))


def _names_for(conn: Connection, wanted: Mapping[str, set[str]]) -> dict[str, str]:
    """Display names of the models, locations and people in `wanted`, by id."""
    names: dict[str, str] = {}
    parts: list[str] = []
    params: list[str] = []

    def flush() -> None:
        if parts:
            result = conn.exec_driver_sql(" UNION ALL ".join(parts), tuple(params))
            names.update(result.tuples().all())
            parts.clear()
            params.clear()

    for field, ids in wanted.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), NAME_CHUNK):
            chunk = ordered[start : start + NAME_CHUNK]
            if len(params) + len(chunk) > NAME_CHUNK:
                flush()
            parts.append(f"{NAME_SQL[field]} ({','.join('?' * len(chunk))})")
            params.extend(chunk)
    flush()
    return names


def _show(name: str, value: Any, names: Mapping[str, str]) -> str:
    if value is None or value in ("", {}):
        return EMPTY
    if name in REFS:
        shown = names.get(str(value))
        return (
            QT_TRANSLATE_NOOP("services.history", "(deleted: {id})").format(id=str(value)[:8])
            if shown is None
            else shown
        )
    if name == "status":
        return STATUS_TEXT.get(value, str(value)) if isinstance(value, str) else str(value)
    if isinstance(value, str):
        if name in SANITIZATION_CHOICES:
            return sanitization_label(value)
        return DRIVE_KIND_LABELS.get(value, value) if name == "kind" else value
    if name == "purchase_cost" and isinstance(value, int):
        return format_money(value)
    if name == "capacity_bytes" and isinstance(value, int):
        return format_bytes(value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, bool):
        return (
            QT_TRANSLATE_NOOP("services.history", "yes")
            if value
            else QT_TRANSLATE_NOOP("services.history", "no")
        )
    return str(value)


def _recorded(value: Any) -> dt.datetime:
    """`Event.recorded_at` as SQLAlchemy stores it in SQLite: "2024-05-01 09:30:00.000000"."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _entries(
    rows: Sequence[Any],
    decoded: Sequence[list[Any]],
    names: Mapping[str, str],
    devices: Mapping[str, str],
) -> list[HistoryEntry]:
    labels: dict[str, str] = {}
    summaries: dict[tuple[str, str], str] = {}
    out: list[HistoryEntry] = []
    for (eid, at, actor, device_id, kind, entity, _c, _d), (stored, stored_data) in zip(
        rows, decoded, strict=True
    ):
        changes: dict[str, Any] = stored or {}
        data: dict[str, Any] = stored_data or {}
        if kind in CHECKLIST_KINDS:
            _checklist_entry(out, (eid, at, actor, device_id, kind, entity), data, devices)
            continue
        field_changes = []
        for field, pair in changes.items():
            label = labels.get(field)
            if label is None:
                label = labels[field] = FIELD_LABELS.get(
                    field, field.replace("_", " ").capitalize()
                )
            old, new = _show(field, pair[0], names), _show(field, pair[1], names)
            field_changes.append(FieldChange(field, label, old, new))
        summary: str
        if kind == "status_changed" and "status" in changes:
            old, new = changes["status"]
            verb = str(data.get("action") or "Status")
            action = Text(verb, "Action", verb)  # the verbs of app/ui/lifecycle_text.py
            summary = QT_TRANSLATE_NOOP("services.history", "{action}: {old} → {new}").format(
                action=action, old=_show("status", old, names), new=_show("status", new, names)
            )
        elif kind in LABEL_SUMMARIES:
            summary = LABEL_SUMMARIES[kind](data)
        else:
            # an event that says it itself (imported history, ...) stays as it was written
            summary = text_from_data(data.get("summary_text"), str(data.get("summary") or ""))
            if not summary:
                key = (kind, entity)
                summary = summaries.get(key) or summaries.setdefault(key, _summary(kind, entity))
            if data.get("source"):
                summary = _with_source(summary, data["source"])
        device = devices.get(device_id)
        out.append(
            HistoryEntry(
                eid,
                _recorded(at),
                actor,
                device_id[:8] if device is None else device,
                kind,
                entity,
                summary,
                field_changes,
                str(data.get("note", "")),
            )
        )
    return out


def _label_printed(data: Mapping[str, Any]) -> str:
    """The summary of a print: Label printed on avery-5160 → labels.pdf ("2 labels printed"
    for copies; the tags for fresh tags that no asset has yet)."""
    output = str(data.get("output") or "")
    if output.lower().endswith((".pdf", ".zpl")):
        output = output.replace("\\", "/").rsplit("/", 1)[-1]  # the file, not its folder
    copies = data.get("copies")
    tags = data.get("tags")
    if isinstance(tags, list) and tags:
        span = f"{tags[0]} … {tags[-1]}" if len(tags) > 1 else str(tags[0])
        what = QT_TRANSLATE_NOOP(
            "services.history", "Labels printed for new tags {span} ({count})"
        ).format(span=span, count=len(tags))
    elif copies:
        what = QT_TRANSLATE_NOOP("services.history", "{copies} labels printed").format(
            copies=copies
        )
    else:
        what = QT_TRANSLATE_NOOP("services.history", "Label printed")
    stock = data.get("stock")
    if stock:
        what = QT_TRANSLATE_NOOP("services.history", "{what} on {stock}").format(
            what=what, stock=stock
        )
    return (
        QT_TRANSLATE_NOOP("services.history", "{what} → {output}").format(what=what, output=output)
        if output
        else what
    )


def _tags_issued(data: Mapping[str, Any]) -> str:
    """The summary of a block of new tags: Tags issued: IT-7K3M00001 … IT-7K3M00050 (50)."""
    prefix, code = str(data.get("prefix", "")), str(data.get("code", ""))
    first, last, count = data.get("first"), data.get("last"), data.get("count")
    if not isinstance(first, int) or not isinstance(last, int):
        return QT_TRANSLATE_NOOP("services.history", "Tags issued")
    span = f"{prefix}{code}{first:05d}"
    if last != first:
        span += f" … {prefix}{code}{last:05d}"
    if count:
        return QT_TRANSLATE_NOOP("services.history", "Tags issued: {span} ({count})").format(
            span=span, count=count
        )
    return QT_TRANSLATE_NOOP("services.history", "Tags issued: {span}").format(span=span)


# Events of the labels feature (app/services/labels.py): their summaries say what was printed.
LABEL_SUMMARIES = {"label_printed": _label_printed, "tags_issued": _tags_issued}


def _counted(data: Mapping[str, Any]) -> str:
    """The summary of closing a count, per asset: Counted in Berlin HQ > 2.14: found."""
    if data.get("summary"):  # an event that says it itself (imported history, ...)
        source = data.get("source")
        return _with_source(str(data["summary"]), source) if source else str(data["summary"])
    result = data.get("result")
    if result == "unexpected":
        what = (
            QT_TRANSLATE_NOOP("services.history", "found here, recorded elsewhere: moved here")
            if data.get("moved")
            else QT_TRANSLATE_NOOP("services.history", "found here, recorded elsewhere")
        )
    elif result == "missing":
        what = QT_TRANSLATE_NOOP("services.history", "not found")
    else:
        what = QT_TRANSLATE_NOOP("services.history", "found")
    if not data.get("location"):
        return QT_TRANSLATE_NOOP("services.history", "Counted in a count: {what}").format(what=what)
    return QT_TRANSLATE_NOOP("services.history", "Counted in {where}: {what}").format(
        where=str(data["location"]), what=what
    )


def _count_scan(data: Mapping[str, Any]) -> str:
    """The summary of one scan in a count: Scanned in the count of Berlin HQ > 2.14."""
    where = data.get("location")
    if where:
        return QT_TRANSLATE_NOOP("services.history", "Scanned in the count of {where}").format(
            where=where
        )
    return QT_TRANSLATE_NOOP("services.history", "Scanned in a count")


# Events of inventory counts (app/services/counts.py).
COUNT_SUMMARIES = {"counted": _counted, "count_scan": _count_scan}
LABEL_SUMMARIES.update(COUNT_SUMMARIES)


def _with_source(summary: str, source: object) -> str:
    return QT_TRANSLATE_NOOP("services.history", "{summary} ({source})").format(
        summary=summary, source=source
    )


def _checklist_name(data: Mapping[str, Any]) -> str:
    version, template = data.get("version"), data.get("template", "?")
    if version:
        return QT_TRANSLATE_NOOP("services.history", "Checklist '{template}' v{version}").format(
            template=template, version=version
        )
    return QT_TRANSLATE_NOOP("services.history", "Checklist '{template}'").format(template=template)


def _checklist_entry(
    out: list[HistoryEntry],
    event: tuple[str, Any, str, str, str, str],
    data: Mapping[str, Any],
    devices: Mapping[str, str],
) -> None:
    """A checklist event as a history line (app/services/checklists.py). The answers of a
    run given one after another fold into one line ("Checklist 'Deploy a laptop' v3:
    12 answers") with one child line per answer, newest first."""
    eid, at, actor, device_id, kind, entity = event
    device = devices.get(device_id)
    shown_device = device_id[:8] if device is None else device
    name = _checklist_name(data)
    note = ""
    changes: list[FieldChange] = []
    if kind == "checklist_answered":
        answer = str(data.get("answer") or "")
        if data.get("note"):
            answer = QT_TRANSLATE_NOOP("services.history", "{answer} (note: {note})").format(
                answer=answer, note=data["note"]
            )
        step = str(data.get("step", "Step"))
        line = FieldChange(str(data.get("run") or ""), step, EMPTY, answer)
        out.append(
            HistoryEntry(
                eid,
                _recorded(at),
                actor,
                shown_device,
                kind,
                entity,
                QT_TRANSLATE_NOOP("services.history", "{name}: {step} answered").format(
                    name=name, step=step
                ),
                [line],
            )
        )
        return
    summary: str
    if kind == "checklist_started":
        summary = QT_TRANSLATE_NOOP("services.history", "{name} started").format(name=name)
    elif kind == "checklist_completed":
        target = data.get("transition")
        if target:
            summary = QT_TRANSLATE_NOOP("services.history", "{name} completed (→ {state})").format(
                name=name, state=_show("status", target, {})
            )
        else:
            summary = QT_TRANSLATE_NOOP("services.history", "{name} completed").format(name=name)
        if data.get("steps"):
            steps = QT_TRANSLATE_NOOP("services.history", "{answered} of {steps} steps").format(
                answered=data.get("answered"), steps=data.get("steps")
            )
            changes.append(
                FieldChange(
                    "answered", QT_TRANSLATE_NOOP("services.history", "Answered"), EMPTY, steps
                )
            )
    elif kind == "checklist_abandoned":
        summary = QT_TRANSLATE_NOOP("services.history", "{name} abandoned: {reason}").format(
            name=name, reason=data.get("reason", "")
        )
    else:
        summary = f"{name}: {kind.replace('_', ' ')}"
    out.append(
        HistoryEntry(eid, _recorded(at), actor, shown_device, kind, entity, summary, changes, note)
    )


def fold_checklist_answers(entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """The answers of one checklist run given one after another (newest first) as one
    entry ("Checklist 'Deploy a laptop' v3: 12 answers") with a child line per answer."""
    out: list[HistoryEntry] = []
    for e in entries:
        last = out[-1] if out else None
        if (
            e.kind == "checklist_answered"
            and last is not None
            and last.kind == "checklist_answered"
            and e.changes
            and last.changes
            and e.changes[0].field == last.changes[0].field  # the same run
        ):
            last.changes.extend(e.changes)
            first = last.summary
            if isinstance(first, Text) and first.args and "name" in first.args:
                name = first.args["name"]
            else:
                name = first.rsplit(": ", 1)[0]
            out[-1] = replace(
                last,
                summary=QT_TRANSLATE_NOOP("services.history", "{name}: {count} answers").format(
                    name=name, count=len(last.changes)
                ),
            )
            continue
        if e.kind == "checklist_answered":
            e = replace(e, changes=list(e.changes))  # noqa: PLW2901  (a copy to extend)
        out.append(e)
    return out


CHECKLIST_KINDS = frozenset(
    {"checklist_started", "checklist_answered", "checklist_completed", "checklist_abandoned"}
)


def _summary(kind: str, entity: str) -> str:
    known = ENTITY_SUMMARY.get((entity, kind))
    if known is not None:
        return known
    summary = KIND_SUMMARY.get(kind, kind.replace("_", " ").capitalize())
    prefix = ENTITY_NAMES.get(entity, entity.capitalize())
    return f"{prefix} {summary.lower()}" if prefix else summary


def asset_count(ctx: Context) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(Asset)) or 0


__all__ = [
    "asset_count", "asset_facts", "asset_history", "create_asset", "find_asset", "get_asset",
    "record_created", "transition_asset", "transition_within", "update_asset",
]  # fmt: skip

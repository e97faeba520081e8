"""Checklist runs: start one on an asset, answer its steps (each answer one durable
transaction), complete it (with the template's lifecycle transition in the same
transaction) or abandon it, list runs, and write a run's PDF report.

A run keeps the template it started with (`ChecklistRun.template`, the parsed definition,
and the SHA-256 of the file's text), so later changes of the file never change it. Every
answer is journalled (`checklist_answered`) and shows, folded under one line per run, in
the asset's history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.checklists import (
    AnswerContext,
    Progress,
    Step,
    Template,
    answer_text,
    check_answer,
    progress,
    visible_steps,
)
from app.domain.errors import FieldtagError, NotFound, TransitionRefused, ValidationError
from app.domain.ids import new_id
from app.domain.lifecycle import STATUS_WORDS, Status, TransitionRequest
from app.domain.tags import TagConfig
from app.domain.text import OR, QT_TRANSLATE_NOOP, joined
from app.domain.values import ValueProblem, clean_text
from app.services.assets import transition_within
from app.services.context import Context
from app.store.journal import UnitOfWork
from app.store.tables import (
    Asset,
    AssetModel,
    Attachment,
    ChecklistAnswer,
    ChecklistRun,
    Device,
    Drive,
    Location,
    Person,
    Sanitization,
    utcnow,
)

ENTITY = "checklist_run"
MAX_PHOTO_SIDE = 2560  # larger photos are scaled down to this and stored as JPEG
MAX_PHOTO_BYTES = 6_000_000  # larger files are re-encoded as JPEG
MAX_UPLOAD_BYTES = 60_000_000
JPEG_QUALITY = 88


# ------------------------------------------------------------------------- values out


@dataclass(frozen=True)
class RunInfo:
    id: str
    asset_id: str
    asset_tag: str
    asset_name: str
    template_key: str
    template_version: int
    template_title: str
    kind: str
    status: str  # in_progress | completed | abandoned
    started_by: str
    started_at: dt.datetime  # UTC
    finished_by: str | None
    finished_at: dt.datetime | None
    abandon_reason: str
    transition: str | None
    answered: int
    visible: int
    required_left: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class AnswerInfo:
    step_id: str
    value: Any
    note: str
    answered_by: str
    answered_at: dt.datetime
    device: str
    text: str


@dataclass(frozen=True)
class DriveState:
    id: str
    serial: str
    description: str  # "Samsung PM9A1 (NVMe, 512 GB)"
    state: str  # "passed (purge)", "destroyed", "FAILED (clear)", "not sanitized"
    sanitized: bool
    record_id: str | None  # the passed sanitization record


@dataclass(frozen=True)
class RunAsset:
    id: str
    tag: str
    name: str
    serial: str
    model: str
    category: str
    status: Status
    location: str
    assignee: str
    holds_storage: bool


@dataclass(frozen=True)
class RunState:
    info: RunInfo
    template: Template
    asset: RunAsset
    answers: dict[str, AnswerInfo]
    drives: list[DriveState]
    progress: Progress
    location: str  # where the asset was when the run started
    devices: dict[str, str] = field(default_factory=dict)  # device id -> name
    resumed: bool = False  # start_run found this run in progress and returned it

    def values(self) -> dict[str, Any]:
        return {k: a.value for k, a in self.answers.items()}


@dataclass(frozen=True)
class AnswerSaved:
    """An answer as committed to disk."""

    run_id: str
    answer: AnswerInfo
    progress: Progress


@dataclass(frozen=True)
class Completion:
    info: RunInfo
    asset_tag: str
    transition: str | None  # the state the asset moved to
    message: str  # what happened, in words


# ---------------------------------------------------------------------------- helpers

_templates: dict[str, Template] = {}


def run_template(run: ChecklistRun) -> Template:
    """The run's snapshot as a Template (rebuilt once per template text and process: runs
    of the same template file share it)."""
    key = run.template_sha256 or run.id
    template = _templates.get(key)
    if template is None:
        if len(_templates) > 200:
            _templates.clear()
        template = _templates[key] = Template.from_json(run.template, run.template_sha256)
    return template


def _get_run(session: Session, run_id: str) -> ChecklistRun:
    run = session.get(ChecklistRun, run_id)
    if run is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.checklists", "There is no checklist run {run_id}.").format(
                run_id=run_id
            )
        )
    return run


def _device_name(session: Session, device_id: str | None) -> str:
    if not device_id:
        return ""
    device = session.get(Device, device_id)
    return device.name if device is not None else device_id[:8]


def _local(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _require_open(session: Session, run: ChecklistRun) -> None:
    if run.status == "in_progress":
        return
    when = _local(run.finished_at) if run.finished_at else "earlier"
    where = _device_name(session, run.finished_device_id)
    ended = (
        QT_TRANSLATE_NOOP(
            "services.checklists",
            "this run was completed by {finished_by} on {where} at {when}; nothing more "
            "can be recorded in it (start a new run if needed)",
        )
        if run.status == "completed"
        else QT_TRANSLATE_NOOP(
            "services.checklists",
            "this run was abandoned by {finished_by} on {where} at {when}; nothing more "
            "can be recorded in it (start a new run if needed)",
        )
    )
    raise ValidationError.single(
        QT_TRANSLATE_NOOP("services.checklists", "Checklist"),
        ended.format(finished_by=run.finished_by, where=where, when=when),
    )


def _answers(session: Session, run_id: str) -> list[ChecklistAnswer]:
    return list(session.scalars(select(ChecklistAnswer).where(ChecklistAnswer.run_id == run_id)))


def _answer_info(step: Step | None, row: ChecklistAnswer, devices: Mapping[str, str]) -> AnswerInfo:
    return AnswerInfo(
        row.step_id, row.value, row.note, row.answered_by, row.answered_at,
        devices.get(row.device_id, row.device_id[:8]),
        answer_text(step, row.value) if step is not None else str(row.value),
    )  # fmt: skip


def _run_asset(session: Session, asset: Asset) -> RunAsset:
    model = session.get(AssetModel, asset.model_id) if asset.model_id else None
    location = session.get(Location, asset.location_id) if asset.location_id else None
    person = session.get(Person, asset.assignee_id) if asset.assignee_id else None
    return RunAsset(
        asset.id, asset.tag, asset.name, asset.serial,
        f"{model.manufacturer} {model.name}" if model else "",
        model.category if model else "", Status(asset.status),
        location.path if location else "", person.name if person else "",
        bool(model and model.holds_storage),
    )  # fmt: skip


def drive_states(session: Session, asset_id: str) -> list[DriveState]:
    """The asset's drives with their latest sanitization, and the passed record's id.
    A drive counts as sanitized when its latest record has result 'passed' (a destruction
    with a passed result included): the data contract with the sanitization records."""
    drives = list(
        session.scalars(select(Drive).where(Drive.asset_id == asset_id).order_by(Drive.created_at))
    )
    out = []
    for drive in drives:
        latest = session.scalar(
            select(Sanitization)
            .where(Sanitization.drive_id == drive.id)
            .order_by(Sanitization.performed_at.desc(), Sanitization.id.desc())
            .limit(1)
        )
        parts = [p for p in (drive.make, drive.model) if p]
        extra = [drive.kind.upper() if drive.kind != "other" else ""]
        if drive.capacity_bytes:
            from app.domain.values import format_bytes

            extra.append(format_bytes(drive.capacity_bytes))
        detail = ", ".join(e for e in extra if e)
        desc = " ".join(parts) + (f" ({detail})" if detail else "")
        state: str
        if latest is None:
            state, ok, rid = QT_TRANSLATE_NOOP("services.checklists", "not sanitized"), False, None
        elif latest.result == "passed":
            ok, rid = True, latest.id
            state = (
                QT_TRANSLATE_NOOP("services.checklists", "destroyed")
                if latest.method == "destruct"
                else QT_TRANSLATE_NOOP("services.checklists", "passed ({method})").format(
                    method=latest.method
                )
            )
        else:
            state = QT_TRANSLATE_NOOP("services.checklists", "FAILED ({method})").format(
                method=latest.method
            )
            ok, rid = False, None
        out.append(DriveState(drive.id, drive.serial, desc.strip(), state, ok, rid))
    return out


def _info(session: Session, run: ChecklistRun, asset: Asset | None = None,
          answers: Sequence[ChecklistAnswer] | None = None) -> RunInfo:  # fmt: skip
    asset = asset or session.scalar(select(Asset).where(Asset.id == run.asset_id))
    if answers is None:
        answers = _answers(session, run.id)
    values = {a.step_id: a.value for a in answers}
    prog = progress(run_template(run), values)
    return RunInfo(
        run.id, run.asset_id, asset.tag if asset else "?", asset.name if asset else "",
        run.template_key, run.template_version, run.template_title, run.kind, run.status,
        run.started_by, run.started_at, run.finished_by, run.finished_at, run.abandon_reason,
        run.transition, prog.answered, prog.visible, len(prog.required_left), run.updated_at,
    )  # fmt: skip


def _state(session: Session, run: ChecklistRun, *, resumed: bool = False) -> RunState:
    asset = session.scalar(select(Asset).where(Asset.id == run.asset_id))
    if asset is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.checklists", "The asset of checklist run {id} no longer exists."
            ).format(id=run.id)
        )
    template = run_template(run)
    rows = _answers(session, run.id)
    devices = dict(session.execute(select(Device.id, Device.name)).tuples().all())
    answers = {}
    for row in rows:
        step = template.step(row.step_id) if template.has_step(row.step_id) else None
        answers[row.step_id] = _answer_info(step, row, devices)
    location = session.get(Location, run.location_id) if run.location_id else None
    return RunState(
        info=_info(session, run, asset, rows),
        template=template,
        asset=_run_asset(session, asset),
        answers=answers,
        drives=drive_states(session, asset.id),
        progress=progress(template, {k: a.value for k, a in answers.items()}),
        location=location.path if location else "",
        devices=devices,
        resumed=resumed,
    )


def _summary_data(run: ChecklistRun) -> dict[str, Any]:
    return {"run": run.id, "template": run.template_title, "version": run.template_version,
            "key": run.template_key}  # fmt: skip


# --------------------------------------------------------------------------- use cases


def start_run(ctx: Context, asset_id: str, template: Template) -> RunState:
    """Start `template` on the asset; if a run of the same template is already in progress
    on it, that run is returned instead (`resumed` set)."""
    with ctx.unit_of_work() as uow:
        session = uow.session
        asset = session.scalar(select(Asset).where(Asset.id == asset_id))
        if asset is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.checklists", "There is no asset with id {asset_id}."
                ).format(asset_id=asset_id)
            )
        existing = session.scalar(
            select(ChecklistRun).where(
                ChecklistRun.asset_id == asset_id,
                ChecklistRun.template_key == template.key,
                ChecklistRun.status == "in_progress",
            )
        )
        if existing is not None:
            return _state(session, existing, resumed=True)
        if asset.status == Status.DISPOSED.value:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("services.checklists", "Asset"),
                QT_TRANSLATE_NOOP(
                    "services.checklists",
                    "{tag} is disposed: its record stays as history, no checklist can be run on it",
                ).format(tag=asset.tag),
            )
        now = utcnow()
        run = ChecklistRun(
            id=new_id(), asset_id=asset.id, template_key=template.key,
            template_version=template.version, template_title=template.title,
            kind=template.kind, template=template.to_json(), template_sha256=template.sha256,
            status="in_progress", started_by=ctx.actor, started_at=now,
            device_id=ctx.store.device_id, location_id=asset.location_id, abandon_reason="",
            updated_at=now,
        )  # fmt: skip
        session.add(run)
        changes: dict[str, list[Any]] = {
            "template": [None, template.key],
            "version": [None, template.version],
            "status": [None, "in_progress"],
        }
        uow.event(ENTITY, run.id, "checklist_started", changes, asset_id=asset.id,
                  data={**_summary_data(run), "sha256": template.sha256,
                        "definition": run.template, "kind": run.kind,
                        "location_id": run.location_id,
                        "started_at": now.isoformat()})  # fmt: skip
        uow.commit()
        return _state(session, run)


def get_run(ctx: Context, run_id: str) -> RunState:
    with ctx.reading() as session:
        return _state(session, _get_run(session, run_id))


def _save(
    uow: UnitOfWork, run: ChecklistRun, step: Step, value: Any, *, note: str, text: str
) -> AnswerSaved:
    """Write one answer (replacing an earlier one) and its journal event; commit."""
    session = uow.session
    now = utcnow()
    row = session.get(ChecklistAnswer, (run.id, step.id))
    old = row.value if row is not None else None
    old_note = row.note if row is not None else ""
    if row is None:
        row = ChecklistAnswer(run_id=run.id, step_id=step.id)
        session.add(row)
    row.value = value
    row.note = note
    row.answered_by = uow.actor
    row.answered_at = now
    row.device_id = uow.store.device_id
    run.updated_at = now
    changes: dict[str, list[Any]] = {step.id: [old, value]}
    if note != old_note:
        changes["note"] = [old_note or None, note or None]
    data = {
        **_summary_data(run),
        "step": step.title,
        "answer": text,
        "step_id": step.id,
        "answered_at": now.isoformat(),
    }
    if note:
        data["note"] = note
    uow.event(ENTITY, run.id, "checklist_answered", changes, asset_id=run.asset_id, data=data)
    session.flush()
    values = {
        a.step_id: a.value
        for a in session.scalars(select(ChecklistAnswer).where(ChecklistAnswer.run_id == run.id))
    }
    prog = progress(run_template(run), values)
    uow.commit()
    info = AnswerInfo(step.id, value, note, uow.actor, now, uow.device.name, text)
    return AnswerSaved(run.id, info, prog)


def _open_step(uow: UnitOfWork, run_id: str, step_id: str) -> tuple[ChecklistRun, Step, Asset]:
    session = uow.session
    run = _get_run(session, run_id)
    _require_open(session, run)
    template = run_template(run)
    step = template.step(step_id)
    values = {
        a.step_id: a.value
        for a in session.scalars(select(ChecklistAnswer).where(ChecklistAnswer.run_id == run.id))
    }
    if step not in visible_steps(template, values):
        cond = step.when
        hidden = QT_TRANSLATE_NOOP("services.checklists", "this step is hidden: nothing recorded")
        if cond is not None:
            hidden = QT_TRANSLATE_NOOP(
                "services.checklists",
                "this step is hidden (it is shown only when '{step}' is {values}): nothing "
                "recorded",
            ).format(
                step=template.step(cond.step).title,
                values=joined((str(v) for v in cond.values), OR),
            )
        raise ValidationError.single(step.title, hidden)
    asset = session.scalar(select(Asset).where(Asset.id == run.asset_id))
    if asset is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.checklists", "The asset of checklist run {id} no longer exists."
            ).format(id=run.id)
        )
    return run, step, asset


def record_answer(
    ctx: Context,
    run_id: str,
    step_id: str,
    value: Any,
    note: str = "",
    *,
    tag_config: TagConfig | None = None,
) -> AnswerSaved:
    """Record (or replace) the answer to one step; returns once it is committed to disk.
    Bad input raises ValidationError and records nothing. Photos and signatures go through
    `record_photo` / `record_signature`; a sanitization step through `link_sanitization`."""
    with ctx.unit_of_work() as uow:
        run, step, asset = _open_step(uow, run_id, step_id)
        if step.type in ("photo", "signature", "sanitization"):
            how = {"photo": "record_photo", "signature": "record_signature",
                   "sanitization": "link_sanitization"}[step.type]  # fmt: skip
            raise ValidationError.single(
                step.title,
                QT_TRANSLATE_NOOP(
                    "services.checklists", "a {type} step is answered by {how}"
                ).format(type=step.type, how=how),
            )
        if step.type == "person" and isinstance(value, dict) and value.get("id"):
            person = uow.session.get(Person, str(value["id"]))
            if person is None:
                raise ValidationError.single(
                    step.title,
                    QT_TRANSLATE_NOOP("services.checklists", "that person no longer exists"),
                )
            value = {"id": person.id, "name": person.name}
        clean, note = check_answer(
            step, value, note, AnswerContext(asset.tag, tag_config or TagConfig())
        )
        return _save(uow, run, step, clean, note=note, text=answer_text(step, clean))


def _store_attachment(
    session: Session, data: bytes, mime: str, width: int | None, height: int | None
) -> str:
    sha = hashlib.sha256(data).hexdigest()
    if session.get(Attachment, sha) is None:
        session.add(Attachment(sha256=sha, mime=mime, size=len(data), width=width,
                               height=height, data=data))  # fmt: skip
    return sha


def prepare_photo(data: bytes) -> tuple[bytes, str, int, int]:
    """Check that `data` is an image and return what is stored: (bytes, mime, width,
    height). JPEG and PNG files up to 2560 px and 6 MB are kept as they are; anything
    larger, or in another format (BMP, WebP, TIFF, ...), is scaled to at most 2560 px on
    its longer side and stored as JPEG (quality 88). Raises ValidationError if it is no
    image."""
    import cv2
    import numpy as np

    if not data:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Photo"),
            QT_TRANSLATE_NOOP("services.checklists", "the file is empty"),
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Photo"),
            QT_TRANSLATE_NOOP(
                "services.checklists", "the file is {n_data} MB; at most 60 MB can be attached"
            ).format(n_data=len(data) >> 20),
        )
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Photo"),
            QT_TRANSLATE_NOOP(
                "services.checklists",
                "the file is not an image (JPEG, PNG, BMP, WebP or TIFF) or is damaged",
            ),
        )
    h, w = image.shape[:2]
    is_jpeg = data[:3] == b"\xff\xd8\xff"
    is_png = data[:8] == b"\x89PNG\r\n\x1a\n"
    if (is_jpeg or is_png) and max(w, h) <= MAX_PHOTO_SIDE and len(data) <= MAX_PHOTO_BYTES:
        return data, "image/jpeg" if is_jpeg else "image/png", int(w), int(h)
    scale = min(1.0, MAX_PHOTO_SIDE / max(w, h))
    if scale < 1.0:
        w, h = max(1, round(w * scale)), max(1, round(h * scale))
        image = cv2.resize(image, (w, h), interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Photo"),
            QT_TRANSLATE_NOOP("services.checklists", "the image could not be stored as JPEG"),
        )
    return encoded.tobytes(), "image/jpeg", int(w), int(h)


def record_photo(
    ctx: Context,
    run_id: str,
    step_id: str,
    data: bytes,
    *,
    source: str = "file",
    name: str = "",
    note: str = "",
) -> AnswerSaved:
    """Attach a photo to a photo step (see `prepare_photo`); the answer records the stored
    bytes' SHA-256. A file that is not an image is refused and nothing is recorded."""
    stored, mime, width, height = prepare_photo(data)
    with ctx.unit_of_work() as uow:
        run, step, _asset = _open_step(uow, run_id, step_id)
        if step.type != "photo":
            raise ValidationError.single(
                step.title, QT_TRANSLATE_NOOP("services.checklists", "is not a photo step")
            )
        sha = _store_attachment(uow.session, stored, mime, width, height)
        value = {"sha256": sha, "mime": mime, "width": width, "height": height,
                 "source": source if source in ("camera", "file") else "file",
                 "name": Path(name).name[:200] if name else ""}  # fmt: skip
        clean, note = check_answer(step, value, note, AnswerContext(""))
        return _save(uow, run, step, clean, note=note, text=answer_text(step, clean))


def record_signature(
    ctx: Context,
    run_id: str,
    step_id: str,
    png: bytes,
    strokes: Sequence[Sequence[Sequence[float]]],
    *,
    signer: str = "",
    note: str = "",
) -> AnswerSaved:
    """Record a drawn signature: its strokes (points) and the PNG drawn from them. An empty
    signature (no stroke of two points or more) is refused."""
    clean_strokes = [
        [[round(float(p[0]), 1), round(float(p[1]), 1)] for p in stroke if len(p) >= 2]
        for stroke in strokes
    ]
    clean_strokes = [s for s in clean_strokes if len(s) >= 2]
    if not clean_strokes:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Signature"),
            QT_TRANSLATE_NOOP(
                "services.checklists", "the signature is empty: sign in the box first"
            ),
        )
    stored, mime, width, height = prepare_photo(png)
    try:
        signer = clean_text(signer, max_len=200)
    except ValueProblem as exc:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Signed by"), str(exc)
        ) from None
    with ctx.unit_of_work() as uow:
        run, step, _asset = _open_step(uow, run_id, step_id)
        if step.type != "signature":
            raise ValidationError.single(
                step.title, QT_TRANSLATE_NOOP("services.checklists", "is not a signature step")
            )
        sha = _store_attachment(uow.session, stored, mime, width, height)
        value = {"sha256": sha, "width": width, "height": height, "strokes": clean_strokes,
                 "signer": signer}  # fmt: skip
        clean, note = check_answer(step, value, note, AnswerContext(""))
        return _save(uow, run, step, clean, note=note, text=answer_text(step, clean))


def link_sanitization(ctx: Context, run_id: str, step_id: str, note: str = "") -> AnswerSaved:
    """Answer a sanitization step with the records of every drive of the asset. Refused,
    listing the drives, unless every drive has a passed sanitization (or destruction)."""
    with ctx.unit_of_work() as uow:
        run, step, asset = _open_step(uow, run_id, step_id)
        if step.type != "sanitization":
            raise ValidationError.single(
                step.title, QT_TRANSLATE_NOOP("services.checklists", "is not a sanitization step")
            )
        session = uow.session
        drives = drive_states(session, asset.id)
        model = session.get(AssetModel, asset.model_id) if asset.model_id else None
        if not drives and model is not None and model.holds_storage:
            raise ValidationError.single(
                step.title,
                QT_TRANSLATE_NOOP(
                    "services.checklists",
                    "{tag} holds storage media but no drive is recorded: record its drives "
                    "and their sanitization on the Drives tab first",
                ).format(tag=asset.tag),
            )
        pending = [d for d in drives if not d.sanitized]
        if pending:
            listed = "; ".join(f"{d.serial or '(no serial)'}: {d.state}" for d in pending)
            raise ValidationError.single(
                step.title,
                QT_TRANSLATE_NOOP(
                    "services.checklists",
                    "{n_pending} of {n_drives} drives not sanitized ({listed}): wipe or "
                    "destroy them and record the result first",
                ).format(n_pending=len(pending), n_drives=len(drives), listed=listed),
            )
        value = {
            "records": [d.record_id for d in drives],
            "drives": [{"id": d.id, "serial": d.serial, "state": d.state} for d in drives],
        }
        clean, note = check_answer(step, value, note, AnswerContext(asset.tag))
        return _save(uow, run, step, clean, note=note, text=answer_text(step, clean))


def clear_answer(ctx: Context, run_id: str, step_id: str) -> Progress:
    """Remove the answer to an optional step (a required one is replaced, not cleared)."""
    with ctx.unit_of_work() as uow:
        run, step, _asset = _open_step(uow, run_id, step_id)
        row = uow.session.get(ChecklistAnswer, (run.id, step.id))
        if row is not None:
            data = {
                **_summary_data(run),
                "step": step.title,
                "answer": "(cleared)",
                "step_id": step.id,
            }
            uow.event(ENTITY, run.id, "checklist_answered", {step.id: [row.value, None]},
                      asset_id=run.asset_id, data=data)  # fmt: skip
            uow.session.delete(row)
            run.updated_at = utcnow()
        uow.session.flush()
        values = {a.step_id: a.value for a in _answers(uow.session, run.id)}
        prog = progress(run_template(run), values)
        uow.commit()
        return prog


def complete_run(ctx: Context, run_id: str) -> Completion:
    """Complete a run whose required steps are all answered: journal it and perform the
    template's transition in the same transaction. If the lifecycle refuses the
    transition, nothing changes and TransitionRefused says why."""
    with ctx.unit_of_work() as uow:
        session = uow.session
        run = _get_run(session, run_id)
        _require_open(session, run)
        template = run_template(run)
        values = {a.step_id: a.value for a in _answers(session, run.id)}
        prog = progress(template, values)
        if prog.required_left:
            titles = [template.step(s).title for s in prog.required_left]
            shown: str = "; ".join(titles[:5])
            if len(titles) > 5:
                shown = QT_TRANSLATE_NOOP("services.checklists", "{shown}; and {more} more").format(
                    shown=shown, more=len(titles) - 5
                )
            left = (
                QT_TRANSLATE_NOOP(
                    "services.checklists", "1 required step not answered yet: {shown}"
                )
                if len(titles) == 1
                else QT_TRANSLATE_NOOP(
                    "services.checklists", "{n} required steps not answered yet: {shown}"
                )
            )
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("services.checklists", "Checklist"),
                left.format(n=len(titles), shown=shown),
            )
        asset = session.scalar(select(Asset).where(Asset.id == run.asset_id))
        if asset is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.checklists", "The asset of checklist run {id} no longer exists."
                ).format(id=run.id)
            )
        performed: str | None = None
        message: str = QT_TRANSLATE_NOOP(
            "services.checklists", "Checklist '{title}' completed for {tag}."
        ).format(title=run.template_title, tag=asset.tag)
        tr = template.transition
        if tr is not None:
            status = Status(asset.status)
            if status is tr.target:
                message = QT_TRANSLATE_NOOP(
                    "services.checklists",
                    "Checklist '{title}' completed for {tag}. {tag} was already {state}.",
                ).format(title=run.template_title, tag=asset.tag, state=STATUS_WORDS[tr.target])
            elif tr.sources and status not in tr.sources:
                message = QT_TRANSLATE_NOOP(
                    "services.checklists",
                    "Checklist '{title}' completed for {tag}. No status change: the checklist "
                    "moves assets that are {sources}; {tag} is {state}.",
                ).format(
                    title=run.template_title,
                    tag=asset.tag,
                    sources=joined((STATUS_WORDS[s] for s in tr.sources), OR),
                    state=STATUS_WORDS[status],
                )
            else:
                assignee_id = None
                if tr.assignee_step:
                    chosen = values.get(tr.assignee_step)
                    if isinstance(chosen, dict) and chosen.get("id"):
                        assignee_id = str(chosen["id"])
                request = TransitionRequest(
                    assignee_id=assignee_id, note=f"checklist {run.template_title}"
                )
                try:
                    transition_within(uow, asset, tr.target, request, data={"checklist": run.id})
                except TransitionRefused as exc:
                    raise TransitionRefused(
                        QT_TRANSLATE_NOOP(
                            "services.checklists",
                            "The checklist was not completed: its transition to {state} is "
                            "refused. {message}",
                        ).format(state=STATUS_WORDS[tr.target], message=exc.message)
                    ) from None
                performed = tr.target.value
                message = QT_TRANSLATE_NOOP(
                    "services.checklists",
                    "Checklist '{title}' completed for {tag}. {tag} is now {state}.",
                ).format(title=run.template_title, tag=asset.tag, state=STATUS_WORDS[tr.target])
        now = utcnow()
        run.status = "completed"
        run.finished_by = ctx.actor
        run.finished_at = now
        run.finished_device_id = ctx.store.device_id
        run.transition = performed
        run.updated_at = now
        changes = {"status": ["in_progress", "completed"]}
        data = {
            **_summary_data(run),
            "answered": prog.answered,
            "steps": prog.visible,
            "finished_at": now.isoformat(),
        }
        if performed:
            data["transition"] = performed
        uow.event(ENTITY, run.id, "checklist_completed", changes, asset_id=run.asset_id,
                  data=data)  # fmt: skip
        session.flush()
        info = _info(session, run, asset)
        uow.commit()
        return Completion(info, asset.tag, performed, message)


def abandon_run(ctx: Context, run_id: str, reason: str) -> RunInfo:
    try:
        reason = clean_text(reason, max_len=2000, multiline=True)
    except ValueProblem as exc:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Reason"), str(exc)
        ) from None
    if not reason:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Reason"),
            QT_TRANSLATE_NOOP("services.checklists", "say why the checklist is abandoned"),
        )
    with ctx.unit_of_work() as uow:
        session = uow.session
        run = _get_run(session, run_id)
        _require_open(session, run)
        now = utcnow()
        run.status = "abandoned"
        run.abandon_reason = reason
        run.finished_by = ctx.actor
        run.finished_at = now
        run.finished_device_id = ctx.store.device_id
        run.updated_at = now
        uow.event(ENTITY, run.id, "checklist_abandoned", {"status": ["in_progress", "abandoned"]},
                  asset_id=run.asset_id, data={**_summary_data(run), "reason": reason,
                                               "finished_at": now.isoformat()})  # fmt: skip
        session.flush()
        info = _info(session, run)
        uow.commit()
        return info


def list_runs(
    ctx: Context,
    *,
    status: str | None = None,
    asset_id: str | None = None,
    text: str = "",
    limit: int = 500,
) -> list[RunInfo]:
    """Runs, newest activity first: `status` in_progress / completed / abandoned (or all),
    of one asset, or whose asset tag, asset name or template title contains `text`."""
    with ctx.reading() as session:
        query = select(ChecklistRun, Asset).join(Asset, Asset.id == ChecklistRun.asset_id)
        if status:
            query = query.where(ChecklistRun.status == status)
        if asset_id:
            query = query.where(ChecklistRun.asset_id == asset_id)
        words = text.split()
        for word in words:
            like = f"%{word.replace('%', '').replace('_', '')}%"
            query = query.where(
                Asset.tag.ilike(like) | Asset.name.ilike(like)
                | ChecklistRun.template_title.ilike(like) | ChecklistRun.started_by.ilike(like)
            )  # fmt: skip
        query = query.order_by(ChecklistRun.updated_at.desc()).limit(limit)
        rows = session.execute(query).tuples().all()
        ids = [run.id for run, _a in rows]
        answers: dict[str, list[ChecklistAnswer]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for a in session.scalars(
                select(ChecklistAnswer).where(ChecklistAnswer.run_id.in_(chunk))
            ):
                answers[a.run_id].append(a)
        return [_info(session, run, asset, answers[run.id]) for run, asset in rows]


def get_attachment(ctx: Context, sha256: str) -> tuple[bytes, str]:
    """The bytes and MIME type of an attachment; checks they still hash to `sha256`."""
    with ctx.reading() as session:
        row = session.get(Attachment, sha256)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.checklists",
                    "The photo or signature {sha256}… has not reached this device yet: it was "
                    "recorded on another device and arrives with a later sync (once that "
                    "device has synced).",
                ).format(sha256=sha256[:12])
            )
        data = bytes(row.data)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise FieldtagError(
                QT_TRANSLATE_NOOP(
                    "services.checklists", "Attachment {sha256}… is damaged: its SHA-256 differs."
                ).format(sha256=sha256[:12])
            )
        return data, row.mime


# ------------------------------------------------------------------------------ report


def _not_arrived(step: Any) -> Any:
    """A report step whose photo or signature is not on this device (yet): it says so."""
    import dataclasses

    what = "photo" if step.kind == "photo" else "signature"
    note = (f"The {what} (SHA-256 {step.image_sha256}) has not reached this device yet: it "
            "was recorded on another device and arrives with a later sync.")  # fmt: skip
    return dataclasses.replace(step, answer=f"{step.answer} [{what} not on this device yet]",
                               note=f"{step.note}\n{note}".strip())  # fmt: skip


def report_pdf(ctx: Context, run_id: str, path: Path, *, organisation: str = "") -> Path:
    """Write the run's report as PDF (atomically): header, who/when/where, every step with
    its answer, photos, the signature, attachment SHA-256s and the transition."""
    from app.printing.checklist_report import render_checklist_report
    from app.services.labels import write_atomically

    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.checklists", "Output"),
            QT_TRANSLATE_NOOP(
                "services.checklists", "{name}: the report is a PDF (FILE.pdf)"
            ).format(name=path.name),
        )
    data = report_data(ctx, run_id, organisation=organisation)
    write_atomically(path, render_checklist_report(data))
    return path


def report_data(ctx: Context, run_id: str, *, organisation: str = "") -> Any:
    from app.printing.checklist_report import ReportAttachment, ReportData, ReportStep

    with ctx.reading() as session:
        run = _get_run(session, run_id)
        state = _state(session, run)
        visible = {s.id for s in visible_steps(state.template, state.values())}
        steps = []
        shas: set[str] = set()
        for n, step in enumerate(state.template.steps, start=1):
            answer = state.answers.get(step.id)
            if step.id not in visible:
                status = "hidden"
            elif answer is None:
                status = "required, not answered" if step.required else "skipped"
            else:
                status = "answered"
            sha = None
            if answer is not None and step.type in ("photo", "signature") and step.id in visible:
                sha = str(answer.value.get("sha256"))
                shas.add(sha)
            steps.append(
                ReportStep(
                    number=n, title=step.title, type_label=step.type_label, status=status,
                    answer=answer.text if answer and step.id in visible else "",
                    note=answer.note if answer and step.id in visible else "",
                    by=(f"{answer.answered_by}, {_local(answer.answered_at)}" if answer else ""),
                    image_sha256=sha, kind=step.type,
                )
            )  # fmt: skip
        attachments = {}
        for sha in shas:
            row = session.get(Attachment, sha)
            if row is not None:
                attachments[sha] = ReportAttachment(sha, row.mime, bytes(row.data),
                                                    row.width, row.height)  # fmt: skip
        steps = [_not_arrived(s) if s.image_sha256 and s.image_sha256 not in attachments
                 else s for s in steps]  # fmt: skip
        info = state.info
        a = state.asset
        devices = state.devices
        started_on = devices.get(run.device_id, run.device_id[:8])
        finished_on = (
            devices.get(run.finished_device_id, run.finished_device_id[:8])
            if run.finished_device_id else ""
        )  # fmt: skip
        status_text = {
            "completed": "Completed",
            "abandoned": f"Abandoned: {run.abandon_reason}",
            "in_progress": "In progress (not completed)",
        }[run.status]
        transition = ""
        if run.transition:
            transition = f"{a.tag} → {Status(run.transition).label.lower()}"
        elif run.status == "completed" and state.template.transition is not None:
            transition = "none performed (the asset was not in a state it applies to)"
        return ReportData(
            organisation=organisation,
            title=run.template_title, key=run.template_key, version=run.template_version,
            template_sha256=run.template_sha256, kind=run.kind, run_id=run.id,
            status=status_text,
            asset_tag=a.tag, asset_name=a.name, asset_model=a.model, asset_serial=a.serial,
            asset_category=a.category,
            started=f"{_local(run.started_at)} by {run.started_by} on {started_on}",
            finished=(f"{_local(run.finished_at)} by {run.finished_by} on {finished_on}"
                      if run.finished_at else ""),
            where=state.location or "(no location recorded)",
            transition=transition,
            answered=f"{info.answered} of {info.visible} steps answered",
            steps=steps, attachments=attachments,
        )  # fmt: skip

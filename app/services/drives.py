"""Storage drives inside assets, their sanitization records (NIST SP 800-88 Rev. 1
Appendix G, rules in app/domain/sanitization.py) and the import of nwipe / ShredOS logs."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import nwipe
from app.domain.errors import NotFound, Problem, ValidationError
from app.domain.ids import new_id
from app.domain.sanitization import DRIVE_KINDS, SanitizationRecord, check_record, label
from app.domain.text import QT_TRANSLATE_NOOP, joined
from app.domain.values import ValueProblem, clean_text, format_bytes
from app.services.context import Context
from app.services.dto import DriveInfo
from app.store.journal import created
from app.store.tables import Asset, AssetModel, Drive, Sanitization, utcnow

METHODS = ("clear", "purge", "destruct")
RESULTS = ("passed", "failed")
_DEFAULT_TECHNIQUE = {"clear": "overwrite", "purge": "overwrite", "destruct": "shred"}


@dataclass(frozen=True)
class Performer:
    """Who performs sanitizations here (Settings: technician name, title, ...)."""

    name: str
    title: str = ""
    organisation: str = ""
    location: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DriveRef:
    id: str
    asset_id: str
    asset_tag: str
    serial: str
    make: str
    model: str
    kind: str
    capacity_bytes: int | None


@dataclass(frozen=True)
class SanitizationInfo:
    id: str
    drive_id: str
    drive_serial: str
    values: dict[str, Any]  # SanitizationRecord.as_values() of the stored record
    recorded_at: dt.datetime

    @property
    def summary(self) -> str:
        return _summary(self.drive_serial, self.values)


def _summary(serial: str, v: Mapping[str, Any]) -> str:
    result = v.get("result")
    if v.get("method") == "destruct" and result == "passed":
        what = f"destroyed ({label(str(v.get('technique')))})"
    else:
        what = f"{label(str(v.get('method')))} / {label(str(v.get('technique')))}, " + (
            "passed" if result == "passed" else "FAILED"
        )
    if v.get("verification_result") == "failed":
        what += ", verification failed"
    by = v.get("performer_name") or ""
    val = v.get("validator_name") or ""
    tail = f" by {by}" if by else ""
    tail += f", validated by {val}" if val else ""
    return f"Drive {serial} sanitized: {what}{tail}"


def add_drive(ctx: Context, asset_id: str, values: Mapping[str, Any]) -> DriveInfo:
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    for key, title, max_len in (
        ("make", "Make", 200),
        ("model", "Model", 200),
        ("serial", "Serial", 128),
    ):
        try:
            clean[key] = clean_text(values.get(key), max_len=max_len)
        except ValueProblem as exc:
            problems.append(Problem(title, str(exc)))
    kind = str(values.get("kind") or "other").strip().lower()
    if kind not in DRIVE_KINDS:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.drives", "Type"),
                QT_TRANSLATE_NOOP("services.drives", "'{kind}' is not one of {DRIVE_KINDS}").format(
                    kind=kind, DRIVE_KINDS=", ".join(DRIVE_KINDS)
                ),
            )
        )
    capacity = values.get("capacity_bytes")
    if capacity is not None and (
        isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 0
    ):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.drives", "Capacity"),
                QT_TRANSLATE_NOOP(
                    "services.drives", "must be a whole number of bytes, not negative"
                ),
            )
        )
    if not clean.get("serial"):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.drives", "Serial"),
                QT_TRANSLATE_NOOP(
                    "services.drives", "is required: certificates identify a drive by its serial"
                ),
            )
        )
    elif nwipe.is_anonymised(clean["serial"]):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.drives", "Serial"),
                QT_TRANSLATE_NOOP(
                    "services.drives",
                    "XXXX... is an anonymised serial (nwipe -q): type or scan the serial "
                    "printed on the drive",
                ),
            )
        )
    with ctx.unit_of_work() as uow:
        asset = uow.session.scalar(select(Asset).where(Asset.id == asset_id))
        if asset is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.drives", "There is no asset with id {asset_id}."
                ).format(asset_id=asset_id)
            )
        if clean.get("serial"):
            other = uow.session.scalar(select(Drive).where(Drive.serial == clean["serial"]))
            if other is not None:
                where = uow.session.scalar(select(Asset).where(Asset.id == other.asset_id))
                problems.append(
                    Problem(
                        QT_TRANSLATE_NOOP("services.drives", "Serial"),
                        QT_TRANSLATE_NOOP(
                            "services.drives", "{serial} is already recorded for a drive in {value}"
                        ).format(
                            serial=clean["serial"], value=where.tag if where else "another asset"
                        ),
                    )
                )
        if problems:
            raise ValidationError(problems)
        drive = Drive(id=new_id(), asset_id=asset_id, kind=kind, capacity_bytes=capacity, **clean)
        uow.session.add(drive)
        values = {**clean, "kind": kind, "capacity_bytes": capacity}
        desc = " ".join(x for x in (label(kind), clean["make"], clean["model"]) if x)
        size = f", {format_bytes(capacity)}" if capacity else ""
        uow.event(
            "drive", drive.id, "created", created(values), asset_id=asset_id,
            data={"summary": f"Drive added: {desc}, S/N {clean['serial']}{size}"},
        )  # fmt: skip
        uow.commit()
        return DriveInfo(drive.id, drive.make, drive.model, drive.serial, kind, capacity, False, "")


def find_drive(ctx: Context, serial: str) -> DriveRef:
    """The drive with this serial (exact, then ignoring case and spaces)."""
    with ctx.reading() as session:
        found = _drive_by_serial(session, serial)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.drives", "No drive with serial {strip} is recorded."
                ).format(strip=serial.strip())
            )
        return found


def _drive_by_serial(session: Session, serial: str) -> DriveRef | None:
    wanted = serial.strip()
    row = session.execute(
        select(Drive, Asset.tag)
        .join(Asset, Asset.id == Drive.asset_id)
        .where(Drive.serial == wanted)
    ).first()
    if row is None and wanted:
        norm = wanted.replace(" ", "").upper()
        row = session.execute(
            select(Drive, Asset.tag)
            .join(Asset, Asset.id == Drive.asset_id)
            .where(func.upper(func.replace(Drive.serial, " ", "")) == norm)
        ).first()
    if row is None:
        return None
    d, tag = row
    return DriveRef(d.id, d.asset_id, tag, d.serial, d.make, d.model, d.kind, d.capacity_bytes)


def get_drive(ctx: Context, drive_id: str) -> DriveRef:
    with ctx.reading() as session:
        row = session.execute(
            select(Drive, Asset.tag)
            .join(Asset, Asset.id == Drive.asset_id)
            .where(Drive.id == drive_id)
        ).first()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.drives", "There is no drive with id {drive_id}."
                ).format(drive_id=drive_id)
            )
        d, tag = row
        return DriveRef(d.id, d.asset_id, tag, d.serial, d.make, d.model, d.kind, d.capacity_bytes)


def defaults(performer: Performer) -> dict[str, Any]:
    """Form values a new sanitization record starts with (from the settings)."""
    return {
        "performer_name": performer.name,
        "performer_title": performer.title,
        "performer_organisation": performer.organisation,
        "performer_location": performer.location,
        "performer_phone": performer.phone,
        "method": "purge",
        "technique": "overwrite",
        "result": "passed",
        "verification": "full",
        "verification_result": "passed",
        "backed_up": "unknown",
        "destination": "recycling",
    }


def _row_values(s: Sanitization) -> dict[str, Any]:
    return {
        "method": s.method, "technique": s.technique, "result": s.result,
        "performer_name": s.performed_by, "performed_at": s.performed_at,
        "verification": s.verification, "verification_result": s.verification_result,
        "performer_title": s.performer_title, "performer_organisation": s.performer_organisation,
        "performer_location": s.performer_location, "performer_phone": s.performer_phone,
        "property_number": s.property_number, "media_source": s.media_source,
        "classification": s.classification, "backed_up": s.backed_up,
        "backup_location": s.backup_location, "method_details": s.method_details,
        "tool": s.tool, "tool_version": s.tool_version, "passes": s.passes,
        "verification_details": s.verification_details,
        "post_classification": s.post_classification, "destination": s.destination,
        "destination_details": s.destination_details, "notes": s.notes,
        "validator_name": s.validator_name, "validator_title": s.validator_title,
        "validator_organisation": s.validator_organisation,
        "validator_location": s.validator_location, "validator_phone": s.validator_phone,
        "validated_at": s.validated_at, "started_at": s.started_at, "source": s.source,
        "source_ref": s.source_ref,
    }  # fmt: skip


def _store_record(session: Session, drive: Drive, record: SanitizationRecord) -> Sanitization:
    v = record.as_values()
    row = Sanitization(
        id=new_id(), drive_id=drive.id, method=v["method"], technique=v["technique"],
        result=v["result"], performed_by=v["performer_name"], performed_at=v["performed_at"],
        recorded_at=utcnow(),
        **{k: v[k] for k in (
            "performer_title", "performer_organisation", "performer_location",
            "performer_phone", "property_number", "media_source", "classification",
            "backed_up", "backup_location", "method_details", "tool", "tool_version", "passes",
            "started_at", "verification", "verification_result", "verification_details",
            "post_classification", "destination", "destination_details", "notes",
            "validator_name", "validator_title", "validator_organisation",
            "validator_location", "validator_phone", "validated_at", "source", "source_ref",
        )},
    )  # fmt: skip
    session.add(row)
    return row


def _sync_data(drive: Drive, row: Sanitization) -> dict[str, Any]:
    """What another device needs to store the record as this one did (sync)."""
    return {"drive_id": drive.id, "recorded_at": row.recorded_at.isoformat()}


def _journal_values(v: Mapping[str, Any], serial: str) -> dict[str, Any]:
    out: dict[str, Any] = {"drive": serial}
    for k, value in v.items():
        if k == "extra" or value in ("", None):
            continue
        out[k] = value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value
    return out


def record_sanitization(
    ctx: Context,
    drive_id: str,
    values: Mapping[str, Any] | None = None,
    *,
    method: str = "",
    result: str = "",
    technique: str = "",
    tool: str = "",
    notes: str = "",
) -> str:
    """Record how a drive was sanitized (all Appendix G fields in `values`; the keyword
    arguments are the short form). Returns the record's id. A record is checked by
    `app.domain.sanitization.check_record`; a refused one changes nothing."""
    v: dict[str, Any] = dict(values or {})
    for key, value in (("method", method), ("result", result), ("technique", technique),
                       ("tool", tool), ("notes", notes)):  # fmt: skip
        if value and not v.get(key):
            v[key] = value
    v.setdefault("performer_name", ctx.actor)
    m = str(v.get("method") or "").strip().lower()
    if not v.get("technique") and m in _DEFAULT_TECHNIQUE:
        v["technique"] = _DEFAULT_TECHNIQUE[m]
    if str(v.get("result") or "").lower() == "failed" and "verification" not in v:
        v["verification"], v["verification_result"] = "none", "not_done"
    if m == "destruct" and "verification" not in v:
        v["verification"], v["verification_details"] = "other", "visual inspection"
    record = check_record(v, now=utcnow())
    with ctx.unit_of_work() as uow:
        drive = uow.session.get(Drive, drive_id)
        if drive is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.drives", "There is no drive with id {drive_id}."
                ).format(drive_id=drive_id)
            )
        row = _store_record(uow.session, drive, record)
        rv = record.as_values()
        uow.event(
            "sanitization", row.id, "created", created(_journal_values(rv, drive.serial)),
            asset_id=drive.asset_id, data={"summary": _summary(drive.serial, rv),
                                           **_sync_data(drive, row)},
        )  # fmt: skip
        uow.commit()
        return row.id


def sanitizations(ctx: Context, drive_id: str) -> list[SanitizationInfo]:
    """Every sanitization record of a drive, newest first."""
    with ctx.reading() as session:
        drive = session.get(Drive, drive_id)
        if drive is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "services.drives", "There is no drive with id {drive_id}."
                ).format(drive_id=drive_id)
            )
        rows = session.scalars(
            select(Sanitization)
            .where(Sanitization.drive_id == drive_id)
            .order_by(Sanitization.performed_at.desc(), Sanitization.id.desc())
        )
        return [
            SanitizationInfo(s.id, drive_id, drive.serial, _row_values(s), s.recorded_at)
            for s in rows
        ]


def latest_sanitization(session: Session, drive_id: str) -> Sanitization | None:
    return session.scalar(
        select(Sanitization)
        .where(Sanitization.drive_id == drive_id)
        .order_by(Sanitization.performed_at.desc(), Sanitization.id.desc())
        .limit(1)
    )


def record_values(s: Sanitization) -> dict[str, Any]:
    return _row_values(s)


# ------------------------------------------------------------------------- nwipe import


class ImportStatus:
    PASSED = "passed"  # matched, erased and verified: recorded as passed
    FAILED = "failed"  # matched, recorded as FAILED (errors, failed or no verification)
    UNKNOWN = "unknown_serial"  # no drive with this serial in the store
    ANONYMISED = "anonymised"  # nwipe -q: the serial was hidden
    INCOMPLETE = "incomplete"  # the log ends before this wipe did
    ABORTED = "aborted"  # stopped by the user
    VERIFY_ONLY = "verify_only"  # a verification run, not a sanitization
    DUPLICATE = "already_imported"  # this log's record of this drive is already stored


WRITES = (ImportStatus.PASSED, ImportStatus.FAILED)


@dataclass(frozen=True)
class ImportLine:
    file: str
    device: str
    serial: str
    model: str
    status: str
    message: str
    asset_tag: str = ""
    drive_id: str = ""


@dataclass(frozen=True)
class ImportReport:
    lines: tuple[ImportLine, ...]
    formats: tuple[str, ...]  # per file: "name: nwipe 0.35, summary tables"
    imported: bool = False

    @property
    def recorded(self) -> list[ImportLine]:
        return [x for x in self.lines if x.status in WRITES]

    @property
    def problems(self) -> list[ImportLine]:
        return [x for x in self.lines if x.status not in (*WRITES, ImportStatus.DUPLICATE)]


def _plan_drive(
    session: Session, file: str, digest: str, d: nwipe.NwipeDrive, log: nwipe.NwipeLog
) -> tuple[ImportLine, Drive | None, dict[str, Any] | None]:
    base = {"file": file, "device": d.device, "serial": d.serial, "model": d.model}
    if d.outcome == nwipe.DriveOutcome.INCOMPLETE:
        return ImportLine(**base, status=ImportStatus.INCOMPLETE, message=QT_TRANSLATE_NOOP(
            "services.drives",
            "the log ends before the wipe of {device} finished (truncated log?): import the "
            "complete log written when nwipe ended",
        ).format(device=d.device)), None, None  # fmt: skip
    if d.outcome == nwipe.DriveOutcome.ABORTED:
        msg = QT_TRANSLATE_NOOP(
            "services.drives", "the wipe of {device} was aborted by the user: nothing to record"
        ).format(device=d.device)
        return ImportLine(**base, status=ImportStatus.ABORTED, message=msg), None, None
    if d.outcome == nwipe.DriveOutcome.VERIFY_ONLY:
        return ImportLine(**base, status=ImportStatus.VERIFY_ONLY, message=QT_TRANSLATE_NOOP(
            "services.drives", "'{method}' only checks a drive, it does not sanitize it"
        ).format(method=d.method)), None, None  # fmt: skip
    if d.anonymised or not d.serial:
        why = (
            QT_TRANSLATE_NOOP("services.drives", "anonymised with nwipe -q")
            if d.anonymised
            else QT_TRANSLATE_NOOP("services.drives", "not in the log")
        )
        return ImportLine(**base, status=ImportStatus.ANONYMISED, message=QT_TRANSLATE_NOOP(
            "services.drives",
            "the serial of {device} ({model}) is {why}, so it cannot be matched to a "
            "drive: record this sanitization by hand, or wipe without -q",
        ).format(device=d.device, model=d.model, why=why)), None, None  # fmt: skip
    ref = _drive_by_serial(session, d.serial)
    if ref is None:
        return ImportLine(**base, status=ImportStatus.UNKNOWN, message=QT_TRANSLATE_NOOP(
            "services.drives",
            "no drive with serial {serial} is recorded: add it to its asset first "
            "(Drives tab > Add drive), then import again",
        ).format(serial=d.serial)), None, None  # fmt: skip
    drive = session.get(Drive, ref.id)
    assert drive is not None
    source_ref = f"{file} sha256:{digest[:16]} {d.device}"
    dup = session.scalar(
        select(Sanitization.id).where(
            Sanitization.drive_id == drive.id, Sanitization.source_ref == source_ref
        )
    )
    if dup is not None:
        dup_line = ImportLine(
            **base, status=ImportStatus.DUPLICATE, asset_tag=ref.asset_tag, drive_id=drive.id,
            message=QT_TRANSLATE_NOOP("services.drives", "already imported from this log"),
        )  # fmt: skip
        return dup_line, None, None
    method, technique = nwipe.technique_of(d.method)
    verification, vresult = nwipe.verification_of(d)
    failed = d.outcome == nwipe.DriveOutcome.FAILED or vresult != "passed"
    reasons = []
    if d.pass_errors:
        reasons.append(f"{d.pass_errors} write errors")
    if d.verify_errors or vresult == "failed":
        reasons.append(f"{d.verify_errors or 'some'} verification errors")
    if d.sync_errors:
        reasons.append(f"{d.sync_errors} fdatasync errors")
    if d.exited_with_errors and not reasons:
        reasons.append("nwipe exited with errors")
    if vresult == "not_done" and not reasons:
        reasons.append("not verified (nwipe ran without verification; NIST SP 800-88 requires it)")
    notes = "; ".join(d.errors[:5])
    values = {
        "method": method, "technique": technique,
        "result": "failed" if failed else "passed",
        "verification": verification, "verification_result": vresult,
        "tool": "nwipe", "tool_version": log.version,
        "passes": d.total_passes, "method_details": nwipe.describe(d),
        "started_at": d.started, "performed_at": d.finished,
        "notes": ("FAILED: " + ", ".join(reasons) + (f". {notes}" if notes else "")) if failed
        else notes,
        "source": "nwipe", "source_ref": source_ref,
    }  # fmt: skip
    status = ImportStatus.FAILED if failed else ImportStatus.PASSED
    msg = (
        QT_TRANSLATE_NOOP("services.drives", "FAILED: {reasons}").format(reasons=", ".join(reasons))
        if failed
        else QT_TRANSLATE_NOOP("services.drives", "erased and verified")
    )
    line = ImportLine(**base, status=status, message=msg, asset_tag=ref.asset_tag,
                      drive_id=drive.id)  # fmt: skip
    return line, drive, values


def _parse_files(files: Sequence[tuple[str, bytes]]) -> list[tuple[str, str, nwipe.NwipeLog]]:
    parsed = []
    problems: list[Problem] = []
    for name, data in files:
        try:
            text = nwipe.decode_log(data, name)
            parsed.append((name, hashlib.sha256(data).hexdigest(), nwipe.parse_log(text, name)))
        except ValidationError as exc:
            problems += exc.problems
    if problems:
        raise nwipe.NwipeLogError(problems)
    if not parsed:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.drives", "nwipe log"),
            QT_TRANSLATE_NOOP("services.drives", "no file was given"),
        )
    return parsed


@dataclass
class _Plan:
    report: ImportReport
    writes: list[tuple[Drive, dict[str, Any]]] = field(default_factory=list)


def _plan(session: Session, files: Sequence[tuple[str, bytes]]) -> _Plan:
    lines: list[ImportLine] = []
    formats = []
    writes: list[tuple[Drive, dict[str, Any]]] = []
    for name, digest, log in _parse_files(files):
        formats.append(f"{name}: {log.format}" + (", cut short" if log.truncated else ""))
        for d in log.drives:
            line, drive, values = _plan_drive(session, name, digest, d, log)
            lines.append(line)
            if drive is not None and values is not None:
                writes.append((drive, values))
    return _Plan(ImportReport(tuple(lines), tuple(formats)), writes)


def preview_nwipe(ctx: Context, files: Sequence[tuple[str, bytes]]) -> ImportReport:
    """What importing these logs would do, per drive; changes nothing."""
    with ctx.reading() as session:
        return _plan(session, files).report


def import_nwipe(
    ctx: Context,
    files: Sequence[tuple[str, bytes]],
    performer: Performer,
    *,
    skip_unmatched: bool = False,
) -> ImportReport:
    """Record the results of nwipe logs, one transaction for all files: drives matched by
    serial get a sanitization record (passed, or FAILED with the reason). Any drive that
    cannot be recorded (unknown or anonymised serial, wipe not finished, aborted) refuses
    the whole import with every reason, unless `skip_unmatched`: then the matched drives
    are recorded and the others listed. A file that is no nwipe log refuses the import."""
    with ctx.unit_of_work() as uow:
        plan = _plan(uow.session, files)
        report = plan.report
        if report.problems and not skip_unmatched:
            raise ValidationError(
                [
                    Problem(
                        f"{x.file} {x.device}" + (f" ({x.serial})" if x.serial else ""), x.message
                    )
                    for x in report.problems
                ]
            )
        if not plan.writes:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("services.drives", "nwipe log"),
                QT_TRANSLATE_NOOP("services.drives", "has no drive to record: {lines}").format(
                    lines=joined(
                        (
                            QT_TRANSLATE_NOOP("services.drives", "{device}: {message}").format(
                                device=x.device, message=x.message
                            )
                            for x in report.lines
                        ),
                        "; ",
                    )
                    if report.lines
                    else QT_TRANSLATE_NOOP("services.drives", "no drives")
                ),
            )
        now = utcnow()
        for drive, planned in plan.writes:
            values = {
                **planned,
                "performer_name": performer.name,
                "performer_title": performer.title,
                "performer_organisation": performer.organisation,
                "performer_location": performer.location,
                "performer_phone": performer.phone,
            }
            # the log's times are the wiping machine's local clock: allow a day for time zones
            record = check_record(values, now=now + dt.timedelta(days=1))
            row = _store_record(uow.session, drive, record)
            rv = record.as_values()
            uow.event(
                "sanitization", row.id, "created", created(_journal_values(rv, drive.serial)),
                asset_id=drive.asset_id,
                data={"summary": _summary(drive.serial, rv), "source": "nwipe log",
                      **_sync_data(drive, row)},
            )  # fmt: skip
        uow.commit()
        return ImportReport(report.lines, report.formats, imported=True)


def drive_count(session: Session, asset_id: str) -> int:
    return int(session.scalar(select(func.count()).where(Drive.asset_id == asset_id)) or 0)


def holds_storage(session: Session, asset: Asset) -> bool:
    model = session.get(AssetModel, asset.model_id) if asset.model_id else None
    return bool(model and model.holds_storage)

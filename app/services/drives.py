"""Storage drives inside assets and the outcome of their sanitization.

The certificates issue extends sanitization records to the full NIST SP 800-88 Appendix G
record; this module keeps what the lifecycle guard needs (passed / destroyed per drive).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from app.domain.errors import NotFound, Problem, ValidationError
from app.domain.ids import new_id
from app.domain.values import ValueProblem, clean_text
from app.services.context import Context
from app.services.dto import DriveInfo
from app.store.journal import created
from app.store.tables import Asset, Drive, Sanitization

DRIVE_KINDS = ("hdd", "ssd", "nvme", "flash", "other")
METHODS = ("clear", "purge", "destruct")
RESULTS = ("passed", "failed")


def add_drive(ctx: Context, asset_id: str, values: Mapping[str, Any]) -> DriveInfo:
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    for key, label, max_len in (
        ("make", "Make", 200),
        ("model", "Model", 200),
        ("serial", "Serial", 128),
    ):
        try:
            clean[key] = clean_text(values.get(key), max_len=max_len)
        except ValueProblem as exc:
            problems.append(Problem(label, str(exc)))
    kind = str(values.get("kind") or "other").strip().lower()
    if kind not in DRIVE_KINDS:
        problems.append(Problem("Type", f"'{kind}' is not one of {', '.join(DRIVE_KINDS)}"))
    capacity = values.get("capacity_bytes")
    if capacity is not None and (not isinstance(capacity, int) or capacity < 0):
        problems.append(Problem("Capacity", "must be a whole number of bytes, not negative"))
    if not clean.get("serial"):
        problems.append(
            Problem("Serial", "is required: certificates identify a drive by its serial")
        )
    with ctx.unit_of_work() as uow:
        asset = uow.session.scalar(select(Asset).where(Asset.id == asset_id))
        if asset is None:
            raise NotFound(f"There is no asset with id {asset_id}.")
        if clean.get("serial"):
            other = uow.session.scalar(select(Drive).where(Drive.serial == clean["serial"]))
            if other is not None:
                problems.append(
                    Problem("Serial", f"{clean['serial']} is already recorded for another drive")
                )
        if problems:
            raise ValidationError(problems)
        drive = Drive(id=new_id(), asset_id=asset_id, kind=kind, capacity_bytes=capacity, **clean)
        uow.session.add(drive)
        values = {**clean, "kind": kind, "capacity_bytes": capacity}
        uow.event("drive", drive.id, "created", created(values), asset_id=asset_id)
        uow.commit()
        return DriveInfo(drive.id, drive.make, drive.model, drive.serial, kind, capacity, False, "")


def record_sanitization(
    ctx: Context,
    drive_id: str,
    *,
    method: str,
    result: str,
    technique: str = "",
    tool: str = "",
    notes: str = "",
) -> str:
    """Record how a drive was sanitized (clear / purge / destruct) and whether it passed."""
    problems: list[Problem] = []
    if method not in METHODS:
        problems.append(Problem("Method", f"'{method}' is not one of {', '.join(METHODS)}"))
    if result not in RESULTS:
        problems.append(Problem("Result", f"'{result}' is not one of {', '.join(RESULTS)}"))
    if problems:
        raise ValidationError(problems)
    with ctx.unit_of_work() as uow:
        drive = uow.session.get(Drive, drive_id)
        if drive is None:
            raise NotFound(f"There is no drive with id {drive_id}.")
        record = Sanitization(
            id=new_id(), drive_id=drive_id, method=method, result=result, technique=technique,
            tool=tool, notes=notes, performed_by=ctx.actor,
        )  # fmt: skip
        uow.session.add(record)
        values = {
            "drive": drive.serial,
            "method": method,
            "result": result,
            "technique": technique,
            "tool": tool,
        }
        summary = f"Drive {drive.serial} sanitized: {method}, {result}"
        uow.event(
            "sanitization", record.id, "created", created(values),
            asset_id=drive.asset_id, data={"summary": summary},
        )  # fmt: skip
        uow.commit()
        return record.id

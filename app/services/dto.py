"""Plain values the services hand out. ORM objects never leave the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.lifecycle import Status


@dataclass(frozen=True)
class ModelInfo:
    id: str
    manufacturer: str
    name: str
    category: str
    model_number: str
    holds_storage: bool
    notes: str
    asset_count: int = 0

    @property
    def display(self) -> str:
        return f"{self.manufacturer} {self.name}".strip()


@dataclass(frozen=True)
class LocationInfo:
    id: str
    parent_id: str | None
    name: str
    kind: str
    code: str
    notes: str
    path: str
    asset_count: int = 0

    @property
    def depth(self) -> int:
        return self.path.count(" > ")


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name: str
    email: str
    employee_no: str
    department: str
    phone: str
    notes: str
    active: bool
    asset_count: int = 0


@dataclass(frozen=True)
class AssetRow:
    """One line of the asset table."""

    num: int
    id: str
    tag: str
    name: str
    serial: str
    model: str
    category: str
    status: Status
    location: str
    assignee: str
    warranty_end: dt.date | None
    purchase_date: dt.date | None

    def as_json(self) -> dict[str, object]:
        return {
            "tag": self.tag,
            "name": self.name,
            "serial": self.serial,
            "model": self.model,
            "category": self.category,
            "status": self.status.value,
            "location": self.location,
            "assignee": self.assignee,
            "warranty_end": self.warranty_end.isoformat() if self.warranty_end else None,
        }


@dataclass(frozen=True)
class DriveInfo:
    id: str
    make: str
    model: str
    serial: str
    kind: str
    capacity_bytes: int | None
    sanitized: bool
    last_result: str  # "", "passed (purge)", "FAILED (clear)", "destroyed"
    last_at: dt.datetime | None = None  # when the latest sanitization was performed


@dataclass(frozen=True)
class ActionInfo:
    """A lifecycle action the asset's state allows; `blocked` says why it would be refused
    now (for guards that do not depend on what the person chooses in the dialog)."""

    target: Status
    label: str
    blocked: str = ""
    needs_target: bool = False  # ask who/where (deploy)
    needs_note: bool = False  # ask why (missing)


@dataclass(frozen=True)
class AssetDetail:
    num: int
    id: str
    tag: str
    name: str
    serial: str
    status: Status
    model_id: str | None
    model: str
    category: str
    holds_storage: bool
    location_id: str | None
    location: str
    assignee_id: str | None
    assignee: str
    purchase_date: dt.date | None
    purchase_cost: int | None
    supplier: str
    order_number: str
    warranty_end: dt.date | None
    eol_date: dt.date | None
    next_audit: dt.date | None
    last_audit: dt.date | None
    notes: str
    custom: dict[str, str]
    created_at: dt.datetime
    updated_at: dt.datetime
    drives: list[DriveInfo] = field(default_factory=list)
    actions: list[ActionInfo] = field(default_factory=list)

    def editable_values(self) -> dict[str, object]:
        """The values an edit form starts from (the keys of `ASSET_FIELDS`)."""
        return {
            "tag": self.tag,
            "name": self.name,
            "serial": self.serial,
            "model_id": self.model_id,
            "location_id": self.location_id,
            "assignee_id": self.assignee_id,
            "purchase_date": self.purchase_date,
            "purchase_cost": self.purchase_cost,
            "supplier": self.supplier,
            "order_number": self.order_number,
            "warranty_end": self.warranty_end,
            "eol_date": self.eol_date,
            "next_audit": self.next_audit,
            "notes": self.notes,
            "custom": dict(self.custom),
        }


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    id: str
    at: dt.datetime  # UTC
    actor: str
    device: str
    kind: str
    entity: str
    summary: str
    changes: list[FieldChange]
    note: str = ""

"""SQLAlchemy tables of the local store.

Every entity has a UUIDv7 `id` (global, stable across devices: sync and foreign keys use
it). Assets also have `num`, SQLite's integer rowid: the local key the asset table model and
the full-text index use, because integer lists are small and integer lookups fast.

The full-text index `asset_fts` and its triggers are created by the migrations, not here:
SQLAlchemy has no notion of FTS5 virtual tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NOCASE = "NOCASE"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, dict[str, str]: JSON}


class Device(Base):
    """Devices whose events this store holds. Exactly one row has `is_local` set: this one.
    `next_seq` and `hlc_last` are only kept for the local device.

    `tag_code` and `tag_next` are the device's sequence of tags for new labels
    (`<prefix><tag_code><tag_next, 5 digits>`, see app/services/labels.py): the code is
    derived from the id when the device first issues tags (or set by the sync server at
    enrolment: unique among enrolled devices); the counter is only kept for the local
    device."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)
    hlc_last: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    tag_code: Mapped[str | None] = mapped_column(String(8))
    tag_next: Mapped[int] = mapped_column(BigInteger, default=1, server_default="1")


class Meta(Base):
    """Small key/value facts about this store (demo offered, sync cursors, ...)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Person(Base):
    __tablename__ = "people"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    employee_no: Mapped[str] = mapped_column(String(100), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_people_name", "name"),)


class Location(Base):
    """A tree: site > building > room > shelf. `path` ("Berlin HQ > B2 > 2.14") is derived
    from the names of the ancestors and kept up to date by the services."""

    __tablename__ = "locations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="room")
    code: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    path: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_locations_path", "path"),)


class AssetModel(Base):
    __tablename__ = "asset_models"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    manufacturer: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100), default="")
    model_number: Mapped[str] = mapped_column(String(100), default="")
    holds_storage: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_asset_models_identity", "manufacturer", "name", unique=True),
        Index("ix_asset_models_category", "category"),
    )


class Asset(Base):
    __tablename__ = "assets"
    num: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    tag: Mapped[str] = mapped_column(String(64, collation=NOCASE))
    name: Mapped[str] = mapped_column(String(200), default="")
    serial: Mapped[str] = mapped_column(String(128), default="")
    model_id: Mapped[str | None] = mapped_column(ForeignKey("asset_models.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"), index=True)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    purchase_cost: Mapped[int | None] = mapped_column(BigInteger)  # cents
    supplier: Mapped[str] = mapped_column(String(200), default="")
    order_number: Mapped[str] = mapped_column(String(100), default="")
    warranty_end: Mapped[dt.date | None] = mapped_column(Date, index=True)
    eol_date: Mapped[dt.date | None] = mapped_column(Date)
    next_audit: Mapped[dt.date | None] = mapped_column(Date)
    last_audit: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    custom: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ux_assets_tag", "tag", unique=True),
        Index("ix_assets_serial", "serial"),
        # the home page's end-of-life and due-for-count figures (migration 0008)
        Index("ix_assets_eol_status", "eol_date", "status"),
        Index("ix_assets_audit", "next_audit", "status", "location_id", "last_audit"),
    )


class Drive(Base):
    """A storage medium inside an asset (HDD, SSD, NVMe, flash, other)."""

    __tablename__ = "drives"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"), index=True)
    make: Mapped[str] = mapped_column(String(200), default="")
    model: Mapped[str] = mapped_column(String(200), default="")
    serial: Mapped[str] = mapped_column(String(128), default="")
    kind: Mapped[str] = mapped_column(String(20), default="other")
    capacity_bytes: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_drives_serial", "serial"),)


class Sanitization(Base):
    """One sanitization of one drive: the record of NIST SP 800-88 Rev. 1 Appendix G
    (app/domain/sanitization.py holds the rules). Method type clear | purge | destruct
    (IEEE 2883-2022); `result` passed | failed, and a failed verification is always stored
    as a failed result. A passed result (a destruction included) makes the drive count as
    sanitized. Records are never changed: a new sanitization is a new row."""

    __tablename__ = "sanitizations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    drive_id: Mapped[str] = mapped_column(ForeignKey("drives.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))  # clear | purge | destruct
    technique: Mapped[str] = mapped_column(String(40), default="")
    result: Mapped[str] = mapped_column(String(20))  # passed | failed
    performed_by: Mapped[str] = mapped_column(String(200), default="")
    performed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    tool: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Appendix G: the person who performed it (name in performed_by)
    performer_title: Mapped[str] = mapped_column(String(200), default="")
    performer_organisation: Mapped[str] = mapped_column(String(200), default="")
    performer_location: Mapped[str] = mapped_column(String(200), default="")
    performer_phone: Mapped[str] = mapped_column(String(60), default="")
    # the media (make, model, serial and type are the drive's)
    property_number: Mapped[str] = mapped_column(String(100), default="")
    media_source: Mapped[str] = mapped_column(String(200), default="")
    classification: Mapped[str] = mapped_column(String(100), default="")
    backed_up: Mapped[str] = mapped_column(String(10), default="unknown")  # yes | no | unknown
    backup_location: Mapped[str] = mapped_column(String(200), default="")
    # the sanitization
    method_details: Mapped[str] = mapped_column(Text, default="")
    tool_version: Mapped[str] = mapped_column(String(60), default="")
    passes: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    verification: Mapped[str] = mapped_column(String(10), default="full")  # full|quick|other|none
    verification_result: Mapped[str] = mapped_column(String(10), default="passed")
    verification_details: Mapped[str] = mapped_column(Text, default="")
    post_classification: Mapped[str] = mapped_column(String(100), default="")
    destination: Mapped[str] = mapped_column(String(20), default="recycling")
    destination_details: Mapped[str] = mapped_column(String(200), default="")
    # validation by a second person
    validator_name: Mapped[str] = mapped_column(String(200), default="")
    validator_title: Mapped[str] = mapped_column(String(200), default="")
    validator_organisation: Mapped[str] = mapped_column(String(200), default="")
    validator_location: Mapped[str] = mapped_column(String(200), default="")
    validator_phone: Mapped[str] = mapped_column(String(60), default="")
    validated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # where it came from: typed in ("manual") or an nwipe log ("nwipe", file and device)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    source_ref: Mapped[str] = mapped_column(String(300), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Event(Base):
    """The journal: every change, append-only. History view, audit trail and sync outbox.

    `changes` maps each changed field to ``[old, new]`` (JSON values; dates as ISO text).
    `asset_id` names the asset whose history shows the event (the asset itself, or the asset
    a drive, label print, checklist run or count scan belongs to).
    `server_seq` is set on events pulled from (or acknowledged by) the sync server.
    """

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[int] = mapped_column(BigInteger)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    asset_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_events_device_seq"),
        Index("ix_events_asset", "asset_id", "hlc"),
        Index("ix_events_entity", "entity", "entity_id", "hlc"),
        Index("ix_events_hlc", "hlc"),
        # the sync outbox: this device's events the server has not acknowledged
        Index("ix_events_outbox", "device_id", "seq", sqlite_where=text("server_seq IS NULL")),
    )


class Count(Base):
    """An inventory count (stocktake) of a location, with or without its sub-locations.
    Closing it records who closed it, when and on which device."""

    __tablename__ = "counts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"), index=True)
    include_sublocations: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | closed
    started_by: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    closed_by: Mapped[str | None] = mapped_column(String(200))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_device_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_counts_status", "status"),)


class CountExpected(Base):
    """The expected list of a count: the assets recorded at its location when it started."""

    __tablename__ = "count_expected"
    count_id: Mapped[str] = mapped_column(ForeignKey("counts.id"), primary_key=True)
    asset_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class CountScanRow(Base):
    """The scans of a count: a grow-only set keyed by id that sync merges by union. No
    foreign keys: a scan pulled from another device may arrive before its count or asset.
    `seq` is the sequence number of the scan's journal event on its device."""

    __tablename__ = "count_scans"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    count_id: Mapped[str] = mapped_column(String(36))
    tag: Mapped[str] = mapped_column(String(64, collation=NOCASE))
    asset_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    actor: Mapped[str] = mapped_column(String(200))
    scanned_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_count_scans_count_tag", "count_id", "tag"),)


class ChecklistRun(Base):
    """One run of a checklist template on one asset.

    `template` is the template as it was when the run started (its parsed definition), so
    editing or upgrading the template file never changes a run in progress or a past run;
    `template_sha256` identifies that exact text. `location_id` is where the asset was when
    the run started (the report's "where"). `status` is in_progress, completed or abandoned;
    `finished_*` say who completed or abandoned it, when and on which device, and
    `transition` the lifecycle state the completion moved the asset to (if any)."""

    __tablename__ = "checklist_runs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"), index=True)
    template_key: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[int] = mapped_column(Integer)
    template_title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    template: Mapped[dict[str, Any]] = mapped_column(JSON)
    template_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    started_by: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    location_id: Mapped[str | None] = mapped_column(String(36))
    finished_by: Mapped[str | None] = mapped_column(String(200))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_device_id: Mapped[str | None] = mapped_column(String(36))
    abandon_reason: Mapped[str] = mapped_column(Text, default="")
    transition: Mapped[str | None] = mapped_column(String(20))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_checklist_runs_status", "status", "started_at"),)


class ChecklistAnswer(Base):
    """The answer to one step of a run; answering again replaces it (the journal keeps every
    answer given). `value` is JSON whose shape depends on the step type (see
    app/domain/checklists.py); photos and signatures refer to `attachments` by SHA-256."""

    __tablename__ = "checklist_answers"
    run_id: Mapped[str] = mapped_column(ForeignKey("checklist_runs.id"), primary_key=True)
    step_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(200))
    answered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))


class Attachment(Base):
    """Binary content kept in the store, addressed by its SHA-256 (photos taken during a
    checklist, drawn signatures): the same bytes are stored once, and a reference proves
    which bytes it means."""

    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Certificate(Base):
    """A certificate of sanitization as issued: its number (`<ORG>-<YYYY>-<device code>-
    <seq>`), scope (drive | asset | batch), who issued it on which device, and the signed
    PDF exactly as issued (re-printing gives the same bytes). A reissue is a new row whose
    `supersedes` names the old one; the old row gets `superseded_by` and stays."""

    __tablename__ = "certificates"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    scope: Mapped[str] = mapped_column(String(10))  # drive | asset | batch
    title: Mapped[str] = mapped_column(String(300), default="")  # what it covers, in words
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(36))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    supersedes: Mapped[str | None] = mapped_column(ForeignKey("certificates.id"))
    superseded_by: Mapped[str | None] = mapped_column(ForeignKey("certificates.id"))
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was reissued
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")  # SHA-256 of cert
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_certificates_issued", "issued_at"),)


class CertificateItem(Base):
    """What a certificate covers: one row per drive, with the asset it is in and the
    sanitization record printed for it."""

    __tablename__ = "certificate_items"
    certificate_id: Mapped[str] = mapped_column(ForeignKey("certificates.id"), primary_key=True)
    drive_id: Mapped[str] = mapped_column(ForeignKey("drives.id"), primary_key=True)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id"), index=True)
    sanitization_id: Mapped[str] = mapped_column(ForeignKey("sanitizations.id"))

    __table_args__ = (Index("ix_certificate_items_drive", "drive_id"),)


class ConflictRow(Base):
    """A conflict sync found (app/domain/conflicts.py): what happened, what the merge
    decided, and whether a person settled it. The id is derived from the conflict's kind and
    key, so every device has the same row; settling writes a `conflict settled` event,
    which syncs and settles the row on every device."""

    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    key: Mapped[str] = mapped_column(Text)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    asset_id: Mapped[str | None] = mapped_column(String(36), index=True)
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | settled
    settled_by: Mapped[str | None] = mapped_column(String(200))
    settled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    settled_device_id: Mapped[str | None] = mapped_column(String(36))
    resolution: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_conflicts_status", "status", "detected_at"),)

"""Conflicts sync found (app/domain/conflicts.py): recording them, listing them, settling
them. Settling is a journal event (`conflict settled`) that syncs, so a conflict settled on
one device is settled on every device.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import conflicts as cf
from app.store.tables import ConflictRow, utcnow
from app.sync import protocol as p

if TYPE_CHECKING:
    from app.services.sync_apply import SyncResult


def handles(entity: str, kind: str) -> bool:
    """Whether the event is a settlement this module applies."""
    return entity == cf.ENTITY and kind == cf.SETTLED


def after_apply(
    session: Session,
    touched_assets: Iterable[str],
    settlements: Sequence[p.ServerEvent],
    result: SyncResult,
) -> None:
    """After a page's events were applied (same transaction): record the conflicts the
    merge found (`result.conflicts`), each once (a conflict found again keeps its row and
    its settlement), then apply the page's settlements."""
    del touched_assets
    record_found(session, result.conflicts)
    for ev in settlements:
        row = session.get(ConflictRow, ev.entity_id)
        if row is not None and row.status != "settled":
            row.status = "settled"
            row.settled_by = ev.actor
            row.settled_at = ev.recorded_at.replace(tzinfo=None)
            row.settled_device_id = ev.device_id
            row.resolution = str(ev.data.get("resolution", ""))
            row.note = str(ev.data.get("note", ""))


def record_found(session: Session, found: Iterable[cf.ConflictFound]) -> None:
    now = utcnow()
    for conflict in found:
        if session.get(ConflictRow, conflict.id) is not None:
            continue
        session.add(
            ConflictRow(
                id=conflict.id, kind=conflict.kind, key=conflict.key, entity=conflict.entity,
                entity_id=conflict.entity_id, asset_id=conflict.asset_id,
                summary=conflict.summary, details=dict(conflict.details), detected_at=now,
                status="open", resolution="", note="",
            )
        )  # fmt: skip
    session.flush()


def open_conflicts(session: Session) -> list[ConflictRow]:
    return list(
        session.scalars(
            select(ConflictRow)
            .where(ConflictRow.status == "open")
            .order_by(ConflictRow.detected_at, ConflictRow.id)
        )
    )

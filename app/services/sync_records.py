"""Applying pulled events of the records beside assets, models, locations and people:
drives, sanitization records, checklist runs and answers, label prints, counts and their
scans, certificates (called by app/services/sync_apply.py inside the page's transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.sync import protocol as p

if TYPE_CHECKING:
    from app.services.sync_apply import SyncResult

# (entity, kind) pairs this module applies
KINDS: frozenset[tuple[str, str]] = frozenset()


def handles(entity: str, kind: str) -> bool:
    return (entity, kind) in KINDS


def apply_records(session: Session, events: Sequence[p.ServerEvent], result: SyncResult) -> None:
    """Bring the records the events name in line with all their events in the journal."""
    del session, events, result

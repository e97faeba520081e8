"""Conflicts that sync found: what two devices did that the merge rules resolved on their
own, but that a person should look at and settle.

Sync resolves every conflict deterministically (app/domain/merge.py), so the state is the
same on every device whatever happens next; a conflict record says what was decided
and offers the person the other choices. Each device that applies the conflicting events
finds the conflict itself, so a conflict's id is derived from what it is about (its kind
and a key), never random: every device gives the same conflict the same id, and a
settlement made on one device (a `conflict settled` journal event) settles it everywhere.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# the kinds of conflict, and what each is about
TAG = "tag"  # two assets adopted the same tag on different devices
MODEL_NAME = "model_name"  # the same model (manufacturer and name) created on two devices
LOCATION_CYCLE = "location_cycle"  # two devices moved locations into each other
DELETED_IN_USE = "deleted_in_use"  # deleted on one device while another still used it
TRANSITION = "transition"  # two devices moved one asset through different transitions
CHECKLIST = "checklist"  # a checklist run completed or abandoned on two devices
COUNT = "count"  # a count closed on two devices, or scanned after it was closed

KINDS = (TAG, MODEL_NAME, LOCATION_CYCLE, DELETED_IN_USE, TRANSITION, CHECKLIST, COUNT)

# entity and event kinds of a settlement in the journal
ENTITY = "conflict"
SETTLED = "settled"

_NAMESPACE = uuid.UUID("5b0c3a52-8f3e-4c61-9d1e-6f2a7e0c9b11")


def conflict_id(kind: str, key: str) -> str:
    """The id every device gives the conflict of this kind about `key` (e.g. the tag two
    assets claim, or the asset two transitions moved)."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}\x00{key}"))


@dataclass(frozen=True)
class ConflictFound:
    """A conflict as sync finds it.

    `key` identifies what it is about (the same on every device: see `conflict_id`);
    `summary` says in one sentence what happened and what sync decided; `details` holds
    what the settling dialog needs (ids of the entities involved, the values each device
    wanted); `entity`/`entity_id` the thing it is mainly about, `asset_id` the asset (if
    any) so it shows in the asset's panel."""

    kind: str
    key: str
    summary: str
    entity: str
    entity_id: str
    asset_id: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return conflict_id(self.kind, self.key)

    def __str__(self) -> str:
        return self.summary

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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.text import text_from_data

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


# A conflict's summary is stored in English (the `summary` column); when it was built as a
# `Text` (app/domain/text.py), its details also keep it as `text_data` under SUMMARY_TEXT,
# and a settled one its resolution under RESOLUTION_TEXT, so the window shows them in its
# language. Ids and keys never depend on the language.
SUMMARY_TEXT = "summary_text"
RESOLUTION_TEXT = "resolution_text"


def summary_text(summary: str, details: Mapping[str, Any] | None) -> str:
    """The summary as a `Text` when the details keep one, else as stored (English)."""
    return text_from_data((details or {}).get(SUMMARY_TEXT), summary)


def resolution_text(resolution: str, details: Mapping[str, Any] | None) -> str:
    """How the conflict was settled, as a `Text` when the details keep one, else as stored."""
    return text_from_data((details or {}).get(RESOLUTION_TEXT), resolution)


# ----------------------------------------------------------------------- settling


@dataclass(frozen=True)
class Choice:
    """One way to settle a conflict of a kind. `needs` names the value the person must give
    with it ("" none, "tag", "state", "name", "parent", "to")."""

    key: str
    label: str
    help: str
    needs: str = ""


KEEP = "keep"
ACKNOWLEDGE = "acknowledge"

CHOICES: dict[str, tuple[Choice, ...]] = {
    TAG: (
        Choice(
            KEEP,
            "Keep as merged",
            "the asset that lost the tag keeps its suffixed tag (print it a new label)",
        ),
        Choice(
            "swap",
            "Give the tag to the other asset",
            "the asset that lost the tag gets it back; the other one takes its suffixed tag",
        ),
        Choice(
            "retag",
            "Type a new tag for the asset that lost it",
            "the asset with the suffixed tag gets the tag you type (unique, like any tag edit)",
            "tag",
        ),
    ),
    TRANSITION: (
        Choice(KEEP, "Keep the current state", "nothing changes"),
        Choice(
            "other",
            "Set the other state",
            "the asset goes to the state the other device chose (recorded as a correction)",
            "state",
        ),
    ),
    MODEL_NAME: (
        Choice(KEEP, "Keep both names", "the model created later keeps its suffixed name"),
        Choice(
            "rename",
            "Rename the model created later",
            "give it a name of its own (unique for its manufacturer)",
            "name",
        ),
    ),
    LOCATION_CYCLE: (
        Choice(KEEP, "Keep it top-level", "the location stays without a parent"),
        Choice(
            "parent",
            "Choose its parent",
            "put the location inside another one (not inside itself)",
            "parent",
        ),
    ),
    DELETED_IN_USE: (
        Choice(KEEP, "Keep it", "it stays, as the assets still use it"),
        Choice(
            "reassign",
            "Reassign what uses it, then delete it",
            "the assets using it go to another one you choose",
            "to",
        ),
    ),
}
_ACK = (Choice(ACKNOWLEDGE, "Acknowledge", "nothing changes; your note is kept with it"),)


def choices_for(kind: str) -> tuple[Choice, ...]:
    """The ways to settle a conflict of `kind` (a kind this version does not know, such as
    checklist and count conflicts, is acknowledged with a note)."""
    return CHOICES.get(kind, _ACK)


def find_choice(kind: str, key: str) -> Choice | None:
    """The choice called `key` for `kind`; "keep" and "acknowledge" name the same choice
    (nothing changes) for every kind."""
    options = choices_for(kind)
    for choice in options:
        if choice.key == key:
            return choice
    if key in (KEEP, ACKNOWLEDGE):
        return options[0] if options[0].key in (KEEP, ACKNOWLEDGE) else None
    return None


# ------------------------------------------------------------- transition conflicts


@dataclass(frozen=True)
class StatusEvent:
    """An `asset status_changed` event as transition conflicts need it."""

    id: str
    hlc: int
    device_id: str
    source: str  # the state it moved the asset from
    target: str  # ... and to

    @property
    def stamp(self) -> tuple[int, str]:
        return (self.hlc, self.device_id)


def transition_key(asset_id: str, earlier: StatusEvent, later: StatusEvent) -> str:
    """The key of a transition conflict: the asset and the ids of the two events, the
    earlier by (hlc, device) first. Event ids are the same on every device, so every device
    that holds both events derives the same key (and so the same conflict id)."""
    return f"{asset_id}\x00{earlier.id}\x00{later.id}"


def transition_forks(events: Iterable[StatusEvent]) -> list[tuple[StatusEvent, StatusEvent]]:
    """Pairs (earlier, later) of status changes of one asset that two devices made without
    seeing each other's: both moved the asset from the same state to different states.

    The events are put in merge order (hlc, device). Following them one after the other,
    each should start from the state the one before left the asset in; a change that does
    not was made without knowing of the changes in between. It conflicts with the latest
    earlier change of another device that left the same state for a different one (two
    devices making the same move agree: no conflict). Pure and order-independent: the same
    events give the same pairs on every device."""
    ordered = sorted(events, key=lambda e: (e.stamp, e.id))
    out: list[tuple[StatusEvent, StatusEvent]] = []
    for i, ev in enumerate(ordered):
        if i == 0 or ordered[i - 1].target == ev.source:
            continue  # follows on from the change before it
        for prev in reversed(ordered[:i]):
            if prev.device_id != ev.device_id and prev.source == ev.source:
                if prev.target != ev.target:
                    out.append((prev, ev))
                break
    return out

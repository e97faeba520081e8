"""The asset lifecycle: states, the transitions between them, and their guards.

Transitions are data (`TRANSITIONS`); guards are plain functions over an `AssetFacts`
snapshot, so the same rules serve the GUI (which actions to offer), the CLI, checklists that
perform a transition on completion, and sync (which must re-check what arrives).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    REQUESTED = "requested"
    ORDERED = "ordered"
    IN_STOCK = "in_stock"
    DEPLOYED = "deployed"
    IN_MAINTENANCE = "in_maintenance"
    RETIRED = "retired"
    DISPOSED = "disposed"
    MISSING = "missing"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.REQUESTED: "Requested",
    Status.ORDERED: "Ordered",
    Status.IN_STOCK: "In stock",
    Status.DEPLOYED: "Deployed",
    Status.IN_MAINTENANCE: "In maintenance",
    Status.RETIRED: "Retired",
    Status.DISPOSED: "Disposed",
    Status.MISSING: "Missing",
}

# Words people and other tools use for the same states (Snipe-IT status labels, etc.).
STATUS_ALIASES: dict[str, Status] = {
    "ready to deploy": Status.IN_STOCK,
    "ready": Status.IN_STOCK,
    "in stock": Status.IN_STOCK,
    "instock": Status.IN_STOCK,
    "stock": Status.IN_STOCK,
    "available": Status.IN_STOCK,
    "pending": Status.ORDERED,
    "on order": Status.ORDERED,
    "deployed": Status.DEPLOYED,
    "checked out": Status.DEPLOYED,
    "in use": Status.DEPLOYED,
    "assigned": Status.DEPLOYED,
    "in maintenance": Status.IN_MAINTENANCE,
    "maintenance": Status.IN_MAINTENANCE,
    "out for repair": Status.IN_MAINTENANCE,
    "repair": Status.IN_MAINTENANCE,
    "broken": Status.IN_MAINTENANCE,
    "archived": Status.RETIRED,
    "retired": Status.RETIRED,
    "undeployable": Status.RETIRED,
    "lost/stolen": Status.MISSING,
    "lost": Status.MISSING,
    "stolen": Status.MISSING,
    "missing": Status.MISSING,
    "disposed": Status.DISPOSED,
    "destroyed": Status.DISPOSED,
    "requested": Status.REQUESTED,
    "ordered": Status.ORDERED,
}


def parse_status(text: str) -> Status | None:
    key = " ".join(text.strip().lower().replace("_", " ").split())
    if not key:
        return None
    for status in Status:
        if key in {status.value.replace("_", " "), status.label.lower()}:
            return status
    return STATUS_ALIASES.get(key)


@dataclass(frozen=True)
class DriveFacts:
    serial: str
    sanitized: bool  # has a passed sanitization record or a destruction record


@dataclass(frozen=True)
class AssetFacts:
    """What the guards need to know about an asset, read from the store beforehand."""

    tag: str
    status: Status
    holds_storage: bool = False
    drives: tuple[DriveFacts, ...] = ()
    assignee_id: str | None = None
    location_id: str | None = None


@dataclass(frozen=True)
class TransitionRequest:
    """Where the asset goes with the transition (deploy to a person or place, ...)."""

    assignee_id: str | None = None
    location_id: str | None = None
    note: str = ""


Guard = Callable[[AssetFacts, TransitionRequest], str | None]


def _needs_target(facts: AssetFacts, req: TransitionRequest) -> str | None:
    if (req.assignee_id or facts.assignee_id) or (req.location_id or facts.location_id):
        return None
    return (
        f"{facts.tag} cannot be deployed without a person or a location: "
        "choose who receives it or where it is installed."
    )


def _media_sanitized(facts: AssetFacts, _req: TransitionRequest) -> str | None:
    if facts.holds_storage and not facts.drives:
        return (
            f"{facts.tag} holds storage media but no drive is recorded for it: record its "
            "drives and their sanitization (or destruction) before disposal."
        )
    pending = [d.serial or "(no serial)" for d in facts.drives if not d.sanitized]
    if pending:
        n = len(facts.drives)
        return (
            f"{len(pending)} of {n} drive{'s' if n != 1 else ''} in {facts.tag} "
            f"{'has' if len(pending) == 1 else 'have'} no passed sanitization or destruction "
            f"record ({', '.join(pending)}): wipe or destroy "
            f"{'it' if len(pending) == 1 else 'them'} and record the result first."
        )
    return None


def _note_required(facts: AssetFacts, req: TransitionRequest) -> str | None:
    if req.note.strip():
        return None
    return f"Say why {facts.tag} is being marked missing (where it was last seen)."


@dataclass(frozen=True)
class Transition:
    source: Status
    target: Status
    action: str  # the verb shown on the button
    guards: tuple[Guard, ...] = field(default=())
    clears_assignee: bool = False


S = Status
TRANSITIONS: tuple[Transition, ...] = (
    Transition(S.REQUESTED, S.ORDERED, "Mark ordered"),
    Transition(S.REQUESTED, S.IN_STOCK, "Receive into stock"),
    Transition(S.ORDERED, S.IN_STOCK, "Receive into stock"),
    Transition(S.ORDERED, S.REQUESTED, "Cancel order"),
    Transition(S.IN_STOCK, S.DEPLOYED, "Deploy", (_needs_target,)),
    Transition(S.IN_STOCK, S.IN_MAINTENANCE, "Send to maintenance"),
    Transition(S.IN_STOCK, S.RETIRED, "Retire", clears_assignee=True),
    Transition(S.DEPLOYED, S.IN_STOCK, "Return to stock", clears_assignee=True),
    Transition(S.DEPLOYED, S.IN_MAINTENANCE, "Send to maintenance"),
    Transition(S.DEPLOYED, S.RETIRED, "Retire", clears_assignee=True),
    Transition(S.IN_MAINTENANCE, S.IN_STOCK, "Back to stock", clears_assignee=True),
    Transition(S.IN_MAINTENANCE, S.DEPLOYED, "Back to user", (_needs_target,)),
    Transition(S.IN_MAINTENANCE, S.RETIRED, "Retire", clears_assignee=True),
    Transition(S.RETIRED, S.IN_STOCK, "Reuse (back to stock)"),
    Transition(S.RETIRED, S.DISPOSED, "Dispose", (_media_sanitized,), clears_assignee=True),
    Transition(S.MISSING, S.IN_STOCK, "Found: back to stock"),
    Transition(S.MISSING, S.DEPLOYED, "Found: with user", (_needs_target,)),
    Transition(S.MISSING, S.RETIRED, "Write off (retire)", clears_assignee=True),
    *(
        Transition(src, S.MISSING, "Mark missing", (_note_required,))
        for src in (S.ORDERED, S.IN_STOCK, S.DEPLOYED, S.IN_MAINTENANCE, S.RETIRED)
    ),
)

_BY_PAIR: dict[tuple[Status, Status], Transition] = {(t.source, t.target): t for t in TRANSITIONS}


def transitions_from(status: Status) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source is status]


def find_transition(source: Status, target: Status) -> Transition | None:
    return _BY_PAIR.get((source, target))


def check_transition(
    facts: AssetFacts, target: Status, request: TransitionRequest | None = None
) -> Transition:
    """Return the transition if allowed; raise `TransitionRefused` saying why if not."""
    from app.domain.errors import TransitionRefused

    request = request or TransitionRequest()
    if facts.status is target:
        raise TransitionRefused(f"{facts.tag} is already {target.label.lower()}.")
    transition = find_transition(facts.status, target)
    if transition is None:
        options = ", ".join(t.target.label.lower() for t in transitions_from(facts.status))
        hint = f" From {facts.status.label.lower()} it can go to: {options}." if options else ""
        if facts.status is S.DISPOSED:
            hint = " A disposed asset has left the organisation; its record stays as history."
        raise TransitionRefused(
            f"{facts.tag} cannot go from {facts.status.label.lower()} to "
            f"{target.label.lower()}.{hint}"
        )
    for guard in transition.guards:
        reason = guard(facts, request)
        if reason:
            raise TransitionRefused(reason)
    return transition

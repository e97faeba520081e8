"""The asset lifecycle: states, the transitions between them, and their guards.

Transitions are data (`TRANSITIONS`); guards are plain functions over an `AssetFacts`
snapshot, so the same rules serve the GUI (which actions to offer), the CLI, checklists that
perform a transition on completion, and sync (which must re-check what arrives).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.text import QT_TRANSLATE_NOOP, joined


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
    Status.REQUESTED: QT_TRANSLATE_NOOP("Status", "Requested"),
    Status.ORDERED: QT_TRANSLATE_NOOP("Status", "Ordered"),
    Status.IN_STOCK: QT_TRANSLATE_NOOP("Status", "In stock"),
    Status.DEPLOYED: QT_TRANSLATE_NOOP("Status", "Deployed"),
    Status.IN_MAINTENANCE: QT_TRANSLATE_NOOP("Status", "In maintenance"),
    Status.RETIRED: QT_TRANSLATE_NOOP("Status", "Retired"),
    Status.DISPOSED: QT_TRANSLATE_NOOP("Status", "Disposed"),
    Status.MISSING: QT_TRANSLATE_NOOP("Status", "Missing"),
}

# The states in the middle of a sentence ("IT-1 cannot go from in stock to disposed.").
STATUS_WORDS: dict[Status, str] = {
    Status.REQUESTED: QT_TRANSLATE_NOOP("domain.lifecycle", "requested"),
    Status.ORDERED: QT_TRANSLATE_NOOP("domain.lifecycle", "ordered"),
    Status.IN_STOCK: QT_TRANSLATE_NOOP("domain.lifecycle", "in stock"),
    Status.DEPLOYED: QT_TRANSLATE_NOOP("domain.lifecycle", "deployed"),
    Status.IN_MAINTENANCE: QT_TRANSLATE_NOOP("domain.lifecycle", "in maintenance"),
    Status.RETIRED: QT_TRANSLATE_NOOP("domain.lifecycle", "retired"),
    Status.DISPOSED: QT_TRANSLATE_NOOP("domain.lifecycle", "disposed"),
    Status.MISSING: QT_TRANSLATE_NOOP("domain.lifecycle", "missing"),
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
    return QT_TRANSLATE_NOOP(
        "domain.lifecycle",
        "{tag} cannot be deployed without a person or a location: "
        "choose who receives it or where it is installed.",
    ).format(tag=facts.tag)


def _media_sanitized(facts: AssetFacts, _req: TransitionRequest) -> str | None:
    if facts.holds_storage and not facts.drives:
        return QT_TRANSLATE_NOOP(
            "domain.lifecycle",
            "{tag} holds storage media but no drive is recorded for it: record its "
            "drives and their sanitization (or destruction) before disposal.",
        ).format(tag=facts.tag)
    no_serial = QT_TRANSLATE_NOOP("domain.lifecycle", "(no serial)")
    pending = [d.serial or no_serial for d in facts.drives if not d.sanitized]
    if pending:
        n = len(facts.drives)
        if len(pending) == 1:
            text = QT_TRANSLATE_NOOP(
                "domain.lifecycle",
                "1 of {n} drives in {tag} has no passed sanitization or destruction "
                "record ({drives}): wipe or destroy it and record the result first.",
            )
            if n == 1:
                text = QT_TRANSLATE_NOOP(
                    "domain.lifecycle",
                    "1 of 1 drive in {tag} has no passed sanitization or destruction "
                    "record ({drives}): wipe or destroy it and record the result first.",
                )
        else:
            text = QT_TRANSLATE_NOOP(
                "domain.lifecycle",
                "{pending} of {n} drives in {tag} have no passed sanitization or destruction "
                "record ({drives}): wipe or destroy them and record the result first.",
            )
        return text.format(pending=len(pending), n=n, tag=facts.tag, drives=", ".join(pending))
    return None


def _note_required(facts: AssetFacts, req: TransitionRequest) -> str | None:
    if req.note.strip():
        return None
    return QT_TRANSLATE_NOOP(
        "domain.lifecycle", "Say why {tag} is being marked missing (where it was last seen)."
    ).format(tag=facts.tag)


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
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain.lifecycle", "{tag} is already {state}.").format(
                tag=facts.tag, state=STATUS_WORDS[target]
            )
        )
    transition = find_transition(facts.status, target)
    if transition is None:
        targets = [t.target for t in transitions_from(facts.status)]
        refusal = QT_TRANSLATE_NOOP("domain.lifecycle", "{tag} cannot go from {state} to {target}.")
        if facts.status is S.DISPOSED:
            refusal = QT_TRANSLATE_NOOP(
                "domain.lifecycle",
                "{tag} cannot go from {state} to {target}. A disposed asset has left the "
                "organisation; its record stays as history.",
            )
        elif targets:
            refusal = QT_TRANSLATE_NOOP(
                "domain.lifecycle",
                "{tag} cannot go from {state} to {target}. From {state} it can go to: {options}.",
            )
        raise TransitionRefused(
            refusal.format(
                tag=facts.tag,
                state=STATUS_WORDS[facts.status],
                target=STATUS_WORDS[target],
                options=joined(STATUS_WORDS[t] for t in targets),
            )
        )
    for guard in transition.guards:
        reason = guard(facts, request)
        if reason:
            raise TransitionRefused(reason)
    return transition

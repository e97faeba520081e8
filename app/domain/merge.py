"""Merge rules of sync: pure functions over journal events, so that applying the same events
in any order gives the same state on every device.

- Fields merge last-writer-wins by (HLC, device id): each field of an entity has the value
  of the newest event (by that pair) that set it. Two events never share the pair (a
  device's clock issues every timestamp once), so the newest is always one event.
- A deletion is a tombstone: the entity is gone once any device deleted it, unless
  something live still refers to it (the caller decides that from the merged state).
- Unique values claimed by two entities (two assets given the same tag offline, two models
  with the same manufacturer and name): the oldest claim keeps the value, the others get it
  with a suffix (``IT-00012~2``) and are reported as conflicts for a person to settle.
- Location parents that form a cycle (two devices moved two locations into each other):
  the location whose parent was set last loses its parent (it becomes top-level).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# (hlc, device id): the order of last-writer-wins
Stamp = tuple[int, str]

# entity -> the event kinds sync applies to its state (other kinds are stored as history)
# "counted": the audit dates (and the move) a count's close gave an asset
FIELD_KINDS = frozenset({"created", "updated", "status_changed", "counted"})
DELETED = "deleted"
APPLIED_ENTITIES = frozenset({"asset", "model", "location", "person"})
SUFFIX_SEP = "~"


def is_applied(entity: str, kind: str) -> bool:
    """Whether sync applies events of this entity and kind to the state tables."""
    return entity in APPLIED_ENTITIES and (kind in FIELD_KINDS or kind == DELETED)


@dataclass(frozen=True)
class MergeEvent:
    """What the merge needs of a journal event."""

    hlc: int
    device_id: str
    kind: str
    changes: Mapping[str, Any]
    recorded_at: str = ""

    @property
    def stamp(self) -> Stamp:
        return (self.hlc, self.device_id)


@dataclass
class Merged:
    """The merged state of one entity: each field's newest value and the stamp that set it."""

    fields: dict[str, Any] = field(default_factory=dict)
    stamps: dict[str, Stamp] = field(default_factory=dict)
    created: Stamp | None = None  # the oldest creation event
    created_at: str = ""  # its recorded_at
    deleted: Stamp | None = None  # the newest tombstone
    newest: Stamp | None = None  # the newest event of any applied kind
    newest_at: str = ""  # its recorded_at

    @property
    def exists(self) -> bool:
        """Created and not deleted (a deleted entity may still be kept: see the module)."""
        return self.created is not None and self.deleted is None


def merge(events: Iterable[MergeEvent]) -> Merged:
    """The merged state of one entity from its events, in any order."""
    out = Merged()
    for ev in events:
        stamp = ev.stamp
        if ev.kind == DELETED:
            if out.deleted is None or stamp > out.deleted:
                out.deleted = stamp
        elif ev.kind in FIELD_KINDS:
            if ev.kind == "created" and (out.created is None or stamp < out.created):
                out.created = stamp
                out.created_at = ev.recorded_at
            for name, pair in ev.changes.items():
                if not isinstance(pair, list | tuple) or len(pair) != 2:
                    continue  # not a field change
                known = out.stamps.get(name)
                if known is None or stamp > known:
                    out.stamps[name] = stamp
                    out.fields[name] = pair[1]
        else:
            continue
        if out.newest is None or stamp > out.newest:
            out.newest = stamp
            out.newest_at = ev.recorded_at
    return out


@dataclass(frozen=True)
class Claim:
    """An entity claiming a unique value: `value` as the entity's own events set it, and the
    stamp of the event that set it."""

    owner: str
    value: str
    stamp: Stamp


def settle_claims(
    claims: Iterable[Claim],
    key: Callable[[str], str] = str,
    taken: Iterable[str] = (),
) -> dict[str, str]:
    """The value each owner gets: the oldest claim (by stamp, then owner id) on a value keeps
    it, the n-th gets ``value~n``. `key` says when two values are the same (e.g. tags compare
    without ASCII case); a suffixed value also avoids every value in `taken` and every value
    claimed here."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(key(claim.value), []).append(claim)
    used = {key(v) for v in taken} | set(groups)
    out: dict[str, str] = {}
    for group in groups.values():
        group.sort(key=lambda c: (c.stamp, c.owner))
        out[group[0].owner] = group[0].value
        n = 1
        for claim in group[1:]:
            n += 1
            while key(f"{claim.value}{SUFFIX_SEP}{n}") in used:
                n += 1
            value = f"{claim.value}{SUFFIX_SEP}{n}"
            used.add(key(value))
            out[claim.owner] = value
    return out


def ascii_casefold(text: str) -> str:
    """How SQLite's NOCASE compares: ASCII letters without case, everything else as is."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def break_cycles(
    parents: Mapping[str, str | None], stamps: Mapping[str, Stamp]
) -> dict[str, str | None]:
    """Parents with every cycle broken: in each cycle, the node whose parent was set last
    (by `stamps`, then the larger id) gets no parent. Parents that are not nodes are kept."""
    out = dict(parents)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in sorted(out):
        if state.get(start):
            continue
        path: list[str] = []
        node: str | None = start
        while node is not None and node in out and not state.get(node):
            state[node] = 1
            path.append(node)
            node = out[node]
        if node is not None and state.get(node) == 1:
            cycle = path[path.index(node) :]
            loser = max(cycle, key=lambda n: (stamps.get(n, (0, "")), n))
            out[loser] = None
        for n in path:
            state[n] = 2
    return out

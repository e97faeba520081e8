"""The merge rules of sync (app/domain/merge.py): the same events in any order give the same
state; unique values and location cycles are settled deterministically."""

from __future__ import annotations

import random

from app.domain.merge import (
    Claim,
    MergeEvent,
    ascii_casefold,
    break_cycles,
    is_applied,
    merge,
    settle_claims,
)
from app.store.journal import EVENT_COLUMNS
from app.sync.protocol import ServerEvent, WireEvent


def ev(hlc: int, device: str, kind: str, **changes: object) -> MergeEvent:
    return MergeEvent(hlc, device, kind, {k: [None, v] for k, v in changes.items()}, str(hlc))


def test_last_writer_wins_per_field_in_any_order() -> None:
    events = [
        ev(10, "a", "created", tag="IT-1", status="in_stock", notes="first"),
        ev(20, "b", "updated", notes="b's note"),
        ev(20, "a", "updated", serial="S-A", notes="a's note"),  # same hlc: device id decides
        ev(30, "a", "status_changed", status="deployed", assignee_id="p1"),
        ev(25, "c", "status_changed", status="retired", assignee_id=None),
        ev(40, "c", "updated", custom={"ram": "16 GB"}),
    ]
    expected = merge(events)
    assert expected.fields == {
        "tag": "IT-1", "status": "deployed", "notes": "b's note", "serial": "S-A",
        "assignee_id": "p1", "custom": {"ram": "16 GB"},
    }  # fmt: skip
    assert expected.created == (10, "a") and expected.newest == (40, "c") and expected.exists
    rng = random.Random(8)
    for _ in range(200):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert merge(shuffled) == expected


def test_random_histories_merge_the_same_whatever_the_order() -> None:
    rng = random.Random(1)
    fields = ["a", "b", "c", "d"]
    for _ in range(100):
        events = [ev(0, "dev0", "created", a=0)]
        n = rng.randint(1, 30)
        hlcs = rng.sample(range(1, 60), n)  # a device never issues one timestamp twice
        for i in range(n):
            kind = rng.choice(["updated", "status_changed", "deleted", "checklist_answered"])
            values = {f: rng.randint(0, 9) for f in rng.sample(fields, rng.randint(1, 3))}
            events.append(ev(hlcs[i], f"dev{i % 4}", kind, **values))
        orders = [events[:], events[::-1], rng.sample(events, len(events))]
        results = [merge(o) for o in orders]
        assert results[0] == results[1] == results[2]


def test_a_tombstone_wins_and_unknown_kinds_change_nothing() -> None:
    m = merge([ev(1, "a", "created", name="X"), ev(2, "b", "deleted"), ev(3, "a", "updated",
                                                                           name="Y")])  # fmt: skip
    assert m.deleted == (2, "b") and not m.exists and m.fields["name"] == "Y"
    m = merge([ev(1, "a", "created", name="X"), ev(2, "a", "label_printed", name="Z")])
    assert m.fields == {"name": "X"} and m.newest == (1, "a")
    bad = MergeEvent(5, "a", "updated", {"name": "not a pair", "x": [1, 2, 3]})
    assert merge([bad]).fields == {}
    assert is_applied("asset", "status_changed") and is_applied("person", "deleted")
    assert not is_applied("count", "count_scan") and not is_applied("asset", "label_printed")


def test_the_oldest_claim_keeps_a_tag_the_others_get_a_suffix() -> None:
    claims = [
        Claim("x", "IT-12", (30, "a")),
        Claim("y", "it-12", (10, "b")),
        Claim("z", "IT-12", (30, "0")),
        Claim("w", "IT-13", (1, "a")),
        Claim("v", "IT-12~2", (5, "q")),  # someone typed the suffixed tag by hand
    ]
    expected = {"y": "it-12", "z": "IT-12~3", "x": "IT-12~4", "w": "IT-13", "v": "IT-12~2"}
    for _ in range(20):
        random.shuffle(claims)
        assert settle_claims(claims, key=ascii_casefold) == expected
    assert ascii_casefold("ÄB-c") == "Äb-c"


def test_location_cycles_are_broken_at_the_newest_move() -> None:
    parents = {"a": "b", "b": "a", "c": "a", "d": None, "e": "e", "f": "gone"}
    stamps = {"a": (5, "x"), "b": (9, "y"), "e": (1, "x")}
    fixed = break_cycles(parents, stamps)
    assert fixed == {"a": "b", "b": None, "c": "a", "d": None, "e": None, "f": "gone"}
    long = {str(i): str((i + 1) % 50) for i in range(50)}
    fixed = break_cycles(long, {str(i): (i, "x") for i in range(50)})
    assert [k for k, v in fixed.items() if v is None] == ["49"]


def test_an_event_on_the_wire_is_exactly_a_journal_row() -> None:
    assert tuple(WireEvent.model_fields) == EVENT_COLUMNS[:-1]
    assert tuple(ServerEvent.model_fields) == EVENT_COLUMNS

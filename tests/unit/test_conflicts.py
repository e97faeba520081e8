"""Conflict ids, keys and the detection of transition conflicts: the same on every device,
whatever order the events come in."""

from __future__ import annotations

import itertools

from app.domain import conflicts as cf
from app.domain.conflicts import StatusEvent, transition_forks, transition_key


def ev(eid: str, hlc: int, device: str, source: str, target: str) -> StatusEvent:
    return StatusEvent(eid, hlc, device, source, target)


def test_conflict_ids_are_derived_from_kind_and_key() -> None:
    assert cf.conflict_id("tag", "it-1\x00a") == cf.conflict_id("tag", "it-1\x00a")
    assert cf.conflict_id("tag", "it-1\x00a") != cf.conflict_id("transition", "it-1\x00a")
    found = cf.ConflictFound("tag", "k", "s", "asset", "a")
    assert found.id == cf.conflict_id("tag", "k") and str(found) == "s"


def test_two_devices_moving_from_the_same_state_conflict() -> None:
    a = ev("e1", 10, "dev-a", "in_stock", "deployed")
    b = ev("e2", 12, "dev-b", "in_stock", "in_maintenance")
    for order in itertools.permutations([a, b]):
        assert transition_forks(order) == [(a, b)]
    assert transition_key("asset", a, b) == "asset\x00e1\x00e2"


def test_the_same_move_twice_and_sequential_moves_do_not_conflict() -> None:
    same = [ev("e1", 10, "a", "in_stock", "deployed"), ev("e2", 11, "b", "in_stock", "deployed")]
    assert transition_forks(same) == []
    chain = [
        ev("e1", 10, "a", "in_stock", "deployed"),
        ev("e2", 11, "b", "deployed", "in_maintenance"),  # b saw a's change
        ev("e3", 12, "a", "in_maintenance", "in_stock"),
    ]
    assert transition_forks(chain) == []
    # a went there and back; b (having seen it) moved on from the same state: no conflict
    back = [
        ev("e1", 10, "a", "in_stock", "deployed"),
        ev("e2", 11, "a", "deployed", "in_stock"),
        ev("e3", 12, "b", "in_stock", "retired"),
    ]
    assert transition_forks(back) == []


def test_a_change_made_without_seeing_several_others_conflicts_with_the_fork() -> None:
    a1 = ev("e1", 10, "a", "in_stock", "deployed")
    a2 = ev("e2", 11, "a", "deployed", "in_maintenance")
    b1 = ev("e3", 12, "b", "in_stock", "retired")
    b2 = ev("e4", 13, "b", "retired", "in_stock")
    events = [a1, a2, b1, b2]
    expected = [(a1, b1)]
    for order in itertools.permutations(events):
        assert transition_forks(order) == expected


def test_three_devices_give_pairwise_conflicts() -> None:
    a = ev("e1", 10, "a", "in_stock", "deployed")
    b = ev("e2", 11, "b", "in_stock", "in_maintenance")
    c = ev("e3", 12, "c", "in_stock", "retired")
    assert transition_forks([c, b, a]) == [(a, b), (b, c)]


def test_choices_per_kind() -> None:
    assert [c.key for c in cf.choices_for(cf.TAG)] == ["keep", "swap", "retag"]
    assert [c.key for c in cf.choices_for(cf.CHECKLIST)] == ["acknowledge"]
    assert [c.key for c in cf.choices_for("something new")] == ["acknowledge"]
    assert cf.find_choice(cf.TRANSITION, "acknowledge") == cf.choices_for(cf.TRANSITION)[0]
    assert cf.find_choice(cf.COUNT, "keep") == cf.choices_for(cf.COUNT)[0]
    assert cf.find_choice(cf.TAG, "other") is None
    assert all(c.label and c.help for kind in cf.KINDS for c in cf.choices_for(kind))

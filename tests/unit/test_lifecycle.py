from __future__ import annotations

import pytest

from app.domain.errors import TransitionRefused
from app.domain.lifecycle import (
    TRANSITIONS,
    AssetFacts,
    DriveFacts,
    Status,
    TransitionRequest,
    check_transition,
    parse_status,
    transitions_from,
)


def facts(status: Status, **kw: object) -> AssetFacts:
    return AssetFacts(tag="FT-1", status=status, **kw)  # type: ignore[arg-type]


def test_every_state_is_reachable_from_requested() -> None:
    seen = {Status.REQUESTED}
    frontier = [Status.REQUESTED]
    while frontier:
        for t in transitions_from(frontier.pop()):
            if t.target not in seen:
                seen.add(t.target)
                frontier.append(t.target)
    assert seen == set(Status)


def test_disposed_is_terminal_and_says_so() -> None:
    assert transitions_from(Status.DISPOSED) == []
    with pytest.raises(TransitionRefused, match="left the organisation"):
        check_transition(facts(Status.DISPOSED), Status.IN_STOCK)


def test_refused_transition_names_the_allowed_ones() -> None:
    with pytest.raises(TransitionRefused) as exc:
        check_transition(facts(Status.REQUESTED), Status.DEPLOYED)
    assert "cannot go from requested to deployed" in exc.value.message
    assert "ordered" in exc.value.message and "in stock" in exc.value.message


def test_same_state_is_refused() -> None:
    with pytest.raises(TransitionRefused, match="already in stock"):
        check_transition(facts(Status.IN_STOCK), Status.IN_STOCK)


def test_deploy_needs_a_person_or_a_place() -> None:
    with pytest.raises(TransitionRefused, match="person or a location"):
        check_transition(facts(Status.IN_STOCK), Status.DEPLOYED)
    check_transition(facts(Status.IN_STOCK), Status.DEPLOYED, TransitionRequest(assignee_id="p"))
    check_transition(facts(Status.IN_STOCK, location_id="l"), Status.DEPLOYED)


def test_disposal_of_storage_asset_needs_every_drive_sanitized() -> None:
    no_drives = facts(Status.RETIRED, holds_storage=True)
    with pytest.raises(TransitionRefused, match="no drive is recorded"):
        check_transition(no_drives, Status.DISPOSED)
    one_pending = facts(
        Status.RETIRED,
        holds_storage=True,
        drives=(DriveFacts("S1", True), DriveFacts("S2", False)),
    )
    with pytest.raises(TransitionRefused, match=r"1 of 2 drives .* \(S2\)"):
        check_transition(one_pending, Status.DISPOSED)
    done = facts(Status.RETIRED, holds_storage=True, drives=(DriveFacts("S1", True),))
    assert check_transition(done, Status.DISPOSED).target is Status.DISPOSED


def test_disposal_of_asset_without_storage_is_allowed() -> None:
    assert check_transition(facts(Status.RETIRED), Status.DISPOSED).clears_assignee


def test_drives_recorded_on_a_non_storage_model_still_count() -> None:
    with pytest.raises(TransitionRefused, match="no passed sanitization"):
        check_transition(facts(Status.RETIRED, drives=(DriveFacts("X", False),)), Status.DISPOSED)


def test_marking_missing_needs_a_note() -> None:
    with pytest.raises(TransitionRefused, match="last seen"):
        check_transition(facts(Status.DEPLOYED, assignee_id="p"), Status.MISSING)
    check_transition(facts(Status.DEPLOYED), Status.MISSING, TransitionRequest(note="not at desk"))


def test_transition_table_has_no_duplicates_or_self_loops() -> None:
    pairs = [(t.source, t.target) for t in TRANSITIONS]
    assert len(pairs) == len(set(pairs))
    assert all(s is not t for s, t in pairs)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ready to Deploy", Status.IN_STOCK),
        ("in_stock", Status.IN_STOCK),
        ("In stock", Status.IN_STOCK),
        ("Deployed", Status.DEPLOYED),
        ("Lost/Stolen", Status.MISSING),
        ("Archived", Status.RETIRED),
        ("  out   for repair ", Status.IN_MAINTENANCE),
        ("pending", Status.ORDERED),
        ("", None),
        ("banana", None),
    ],
)
def test_parse_status(text: str, status: Status | None) -> None:
    assert parse_status(text) is status

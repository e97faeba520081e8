"""Inventory counts on a real store: start, scan, close, reports, bad input, history, due."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import FieldtagError, NotFound, ValidationError
from app.domain.ids import new_id
from app.services import counts
from app.services.assets import asset_history, create_asset, get_asset
from app.services.context import Context
from app.store.database import integrity_ok


@pytest.fixture
def shelf(catalog_ctx: Any) -> tuple[Context, dict[str, str]]:
    """Room 2.14 with 3 laptops and a monitor (one on Shelf A below it), one laptop
    elsewhere (Building B), one ordered asset in the room (not expected)."""
    ctx, ids = catalog_ctx
    for tag, model, loc, status in [
        ("IT-0001", "laptop", "room", "in_stock"),
        ("IT-0002", "laptop", "room", "in_stock"),
        ("IT-0003", "laptop", "shelf", "in_stock"),
        ("IT-0004", "monitor", "room", "in_stock"),
        ("IT-0009", "laptop", "building", "in_stock"),
        ("IT-0010", "laptop", "room", "ordered"),
    ]:
        a = create_asset(ctx, {"tag": tag, "model_id": ids[model], "location_id": ids[loc],
                               "status": status})  # fmt: skip
        ids[tag] = a.id
    return ctx, ids


def test_start_scan_state_and_progress(shelf: Any) -> None:
    ctx, ids = shelf
    info = counts.start_count(ctx, "berlin hq >Building B> 2.14")
    assert info.location_id == ids["room"] and info.include_sublocations
    assert info.expected == 4, "ordered assets are not expected"
    acks = [counts.record_scan(ctx, info.id, t) for t in
            ["IT-0001\r\n", "it-0003", "IT-0009", "NEW-77", "IT-0001", "FT:ACME:IT-0004"]]  # fmt: skip
    assert [a.outcome for a in acks] == [
        "found", "found", "unexpected", "unknown", "duplicate", "found"
    ]  # fmt: skip
    assert acks[0].tag == "IT-0001"
    assert acks[2].line == "unexpected IT-0009 (recorded at Berlin HQ > Building B)"
    assert acks[0].seq < acks[1].seq
    state = counts.count_state(ctx, info.id)
    r = state.result
    assert sorted(f.asset.tag for f in r.found) == ["IT-0001", "IT-0003", "IT-0004"]
    assert [m.tag for m in r.missing] == ["IT-0002"]
    assert r.unknown_tags == ["NEW-77"] and r.duplicates == 1
    assert r.by_category == {"Laptop": (2, 3), "Monitor": (1, 1)}
    assert state.recent[0].tag == "IT-0004" and state.to_move == 1 and state.to_audit == 4
    assert state.devices[ctx.store.device_id] == "test-device"
    assert counts.count_progress(ctx, info.id) == counts.CountProgress(4, 3, 6)
    assert counts.list_counts(ctx, "open")[0].id == info.id


def test_without_sublocations_expects_only_the_room(shelf: Any) -> None:
    ctx, ids = shelf
    info = counts.start_count(ctx, ids["room"], include_sub=False)
    assert info.expected == 3
    assert counts.record_scan(ctx, info.id, "IT-0003").outcome == "unexpected"


def test_unknown_location_is_refused_and_nothing_is_saved(shelf: Any) -> None:
    ctx, _ids = shelf
    with pytest.raises(ValidationError) as err:
        counts.start_count(ctx, "Berlin HQ > Building C")
    assert "no location 'Berlin HQ > Building C'" in err.value.message
    assert "Locations in Berlin HQ: Berlin HQ > Building B." in (err.value.message)
    with pytest.raises(ValidationError, match="Top-level locations: Berlin HQ"):
        counts.start_count(ctx, "Hamburg")
    assert counts.list_counts(ctx) == []


def test_control_characters_and_non_tags_are_refused_and_change_nothing(shelf: Any) -> None:
    ctx, _ids = shelf
    info = counts.start_count(ctx, "Berlin HQ > Building B > 2.14")
    for text in ["IT-\x070001", "IT\x1b[0001", "two words", "", "\t\r\n"]:
        with pytest.raises(ValidationError) as err:
            counts.record_scan(ctx, info.id, text)
        assert "Nothing was recorded" in err.value.message or "nothing was recorded" in (
            err.value.message
        )
    with pytest.raises(ValidationError, match=r"control characters \(U\+0007 at position 4"):
        counts.record_scan(ctx, info.id, "IT-\x070001")
    assert counts.count_progress(ctx, info.id).scans == 0
    with pytest.raises(NotFound, match="no count with id nope"):
        counts.record_scan(ctx, "nope", "IT-0001")


def test_close_sets_audit_dates_moves_unexpected_and_records_history(shelf: Any) -> None:
    ctx, ids = shelf
    info = counts.start_count(ctx, "Berlin HQ > Building B > 2.14")
    for tag in ["IT-0001", "IT-0003", "IT-0004", "IT-0009", "NEW-1"]:
        counts.record_scan(ctx, info.id, tag)
    result = counts.close_count(ctx, info.id, today=dt.date(2026, 11, 26))
    assert result.audited == 4 and result.moved == 1 and result.marked_missing == 0
    assert result.next_audit == dt.date(2027, 11, 26)
    assert result.info.status == "closed" and result.info.closed_by == "tester"
    found = get_asset(ctx, ids["IT-0001"])
    assert (found.last_audit, found.next_audit) == (dt.date(2026, 11, 26), dt.date(2027, 11, 26))
    moved = get_asset(ctx, ids["IT-0009"])
    assert moved.location_id == ids["room"] and moved.last_audit == dt.date(2026, 11, 26)
    missing = get_asset(ctx, ids["IT-0002"])
    assert missing.status == "in_stock" and missing.last_audit is None
    history = [h.summary for h in asset_history(ctx, ids["IT-0009"])]
    assert history[0] == (
        "Counted in Berlin HQ > Building B > 2.14: found here, recorded elsewhere: moved here"
    )
    assert "Scanned in the count of Berlin HQ > Building B > 2.14" in history
    assert asset_history(ctx, ids["IT-0001"])[0].summary == (
        "Counted in Berlin HQ > Building B > 2.14: found"
    )
    assert asset_history(ctx, ids["IT-0002"])[0].summary == (
        "Counted in Berlin HQ > Building B > 2.14: not found"
    )
    after = counts.count_state(ctx, info.id).result.unexpected[0]
    assert after.asset.location_path == "Berlin HQ > Building B", "where it was recorded"
    assert not after.here
    changes = {c.field: (c.old, c.new) for c in asset_history(ctx, ids["IT-0009"])[0].changes}
    assert changes["location_id"] == ("Berlin HQ > Building B", "Berlin HQ > Building B > 2.14")
    assert integrity_ok(ctx.store)


def test_mark_missing_goes_through_the_lifecycle(shelf: Any) -> None:
    ctx, ids = shelf
    info = counts.start_count(ctx, "Berlin HQ > Building B > 2.14")
    counts.record_scan(ctx, info.id, "IT-0001")
    result = counts.close_count(ctx, info.id, mark_missing=True, move_unexpected=False)
    assert result.marked_missing == 3
    for tag in ["IT-0002", "IT-0003", "IT-0004"]:
        assert get_asset(ctx, ids[tag]).status == "missing"
    entry = asset_history(ctx, ids["IT-0002"])[0]
    assert entry.summary == "Mark missing: In stock → Missing"
    assert entry.note == f"not found in count {info.short_id} of Berlin HQ > Building B > 2.14"
    assert get_asset(ctx, ids["IT-0001"]).status == "in_stock"


def test_closing_a_closed_count_is_refused(shelf: Any) -> None:
    ctx, _ids = shelf
    info = counts.start_count(ctx, "Berlin HQ > Building B > 2.14")
    counts.close_count(ctx, info.id)
    with pytest.raises(
        FieldtagError, match=r"closed by tester on this device at .*cannot be closed"
    ):
        counts.close_count(ctx, info.id)


def test_a_scan_for_a_count_another_device_closed_is_refused_and_earlier_scans_stay(
    shelf: Any,
) -> None:
    ctx, _ids = shelf
    info = counts.start_count(ctx, "Berlin HQ > Building B > 2.14")
    counts.record_scan(ctx, info.id, "IT-0001")
    # what sync brings: the count closed on Ben's laptop
    other = new_id()
    with ctx.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO devices (id, name, is_local, next_seq, hlc_last, created_at, tag_next) "
            "VALUES (?, 'ben-laptop', 0, 1, 0, '2026-11-26 10:00:00', 1)", (other,)
        )  # fmt: skip
        conn.exec_driver_sql(
            "UPDATE counts SET status='closed', closed_by='ben', closed_at='2026-11-26 10:05:00',"
            " closed_device_id=? WHERE id=?", (other, info.id)
        )  # fmt: skip
    with pytest.raises(FieldtagError) as err:
        counts.record_scan(ctx, info.id, "IT-0002")
    message = err.value.message
    assert "closed by ben on the device ben-laptop at 2026-11-26 10:05 UTC" in message
    assert "IT-0002 was not recorded" in message and "Start a new count" in message
    assert counts.count_progress(ctx, info.id).scans == 1
    assert [f.asset.tag for f in counts.count_state(ctx, info.id).result.found] == ["IT-0001"]


def test_scan_events_carry_the_whole_scan_for_sync(shelf: Any) -> None:
    ctx, ids = shelf
    info = counts.start_count(ctx, "Berlin HQ > Building B > 2.14")
    ack = counts.record_scan(ctx, info.id, "IT-0001")
    with ctx.reading() as session:
        conn = session.connection()
        kind, entity, entity_id, asset_id, data, seq = conn.exec_driver_sql(
            "SELECT kind, entity, entity_id, asset_id, data, seq FROM events "
            "WHERE kind = 'count_scan'"
        ).one()
        row = conn.exec_driver_sql(
            "SELECT id, count_id, tag, asset_id, device_id, seq, actor FROM count_scans"
        ).one()
        chunks = conn.exec_driver_sql(  # the expected list, in chunk events (sync)
            "SELECT data FROM events WHERE kind = 'expected_added'"
        ).scalars()
        expected = [a for c in chunks for a in json.loads(c)["asset_ids"]]
    d = json.loads(data)
    assert (kind, entity, entity_id, asset_id) == ("count_scan", "count", info.id, ids["IT-0001"])
    assert d["scan_id"] == ack.scan_id == row[0]
    assert (d["count_id"], d["tag"], d["asset_id"], d["device_id"], d["seq"], d["actor"]) == row[1:]
    assert seq == ack.seq and dt.datetime.fromisoformat(d["scanned_at"]) == ack.scanned_at
    assert sorted(expected) == sorted(ids[t] for t in ["IT-0001", "IT-0002", "IT-0003", "IT-0004"])


def test_move_here(shelf: Any) -> None:
    ctx, ids = shelf
    info = counts.start_count(ctx, "Berlin HQ > Building B > 2.14", include_sub=False)
    counts.record_scan(ctx, info.id, "IT-0009")
    counts.move_here(ctx, info.id, ids["IT-0009"])
    assert get_asset(ctx, ids["IT-0009"]).location_id == ids["room"]
    state = counts.count_state(ctx, info.id)
    assert state.result.unexpected[0].here and state.to_move == 0
    assert asset_history(ctx, ids["IT-0009"])[0].summary == (
        "Moved here during the count of Berlin HQ > Building B > 2.14"
    )
    assert counts.close_count(ctx, info.id).moved == 0


def test_reports_csv_and_pdf(shelf: Any, tmp_path: Path) -> None:
    ctx, _ids = shelf
    info = counts.start_count(ctx, "Berlin HQ > Building B > 2.14")
    for tag in ["IT-0001", "IT-0009", "=HYPERLINK", "IT-0001"]:
        counts.record_scan(ctx, info.id, tag)
    out = counts.report_csv(ctx, info.id, tmp_path / "count.csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == list(counts.CSV_COLUMNS)
    by_result = {(r[0], r[1]) for r in rows[1:]}
    assert ("found", "IT-0001") in by_result and ("unexpected", "IT-0009") in by_result
    assert ("missing", "IT-0002") in by_result and ("unknown", "'=HYPERLINK") in by_result
    found = next(r for r in rows if r[1] == "IT-0001")
    assert found[6:8] == ["tester", "test-device"]
    pdf = counts.report_pdf(ctx, info.id, tmp_path / "count.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert not list(tmp_path.glob(".*.part"))
    with pytest.raises(ValidationError, match=r"name the report file \.pdf or \.csv"):
        counts.report_format(tmp_path / "count.txt")


def test_due_for_count(shelf: Any) -> None:
    ctx, ids = shelf
    today = dt.date(2026, 11, 26)
    due = {d.location_path: d for d in counts.due_for_count(ctx, today)}
    room = due["Berlin HQ > Building B > 2.14"]
    assert (room.assets, room.never_counted, room.last_counted) == (3, 3, None)
    info = counts.start_count(ctx, ids["room"], include_sub=False)
    for tag in ["IT-0001", "IT-0002", "IT-0004"]:
        counts.record_scan(ctx, info.id, tag)
    counts.close_count(ctx, info.id, today=today)
    due = {d.location_path: d for d in counts.due_for_count(ctx, today)}
    assert "Berlin HQ > Building B > 2.14" not in due, "all counted, next audit in a year"
    later = {d.location_path: d for d in counts.due_for_count(ctx, dt.date(2027, 12, 1))}
    room = later["Berlin HQ > Building B > 2.14"]
    assert (room.due, room.oldest_due) == (3, dt.date(2027, 11, 26))
    assert room.last_counted is not None


def test_flags_on_unknown_tags_are_saved_and_reported(catalog_ctx: Any, tmp_path: Path) -> None:
    ctx, ids = catalog_ctx
    info = counts.start_count(ctx, ids["room"], include_sub=False)
    counts.record_scan(ctx, info.id, "NOPE-1")
    counts.record_scan(ctx, info.id, "NOPE-2")
    counts.flag_unknown(ctx, info.id, "NOPE-1")
    counts.flag_unknown(ctx, info.id, "NOPE-2")
    counts.flag_unknown(ctx, info.id, "NOPE-2", flagged=False)
    assert counts.count_state(ctx, info.id).flagged == frozenset({"nope-1"})
    csv_text = counts.report_csv(ctx, info.id, tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "unknown, flagged,NOPE-1" in csv_text.replace('"', "")
    assert "unknown,NOPE-2" in csv_text
    counts.close_count(ctx, info.id)
    with pytest.raises(FieldtagError, match="closed"):
        counts.flag_unknown(ctx, info.id, "NOPE-2")

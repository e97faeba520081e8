"""`fieldtag count` as a technician or a script runs it: start, scan (arguments and stdin),
list, report, close, due; bad input refused with a clear message and nothing recorded."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.e2e.cli import fieldtag


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A warehouse shelf with three laptops, and one laptop in the office."""
    from app.services import assets, catalog
    from app.services.context import Context
    from app.store.database import open_store

    db = tmp_path / "store.sqlite"
    s = open_store(db)
    ctx = Context(s, "setup")
    model = catalog.create_model(ctx, {"manufacturer": "Dell", "name": "Latitude 5440",
                                       "category": "Laptop"})  # fmt: skip
    site = catalog.create_location(ctx, {"name": "Warehouse", "kind": "site"})
    shelf = catalog.create_location(ctx, {"name": "Shelf 1", "kind": "shelf", "parent_id": site.id})
    office = catalog.create_location(ctx, {"name": "Office", "kind": "room"})
    for tag, loc in [("IT-1", shelf), ("IT-2", shelf), ("IT-3", shelf), ("IT-9", office)]:
        assets.create_asset(ctx, {"tag": tag, "model_id": model.id, "location_id": loc.id})
    s.close()
    return db


def test_a_count_from_start_to_report(store: Path, tmp_path: Path) -> None:
    started = fieldtag("count", "start", "--db", store, "--location", "warehouse > shelf 1")
    assert started.returncode == 0, started.stderr
    count_id = started.stdout.strip()
    assert len(count_id) == 36 and "3 assets expected" in started.stderr

    scanned = fieldtag("count", "scan", "--db", store, count_id, "IT-1", "it-9")
    assert scanned.returncode == 0, scanned.stderr
    assert scanned.stdout.splitlines() == ["found IT-1", "unexpected it-9 (recorded at Office)"]

    piped = fieldtag("count", "scan", "--db", store, count_id,
                     stdin="IT-2\r\nNEW-5\n\nIT-1\nIT-\x072\nIT-3\n")  # fmt: skip
    assert piped.stdout.splitlines() == [
        "found IT-2",
        "unknown NEW-5",
        "duplicate IT-1",
        "found IT-3",
    ]
    assert piped.returncode == 1
    assert "line 5: Tag: 'IT-\\x072' contains control characters" in piped.stderr

    listed = fieldtag("count", "list", "--db", store, "--open")
    assert count_id in listed.stdout and "Warehouse > Shelf 1" in listed.stdout
    assert "expected 3, scans 6" in listed.stdout

    report = fieldtag("count", "report", "--db", store, count_id, "-o", tmp_path / "r.csv")
    assert report.returncode == 0, report.stderr
    rows = list(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {(r[0], r[1]) for r in rows[1:]} == {
        ("found", "IT-1"), ("found", "IT-2"), ("found", "IT-3"), ("unexpected", "IT-9"),
        ("unknown", "NEW-5"),
    }  # fmt: skip

    closed = fieldtag("count", "close", "--db", store, count_id, "--mark-missing")
    assert closed.returncode == 0, closed.stderr
    assert "3 of 3 found, 0 missing, 1 unexpected, 1 unknown tags, 1 duplicate scans" in (
        closed.stdout
    )
    assert "moved 1 unexpected assets to Warehouse > Shelf 1" in closed.stdout

    again = fieldtag("count", "scan", "--db", store, count_id, "IT-1")
    assert again.returncode == 1 and again.stdout == ""
    assert "was closed by" in again.stderr and "IT-1 was not recorded" in again.stderr
    pdf = fieldtag("count", "report", "--db", store, count_id, "-o", tmp_path / "r.pdf")
    assert pdf.returncode == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_bad_input_is_refused_with_a_clear_message(store: Path, tmp_path: Path) -> None:
    result = fieldtag("count", "start", "--db", store, "--location", "Warehouse > Shelf 7")
    assert result.returncode == 1
    assert "there is no location 'Warehouse > Shelf 7'" in result.stderr
    assert "Locations in Warehouse: Warehouse > Shelf 1." in result.stderr
    result = fieldtag("count", "report", "--db", store, "nope", "-o", tmp_path / "r.txt")
    assert result.returncode == 1 and "name the report file .pdf or .csv" in result.stderr
    due = fieldtag("count", "due", "--db", store)
    assert due.returncode == 0
    assert "Warehouse > Shelf 1\t3 assets, 0 due, 3 never counted\tlast count: never" in due.stdout

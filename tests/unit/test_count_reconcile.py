"""Count reconciliation (pure): found, missing, unexpected, unknown, duplicates, categories,
and the merge rule (union of scans in any order gives the same answer)."""

from __future__ import annotations

import datetime as dt
import random
import time

from app.domain.counts import (
    CountScan,
    ExpectedAsset,
    next_audit_date,
    reconcile,
    tag_key,
)

T0 = dt.datetime(2026, 11, 20, 9, 0, 0)


def asset(n: int, category: str = "Laptop", location: str = "shelf") -> ExpectedAsset:
    return ExpectedAsset(
        f"a{n}", f"IT-{n:04d}", category, location, f"Site > {location}", "in_stock"
    )


def scan(
    tag: str, second: int, device: str = "dev-a", seq: int = 0, asset_id: str | None = None
) -> CountScan:
    return CountScan(
        f"s-{device}-{second}-{tag}",
        tag,
        asset_id,
        device,
        f"user-{device}",
        T0 + dt.timedelta(seconds=second),
        seq or second,
    )


def known_of(*assets: ExpectedAsset) -> dict[str, ExpectedAsset]:
    return {tag_key(a.tag): a for a in assets}


def test_found_missing_unexpected_unknown_and_categories() -> None:
    expected = [asset(1), asset(2), asset(3, "Monitor")]
    elsewhere = asset(9, "Monitor", "other")
    scans = [
        scan("it-0001", 1),
        scan("IT-0003", 2),
        scan("IT-0009", 3),
        scan("NOPE-1", 4),
        scan("IT-0001", 5),
    ]
    r = reconcile(expected, scans, known_of(*expected, elsewhere), here={"shelf"})
    assert [f.asset.tag for f in r.found] == ["IT-0001", "IT-0003"]
    assert r.found[0].scan.tag == "it-0001", "the first scan wins"
    assert [m.tag for m in r.missing] == ["IT-0002"]
    assert [(u.asset.tag, u.asset.location_path, u.here) for u in r.unexpected] == [
        ("IT-0009", "Site > other", False)
    ]
    assert r.unknown_tags == ["NOPE-1"]
    assert r.duplicates == 1
    assert r.by_category == {"Laptop": (1, 2), "Monitor": (1, 1)}
    assert r.expected == 3


def test_unexpected_asset_moved_here_says_so() -> None:
    moved = asset(7, location="shelf")
    r = reconcile([asset(1)], [scan("IT-0007", 1)], known_of(moved), here={"shelf"})
    assert r.unexpected[0].here


def test_two_devices_same_tag_is_one_found_and_one_duplicate_first_scan_wins() -> None:
    expected = [asset(1)]
    a = scan("IT-0001", 10, "dev-b")
    b = scan("IT-0001", 5, "dev-a")
    r = reconcile(expected, [a, b], known_of(*expected))
    assert len(r.found) == 1 and r.duplicates == 1
    assert r.found[0].scan.device_id == "dev-a"


def test_union_of_scans_in_any_order_gives_the_same_result() -> None:
    expected = [asset(n) for n in range(50)]
    scans = [scan(f"IT-{n % 60:04d}", n, f"dev-{n % 3}") for n in range(120)]
    known = known_of(*expected)
    first = reconcile(expected, scans, known)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = scans[:]
        rng.shuffle(shuffled)
        other = reconcile(expected, shuffled, known)
        assert other == first


def test_unknown_tags_are_equal_regardless_of_case() -> None:
    r = reconcile([], [scan("new-1", 1), scan("NEW-1", 2)], {})
    assert r.unknown_tags == ["new-1"] and r.duplicates == 1


def test_next_audit_date_moves_by_calendar_months() -> None:
    assert next_audit_date(dt.date(2026, 3, 15)) == dt.date(2027, 3, 15)
    assert next_audit_date(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert next_audit_date(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert next_audit_date(dt.date(2026, 12, 5), 1) == dt.date(2027, 1, 5)


def test_reconcile_is_fast_enough_for_a_warehouse() -> None:
    """A loose bound here; tests/benchmarks/bench_counts.py measures 100,000 / 50,000."""
    expected = [asset(n) for n in range(20_000)]
    known = known_of(*expected)
    scans = [scan(f"IT-{n:04d}", n) for n in range(0, 20_000, 2)]
    started = time.perf_counter()
    r = reconcile(expected, scans, known)
    assert time.perf_counter() - started < 2.0
    assert len(r.found) == 10_000 and len(r.missing) == 10_000

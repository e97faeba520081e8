"""Inventory counts (stocktakes): what was expected at a location, what was scanned there,
and what the difference means. Pure: the store and the journal are `app.services.counts`.

A count's expected list is frozen when it starts. Its scans are a grow-only set keyed by
scan id: every device appends its own, sync merges them by union, and `reconcile` gives the
same answer whatever order they arrive in. Of several scans of one asset (or one unknown
tag) the first by ``(scanned_at, device_id, seq)`` counts; the others are duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Literal, NamedTuple

CountStatus = Literal["open", "closed"]
ScanOutcome = Literal["found", "unexpected", "unknown", "duplicate"]
# Assets in these states are not expected on a shelf: not there yet, or gone for good.
NOT_EXPECTED_STATUSES = frozenset({"requested", "ordered", "disposed"})
AUDIT_INTERVAL_MONTHS = 12


class ExpectedAsset(NamedTuple):
    """An asset as a count sees it (expected there, or scanned there). `location_path` is
    where it is recorded now. (Named tuples, here and below: a count holds 100,000 of them,
    and tuples are made several times faster than frozen dataclasses.)"""

    asset_id: str
    tag: str
    category: str
    location_id: str | None
    location_path: str
    status: str
    name: str = ""


KnownAsset = ExpectedAsset


class CountScan(NamedTuple):
    """One scan of a count, as recorded on the device that made it."""

    id: str  # UUIDv7: the key sync merges by
    tag: str  # as scanned, cleaned (whitespace and scanner suffixes removed)
    asset_id: str | None  # the asset with this tag when it was scanned, if any
    device_id: str
    actor: str
    scanned_at: dt.datetime
    seq: int  # the device's journal sequence number: per-device order

    @property
    def order(self) -> tuple[dt.datetime, str, int]:
        return (self.scanned_at, self.device_id, self.seq)


class Found(NamedTuple):
    asset: ExpectedAsset
    scan: CountScan  # the first scan of it (who, when, on which device)


class Unexpected(NamedTuple):
    asset: KnownAsset  # `location_path`: where it is recorded
    scan: CountScan
    here: bool = False  # recorded at the counted location by now (moved here)


class UnknownTag(NamedTuple):
    tag: str
    scan: CountScan


@dataclass
class Reconciliation:
    found: list[Found] = field(default_factory=list)
    missing: list[ExpectedAsset] = field(default_factory=list)
    unexpected: list[Unexpected] = field(default_factory=list)
    unknown: list[UnknownTag] = field(default_factory=list)
    duplicates: int = 0
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)  # (found, expected)

    @property
    def expected(self) -> int:
        return len(self.found) + len(self.missing)

    @property
    def unknown_tags(self) -> list[str]:
        return [u.tag for u in self.unknown]


def tag_key(tag: str) -> str:
    """Tags are equal regardless of case."""
    return tag.casefold()


def reconcile(
    expected: Sequence[ExpectedAsset],
    scans: Iterable[CountScan],
    known: Mapping[str, KnownAsset],
    *,
    here: Collection[str] = (),
) -> Reconciliation:
    """Compare the expected list with the scans.

    `known` maps casefolded tags (`tag_key`) to the assets that have them (at least every
    scanned tag's asset); `here` holds the ids of the counted locations, so an unexpected
    asset that was moved here meanwhile says so. Found and missing keep the order of
    `expected`; unexpected and unknown the order of their first scan."""
    expected_by_id = {a.asset_id: a for a in expected}
    first: dict[str, CountScan] = {}  # asset id (or "?" + tag key) -> its first scan
    duplicates = 0
    for scan in sorted(scans, key=_SCAN_ORDER):
        asset = known.get(tag_key(scan.tag))
        key = asset.asset_id if asset is not None else "?" + tag_key(scan.tag)
        if key in first:
            duplicates += 1
        else:
            first[key] = scan
    found: list[Found] = []
    missing: list[ExpectedAsset] = []
    totals: dict[str, list[int]] = {}
    for asset in expected:
        hit = first.get(asset.asset_id)
        counts = totals.get(asset.category)
        if counts is None:
            counts = totals[asset.category] = [0, 0]
        counts[1] += 1
        if hit is None:
            missing.append(asset)
        else:
            counts[0] += 1
            found.append(Found(asset, hit))
    unexpected: list[Unexpected] = []
    unknown: list[UnknownTag] = []
    for key, scan in first.items():
        if key in expected_by_id:
            continue
        if key.startswith("?"):
            unknown.append(UnknownTag(scan.tag, scan))
        else:
            asset = known[tag_key(scan.tag)]
            unexpected.append(Unexpected(asset, scan, asset.location_id in here))
    return Reconciliation(
        found=found,
        missing=missing,
        unexpected=unexpected,
        unknown=unknown,
        duplicates=duplicates,
        by_category={k: (v[0], v[1]) for k, v in sorted(totals.items())},
    )


# (scanned_at, device_id, seq), as an itemgetter: twice as fast as a key function
_SCAN_ORDER = itemgetter(5, 3, 6)


def next_audit_date(today: dt.date, months: int = AUDIT_INTERVAL_MONTHS) -> dt.date:
    """`today` plus `months` calendar months (the 31st becomes the month's last day)."""
    total = today.year * 12 + today.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a 28th")

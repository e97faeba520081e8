"""Inventory counts: acknowledging a scan and reconciling a warehouse.

    python3 -m tests.benchmarks.bench_counts

- acknowledging a scan: `record_scan` (its durable commit, synchronous=FULL) on a count of
  100,000 expected assets that already holds 10,000 scans; median of 300 scans, target
  ≤ 50 ms (the GUI's list update is measured by the GUI's own benchmark);
- reconciling 100,000 expected assets against 50,000 scans (`reconcile`, pure): median of
  5, target ≤ 1 s;
- `count_state` of that count (the store's queries plus `reconcile`), for information:
  the GUI calls it after batches of scans.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Result, median, ms, percentile

ACK_TARGET_S = 0.050
RECONCILE_TARGET_S = 1.0
N_ASSETS = 100_000
N_SCANS = 10_000


def _reconcile() -> list[Result]:
    from app.domain.counts import CountScan, ExpectedAsset, reconcile, tag_key

    cats = ("Laptop", "Monitor", "Dock", "Phone", "Desktop")
    expected = [
        ExpectedAsset(f"a{n}", f"IT-{n:06d}", cats[n % 5], "loc", "Site > Shelf", "in_stock")
        for n in range(N_ASSETS)
    ]
    known = {tag_key(a.tag): a for a in expected}
    t0 = dt.datetime(2026, 11, 26, 9)
    rng = random.Random(1)
    scans = [
        CountScan(f"s{i}", f"IT-{rng.randrange(N_ASSETS + 5000):06d}", None, f"d{i % 3}", "tech",
                  t0 + dt.timedelta(milliseconds=i * 300), i)
        for i in range(50_000)
    ]  # fmt: skip
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        result = reconcile(expected, scans, known)
        runs.append(time.perf_counter() - started)
    took = median(runs)
    print(f"  reconcile: {len(result.found):,} found, {len(result.missing):,} missing, "
          f"{len(result.unknown):,} unknown, {result.duplicates:,} duplicates")  # fmt: skip
    return [Result("count: reconcile 100,000 expected / 50,000 scans", f"median {ms(took)}",
                   "≤ 1 s", took <= RECONCILE_TARGET_S)]  # fmt: skip


def _store(work: Path) -> tuple[object, str]:
    from app.services import catalog, counts
    from app.services.context import Context
    from app.store.database import open_store

    os.environ.setdefault("FIELDTAG_HOME", str(work / "home"))
    store = open_store(work / "counts.sqlite")
    ctx = Context(store, "bench")
    model = catalog.create_model(
        ctx, {"manufacturer": "Dell", "name": "Latitude", "category": "Laptop"}
    )
    site = catalog.create_location(ctx, {"name": "Warehouse", "kind": "site"})
    with store.write_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO assets (id, tag, name, serial, model_id, status, location_id, supplier, "
            "order_number, notes, custom, created_at, updated_at) VALUES "
            "(?, ?, '', ?, ?, 'in_stock', ?, '', '', '', '{}', '2026-01-01', '2026-01-01')",
            [(f"asset-{n:06d}", f"IT-{n:06d}", f"SN{n:06d}", model.id, site.id)
             for n in range(N_ASSETS)],
        )  # fmt: skip
    info = counts.start_count(ctx, site.id)
    with store.write_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO count_scans (id, count_id, tag, asset_id, device_id, seq, actor, "
            "scanned_at) VALUES (?, ?, ?, ?, ?, ?, 'bench', '2026-11-26 09:00:00.000000')",
            [(f"scan-{n:06d}", info.id, f"IT-{n * 7:06d}", f"asset-{n * 7:06d}",
              store.device_id, 1_000_000 + n) for n in range(N_SCANS)],
        )  # fmt: skip
    return ctx, info.id


def _ack_and_state() -> list[Result]:
    from app.services import counts

    with tempfile.TemporaryDirectory(prefix="fieldtag-bench-counts-") as tmp:
        print(f"  building a store with {N_ASSETS:,} assets and {N_SCANS:,} scans ...", flush=True)
        ctx, count_id = _store(Path(tmp))
        rng = random.Random(2)
        runs = []
        outcomes: dict[str, int] = {}
        for i in range(300):
            tag = f"IT-{rng.randrange(N_ASSETS):06d}" if i % 4 else f"NEW-{i:04d}"
            started = time.perf_counter()
            ack = counts.record_scan(ctx, count_id, tag)  # type: ignore[arg-type]
            runs.append(time.perf_counter() - started)
            outcomes[ack.outcome] = outcomes.get(ack.outcome, 0) + 1
        print(f"  scans: {outcomes}")
        took = median(runs)
        state_runs = []
        for _ in range(3):
            started = time.perf_counter()
            state = counts.count_state(ctx, count_id)  # type: ignore[arg-type]
            state_runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        counts.count_progress(ctx, count_id)  # type: ignore[arg-type]
        progress_s = time.perf_counter() - started
        print(f"  state: {len(state.result.found):,} found of {state.result.expected:,}")
        ctx.store.close()  # type: ignore[attr-defined]
    return [
        Result("count: acknowledge a scan (record_scan, durable)",
               f"median {ms(took)}, p95 {ms(percentile(runs, 95))} (10,000 scans in the count)",
               "≤ 50 ms", took <= ACK_TARGET_S),
        Result("count: count_state, 100,000 expected / 10,000 scans",
               f"median {ms(median(state_runs))}", "< 1 s (informational)", None),
        Result("count: count_progress", ms(progress_s), "cheap (informational)", None),
    ]  # fmt: skip


def run() -> list[Result]:
    return _reconcile() + _ack_and_state()


def main() -> int:
    results = run()
    for r in results:
        print(f"{r.name}: {r.figure} (target {r.target}) {r.verdict}")
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())

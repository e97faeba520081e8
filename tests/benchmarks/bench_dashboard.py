"""Home and reports on the 100,000-asset demo store.

    python3 -m tests.benchmarks.bench_dashboard            # also: python3 -m tests.benchmarks --only dashboard

- Home page shown: from constructing the page to its figures painted (the service call on
  the database lane, the figures set, the page painted), median of several;
  the parts: `dashboard()` alone, the quick read at start-up (plain sqlite3) and the charts'
  query (drawn after the figures, not part of the figure).
- Each report (inventory, warranty, disposals, counts) as PDF and as CSV: wall time of
  `save_report` (median of 3).
Targets: home ≤ 300 ms, each report ≤ 5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.common import Result, copy_db, demo_db, median, ms

HOME_TARGET_S = 0.3
REPORT_TARGET_S = 5.0


def _home(db: Path, runs: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services import dashboard as dash
    from app.services import startup
    from app.services.context import Context
    from app.store.database import open_store
    from app.ui.operations import DbLane
    from app.ui.pages.home import HomePage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(db, device_name="bench")
    ctx = Context(store, "bench")
    today = dt.date.today()
    service = []
    for _ in range(runs):
        t0 = time.perf_counter()
        dash.dashboard(ctx, today)
        service.append(time.perf_counter() - t0)
    quick = []
    for _ in range(runs):
        t0 = time.perf_counter()
        startup.dashboard(db, today)
        quick.append(time.perf_counter() - t0)
    charts = []
    for _ in range(3):
        t0 = time.perf_counter()
        dash.dashboard_charts(ctx, today)
        charts.append(time.perf_counter() - t0)

    lane = DbLane(ctx)
    shown = []
    for _ in range(runs):
        loop = QEventLoop()
        t0 = time.perf_counter()
        page = HomePage(lane, charts=False)
        page.resize(1280, 900)
        done: list[float] = []

        def painted(
            page: HomePage = page, done: list[float] = done, loop: QEventLoop = loop
        ) -> None:
            page.repaint()  # synchronous: the figures are painted when it returns
            done.append(time.perf_counter())
            loop.quit()

        page.figures_shown.connect(painted)
        page.show()
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        if done:
            shown.append(done[0] - t0)
        page.close()
        page.deleteLater()
        app.processEvents()
    lane.shutdown()
    store.close()
    home_s = median(shown)
    print(f"  home page shown: median {ms(home_s)} (runs: "
          f"{', '.join(f'{s * 1000:.0f}' for s in shown)} ms)")  # fmt: skip
    print(
        f"  dashboard() alone: median {ms(median(service))}; quick read at start "
        f"(sqlite3): median {ms(median(quick))}; charts query: median {ms(median(charts))}"
    )
    return [
        Result("home page shown (100k)", f"median {ms(home_s)}", "≤ 300 ms",
               home_s <= HOME_TARGET_S),
        Result("… dashboard() service call", f"median {ms(median(service))}", "", None),
        Result("… charts query (after the figures)", f"median {ms(median(charts))}", "", None),
    ]  # fmt: skip


def _seed(ctx: Any) -> None:
    """The demo store has no certificates and no counts: a certificate for every passed
    sanitization (every 10th reissued), and 30 counts of the busiest locations with 80 % of
    their expected assets scanned and a few unknown tags."""
    from sqlalchemy import insert, text

    from app.domain.ids import new_id
    from app.services import counts
    from app.store.tables import Certificate, CertificateItem

    t0 = time.perf_counter()
    device = ctx.store.device_id
    with ctx.store.write_engine.begin() as conn:
        sanitized = conn.execute(
            text("SELECT s.id, s.drive_id, d.asset_id FROM sanitizations s "
                 "JOIN drives d ON d.id = s.drive_id WHERE s.result = 'passed'")
        ).all()  # fmt: skip
        certs, items = [], []
        for i, (sid, drive, asset) in enumerate(sanitized, 1):
            cid = new_id()
            certs.append({"id": cid, "number": f"BENCH-2026-AB12-{i:05d}", "scope": "drive",
                          "issued_by": "Bench", "device_id": device, "year": 2026, "seq": i,
                          "pdf_sha256": "0" * 64, "pdf": b""})  # fmt: skip
            items.append({"certificate_id": cid, "drive_id": drive, "asset_id": asset,
                          "sanitization_id": sid})  # fmt: skip
        conn.execute(insert(Certificate), certs)
        conn.execute(insert(CertificateItem), items)
        for old, new in zip(certs[::10], certs[1::10], strict=False):
            conn.execute(text("UPDATE certificates SET superseded_by = :n WHERE id = :o"),
                         {"n": new["id"], "o": old["id"]})  # fmt: skip
        places = conn.execute(
            text("SELECT location_id FROM assets WHERE location_id IS NOT NULL "
                 "GROUP BY location_id ORDER BY COUNT(*) DESC LIMIT 30")
        ).scalars().all()  # fmt: skip
    for place in places:
        info = counts.start_count(ctx, place, include_sub=False)
        with ctx.store.write_engine.begin() as conn:
            conn.execute(
                text("INSERT INTO count_scans (id, count_id, tag, asset_id, device_id, seq, "
                     "actor, scanned_at) SELECT lower(hex(randomblob(16))), e.count_id, a.tag, "
                     "a.id, :d, a.num, 'Bench', CURRENT_TIMESTAMP FROM count_expected e "
                     "JOIN assets a ON a.id = e.asset_id WHERE e.count_id = :c "
                     "AND a.num % 10 < 8"),
                {"d": device, "c": info.id},
            )  # fmt: skip
            for k in range(5):
                conn.execute(
                    text("INSERT INTO count_scans (id, count_id, tag, asset_id, device_id, seq, "
                         "actor, scanned_at) VALUES (:i, :c, :t, NULL, :d, 0, 'Bench', "
                         "CURRENT_TIMESTAMP)"),
                    {"i": new_id(), "c": info.id, "t": f"UNKNOWN-{k}", "d": device},
                )  # fmt: skip
    print(f"  seeded {len(certs):,} certificates and {len(places)} counts in "
          f"{time.perf_counter() - t0:.1f} s")  # fmt: skip


def _reports(db: Path, work: Path) -> list[Result]:
    from app.services import reports
    from app.services.context import Context
    from app.store.database import open_store

    store = open_store(db, device_name="bench")
    ctx = Context(store, "bench")
    _seed(ctx)
    results = []
    for kind in reports.REPORT_KINDS:
        for fmt in ("pdf", "csv"):
            times = []
            for i in range(3):
                path = work / f"{kind}-{i}.{fmt}"
                t0 = time.perf_counter()
                reports.save_report(ctx, kind, path, organisation="Bench")
                times.append(time.perf_counter() - t0)
            size = path.stat().st_size
            t = median(times)
            print(f"  report {kind} ({fmt}): median {t:.2f} s (runs: "
                  f"{', '.join(f'{x:.2f}' for x in times)} s), {size / 1024:.0f} KiB")  # fmt: skip
            results.append(Result(f"report {kind} ({fmt}, 100k)", f"median {t:.2f} s", "≤ 5 s",
                                  t <= REPORT_TARGET_S))  # fmt: skip
    store.close()
    return results


def run(db: Path, work: Path, runs: int = 7) -> list[Result]:
    return _home(db, runs) + _reports(db, work)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_dashboard")
    parser.add_argument("--assets", type=int, default=100_000, metavar="N")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    from tests.benchmarks.__main__ import print_table

    with tempfile.TemporaryDirectory(prefix="fieldtag-bench-") as tmp:
        work = Path(tmp)
        db = demo_db(args.assets, work)
        copy = copy_db(db.path, work / "dashboard.sqlite")
        results = run(copy, work, args.runs)
    print_table(results)
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

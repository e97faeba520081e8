"""Run the benchmarks of Fieldtag's figures and print them with their targets.

    python -m tests.benchmarks                  # all, on a 100,000-asset demo database
    python -m tests.benchmarks --assets 20000   # a smaller database
    python -m tests.benchmarks --only search --only history
    python -m tests.benchmarks --fresh          # rebuild the demo database (and time it)
    python -m tests.benchmarks --only scan --only preview --only wedge   # scanning only

The database is made by `fieldtag demo --assets N` and cached in ~/.cache/fieldtag-bench
(or $FIELDTAG_BENCH_CACHE), keyed by N and the version of the code that shapes it.
Benchmarks that write work on a copy. They are not part of the test run: machines differ,
so the figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import bench_history, bench_memory, bench_search, bench_startup
from tests.benchmarks.common import ROOT, Result, copy_db, demo_db, env

NAMES = (
    "demo",
    "startup",
    "search",
    "history",
    "memory",
    "import",
    "scan",
    "preview",
    "wedge",
    "labels",
    "counts",
    "dashboard",
    "checklists",
    "certificates",
    "sync",
)
DEMO_TARGET_S = 60.0
IMPORT_TARGET_S = 10.0


def _demo(n_assets: int, generated_s: float | None, work: Path, explicit: bool) -> list[Result]:
    if generated_s is None and explicit:
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "app", "demo", "--db", str(work / "timed-demo.sqlite"),
             "--assets", str(n_assets)],
            env=env(work / "home-demo"), capture_output=True, text=True, check=True,
        )  # fmt: skip
        generated_s = time.perf_counter() - started
        print(f"  {result.stdout.strip()}")
    if generated_s is None:
        return [Result("demo data", "cached database (--fresh or --only demo times it)",
                       "≤ 60 s", None)]  # fmt: skip
    return [
        Result(
            f"demo data ({n_assets:,} assets)",
            f"{generated_s:.1f} s (`fieldtag demo`, whole process)",
            "≤ 60 s for 100,000",
            generated_s <= DEMO_TARGET_S if n_assets >= 100_000 else None,
        )
    ]


def _import(rows: int) -> list[Result]:
    """The CSV import benchmark (tests/benchmarks/bench_import.py), in its own process."""
    if not (ROOT / "tests" / "benchmarks" / "bench_import.py").exists():
        return [Result("CSV import", "bench_import.py does not exist yet", "≤ 10 s", None)]
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_import", "--rows", str(rows)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    for line in result.stdout.splitlines():
        print(f"  {line}")
    found = re.search(r"import_s=([\d.]+)", result.stdout)
    if result.returncode != 0 or found is None:
        tail = result.stderr.strip().splitlines()[-1:] or ["no import_s= line"]
        return [Result(f"CSV import ({rows:,} rows)", f"failed: {tail[0]}", "≤ 10 s", False)]
    seconds = float(found.group(1))
    judged = seconds <= IMPORT_TARGET_S if rows >= 100_000 else None
    return [Result(f"CSV import ({rows:,} rows)", f"{seconds:.2f} s", "≤ 10 s for 100,000", judged)]


def print_table(results: list[Result]) -> None:
    headers = ("benchmark", "figure", "target", "result")
    rows = [(r.name, r.figure, r.target, r.verdict) for r in results]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    line = "  ".join("-" * w for w in widths)
    print()
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print(line)
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--assets", type=int, default=100_000, metavar="N")
    parser.add_argument("--only", action="append", choices=NAMES, metavar="NAME",
                        help=f"run only this benchmark (repeatable): {', '.join(NAMES)}")  # fmt: skip
    parser.add_argument("--runs", type=int, default=7, help="start-up runs (default 7)")
    parser.add_argument("--fresh", action="store_true", help="rebuild the demo database")
    args = parser.parse_args(argv)
    selected = args.only or list(NAMES)
    print(f"Fieldtag benchmarks on {platform.node()} ({platform.machine()}, "
          f"Python {platform.python_version()}), {args.assets:,} demo assets")  # fmt: skip
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="fieldtag-bench-") as tmp:
        work = Path(tmp)
        needs_db = set(selected) & {"startup", "search", "history", "memory", "dashboard"}
        db = None
        if needs_db or "demo" in selected:
            fresh = args.fresh or ("demo" in selected and args.only is not None)
            db = demo_db(args.assets, work, fresh=fresh) if needs_db or fresh else None
        for name in selected:
            print(f"\n[{name}]", flush=True)
            try:
                if name == "demo":
                    generated = db.generated_s if db else None
                    results += _demo(args.assets, generated, work, args.only is not None)
                elif name == "startup":
                    assert db is not None
                    copy = copy_db(db.path, work / "startup.sqlite")
                    results += bench_startup.run(copy, work, runs=args.runs)
                elif name == "search":
                    assert db is not None
                    results += bench_search.run(copy_db(db.path, work / "search.sqlite"))
                elif name == "history":
                    assert db is not None
                    results += bench_history.run(copy_db(db.path, work / "history.sqlite"))
                elif name == "memory":
                    assert db is not None
                    results += bench_memory.run(copy_db(db.path, work / "memory.sqlite"), work)
                elif name == "import":
                    results += _import(args.assets)
                elif name == "scan":
                    from tests.benchmarks import bench_scan

                    results += bench_scan.run()
                elif name == "preview":
                    from tests.benchmarks import bench_preview

                    results += bench_preview.run()
                elif name == "wedge":
                    from tests.benchmarks import bench_wedge

                    results += bench_wedge.run()
                elif name == "labels":
                    from tests.benchmarks import bench_labels

                    results += bench_labels.run()
                elif name == "dashboard":
                    from tests.benchmarks import bench_dashboard

                    assert db is not None
                    results += bench_dashboard.run(copy_db(db.path, work / "dash.sqlite"), work)
                elif name == "checklists":
                    from tests.benchmarks import bench_checklists

                    results += bench_checklists.run()
                elif name == "certificates":
                    from tests.benchmarks import bench_certificates

                    results += bench_certificates.run()
                elif name == "sync":
                    from tests.benchmarks import bench_sync

                    results += bench_sync.run()
                elif name == "counts":
                    from tests.benchmarks import bench_count_gui, bench_counts

                    results += bench_counts.run() + bench_count_gui.run()
            except Exception as exc:  # one broken benchmark must not hide the others
                print(f"  failed: {exc!r}")
                results.append(Result(name, f"error: {str(exc).splitlines()[0][:60]}", "", False))
    print_table(results)
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

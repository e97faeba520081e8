"""What the benchmarks share: the demo database they run on, timing statistics, results."""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.store.database import copy_database

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("FIELDTAG_BENCH_CACHE", Path.home() / ".cache" / "fieldtag-bench"))

# The code a demo database depends on: when it changes, the cached database is rebuilt.
_DB_SOURCES = ("app/services/demo.py", "app/store/tables.py", "app/store/journal.py", "migrations")


@dataclass(frozen=True)
class Result:
    name: str
    figure: str  # what was measured, in words and numbers
    target: str
    passed: bool | None  # None: not measured (skipped) or informational

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "FAIL", None: "—"}[self.passed]


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 20 values is the 19th smallest)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def code_version() -> str:
    digest = hashlib.sha256()
    for name in _DB_SOURCES:
        path = ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def env(home: Path) -> dict[str, str]:
    """Environment of the subprocesses: offscreen Qt, their own settings folder."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FIELDTAG_HOME": str(home),
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": "utf-8",
    }


@dataclass(frozen=True)
class DemoDb:
    path: Path
    assets: int
    generated_s: float | None  # seconds `fieldtag demo` took, if it ran in this session


def demo_db(n_assets: int, work: Path, *, fresh: bool = False) -> DemoDb:
    """A database made by `fieldtag demo --assets N`, cached by N and code version."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"demo-{n_assets}-{code_version()}.sqlite"
    if cached.exists() and not fresh:
        return DemoDb(cached, n_assets, None)
    building = work / "demo-building.sqlite"
    print(f"creating the demo database ({n_assets:,} assets) with `fieldtag demo` ...", flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(building), "--assets", str(n_assets)],
        env=env(work / "home"),
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"fieldtag demo failed:\n{result.stderr}")
    print(f"  {result.stdout.strip()} in {seconds:.1f} s", flush=True)
    for old in CACHE.glob(f"demo-{n_assets}-*.sqlite"):
        old.unlink()
    copy_db(building, cached)
    return DemoDb(cached, n_assets, seconds)


def copy_db(source: Path, dest: Path) -> Path:
    """A consistent copy (SQLite's backup API), so benchmarks that write leave the cache
    untouched."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    for stale in dest.parent.glob(dest.name + "*"):
        stale.unlink()
    if not Path(f"{source}-wal").exists():
        shutil.copyfile(source, dest)
        return dest
    copy_database(source, dest)
    return dest

"""Sync: push and pull of many events between devices and a server over loopback.

    python3 -m tests.benchmarks.bench_sync [--events 100000] [--devices 50] [--sqlite]

The server is `fieldtag serve` in its own process, on a throwaway PostgreSQL cluster the
benchmark starts (as the tests do; `--sqlite` or no PostgreSQL binaries: an SQLite file).
- first, D devices with a few changes each sync at the same time (threads), twice over;
  no errors, and every device then holds the same assets;
- device A imports N assets (one `created` event each: the CSV import, a bulk path) and
  syncs: pushes N events; target ≤ 30 s;
- one of the D devices (it holds the fleet's assets) syncs: pulls and applies the N
  events; target ≤ 30 s;
- device B, new, enrols and syncs: the first sync of a new device against a server
  holding N assets (rebuild mode: the pages stored, the state built once); target ≤ 30 s;
- a sync with nothing to do (B again), median of 20; target ≤ 100 ms.
The load average (`uptime`) is printed with the figures: the machine may be shared.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.benchmarks.common import Result, median

PUSH_TARGET_S = 30.0
PULL_TARGET_S = 30.0
IDLE_TARGET_S = 0.100
FIRST_TARGET_S = 30.0


def _load() -> str:
    """The load average over the last minute (the machine may be shared)."""
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def _server(url: str, work: Path) -> tuple[subprocess.Popen[bytes], str]:
    from tests.integration.sync_fixtures import free_port

    port = free_port()
    env = {**os.environ, "FIELDTAG_HOME": str(work / "server-home")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--db", url, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/openapi.json", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("fieldtag serve did not start")


def _device(work: Path, name: str, template: Path | None = None) -> object:
    import sqlite3

    from app.services.context import Context
    from app.store.database import open_store

    path = work / f"{name}.sqlite"
    if template is not None:
        shutil.copyfile(template, path)
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM devices")
    return Context(open_store(path, device_name=name), f"tech-{name}")


def run(n_events: int = 100_000, n_devices: int = 50, use_sqlite: bool = False) -> list[Result]:
    from app.services import assets, transfer
    from app.services.sync import enroll_device, server_client, sync_once
    from app.sync.server import core
    from app.sync.server.db import open_server_db
    from tests.integration.sync_fixtures import PG_BIN, PostgresCluster, credentials

    results: list[Result] = []
    work = Path(tempfile.mkdtemp(prefix="fieldtag-bench-sync-"))
    cluster = None
    try:
        if not use_sqlite and (PG_BIN / "initdb").exists():
            cluster = PostgresCluster()
            cluster.start()
            url, backend = cluster.new_database(), "PostgreSQL"
        else:
            url, backend = f"sqlite:///{work / 'server.sqlite'}", "SQLite"
        engine = open_server_db(url)
        core.add_user(engine, "ann", "technician")
        proc, base = _server(url, work)
        creds = credentials(work)

        def enrolled(ctx: object) -> None:
            code = core.make_enroll_code(engine, "ann", dt.timedelta(hours=1)).code
            enroll_device(ctx, base, code, creds)  # type: ignore[arg-type]

        try:
            # many devices at once
            template = work / "template.sqlite"
            _device(work, "template").store.close()  # type: ignore[attr-defined]
            fleet = [_device(work, f"d{i}", template) for i in range(n_devices)]
            for ctx in fleet:
                enrolled(ctx)
                for j in range(3):
                    assets.create_asset(ctx, {"tag": f"{ctx.store.device_id[-8:]}-{j}"})  # type: ignore[attr-defined]

            def one(ctx: object) -> int:
                with server_client(ctx, creds) as client:  # type: ignore[arg-type]
                    return sync_once(ctx, client).pulled  # type: ignore[arg-type]

            errors: list[BaseException] = []
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=n_devices) as pool:
                for _round in range(2):
                    for fut in [pool.submit(one, ctx) for ctx in fleet]:
                        try:
                            fut.result()
                        except BaseException as exc:
                            errors.append(exc)
            both = time.perf_counter() - started
            for ctx in fleet:  # a last round one by one: everyone gets the last pushes
                one(ctx)
            counts = set()
            for ctx in fleet:
                with ctx.store.engine.connect() as conn:  # type: ignore[attr-defined]
                    counts.add(conn.exec_driver_sql("SELECT count(*) FROM assets").scalar())
            for ctx in fleet[1:]:
                ctx.store.close()  # type: ignore[attr-defined]
            behind = fleet[0]  # holds the fleet's assets; pulls A's N events below
            ok = not errors and len(counts) == 1
            print(f"  {n_devices} devices: 2 concurrent rounds in {both:.1f} s, errors "
                  f"{len(errors)}, asset counts {sorted(counts)}")  # fmt: skip
            if errors:
                print(f"  first error: {errors[0]!r}")
            results.append(Result(
                f"{n_devices} devices syncing at once ({backend})",
                f"{len(errors)} errors, {'all converge' if len(counts) == 1 else 'DIFFER'} "
                f"({both:.1f} s for 2 rounds)", "no errors, all converge", ok,
            ))  # fmt: skip
            a = _device(work, "a")
            csv_path = work / "assets.csv"
            with csv_path.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(["Asset Tag", "Name", "Serial"])
                for i in range(n_events):
                    writer.writerow([f"IT-{i:07d}", f"Laptop {i}", f"SN{i:09d}"])
            transfer.import_csv(a, csv_path)  # type: ignore[arg-type]
            enrolled(a)
            started = time.perf_counter()
            with server_client(a, creds) as client:  # type: ignore[arg-type]
                pushed = sync_once(a, client)  # type: ignore[arg-type]
            push_s = time.perf_counter() - started
            print(f"  device A: pushed {pushed.pushed:,} events in {push_s:.1f} s ({backend}, "
                  f"{_load()})")  # fmt: skip
            results.append(Result(
                f"sync: push {pushed.pushed:,} events ({backend}, loopback)",
                f"{push_s:.1f} s (the whole sync; {_load()})", "≤ 30 s for 100,000",
                push_s <= PUSH_TARGET_S if n_events >= 100_000 else None,
            ))  # fmt: skip
            started = time.perf_counter()
            with server_client(behind, creds) as client:  # type: ignore[arg-type]
                pulled = sync_once(behind, client)  # type: ignore[arg-type]
            pull_s = time.perf_counter() - started
            print(f"  device D0: pulled {pulled.pulled:,}, applied {pulled.applied:,} "
                  f"in {pull_s:.1f} s ({_load()})")  # fmt: skip
            results.append(Result(
                f"sync: pull and apply {pulled.pulled:,} events (a device holding data)",
                f"{pull_s:.1f} s ({_load()})", "≤ 30 s for 100,000",
                pull_s <= PULL_TARGET_S if n_events >= 100_000 else None,
            ))  # fmt: skip
            behind.store.close()  # type: ignore[attr-defined]
            b = _device(work, "b", template=None)
            enrolled(b)
            started = time.perf_counter()
            with server_client(b, creds) as client:  # type: ignore[arg-type]
                pulled = sync_once(b, client)  # type: ignore[arg-type]
            first_s = time.perf_counter() - started
            with b.store.engine.connect() as conn:  # type: ignore[attr-defined]
                held = conn.exec_driver_sql("SELECT count(*) FROM assets").scalar()
            print(f"  device B (new): pulled {pulled.pulled:,}, holds {held:,} assets "
                  f"after {first_s:.1f} s ({_load()})")  # fmt: skip
            results.append(Result(
                f"sync: first sync of a new device, server holding {held:,} assets",
                f"{first_s:.1f} s (rebuild mode: pages stored, state built once; {_load()})",
                "≤ 30 s for 100,000",
                first_s <= FIRST_TARGET_S if n_events >= 100_000 else None,
            ))  # fmt: skip
            idle = []
            with server_client(b, creds) as client:  # type: ignore[arg-type]
                for _ in range(20):
                    started = time.perf_counter()
                    sync_once(b, client)  # type: ignore[arg-type]
                    idle.append(time.perf_counter() - started)
            results.append(Result(
                "sync with nothing to do (median of 20)",
                f"{median(idle) * 1000:.0f} ms ({_load()})",
                "≤ 100 ms", median(idle) <= IDLE_TARGET_S,
            ))  # fmt: skip
            a.store.close()  # type: ignore[attr-defined]
            b.store.close()  # type: ignore[attr-defined]

        finally:
            proc.terminate()
            proc.wait(20)
            engine.dispose()
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--sqlite", action="store_true", help="an SQLite server database")
    args = parser.parse_args()
    os.environ.setdefault("FIELDTAG_HOME", tempfile.mkdtemp(prefix="fieldtag-bench-home-"))
    os.environ["FIELDTAG_KEYRING"] = "0"
    for r in run(args.events, args.devices, args.sqlite):
        print(f"{r.name}: {r.figure} (target {r.target}) {r.verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

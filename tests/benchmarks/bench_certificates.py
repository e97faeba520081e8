"""Certificates of sanitization: issuing (render + PAdES signature + register) and
verification speed.

    python3 -m tests.benchmarks.bench_certificates

On a fresh store in a temporary folder (its own FIELDTAG_HOME, so the signing key is a
new one): 100 retired laptops with two drives each, every drive with a passed
sanitization record (half imported from the nwipe fixture format, half typed).

- one signed certificate for one asset (2 drives), through `issue_certificate` (number,
  records, PDF, signature, register rows, journal events): median of 10, target ≤ 300 ms;
- a batch certificate for all 100 assets (200 drives): median of 3, target ≤ 10 s;
- verifying a signed certificate (`verify_certificate`, what `fieldtag certificate
  verify` runs): median of 30, target ≤ 200 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Result, median, ms

ONE_TARGET_S = 0.300
BATCH_TARGET_S = 10.0
VERIFY_TARGET_S = 0.200
ASSETS = 100


def _store(work: Path) -> tuple[object, object]:
    os.environ["FIELDTAG_HOME"] = str(work / "home")
    from app.services import catalog, drives
    from app.services.assets import create_asset
    from app.services.certificates import SigningSettings
    from app.services.context import Context
    from app.store.database import open_store

    store = open_store(work / "bench.sqlite", device_name="bench")
    ctx = Context(store, "Anna Berg")
    model = catalog.create_model(
        ctx, {"manufacturer": "Dell", "name": "Latitude 5440", "category": "Laptop",
              "holds_storage": True},
    )  # fmt: skip
    for i in range(ASSETS):
        asset = create_asset(ctx, {"tag": f"LT-{i:04d}", "name": f"Laptop {i}",
                                   "model_id": model.id, "status": "retired",
                                   "serial": f"5CG{i:07d}"})  # fmt: skip
        for j, kind in enumerate(("ssd", "hdd")):
            drive = drives.add_drive(
                ctx, asset.id, {"serial": f"S{i:04d}{j}X{i * 7919 % 10000:04d}", "kind": kind,
                                "make": "Samsung" if j == 0 else "WDC",
                                "model": "PM981" if j == 0 else "WD5000AAKX-0",
                                "capacity_bytes": 512_110_190_592},
            )  # fmt: skip
            drives.record_sanitization(
                ctx, drive.id,
                {"method": "purge", "technique": "crypto_erase" if j == 0 else "overwrite",
                 "result": "passed", "performer_name": "Anna Berg",
                 "performer_title": "IT technician", "performer_organisation": "ACME Corp IT",
                 "verification": "full", "verification_result": "passed",
                 "tool": "nwipe" if j else "nvme-cli", "tool_version": "0.35" if j else "2.8",
                 "validator_name": "Ben Kohl", "destination": "recycling",
                 "method_details": "DoD Short, 3 passes, 1 round, final blanking, verify last"},
            )  # fmt: skip
    sign = SigningSettings("ACME Corp", "ACME", "", work / "home" / "signing")
    return ctx, sign


def run() -> list[Result]:
    old_home = os.environ.get("FIELDTAG_HOME")
    try:
        return _run()
    finally:  # the other benchmarks of the same process keep their settings
        if old_home is None:
            os.environ.pop("FIELDTAG_HOME", None)
        else:
            os.environ["FIELDTAG_HOME"] = old_home


def _run() -> list[Result]:
    from app.services import certificates

    with tempfile.TemporaryDirectory(prefix="fieldtag-bench-cert-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        ctx, sign = _store(work)
        print(f"  store with {ASSETS} assets / {2 * ASSETS} drives: "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        first = certificates.issue_certificate(ctx, sign, asset_tags=["LT-0000"])  # key, warm-up
        one = []
        for i in range(10):
            t = time.perf_counter()
            last = certificates.issue_certificate(ctx, sign, asset_tags=[f"LT-{i + 1:04d}"])
            one.append(time.perf_counter() - t)
        tags = [f"LT-{i:04d}" for i in range(ASSETS)]
        batch = []
        pages = 0
        for _ in range(3):
            t = time.perf_counter()
            big = certificates.issue_certificate(ctx, sign, batch_tags=tags)
            batch.append(time.perf_counter() - t)
            pages = big.pdf.count(b"/Type /Page\n") or big.pdf.count(b"/Type /Page")
        verify = []
        for _ in range(30):
            t = time.perf_counter()
            verdict = certificates.verify_certificate(last.pdf, sign.folder)
            verify.append(time.perf_counter() - t)
        assert verdict.valid, verdict.reason
        big_verify = []
        for _ in range(3):
            t = time.perf_counter()
            assert certificates.verify_certificate(big.pdf, sign.folder).valid
            big_verify.append(time.perf_counter() - t)
        ctx.store.close()  # type: ignore[attr-defined]
    m1, mb, mv = median(one), median(batch), median(verify)
    return [
        Result("certificate: one asset (2 drives), issued and signed",
               f"median {ms(m1)} (min {ms(min(one))}, max {ms(max(one))}; "
               f"{len(first.pdf) // 1024} KB)", "≤ 300 ms", m1 <= ONE_TARGET_S),
        Result(f"certificate: batch of {ASSETS} assets ({2 * ASSETS} drives)",
               f"median {mb:.2f} s ({pages} pages, {len(big.pdf) // 1024} KB)", "≤ 10 s",
               mb <= BATCH_TARGET_S),
        Result("certificate: verification (one asset)",
               f"median {ms(mv)} (max {ms(max(verify))})", "≤ 200 ms", mv <= VERIFY_TARGET_S),
        Result("certificate: verification (batch)", f"median {ms(median(big_verify))}", "",
               None),
    ]  # fmt: skip


def main() -> int:
    results = run()
    width = max(len(r.name) for r in results)
    fig = max(len(r.figure) for r in results)
    print()
    for r in results:
        print(f"{r.name.ljust(width)}  {r.figure.ljust(fig)}  {r.target.ljust(8)}  {r.verdict}")
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Shared test data for the wipe / certificate tests: a store with laptops whose drives
carry the serials of the nwipe fixture logs (tests/fixtures/nwipe/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services import drives
from app.services.assets import create_asset
from app.services.certificates import SigningSettings
from app.services.context import Context

NWIPE = Path(__file__).parent / "fixtures" / "nwipe"


def nwipe_file(name: str) -> tuple[str, bytes]:
    return name, (NWIPE / name).read_bytes()


def signing_settings(folder: Path, org: str = "ACME Corp") -> SigningSettings:
    return SigningSettings(organisation=org, org_code="ACME", base_url="", folder=folder)


def laptops(ctx: Context, ids: dict[str, str]) -> dict[str, Any]:
    """LT-1 (sda WD-WCC2EKR91234, sdb WL1A2B3C of the 0.35 log), LT-2 (the 0.28 log's
    two drives), LT-3 (one SSD, no record yet)."""
    out: dict[str, Any] = {}
    for tag, name in (("LT-1", "Anna's laptop"), ("LT-2", "Spare"), ("LT-3", "Loaner")):
        out[tag] = create_asset(
            ctx, {"tag": tag, "name": name, "model_id": ids["laptop"], "serial": f"5CG{tag}",
                  "status": "retired"},
        ).id  # fmt: skip
    for tag, serial, kind, make, model, cap in (
        ("LT-1", "WD-WCC2EKR91234", "hdd", "WDC", "WD5000AAKX-0", 500_107_862_016),
        ("LT-1", "WL1A2B3C", "hdd", "Seagate", "ST1000LM035-1RK1", 1_000_204_886_016),
        ("LT-2", "TNS5193M2KXAZH", "hdd", "HGST", "HTS545050A7", 500_107_862_016),
        ("LT-2", "S2XANX0J402117", "ssd", "Samsung", "MZ7LN256", 256_060_514_304),
        ("LT-3", "S3Z9NB0K123456", "nvme", "Samsung", "PM981", 512_110_190_592),
    ):
        out[serial] = drives.add_drive(
            ctx, out[tag], {"serial": serial, "kind": kind, "make": make, "model": model,
                            "capacity_bytes": cap},
        ).id  # fmt: skip
    return out


PERFORMER = drives.Performer("Anna Berg", "IT technician", "ACME Corp IT", "Berlin HQ", "+49 30 1")

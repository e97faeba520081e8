"""`fieldtag wipe import-nwipe`, `fieldtag certificate issue|verify|list|reissue|print|key`
as a technician or an auditor runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli import fieldtag
from tests.wipe_data import NWIPE, laptops


@pytest.fixture
def store(tmp_path: Path) -> Path:
    from app.services import catalog
    from app.services.context import Context
    from app.store.database import open_store

    db = tmp_path / "store.sqlite"
    s = open_store(db)
    ctx = Context(s, "setup")
    model = catalog.create_model(ctx, {"manufacturer": "Dell", "name": "Latitude 5440",
                                       "category": "Laptop", "holds_storage": True})  # fmt: skip
    laptops(ctx, {"laptop": model.id})
    s.close()
    return db


def test_import_issue_verify_and_tamper(store: Path, tmp_path: Path) -> None:
    bad = fieldtag("wipe", "import-nwipe", "--db", store, NWIPE / "nwipe-0.34-anonymised.log")
    assert bad.returncode == 1 and "anonymised with nwipe -q" in bad.stderr
    garbage = fieldtag("wipe", "import-nwipe", "--db", store, NWIPE / "garbage.log")
    assert garbage.returncode == 1 and "not an nwipe log" in garbage.stderr

    ok = fieldtag("wipe", "import-nwipe", "--db", store, NWIPE / "nwipe-0.35-two-drives.log",
                  NWIPE / "nwipe-0.28-legacy.log")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert "passed\tnwipe-0.35-two-drives.log\t/dev/sda\tWD-WCC2EKR91234 -> LT-1" in ok.stdout
    assert "failed\tnwipe-0.35-two-drives.log\t/dev/sdb\tWL1A2B3C -> LT-1" in ok.stdout
    assert "recorded 4 sanitization(s) (1 FAILED)" in ok.stderr

    refused = fieldtag("certificate", "issue", "--db", store, "--asset", "LT-1", "-o",
                       tmp_path / "lt1.pdf")  # fmt: skip
    assert refused.returncode == 1 and "verification failed" in refused.stderr
    assert not (tmp_path / "lt1.pdf").exists()

    out = tmp_path / "lt2.pdf"
    issued = fieldtag("certificate", "issue", "--db", store, "--asset", "LT-2", "-o", out)
    assert issued.returncode == 0, issued.stderr
    number = issued.stdout.strip()
    assert number.startswith("FT-20")
    good = fieldtag("certificate", "verify", out)
    assert good.returncode == 0 and good.stdout.startswith("VALID: "), good.stdout

    changed = bytearray(out.read_bytes())
    changed[len(changed) // 3] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(changed))
    bad_sig = fieldtag("certificate", "verify", tampered)
    assert bad_sig.returncode == 1 and bad_sig.stdout.startswith("INVALID: ")

    missing = fieldtag("certificate", "verify", tmp_path / "nope.pdf")
    assert missing.returncode == 2 and "unreadable" in missing.stdout

    drive = fieldtag("certificate", "issue", "--db", store, "--drive", "WD-WCC2EKR91234",
                     "-o", tmp_path / "drive.pdf")  # fmt: skip
    assert drive.returncode == 0, drive.stderr
    batch = fieldtag("certificate", "issue", "--db", store, "--batch", "LT-2", "NOPE",
                     "-o", tmp_path / "batch.pdf")  # fmt: skip
    assert batch.returncode == 1 and "NOPE: no asset has this tag" in batch.stderr

    re = fieldtag("certificate", "reissue", "--db", store, number, "--reason", "typo",
                  "-o", tmp_path / "re.pdf")  # fmt: skip
    assert re.returncode == 0, re.stderr
    listed = fieldtag("certificate", "list", "--db", store, "LT-2")
    assert f"replaced by {re.stdout.strip()}" in listed.stdout
    again = fieldtag("certificate", "print", "--db", store, number, "-o", tmp_path / "copy.pdf")
    assert again.returncode == 0 and (tmp_path / "copy.pdf").read_bytes() == out.read_bytes()


def test_verify_reports_another_key(store: Path, tmp_path: Path) -> None:
    subprocess_ok = fieldtag("wipe", "import-nwipe", "--db", store, NWIPE / "nwipe-0.28-legacy.log")
    assert subprocess_ok.returncode == 0
    out = tmp_path / "c.pdf"
    assert (
        fieldtag("certificate", "issue", "--db", store, "--asset", "LT-2", "-o", out).returncode
        == 0
    )
    key = fieldtag("certificate", "key", "--export-cert", tmp_path / "org.pem")
    assert key.returncode == 0 and "SHA-256:" in key.stdout
    # a new organisation key on this machine: the old certificate is someone else's now
    assert fieldtag("certificate", "key", "--create").returncode == 0
    other = fieldtag("certificate", "verify", out)
    assert other.returncode == 1 and "signed by another key" in other.stdout
    trusted = fieldtag("certificate", "verify", out, "--trust", tmp_path / "org.pem")
    assert trusted.returncode == 0, trusted.stdout

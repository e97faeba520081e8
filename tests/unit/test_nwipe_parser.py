"""nwipe / ShredOS logs (app/domain/nwipe.py) on the fixture logs of several releases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.domain import nwipe
from app.domain.nwipe import DriveOutcome, NwipeLogError, parse_log

FIX = Path(__file__).parents[1] / "fixtures" / "nwipe"


def read(name: str) -> nwipe.NwipeLog:
    return parse_log(nwipe.decode_log((FIX / name).read_bytes(), name), name)


def by_dev(log: nwipe.NwipeLog) -> dict[str, nwipe.NwipeDrive]:
    return {d.device: d for d in log.drives}


def test_current_release_with_tables() -> None:
    log = read("nwipe-0.35-two-drives.log")
    assert log.version == "0.35" and log.has_tables and not log.truncated
    assert (log.method, log.rounds, log.blank, log.verify) == ("DoD Short", 1, True, "last")
    sda, sdb = by_dev(log)["/dev/sda"], by_dev(log)["/dev/sdb"]
    assert (sda.serial, sda.model, sda.bus, sda.size) == (
        "WD-WCC2EKR91234",
        "WDC WD5000AAKX-0",
        "SATA",
        "500 GB",
    )
    assert sda.outcome is DriveOutcome.ERASED and sda.verified_ok
    assert sda.passes_per_round == 3 and sda.total_passes == 4  # 3 passes + blanking
    assert sda.started == dt.datetime(2024, 3, 12, 9, 14, 11)
    assert sda.finished == dt.datetime(2024, 3, 12, 13, 10, 51)
    assert sda.duration == "04:56:49" and sda.throughput == "102 MB/s"
    assert nwipe.verification_of(sda) == ("full", "passed")
    assert nwipe.technique_of(sda.method) == ("clear", "overwrite")
    assert sdb.outcome is DriveOutcome.FAILED and sdb.verify_errors == 12
    assert nwipe.verification_of(sdb) == ("full", "failed")
    assert any("Verification failed" in e for e in sdb.errors)


def test_anonymised_log_keeps_results_but_hides_serials() -> None:
    log = read("nwipe-0.34-anonymised.log")
    assert log.version == "0.34"
    assert [d.anonymised for d in log.drives] == [True, True]
    assert [d.outcome for d in log.drives] == [DriveOutcome.ERASED, DriveOutcome.FAILED]


def test_oldest_format_without_tables() -> None:
    log = read("nwipe-0.28-legacy.log")
    assert not log.has_tables and log.version == "" and not log.truncated
    sda = by_dev(log)["/dev/sda"]
    assert (sda.model, sda.serial, sda.size) == ("HGST HTS545050A7", "TNS5193M2KXAZH", "500 GB")
    assert sda.method == "Zero Fill" and sda.outcome is DriveOutcome.ERASED
    assert sda.verify == "last" and sda.verified_ok
    assert by_dev(log)["/dev/sdb"].finished == dt.datetime(2019, 6, 3, 8, 58, 30)


def test_030_format_with_a_write_error() -> None:
    log = read("nwipe-0.30-legacy.log")
    sda, sdc = by_dev(log)["/dev/sda"], by_dev(log)["/dev/sdc"]
    assert sda.outcome is DriveOutcome.FAILED and sda.pass_errors == 1
    assert sda.finished == dt.datetime(2020, 11, 20, 14, 44, 10)
    assert sdc.outcome is DriveOutcome.ERASED and sdc.blank and sdc.verified_ok


def test_truncated_log_marks_the_unfinished_drive() -> None:
    log = read("nwipe-0.35-truncated.log")
    assert log.truncated
    d = by_dev(log)
    assert d["/dev/sda"].outcome is DriveOutcome.ERASED
    assert d["/dev/sdb"].outcome is DriveOutcome.INCOMPLETE


def test_garbage_binary_and_empty_logs_are_refused() -> None:
    with pytest.raises(NwipeLogError, match="not an nwipe log"):
        read("garbage.log")
    with pytest.raises(NwipeLogError, match="binary"):
        nwipe.decode_log(b"\x7fELF\x00\x00\x01", "nwipe")
    with pytest.raises(NwipeLogError, match="not an nwipe log"):
        parse_log("", "empty.log")
    only_found = "[2024/03/12 09:14:02]  notice: Found /dev/sda, SATA, X, 1 GB, S/N=ABC\n"
    with pytest.raises(NwipeLogError, match="names no drive that was wiped"):
        parse_log(only_found, "started.log")


def test_verify_only_and_user_abort_and_no_verification() -> None:
    text = "\n".join([
        "[2025/01/02 10:00:00]  notice: nwipe 0.37",
        "[2025/01/02 10:00:00]  notice: Found /dev/sda, SATA, M1, 1 GB, S/N=S1",
        "[2025/01/02 10:00:00]  notice: Found /dev/sdb, SATA, M2, 1 GB, S/N=S2",
        "[2025/01/02 10:00:01]  notice: Invoking method 'Fill With Zeros' on /dev/sda",
        "[2025/01/02 10:00:01]  notice: Invoking method 'Fill With Zeros' on /dev/sdb",
        "[2025/01/02 10:00:01]  notice: Starting pass 1/1, round 1/1, on /dev/sda",
        "[2025/01/02 10:05:01]  notice: Finished final round 1 of 1 on /dev/sda",
        "********************************* Drive Status *********************************",
        "!   Device | Status | Thru-put | HH:MM:SS | Model/Serial Number",
        "--------------------------------------------------------------------------------",
        "       sda | Erased |  100 MB/s | 00:05:00 | M1/S1",
        "!      sdb |UABORTED|   10 MB/s | 00:01:00 | M2/S2",
        "--------------------------------------------------------------------------------",
        "[2025/01/02 10:05:02] Total Throughput 110 MB/s, Fill With Zeros, 1R+NB+NV",
        "********************************************************************************",
    ])  # fmt: skip
    log = parse_log(text, "x.log")
    sda, sdb = by_dev(log)["/dev/sda"], by_dev(log)["/dev/sdb"]
    assert sda.outcome is DriveOutcome.ERASED and sda.verify == "none"
    assert nwipe.verification_of(sda) == ("none", "not_done")
    assert sdb.outcome is DriveOutcome.ABORTED
    verify = text.replace("Fill With Zeros", "Verify Zeros")
    assert by_dev(parse_log(verify, "v.log"))["/dev/sda"].outcome is DriveOutcome.VERIFY_ONLY
    assert nwipe.technique_of("ATA Secure Erase") == ("purge", "block_erase")
    assert nwipe.technique_of("NVMe Sanitize Crypto Erase") == ("purge", "crypto_erase")

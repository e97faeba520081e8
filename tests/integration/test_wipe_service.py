"""Drives, sanitization records, the nwipe import and the disposal guard on a real store."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.errors import TransitionRefused, ValidationError
from app.services import drives
from app.services.assets import asset_history, get_asset, transition_asset
from app.store.tables import Event, Sanitization
from tests.wipe_data import PERFORMER, laptops, nwipe_file


@pytest.fixture
def store(catalog_ctx: Any) -> tuple[Any, dict[str, Any]]:
    ctx, ids = catalog_ctx
    return ctx, laptops(ctx, ids)


def count(ctx: Any, model: Any) -> int:
    with ctx.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_full_appendix_g_record_is_stored_and_journaled(store: Any) -> None:
    ctx, ids = store
    rid = drives.record_sanitization(
        ctx, ids["S3Z9NB0K123456"],
        {"method": "purge", "technique": "crypto erase", "result": "passed",
         "performer_name": "Anna Berg", "performer_title": "Technician",
         "verification": "quick sampling", "verification_result": "passed",
         "validator_name": "Ben Kohl", "destination": "internal reuse", "tool": "nvme-cli",
         "tool_version": "2.8", "classification": "Confidential", "property_number": "P-17"},
    )  # fmt: skip
    [info] = drives.sanitizations(ctx, ids["S3Z9NB0K123456"])
    assert info.id == rid and info.values["verification"] == "quick"
    assert info.values["validator_name"] == "Ben Kohl" and info.values["tool_version"] == "2.8"
    lt3 = get_asset(ctx, ids["LT-3"])
    assert lt3.drives[0].sanitized and lt3.drives[0].last_result == "passed (purge)"
    lines = [h.summary for h in asset_history(ctx, ids["LT-3"])]
    assert any("Drive S3Z9NB0K123456 sanitized: Purge / Cryptographic erase, passed by Anna "
               "Berg, validated by Ben Kohl" in x for x in lines)  # fmt: skip
    assert any(x.startswith("Drive added: NVMe Samsung PM981, S/N S3Z9NB0K123456") for x in lines)


def test_refused_record_changes_nothing(store: Any) -> None:
    ctx, ids = store
    before = count(ctx, Event)
    with pytest.raises(ValidationError):
        drives.record_sanitization(
            ctx, ids["S3Z9NB0K123456"],
            {"method": "destruct", "technique": "overwrite", "result": "passed",
             "performer_name": "Anna"},
        )  # fmt: skip
    assert count(ctx, Sanitization) == 0 and count(ctx, Event) == before


def test_nwipe_import_records_matched_drives_and_flags_failed(store: Any) -> None:
    ctx, ids = store
    report = drives.import_nwipe(
        ctx, [nwipe_file("nwipe-0.35-two-drives.log"), nwipe_file("nwipe-0.28-legacy.log")],
        PERFORMER,
    )  # fmt: skip
    status = {x.serial: x.status for x in report.lines}
    assert status == {"WD-WCC2EKR91234": "passed", "WL1A2B3C": "failed",
                      "TNS5193M2KXAZH": "passed", "S2XANX0J402117": "passed"}  # fmt: skip
    [failed] = drives.sanitizations(ctx, ids["WL1A2B3C"])
    v = failed.values
    assert v["result"] == "failed" and v["verification_result"] == "failed"
    assert "12 verification errors" in v["notes"]
    [ok] = drives.sanitizations(ctx, ids["WD-WCC2EKR91234"])
    assert ok.values["tool"] == "nwipe" and ok.values["tool_version"] == "0.35"
    assert ok.values["passes"] == 4 and ok.values["performer_name"] == "Anna Berg"
    assert "DoD Short" in ok.values["method_details"] and ok.values["source"] == "nwipe"
    lt1 = get_asset(ctx, ids["LT-1"])
    assert [d.sanitized for d in lt1.drives] == [True, False]
    assert lt1.drives[1].last_result == "FAILED (verification failed)"
    # importing the same log again records nothing twice
    with pytest.raises(ValidationError, match="already imported"):
        drives.import_nwipe(ctx, [nwipe_file("nwipe-0.35-two-drives.log")], PERFORMER)
    assert count(ctx, Sanitization) == 4


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nwipe-0.34-anonymised.log", "anonymised with nwipe -q"),
        ("nwipe-0.35-truncated.log", "truncated log"),
        ("nwipe-0.30-legacy.log", "no drive with serial Z4KCT2QFT is recorded"),
        ("garbage.log", "not an nwipe log"),
    ],
)
def test_import_is_all_or_nothing(store: Any, name: str, expected: str) -> None:
    ctx, _ids = store
    before = count(ctx, Event)
    files = [nwipe_file("nwipe-0.28-legacy.log"), nwipe_file(name)]  # a good file with it
    with pytest.raises(ValidationError) as exc:
        drives.import_nwipe(ctx, files, PERFORMER)
    assert expected in str(exc.value)
    assert count(ctx, Sanitization) == 0 and count(ctx, Event) == before


def test_skip_unmatched_records_the_rest_and_lists_them(store: Any) -> None:
    ctx, _ids = store
    report = drives.import_nwipe(
        ctx, [nwipe_file("nwipe-0.35-truncated.log")], PERFORMER, skip_unmatched=True
    )
    assert [x.status for x in report.recorded] == ["passed"]
    assert [x.status for x in report.problems] == ["incomplete"]
    preview = drives.preview_nwipe(ctx, [nwipe_file("nwipe-0.35-truncated.log")])
    assert {x.status for x in preview.lines} == {"already_imported", "incomplete"}


def test_disposal_guard(store: Any) -> None:
    ctx, ids = store
    drives.import_nwipe(ctx, [nwipe_file("nwipe-0.35-two-drives.log")], PERFORMER)
    with pytest.raises(TransitionRefused, match="WL1A2B3C"):
        transition_asset(ctx, ids["LT-1"], "disposed")
    # a destruction record after the failed wipe allows disposal
    drives.record_sanitization(
        ctx, ids["WL1A2B3C"],
        {"method": "destruct", "technique": "shred", "result": "passed",
         "performer_name": "Anna Berg", "verification": "other",
         "verification_details": "particle size checked", "destination": "recycling"},
    )  # fmt: skip
    assert transition_asset(ctx, ids["LT-1"], "disposed").status == "disposed"


def test_anonymised_serial_is_refused_for_a_drive(store: Any) -> None:
    ctx, ids = store
    with pytest.raises(ValidationError, match="anonymised"):
        drives.add_drive(ctx, ids["LT-3"], {"serial": "XXXXXXXXXXXXXXX"})

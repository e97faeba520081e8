"""The Appendix G record's rules (app/domain/sanitization.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.domain.errors import ValidationError
from app.domain.sanitization import (
    Method,
    Result,
    Technique,
    certificate_number,
    check_record,
    parse_certificate_number,
    parse_qr_payload,
    qr_payload,
    sanitized,
)

NOW = dt.datetime(2026, 11, 24, 10, 0)


def values(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "method": "purge", "technique": "crypto_erase", "result": "passed",
        "performer_name": "Anna Berg", "verification": "full", "verification_result": "passed",
        "performed_at": NOW - dt.timedelta(hours=1),
    }  # fmt: skip
    base.update(over)
    return base


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in exc.value.problems}


def test_a_complete_record_is_accepted() -> None:
    rec = check_record(
        values(validator_name="Ben Kohl", destination="external reuse", backed_up="yes",
               backup_location="NAS-2", tool="hdparm", tool_version="9.65", passes=1),
        now=NOW,
    )  # fmt: skip
    assert rec.method is Method.PURGE and rec.technique is Technique.CRYPTO_ERASE
    assert rec.result is Result.PASSED and rec.counts_as_sanitized
    assert rec.destination == "external_reuse" and rec.validator_name == "Ben Kohl"
    assert rec.as_values()["method"] == "purge"


def test_destruct_needs_a_destruction_technique() -> None:
    with pytest.raises(ValidationError) as exc:
        check_record(values(method="destruct", technique="overwrite"), now=NOW)
    assert "Technique" in fields_of(exc)
    assert "does not destroy" in str(exc.value)
    rec = check_record(
        values(method="destruct", technique="shred", verification="other",
               verification_details="visual inspection"),
        now=NOW,
    )  # fmt: skip
    assert rec.counts_as_sanitized


def test_clear_cannot_be_a_block_erase_and_degauss_is_purge() -> None:
    with pytest.raises(ValidationError) as exc:
        check_record(values(method="clear", technique="block_erase"), now=NOW)
    assert "not a Clear technique" in str(exc.value)
    check_record(values(method="purge", technique="degauss"), now=NOW)


def test_a_failed_verification_means_a_failed_result() -> None:
    with pytest.raises(ValidationError) as exc:
        check_record(values(verification_result="failed"), now=NOW)
    assert "Result" in fields_of(exc)
    rec = check_record(values(verification_result="failed", result="failed"), now=NOW)
    assert not rec.counts_as_sanitized
    assert not sanitized("destruct", "passed", "failed")


def test_a_passed_clear_or_purge_needs_a_verification() -> None:
    with pytest.raises(ValidationError) as exc:
        check_record(values(verification="none", verification_result="not_done"), now=NOW)
    assert "needs a verification" in str(exc.value)
    rec = check_record(
        values(verification="none", verification_result="not_done", result="failed"), now=NOW
    )
    assert rec.result is Result.FAILED


def test_validator_must_be_another_person() -> None:
    with pytest.raises(ValidationError) as exc:
        check_record(values(validator_name=" anna berg"), now=NOW)
    assert "Validated by" in fields_of(exc)


def test_every_problem_is_listed_at_once() -> None:
    with pytest.raises(ValidationError) as exc:
        check_record(
            {"method": "wipe", "technique": "other", "result": "maybe", "performer_name": "",
             "destination": "other", "backed_up": "yes", "passes": -3,
             "performed_at": NOW + dt.timedelta(days=2)},
            now=NOW,
        )  # fmt: skip
    assert fields_of(exc) >= {
        "Method type", "Result", "Performed by", "Method details", "Destination details",
        "Backup location", "Passes", "Performed at",
    }  # fmt: skip


def test_certificate_numbers_and_qr_payloads() -> None:
    number = certificate_number("acme corp", 2026, "7k3m", 42)
    assert number == "ACMECORP-2026-7K3M-00042"
    assert parse_certificate_number(number) == ("ACMECORP", 2026, "7K3M", 42)
    assert certificate_number("", 2026, "7K3M", 1).startswith("FT-2026-")
    payload = qr_payload("ACME", number)
    assert payload == f"FTCERT:ACME:{number}"
    assert parse_qr_payload(payload) == number
    url = qr_payload("ACME", number, "https://assets.example.org/")
    assert url == f"https://assets.example.org/certificates/{number}"
    assert parse_qr_payload(url) == number
    assert parse_qr_payload("IT-7K3M00042") is None


def test_capacities_as_people_write_them() -> None:
    from app.domain.sanitization import parse_capacity
    from app.domain.values import ValueProblem

    assert parse_capacity("512 GB") == 512 * 10**9
    assert parse_capacity("1TB") == 10**12
    assert parse_capacity("1,5 tb") == 15 * 10**11
    assert parse_capacity("256 GiB") == 256 * 2**30
    assert parse_capacity("500107862016") == 500_107_862_016
    assert parse_capacity("  ") is None
    with pytest.raises(ValueProblem):
        parse_capacity("big")

"""Sanitization records: the fields of NIST SP 800-88 Rev. 1 Appendix G ("Sample
Certificate of Sanitization"), with the method types of IEEE 2883-2022 (Clear, Purge,
Destruct) and the rules a record must keep before it is stored.

Pure: no store, no I/O. The service layer reads values from a form, the nwipe import or
the CLI, calls `check_record` and stores what comes back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from app.domain.errors import Problem, ValidationError
from app.domain.text import QT_TRANSLATE_NOOP
from app.domain.values import ValueProblem, clean_text


class Method(StrEnum):
    """IEEE 2883-2022 / NIST SP 800-88 method type."""

    CLEAR = "clear"
    PURGE = "purge"
    DESTRUCT = "destruct"


class Technique(StrEnum):
    OVERWRITE = "overwrite"
    BLOCK_ERASE = "block_erase"
    CRYPTO_ERASE = "crypto_erase"
    DEGAUSS = "degauss"
    SHRED = "shred"
    DISINTEGRATE = "disintegrate"
    OTHER = "other"


class Verification(StrEnum):
    FULL = "full"
    QUICK = "quick"  # quick sampling
    OTHER = "other"
    NONE = "none"


class VerificationResult(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_DONE = "not_done"


class Result(StrEnum):
    PASSED = "passed"
    FAILED = "failed"


class Destination(StrEnum):
    INTERNAL_REUSE = "internal_reuse"
    EXTERNAL_REUSE = "external_reuse"
    RECYCLING = "recycling"
    MANUFACTURER = "manufacturer"
    OTHER = "other"


class BackedUp(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


DRIVE_KINDS = ("hdd", "ssd", "nvme", "flash", "other")

LABELS: dict[str, str] = {
    "clear": QT_TRANSLATE_NOOP("domain.sanitization", "Clear"),
    "purge": QT_TRANSLATE_NOOP("domain.sanitization", "Purge"),
    "destruct": QT_TRANSLATE_NOOP("domain.sanitization", "Destruct"),
    "overwrite": QT_TRANSLATE_NOOP("domain.sanitization", "Overwrite"),
    "block_erase": QT_TRANSLATE_NOOP("domain.sanitization", "Block erase"),
    "crypto_erase": QT_TRANSLATE_NOOP("domain.sanitization", "Cryptographic erase"),
    "degauss": QT_TRANSLATE_NOOP("domain.sanitization", "Degauss"),
    "shred": QT_TRANSLATE_NOOP("domain.sanitization", "Shred"),
    "disintegrate": QT_TRANSLATE_NOOP("domain.sanitization", "Disintegrate"),
    "other": QT_TRANSLATE_NOOP("domain.sanitization", "Other"),
    "full": QT_TRANSLATE_NOOP("domain.sanitization", "Full"),
    "quick": QT_TRANSLATE_NOOP("domain.sanitization", "Quick sampling"),
    "none": QT_TRANSLATE_NOOP("domain.sanitization", "Not verified"),
    "passed": QT_TRANSLATE_NOOP("domain.sanitization", "Passed"),
    "failed": QT_TRANSLATE_NOOP("domain.sanitization", "FAILED"),
    "not_done": QT_TRANSLATE_NOOP("domain.sanitization", "Not done"),
    "internal_reuse": QT_TRANSLATE_NOOP("domain.sanitization", "Internal reuse"),
    "external_reuse": QT_TRANSLATE_NOOP("domain.sanitization", "External reuse"),
    "recycling": QT_TRANSLATE_NOOP("domain.sanitization", "Recycling facility"),
    "manufacturer": QT_TRANSLATE_NOOP("domain.sanitization", "Manufacturer"),
    "yes": QT_TRANSLATE_NOOP("domain.sanitization", "Yes"),
    "no": QT_TRANSLATE_NOOP("domain.sanitization", "No"),
    "unknown": QT_TRANSLATE_NOOP("domain.sanitization", "Unknown"),
    "hdd": "HDD",
    "ssd": "SSD",
    "nvme": "NVMe",
    "flash": "Flash",
}


def label(value: str) -> str:
    """How a stored enum value reads on a certificate and in the GUI."""
    return LABELS.get(value, value)


# which techniques belong to which method type (NIST SP 800-88 Rev. 1, section 2.5 and
# Appendix A; IEEE 2883-2022): destruction is physical, purge includes the firmware
# commands and degaussing, clear is a logical overwrite.
TECHNIQUES_OF: dict[Method, frozenset[Technique]] = {
    Method.CLEAR: frozenset({Technique.OVERWRITE, Technique.OTHER}),
    Method.PURGE: frozenset(
        {
            Technique.OVERWRITE,
            Technique.BLOCK_ERASE,
            Technique.CRYPTO_ERASE,
            Technique.DEGAUSS,
            Technique.OTHER,
        }
    ),
    Method.DESTRUCT: frozenset({Technique.SHRED, Technique.DISINTEGRATE, Technique.OTHER}),
}

TEXT_FIELDS: dict[str, tuple[str, int]] = {
    # attribute: (label in messages, max length)
    "performer_name": (QT_TRANSLATE_NOOP("domain.sanitization", "Performed by"), 200),
    "performer_title": (QT_TRANSLATE_NOOP("domain.sanitization", "Performer title"), 200),
    "performer_organisation": (
        QT_TRANSLATE_NOOP("domain.sanitization", "Performer organisation"),
        200,
    ),
    "performer_location": (QT_TRANSLATE_NOOP("domain.sanitization", "Performer location"), 200),
    "performer_phone": (QT_TRANSLATE_NOOP("domain.sanitization", "Performer phone"), 60),
    "property_number": (QT_TRANSLATE_NOOP("domain.sanitization", "Media property number"), 100),
    "media_source": (QT_TRANSLATE_NOOP("domain.sanitization", "Media source"), 200),
    "classification": (QT_TRANSLATE_NOOP("domain.sanitization", "Classification"), 100),
    "backup_location": (QT_TRANSLATE_NOOP("domain.sanitization", "Backup location"), 200),
    "method_details": (QT_TRANSLATE_NOOP("domain.sanitization", "Method details"), 2000),
    "tool": (QT_TRANSLATE_NOOP("domain.sanitization", "Tool"), 200),
    "tool_version": (QT_TRANSLATE_NOOP("domain.sanitization", "Tool version"), 60),
    "verification_details": (
        QT_TRANSLATE_NOOP("domain.sanitization", "Verification details"),
        2000,
    ),
    "post_classification": (
        QT_TRANSLATE_NOOP("domain.sanitization", "Post-sanitization classification"),
        100,
    ),
    "destination_details": (QT_TRANSLATE_NOOP("domain.sanitization", "Destination details"), 200),
    "notes": (QT_TRANSLATE_NOOP("domain.sanitization", "Notes"), 4000),
    "validator_name": (QT_TRANSLATE_NOOP("domain.sanitization", "Validated by"), 200),
    "validator_title": (QT_TRANSLATE_NOOP("domain.sanitization", "Validator title"), 200),
    "validator_organisation": (
        QT_TRANSLATE_NOOP("domain.sanitization", "Validator organisation"),
        200,
    ),
    "validator_location": (QT_TRANSLATE_NOOP("domain.sanitization", "Validator location"), 200),
    "validator_phone": (QT_TRANSLATE_NOOP("domain.sanitization", "Validator phone"), 60),
}
_MULTILINE = {"method_details", "verification_details", "notes"}


@dataclass(frozen=True)
class SanitizationRecord:
    """One sanitization of one drive, as NIST SP 800-88 Rev. 1 Appendix G lists it. The
    media's make, model, serial and type come from the drive itself."""

    method: Method
    technique: Technique
    result: Result
    performer_name: str
    performed_at: dt.datetime
    verification: Verification = Verification.FULL
    verification_result: VerificationResult = VerificationResult.PASSED
    performer_title: str = ""
    performer_organisation: str = ""
    performer_location: str = ""
    performer_phone: str = ""
    property_number: str = ""
    media_source: str = ""
    classification: str = ""
    backed_up: BackedUp = BackedUp.UNKNOWN
    backup_location: str = ""
    method_details: str = ""
    tool: str = ""
    tool_version: str = ""
    passes: int | None = None
    verification_details: str = ""
    post_classification: str = ""
    destination: Destination = Destination.RECYCLING
    destination_details: str = ""
    notes: str = ""
    validator_name: str = ""
    validator_title: str = ""
    validator_organisation: str = ""
    validator_location: str = ""
    validator_phone: str = ""
    validated_at: dt.datetime | None = None
    started_at: dt.datetime | None = None
    source: str = "manual"  # manual | nwipe
    source_ref: str = ""  # the log file and device of an import
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def counts_as_sanitized(self) -> bool:
        return sanitized(self.method, self.result, self.verification_result)

    def as_values(self) -> dict[str, Any]:
        """The record as plain values (enums as their text, times as datetimes)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.value if isinstance(value, StrEnum) else value
        return out


def sanitized(method: str, result: str, verification_result: str = "passed") -> bool:
    """Whether a record makes its drive count as sanitized: a passed result, never with a
    failed verification (a destruction record counts when its result is passed)."""
    return result == Result.PASSED and verification_result != VerificationResult.FAILED


def _enum(
    enum: type[StrEnum], raw: object, name: str, default: StrEnum | None, problems: list[Problem]
) -> Any:
    text = str(raw or "").strip().lower().replace(" ", "_").replace("-", "_")
    aliases = {"quick_sampling": "quick", "cryptographic_erase": "crypto_erase",
               "recycling_facility": "recycling", "destroy": "destruct", "destruction": "destruct",
               "pass": "passed", "fail": "failed", "ok": "passed"}  # fmt: skip
    text = aliases.get(text, text)
    if not text:
        if default is None:
            problems.append(Problem(name, QT_TRANSLATE_NOOP("domain.sanitization", "is required")))
        return default
    try:
        return enum(text)
    except ValueError:
        choices = ", ".join(label(m.value) for m in enum)
        problems.append(
            Problem(
                name,
                QT_TRANSLATE_NOOP("domain.sanitization", "'{raw}' is not one of: {choices}").format(
                    raw=raw, choices=choices
                ),
            )
        )
        return default


def check_record(values: Mapping[str, Any], *, now: dt.datetime) -> SanitizationRecord:
    """A record from form / import values, or `ValidationError` listing every problem.

    Rules: the technique must belong to the method type (destruct needs a destruction
    technique: shred, disintegrate or other); "other" techniques and destinations need
    details; a failed verification means the result is failed; a passed clear or purge
    needs a verification that passed; the validator must be another person than the one
    who performed it; data backed up needs where."""
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    for name, (title, max_len) in TEXT_FIELDS.items():
        try:
            clean[name] = clean_text(
                values.get(name), max_len=max_len, multiline=name in _MULTILINE
            )
        except ValueProblem as exc:
            problems.append(Problem(title, str(exc)))
            clean[name] = ""
    method = _enum(Method, values.get("method"), "Method type", None, problems)
    technique = _enum(Technique, values.get("technique"), "Technique", None, problems)
    result = _enum(Result, values.get("result"), "Result", None, problems)
    verification = _enum(
        Verification, values.get("verification"), "Verification", Verification.FULL, problems
    )
    vresult = _enum(
        VerificationResult, values.get("verification_result"), "Verification result",
        VerificationResult.PASSED if verification != Verification.NONE
        else VerificationResult.NOT_DONE, problems,
    )  # fmt: skip
    destination = _enum(
        Destination, values.get("destination"), "Destination", Destination.RECYCLING, problems
    )
    backed_up = _enum(
        BackedUp, values.get("backed_up"), "Data backed up", BackedUp.UNKNOWN, problems
    )
    passes = values.get("passes")
    if passes in ("", None):
        passes = None
    elif isinstance(passes, bool) or not isinstance(passes, int) or not 0 <= passes <= 100:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Passes"),
                QT_TRANSLATE_NOOP("domain.sanitization", "must be a whole number from 0 to 100"),
            )
        )
        passes = None
    performed_at = values.get("performed_at") or now
    started_at = values.get("started_at") or None
    validated_at = values.get("validated_at") or None
    for name, value in (("Performed at", performed_at), ("Started at", started_at),
                        ("Validated at", validated_at)):  # fmt: skip
        if value is not None and not isinstance(value, dt.datetime):
            problems.append(
                Problem(name, QT_TRANSLATE_NOOP("domain.sanitization", "must be a date and time"))
            )
    if isinstance(performed_at, dt.datetime) and performed_at > now + dt.timedelta(minutes=5):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Performed at"),
                QT_TRANSLATE_NOOP("domain.sanitization", "is in the future"),
            )
        )
    if (
        isinstance(started_at, dt.datetime)
        and isinstance(performed_at, dt.datetime)
        and started_at > performed_at
    ):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Started at"),
                QT_TRANSLATE_NOOP("domain.sanitization", "is after the end of the sanitization"),
            )
        )

    if not clean["performer_name"]:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Performed by"),
                QT_TRANSLATE_NOOP("domain.sanitization", "is required: who sanitized the media"),
            )
        )
    if method is not None and technique is not None and technique not in TECHNIQUES_OF[method]:
        allowed = ", ".join(sorted(label(t.value) for t in TECHNIQUES_OF[method]))
        if method == Method.DESTRUCT:
            msg = (
                f"{label(technique)} does not destroy the media: a destruct record needs {allowed}"
            )
        else:
            msg = f"{label(technique)} is not a {label(method)} technique; choose one of {allowed}"
        problems.append(Problem(QT_TRANSLATE_NOOP("domain.sanitization", "Technique"), msg))
    if technique == Technique.OTHER and not clean["method_details"]:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Method details"),
                QT_TRANSLATE_NOOP("domain.sanitization", "say which technique was used ('other')"),
            )
        )
    if destination == Destination.OTHER and not clean["destination_details"]:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Destination details"),
                QT_TRANSLATE_NOOP("domain.sanitization", "say where the media goes ('other')"),
            )
        )
    if verification == Verification.OTHER and not clean["verification_details"]:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Verification details"),
                QT_TRANSLATE_NOOP("domain.sanitization", "say how it was verified ('other')"),
            )
        )
    if verification == Verification.NONE and vresult != VerificationResult.NOT_DONE:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Verification result"),
                QT_TRANSLATE_NOOP("domain.sanitization", "there was no verification"),
            )
        )
    if verification != Verification.NONE and vresult == VerificationResult.NOT_DONE:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Verification result"),
                QT_TRANSLATE_NOOP("domain.sanitization", "say whether the verification passed"),
            )
        )
    if result == Result.PASSED:
        if vresult == VerificationResult.FAILED:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("domain.sanitization", "Result"),
                    QT_TRANSLATE_NOOP(
                        "domain.sanitization",
                        "cannot be passed when the verification failed: record it as failed, "
                        "then sanitize again or destroy the media",
                    ),
                )
            )
        elif method in (Method.CLEAR, Method.PURGE) and vresult != VerificationResult.PASSED:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("domain.sanitization", "Result"),
                    QT_TRANSLATE_NOOP(
                        "domain.sanitization",
                        "a passed Clear or Purge needs a verification that passed (NIST SP "
                        "800-88 Rev. 1, 4.7): verify the media or record it as failed",
                    ),
                )
            )
    if backed_up == BackedUp.YES and not clean["backup_location"]:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Backup location"),
                QT_TRANSLATE_NOOP("domain.sanitization", "say where the backup is"),
            )
        )
    validator = clean["validator_name"]
    if validator and validator.casefold() == clean["performer_name"].casefold():
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Validated by"),
                QT_TRANSLATE_NOOP(
                    "domain.sanitization", "must be another person than the one who performed it"
                ),
            )
        )
    if not validator and any(
        clean[k] for k in ("validator_title", "validator_organisation", "validator_phone")
    ):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.sanitization", "Validated by"),
                QT_TRANSLATE_NOOP("domain.sanitization", "name the person who validated it"),
            )
        )
    if problems:
        raise ValidationError(problems)
    assert method is not None and technique is not None and result is not None
    assert isinstance(performed_at, dt.datetime)
    return SanitizationRecord(
        method=method, technique=technique, result=result, performed_at=performed_at,
        verification=verification, verification_result=vresult, passes=passes,
        destination=destination, backed_up=backed_up, started_at=started_at,
        validated_at=validated_at if validator else None,
        source=str(values.get("source") or "manual"),
        source_ref=str(values.get("source_ref") or ""),
        **clean,
    )  # fmt: skip


def with_validator(record: SanitizationRecord, **values: Any) -> SanitizationRecord:
    return replace(record, **values)


# -- certificate numbers ---------------------------------------------------------------

_NUMBER = re.compile(r"^([A-Z0-9]{1,12})-(\d{4})-([0-9A-Z]{4})-(\d{5,})$")
QR_PREFIX = "FTCERT"


def org_prefix(org_code: str) -> str:
    """The organisation part of certificate numbers: the label org code, letters and digits
    only, upper case (default FT)."""
    text = re.sub(r"[^A-Za-z0-9]", "", org_code).upper()[:12]
    return text or "FT"


def certificate_number(org: str, year: int, device_code: str, seq: int) -> str:
    """`<ORG>-<YYYY>-<device tag code>-<seq>`: unique across devices because the device
    code is (the sync server makes it unique at enrolment), and the sequence is per device
    and year."""
    return f"{org_prefix(org)}-{year:04d}-{device_code.upper()}-{seq:05d}"


def parse_certificate_number(number: str) -> tuple[str, int, str, int] | None:
    m = _NUMBER.match(number.strip().upper())
    if m is None:
        return None
    return m.group(1), int(m.group(2)), m.group(3), int(m.group(4))


def qr_payload(org: str, number: str, base_url: str = "") -> str:
    """What the certificate's QR code says: `FTCERT:<ORG>:<NUMBER>`, or a URL under the
    label base URL (`<base>/certificates/<NUMBER>`) when the organisation has one."""
    if base_url.strip():
        return f"{base_url.strip().rstrip('/')}/certificates/{number}"
    return f"{QR_PREFIX}:{org_prefix(org)}:{number}"


def parse_qr_payload(text: str) -> str | None:
    """The certificate number in a QR payload of ours, or None."""
    text = text.strip()
    if text.upper().startswith(QR_PREFIX + ":"):
        parts = text.split(":")
        if len(parts) == 3 and parse_certificate_number(parts[2]):
            return parts[2].upper()
        return None
    m = re.search(r"/certificates/([A-Za-z0-9-]+)$", text)
    if m and parse_certificate_number(m.group(1)):
        return m.group(1).upper()
    return None


_SIZE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([kmgtp]?)(i?)b?\s*$", re.IGNORECASE)


def parse_capacity(text: str) -> int | None:
    """A drive capacity as people write it: "512 GB", "1TB", "1.5 TB", "500107862016",
    "256 GiB" (decimal units as on drive labels, binary with "i"). None for empty text;
    `ValueProblem` for anything else."""
    if not text.strip():
        return None
    m = _SIZE.match(text)
    if m is None:
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.sanitization", "'{text}' is not a size such as 512 GB or 1 TB"
            ).format(text=text)
        )
    number = float(m.group(1).replace(",", "."))
    power = "_kmgtp".index(m.group(2).lower() or "_")
    base = 1024 if m.group(3) else 1000
    return round(number * float(base**power))

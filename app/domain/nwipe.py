"""Reading nwipe / ShredOS log files (written with `nwipe -l FILE` or `--logfile`).

What a log holds (nwipe's src/logging.c, device.c, method.c, nwipe.c):

- every line `[YYYY/MM/DD HH:MM:SS] <level>: message`, the level left-padded
  (` notice:`, `   info:`, `  error:`, `  fatal:`); the tables have no timestamp;
- the drives found: `Found /dev/sdb, ATA, WDC WD5000AAKX-0, 500 GB, S/N=WD-WCC...` (0.30 on,
  the bus type left out in some releases) or, in older releases,
  `Found drive model="...", device path="/dev/sdb", size="...", serial number="..."`;
- per device: `Invoking method 'DoD Short' on /dev/sdb`, `Starting pass 1/3, round 1/1, on
  /dev/sdb`, `Verified that /dev/sdb is empty.` (`[SUCCESS] ...` in later releases),
  `Blanked device /dev/sdb`, `12 verification errors on '/dev/sdb'.`,
  `Nwipe exited with errors on device = /dev/sdb`;
- since 0.31 the "Error Summary" table (pass / verification / fdatasync errors per device)
  and the "Drive Status" table (Erased, -FAILED-, UABORTED, duration, model/serial) and
  the line `Total Throughput 91 MB/s, DoD Short, 1R+B+VL` (rounds, blanking, verification);
- with `-q` (anonymise) every serial number is printed as `XXXXXXXXXXXXXXX`.

Logs from before the tables (0.28 to 0.30) are read from the per-device lines alone.
The parser is pure: it takes the text and returns what it found, or raises
`NwipeLogError` (a `ValidationError`) saying why the file cannot be read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.errors import Problem, ValidationError
from app.domain.text import QT_TRANSLATE_NOOP


class NwipeLogError(ValidationError):
    """The file is not an nwipe log this version can read; nothing is imported."""


class DriveOutcome(StrEnum):
    ERASED = "erased"  # finished without errors
    FAILED = "failed"  # nwipe reported errors (pass, verification or sync) or flagged it
    ABORTED = "aborted"  # stopped by the user
    INCOMPLETE = "incomplete"  # the log ends before the wipe of this drive did
    VERIFY_ONLY = "verify_only"  # a "Verify Zeros/Ones" run: checked, not sanitized


@dataclass
class NwipeDrive:
    device: str  # /dev/sdb
    model: str = ""
    serial: str = ""
    size: str = ""
    bus: str = ""
    method: str = ""  # nwipe's label: "DoD Short", "Fill With Zeros", ...
    rounds: int | None = None
    passes_per_round: int | None = None
    blank: bool | None = None
    verify: str = ""  # "all" | "last" | "none" | "" (unknown)
    verified_ok: bool = False
    verify_failed: bool = False
    pass_errors: int = 0
    verify_errors: int = 0
    sync_errors: int = 0
    exited_with_errors: bool = False
    status: str = ""  # the Drive Status table's word, "" when there is no table
    duration: str = ""  # HH:MM:SS from the table
    throughput: str = ""
    started: dt.datetime | None = None
    finished: dt.datetime | None = None
    outcome: DriveOutcome = DriveOutcome.INCOMPLETE
    errors: list[str] = field(default_factory=list)  # error / fatal lines about this drive
    last_seen: dt.datetime | None = None  # the last line about it after the wipe started

    @property
    def anonymised(self) -> bool:
        return is_anonymised(self.serial)

    @property
    def total_passes(self) -> int | None:
        """Write passes over the whole run (passes x rounds, plus the final blanking)."""
        if self.passes_per_round is None:
            return None
        total = self.passes_per_round * (self.rounds or 1)
        return total + (1 if self.blank else 0)

    @property
    def name(self) -> str:
        return self.device.rsplit("/", 1)[-1]


@dataclass
class NwipeLog:
    version: str = ""  # "0.35" when the banner is in the log
    has_tables: bool = False
    method: str = ""
    rounds: int | None = None
    blank: bool | None = None
    verify: str = ""
    drives: list[NwipeDrive] = field(default_factory=list)
    truncated: bool = False  # the log ends in the middle of a wipe or a table
    ended: dt.datetime | None = None

    @property
    def format(self) -> str:
        tables = "summary tables" if self.has_tables else "no summary tables"
        if self.version:
            return f"nwipe {self.version}, {tables}"
        return "nwipe 0.31 or later" if self.has_tables else "nwipe 0.28-0.30 (no summary tables)"


_LINE = re.compile(
    r"^\[(\d{4})/(\d{1,2})/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})\]\s*(?:nwipe:\s*)?"
    r"(?:(debug|info|notice|warning|error|fatal|sanity|level \d+):\s?)?(.*)$"
)
_VERSION = re.compile(r"\bnwipe (?:version )?v?(\d+\.\d+(?:\.\d+)*)\b", re.IGNORECASE)
_FOUND_OLD = re.compile(
    r'Found drive model="(.*?)", device path="(.*?)", size="(.*?)", serial number="(.*?)"'
)
_FOUND = re.compile(r"Found (/dev/[^,\s]+), (.*), S/N=(.*)$")
_DEV = r"(?:device )?'?(/dev/[^\s']+?)'?\.?\s*$"  # "/dev/sda", "device '/dev/sda'." (0.28)
_INVOKE = re.compile(r"Invoking method '(.+)' on " + _DEV)
_PASS = re.compile(r"Starting pass (\d+)(?:/| of )(\d+), round (\d+)(?:/| of )(\d+), on " + _DEV)
_ROUND = re.compile(r"Starting round (\d+) of (\d+) on " + _DEV)
_VERIFY_START = re.compile(r"Verifying (?:pass .* on|that) '?(/dev/[^\s']+?)'?(?: is|\s*$)")
_VERIFIED = re.compile(
    r"(?:\[SUCCESS\] )?Verified (?:that '?(/dev/[^\s']+?)'? is (?:empty|[Zz]eroed|full of ones)"
    r"|FRP on '(/dev/[^']+)' matches|pass \d+ of \d+, round \d+ of \d+, on '(/dev/[^']+)')"
)
_VERIFY_FAIL = re.compile(
    r"\[FAILURE\] '?(/dev/[^\s']+?)'? (?:Verification errors|has not been Zeroed|is not full)"
)
_BLANKED = re.compile(r"(?:\[SUCCESS\] )?Blanked device '?(/dev/[^\s']+?)'?\s*$")
_BLANK_FAIL = re.compile(r"\[FAILURE\] '?(/dev/[^\s']+?)'? may not be blanked")
_FINAL = re.compile(r"Finished final round \d+ of \d+ on " + _DEV)
_COUNT_ERRORS = re.compile(r"(\d+) (verification|wipe) errors on '(/dev/[^']+)'")
_EXITED = re.compile(r"Nwipe exited with errors on device = (/dev/[^\s,]+)")
_TOTAL = re.compile(r"Total Throughput\s+(.+?),\s+(.+),\s+(\d+)R\+(N?B)\+(NV|VL|VA)\s*$")
_ERR_ROW = re.compile(r"^([! ])\s*(\S+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*$")
_STATUS_ROW = re.compile(
    r"^([! ])\s*(\S+)\s*\|\s*(Erased|-FAILED-|FAILED|UABORTED|INSANITY)\s*\|\s*(.*?)\s*\|"
    r"\s*(\d+:\d\d:\d\d)\s*\|\s?(.*?)\s*$"
)
_ANON = re.compile(r"^X{4,}$")
_VERIFY_CODES = {"NV": "none", "VL": "last", "VA": "all"}
MAX_LOG_BYTES = 64 * 1024 * 1024


def is_anonymised(serial: str) -> bool:
    """A serial printed by `nwipe -q` (XXXXXXXX...): it identifies no drive."""
    return bool(_ANON.match(serial.strip()))


def decode_log(data: bytes, name: str) -> str:
    """The text of a log file, or `NwipeLogError` for a file that is no text."""
    if len(data) > MAX_LOG_BYTES:
        raise NwipeLogError(
            [
                Problem(
                    name,
                    QT_TRANSLATE_NOOP(
                        "domain.nwipe", "is larger than 64 MB: this is not an nwipe log"
                    ),
                )
            ]
        )
    if b"\x00" in data[:65536]:
        raise NwipeLogError(
            [
                Problem(
                    name,
                    QT_TRANSLATE_NOOP("domain.nwipe", "is a binary file, not an nwipe log (text)"),
                )
            ]
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def parse_log(text: str, name: str = "log") -> NwipeLog:
    """Everything the log says about its drives. Raises `NwipeLogError` when the text is no
    nwipe log, or names no drive that was wiped."""
    log = NwipeLog()
    drives: dict[str, NwipeDrive] = {}  # by device basename (the tables strip /dev/)
    nwipe_lines = 0
    table: str | None = None  # "errors" | "status" while inside a table
    table_rows = 0
    last_time: dt.datetime | None = None

    when: dt.datetime | None = None

    def drive(device: str, seen: bool = True) -> NwipeDrive:
        key = device.rsplit("/", 1)[-1]
        found = drives.get(key)
        if found is None:
            found = drives[key] = NwipeDrive(device=device)
        if seen and when is not None and found.method:
            found.last_seen = when
        return found

    for raw in text.splitlines():
        line = raw.rstrip("\r\n")
        if "Error Summary" in line and line.startswith("*"):
            table, table_rows = "errors", 0
            log.has_tables = True
            continue
        if "Drive Status" in line and line.startswith("*"):
            table, table_rows = "status", 0
            log.has_tables = True
            continue
        if table is not None:
            if line.startswith("*"):
                table = None
                continue
            if table == "errors":
                m = _ERR_ROW.match(line)
                if m:
                    d = drive(m.group(2), seen=False)
                    d.pass_errors, d.verify_errors, d.sync_errors = (
                        int(m.group(3)), int(m.group(4)), int(m.group(5)),
                    )  # fmt: skip
                    table_rows += 1
                    nwipe_lines += 1
                continue
            m = _STATUS_ROW.match(line)
            if m:
                d = drive(m.group(2), seen=False)
                d.status = m.group(3).strip("-")
                d.throughput, d.duration = m.group(4), m.group(5)
                model, _, serial = m.group(6).rpartition("/")
                d.model = d.model or model.strip()
                if serial.strip() and not d.serial:
                    d.serial = serial.strip()
                table_rows += 1
                nwipe_lines += 1
                continue
            total = _TOTAL.search(line)
            if total:
                _total(log, total)
                nwipe_lines += 1
            continue

        m = _LINE.match(line)
        if m is None:
            continue
        when = _time(m)
        last_time = when or last_time
        message = m.group(8)
        level = m.group(7) or ""
        if (v := _VERSION.search(message)) and not log.version:
            log.version = v.group(1)
            nwipe_lines += 1
        if total := _TOTAL.search(message):
            _total(log, total)
            nwipe_lines += 1
            continue
        if f := _FOUND_OLD.search(message):
            d = drive(f.group(2))
            d.model, d.size, d.serial = f.group(1).strip(), f.group(3), f.group(4).strip()
            nwipe_lines += 1
            continue
        if f := _FOUND.search(message):
            d = drive(f.group(1))
            parts = [p.strip() for p in f.group(2).split(", ")]
            if len(parts) >= 3:
                d.bus, d.size = parts[0], parts[-1]
                d.model = ", ".join(parts[1:-1])
            elif len(parts) == 2:
                d.model, d.size = parts
            else:
                d.model = parts[0]
            d.serial = f.group(3).strip()
            nwipe_lines += 1
            continue
        if f := _INVOKE.search(message):
            d = drive(f.group(2))
            d.method, d.started = f.group(1), when
            nwipe_lines += 1
            continue
        if f := _PASS.search(message):
            d = drive(f.group(5))
            d.passes_per_round, d.rounds = int(f.group(2)), int(f.group(4))
            nwipe_lines += 1
            continue
        if f := _ROUND.search(message):
            drive(f.group(3)).rounds = int(f.group(2))
            nwipe_lines += 1
            continue
        if f := _VERIFY_FAIL.search(message):
            drive(f.group(1)).verify_failed = True
            nwipe_lines += 1
            continue
        if f := _VERIFIED.search(message):
            d = drive(f.group(1) or f.group(2) or f.group(3))
            d.verified_ok = True
            d.finished = when or d.finished
            nwipe_lines += 1
            continue
        if f := _VERIFY_START.search(message):
            d = drive(f.group(1))
            if not d.verify:
                d.verify = "last"
            nwipe_lines += 1
            continue
        if f := _BLANK_FAIL.search(message):
            drive(f.group(1)).verify_failed = True
            nwipe_lines += 1
            continue
        if f := _BLANKED.search(message):
            d = drive(f.group(1))
            d.blank = True
            d.finished = when or d.finished
            nwipe_lines += 1
            continue
        if f := _FINAL.search(message):
            d = drive(f.group(1))
            d.finished = when or d.finished
            nwipe_lines += 1
            continue
        if f := _COUNT_ERRORS.search(message):
            d = drive(f.group(3))
            if f.group(2) == "verification":
                d.verify_errors = max(d.verify_errors, int(f.group(1)))
            else:
                d.pass_errors = max(d.pass_errors, int(f.group(1)))
            nwipe_lines += 1
            continue
        if f := _EXITED.search(message):
            drive(f.group(1)).exited_with_errors = True
            nwipe_lines += 1
            continue
        if level in ("error", "fatal"):
            for d in drives.values():
                if re.search(rf"{re.escape(d.device)}\b", message):
                    d.errors.append(message.strip())

    if table is not None:
        log.truncated = True  # the file ends inside a table
    if nwipe_lines == 0:
        raise NwipeLogError(
            [
                Problem(
                    name,
                    QT_TRANSLATE_NOOP(
                        "domain.nwipe",
                        'is not an nwipe log: it has none of the lines nwipe writes ("Found '
                        '/dev/...", "Invoking method ...", the Drive Status table)',
                    ),
                )
            ]
        )
    log.ended = last_time
    wiped = [d for d in drives.values() if d.method or d.status]
    if not wiped:
        raise NwipeLogError(
            [
                Problem(
                    name,
                    QT_TRANSLATE_NOOP(
                        "domain.nwipe",
                        "names no drive that was wiped: the log ends before any wipe started "
                        "(only the drives found are listed)",
                    ),
                )
            ]
        )
    for d in wiped:
        _settle(d, log)
    log.drives = wiped
    if any(d.outcome == DriveOutcome.INCOMPLETE for d in wiped):
        log.truncated = True
    if log.version and not log.has_tables and _version_tuple(log.version) >= (0, 31):
        log.truncated = True  # this release writes the tables at the end: the end is missing
    return log


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())


def _time(m: re.Match[str]) -> dt.datetime | None:
    try:
        y, mo, d, h, mi, sec = (int(m.group(i)) for i in range(1, 7))
        return dt.datetime(y, mo, d, h, mi, sec)
    except ValueError:
        return None


def _total(log: NwipeLog, m: re.Match[str]) -> None:
    log.method = m.group(2).strip()
    log.rounds = int(m.group(3))
    log.blank = m.group(4) == "B"
    log.verify = _VERIFY_CODES[m.group(5)]


def _settle(d: NwipeDrive, log: NwipeLog) -> None:
    """Decide the outcome of one drive from all the log says about it."""
    d.method = d.method or log.method
    if d.rounds is None:
        d.rounds = log.rounds
    if log.blank is not None:
        d.blank = log.blank
    if log.verify:
        d.verify = log.verify
    elif not d.verify:
        d.verify = "none" if (d.finished and not d.verified_ok) else ""
    errors = d.pass_errors or d.verify_errors or d.sync_errors
    if d.verify_errors:
        d.verify_failed = True
    if d.method.lower().startswith("verify"):
        d.outcome = DriveOutcome.FAILED if (errors or d.verify_failed) else DriveOutcome.VERIFY_ONLY
    elif d.status:
        if d.status in ("FAILED", "INSANITY") or errors or d.exited_with_errors:
            d.outcome = DriveOutcome.FAILED
        elif d.status == "UABORTED":
            d.outcome = DriveOutcome.ABORTED
        else:
            d.outcome = DriveOutcome.ERASED
    elif errors or d.exited_with_errors or d.verify_failed:
        d.outcome = DriveOutcome.FAILED
    elif (
        d.finished
        and (d.verified_ok or d.verify in ("none", ""))
        and (d.blank or d.verified_ok or d.blank is None)
    ):
        d.outcome = DriveOutcome.ERASED
    else:
        d.outcome = DriveOutcome.INCOMPLETE
    if d.outcome == DriveOutcome.ERASED and d.status and d.verify != "none":
        d.verified_ok = True  # the table says Erased: no verification errors
    if d.outcome != DriveOutcome.INCOMPLETE:
        d.finished = d.last_seen or d.finished or log.ended


# -- how an nwipe run maps onto an Appendix G record ------------------------------------


def technique_of(method_label: str) -> tuple[str, str]:
    """(method type, technique) for an nwipe method label: the overwriting methods are a
    NIST SP 800-88 Clear; the ATA / NVMe firmware commands of nwipe 0.36+ are a Purge."""
    text = method_label.lower()
    if "crypt" in text:
        return "purge", "crypto_erase"
    if "secure erase" in text or "sanitize" in text or "block erase" in text:
        return "purge", "block_erase"
    return "clear", "overwrite"


def verification_of(d: NwipeDrive) -> tuple[str, str]:
    """(verification, verification result) for the record."""
    if d.verify == "none" or (not d.verify and not d.verified_ok and not d.verify_failed):
        return "none", "not_done"
    kind = "full"  # nwipe reads back the whole device (last pass, or every pass)
    if d.verify_failed or d.verify_errors:
        return kind, "failed"
    return kind, "passed" if d.verified_ok else "not_done"


def describe(d: NwipeDrive) -> str:
    """Method details for the record: nwipe's method, passes, rounds, blanking, verify."""
    bits = [f"nwipe method '{d.method}'" if d.method else "nwipe"]
    if d.passes_per_round is not None:
        bits.append(f"{d.passes_per_round} pass{'es' if d.passes_per_round != 1 else ''}")
    if d.rounds:
        bits.append(f"{d.rounds} round{'s' if d.rounds != 1 else ''}")
    if d.blank is not None:
        bits.append("final blanking pass" if d.blank else "no blanking")
    verify = {"all": "verify all passes", "last": "verify last pass", "none": "no verification"}
    if d.verify in verify:
        bits.append(verify[d.verify])
    if d.duration:
        bits.append(f"duration {d.duration}")
    if d.throughput:
        bits.append(d.throughput)
    return ", ".join(bits)

"""Importing assets from CSV files and exporting them to CSV or JSON.

Import: the whole file is checked before anything is written. One bad row and nothing is
imported; the `ValidationError` lists every bad row with its line in the file (the header
is line 1; a quoted cell spanning lines counts every line). Then everything is written in
one unit of work: models, locations and people created as needed, the assets (one Core
bulk insert) and a "created" event for each, with ``{"source": "import <file name>"}``.

Encodings: UTF-8 with or without a byte order mark, and UTF-16 or UTF-32 with one. A file
that is not valid UTF-8 and has no byte order mark is refused with one message that says
where and how to save it as UTF-8. There is no guessing fallback to Windows-1252: almost any
bytes decode as Windows-1252, so a wrong guess would silently store garbled names.

Export: CSV (UTF-8 with BOM, so Excel opens it; headers `import_csv` reads back; cells that
a spreadsheet would run as a formula are escaped with a leading apostrophe) or JSON. Both
are streamed a chunk of assets at a time into a temporary file beside the target, which
replaces the target only when complete.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import errno
import gc
import itertools
import json
import json.encoder
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Self, cast

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.domain.errors import FieldtagError, Problem, ValidationError
from app.domain.ids import new_id
from app.domain.importing import (
    CUSTOM_PREFIX,
    EXPORT_HEADERS,
    IMPORT_FIELDS,
    CheckCache,
    CheckedRows,
    auto_mapping,
    check_mapping,
    check_table,
    escape_formula,
    resolve_given,
    sniff_delimiter,
    suggest_mapping,
    tag_key,
)
from app.domain.text import QT_TRANSLATE_NOOP
from app.domain.values import format_money
from app.services.catalog import ImportRefs
from app.services.context import Context
from app.services.filters import AssetFilter
from app.services.queries import query_asset_ids
from app.store.bulk import BulkLoad, bulk_load, insert_rows
from app.store.journal import EVENT_COLUMNS, UnitOfWork
from app.store.tables import Asset, AssetModel, Location, Person, utcnow

__all__ = [
    "IMPORT_FIELDS",
    "CsvPreview",
    "ImportResult",
    "export_assets",
    "import_csv",
    "preview_csv",
    "suggest_mapping",
]

# The csv module refuses fields longer than its limit (128 KiB by default) with an error
# that stops reading. Raised to this, so that a long cell is read, reported on its line
# (`importing.MAX_CELL`) and the check goes on; a cell beyond it ends the check there.
CSV_FIELD_LIMIT = 32 * 1024 * 1024
SAMPLE_CHARS = 64 * 1024
EXPORT_CHUNK = 1000

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_CSV: tuple[tuple[bytes, str], ...] = (
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP("services.transfer", "an Excel workbook (.xlsx) or another zip file"),
    ),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("services.transfer", "an old Excel workbook (.xls)")),
    (b"%PDF", QT_TRANSLATE_NOOP("services.transfer", "a PDF document")),
)
SAVE_AS_UTF8 = QT_TRANSLATE_NOOP(
    "services.transfer",
    "save it as UTF-8 (Excel: File > Save As > 'CSV UTF-8 (Comma delimited)'; "
    "LibreOffice: Save As > Text CSV, character set Unicode (UTF-8)) and import that file",
)


# ------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class CsvPreview:
    """The first rows of a CSV file, for the import wizard's mapping step."""

    path: Path
    encoding: str
    delimiter: str
    columns: list[str]
    rows: list[list[str]]
    mapping: dict[str, str]  # suggested: column -> field ('' = ignore)
    unknown: list[str]  # columns no header rule knows


def _encoding_of(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError as exc:
        raise FieldtagError(
            QT_TRANSLATE_NOOP("services.transfer", "There is no file {path}.").format(path=path)
        ) from exc
    except IsADirectoryError as exc:
        raise FieldtagError(
            QT_TRANSLATE_NOOP("services.transfer", "{path} is a folder: choose a CSV file.").format(
                path=path
            )
        ) from exc
    except OSError as exc:
        raise FieldtagError(
            QT_TRANSLATE_NOOP("services.transfer", "Cannot read {path}: {strerror}.").format(
                path=path, strerror=exc.strerror
            )
        ) from exc
    if not head:
        raise FieldtagError(
            QT_TRANSLATE_NOOP(
                "services.transfer", "{name} is empty: there is nothing to import."
            ).format(name=path.name)
        )
    for magic, what in _NOT_CSV:
        if head.startswith(magic):
            raise FieldtagError(
                QT_TRANSLATE_NOOP(
                    "services.transfer",
                    "{name} is {what}, not a CSV file: open it and {save_as}.",
                ).format(name=path.name, what=what, save_as=SAVE_AS_UTF8)
            )
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return "utf-8"


def _decode_problem(path: Path, encoding: str) -> Problem:
    """Where the first byte that is not `encoding` is, as a problem on its line."""
    decoder = codecs.getincrementaldecoder(encoding)()
    line, offset = 1, 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 16):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                bad = chunk[exc.start : exc.start + 1]
                line += chunk[: exc.start].count(b"\n")
                at = offset + exc.start
                return Problem(
                    "",
                    QT_TRANSLATE_NOOP(
                        "services.transfer",
                        "the file is not {encoding} text (byte 0x{byte} at position {at:,} "
                        "cannot be read; Windows programs often save files as 'ANSI' or "
                        "Windows-1252): {save_as}",
                    ).format(
                        encoding=encoding.upper().replace("-SIG", ""),
                        byte=bad.hex().upper(),
                        at=at,
                        save_as=SAVE_AS_UTF8,
                    ),
                    line,
                )
            line += chunk.count(b"\n")
            offset += len(chunk)
    return Problem(
        "",
        QT_TRANSLATE_NOOP(
            "services.transfer", "the file ends in the middle of a character: {save_as}"
        ).format(save_as=SAVE_AS_UTF8),
        line,
    )


def _open_text(path: Path, encoding: str) -> IO[str]:
    return path.open(encoding=encoding, errors="strict", newline="")


class _CsvRows:
    """The records of a CSV file with the line each starts on; blank lines are skipped."""

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        self.encoding = encoding or _encoding_of(path)
        try:
            with _open_text(path, self.encoding) as fh:
                sample = fh.read(SAMPLE_CHARS)
        except UnicodeDecodeError as exc:
            raise ValidationError([_decode_problem(path, self.encoding)]) from exc
        if not sample.strip():
            raise FieldtagError(
                QT_TRANSLATE_NOOP(
                    "services.transfer", "{name} is empty: there is nothing to import."
                ).format(name=path.name)
            )
        if "\x00" in sample:
            line = sample[: sample.index("\x00")].count("\n") + 1
            raise ValidationError(
                [
                    Problem(
                        "",
                        QT_TRANSLATE_NOOP(
                            "services.transfer",
                            "the file contains NUL characters, so it is not CSV text (UTF-16 "
                            "without "
                            "a byte order mark, or not a text file at all): {save_as}",
                        ).format(save_as=SAVE_AS_UTF8),
                        line,
                    )
                ]
            )
        self.delimiter = sniff_delimiter(sample)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        csv.field_size_limit(CSV_FIELD_LIMIT)
        with _open_text(self.path, self.encoding) as fh:
            reader = csv.reader(fh, delimiter=self.delimiter, strict=False)
            last = 0
            try:
                for record in reader:
                    start, last = last + 1, reader.line_num
                    if not any(record):
                        continue  # a blank line, or only delimiters
                    yield start, record
            except UnicodeDecodeError as exc:
                raise ValidationError([_decode_problem(self.path, self.encoding)]) from exc
            except csv.Error as exc:
                raise ValidationError([self._csv_problem(exc, last + 1)]) from exc

    def _csv_problem(self, exc: csv.Error, line: int) -> Problem:
        text = str(exc)
        if "field larger than field limit" in text:
            return Problem(
                "",
                QT_TRANSLATE_NOOP(
                    "services.transfer",
                    "a cell is longer than {CSV_FIELD_LIMIT:,} characters, so the file was "
                    "not read further: is this the right file? (An opening quote without its "
                    "closing quote also makes the rest of the file one cell.)",
                ).format(CSV_FIELD_LIMIT=CSV_FIELD_LIMIT),
                line,
            )
        if "NUL" in text:
            return Problem(
                "",
                QT_TRANSLATE_NOOP(
                    "services.transfer",
                    "the file contains NUL bytes, so it is not CSV text: {save_as}",
                ).format(save_as=SAVE_AS_UTF8),
                line,
            )
        return Problem(
            "",
            QT_TRANSLATE_NOOP(
                "services.transfer", "the file cannot be read as CSV ({text})"
            ).format(text=text),
            line,
        )


def _header(rows: Iterator[tuple[int, list[str]]], path: Path) -> list[str]:
    first = next(rows, None)
    if first is None:
        raise FieldtagError(
            QT_TRANSLATE_NOOP(
                "services.transfer", "{name} is empty: there is nothing to import."
            ).format(name=path.name)
        )
    columns = [c.replace("\ufeff", "").strip() for c in first[1]]
    seen: dict[str, int] = {}
    problems = []
    for i, column in enumerate(columns, 1):
        if not column:
            continue
        key = column.lower()
        if key in seen:
            problems.append(
                Problem(
                    column,
                    QT_TRANSLATE_NOOP(
                        "services.transfer",
                        "the header names this column twice (columns {seen} and {i}): rename one "
                        "of them",
                    ).format(seen=seen[key], i=i),
                    first[0],
                )
            )
        seen.setdefault(key, i)
    if problems:
        raise ValidationError(problems)
    return columns


def preview_csv(path: Path | str, rows: int = 20) -> CsvPreview:
    """Encoding, delimiter, columns, the first `rows` records and a suggested mapping."""
    path = Path(path)
    source = _CsvRows(path)
    it = iter(source)
    try:
        columns = _header(it, path)
        sample = []
        for _line, record in it:
            sample.append(record)
            if len(sample) >= rows:
                break
    finally:
        close = getattr(it, "close", None)
        if close is not None:
            close()
    mapping, unknown = auto_mapping(columns)
    full = {c: mapping.get(c, "") for c in columns}
    return CsvPreview(path, source.encoding, source.delimiter, columns, sample, full, unknown)


# ------------------------------------------------------------------------------ importing


@dataclass
class ImportResult:
    file: str
    rows: int
    dry_run: bool
    imported: int = 0
    created_models: int = 0
    created_locations: int = 0
    created_people: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","

    def summary(self) -> str:
        if self.dry_run:
            text = f"checked {self.rows:,} rows: all valid, nothing imported"
        else:
            text = f"imported {self.imported:,} {_plural(self.imported, 'asset', 'assets')}"
            made = [
                f"{n:,} {_plural(n, one, many)}"
                for n, one, many in (
                    (self.created_models, "model", "models"),
                    (self.created_locations, "location", "locations"),
                    (self.created_people, "person", "people"),
                )
                if n
            ]
            if made:
                text += f" (created {', '.join(made)})"
        if self.ignored_columns:
            text += f"; ignored columns: {', '.join(self.ignored_columns)}"
        return text


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _resolve_mapping(columns: list[str], given: Mapping[str, str] | None) -> dict[str, str]:
    problems: list[Problem] = []
    keyed: dict[str, str] = {}
    if given:
        keyed, problems = resolve_given(columns, given)
    mapping, unknown = auto_mapping(columns, keyed)
    for column in unknown:
        problems.append(
            Problem(
                column,
                QT_TRANSLATE_NOOP(
                    "services.transfer",
                    "is not a column Fieldtag knows: map it to a field with --map "
                    "'{column}=FIELD' (fieldtag import --fields lists them) or ignore it "
                    "with --map '{column}='",
                ).format(column=column),
                1,
            )
        )
    if not problems:
        problems = check_mapping(columns, mapping)
    if problems:
        raise ValidationError(problems)
    return mapping


_Mapped = tuple[
    Iterator[tuple[int, list[str]]],  # the rows after the header (line, cells)
    list[str],  # the columns
    list[tuple[int, str]],  # (column index, field) of the columns used
    dict[str, str],  # field -> the column header it comes from
    list[str],  # the columns ignored
]


def _columns_of(source: _CsvRows, mapping: Mapping[str, str] | None) -> _Mapped:
    """The file's header read and mapped to fields."""
    it = iter(source)
    columns = _header(it, source.path)
    resolved = _resolve_mapping(columns, mapping)
    used = [(i, resolved[c]) for i, c in enumerate(columns) if resolved.get(c)]
    ignored = [c or f"(column {i + 1} without a header)" for i, c in enumerate(columns)
               if not resolved.get(c)]  # fmt: skip
    return it, columns, used, {name: columns[i] for i, name in used}, ignored


def _check_rows(
    source: _CsvRows, mapping: Mapping[str, str] | None
) -> tuple[CheckedRows, list[str], int]:
    """Parse and check every row. Returns the rows, the ignored columns and the number of
    records; raises `ValidationError` listing every problem of the file."""
    it, columns, used, labels, ignored = _columns_of(source, mapping)
    width = len(columns)
    problems: list[Problem] = []
    lines: list[int] = []
    records: list[list[str]] = []
    try:
        for line, record in it:
            if len(record) != width and (
                len(record) < width or any(c.strip() for c in record[width:])
            ):
                problems.append(
                    Problem(
                        "",
                        QT_TRANSLATE_NOOP(
                            "services.transfer",
                            "has {n_record} cells where the header has {width} columns (a "
                            "missing or "
                            "extra delimiter, or an unclosed quote?)",
                        ).format(n_record=len(record), width=width),
                        line,
                    )
                )
                continue
            lines.append(line)
            records.append(record)
    except ValidationError as exc:
        raise ValidationError(problems + exc.problems) from exc
    count = len(records) + len(problems)
    if count == 0:
        raise FieldtagError(
            QT_TRANSLATE_NOOP(
                "services.transfer", "{name} has a header row but no assets below it."
            ).format(name=source.path.name)
        )
    transposed = list(zip(*records, strict=False)) if records else [() for _ in columns]
    del records
    data = {name: transposed[i] for i, name in used}
    del transposed
    parsed, found = check_table(lines, data, labels)
    problems += found
    if problems:
        raise ValidationError(sorted(problems, key=lambda p: p.line or 0))
    return parsed, ignored, count


def _tags_in_store(session: Session, rows: CheckedRows) -> list[Problem]:
    existing: dict[str, str] = {
        tag_key(tag): tag for tag in session.scalars(select(Asset.tag)) if tag is not None
    }
    problems = []
    for line, value in zip(rows.lines, rows.values["tag"], strict=True):
        tag = str(value)
        other = existing.get(tag_key(tag))
        if other is not None:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("services.transfer", "Asset tag"),
                    QT_TRANSLATE_NOOP(
                        "services.transfer",
                        "{tag} is already used by an asset in the database ({other}): give this "
                        "asset another tag, or leave the row out",
                    ).format(tag=tag, other=other),
                    line,
                )
            )
    return problems


def import_csv(
    ctx: Context,
    path: Path | str,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Import the assets of a CSV file (see the module docstring). `mapping` maps a column
    header to a field of `IMPORT_FIELDS` ('' ignores the column); columns it leaves out are
    matched by their header. Raises `ValidationError` and imports nothing if any row is bad."""
    with _gc_paused():
        return _import(ctx, Path(path), mapping, dry_run)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cycle collector, triggered by allocations, rescans the 100,000s of live
    row objects again and again: pausing it halves the time of a large import."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import(
    ctx: Context, path: Path, mapping: Mapping[str, str] | None, dry_run: bool
) -> ImportResult:
    source = _CsvRows(path)
    if dry_run:
        rows, ignored, count = _check_rows(source, mapping)
        result = ImportResult(
            path.name, count, dry_run, ignored_columns=ignored,
            encoding=source.encoding, delimiter=source.delimiter,
        )  # fmt: skip
        with ctx.reading() as session:
            problems = _tags_in_store(session, rows)
        if problems:
            raise ValidationError(problems)
        return result
    try:
        with ctx.unit_of_work() as uow:
            result = _import_streaming(uow, source, mapping)
            _commit_without_checkpoint(uow)
        return result
    except _Rejected:
        pass
    # Something is wrong with the file (and nothing was imported): check it as a whole,
    # which lists every problem.
    rows, _ignored, _count = _check_rows(source, mapping)
    with ctx.reading() as session:
        problems = _tags_in_store(session, rows)
    if problems:
        raise ValidationError(problems)
    raise FieldtagError(
        QT_TRANSLATE_NOOP(
            "services.transfer", "{name} could not be imported; nothing was imported."
        ).format(name=path.name)
    )


class _Rejected(Exception):
    """The file has a problem: the import stops, rolls back and checks the whole file."""


def _commit_without_checkpoint(uow: UnitOfWork) -> None:
    """Commit without the WAL checkpoint SQLite runs after a commit that leaves the log
    over its limit (most of a second after a large import); the data is durable at commit
    either way, and the next write's automatic checkpoint copies it into the database."""
    dbapi = uow.session.connection().connection.dbapi_connection
    assert dbapi is not None
    old = dbapi.execute("PRAGMA wal_autocheckpoint").fetchone()
    dbapi.execute("PRAGMA wal_autocheckpoint=0")
    try:
        uow.commit()
    finally:
        dbapi.execute(f"PRAGMA wal_autocheckpoint={int(old[0]) if old else 1000}")


def _import_streaming(
    uow: UnitOfWork, source: _CsvRows, mapping: Mapping[str, str] | None
) -> ImportResult:
    """Check the file a chunk at a time and write each valid chunk (on a writer thread)
    while the next is checked. Raises `_Rejected` at the first problem (the caller rolls
    back); header and mapping errors are raised as they are."""
    it, columns, used, labels, ignored = _columns_of(source, mapping)
    width = len(columns)
    result = ImportResult(
        source.path.name, 0, False, ignored_columns=ignored,
        encoding=source.encoding, delimiter=source.delimiter,
    )  # fmt: skip
    session = uow.session
    taken = {tag_key(t) for t in session.scalars(select(Asset.tag)) if t is not None}
    refs = ImportRefs(uow)
    conn = session.connection()
    data_json = json.dumps({"source": f"import {source.path.name}"})
    now = _sql_datetime(utcnow())
    with bulk_load(conn, rows=_estimated_rows(source.path)) as load, _Writer() as writer:
        chunks = _Chunks(uow, conn, load, refs, used, labels, taken, data_json, now)
        lines: list[int] = []
        records: list[list[str]] = []
        size = min(_FIRST_CHUNK, _CHUNK)  # small chunks first: the writer starts early
        for line, record in _readable(it):
            if len(record) != width and (
                len(record) < width or any(c.strip() for c in record[width:])
            ):
                raise _Rejected
            lines.append(line)
            records.append(record)
            if len(records) >= size:
                writer.submit(chunks.job(lines, records))
                result.rows += len(records)
                lines, records, size = [], [], min(2 * size, _CHUNK)
        if records:
            writer.submit(chunks.job(lines, records))
            result.rows += len(records)
        if not result.rows:
            raise _Rejected
    result.imported = result.rows
    result.created_models = refs.created["model"]
    result.created_locations = refs.created["location"]
    result.created_people = refs.created["person"]
    return result


def _readable(it: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    """The records of `it`; a file that cannot be read further raises `_Rejected`."""
    try:
        yield from it
    except ValidationError as exc:
        raise _Rejected from exc


def _estimated_rows(path: Path) -> int:
    """About how many assets a file holds (for `bulk_load`: a file that at least doubles
    the table has its indexes built at the end), from its size."""
    return path.stat().st_size // 400


# Distinct values a cache of `_IsoDates` or `_Fragments` keeps at most.
_KEPT = 10_000


class _IsoDates(dict[object, str | None]):
    """A date's ISO text (made once per date: dates repeat); None for anything else."""

    def __missing__(self, value: object) -> str | None:
        text = value.isoformat() if isinstance(value, dt.date) else None
        if len(self) < _KEPT:
            self[value] = text
        return text


class _Fragments(dict[object, str]):
    """``"column": [null, value]`` in JSON (`head` + the value's JSON + ``]``) for the values
    of one column, "" for None and ""; made once per value (models, places, dates repeat)."""

    def __init__(self, head: str) -> None:
        super().__init__()
        self._head = head

    def __missing__(self, value: object) -> str:
        text = "" if value is None or value == "" else f"{self._head}{_json(value)}]"
        if len(self) < _KEPT:
            self[value] = text
        return text


class _CreatedChanges:
    """The `changes` of each imported asset's "created" event: the JSON text that
    `json.dumps` writes for ``{column: [None, value]}`` over the columns with a value
    (neither None nor ""), then ``"custom"`` if the asset has custom fields; put together
    from the JSON of each value, without building the dicts."""

    def __init__(self) -> None:
        heads = [f"{_encode_text(c)}: [null, " for c in _ASSET_COLUMNS]
        self._columns = [
            (head, None if c in _UNIQUE_COLUMNS else _Fragments(head))
            for c, head in zip(_ASSET_COLUMNS, heads, strict=True)
        ]

    def texts(
        self, columns: Sequence[Sequence[object]], custom: Sequence[Mapping[str, str]]
    ) -> list[str]:
        """One JSON text per asset: `columns` holds the values of each of `_ASSET_COLUMNS`."""
        parts: list[list[str]] = []
        for (head, kept), values in zip(self._columns, columns, strict=True):
            if kept is None:  # text, mostly different in every row: json.dumps's encoding
                texts = cast("Sequence[str]", values)
                parts.append([f"{head}{_encode_text(t)}]" if t else "" for t in texts])
            else:
                parts.append(list(map(kept.__getitem__, values)))
        parts.append([f'"custom": [null, {_ENCODE(c)}]' if c else "" for c in custom])
        return ["{" + ", ".join(filter(None, row)) + "}" for row in zip(*parts, strict=True)]


@dataclass
class _Chunks:
    uow: UnitOfWork
    conn: Connection
    load: BulkLoad
    refs: ImportRefs
    used: list[tuple[int, str]]
    labels: Mapping[str, str]
    taken: set[str]
    data_json: str
    now: str
    cache: CheckCache = field(default_factory=CheckCache)  # what the chunks so far taught
    isos: _IsoDates = field(default_factory=_IsoDates)
    changes: _CreatedChanges = field(default_factory=_CreatedChanges)

    def job(self, lines: list[int], records: list[list[str]]) -> Callable[[], None]:
        """Check a chunk of records and build its rows (here, on the calling thread); returns
        the job that writes them (run on the writer thread). Raises `_Rejected` if any record
        has a problem, or its tag is in an earlier chunk or in the store."""
        transposed = list(zip(*records, strict=False))
        data = {name: transposed[i] for i, name in self.used}
        checked, problems = check_table(lines, data, self.labels, cache=self.cache)
        if problems:
            raise _Rejected
        v = checked.values
        keys = set(map(tag_key, cast("list[str]", v["tag"])))
        if not self.taken.isdisjoint(keys):
            raise _Rejected
        self.taken |= keys
        # the models, places and people, found or created (in the order the rows name them)
        refs = self.refs
        model_ids: list[str | None] = []
        location_ids: list[str | None] = []
        person_ids: list[str | None] = []
        for model, location, assignee in zip(
            checked.models, checked.locations, checked.assignees, strict=True
        ):
            model_ids.append(refs.model(*model) if model else None)
            location_ids.append(refs.location(location) if location else None)
            person_ids.append(refs.person(assignee) if assignee else None)
        iso = self.isos.__getitem__
        # the values as the database stores them and the journal records them, column by
        # column (_ASSET_COLUMNS)
        stored: list[Sequence[object]] = [
            v["tag"], v["name"], v["serial"], model_ids, list(map(str, v["status"])),
            location_ids, person_ids, list(map(iso, v["purchase_date"])), v["purchase_cost"],
            v["supplier"], v["order_number"], list(map(iso, v["warranty_end"])),
            list(map(iso, v["eol_date"])), list(map(iso, v["next_audit"])),
            list(map(iso, v["last_audit"])), v["notes"],
        ]  # fmt: skip
        ids = [new_id() for _ in lines]
        custom = [_ENCODE(c) if c else "{}" for c in checked.custom]
        created, updated = itertools.repeat(self.now), itertools.repeat(self.now)
        assets = list(zip(ids, *stored, custom, created, updated, strict=False))
        changes = self.changes.texts(stored, checked.custom)
        new_rows = self.refs.take_rows()
        updates = self.refs.take_updates()
        self.uow.events_bulk(
            "asset", "created", zip(ids, ids, changes, strict=True), data_json=self.data_json
        )
        events = self.uow.take_event_rows()

        def write() -> None:
            for table, columns, values in new_rows:
                insert_rows(self.conn, table, columns, values)
            insert_rows(self.conn, "assets", _ALL_COLUMNS, assets)
            insert_rows(self.conn, "events", EVENT_COLUMNS, events)
            self.load.index_new()
            # after indexing: a renamed person's trigger indexes their assets again
            for sql, params in updates:
                self.conn.exec_driver_sql(sql, params)

        return write


class _Writer:
    """One thread that runs the jobs given to `submit` in order, on the connection of the
    import's transaction (the only user of it meanwhile). A job's error stops the rest and
    is raised by the next `submit` or when leaving; leaving always ends the thread.

    Meanwhile Python hands the GIL from thread to thread every `_SWITCH_INTERVAL` instead
    of every 5 ms: the writer runs each SQLite statement without the GIL and then needs it
    back from the thread checking the next chunk, and waiting up to 5 ms for it after
    each of the ~150 statements of 100,000 assets cost 0.5 s."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self._interval = sys.getswitchinterval()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None and not self._cancelled:
                try:
                    job()
                except BaseException as exc:  # raised on the importing thread
                    self._error = exc

    def submit(self, job: Callable[[], None]) -> None:
        self._raise()
        self._jobs.put(job)

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def __enter__(self) -> Self:
        self._thread.start()
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._interval, _SWITCH_INTERVAL))
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc is not None:
            self._cancelled = True  # the jobs still queued are skipped
        self._jobs.put(None)
        self._thread.join()
        sys.setswitchinterval(self._interval)
        if exc is None:
            self._raise()


# The columns of an imported asset, after its id and before custom, created_at, updated_at.
_ASSET_COLUMNS = (
    "tag", "name", "serial", "model_id", "status", "location_id", "assignee_id",
    "purchase_date", "purchase_cost", "supplier", "order_number", "warranty_end", "eol_date",
    "next_audit", "last_audit", "notes",
)  # fmt: skip
_ALL_COLUMNS = ("id", *_ASSET_COLUMNS, "custom", "created_at", "updated_at")
_INSERT_ASSETS = (
    f"INSERT INTO assets ({', '.join(_ALL_COLUMNS)}) VALUES ({', '.join('?' * len(_ALL_COLUMNS))})"
)
# json.dumps without its check for circular references (none in plain values): the same
# text, faster.
_ENCODE = json.JSONEncoder(check_circular=False).encode
# What json.dumps writes for a text (it escapes everything but printable ASCII).
_encode_text = json.encoder.encode_basestring_ascii


def _json(value: object) -> str:
    """`json.dumps(value)`, quicker for text and whole numbers (most values)."""
    if type(value) is str:
        return _encode_text(value)
    if type(value) is int:
        return int.__repr__(value)  # as json does
    return _ENCODE(value)


# Columns of the assets table whose values are mostly different in every row.
_UNIQUE_COLUMNS = frozenset(("tag", "name", "serial", "notes"))
# Assets written (and their events queued) at a time: memory stays flat (100,000 queued
# events are 150 MB).
_CHUNK = 10_000
# How often (seconds) Python switches threads while an import's writer runs (`_Writer`).
_SWITCH_INTERVAL = 0.001
# The first chunk (each next one twice as large, up to _CHUNK): the writer starts on it
# while the rest is read and checked.
_FIRST_CHUNK = 2_000


def _sql_datetime(value: dt.datetime) -> str:
    """SQLAlchemy's storage format for `DateTime` on SQLite."""
    return value.isoformat(" ", "microseconds")


# ------------------------------------------------------------------------------ exporting


def _export_rows(session: Session, nums: Sequence[int]) -> Iterator[dict[str, Any]]:
    """Every asset of `nums` (in that order) as a dict of plain values, a chunk at a time."""
    columns = (
        Asset.num, Asset.id, Asset.tag, Asset.name, Asset.serial, Asset.status,
        Asset.model_id, AssetModel.name, AssetModel.manufacturer, AssetModel.category,
        Asset.location_id, Location.path, Asset.assignee_id, Person.name,
        Asset.purchase_date, Asset.purchase_cost, Asset.supplier, Asset.order_number,
        Asset.warranty_end, Asset.eol_date, Asset.next_audit, Asset.last_audit,
        Asset.notes, Asset.custom, Asset.created_at, Asset.updated_at,
    )  # fmt: skip
    names = (
        "num", "id", "tag", "name", "serial", "status", "model_id", "model", "manufacturer",
        "category", "location_id", "location", "assignee_id", "assignee", "purchase_date",
        "purchase_cost", "supplier", "order_number", "warranty_end", "eol_date", "next_audit",
        "last_audit", "notes", "custom", "created_at", "updated_at",
    )  # fmt: skip
    query = (
        select(*columns)
        .outerjoin(AssetModel, AssetModel.id == Asset.model_id)
        .outerjoin(Location, Location.id == Asset.location_id)
        .outerjoin(Person, Person.id == Asset.assignee_id)
    )
    for start in range(0, len(nums), EXPORT_CHUNK):
        chunk = nums[start : start + EXPORT_CHUNK]
        found = {r[0]: r for r in session.execute(query.where(Asset.num.in_(chunk)))}
        for num in chunk:
            if num in found:
                yield dict(zip(names, found[num], strict=True))


def _custom_names(session: Session, nums: Sequence[int]) -> list[str]:
    names: dict[str, str] = {}
    for start in range(0, len(nums), EXPORT_CHUNK):
        chunk = nums[start : start + EXPORT_CHUNK]
        for custom in session.scalars(
            select(Asset.custom).where(
                Asset.num.in_(chunk), func.json_type(Asset.custom) == "object"
            )
        ):
            for key in custom or {}:
                names.setdefault(key.lower(), key)
    return sorted(names.values(), key=str.lower)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _write_csv(out: IO[str], session: Session, nums: Sequence[int]) -> int:
    custom = _custom_names(session, nums)
    writer = csv.writer(out)
    writer.writerow([*EXPORT_HEADERS.values(), *(f"{CUSTOM_PREFIX}{c}" for c in custom)])
    count = 0
    for asset in _export_rows(session, nums):
        cells = [
            format_money(asset[name]) if name == "purchase_cost" else _text(asset[name])
            for name in EXPORT_HEADERS
        ]
        values = asset["custom"] or {}
        cells += [_text(values.get(c)) for c in custom]
        writer.writerow([escape_formula(c) for c in cells])
        count += 1
    return count


def _json_asset(asset: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in asset.items():
        if key == "num":
            continue
        if key == "purchase_cost":
            out[key] = None if value is None else format_money(value)
        elif isinstance(value, dt.datetime):
            out[key] = value.replace(microsecond=0).isoformat() + "Z"
        elif isinstance(value, dt.date):
            out[key] = value.isoformat()
        elif key == "custom":
            out[key] = dict(value or {})
        else:
            out[key] = value
    return out


def _write_json(out: IO[str], session: Session, nums: Sequence[int]) -> int:
    head = {
        "format": "fieldtag-assets",
        "version": 1,
        "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "count": len(nums),
    }
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "assets": [')
    count = 0
    for asset in _export_rows(session, nums):
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(_json_asset(asset), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


WRITERS: dict[str, tuple[str, Callable[[IO[str], Session, Sequence[int]], int]]] = {
    "csv": ("utf-8-sig", _write_csv),
    "json": ("utf-8", _write_json),
}


def export_assets(ctx: Context, path: Path | str, fmt: str, flt: AssetFilter) -> int:
    """Write every asset matching `flt` to `path` as CSV or JSON; returns how many.
    The file appears complete or not at all (written beside it, then renamed)."""
    path = Path(path)
    fmt = fmt.lower()
    if fmt not in WRITERS:
        raise FieldtagError(
            QT_TRANSLATE_NOOP(
                "services.transfer", "Cannot export as '{fmt}': choose csv or json."
            ).format(fmt=fmt)
        )
    encoding, writer = WRITERS[fmt]
    parent = path.parent
    if path.is_dir():
        raise FieldtagError(
            QT_TRANSLATE_NOOP(
                "services.transfer", "{path} is a folder: give a file name to export to."
            ).format(path=path)
        )
    if not parent.is_dir():
        raise FieldtagError(
            QT_TRANSLATE_NOOP(
                "services.transfer",
                "The folder {parent} does not exist: choose an existing folder to export to.",
            ).format(parent=parent)
        )
    temp = parent / f".{path.name}.{new_id()[-12:]}.tmp"
    try:
        with ctx.reading() as session:
            nums = query_asset_ids(session, flt)
            with temp.open("x", encoding=encoding, newline="") as out:
                count = writer(out, session, nums)
                out.flush()
                os.fsync(out.fileno())
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise FieldtagError(_write_error(path, exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count


def _write_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return f"The disk is full: {path.name} was not written. Free some space and try again."
    if exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return (
            f"Cannot write in {path.parent} (it is read-only or you may not write there): "
            "choose another folder. Nothing was written."
        )
    return f"Cannot write {path}: {exc.strerror or exc}. Nothing was written."

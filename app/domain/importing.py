"""CSV import and export rules that need no I/O: which column holds which field, how a row of
text cells becomes asset values, and the formula-injection escaping of exported cells.

Columns are matched to fields by their header, case- and punctuation-insensitively, knowing
Snipe-IT's asset import columns ("Asset Tag", "Item Name", "Checked Out To", "Warranty"
(months), ...) and Fieldtag's own export headers. A custom field is the field
``custom:<Name>``: a column headed ``custom:Colour`` fills the custom field "Colour", and any
other column can be mapped to one (``--map 'Farbe=custom:Colour'``).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from app.domain.assets import (
    ASSET_FIELDS,
    MAX_CUSTOM_FIELDS,
    FieldSpec,
    check_dates,
    clean_custom,
    clean_tag,
    clean_value,
)
from app.domain.errors import Problem
from app.domain.lifecycle import Status
from app.domain.text import QT_TRANSLATE_NOOP
from app.domain.values import ValueProblem, add_months, clean_text, parse_date, parse_money

CUSTOM_PREFIX = "custom:"

# Importable fields and their labels (the mapping step shows the labels).
IMPORT_FIELDS: dict[str, str] = {
    "tag": "Asset tag (required)",
    "name": "Name",
    "serial": "Serial number",
    "model": "Model (name)",
    "manufacturer": "Manufacturer",
    "category": "Category",
    "status": "Status",
    "location": "Location (name or path 'Site > Building > Room')",
    "assignee": "Assigned to (person's full name)",
    "purchase_date": "Purchase date",
    "purchase_cost": "Purchase cost",
    "supplier": "Supplier",
    "order_number": "Order number",
    "warranty_months": "Warranty (months from the purchase date)",
    "warranty_end": "Warranty ends",
    "eol_date": "End of life",
    "next_audit": "Next audit",
    "last_audit": "Last audit",
    "notes": "Notes",
    f"{CUSTOM_PREFIX}<Name>": "Custom field <Name> (e.g. custom:Colour)",
}

# Fields whose values go straight into the asset row, cleaned by the asset field rules.
_ASSET_VALUE_FIELDS = (
    "tag", "name", "serial", "status", "purchase_date", "purchase_cost", "supplier",
    "order_number", "warranty_end", "eol_date", "next_audit", "last_audit", "notes",
)  # fmt: skip

# The headers Fieldtag writes, in this order (custom fields follow as custom:<Name>).
EXPORT_HEADERS: dict[str, str] = {
    "tag": "Asset Tag",
    "name": "Name",
    "serial": "Serial Number",
    "model": "Model",
    "manufacturer": "Manufacturer",
    "category": "Category",
    "status": "Status",
    "location": "Location",
    "assignee": "Checked Out To",
    "purchase_date": "Purchase Date",
    "purchase_cost": "Purchase Cost",
    "supplier": "Supplier",
    "order_number": "Order Number",
    "warranty_end": "Warranty End",
    "eol_date": "EOL Date",
    "next_audit": "Next Audit Date",
    "last_audit": "Last Audit Date",
    "notes": "Notes",
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "tag": ("asset tag", "tag", "asset tag number", "inventory tag"),
    "name": ("name", "item name", "asset name"),
    "serial": ("serial", "serial number", "serial no", "sn"),
    "model": ("model", "model name", "asset model"),
    "manufacturer": ("manufacturer", "make", "brand"),
    "category": ("category", "asset category"),
    "status": ("status", "status label"),
    "location": ("location", "location name", "location path"),
    "assignee": (
        "checked out to", "full name", "assigned to", "assignee", "user", "user name full",
    ),
    "purchase_date": ("purchase date", "date purchased", "purchased"),
    "purchase_cost": ("purchase cost", "cost", "purchase price", "price"),
    "supplier": ("supplier",),
    "order_number": ("order number", "order no", "po number"),
    "warranty_months": ("warranty months", "warranty", "warranty in months"),
    "warranty_end": ("warranty end", "warranty ends", "warranty end date", "warranty expires"),
    "eol_date": ("eol date", "eol", "end of life", "end of life date", "asset eol date"),
    "next_audit": ("next audit date", "next audit"),
    "last_audit": ("last audit date", "last audit"),
    "notes": ("notes", "note", "comments"),
}  # fmt: skip

# Snipe-IT columns that name the person a second way: used for the assignee only when no
# other column does, otherwise ignored.
_FALLBACK_ASSIGNEE = ("username", "email")
# Snipe-IT columns Fieldtag has no place for: ignored, and the summary names them.
_KNOWN_IGNORED = (
    "company", "requestable", "model number", "image", "checkout class", "checkout type",
    "byod", "id",
)  # fmt: skip


def normalize_header(text: str) -> str:
    """'Warranty (months)' -> 'warranty months'; 'ASSET_TAG' -> 'asset tag'."""
    words = re.sub(r"[\W_]+", " ", text.replace("\ufeff", "").lower())
    return " ".join(words.split())


HEADER_FIELDS: dict[str, str] = {
    normalize_header(alias): name for name, aliases in _ALIASES.items() for alias in aliases
}
for _name, _header in EXPORT_HEADERS.items():
    HEADER_FIELDS.setdefault(normalize_header(_header), _name)


def is_field(name: str) -> bool:
    if name.startswith(CUSTOM_PREFIX):
        return bool(name[len(CUSTOM_PREFIX) :].strip())
    return name in IMPORT_FIELDS


def field_label(name: str) -> str:
    if name.startswith(CUSTOM_PREFIX):
        return f"Custom field {name[len(CUSTOM_PREFIX) :].strip()}"
    return IMPORT_FIELDS.get(name, name)


def _custom_field(header: str) -> str | None:
    head, sep, rest = header.strip().partition(":")
    if sep and head.strip().lower() == "custom" and rest.strip():
        return f"{CUSTOM_PREFIX}{rest.strip()}"
    return None


def match_header(header: str) -> str | None:
    """The field a header names, '' for a known column Fieldtag ignores, None if unknown."""
    custom = _custom_field(header)
    if custom is not None:
        return custom
    key = normalize_header(header)
    if key in HEADER_FIELDS:
        return HEADER_FIELDS[key]
    if key in _KNOWN_IGNORED or key in _FALLBACK_ASSIGNEE:
        return ""
    return None


def suggest_mapping(columns: Sequence[str]) -> dict[str, str]:
    """A field for every column ('' = ignore): known headers matched, the rest ignored.
    The first column naming a field gets it; later ones naming the same field are ignored."""
    mapping, _unknown = auto_mapping(columns)
    return {column: mapping.get(column, "") for column in columns}


def auto_mapping(
    columns: Sequence[str], given: Mapping[str, str] | None = None
) -> tuple[dict[str, str], list[str]]:
    """Match `columns` to fields: `given` (column -> field) first, then the headers.
    Returns the mapping and the columns nobody knows (left out of the mapping)."""
    given = dict(given or {})
    mapping: dict[str, str] = {}
    unknown: list[str] = []
    for column in columns:
        if column in given:
            mapping[column] = given[column]
    taken = {f for f in mapping.values() if f}
    for column in columns:
        if column in mapping:
            continue
        if not column.strip():
            mapping[column] = ""  # an empty header: spreadsheets leave these behind
            continue
        found = match_header(column)
        if found is None:
            unknown.append(column)
            continue
        if found in taken:
            found = ""
        mapping[column] = found
        if found:
            taken.add(found)
    if "assignee" not in taken:
        for column in columns:
            if column not in given and normalize_header(column) in _FALLBACK_ASSIGNEE:
                mapping[column] = "assignee"
                break
    return mapping, unknown


def resolve_given(
    columns: Sequence[str], given: Mapping[str, str]
) -> tuple[dict[str, str], list[Problem]]:
    """Key a user's mapping by the file's own column names (matched exactly, else by
    `normalize_header`); problems for columns that are not in the file and unknown fields."""
    problems: list[Problem] = []
    by_norm = {normalize_header(c): c for c in columns}
    out: dict[str, str] = {}
    for column, wanted in given.items():
        name = wanted.strip()
        real = column if column in columns else by_norm.get(normalize_header(column))
        if real is None:
            shown = ", ".join(f"'{c}'" for c in columns)
            problems.append(
                Problem(
                    column,
                    QT_TRANSLATE_NOOP(
                        "domain.importing",
                        "there is no such column in the file; its columns are {shown}",
                    ).format(shown=shown),
                    1,
                )
            )
            continue
        if name and not is_field(name):
            problems.append(
                Problem(
                    column,
                    QT_TRANSLATE_NOOP(
                        "domain.importing",
                        "'{name}' is not a field Fieldtag imports; use one of {value} or "
                        "custom:<Name>",
                    ).format(name=name, value=", ".join(n for n in IMPORT_FIELDS if "<" not in n)),
                    1,
                )
            )
            continue
        out[real] = name
    return out, problems


def check_mapping(columns: Sequence[str], mapping: Mapping[str, str]) -> list[Problem]:
    """Problems with a complete mapping: a field given twice, no tag column."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for column in columns:
        name = mapping.get(column, "")
        if not name:
            continue
        key = name.lower() if name.startswith(CUSTOM_PREFIX) else name
        if key in seen:
            problems.append(
                Problem(
                    column,
                    QT_TRANSLATE_NOOP(
                        "domain.importing",
                        "both '{seen}' and '{column}' are mapped to {field_label}: map one of "
                        "them to another field or ignore it",
                    ).format(seen=seen[key], column=column, field_label=field_label(name)),
                    1,
                )
            )
        else:
            seen[key] = column
    if "tag" not in seen:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.importing", "Asset tag"),
                QT_TRANSLATE_NOOP(
                    "domain.importing",
                    "no column holds the asset tag: name a column 'Asset Tag', or map one "
                    "with --map 'Column=tag'",
                ),
                1,
            )
        )
    customs = [k for k in seen if k.startswith(CUSTOM_PREFIX)]
    if len(customs) > MAX_CUSTOM_FIELDS:
        problems.append(
            Problem(
                "",
                QT_TRANSLATE_NOOP(
                    "domain.importing",
                    "{n_customs} columns are custom fields; at most {MAX_CUSTOM_FIELDS}",
                ).format(n_customs=len(customs), MAX_CUSTOM_FIELDS=MAX_CUSTOM_FIELDS),
                1,
            )
        )
    return problems


# ----------------------------------------------------------------------- formula injection

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")


def escape_formula(text: str) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP
    CSV injection). A cell that already looks escaped gets one more, so that
    `unescape_formula` gives back exactly the original text."""
    if text.startswith(FORMULA_STARTS) or _ESCAPED.match(text):
        return "'" + text
    return text


def unescape_formula(text: str) -> str:
    """Undo `escape_formula`: drop one leading apostrophe before a formula character."""
    if text.startswith("'") and _ESCAPED.match(text):
        return text[1:]
    return text


# ------------------------------------------------------------------------------ delimiters

DELIMITERS = (",", ";", "\t")


def sniff_delimiter(sample: str) -> str:
    """The delimiter of a CSV text: whichever of comma, semicolon and tab occurs most
    often outside quotes in its header line (comma if none does)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in sample:
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch in "\r\n":
            break
        elif ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


# -------------------------------------------------------------------------------- the rows

MAX_CELL = 100_000  # characters: longer cells are refused before any other check
MAX_WARRANTY_MONTHS = 600
_MONTHS = re.compile(r"(\d{1,6})(?:\.0+)?\s*(?:months?|mo)?", re.IGNORECASE)


@dataclass(slots=True)
class ImportRow:
    """One valid row: the asset's own values plus the names of what it refers to."""

    line: int
    values: dict[str, object]  # asset columns: tag, name, serial, status, dates, cost, ...
    model: tuple[str, str, str] | None = None  # (manufacturer, name, category)
    location: str = ""  # a name or a path 'Site > Building > Room'
    assignee: str = ""  # a person's full name
    custom: dict[str, str] = field(default_factory=dict)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def tag_key(tag: str) -> str:
    """Tags are unique like SQLite's NOCASE compares them: ASCII letters fold, others not."""
    return tag.lower() if tag.isascii() else tag.translate(_ASCII_LOWER)


def parse_months(text: str) -> int:
    match = _MONTHS.fullmatch(text.strip())
    if match is None:
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.importing", "'{text}' is not a whole number of months (e.g. 36)"
            ).format(text=text[:40])
        )
    months = int(match[1])
    if months > MAX_WARRANTY_MONTHS:
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.importing", "{months} months is more than {MAX_WARRANTY_MONTHS} (50 years)"
            ).format(months=months, MAX_WARRANTY_MONTHS=MAX_WARRANTY_MONTHS)
        )
    return months


# Fields with few distinct values: each distinct text is cleaned once per import (a
# `CheckCache` keeps the results from one chunk of a file to the next).
_CACHED = frozenset(
    ("status", "purchase_date", "purchase_cost", "supplier", "warranty_end", "eol_date",
     "next_audit", "last_audit", "model", "manufacturer", "category", "location", "assignee",
     "warranty_months")
)  # fmt: skip
_REF_FIELDS = ("model", "manufacturer", "category", "assignee", "location")
_REF_LIMITS = {"model": 200, "manufacturer": 200, "category": 100, "assignee": 200,
               "location": 1000}  # fmt: skip
_BY_LABEL = {spec.label: name for name, spec in ASSET_FIELDS.items()}
# At most this many results a `CheckCache` keeps per field (or per cross-field check);
# past that it starts afresh, so that a column of unique values does not keep them all.
CACHE_LIMIT = 20_000


def _clean_location(text: str) -> str:
    location = clean_text(text, max_len=1000)
    if not location:
        return ""
    parts = [p.strip() for p in location.split(">")]
    if any(not p for p in parts):
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.importing",
                "'{location}' has an empty level: write 'Site > Building > Room'",
            ).format(location=location[:60])
        )
    if any(len(p) > 200 for p in parts):
        raise ValueProblem(
            QT_TRANSLATE_NOOP("domain.importing", "has a level longer than 200 characters")
        )
    return " > ".join(parts)


def _clean_field(name: str, text: str) -> object:
    """The value of one field from its text; raises `ValueProblem`."""
    if name == "status" and not text.strip():
        return None  # filled in from the rest of the row
    if name in ASSET_FIELDS:
        return clean_value(ASSET_FIELDS[name], text)
    if name == "location":
        return _clean_location(text)
    if name in _REF_LIMITS:
        return clean_text(text, max_len=_REF_LIMITS[name])
    if name == "warranty_months":
        return parse_months(text) if text.strip() else None
    raise AssertionError(name)  # pragma: no cover - custom fields are cleaned together


def _cleaner(name: str) -> Callable[[str], object]:
    """The function cleaning one cell of `name` (directly the domain parser where there is
    one: checking 100,000 rows is mostly function calls)."""
    spec = ASSET_FIELDS.get(name)
    if spec is not None and spec.kind == "text":
        return functools.partial(clean_text, max_len=spec.max_len)
    if spec is not None and spec.kind == "notes":
        return functools.partial(clean_text, max_len=spec.max_len, multiline=True)
    if spec is not None and spec.kind == "tag":
        return clean_tag
    if spec is not None and spec.kind == "date":
        return parse_date
    if spec is not None and spec.kind == "money":
        return parse_money
    return functools.partial(_clean_field, name)


def _plain_text(col: Sequence[str], max_len: int) -> list[bool]:
    """For each text: would `clean_text` return it unchanged? (ASCII, printable, no
    leading, trailing or double spaces, not too long.) Those skip the call."""
    return [
        t.isascii() and t.isprintable() and len(t) <= max_len and "  " not in t and t == t.strip()
        for t in col
    ]


def _plain_notes(col: Sequence[str], max_len: int) -> list[bool]:
    """For each text: would `clean_text(..., multiline=True)` return it unchanged? (ASCII,
    printable but for line breaks, no leading or trailing space, not too long.)"""
    return [
        t.isascii() and t.replace("\n", "").isprintable() and len(t) <= max_len and t == t.strip()
        for t in col
    ]


def _all_plain(col: Sequence[str], spec: FieldSpec) -> bool:
    """Would cleaning accept every text of a text, notes or tag column unchanged? The tests
    of `_plain_text` / `_plain_notes` on the whole column at once: ASCII, printable (but
    for line breaks in notes), none too long, none with leading or trailing white space
    (the only white space such text can have is the space, and the line break in notes),
    no double spaces outside notes; tags neither empty nor with a space. One text that
    fails makes the column go text by text."""
    if not col:
        return True
    if max(map(len, col)) > spec.max_len:
        return False
    flat = "".join(col)
    if not flat.isascii():
        return False
    if spec.kind == "notes":
        # "\x00" cannot be in printable text: it marks where one text ends and the next begins
        joined = "\x00".join(col)
        return (
            flat.replace("\n", "").isprintable()
            and not joined.startswith((" ", "\n"))
            and not joined.endswith((" ", "\n"))
            and not any(edge in joined for edge in ("\x00 ", " \x00", "\x00\n", "\n\x00"))
        )
    joined = "\n".join(col)  # not printable, so not in the texts
    plain = (
        flat.isprintable()
        and not joined.startswith(" ")
        and not joined.endswith(" ")
        and not any(edge in joined for edge in ("  ", "\n ", " \n"))
    )
    if spec.kind == "tag":
        return plain and " " not in flat and all(col)
    return plain


@dataclass(slots=True)
class CheckCache:
    """What checking one chunk of a file learned that the next chunk can use: the value (or
    the problem) of each distinct text of a few-valued field, warranty ends, and the
    cross-field date checks. Pass the same one to `check_table` for every chunk of an
    import; each holds at most `CACHE_LIMIT` entries."""

    values: dict[str, dict[str, object]] = field(default_factory=dict)  # field -> text -> value
    errors: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> text -> message
    ends: dict[tuple[dt.date, int], dt.date] = field(default_factory=dict)  # bought, months
    dates: dict[tuple[object, object, object], list[tuple[str, str]]] = field(
        default_factory=dict
    )  # (purchase date, warranty end, end of life) -> problems (field, message)
    today: dt.date | None = None  # the day `dates` holds the checks of

    def of(self, name: str) -> tuple[dict[str, object], dict[str, str]]:
        """The values and the problems found so far for the texts of field `name`."""
        values = self.values.setdefault(name, {})
        errors = self.errors.setdefault(name, {})
        if len(values) > CACHE_LIMIT:
            values.clear()
            errors.clear()
        return values, errors

    def start(self, today: dt.date) -> None:
        """Before a chunk: forget what has grown too large, and date checks of another day."""
        if self.today != today:
            self.dates.clear()
            self.today = today
        for kept in (self.ends, self.dates):
            if len(kept) > CACHE_LIMIT:
                kept.clear()


@dataclass(slots=True)
class CheckedRows:
    """The valid records of a `check_table` call, column by column (entry i of every list
    is record i): `values` maps each asset field (tag, name, ..., notes) to its values, as
    `ImportRow.values` holds them; then the model, location, assignee and custom fields."""

    lines: list[int]
    values: dict[str, list[object]]
    models: list[tuple[str, str, str] | None]
    locations: list[str]
    assignees: list[str]
    custom: list[dict[str, str]]

    def __len__(self) -> int:
        return len(self.lines)

    def rows(self) -> list[ImportRow]:
        """The records as `ImportRow`s."""
        columns = [self.values[name] for name in _ASSET_VALUE_FIELDS]
        return [
            ImportRow(line, dict(zip(_ASSET_VALUE_FIELDS, values, strict=True)), *refs)
            for line, values, *refs in zip(
                self.lines, zip(*columns, strict=True), self.models, self.locations,
                self.assignees, self.custom, strict=True,
            )
        ]  # fmt: skip


def check_columns(
    lines: Sequence[int],
    data: Mapping[str, Sequence[str]],
    columns: Mapping[str, str] | None = None,
    *,
    cache: CheckCache | None = None,
) -> tuple[list[ImportRow], list[Problem]]:
    """`check_table` with the valid records as `ImportRow`s."""
    checked, problems = check_table(lines, data, columns, cache=cache)
    return checked.rows(), problems


def check_table(
    lines: Sequence[int],
    data: Mapping[str, Sequence[str]],
    columns: Mapping[str, str] | None = None,
    *,
    cache: CheckCache | None = None,
) -> tuple[CheckedRows, list[Problem]]:
    """Check a whole file (or a chunk of one) at once: `data` maps each mapped field to its
    column of texts (one per record), `lines` gives each record's line. Returns the valid
    records and every problem found (with its line), sorted by line.

    The work goes column by column: a field with few distinct values (status, dates,
    models, places, people) is cleaned once per distinct text (once per import, if every
    chunk of a file is checked with the same `cache`), and a text column that cleaning
    would leave as it is is taken as a whole, which makes checking 100,000 rows several
    times faster than row by row. `columns` maps each field to the column name the
    messages show."""
    if cache is None:
        cache = CheckCache()
    cache.start(dt.date.today())
    labels = dict(columns or {})
    n = len(lines)
    problems: list[Problem] = []
    failed = bytearray(n)  # 1 where the row has a problem

    def bad(i: int, name: str, message: str) -> None:
        failed[i] = 1
        problems.append(Problem(labels.get(name, field_label(name)), message, lines[i]))

    texts: dict[str, Sequence[str]] = {}
    for name, given in data.items():
        col = given
        if n and max(map(len, col)) > MAX_CELL:
            col = list(col)
            for i, text in enumerate(col):
                if len(text) > MAX_CELL:
                    bad(
                        i,
                        name,
                        QT_TRANSLATE_NOOP(
                            "domain.importing",
                            "is {n_text:,} characters long; at most {MAX_CELL:,} are read",
                        ).format(n_text=len(text), MAX_CELL=MAX_CELL),
                    )
                    col[i] = ""
        if "'" in "".join(col) and any(map(str.startswith, col, itertools.repeat("'"))):
            col = [unescape_formula(t) if t[:1] == "'" else t for t in col]
        texts[name] = col

    def cached_column(name: str, col: Sequence[str]) -> list[object]:
        known, errors = cache.of(name)
        distinct = set(col)
        new = list(distinct.difference(known))
        if new:
            clean = _cleaner(name)
            try:  # all at once; if a text fails, one by one
                known.update(zip(new, map(clean, new), strict=True))
            except ValueProblem:
                failure = "" if name in _REF_LIMITS else None  # references are text
                for text in new:
                    try:
                        known[text] = clean(text)
                    except ValueProblem as exc:
                        known[text] = failure
                        errors[text] = str(exc)
        if errors and not errors.keys().isdisjoint(distinct):
            for i, text in enumerate(col):
                message = errors.get(text)
                if message is not None:
                    bad(i, name, message)
        return list(map(known.__getitem__, col))

    def clean_column(name: str) -> list[object]:
        col = texts.get(name)
        if col is None:
            try:
                return [_clean_field(name, "")] * n
            except ValueProblem as exc:  # the tag: required
                for i in range(n):
                    bad(i, name, str(exc))
                return [None] * n
        if name in _CACHED:
            return cached_column(name, col)
        spec = ASSET_FIELDS[name]
        if spec.kind in {"text", "tag", "notes"} and _all_plain(col, spec):
            return list(col)
        clean = _cleaner(name)
        if spec.kind in {"text", "tag"}:
            plain = _plain_text(col, spec.max_len)
        elif spec.kind == "notes":
            plain = _plain_notes(col, spec.max_len)
        else:
            plain = [False] * n
        out: list[object] = []
        append = out.append
        for i, text in enumerate(col):
            if plain[i] and (spec.kind != "tag" or (text and " " not in text)):
                append(text)
                continue
            if not text and spec.kind != "tag":
                append("")
                continue
            try:
                append(clean(text))
            except ValueProblem as exc:
                bad(i, name, str(exc))
                append(None)
        return out

    values = {name: clean_column(name) for name in _ASSET_VALUE_FIELDS}
    for i, message in duplicate_tags(lines, values["tag"]).items():
        bad(i, "tag", message)
    # references are text: a cell that failed is "" (`cached_column`)
    model_names, manufacturers, categories, assignees, locations = (
        cast("list[str]", clean_column(name)) for name in _REF_FIELDS
    )
    months = clean_column("warranty_months") if "warranty_months" in texts else None
    # The checks across fields, one after the other: a row's problems come in this order
    # (sorted by line in the end, keeping the order within a line). Each is made once per
    # distinct combination of the values it depends on.
    model_keys = list(zip(model_names, manufacturers, categories, strict=True))
    model_of: dict[tuple[str, str, str], tuple[str, str, str] | None] = {}
    unnamed: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for key in set(model_keys):
        model_name, manufacturer, category = key
        model_of[key] = (manufacturer or "Unknown", model_name, category) if model_name else None
        if not model_name and (manufacturer or category):
            unnamed[key] = [
                ("model", "is empty, but a manufacturer or category is given: name it too")
            ]
    _report(model_keys, unnamed, bad)
    models = list(map(model_of.__getitem__, model_keys))
    if months is not None:
        _warranty_months(months, values, cache, bad)
    custom = _custom_fields(texts, n, bad)
    deployed, in_stock = Status.DEPLOYED, Status.IN_STOCK
    status_texts = texts.get("status") or [""] * n
    parsed_of = dict(zip(status_texts, values["status"], strict=True))
    status_keys = list(zip(status_texts, map(bool, assignees), map(bool, locations), strict=True))
    status_of: dict[tuple[str, bool, bool], object] = {}
    homeless: dict[tuple[str, bool, bool], list[tuple[str, str]]] = {}
    for skey in set(status_keys):
        text, assigned, located = skey
        status = parsed_of[text]
        if status is None:
            # no status given; Snipe-IT: an asset checked out to someone is deployed
            status = deployed if assigned else in_stock
        elif status is in_stock and assigned and normalize_header(text) == "ready to deploy":
            status = deployed  # "Ready to Deploy" and checked out to someone: deployed
        status_of[skey] = status
        if status is deployed and not (assigned or located):
            homeless[skey] = [
                (
                    "status",
                    "a deployed asset needs a person (Checked Out To) or a location: fill in "
                    "one of them, or give another status",
                )
            ]
    _report(status_keys, homeless, bad)
    values["status"] = list(map(status_of.__getitem__, status_keys))
    date_keys = list(
        zip(values["purchase_date"], values["warranty_end"], values["eol_date"], strict=True)
    )
    misdated: dict[tuple[object, object, object], list[tuple[str, str]]] = {}
    for dkey in set(date_keys):
        if dkey[0] is None:
            continue
        found = cache.dates.get(dkey)
        if found is None:
            found = cache.dates[dkey] = [
                (_BY_LABEL.get(p.field, ""), p.message)
                for p in check_dates(dict(zip(_DATE_KEYS, dkey, strict=True)))
            ]
        if found:
            misdated[dkey] = found
    _report(date_keys, misdated, bad)
    problems.sort(key=lambda p: p.line or 0)
    kept = list(lines)
    if 1 in failed:
        ok = [not f for f in failed]

        def keep(col: list[_T]) -> list[_T]:
            return list(itertools.compress(col, ok))

        return CheckedRows(
            keep(kept), {name: keep(col) for name, col in values.items()}, keep(models),
            keep(locations), keep(assignees), keep(custom),
        ), problems  # fmt: skip
    return CheckedRows(kept, values, models, locations, assignees, custom), problems


_T = TypeVar("_T")
_DATE_KEYS = ("purchase_date", "warranty_end", "eol_date")


def _report(
    keys: Sequence[_T],
    found: Mapping[_T, Sequence[tuple[str, str]]],
    bad: Callable[[int, str, str], None],
) -> None:
    """The problems (field, message) `found` for a combination of values, reported on each
    row whose combination (in `keys`) it is."""
    if found:
        for i, key in enumerate(keys):
            for name, message in found.get(key, ()):
                bad(i, name, message)


def _warranty_months(
    months_col: Sequence[object],
    values: Mapping[str, list[object]],
    cache: CheckCache,
    bad: Callable[[int, str, str], None],
) -> None:
    """The warranty end of each row with warranty months: the months from the purchase
    date (and the warranty end, if one is given too, must agree)."""
    boughts, ends = values["purchase_date"], values["warranty_end"]
    for i, months in enumerate(months_col):
        if months is None:
            continue
        bought = boughts[i]
        if not isinstance(bought, dt.date):
            bad(
                i,
                "warranty_months",
                QT_TRANSLATE_NOOP(
                    "domain.importing",
                    "needs a purchase date to count the months from: fill in the purchase date",
                ),
            )
        elif isinstance(months, int):
            end = cache.ends.get((bought, months))
            if end is None:
                end = cache.ends[(bought, months)] = add_months(bought, months)
            given = ends[i]
            if isinstance(given, dt.date) and given != end:
                bad(
                    i,
                    "warranty_months",
                    QT_TRANSLATE_NOOP(
                        "domain.importing",
                        "{months} months from {bought} is {end}, but the warranty end says "
                        "{given}: correct one of them",
                    ).format(months=months, bought=bought, end=end, given=given),
                )
            ends[i] = end


def _custom_fields(
    texts: Mapping[str, Sequence[str]], n: int, bad: Callable[[int, str, str], None]
) -> list[dict[str, str]]:
    """Each row's custom fields (the non-empty cells of the custom:<Name> columns)."""
    named = [
        (col, name[len(CUSTOM_PREFIX) :].strip())
        for name, col in texts.items()
        if name.startswith(CUSTOM_PREFIX)
    ]
    if not named:
        return [{} for _ in range(n)]
    out: list[dict[str, str]] = []
    for i in range(n):
        custom: dict[str, str] = {}
        raw = {key: col[i] for col, key in named if col[i].strip()}
        if raw:
            try:
                custom = clean_custom(raw)
            except ValueProblem as exc:
                bad(
                    i,
                    "",
                    QT_TRANSLATE_NOOP("domain.importing", "custom fields: {exc}").format(exc=exc),
                )
        out.append(custom)
    return out


def duplicate_tags(lines: Sequence[int], tags: Sequence[object]) -> dict[int, str]:
    """``{index: message}`` for every tag that (ignoring case like the database does) is
    in `tags` more than once, naming all its lines; None entries are skipped."""
    keys = [tag_key(tag) if isinstance(tag, str) else "" for tag in tags]
    distinct = set(keys)
    distinct.discard("")
    if len(distinct) == len(keys) - keys.count(""):
        return {}  # no tag twice: the usual case, found without the lists below
    seen: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            seen.setdefault(key, []).append(i)
    out: dict[int, str] = {}
    for found in seen.values():
        if len(found) > 1:
            where = ", ".join(str(lines[i]) for i in found)
            for i in found:
                out[i] = f"{tags[i]} is on lines {where}: a tag can be used once (tags ignore case)"
    return out

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

from app.domain.assets import (
    ASSET_FIELDS,
    MAX_CUSTOM_FIELDS,
    check_dates,
    clean_custom,
    clean_tag,
    clean_value,
)
from app.domain.errors import Problem
from app.domain.lifecycle import Status
from app.domain.values import ValueProblem, add_months, clean_text

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
                Problem(column, f"there is no such column in the file; its columns are {shown}", 1)
            )
            continue
        if name and not is_field(name):
            problems.append(
                Problem(
                    column,
                    f"'{name}' is not a field Fieldtag imports; use one of "
                    f"{', '.join(n for n in IMPORT_FIELDS if '<' not in n)} or custom:<Name>",
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
                    f"both '{seen[key]}' and '{column}' are mapped to {field_label(name)}: "
                    "map one of them to another field or ignore it",
                    1,
                )
            )
        else:
            seen[key] = column
    if "tag" not in seen:
        problems.append(
            Problem(
                "Asset tag",
                "no column holds the asset tag: name a column 'Asset Tag', or map one with "
                "--map 'Column=tag'",
                1,
            )
        )
    customs = [k for k in seen if k.startswith(CUSTOM_PREFIX)]
    if len(customs) > MAX_CUSTOM_FIELDS:
        problems.append(
            Problem("", f"{len(customs)} columns are custom fields; at most {MAX_CUSTOM_FIELDS}", 1)
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
    return tag.translate(_ASCII_LOWER)


def parse_months(text: str) -> int:
    match = _MONTHS.fullmatch(text.strip())
    if match is None:
        raise ValueProblem(f"'{text[:40]}' is not a whole number of months (e.g. 36)")
    months = int(match[1])
    if months > MAX_WARRANTY_MONTHS:
        raise ValueProblem(f"{months} months is more than {MAX_WARRANTY_MONTHS} (50 years)")
    return months


# Fields with few distinct values: each distinct text is cleaned once per import.
_CACHED = frozenset(
    ("status", "purchase_date", "purchase_cost", "supplier", "warranty_end", "eol_date",
     "next_audit", "last_audit", "model", "manufacturer", "category", "location", "assignee",
     "warranty_months")
)  # fmt: skip
_REF_LIMITS = {"model": 200, "manufacturer": 200, "category": 100, "assignee": 200,
               "location": 1000}  # fmt: skip
_BY_LABEL = {spec.label: name for name, spec in ASSET_FIELDS.items()}


def _clean_location(text: str) -> str:
    location = clean_text(text, max_len=1000)
    if not location:
        return ""
    parts = [p.strip() for p in location.split(">")]
    if any(not p for p in parts):
        raise ValueProblem(f"'{location[:60]}' has an empty level: write 'Site > Building > Room'")
    if any(len(p) > 200 for p in parts):
        raise ValueProblem("has a level longer than 200 characters")
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


def check_columns(
    lines: Sequence[int],
    data: Mapping[str, Sequence[str]],
    columns: Mapping[str, str] | None = None,
) -> tuple[list[ImportRow], list[Problem]]:
    """Check a whole file at once: `data` maps each mapped field to its column of texts
    (one per record), `lines` gives each record's line. Returns the valid rows and every
    problem found (with its line).

    The work goes column by column: a field with few distinct values (status, dates,
    models, places, people) is cleaned once per distinct text, which makes checking
    100,000 rows several times faster than row by row. `columns` maps each field to the
    column name the messages show."""
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
                    bad(i, name, f"is {len(text):,} characters long; at most {MAX_CELL:,} are read")
                    col[i] = ""
        if any(map(str.startswith, col, itertools.repeat("'"))):
            col = [unescape_formula(t) if t[:1] == "'" else t for t in col]
        texts[name] = col

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
            clean = _cleaner(name)
            results: dict[str, tuple[object, str | None]] = {}
            for text in set(col):
                try:
                    results[text] = (clean(text), None)
                except ValueProblem as exc:
                    results[text] = (None, str(exc))
            if any(err for _v, err in results.values()):
                for i, text in enumerate(col):
                    err = results[text][1]
                    if err is not None:
                        bad(i, name, err)
            return [results[text][0] for text in col]
        spec = ASSET_FIELDS[name]
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

    value_cols = [clean_column(name) for name in _ASSET_VALUE_FIELDS]
    for i, message in duplicate_tags(lines, value_cols[0]).items():
        bad(i, "tag", message)
    ref_cols = [
        [str(v or "") for v in clean_column(name)]
        for name in ("model", "manufacturer", "category", "assignee", "location")
    ]
    status_texts = texts.get("status") or [""] * n
    months_col = clean_column("warranty_months") if "warranty_months" in texts else [None] * n
    custom_names = [
        (texts[f], f[len(CUSTOM_PREFIX) :].strip()) for f in texts if f.startswith(CUSTOM_PREFIX)
    ]
    ready_words: dict[str, bool] = {}
    date_checks: dict[tuple[object, object, object], list[Problem]] = {}
    deployed, in_stock = Status.DEPLOYED, Status.IN_STOCK

    rows: list[ImportRow] = []
    for i, (row_values, model_name, manufacturer, category, assignee, location) in enumerate(
        zip(zip(*value_cols, strict=True), *ref_cols, strict=True)
    ):
        values = dict(zip(_ASSET_VALUE_FIELDS, row_values, strict=True))
        status = values["status"]
        if status is None:
            # no status given; Snipe-IT: an asset checked out to someone is deployed
            status = values["status"] = deployed if assignee else in_stock
        elif status is in_stock and assignee:
            text = status_texts[i]
            ready = ready_words.get(text)
            if ready is None:
                ready = ready_words[text] = normalize_header(text) == "ready to deploy"
            if ready:  # "Ready to Deploy" and checked out to someone: deployed
                status = values["status"] = deployed
        model = None
        if model_name:
            model = (manufacturer or "Unknown", model_name, category)
        elif manufacturer or category:
            bad(i, "model", "is empty, but a manufacturer or category is given: name it too")
        months = months_col[i]
        if months is not None:
            bought = values["purchase_date"]
            if not isinstance(bought, dt.date):
                bad(
                    i,
                    "warranty_months",
                    "needs a purchase date to count the months from: fill in the purchase date",
                )
            elif isinstance(months, int):
                end = add_months(bought, months)
                given = values["warranty_end"]
                if isinstance(given, dt.date) and given != end:
                    bad(
                        i,
                        "warranty_months",
                        f"{months} months from {bought} is {end}, but the warranty end says "
                        f"{given}: correct one of them",
                    )
                values["warranty_end"] = end
        custom: dict[str, str] = {}
        if custom_names:
            raw_custom = {key: col[i] for col, key in custom_names if col[i].strip()}
            if raw_custom:
                try:
                    custom = clean_custom(raw_custom)
                except ValueProblem as exc:
                    bad(i, "", f"custom fields: {exc}")
        if status is deployed and not (assignee or location):
            bad(
                i,
                "status",
                "a deployed asset needs a person (Checked Out To) or a location: fill in one "
                "of them, or give another status",
            )
        if values["purchase_date"] is not None:
            key = (values["purchase_date"], values["warranty_end"], values["eol_date"])
            found = date_checks.get(key)
            if found is None:
                found = date_checks[key] = check_dates(values)
            for p in found:
                bad(i, _BY_LABEL.get(p.field, ""), p.message)
        if not failed[i]:
            rows.append(ImportRow(lines[i], values, model, location, assignee, custom))
    problems.sort(key=lambda p: p.line or 0)
    return rows, problems


def duplicate_tags(lines: Sequence[int], tags: Sequence[object]) -> dict[int, str]:
    """``{index: message}`` for every tag that (ignoring case like the database does) is
    in `tags` more than once, naming all its lines; None entries are skipped."""
    seen: dict[str, list[int]] = {}
    for i, tag in enumerate(tags):
        if isinstance(tag, str) and tag:
            seen.setdefault(tag_key(tag), []).append(i)
    out: dict[int, str] = {}
    for found in seen.values():
        if len(found) > 1:
            where = ", ".join(str(lines[i]) for i in found)
            for i in found:
                out[i] = f"{tags[i]} is on lines {where}: a tag can be used once (tags ignore case)"
    return out

"""Labels: which labels to print (assets by tag, by search, or fresh tags), the tag sequence
for new labels, and the record of every print in the assets' history.

A print goes in three steps, each a function the CLI and the GUI's database worker call:

1. `prepare_job`: resolve the source into `LabelData` (tag, 2D payload, organisation
   line, field lines) and check everything up front: unknown tags, characters Code128
   cannot encode, tags too long for the stock, the start position. Every problem comes
   back in one `ValidationError`; nothing is changed. For fresh tags it only *looks* at
   the next tags of the sequence (`peek_tags`).
2. `issue_and_render`: render the document (`render_job`: PDF or ZPL bytes), then, for
   fresh tags only, take the tags from the sequence for good (`issue_job_tags`: one
   transaction with a ``tags_issued`` journal event), so a job that cannot be rendered
   takes no tags. Then write the bytes (`write_atomically`: a temporary file in the target
   folder renamed into place) or send them to a printer.
3. `record_printed`: one ``label_printed`` event per labelled asset, only after the
   output was written or sent, so nothing half-printed is recorded as printed.

`save_labels` does 2-3 for a file (the CLI's ``-o FILE``, the GUI's "Save PDF").

The tag sequence. A tag for a new label is ``<prefix><device code><number>``, e.g.
``IT-7K3M00042``: the prefix from the settings (``tag_prefix``, default ``IT-``), the
device code (`Device.tag_code`: 4 Crockford base32 characters derived from the device's
id, or given by the sync server at enrolment, which keeps it unique among enrolled
devices), and this device's counter (`Device.tag_next`), zero-padded to 5 digits. Two
devices never hand out the same tag, even offline, as long as their codes differ; one
device never hands out a number twice, because the counter moves forward in the same
transaction that records the ``tags_issued`` event (entity ``tag_block``, data
``{prefix, code, first, last, count, skipped}``), which sync pushes like every event, so
the server sees which device issued which block; and the sequence always goes on past
the highest number the journal records for its code (blocks pulled from the server).
A tag that already exists in the store (typed, imported) is skipped.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from sqlalchemy import select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from app.domain.device_code import CodesExhausted, derive_device_code
from app.domain.errors import FieldtagError, NotFound, Problem, ValidationError
from app.domain.ids import new_id
from app.domain.labels import LabelData, LabelOptions, LabelStock, check_start
from app.domain.tags import encode_payload
from app.domain.text import QT_TRANSLATE_NOOP
from app.services.context import Context
from app.services.dto import AssetRow
from app.services.filters import AssetFilter
from app.services.queries import query_asset_ids, query_asset_rows
from app.store.tables import Asset, Device

if TYPE_CHECKING:
    from app.printing.pdf import PreparedLabel
    from app.printing.stock import StockCatalog

OutputFormat = Literal["pdf", "zpl"]

DEFAULT_PREFIX = "IT-"
TAG_CODE_LEN = 4  # characters of a derived device code: 32**4 = 1,048,576 codes
TAG_DIGITS = 5  # the counter is zero-padded to this many digits (it may grow past them)
MAX_LABELS = 10_000  # labels in one job
MAX_LISTED = 20  # problems of one kind listed by name before "and N more"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # base32 without I, L, O, U
TAG_CODE_RE = re.compile(f"[{CROCKFORD}]{{2,8}}")
TAG_PREFIX_RE = re.compile(r"[!-~]{0,16}")  # printable ASCII (Code128), no spaces
CHUNK = 500  # values per IN (...) query


# ------------------------------------------------------------------------------ inputs


class SettingsLike(Protocol):
    """What label content needs from the settings (`app.config.Settings` has it)."""

    @property
    def organisation(self) -> str: ...
    @property
    def org_code(self) -> str: ...
    @property
    def label_base_url(self) -> str: ...
    @property
    def support_line(self) -> str: ...
    @property
    def tag_prefix(self) -> str: ...
    @property
    def code128_prefix(self) -> str: ...


@dataclass(frozen=True)
class LabelText:
    """The organisation's part of every label, from the settings."""

    organisation: str = ""  # the name line at the top ("" = none)
    org_code: str = ""  # the organisation code in the 2D payload
    base_url: str = ""  # the URL form of the payload ("" = compact FT:ORG:TAG)
    support_line: str = ""  # printed under the fields of every label ("" = none)
    tag_prefix: str = DEFAULT_PREFIX  # of fresh tags
    code128_prefix: str = ""  # printed before the tag in the Code128 (scanners strip it)

    @classmethod
    def from_settings(cls, settings: SettingsLike) -> LabelText:
        return cls(
            organisation=settings.organisation.strip(),
            org_code=settings.org_code.strip(),
            base_url=settings.label_base_url.strip(),
            support_line=settings.support_line.strip(),
            tag_prefix=settings.tag_prefix.strip(),
            code128_prefix=settings.code128_prefix.strip(),
        )


@dataclass(frozen=True)
class LabelSource:
    """What to label: exactly one of existing tags, a search, selected assets (their ids,
    as the GUI's table holds them) or `new` fresh tags from this device's sequence."""

    tags: tuple[str, ...] = ()
    query: str | None = None
    asset_ids: tuple[str, ...] = ()
    new: int | None = None

    def given(self) -> list[str]:
        out = []
        if self.tags:
            out.append("tags")
        if self.query is not None:
            out.append("query")
        if self.asset_ids:
            out.append("assets")
        if self.new is not None:
            out.append("new")
        return out


@dataclass(frozen=True)
class LabelJob:
    """Checked labels, ready to render. `fresh`: the tags are the next ones of this
    device's sequence, not taken yet: `issue_job_tags` takes them (before printing)."""

    stock: LabelStock
    labels: tuple[LabelData, ...]
    options: LabelOptions
    text: LabelText
    start_at: int = 1
    fresh: bool = False
    # the labels laid out and encoded (by `prepare_job`), so rendering does not redo it
    prepared: tuple[PreparedLabel, ...] = field(default=(), compare=False, repr=False)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(label.tag for label in self.labels)

    @property
    def pages(self) -> int:
        """Pages (sheets, or labels of a roll) the job prints on."""
        per_page = max(1, self.stock.per_page)
        return (self.start_at - 1 + len(self.labels) + per_page - 1) // per_page


@dataclass(frozen=True)
class SavedLabels:
    path: Path
    format: OutputFormat
    count: int
    pages: int
    issued: tuple[str, ...] = field(default=(), repr=False)  # fresh tags taken for this job


# ------------------------------------------------------------------------------ stock


def list_stocks() -> StockCatalog:
    """The label stocks: those shipped in resources/labels and the organisation's own
    (``<config dir>/labels/*.json``). Refused files and stocks are in `.problems`."""
    from app.printing.stock import load_stocks

    return load_stocks()


# ------------------------------------------------------------------------------ tag sequence


def format_tag(prefix: str, code: str, number: int) -> str:
    return f"{prefix}{code}{number:0{TAG_DIGITS}d}"


def derive_tag_code(device_id: str, taken: Collection[str] = ()) -> str:
    """A device code from the device's id: the first 20 bits of its SHA-256 in Crockford
    base32 (4 characters). Codes in `taken` (other devices this store knows) are avoided by
    hashing again. Two devices that never met may still draw the same code (about 1 in
    a million per pair): the sync server replaces a code that another enrolled device has
    (`assign_tag_code`)."""
    try:
        return derive_device_code(device_id, taken)
    except CodesExhausted as exc:  # 1,048,576 devices: not in practice
        raise FieldtagError(
            QT_TRANSLATE_NOOP("services.labels", "every device code is taken")
        ) from exc


def normalize_tag_code(text: str) -> str:
    """A device code as typed or sent: Crockford base32 read leniently (lower case, O for
    0, I and L for 1, hyphens ignored). Raises `ValidationError` for anything else."""
    code = text.strip().upper().replace("-", "").translate(str.maketrans("OIL", "011"))
    if not TAG_CODE_RE.fullmatch(code):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.labels", "device code"),
            QT_TRANSLATE_NOOP(
                "services.labels",
                "'{text}' is not a device code: 2-8 characters of 0-9 and A-Z without I, L, O, U",
            ).format(text=text),
        )
    return code


def check_prefix(prefix: str) -> list[Problem]:
    if TAG_PREFIX_RE.fullmatch(prefix):
        return []
    return [
        Problem(
            QT_TRANSLATE_NOOP("services.labels", "tag prefix"),
            QT_TRANSLATE_NOOP(
                "services.labels",
                "'{prefix}' cannot start a tag: use at most 16 letters, digits or signs "
                "such as '-' (no spaces, no accents), e.g. IT-",
            ).format(prefix=prefix),
        )
    ]


def _local_device(session: Session, device_id: str) -> Device:
    device = session.get(Device, device_id)
    if device is None:  # the store creates the row when it opens
        raise NotFound(
            QT_TRANSLATE_NOOP("services.labels", "This store has no device {device_id}.").format(
                device_id=device_id
            )
        )
    return device


def _other_codes(session: Session, device_id: str) -> set[str]:
    rows = session.scalars(
        select(Device.tag_code).where(Device.id != device_id, Device.tag_code.is_not(None))
    )
    return {code for code in rows if code}


def _code_of(session: Session, device: Device) -> str:
    """The device's code: stored, or derived now (stored by the caller's transaction)."""
    return device.tag_code or derive_tag_code(device.id, _other_codes(session, device.id))


def device_tag_code(ctx: Context) -> str:
    """This device's code for new tags, stored now if it was never used (the sync client
    sends it at enrolment; the server keeps it or replaces it with `assign_tag_code`)."""
    with ctx.unit_of_work() as uow:
        device = uow.device
        if device.tag_code:
            return device.tag_code
        code = _code_of(uow.session, device)
        device.tag_code = code
        uow.event("device", device.id, "tag_code_set", {"tag_code": [None, code]})
        uow.commit()
        return code


def assign_tag_code(ctx: Context, code: str) -> str:
    """Give this device the code the sync server assigned at enrolment (unique among the
    enrolled devices). The counter goes on: numbers already issued under the old code stay
    issued, and (code, number) pairs stay unique. Returns the code as stored."""
    code = normalize_tag_code(code)
    with ctx.unit_of_work() as uow:
        device = uow.device
        if code in _other_codes(uow.session, device.id):
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("services.labels", "device code"),
                QT_TRANSLATE_NOOP(
                    "services.labels", "{code} is the code of another device this store knows"
                ).format(code=code),
            )
        old = device.tag_code
        if old != code:
            device.tag_code = code
            uow.event("device", device.id, "tag_code_set", {"tag_code": [old, code]})
        uow.commit()
        return code


def _existing_tags(session: Session, tags: Sequence[str]) -> set[str]:
    """Which of `tags` assets use (compared as the store compares tags: ASCII case
    ignored); returned in the spelling of `tags`."""
    wanted = {_nocase(t): t for t in tags}
    found: set[str] = set()
    for start in range(0, len(tags), CHUNK):
        chunk = list(tags[start : start + CHUNK])
        for tag in session.scalars(select(Asset.tag).where(Asset.tag.in_(chunk))):
            original = wanted.get(_nocase(tag))
            if original is not None:
                found.add(original)
    return found


def _next_tags(
    session: Session, prefix: str, code: str, first: int, n: int
) -> tuple[list[tuple[int, str]], list[int]]:
    """The next `n` free tags from number `first` on: [(number, tag)], and the numbers
    skipped because an asset already has that tag."""
    taken: list[tuple[int, str]] = []
    skipped: list[int] = []
    number = first
    while len(taken) < n:
        want = n - len(taken)
        batch = [(number + i, format_tag(prefix, code, number + i)) for i in range(want)]
        used = _existing_tags(session, [tag for _, tag in batch])
        for num, tag in batch:
            if tag in used:
                skipped.append(num)
            else:
                taken.append((num, tag))
        number += want
    return taken, skipped


# The highest number the journal knows as issued under a device code, by any device (the
# entity index finds the few tag_block events among all others).
_LAST_ISSUED_SQL = sql(
    "SELECT MAX(CAST(json_extract(data, '$.last') AS INTEGER)) FROM events"
    " WHERE entity = 'tag_block' AND kind = 'tags_issued'"
    " AND json_extract(data, '$.code') = :code"
)


def _first_number(session: Session, device: Device, code: str) -> int:
    """Where the sequence goes on: the device's counter, or past every number the journal
    records as issued under this code (a store restored from a backup that pulled its own
    later blocks back from the server, a code that another device used before)."""
    last = session.execute(_LAST_ISSUED_SQL, {"code": code}).scalar()
    return max(device.tag_next, int(last) + 1 if last is not None else 1)


def _check_count(n: int) -> None:
    if not 1 <= n <= MAX_LABELS:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.labels", "new tags"),
            QT_TRANSLATE_NOOP(
                "services.labels", "{n} is not a number of tags to issue: give 1 to {MAX_LABELS}"
            ).format(n=n, MAX_LABELS=MAX_LABELS),
        )


def peek_tags(ctx: Context, n: int, *, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """The tags `issue_tags` would hand out now, without taking them (for a preview)."""
    _check_count(n)
    if problems := check_prefix(prefix):
        raise ValidationError(problems)
    with ctx.reading() as session:
        device = _local_device(session, ctx.store.device_id)
        code = _code_of(session, device)
        taken, _ = _next_tags(session, prefix, code, _first_number(session, device, code), n)
        return [tag for _, tag in taken]


def issue_tags(ctx: Context, n: int, *, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """Take `n` new tags from this device's sequence: one transaction that advances the
    counter and records a ``tags_issued`` event. They are issued for good even though no
    asset has them yet (labels printed in advance are adopted by "create an asset with
    this tag" when scanned); the sequence never hands them out again."""
    _check_count(n)
    if problems := check_prefix(prefix):
        raise ValidationError(problems)
    with ctx.unit_of_work() as uow:
        session = uow.session
        device = uow.device
        code = _code_of(session, device)
        if device.tag_code != code:
            device.tag_code = code
            uow.event("device", device.id, "tag_code_set", {"tag_code": [None, code]})
        taken, skipped = _next_tags(session, prefix, code, _first_number(session, device, code), n)
        first, last = taken[0][0], taken[-1][0]
        device.tag_next = last + 1
        uow.event(
            "tag_block",
            new_id(),
            "tags_issued",
            data={
                "prefix": prefix,
                "code": code,
                "first": first,
                "last": last,
                "count": len(taken),
                "skipped": skipped,
            },
        )
        uow.commit()
        return [tag for _, tag in taken]


# ------------------------------------------------------------------------------ label content


def _nocase(text: str) -> str:
    """How SQLite's NOCASE compares: only ASCII letters are folded."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


FIELD_LINES: dict[str, str] = {
    "model": "the model (Dell Latitude 5440)",
    "serial": "the serial number (S/N 5CG123)",
    "name": "the asset's name",
    "category": "the model's category",
    "location": "where it is",
    "assignee": "who has it",
}


def _field_line(row: AssetRow, name: str) -> str:
    if name == "model":
        return row.model
    if name == "serial":
        return f"S/N {row.serial}" if row.serial else ""
    if name == "name":
        return row.name
    if name == "category":
        return row.category
    if name == "location":
        return row.location
    if name == "assignee":
        return row.assignee
    return ""


def _check_fields(options: LabelOptions) -> list[Problem]:
    unknown = [name for name in options.fields if name not in FIELD_LINES]
    if not unknown:
        return []
    return [
        Problem(
            QT_TRANSLATE_NOOP("services.labels", "fields"),
            QT_TRANSLATE_NOOP(
                "services.labels", "{unknown}: not a label field; choose from {FIELD_LINES}"
            ).format(unknown=", ".join(unknown), FIELD_LINES=", ".join(FIELD_LINES)),
        )
    ]


def _label(tag: str, row: AssetRow | None, options: LabelOptions, text: LabelText) -> LabelData:
    lines = [] if row is None else [_field_line(row, name) for name in options.fields]
    if text.support_line:
        lines.append(text.support_line)
    return LabelData(
        tag=tag,
        payload=encode_payload(tag, text.org_code, text.base_url),
        organisation=text.organisation,
        lines=tuple(line for line in lines if line),
        code128_text=f"{text.code128_prefix}{tag}" if text.code128_prefix else "",
    )


def _labels(
    tags: Sequence[str],
    rows: Mapping[str, AssetRow | None],
    options: LabelOptions,
    text: LabelText,
    problems: list[Problem],
) -> list[LabelData]:
    """LabelData for each tag (problems with the payload go to `problems`)."""
    out = []
    for tag in tags:
        try:
            out.append(_label(tag, rows.get(tag), options, text))
        except ValidationError as exc:
            _add_unique(problems, exc.problems)
    return out


def _add_unique(problems: list[Problem], new: Iterable[Problem]) -> None:
    for problem in new:
        if problem not in problems:
            problems.append(problem)


def _check_payload_settings(text: LabelText) -> list[Problem]:
    try:
        encode_payload("X", text.org_code, text.base_url)
    except ValidationError as exc:
        return [
            Problem(
                QT_TRANSLATE_NOOP("services.labels", "organisation code"),
                QT_TRANSLATE_NOOP("services.labels", "{message} (Settings > Labels)").format(
                    message=p.message
                ),
            )
            for p in exc.problems
        ]
    return []


def _rows_by_tag(
    session: Session, tags: Sequence[str], problems: list[Problem]
) -> dict[str, AssetRow]:
    """The asset of each tag (keyed by the tag as given); unknown tags go to `problems`."""
    wanted: dict[str, list[str]] = {}
    for tag in tags:
        wanted.setdefault(_nocase(tag), []).append(tag)
    nums: dict[str, int] = {}
    unique = list(dict.fromkeys(tags))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        for num, stored in session.execute(
            select(Asset.num, Asset.tag).where(Asset.tag.in_(chunk))
        ):
            for given in wanted.get(_nocase(stored), []):
                nums[given] = num
    by_num = {row.num: row for row in query_asset_rows(session, list(set(nums.values())))}
    unknown = [tag for tag in unique if tag not in nums]
    _list_problems(problems, "tags", unknown, "no asset has the tag {}")
    return {tag: by_num[num] for tag, num in nums.items() if num in by_num}


def _list_problems(problems: list[Problem], where: str, items: Sequence[str], fmt: str) -> None:
    for item in items[:MAX_LISTED]:
        problems.append(Problem(where, fmt.format(item)))
    if len(items) > MAX_LISTED:
        problems.append(
            Problem(
                where,
                QT_TRANSLATE_NOOP("services.labels", "... and {n_items} more like these").format(
                    n_items=len(items) - MAX_LISTED
                ),
            )
        )


def _clean_tags(tags: Iterable[str]) -> list[str]:
    return [t.strip() for t in tags if t.strip()]


def _checked(collect: Callable[[list[Problem]], list[LabelData]]) -> list[LabelData]:
    """The labels `collect` makes, or a `ValidationError` with every problem it listed."""
    problems: list[Problem] = []
    labels = collect(problems)
    if problems:
        raise ValidationError(problems)
    return labels


def labels_for_tags(
    ctx: Context, tags: Sequence[str], options: LabelOptions, text: LabelText
) -> list[LabelData]:
    """Labels of the assets with these tags, in the order given (a tag given twice gets two
    labels; each label shows the tag as the store spells it). Raises `ValidationError`
    listing every tag no asset has."""
    return _checked(
        lambda problems: _labels_for_tags(ctx, _clean_tags(tags), options, text, problems)
    )


def _labels_for_tags(
    ctx: Context,
    tags: Sequence[str],
    options: LabelOptions,
    text: LabelText,
    problems: list[Problem],
) -> list[LabelData]:
    if not tags:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.labels", "tags"),
                QT_TRANSLATE_NOOP("services.labels", "no tag given: name at least one asset tag"),
            )
        )
        return []
    with ctx.reading() as session:
        rows = _rows_by_tag(session, tags, problems)
    stored = [rows[t].tag if t in rows else t for t in tags]
    return _labels(stored, {rows[t].tag: rows[t] for t in rows}, options, text, problems)


def labels_for_query(
    ctx: Context, query: str, options: LabelOptions, text: LabelText
) -> list[LabelData]:
    """Labels of the assets a search finds (as the asset list's search box), by tag.
    Raises `ValidationError` if it finds none, or more than MAX_LABELS."""
    return _checked(lambda problems: _labels_for_query(ctx, query, options, text, problems))


def _labels_for_query(
    ctx: Context,
    query: str,
    options: LabelOptions,
    text: LabelText,
    problems: list[Problem],
) -> list[LabelData]:
    if not query.strip():
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.labels", "query"),
                QT_TRANSLATE_NOOP(
                    "services.labels", "is empty: give search words (e.g. a model or a room)"
                ),
            )
        )
        return []
    with ctx.reading() as session:
        nums = query_asset_ids(session, AssetFilter(text=query, sort="tag"))
        if not nums:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("services.labels", "query"),
                    QT_TRANSLATE_NOOP("services.labels", "'{query}' matches no asset").format(
                        query=query
                    ),
                )
            )
            return []
        if len(nums) > MAX_LABELS:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("services.labels", "query"),
                    QT_TRANSLATE_NOOP(
                        "services.labels",
                        "'{query}' matches {n_nums} assets; one job prints at most {MAX_LABELS} "
                        "labels: narrow the search",
                    ).format(query=query, n_nums=len(nums), MAX_LABELS=MAX_LABELS),
                )
            )
            return []
        rows = query_asset_rows(session, nums)
    return _labels([r.tag for r in rows], {r.tag: r for r in rows}, options, text, problems)


def labels_for_assets(
    ctx: Context, asset_ids: Sequence[str], options: LabelOptions, text: LabelText
) -> list[LabelData]:
    """Labels of the assets with these ids (the GUI's selection), in the order given."""
    return _checked(lambda problems: _labels_for_assets(ctx, asset_ids, options, text, problems))


def _labels_for_assets(
    ctx: Context,
    asset_ids: Sequence[str],
    options: LabelOptions,
    text: LabelText,
    problems: list[Problem],
) -> list[LabelData]:
    with ctx.reading() as session:
        nums: dict[str, int] = {}
        unique = list(dict.fromkeys(asset_ids))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            query = select(Asset.id, Asset.num).where(Asset.id.in_(chunk))
            for asset_id, num in session.execute(query).tuples():
                nums[asset_id] = num
        missing = [i for i in unique if i not in nums]
        _list_problems(problems, "assets", missing, "there is no asset with id {} (deleted?)")
        rows = {r.id: r for r in query_asset_rows(session, list(nums.values()))}
    chosen = [rows[i] for i in asset_ids if i in rows]
    return _labels([r.tag for r in chosen], {r.tag: r for r in chosen}, options, text, problems)


# ------------------------------------------------------------------------------ the job


def output_format(path: Path) -> OutputFormat:
    """The format a file name asks for: .pdf or .zpl."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".zpl":
        return "zpl"
    raise ValidationError.single(
        QT_TRANSLATE_NOOP("services.labels", "output"),
        QT_TRANSLATE_NOOP(
            "services.labels",
            "{name}: name the file .pdf (PDF) or .zpl (ZPL II for Zebra printers)",
        ).format(name=path.name),
    )


def _check_format(stock: LabelStock, fmt: OutputFormat | None) -> list[Problem]:
    if fmt == "zpl" and not stock.zpl:
        return [
            Problem(
                QT_TRANSLATE_NOOP("services.labels", "output"),
                QT_TRANSLATE_NOOP(
                    "services.labels",
                    "ZPL is for Zebra label printers; {id} is not a Zebra stock: save a PDF, "
                    "or choose a Zebra stock (`fieldtag labels --list-stock`)",
                ).format(id=stock.id),
            )
        ]
    return []


def _check_start(stock: LabelStock, start_at: int) -> list[Problem]:
    try:
        check_start(stock, start_at)
    except ValidationError as exc:
        return exc.problems
    return []


def check_label(stock: LabelStock, data: LabelData, options: LabelOptions) -> list[Problem]:
    """What keeps one label from printing on `stock` (the renderers' own check):
    characters Code128 or the label font cannot carry, a 2D code that cannot hold the
    payload, a tag or code that does not fit. Empty if it prints."""
    from app.printing.pdf import prepare_label

    try:
        prepare_label(stock, data, options)
    except ValidationError as exc:
        return exc.problems
    return []


def _prepare(
    stock: LabelStock, labels: Sequence[LabelData], options: LabelOptions
) -> tuple[list[PreparedLabel], list[Problem]]:
    """The labels laid out and encoded as the renderers draw them, or the problems of
    the labels that cannot be printed (the first ones listed, then how many more)."""
    from app.printing.pdf import prepare_labels

    if not labels:
        return [], []
    try:
        return prepare_labels(stock, labels, options), []
    except ValidationError as exc:
        return [], exc.problems


def prepare_job(
    ctx: Context,
    source: LabelSource,
    stock_id: str,
    *,
    options: LabelOptions | None = None,
    text: LabelText | None = None,
    start_at: int = 1,
    fmt: OutputFormat | None = None,
    catalog: StockCatalog | None = None,
) -> LabelJob:
    """Resolve `source` into labels for `stock_id` and check everything before anything is
    printed or issued. Raises `ValidationError` listing every problem (unknown stock or
    tags, a start position past the end of the sheet, tags Code128 cannot encode or that
    are too long for the stock, ZPL for a stock that is no Zebra roll). Changes nothing:
    for fresh tags (`source.new`) the labels show the tags `issue_job_tags` will take."""
    options = options or LabelOptions()
    text = text or LabelText()
    problems: list[Problem] = []
    catalog = catalog if catalog is not None else list_stocks()
    stock: LabelStock | None = None
    try:
        stock = catalog.get(stock_id)
    except NotFound as exc:
        problems.append(Problem(QT_TRANSLATE_NOOP("services.labels", "stock"), exc.message))
    if stock is not None:
        problems += _check_start(stock, start_at) + _check_format(stock, fmt)
    problems += _check_fields(options)
    payload_problems = _check_payload_settings(text)
    problems += payload_problems

    given = source.given()
    labels: list[LabelData] = []
    if len(given) != 1:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.labels", "labels"),
                QT_TRANSLATE_NOOP(
                    "services.labels",
                    "say what to label: existing tags, a search, selected assets or a number "
                    "of new tags (one of them)",
                ),
            )
        )
    elif not payload_problems:
        if source.new is not None:
            labels = _fresh_labels(ctx, source.new, options, text, problems)
        elif source.tags:
            labels = _labels_for_tags(ctx, _clean_tags(source.tags), options, text, problems)
        elif source.query is not None:
            labels = _labels_for_query(ctx, source.query, options, text, problems)
        else:
            labels = _labels_for_assets(ctx, source.asset_ids, options, text, problems)
    prepared: list[PreparedLabel] = []
    if len(labels) > MAX_LABELS:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.labels", "labels"),
                QT_TRANSLATE_NOOP(
                    "services.labels", "{n_labels} labels; one job prints at most {MAX_LABELS}"
                ).format(n_labels=len(labels), MAX_LABELS=MAX_LABELS),
            )
        )
    elif stock is not None:
        prepared, label_problems = _prepare(stock, labels, options)
        problems += label_problems
    if problems or stock is None:
        raise ValidationError(problems)
    return LabelJob(
        stock,
        tuple(labels),
        options,
        text,
        start_at,
        fresh=source.new is not None,
        prepared=tuple(prepared),
    )


def _fresh_labels(
    ctx: Context, n: int, options: LabelOptions, text: LabelText, problems: list[Problem]
) -> list[LabelData]:
    if not 1 <= n <= MAX_LABELS:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.labels", "new tags"),
                QT_TRANSLATE_NOOP(
                    "services.labels", "{n}: give a number of tags from 1 to {MAX_LABELS}"
                ).format(n=n, MAX_LABELS=MAX_LABELS),
            )
        )
        return []
    if prefix_problems := check_prefix(text.tag_prefix):
        problems += prefix_problems
        return []
    tags = peek_tags(ctx, n, prefix=text.tag_prefix)
    return _labels(tags, {}, options, text, problems)


def issue_job_tags(ctx: Context, job: LabelJob) -> LabelJob:
    """For a job of fresh tags: take its tags from the sequence for good (call it just
    before rendering for the printer or the file). Usually they are the tags the job
    showed; if another window or command took some meanwhile, the job gets the next ones
    (checked again). A job of existing assets comes back unchanged."""
    if not job.fresh:
        return job
    tags = issue_tags(ctx, len(job.labels), prefix=job.text.tag_prefix)
    if list(tags) != list(job.tags):
        problems: list[Problem] = []
        labels = _labels(tags, {}, job.options, job.text, problems)
        prepared, label_problems = _prepare(job.stock, labels, job.options)
        problems += label_problems
        if problems:
            raise ValidationError(problems)
        job = replace(job, labels=tuple(labels), prepared=tuple(prepared))
    return replace(job, fresh=False)


def render_job(job: LabelJob, fmt: OutputFormat) -> bytes:
    """The job as a PDF (every stock) or ZPL II (Zebra stocks) document."""
    if problems := _check_format(job.stock, fmt):
        raise ValidationError(problems)
    prepared = list(job.prepared)
    if len(prepared) != len(job.labels):  # a job built by hand: lay it out now
        prepared, problems = _prepare(job.stock, job.labels, job.options)
        if problems:
            raise ValidationError(problems)
    if fmt == "zpl":
        from app.printing.zpl import label_zpl

        zpl = "".join(label_zpl(job.stock, label, job.options) for label in prepared)
        return zpl.encode("utf-8")
    from app.printing.pdf import render_prepared

    return render_prepared(job.stock, prepared, job.options, start_at=job.start_at)


def issue_and_render(ctx: Context, job: LabelJob, fmt: OutputFormat) -> tuple[LabelJob, bytes]:
    """The document to print or save, and the job as printed: rendered first, then (for
    fresh tags) the tags taken from the sequence, so a job that cannot be rendered takes
    no tags. Call `record_printed` once the document was written or sent."""
    data = render_job(job, fmt)
    if job.fresh:
        issued = issue_job_tags(ctx, job)
        if issued.tags != job.tags:  # another window or command took some meanwhile
            data = render_job(issued, fmt)
        job = issued
    return job, data


def check_target(path: Path) -> None:
    """Raise `FieldtagError` if a file cannot be saved at `path` (a folder, or in a folder
    that does not exist), before anything is issued or rendered for it."""
    path = path.expanduser()
    if path.is_dir():
        raise FieldtagError(
            QT_TRANSLATE_NOOP(
                "services.labels", "{path} is a folder: give a file name (e.g. labels.pdf)."
            ).format(path=path)
        )
    if not path.parent.is_dir():
        raise FieldtagError(
            QT_TRANSLATE_NOOP(
                "services.labels",
                "The folder {parent} does not exist: create it first, or save somewhere else.",
            ).format(parent=path.parent)
        )


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, renamed into
    place once complete: the file is either the whole new document or not there (or the
    old one). Raises `FieldtagError` saying why it cannot be written."""
    path = path.expanduser()
    check_target(path)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        with tmp.open("xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FieldtagError(
            QT_TRANSLATE_NOOP("services.labels", "Cannot write {path}: {value}.").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_labels(ctx: Context, job: LabelJob, path: Path) -> SavedLabels:
    """Save the job as a file in the format its name asks for (.pdf, .zpl): render it,
    take its fresh tags from the sequence (if any), write the file atomically, then record
    the print in each asset's history. A failure before the file is in place records
    nothing; fresh tags are taken only once the document rendered."""
    fmt = output_format(path)
    if problems := _check_format(job.stock, fmt):
        raise ValidationError(problems)
    check_target(path)
    fresh = job.fresh
    job, data = issue_and_render(ctx, job, fmt)
    write_atomically(path, data)
    target = path.expanduser().resolve()
    record_printed(ctx, job.tags, stock_id=job.stock.id, output=str(target))
    return SavedLabels(target, fmt, len(job.labels), job.pages, job.tags if fresh else ())


# ------------------------------------------------------------------------------ history


def record_printed(ctx: Context, tags: Sequence[str], *, stock_id: str, output: str) -> int:
    """Record that labels were printed (call it after the output was written or sent):
    one ``label_printed`` event in the history of each asset labelled (entity ``label``,
    the print's id shared by the events of one print; data: tag, stock, output, copies),
    and one event for the tags no asset has yet (fresh tags: data lists them).
    Returns the number of assets recorded."""
    tags = _clean_tags(tags)
    if not tags:
        return 0
    print_id = new_id()
    with ctx.unit_of_work() as uow:
        session = uow.session
        owners: dict[str, tuple[str, str]] = {}  # nocase tag -> (asset id, stored tag)
        unique = list(dict.fromkeys(tags))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            for asset_id, stored in session.execute(
                select(Asset.id, Asset.tag).where(Asset.tag.in_(chunk))
            ):
                owners[_nocase(stored)] = (asset_id, stored)
        copies: dict[str, int] = {}
        loose: list[str] = []
        for tag in tags:
            owner = owners.get(_nocase(tag))
            if owner is None:
                loose.append(tag)
            else:
                copies[owner[0]] = copies.get(owner[0], 0) + 1
        recorded = 0
        seen: set[str] = set()
        for tag in tags:
            owner = owners.get(_nocase(tag))
            if owner is None or owner[0] in seen:
                continue
            asset_id, stored = owner
            seen.add(asset_id)
            data: dict[str, object] = {"tag": stored, "stock": stock_id, "output": output}
            if copies[asset_id] > 1:
                data["copies"] = copies[asset_id]
            uow.event("label", print_id, "label_printed", asset_id=asset_id, data=data)
            recorded += 1
        if loose:
            uow.event(
                "label",
                print_id,
                "label_printed",
                data={"tags": loose, "stock": stock_id, "output": output},
            )
        uow.commit()
        return recorded


__all__ = [
    "DEFAULT_PREFIX", "FIELD_LINES", "LabelJob", "LabelSource", "LabelText", "OutputFormat",
    "SavedLabels", "assign_tag_code", "check_label", "check_target", "derive_tag_code",
    "device_tag_code", "format_tag", "issue_and_render", "issue_job_tags", "issue_tags",
    "labels_for_assets", "labels_for_query", "labels_for_tags", "list_stocks",
    "normalize_tag_code", "output_format", "peek_tags", "prepare_job", "record_printed",
    "render_job", "save_labels", "write_atomically",
]  # fmt: skip

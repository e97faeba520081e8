"""What a scan means in this store: which asset it names, or why it names none."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select

from app.domain.tags import TagRead
from app.domain.text import QT_TRANSLATE_NOOP
from app.services.context import Context
from app.services.dto import AssetRow
from app.services.queries import query_asset_rows
from app.store.tables import Asset

Outcome = Literal["asset", "unknown", "ambiguous", "refused"]
MAX_SERIAL_MATCHES = 20


@dataclass(frozen=True)
class ScanMatch:
    """The answer to a scan.

    - ``asset``: `asset` is the one asset the code names (`by` says whether by tag or
      by serial number);
    - ``unknown``: no asset has this tag (or serial); `read.tag` may be adopted as the tag
      of a new asset (a pre-printed label);
    - ``ambiguous``: several assets share this serial number; `matches` lists them;
    - ``refused``: the code is no tag of ours (another organisation's label, a product
      number, binary data); `message` says why.
    """

    read: TagRead
    outcome: Outcome
    asset: AssetRow | None = None
    by: Literal["tag", "serial", ""] = ""
    matches: tuple[AssetRow, ...] = field(default_factory=tuple)
    message: str = ""


def resolve_scan(ctx: Context, read: TagRead) -> ScanMatch:
    if read.tag is None and read.serial is None:
        return ScanMatch(
            read,
            "refused",
            message=read.problem
            or QT_TRANSLATE_NOOP("services.scanning", "This code is no asset tag."),
        )
    with ctx.reading() as session:
        if read.tag is not None:
            num = session.scalar(select(Asset.num).where(Asset.tag == read.tag))
            if num is not None:
                rows = query_asset_rows(session, [num])
                if rows:
                    return ScanMatch(read, "asset", rows[0], "tag")
        if read.serial:
            serial = read.serial.strip()
            # as stored or in capitals (a typed serial); both use the serial index
            wanted = {serial, serial.upper()}
            query = select(Asset.num).where(Asset.serial.in_(wanted)).order_by(Asset.num)
            nums = list(session.scalars(query.limit(MAX_SERIAL_MATCHES))) if serial else []
            rows = query_asset_rows(session, nums)
            if len(rows) == 1:
                return ScanMatch(read, "asset", rows[0], "serial")
            if len(rows) > 1:
                return ScanMatch(
                    read,
                    "ambiguous",
                    matches=tuple(rows),
                    message=QT_TRANSLATE_NOOP(
                        "services.scanning",
                        "{n_rows} assets have the serial number {serial}; pick one.",
                    ).format(n_rows=len(rows), serial=serial),
                )
    if read.tag is None:
        return ScanMatch(
            read,
            "unknown",
            message=QT_TRANSLATE_NOOP(
                "services.scanning", "No asset has the serial number {serial}."
            ).format(serial=read.serial),
        )
    return ScanMatch(
        read,
        "unknown",
        message=QT_TRANSLATE_NOOP(
            "services.scanning", "No asset has the tag {tag}. Create an asset with this tag?"
        ).format(tag=read.tag),
    )

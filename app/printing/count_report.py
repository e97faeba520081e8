"""The report of an inventory count as PDF (reportlab platypus, A4).

Page one: what was counted, when and by whom, the totals and progress by category; then
the lists a person acts on first (missing, unexpected with where each is recorded, unknown
tags), then what was found (who scanned it, when). Text is DejaVu Sans as on the labels
(`app.printing.pdf`), with characters the font lacks printed as "?".
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.counts import Reconciliation
from app.printing.document import base_styles, footer
from app.printing.pdf import _font, printable

MAX_ROWS = 5000  # rows per list; a longer list is cut with a line saying how many more


@dataclass(frozen=True)
class ReportHeader:
    count_id: str
    location: str
    include_sublocations: bool
    status: str
    started: str  # "2026-11-26 09:12 UTC by Anna (laptop-3)"
    closed: str  # "" while open
    scans: int
    devices: dict[str, str] = field(default_factory=dict)  # id -> name


def _styles() -> dict[str, ParagraphStyle]:
    return base_styles()


def _esc(text: object) -> str:
    return printable(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], cell: Any
) -> Any:
    data = [[_esc(h) for h in header]]
    data += [[Paragraph(_esc(c), cell) for c in row] for row in rows]
    table = LongTable(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), _font(True), 8),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def render_count_report(
    header: ReportHeader, result: Reconciliation, *, flagged: frozenset[str] = frozenset()
) -> bytes:
    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=15 * mm, title=printable(f"Inventory count: {header.location}"),
        author="Fieldtag",
    )  # fmt: skip
    width = doc.width
    story: list[Any] = []
    scope = "with sub-locations" if header.include_sublocations else "this location only"
    story.append(Paragraph(_esc(f"Inventory count: {header.location}"), st["title"]))
    facts = [
        ("Count", f"{header.count_id} ({scope})"),
        ("Status", "closed" if header.status == "closed" else "open (not closed yet)"),
        ("Started", header.started),
        ("Closed", header.closed or "—"),
        ("Devices", ", ".join(sorted(header.devices.get(d, d[:8]) for d in _scan_devices(result)))
         or "—"),
    ]  # fmt: skip
    story.append(
        _plain([(k, v) for k, v in facts], [28 * mm, width - 28 * mm], st["body"], bold_first=True)
    )
    expected = result.expected
    pct = f" ({len(result.found) / expected:.0%})" if expected else ""
    totals = [
        ("Expected", str(expected)),
        ("Found", f"{len(result.found)}{pct}"),
        ("Missing", str(len(result.missing))),
        ("Unexpected (recorded elsewhere)", str(len(result.unexpected))),
        ("Unknown tags", str(len(result.unknown))),
        ("Duplicate scans (ignored)", str(result.duplicates)),
        ("Scans in all", str(header.scans)),
    ]
    story.append(Paragraph("Summary", st["h2"]))
    story.append(_plain(totals, [70 * mm, 30 * mm], st["body"], bold_first=False))
    if result.by_category:
        story.append(Paragraph("Progress by category", st["h2"]))
        rows = [
            (cat or "(no category)", str(f), str(e), f"{f / e:.0%}" if e else "—")
            for cat, (f, e) in result.by_category.items()
        ]
        story.append(
            _table(("Category", "Found", "Expected", "%"), rows,
                   [70 * mm, 25 * mm, 25 * mm, 20 * mm], st["cell"])
        )  # fmt: skip

    def section(title: str, head: Sequence[str], rows: list[tuple[str, ...]],
                widths: Sequence[float]) -> None:  # fmt: skip
        story.append(Paragraph(_esc(f"{title} ({len(rows)})"), st["h2"]))
        if not rows:
            story.append(Paragraph("None.", st["body"]))
            return
        story.append(_table(head, rows[:MAX_ROWS], widths, st["cell"]))
        if len(rows) > MAX_ROWS:
            more = len(rows) - MAX_ROWS
            story.append(Paragraph(f"… and {more} more (see the CSV report).", st["small"]))

    def who(scan: Any) -> str:
        device = header.devices.get(scan.device_id, scan.device_id[:8])
        return f"{scan.actor} ({device})"

    def when(at: dt.datetime) -> str:
        return at.strftime("%Y-%m-%d %H:%M")

    w = width
    section(
        "Missing: expected, not scanned", ("Tag", "Name", "Category", "Recorded at", "Status"),
        [(a.tag, a.name, a.category, a.location_path, a.status.replace("_", " "))
         for a in result.missing],
        [28 * mm, 45 * mm, 25 * mm, w - 123 * mm, 25 * mm],
    )  # fmt: skip
    section(
        "Unexpected: scanned here, recorded elsewhere",
        ("Tag", "Name", "Recorded at", "Scanned by", "When"),
        [(u.asset.tag, u.asset.name,
          u.asset.location_path + (" (moved here)" if u.here else ""), who(u.scan),
          when(u.scan.scanned_at)) for u in result.unexpected],
        [28 * mm, 40 * mm, w - 136 * mm, 35 * mm, 33 * mm],
    )  # fmt: skip
    section(
        "Unknown tags: no asset has them", ("Tag", "Scanned by", "When"),
        [(k.tag + (" (flagged)" if k.tag.casefold() in flagged else ""), who(k.scan),
          when(k.scan.scanned_at)) for k in result.unknown],
        [50 * mm, w - 83 * mm, 33 * mm],
    )  # fmt: skip
    section(
        "Found", ("Tag", "Name", "Category", "Scanned by", "When"),
        [(f.asset.tag, f.asset.name, f.asset.category, who(f.scan), when(f.scan.scanned_at))
         for f in result.found],
        [28 * mm, w - 121 * mm, 25 * mm, 35 * mm, 33 * mm],
    )  # fmt: skip
    story.append(Spacer(1, 6 * mm))
    story.append(
        Paragraph(
            "Times are UTC. Of several scans of one tag the first counts; the others are "
            "duplicates. Unexpected assets are recorded at another location.",
            st["small"],
        )
    )
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    on_page = footer(f"Fieldtag inventory count {header.count_id} · {generated}")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def _scan_devices(result: Reconciliation) -> set[str]:
    devices = {f.scan.device_id for f in result.found}
    devices |= {u.scan.device_id for u in result.unexpected}
    devices |= {k.scan.device_id for k in result.unknown}
    return devices


def _plain(
    rows: Sequence[tuple[str, str]], widths: Sequence[float], style: Any, *, bold_first: bool
) -> Any:
    bold = ParagraphStyle("bold", parent=style, fontName=_font(True))
    data = [
        [Paragraph(_esc(k), bold if bold_first else style), Paragraph(_esc(v), style)]
        for k, v in rows
    ]
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table

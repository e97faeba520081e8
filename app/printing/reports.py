"""Reports as PDF (reportlab platypus, A4 landscape): the house style of the count report
(app/printing/count_report.py). Every page has a header (organisation, report title,
generated at) and a footer with "page N of M"; long tables split across pages with their
header row repeated. Text is DejaVu Sans; characters the font lacks print as "?".
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.printing.document import base_styles, numbered_canvas
from app.printing.pdf import _font, printable

if TYPE_CHECKING:
    from app.domain.reports import Report
    from app.domain.reports import Table as ReportTable

PAGE = landscape(A4)
MARGIN = 14 * mm
PAD = 4  # cell padding left and right (pt)
VPAD = 2  # cell padding above and below
LEADING = 10  # table text: 8 pt on 10 pt lines
BLOCK_ROWS = 200


def _esc(text: object) -> str:
    return printable(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = _font(False), _font(True)
    return {
        **base_styles(),
        "num": ParagraphStyle("num", fontName=regular, fontSize=8, leading=10, alignment=2),
        # a header wraps between words only ("In maintenance" over two lines, never
        # "mainte-nance")
        "head": ParagraphStyle("head", fontName=bold, fontSize=8, leading=10, splitLongWords=0),
        "headnum": ParagraphStyle(
            "headnum", fontName=bold, fontSize=8, leading=10, alignment=2, splitLongWords=0
        ),
        "total": ParagraphStyle("total", fontName=bold, fontSize=8, leading=10),
        "totalnum": ParagraphStyle("totalnum", fontName=bold, fontSize=8, leading=10, alignment=2),
    }


def _table(t: ReportTable, width: float, st: dict[str, ParagraphStyle]) -> Any:
    scale = width / sum(t.widths)
    widths = [w * scale for w in t.widths]

    # A cell is a Paragraph (which wraps) only where the text would not fit its column:
    # laying out a Paragraph costs ~100 times a plain string, and a register has thousands
    # of rows.
    font = _font(False)
    room = [w - 2 * PAD for w in widths]  # less the cell padding

    def cells(row: tuple[str, ...], plain: str, num: str) -> list[Any]:
        out: list[Any] = []
        for i, c in enumerate(row):
            text = printable(c)
            if plain == "cell" and stringWidth(text, font, 8) <= room[i]:
                out.append(text)
            else:
                out.append(Paragraph(_esc(c), st[num] if i in t.numeric else st[plain]))
        return out

    data = [cells(t.header, "head", "headnum")]
    data += [cells(row, "cell", "num") for row in t.rows]
    if t.total is not None:
        data.append(cells(t.total, "total", "totalnum"))
    # Row heights are worked out once here: left to reportlab, every page break of a long
    # table measures all the rows after it again (a register of 6,000 certificates: 7 s).
    heights = []
    for row in data:
        tallest = LEADING
        for i, cell in enumerate(row):
            if isinstance(cell, Paragraph):
                tallest = max(tallest, cell.wrap(room[i], 10_000)[1])
        heights.append(tallest + 2 * VPAD)
    table = LongTable(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    style = [
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), VPAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), VPAD),
        ("FONT", (0, 1), (-1, -1), font, 8, 10),
        *(("ALIGN", (i, 1), (i, -1), "RIGHT") for i in sorted(t.numeric)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if t.total is not None:
        style += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#e8e8e8")),
        ]
    table.setStyle(TableStyle(style))
    return table


def _facts(rows: list[tuple[str, str]], st: dict[str, ParagraphStyle]) -> Any:
    bold = ParagraphStyle("bold", parent=st["body"], fontName=_font(True))
    data = [[Paragraph(_esc(k), bold), Paragraph(_esc(v), st["body"])] for k, v in rows]
    table = Table(data, colWidths=[55 * mm, 150 * mm], hAlign="LEFT")
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


def render_report(report: Report) -> bytes:
    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 8 * mm,
        bottomMargin=MARGIN, title=printable(report.title), author="Fieldtag",
    )  # fmt: skip
    story: list[Any] = [Paragraph(_esc(report.title), st["title"])]
    if report.facts:
        story.append(_facts(report.facts, st))
    for t in report.tables:
        story.append(Paragraph(_esc(f"{t.title} ({len(t.rows):,})"), st["h2"]))
        if not t.rows:
            story.append(Paragraph(_esc(t.empty), st["body"]))
        else:
            # in blocks: reportlab copies the rest of a table at every page break it splits,
            # so one 6,000-row table costs quadratic time; a block boundary shows the
            # header row once more
            for start in range(0, len(t.rows), BLOCK_ROWS):
                last = start + BLOCK_ROWS >= len(t.rows)
                block = replace(
                    t, rows=t.rows[start : start + BLOCK_ROWS], total=t.total if last else None
                )
                story.append(_table(block, doc.width, st))
        if t.note:
            story.append(Spacer(1, 2 * mm))
            story.append(Paragraph(_esc(t.note), st["small"]))
    generated = report.generated_at.strftime("%Y-%m-%d %H:%M UTC")
    left = printable(" · ".join(x for x in (report.organisation, report.title) if x))
    right = printable(f"Generated {generated} by Fieldtag")

    def decorate(canvas: Any, page: int, total: int) -> None:
        width, height = PAGE
        canvas.setFont(_font(True), 8.5)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN, height - MARGIN, left)
        canvas.setFont(_font(False), 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(width - MARGIN, height - MARGIN, right)
        canvas.setStrokeColor(colors.lightgrey)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - MARGIN - 3 * mm, width - MARGIN, height - MARGIN - 3 * mm)
        canvas.drawRightString(width - MARGIN, 8 * mm, f"page {page} of {total}")

    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return out.getvalue()

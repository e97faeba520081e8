"""The report of a checklist run as PDF (reportlab platypus, A4): what was done to which
asset, by whom, when and where; every step with its answer (hidden and skipped steps said
as such), notes, photos, the signature, the SHA-256 of every attachment and the lifecycle
transition performed. Text is DejaVu Sans as on the labels (`app.printing.pdf`)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Image,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.printing.document import footer
from app.printing.pdf import _font, printable

PHOTO_MAX_W = 85 * mm
PHOTO_MAX_H = 70 * mm
SIGNATURE_MAX_W = 80 * mm
SIGNATURE_MAX_H = 32 * mm


@dataclass(frozen=True)
class ReportAttachment:
    sha256: str
    mime: str
    data: bytes
    width: int | None
    height: int | None


@dataclass(frozen=True)
class ReportStep:
    number: int
    title: str
    type_label: str
    status: str  # answered | skipped | hidden | required, not answered
    answer: str
    note: str
    by: str  # "anna, 2026-11-24 09:12"
    image_sha256: str | None = None
    kind: str = ""


@dataclass(frozen=True)
class ReportData:
    organisation: str
    title: str
    key: str
    version: int
    template_sha256: str
    kind: str
    run_id: str
    status: str
    asset_tag: str
    asset_name: str
    asset_model: str
    asset_serial: str
    asset_category: str
    started: str
    finished: str
    where: str
    transition: str
    answered: str
    steps: Sequence[ReportStep]
    attachments: Mapping[str, ReportAttachment] = field(default_factory=dict)


def _esc(text: object) -> str:
    return printable(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = _font(False), _font(True)
    return {
        "org": ParagraphStyle("org", fontName=bold, fontSize=10, leading=13,
                              textColor=colors.HexColor("#555555")),
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=10,
                             spaceAfter=4),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9, leading=12),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", fontName=regular, fontSize=8, leading=10,
                                textColor=colors.HexColor("#777777")),
        "missing": ParagraphStyle("missing", fontName=bold, fontSize=8, leading=10,
                                  textColor=colors.HexColor("#b3261e")),
        "small": ParagraphStyle("small", fontName=regular, fontSize=7, leading=9,
                                textColor=colors.grey),
        "mono": ParagraphStyle("mono", fontName=regular, fontSize=6.5, leading=8.5,
                               textColor=colors.HexColor("#444444")),
    }  # fmt: skip


def _image(att: ReportAttachment, max_w: float, max_h: float) -> Any:
    reader = ImageReader(io.BytesIO(att.data))
    w, h = reader.getSize()
    scale = min(max_w / w, max_h / h)
    return Image(io.BytesIO(att.data), width=w * scale, height=h * scale, hAlign="LEFT")


def render_checklist_report(data: ReportData) -> bytes:
    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=15 * mm, title=printable(f"{data.title}: {data.asset_tag}"),
        author="Fieldtag", subject=f"Checklist run {data.run_id}",
    )  # fmt: skip
    width = doc.width
    story: list[Any] = []
    if data.organisation:
        story.append(Paragraph(_esc(data.organisation), st["org"]))
    story.append(Paragraph(_esc(f"{data.title} — {data.asset_tag}"), st["title"]))
    asset = " · ".join(p for p in (data.asset_name, data.asset_model) if p)
    facts = [
        ("Asset", f"{data.asset_tag}" + (f" — {asset}" if asset else "")),
        ("Serial number", data.asset_serial or "—"),
        ("Category", data.asset_category or "—"),
        ("Checklist", f"{data.title} ({data.kind}), template {data.key} version {data.version}"),
        ("Result", data.status),
        ("Started", data.started),
        ("Finished", data.finished or "—"),
        ("Where", data.where),
        ("Transition", data.transition or "—"),
        ("Progress", data.answered),
    ]
    rows = [[Paragraph(_esc(k), st["bold"]), Paragraph(_esc(v), st["body"])] for k, v in facts]
    table = Table(rows, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))  # fmt: skip
    story.append(table)

    story.append(Paragraph("Steps", st["h2"]))
    head = ["#", "Step", "Answer", "Note", "Answered by, when"]
    body: list[list[Any]] = [[_esc(h) for h in head]]
    styles: list[tuple[Any, ...]] = []
    for i, s in enumerate(data.steps, start=1):
        if s.status == "hidden":
            answer = Paragraph("hidden (its condition was not met)", st["muted"])
        elif s.status == "skipped":
            answer = Paragraph("skipped (optional)", st["muted"])
        elif s.status != "answered":
            answer = Paragraph(_esc(s.status), st["missing"])
        else:
            answer = Paragraph(_esc(s.answer), st["cell"])
        title_style = st["muted"] if s.status == "hidden" else st["cell"]
        body.append([
            Paragraph(str(s.number), st["cell"]),
            Paragraph(_esc(s.title) + f' <font color="#888888">({_esc(s.type_label)})</font>',
                      title_style),
            answer,
            Paragraph(_esc(s.note), st["cell"]),
            Paragraph(_esc(s.by if s.status == "answered" else ""), st["cell"]),
        ])  # fmt: skip
        if s.answer.startswith("FAILED"):
            styles.append(("BACKGROUND", (2, i), (2, i), colors.HexColor("#fdecea")))
    steps = LongTable(
        body, colWidths=[8 * mm, 60 * mm, 50 * mm, width - 152 * mm, 34 * mm], repeatRows=1,
        hAlign="LEFT",
    )  # fmt: skip
    steps.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), _font(True), 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *styles,
    ]))  # fmt: skip
    story.append(steps)

    images = [s for s in data.steps if s.image_sha256 and s.image_sha256 in data.attachments]
    photos = [s for s in images if s.kind == "photo"]
    signatures = [s for s in images if s.kind == "signature"]
    if photos:
        heading = Paragraph("Photos", st["h2"])
        cells = []
        for s in photos:
            assert s.image_sha256 is not None
            att = data.attachments[s.image_sha256]
            cells.append([
                _image(att, PHOTO_MAX_W, PHOTO_MAX_H),
                Paragraph(_esc(f"{s.number}. {s.title}"), st["cell"]),
                Paragraph(_esc(f"SHA-256 {att.sha256}"), st["mono"]),
            ])  # fmt: skip
        grid = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        for n, pair in enumerate(grid):
            row = Table([pair + ([[]] if len(pair) == 1 else [])],
                        colWidths=[width / 2, width / 2], hAlign="LEFT")  # fmt: skip
            row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))  # fmt: skip
            story.append(KeepTogether([heading, row]) if n == 0 else row)
    for s in signatures:
        assert s.image_sha256 is not None
        att = data.attachments[s.image_sha256]
        block = [
            Paragraph(_esc(f"Signature: {s.title}"), st["h2"]),
            _image(att, SIGNATURE_MAX_W, SIGNATURE_MAX_H),
            Paragraph(_esc(f"{s.answer} · {s.by}"), st["cell"]),
            Paragraph(_esc(f"SHA-256 {att.sha256}"), st["mono"]),
        ]
        story.append(KeepTogether(block))

    story.append(Paragraph("Integrity", st["h2"]))
    lines = [f"Template {data.key} v{data.version}: SHA-256 {data.template_sha256}"]
    lines += [f"{_att_name(data, sha)}: SHA-256 {sha}" for sha in sorted(data.attachments)]
    for line in lines:
        story.append(Paragraph(_esc(line), st["mono"]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            "Times are local time of the device that printed this report. Photos and "
            "signatures are stored in the Fieldtag database under the SHA-256 of their bytes; "
            "the hashes above identify exactly the images shown.",
            st["small"],
        )
    )
    generated = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    on_page = footer(f"Fieldtag checklist run {data.run_id} · printed {generated}")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def _att_name(data: ReportData, sha: str) -> str:
    for s in data.steps:
        if s.image_sha256 == sha:
            return f"{s.type_label} of step {s.number}"
    return "Attachment"

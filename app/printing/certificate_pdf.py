"""The certificate of sanitization as PDF (reportlab platypus, A4), before signing.

Page one: the title, the organisation, the certificate number with its QR code, what it
covers and the statement; a summary table when it covers more than one drive; then one
block per drive with the fields of NIST SP 800-88 Rev. 1 Appendix G (person performing the
sanitization, media, sanitization details, destination, validation) and lines for the
technician's and the validator's handwritten signatures. Every page carries the number,
"page X of Y" and the standards in its footer. The digital signature is added afterwards
(app/printing/signing.py).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.sanitization import label
from app.printing.document import numbered_canvas
from app.printing.pdf import _font, printable
from app.printing.symbols import qr_array, rectangles

STANDARDS = "NIST SP 800-88 Rev. 1 / IEEE 2883-2022"
INK = colors.HexColor("#1d2a3a")
RULE = colors.HexColor("#9aa6b2")
SHADE = colors.HexColor("#e9eef3")
FAILED = colors.HexColor("#a11d1d")


@dataclass(frozen=True)
class DriveEntry:
    """One drive on a certificate with its sanitization record (`record`: the stored
    values, see app/domain/sanitization.SanitizationRecord.as_values)."""

    asset_tag: str
    asset_name: str
    asset_model: str
    asset_serial: str
    make: str
    model: str
    serial: str
    kind: str
    capacity: str
    record: dict[str, Any]


@dataclass(frozen=True)
class CertificateDoc:
    number: str
    scope: str  # drive | asset | batch
    covers: str  # "Asset IT-7K3M00042 (Dell Latitude 5440), 2 drives"
    organisation: str
    issued_at: str  # "2026-11-24 10:12 UTC"
    issued_by: str
    device: str
    qr_payload: str
    drives: Sequence[DriveEntry]
    supersedes: str = ""  # the number of the certificate this one replaces
    reason: str = ""  # why it was reissued
    signer: str = ""  # subject of the signing certificate
    signer_fingerprint: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = _font(False), _font(True)
    return {
        "title": ParagraphStyle(
            "title", fontName=bold, fontSize=20, leading=24, textColor=INK, spaceAfter=2
        ),
        "org": ParagraphStyle("org", fontName=bold, fontSize=11.5, leading=14, textColor=INK),
        "h2": ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            textColor=INK,
            keepWithNext=1,
        ),
        "body": ParagraphStyle("body", fontName=regular, fontSize=8.8, leading=11.5),
        "small": ParagraphStyle(
            "small", fontName=regular, fontSize=7.2, leading=9, textColor=colors.HexColor("#555")
        ),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=7.8, leading=9.6),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=7.8, leading=9.6),
        "label": ParagraphStyle(
            "label", fontName=regular, fontSize=7, leading=9, textColor=colors.HexColor("#4a5563")
        ),
        "section": ParagraphStyle(
            "section", fontName=bold, fontSize=7.8, leading=9.6, textColor=INK
        ),
        "number": ParagraphStyle("number", fontName=bold, fontSize=10, leading=12, alignment=1),
    }


def _esc(text: object) -> str:
    return (
        printable(str(text))
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br/>")
    )


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector rectangles with its quiet zone (4 modules)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_array(payload)
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        n = int(self.matrix.shape[0])
        module = self.size / (n + 8)
        c = self.canv
        c.saveState()
        c.setFillColor(colors.white)
        c.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for x, y, w, h in rectangles(self.matrix):
            c.rect(
                (x + 4) * module, self.size - (y + h + 4) * module, w * module, h * module,
                stroke=0, fill=1,
            )  # fmt: skip
        c.restoreState()


def _numbered_canvas(number: str) -> type:
    def decorate(canvas: Any, page: int, total: int) -> None:
        width, _ = A4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(15 * mm, 12 * mm, width - 15 * mm, 12 * mm)
        canvas.setFont(_font(False), 7)
        canvas.setFillColor(colors.HexColor("#555"))
        canvas.drawString(15 * mm, 8 * mm, printable(f"Certificate of Sanitization {number}"))
        canvas.drawCentredString(width / 2, 8 * mm, STANDARDS)
        canvas.drawRightString(width - 15 * mm, 8 * mm, f"page {page} of {total}")

    return numbered_canvas(decorate)


def _fit(text: str, style: ParagraphStyle, width: float) -> Any:
    """A plain string when `text` fits on one line of the cell (drawn directly: ten times
    faster than a Paragraph, which matters for batch certificates), else a Paragraph that
    wraps. Plain cells get their font from the table's style commands (see `_fonts`)."""
    plain = printable(str(text))
    if "\n" not in plain and stringWidth(plain, style.fontName, style.fontSize) <= width - 6.5:
        return plain
    return Paragraph(_esc(text), style)


def _fonts(
    cols: tuple[int, ...], rows: tuple[int, int], style: ParagraphStyle
) -> list[tuple[Any, ...]]:
    """Table style commands giving plain-string cells the look of `style`."""
    out: list[tuple[Any, ...]] = []
    for c in cols:
        out.append(("FONT", (c, rows[0]), (c, rows[1]), style.fontName, style.fontSize,
                    style.leading))  # fmt: skip
        out.append(("TEXTCOLOR", (c, rows[0]), (c, rows[1]), style.textColor))
    return out


def _grid(
    rows: list[tuple[str, str, str, str]], lw: float, vw: float, st: dict[str, ParagraphStyle]
) -> list[list[Any]]:
    return [
        [_fit(a, st["label"], lw), _fit(b or "—", st["cell"], vw),
         _fit(c, st["label"], lw), _fit(d or ("—" if c else ""), st["cell"], vw)]
        for a, b, c, d in rows
    ]  # fmt: skip


def _when(value: Any) -> str:
    if value is None or value == "":
        return ""
    if hasattr(value, "strftime"):
        return str(value.strftime("%Y-%m-%d %H:%M"))
    return str(value)


def _result_text(r: dict[str, Any]) -> str:
    if r.get("result") == "passed":
        return "Destroyed" if r.get("method") == "destruct" else "Sanitized (passed)"
    return "FAILED: not sanitized"


def _short_result(r: dict[str, Any]) -> str:
    if r.get("result") != "passed":
        return "FAILED"
    return "Destroyed" if r.get("method") == "destruct" else "Sanitized"


def _drive_block(i: int, n: int, d: DriveEntry, width: float, st: dict[str, ParagraphStyle]) -> Any:
    r = d.record
    lw = 34 * mm
    vw = width / 2 - lw
    tool = " ".join(x for x in (r.get("tool", ""), r.get("tool_version", "")) if x)
    passes = r.get("passes")
    backed = label(str(r.get("backed_up", "unknown")))
    if r.get("backed_up") == "yes" and r.get("backup_location"):
        backed += f" ({r['backup_location']})"
    destination = label(str(r.get("destination", "")))
    if r.get("destination_details"):
        destination += f": {r['destination_details']}"
    verification = label(str(r.get("verification", "")))
    if r.get("verification_details"):
        verification += f" ({r['verification_details']})"
    media_type = label(d.kind)
    if d.capacity:
        media_type += f", {d.capacity}"
    asset = " ".join(x for x in (d.asset_tag, d.asset_name and f"({d.asset_name})") if x)
    sections: list[tuple[str, list[tuple[str, str, str, str]]]] = [
        ("Person performing sanitization", [
            ("Name", r.get("performer_name", ""), "Title", r.get("performer_title", "")),
            ("Organisation", r.get("performer_organisation", ""),
             "Location", r.get("performer_location", "")),
            ("Phone", r.get("performer_phone", ""), "", ""),
        ]),
        ("Media information", [
            ("Make / vendor", d.make, "Model", d.model),
            ("Serial number", d.serial, "Property number", r.get("property_number", "")),
            ("Media type", media_type, "Source", r.get("media_source", "") or asset),
            ("Classification", r.get("classification", ""), "Data backed up", backed),
        ]),
        ("Sanitization details", [
            ("Method type", label(str(r.get("method", ""))),
             "Technique", label(str(r.get("technique", "")))),
            ("Tool used (version)", tool, "Passes", "" if passes is None else str(passes)),
            ("Started", _when(r.get("started_at")), "Completed", _when(r.get("performed_at"))),
            ("Verification", verification,
             "Verification result", label(str(r.get("verification_result", "")))),
            ("Post-sanitization classification", r.get("post_classification", ""),
             "Destination", destination),
        ]),
    ]  # fmt: skip
    data: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        *_fonts((0, 2), (0, -1), st["label"]),
        *_fonts((1, 3), (0, -1), st["cell"]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    head = f"Medium {i} of {n}: {label(d.kind)} {d.make} {d.model}, S/N {d.serial}"
    data.append([_fit(head, st["cellb"], 2 * lw + vw), "", "", printable(_result_text(r))])
    result_color = INK if r.get("result") == "passed" else FAILED
    style += [("SPAN", (0, 0), (2, 0)), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
              *_fonts((0, 1, 2, 3), (0, 0), st["cellb"]), ("ALIGN", (3, 0), (3, 0), "RIGHT"),
              ("TEXTCOLOR", (3, 0), (3, 0), result_color)]  # fmt: skip
    if d.asset_tag:
        line = ", ".join(
            x for x in (d.asset_model, d.asset_serial and f"S/N {d.asset_serial}") if x
        )
        installed = f"{asset}{' - ' + line if line else ''}"
        data.append(["Installed in", _fit(installed, st["cell"], vw + lw + vw), "", ""])
        style.append(("SPAN", (1, len(data) - 1), (3, len(data) - 1)))
    for title, rows in sections:
        data.append([title, "", "", ""])
        row = len(data) - 1
        style += [("SPAN", (0, row), (-1, row)), ("LINEABOVE", (0, row), (-1, row), 0.4, RULE),
                  *_fonts((0,), (row, row), st["section"])]  # fmt: skip
        data += _grid(rows, lw, vw, st)
    for key, title in (("method_details", "Method details"), ("notes", "Notes")):
        if r.get(key):
            data.append([title, _fit(r[key], st["cell"], vw + lw + vw), "", ""])
            style.append(("SPAN", (1, len(data) - 1), (3, len(data) - 1)))
    # validation and handwritten signatures
    data.append(["Validation and signatures", "", "", ""])
    row = len(data) - 1
    style += [("SPAN", (0, row), (-1, row)), ("LINEABOVE", (0, row), (-1, row), 0.4, RULE),
              *_fonts((0,), (row, row), st["section"])]  # fmt: skip
    validator = r.get("validator_name", "")
    vline = ", ".join(
        x for x in (validator, r.get("validator_title", ""), r.get("validator_organisation", ""),
                    r.get("validator_location", ""), r.get("validator_phone", "")) if x
    )  # fmt: skip
    data += _grid(
        [("Validated by", vline or "not validated", "Validated on", _when(r.get("validated_at")))],
        lw, vw, st,
    )  # fmt: skip
    data.append(["Technician signature", "", "Validator signature", ""])
    row = len(data) - 1
    heights: list[float | None] = [None] * len(data)
    heights[row] = 11 * mm
    style += [("LINEBELOW", (1, row), (1, row), 0.6, colors.black),
              ("LINEBELOW", (3, row), (3, row), 0.6, colors.black),
              ("RIGHTPADDING", (1, row), (1, row), 6)]  # fmt: skip
    performer = r.get("performer_name", "")
    data.append(["", _fit(f"{performer}    date: ____________", st["label"], vw), "",
                 _fit(f"{validator}    date: ____________", st["label"], vw)])  # fmt: skip
    style += _fonts((1, 3), (row + 1, row + 1), st["label"])
    heights.append(None)
    table = Table(data, colWidths=[lw, vw, lw, vw], rowHeights=heights, style=TableStyle(style))
    return table


def _summary(drives: Sequence[DriveEntry], width: float, st: dict[str, ParagraphStyle]) -> Any:
    head = ["#", "Asset", "Media serial", "Type", "Method / technique", "Verification",
            "Completed", "Result"]  # fmt: skip
    widths = [7 * mm, 22 * mm, 28 * mm, 11 * mm, 44 * mm, 22 * mm, 27 * mm]
    widths.append(width - sum(widths))
    rows: list[list[Any]] = [[_fit(h, st["cellb"], w) for h, w in zip(head, widths, strict=True)]]
    for i, d in enumerate(drives, 1):
        r = d.record
        texts = [
            str(i), d.asset_tag, d.serial, label(d.kind),
            f"{label(str(r.get('method')))} / {label(str(r.get('technique')))}",
            f"{label(str(r.get('verification')))}: {label(str(r.get('verification_result')))}",
            _when(r.get("performed_at")), _short_result(r),
        ]  # fmt: skip
        rows.append([_fit(t, st["cell"], w) for t, w in zip(texts, widths, strict=True)])
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle([
            *_fonts(tuple(range(8)), (0, 0), st["cellb"]),
            *_fonts(tuple(range(8)), (1, -1), st["cell"]),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ])
    )  # fmt: skip
    return table


def render_certificate(doc_data: CertificateDoc) -> bytes:
    """The certificate as an unsigned PDF."""
    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
        bottomMargin=17 * mm, title=printable(f"Certificate of Sanitization {doc_data.number}"),
        author=printable(doc_data.organisation or "Fieldtag"), subject=STANDARDS,
        creator="Fieldtag",
    )  # fmt: skip
    width = doc.width
    qr_size = 30 * mm
    left: list[Any] = [
        Paragraph("Certificate of Sanitization", st["title"]),
        Paragraph(_esc(doc_data.organisation or "(organisation not set)"), st["org"]),
        Spacer(1, 2 * mm),
    ]
    facts = [
        ("Certificate number", doc_data.number),
        ("Covers", doc_data.covers),
        ("Issued", f"{doc_data.issued_at} by {doc_data.issued_by} (device {doc_data.device})"),
    ]
    if doc_data.supersedes:
        why = f": {doc_data.reason}" if doc_data.reason else ""
        facts.append(("Replaces", f"certificate {doc_data.supersedes}{why}"))
    fact_rows = [
        [Paragraph(_esc(k), st["label"]), Paragraph(_esc(v), st["cellb" if i == 0 else "cell"])]
        for i, (k, v) in enumerate(facts)
    ]
    left.append(
        Table(
            fact_rows,
            colWidths=[30 * mm, width - qr_size - 36 * mm],
            style=TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            ),
        )
    )
    right = [QrCode(doc_data.qr_payload, qr_size), Paragraph(_esc(doc_data.number), st["small"])]
    header = Table(
        [[left, right]], colWidths=[width - qr_size - 4 * mm, qr_size + 4 * mm],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                          ("LINEBELOW", (0, 0), (-1, -1), 1.2, INK),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]),
    )  # fmt: skip
    story: list[Any] = [header, Spacer(1, 3 * mm)]
    n = len(doc_data.drives)
    passed = sum(1 for d in doc_data.drives if d.record.get("result") == "passed")
    statement = (
        f"This certifies that the {n} storage medi{'um' if n == 1 else 'a'} listed below "
        f"{'was' if n == 1 else 'were'} sanitized as recorded here, following NIST SP 800-88 "
        "Rev. 1 (Guidelines for Media Sanitization) with the method types of IEEE 2883-2022 "
        "(Clear, Purge, Destruct). Each record gives the fields of NIST SP 800-88 Rev. 1 "
        "Appendix G. The document is digitally signed by the organisation; any change to it "
        "invalidates the signature."
    )
    story.append(Paragraph(_esc(statement), st["body"]))
    if n > 1:
        story.append(Paragraph(f"Summary: {passed} of {n} media sanitized", st["h2"]))
        story.append(_summary(doc_data.drives, width, st))
        story.append(Spacer(1, 2 * mm))
    heading = Paragraph("Sanitization records (NIST SP 800-88 Rev. 1 Appendix G)", st["h2"])
    for i, d in enumerate(doc_data.drives, 1):
        block = _drive_block(i, n, d, width, st)
        story += [KeepTogether([heading, block] if i == 1 else [block]), Spacer(1, 4 * mm)]
    signed = (
        f"Issued by {doc_data.issued_by} for {doc_data.organisation or 'the organisation'}. "
        "Digital signature: PAdES"
        + (f", {doc_data.signer}" if doc_data.signer else "")
        + (
            f", certificate SHA-256 {doc_data.signer_fingerprint}"
            if doc_data.signer_fingerprint
            else ""
        )
        + f". Verify with a PDF reader or `fieldtag certificate verify`. QR: {doc_data.qr_payload}"
    )
    story.append(Paragraph(_esc(signed), st["small"]))
    doc.build(story, canvasmaker=_numbered_canvas(doc_data.number))
    return out.getvalue()

"""What the printed documents share (count, checklist and management reports, certificates):
the house paragraph styles, a page footer, and a canvas that knows the page count, so a
footer can say "page N of M"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from app.printing.pdf import _font, printable

# draws a page's header/footer: (canvas, page number, number of pages)
Decorate = Callable[[Any, int, int], None]


def base_styles() -> dict[str, ParagraphStyle]:
    """title, h2, body, small (grey) and cell: the styles every report starts from."""
    regular, bold = _font(False), _font(True)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=4),
        "h2": ParagraphStyle(
            "h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9, leading=12),
        "small": ParagraphStyle(
            "small", fontName=regular, fontSize=7.5, leading=9.5, textColor=colors.grey
        ),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10),
    }


def numbered_canvas(decorate: Decorate) -> type:
    """A canvas class (for `doc.build(..., canvasmaker=...)`) that keeps the pages until
    the end and then calls `decorate(canvas, page, total)` on each before writing it."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                decorate(self, self._pageNumber, total)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def footer(text: str, page_width: float = A4[0]) -> Callable[[Any, Any], None]:
    """An `onPage` callback: `text` at the bottom left, "page N" at the bottom right."""
    line = printable(text)

    def on_page(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(_font(False), 7)
        canvas.setFillColor(colors.grey)
        canvas.drawString(15 * mm, 9 * mm, line)
        canvas.drawRightString(page_width - 15 * mm, 9 * mm, f"page {document.page}")
        canvas.restoreState()

    return on_page

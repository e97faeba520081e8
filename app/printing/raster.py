"""PDF pages as images (pypdfium2): the GUI preview, Qt printing and round-trip tests.

Pages are rendered at exactly `dpi`: one PDF point is dpi/72 pixels in both directions,
with the page's top-left corner on pixel (0, 0). (pypdfium2's `PdfPage.render` stretches
the page to a whole number of pixels, ~0.05 % off for a 62 mm label at 300 dpi, which
shifts bars snapped to the printer's dot grid by a fraction of a pixel and makes thin
bars uneven; printing that image would too.)

PDFium is not thread-safe, so every call holds one process-wide lock."""

from __future__ import annotations

import ctypes
import math
import threading

import numpy as np
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from app.domain.errors import ValidationError
from app.domain.text import QT_TRANSLATE_NOOP

_lock = threading.Lock()
MAX_PIXELS = 120_000_000  # per page: a Letter page at 1200 dpi is 135 MP
_WHITE = (255, 255, 255, 255)


def pdf_to_images(
    pdf: bytes, dpi: int, max_pages: int | None = None, *, first: int = 0
) -> list[np.ndarray]:
    """Every page of `pdf` (or `max_pages` of them from page index `first`) rendered at
    `dpi` as an 8-bit grayscale array (rows × columns, 255 = paper), ceil(page size × dpi
    / 72) pixels."""
    if not 10 <= dpi <= 2400:
        raise ValueError(f"dpi must be between 10 and 2400, got {dpi}")
    scale = dpi / 72.0
    out: list[np.ndarray] = []
    with _lock:
        try:
            doc = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise ValidationError.single(
                "PDF",
                QT_TRANSLATE_NOOP("printing.raster", "cannot be read: {error}").format(
                    error=str(exc)
                ),
            ) from None
        try:
            end = len(doc) if max_pages is None else min(len(doc), first + max_pages)
            for index in range(max(0, first), end):
                page = doc[index]
                try:
                    out.append(_render(page, scale, index))
                finally:
                    page.close()
        finally:
            doc.close()
    return out


def _render(page: pdfium.PdfPage, scale: float, index: int) -> np.ndarray:
    w_pt, h_pt = page.get_size()
    width, height = math.ceil(w_pt * scale - 1e-6), math.ceil(h_pt * scale - 1e-6)
    if width * height > MAX_PIXELS:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "printing.raster", "page {page} would be over {limit} megapixels; use a lower dpi"
            ).format(page=index + 1, limit=MAX_PIXELS // 1_000_000)
        )
    bitmap = pdfium.PdfBitmap.new_native(width, height, pdfium_c.FPDFBitmap_Gray)
    try:
        bitmap.fill_rect(_WHITE, 0, 0, width, height)
        matrix = pdfium_c.FS_MATRIX(scale, 0, 0, scale, 0, 0)
        clip = pdfium_c.FS_RECTF(0, 0, width, height)
        flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_GRAYSCALE
        pdfium_c.FPDF_RenderPageBitmapWithMatrix(
            bitmap, page, ctypes.byref(matrix), ctypes.byref(clip), flags
        )
        image = np.array(bitmap.to_numpy(), dtype=np.uint8, copy=True)
    finally:
        bitmap.close()
    if image.ndim == 3:
        image = image[:, :, 0].copy()
    return image

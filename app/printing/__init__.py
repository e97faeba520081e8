"""Labels (PDF, ZPL), printer output and, later, certificates and reports.

The label API in one place:

- `load_stocks()` / `StockCatalog` (stock.py): the label stocks;
- `render_pdf()` (pdf.py): labels as a PDF, for the print dialog or a file;
- `render_zpl()`, `send_raw()`, `PrinterError` (zpl.py): ZPL II for Zebra printers;
- `pdf_to_images()` (raster.py): PDF pages as grayscale arrays (preview, Qt printing);
- `qr_matrix()`, `datamatrix_matrix()`, `code128_modules()` (symbols.py).

The pure parts (stock geometry, label content and options, layout) are in
`app.domain.labels`.
"""

from __future__ import annotations

from app.printing.pdf import render_pdf
from app.printing.raster import pdf_to_images
from app.printing.stock import StockCatalog, load_stocks
from app.printing.symbols import code128_modules, datamatrix_matrix, qr_matrix
from app.printing.zpl import PrinterError, render_zpl, send_raw

__all__ = [
    "PrinterError",
    "StockCatalog",
    "code128_modules",
    "datamatrix_matrix",
    "load_stocks",
    "pdf_to_images",
    "qr_matrix",
    "render_pdf",
    "render_zpl",
    "send_raw",
]

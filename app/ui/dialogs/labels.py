"""Print labels: for assets (typed or scanned tags, or a search) or for fresh tags, on
any stock, with a live preview of exactly what prints (the PDF itself, rasterised).

Everything slow runs off the GUI thread: checking and rendering on the database lane,
sending to a Zebra printer on a thread of its own, and printing through Qt's print
dialog one page per turn of the event loop. A print is recorded in each asset's history
only after the file was written, the printer took the ZPL, or Qt handed the last page to
the print system.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, QSize, QSizeF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings, save_settings
from app.domain.labels import LabelOptions
from app.ui.i18n import translated
from app.ui.operations import DbLane, QueryOp, error_text, show_error
from app.ui.problems import problems_label
from app.ui.scan.handlers import mark_scan_target

if TYPE_CHECKING:
    import numpy as np

    from app.services.labels import LabelJob

PREVIEW_DPI = 150
PREVIEW_PAGES = 3
PREVIEW_DELAY_MS = 250
PRINT_DPI = 600


def _qimage(gray: np.ndarray) -> QImage:
    h, w = gray.shape[:2]
    return QImage(gray.data, w, h, gray.strides[0], QImage.Format.Format_Grayscale8).copy()


class _Sender(QObject):
    """Sends ZPL to a printer on a thread of its own and reports back."""

    done = Signal(str)  # the printer's address
    failed = Signal(object)  # the error

    def send(self, host: str, data: bytes) -> None:
        def work() -> None:
            from app.printing.zpl import send_raw

            try:
                send_raw(host, data=data)
            except Exception as exc:  # reported to the person, never raised on a thread
                self.failed.emit(exc)
                return
            self.done.emit(host)

        threading.Thread(target=work, name="fieldtag-zpl", daemon=True).start()


class LabelsDialog(QDialog):
    printed = Signal(int)  # labels recorded as printed

    def __init__(
        self,
        lane: DbLane,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        tags: tuple[str, ...] = (),
        query: str = "",
        new: int = 0,
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.settings = settings
        self.setWindowTitle(self.tr("Print labels"))
        self.setMinimumSize(980, 620)
        self.job: LabelJob | None = None
        self.pdf: bytes = b""
        self.page_images: list[QImage] = []
        self._generation = 0
        self._printing: list[QImage] = []
        self._sender = _Sender(self)
        self._sender.done.connect(self._sent)
        self._sender.failed.connect(self._send_failed)

        # what to label
        self.tags_radio = QRadioButton(self.tr("&Tags"), self)
        self.tags_edit = QLineEdit(" ".join(tags), self)
        self.tags_edit.setPlaceholderText(self.tr("IT-004211 IT-004212 … (type or scan them)"))
        self.tags_edit.setAccessibleName(self.tr("Tags to label"))
        mark_scan_target(self.tags_edit, append=True)
        self.query_radio = QRadioButton(self.tr("Assets &matching"), self)
        self.query_edit = QLineEdit(query, self)
        self.query_edit.setPlaceholderText(self.tr("a search, e.g. ThinkPad Berlin"))
        self.query_edit.setAccessibleName(self.tr("Search for assets to label"))
        self.new_radio = QRadioButton(self.tr("&New tags"), self)
        self.new_count = QSpinBox(self)
        self.new_count.setRange(1, 10_000)
        self.new_count.setValue(new or 30)
        self.new_count.setAccessibleName(self.tr("Number of new tags"))
        self.new_hint = QLabel(self)
        self.new_hint.setWordWrap(True)
        self.source_group = QButtonGroup(self)
        for button in (self.tags_radio, self.query_radio, self.new_radio):
            self.source_group.addButton(button)
        (self.new_radio if new else self.query_radio if query else self.tags_radio).setChecked(True)

        # how
        self.stock_combo = QComboBox(self)
        self.stock_combo.setAccessibleName(self.tr("Label stock"))
        self.stock_combo.setMinimumContentsLength(30)
        self.start_at = QSpinBox(self)
        self.start_at.setRange(1, 1)
        self.start_at.setAccessibleName(self.tr("Start at label position"))
        self.start_at.setToolTip(self.tr("On a partly used sheet: the first free position, "
                                         "counted left to right, top to bottom"))  # fmt: skip
        self.symbology = QComboBox(self)
        self.symbology.addItem(self.tr("QR code"), "QRCode")
        self.symbology.addItem(self.tr("DataMatrix"), "DataMatrix")
        self.code128 = QCheckBox(self.tr("Code128 barcode (for laser scanners)"), self)
        self.code128.setChecked(True)
        self.field_boxes: dict[str, QCheckBox] = {}
        fields_row = QHBoxLayout()
        names = (("model", self.tr("Model")), ("serial", self.tr("Serial")),
                 ("name", self.tr("Name")), ("location", self.tr("Location")))  # fmt: skip
        for name, text in names:
            box = QCheckBox(text, self)
            box.setChecked(name in ("model", "serial"))
            self.field_boxes[name] = box
            fields_row.addWidget(box)
        fields_row.addStretch(1)
        self.outlines = QCheckBox(self.tr("Draw label outlines (test print on plain paper)"), self)

        self.message = problems_label(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tags_radio, self.tags_edit)
        form.addRow(self.query_radio, self.query_edit)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_count)
        new_row.addWidget(self.new_hint, 1)
        form.addRow(self.new_radio, new_row)
        form.addRow(self.tr("&Stock"), self.stock_combo)
        form.addRow(self.tr("Start &at position"), self.start_at)
        form.addRow(self.tr("2D &code"), self.symbology)
        form.addRow("", self.code128)
        form.addRow(self.tr("Fields"), fields_row)
        form.addRow("", self.outlines)

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"), self)
        self.zpl_button = QPushButton(self.tr("Send to &Zebra…"), self)
        self.zpl_file_button = QPushButton(self.tr("Save Z&PL…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button.clicked.connect(self.print_labels)
        self.pdf_button.clicked.connect(lambda: self.save_file("pdf"))
        self.zpl_file_button.clicked.connect(lambda: self.save_file("zpl"))
        self.zpl_button.clicked.connect(self.send_to_zebra)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.pdf_button, self.zpl_button, self.zpl_file_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.message)
        left.addWidget(self.summary)
        left.addStretch(1)

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setStyleSheet("QLabel { background: #6b6f73; }")
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(True)
        self.page_spin = QSpinBox(self)
        self.page_spin.setRange(1, 1)
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.valueChanged.connect(self._show_page)
        self.pages_label = QLabel(self)
        right = QVBoxLayout()
        right.addWidget(self.preview_area, 1)
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.page_spin)
        pages_row.addWidget(self.pages_label, 1)
        right.addLayout(pages_row)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for edit in (self.tags_edit, self.query_edit):
            edit.textChanged.connect(self._changed)
        for spin in (self.new_count, self.start_at):
            spin.valueChanged.connect(self._changed)
        for combo in (self.stock_combo, self.symbology):
            combo.currentIndexChanged.connect(self._changed)
        for check in (self.code128, self.outlines, *self.field_boxes.values()):
            check.toggled.connect(self._changed)
        self.source_group.buttonToggled.connect(self._changed)
        self.stock_combo.currentIndexChanged.connect(self._stock_changed)
        self._set_ready(False)
        QueryOp(lane, self._load_stocks, success=self._stocks_loaded, owner=self).run()

    # ------------------------------------------------------------------------- stock

    @staticmethod
    def _load_stocks(_ctx: Any) -> Any:
        from app.services.labels import list_stocks

        return list_stocks()

    def _stocks_loaded(self, catalog: Any) -> None:
        self.catalog = catalog
        self.stock_combo.blockSignals(True)
        for stock in catalog:
            self.stock_combo.addItem(f"{stock.description}", stock.id)
        remembered = self.stock_combo.findData(self.settings.label_stock)
        self.stock_combo.setCurrentIndex(max(0, remembered))
        self.stock_combo.blockSignals(False)
        if catalog.problems:
            self.summary.setText(self.tr("Some stock files were not loaded:\n{0}").format(
                "\n".join(translated(p) for p in catalog.problems)))  # fmt: skip
        self._stock_changed()
        self.refresh()

    def current_stock(self) -> Any:
        stock_id = self.stock_combo.currentData()
        if stock_id is None or not hasattr(self, "catalog"):
            return None
        return self.catalog.stocks.get(stock_id)

    @Slot()
    def _stock_changed(self) -> None:
        stock = self.current_stock()
        if stock is None:
            return
        self.start_at.setRange(1, max(1, stock.per_page))
        self.start_at.setEnabled(stock.per_page > 1)

    # ------------------------------------------------------------------------- job

    def options(self) -> LabelOptions:
        fields = tuple(name for name, box in self.field_boxes.items() if box.isChecked())
        return LabelOptions(
            symbology=self.symbology.currentData(),
            code128=self.code128.isChecked(),
            fields=fields,
            outlines=self.outlines.isChecked(),
            logo=self.settings.label_logo.strip() or None,
        )

    def source(self) -> Any:
        from app.services.labels import LabelSource

        if self.new_radio.isChecked():
            return LabelSource(new=self.new_count.value())
        if self.query_radio.isChecked():
            return LabelSource(query=self.query_edit.text())
        return LabelSource(tags=tuple(self.tags_edit.text().replace(",", " ").split()))

    @Slot()
    def _changed(self, *_args: object) -> None:
        self._generation += 1  # a check or preview under way is outdated now
        self.job = None
        self._set_ready(False)
        self._timer.start()

    def _set_ready(self, ready: bool) -> None:
        stock = self.current_stock()
        zpl = bool(stock is not None and stock.zpl)
        self.print_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        self.zpl_button.setEnabled(ready and zpl)
        self.zpl_file_button.setEnabled(ready and zpl)

    @Slot()
    def refresh(self) -> None:
        """Check the job and render the preview on the lane (the newest request wins)."""
        stock = self.current_stock()
        if stock is None:
            return
        self._generation += 1
        generation = self._generation
        source, options, start = self.source(), self.options(), self.start_at.value()
        settings = self.settings

        def work(ctx: Any) -> tuple[Any, bytes, list[Any]]:
            from app.printing.raster import pdf_to_images
            from app.services.labels import LabelText, prepare_job, render_job

            job = prepare_job(ctx, source, stock.id, options=options,
                              text=LabelText.from_settings(settings), start_at=start,
                              catalog=self.catalog)  # fmt: skip
            pdf = render_job(job, "pdf")
            first = pdf_to_images(pdf, PREVIEW_DPI, max_pages=PREVIEW_PAGES)
            return job, pdf, first

        QueryOp(
            self.lane,
            work,
            success=lambda result: self._rendered(generation, *result),
            failure=lambda exc: self._refused(generation, exc),
            owner=self,
        ).run()

    def _rendered(self, generation: int, job: Any, pdf: bytes, images: list[Any]) -> None:
        if generation != self._generation:
            return
        self.job, self.pdf = job, pdf
        self.page_images = [_qimage(img) for img in images]
        self.message.hide()
        count = len(job.labels)
        text = self.tr("{0} labels on {1} page(s) of {2}.").format(count, job.pages, job.stock.id)
        if job.fresh and job.labels:
            fresh = self.tr("New tags {0} … {1}: taken from this device's sequence when you "
                            "print or save.")  # fmt: skip
            text += " " + fresh.format(job.tags[0], job.tags[-1])
        self.summary.setText(text)
        self.page_spin.setRange(1, max(1, min(job.pages, len(self.page_images))))
        more = job.pages - len(self.page_images)
        self.pages_label.setText(
            self.tr("of {0}").format(job.pages)
            + (
                self.tr(" (the preview shows the first {0})").format(len(self.page_images))
                if more > 0
                else ""
            )
        )
        self._show_page(self.page_spin.value())
        self._set_ready(count > 0)

    def _refused(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.job = None
        self.message.setText(error_text(exc))
        self.message.show()
        self.summary.clear()
        self.preview.clear()
        self._set_ready(False)

    @Slot(int)
    def _show_page(self, number: int) -> None:
        if not self.page_images:
            return
        image = self.page_images[min(number, len(self.page_images)) - 1]
        # the whole page, as large as the preview allows (a roll label is enlarged)
        room = self.preview_area.viewport().size() - QSize(12, 12)
        fitted = image.scaled(
            room,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(QPixmap.fromImage(fitted))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_page(self.page_spin.value())

    # ------------------------------------------------------------------------- output

    def _remember_stock(self) -> None:
        stock = self.current_stock()
        if stock is not None and stock.id != self.settings.label_stock:
            self.settings.label_stock = stock.id
            with contextlib.suppress(OSError):  # remembering the stock is a convenience
                save_settings(self.settings)

    def _status(self, text: str) -> None:
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)
        self.summary.setText(text)

    def save_file(self, fmt: str) -> None:
        job = self.job
        if job is None:
            return
        suffix = "pdf" if fmt == "pdf" else "zpl"
        filt = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("ZPL for Zebra printers (*.zpl)")
        path_text, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), f"labels-{job.stock.id}.{suffix}", filt
        )
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        self._remember_stock()

        def work(ctx: Any) -> Any:
            from app.services.labels import save_labels

            return save_labels(ctx, job, path)

        def done(saved: Any) -> None:
            self._status(self.tr("Saved {0} labels to {1}.").format(saved.count, saved.path))
            self.printed.emit(saved.count)
            if job.fresh:
                self.refresh()  # the next fresh tags

        def failed(exc: BaseException) -> None:
            show_error(self, exc, self.tr("Save labels"))

        QueryOp(self.lane, work, success=done, failure=failed, owner=self).run()

    def _issue_then(self, fmt: str, then: Any) -> None:
        """Take fresh tags if any, render the document and hand it to `then(job, data)`."""
        job = self.job
        if job is None:
            return
        self._set_ready(False)

        def work(ctx: Any) -> tuple[Any, bytes]:
            from app.services.labels import issue_and_render

            return issue_and_render(ctx, job, fmt)  # type: ignore[arg-type]

        def failed(exc: BaseException) -> None:
            self._set_ready(True)
            show_error(self, exc, self.tr("Print labels"))

        QueryOp(self.lane, work, success=lambda r: then(*r), failure=failed, owner=self).run()

    def _record(self, job: Any, output: str) -> None:
        def work(ctx: Any) -> int:
            from app.services.labels import record_printed

            return record_printed(ctx, job.tags, stock_id=job.stock.id, output=output)

        def done(_count: int) -> None:
            self._status(self.tr("{0} labels printed ({1}).").format(len(job.labels), output))
            self.printed.emit(len(job.labels))
            self.refresh()

        def failed(exc: BaseException) -> None:
            show_error(self, exc, self.tr("Print labels"))

        QueryOp(self.lane, work, success=done, failure=failed, owner=self).run()

    # Qt print dialog

    @Slot()
    def print_labels(self) -> None:
        if self.job is None:
            return
        self._remember_stock()
        self.printer = self.make_printer(self.job.stock, self.settings.printer)
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print labels"))
        dialog.accepted.connect(lambda: self._issue_then("pdf", self._rasterise_for_printer))
        dialog.open()  # type: ignore[call-arg]
        self.print_dialog = dialog

    @staticmethod
    def make_printer(stock: Any, name: str = "") -> QPrinter:
        """A printer whose paper is the stock's page (a sheet, or one label of a roll),
        printed edge to edge: the PDF already keeps the stock's margins. `name`: the
        printer chosen in Settings (the system's default when empty or no longer there)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if name and name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        printer.setFullPage(True)
        size = QSizeF(stock.page_width_mm, stock.page_height_mm)
        printer.setPageSize(QPageSize(size, QPageSize.Unit.Millimeter, stock.description))
        return printer

    def _rasterise_for_printer(self, job: Any, pdf: bytes) -> None:
        """Print page by page: the lane renders one page at the printer's resolution
        (a 600-dpi Letter page is 34 MB: a 34-page job is never held at once), the GUI
        thread paints it, then asks for the next."""
        painter = QPainter()
        if not painter.begin(self.printer):
            self._set_ready(True)
            show_error(self, RuntimeError(self.tr("The printer could not be started.")))
            return
        dpi = max(150, min(PRINT_DPI, self.printer.resolution()))

        def render(index: int) -> None:
            def work(_ctx: Any) -> QImage:
                from app.printing.raster import pdf_to_images

                (page,) = pdf_to_images(pdf, dpi, max_pages=1, first=index)
                return _qimage(page)

            QueryOp(self.lane, work, success=lambda image: paint(index, image),
                    failure=failed, owner=self).run()  # fmt: skip

        def paint(index: int, image: QImage) -> None:
            # at the page's true size (1 rendered pixel = 1/dpi inch), never stretched to
            # whatever paper the print dialog ended up with
            scale = self.printer.resolution() / dpi
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
            if index + 1 < job.pages:
                self.printer.newPage()
                render(index + 1)
                return
            if painter.end():
                self._record(job, self.printer.printerName() or self.printer.outputFileName())
            else:
                show_error(self, RuntimeError(self.tr("The print system refused the job.")))
            self._set_ready(True)

        def failed(exc: BaseException) -> None:
            self.printer.abort()
            painter.end()
            self._set_ready(True)
            show_error(self, exc, self.tr("Print labels"))

        render(0)

    # Zebra

    @Slot()
    def send_to_zebra(self) -> None:
        if self.job is None:
            return
        host, ok = QInputDialog.getText(
            self, self.tr("Send to Zebra printer"),
            self.tr("Printer address (host name or IP, optionally :port; raw port 9100):"),
            text=self.settings.zebra_host,
        )  # fmt: skip
        host = host.strip()
        if not ok or not host:
            return
        self.settings.zebra_host = host
        self._remember_stock()
        self._issue_then("zpl", lambda job, data: self._send(job, host, data))

    def _send(self, job: Any, host: str, data: bytes) -> None:
        self._sending = job
        self.summary.setText(self.tr("Sending to {0}…").format(host))
        self._sender.send(host, data)

    @Slot(str)
    def _sent(self, host: str) -> None:
        self._set_ready(True)
        self._record(self._sending, self.tr("Zebra printer {0}").format(host))

    @Slot(object)
    def _send_failed(self, exc: object) -> None:
        self._set_ready(True)
        error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        show_error(self, error, self.tr("Send to Zebra printer"))
        self.summary.setText(self.tr("Nothing was printed or recorded."))

"""The labels dialog: live preview, saving, Zebra printers, fresh tags, bad input."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import load_settings
from app.services import assets
from app.services.context import Context
from app.store.tables import Event
from app.ui.dialogs.labels import LabelsDialog
from app.ui.main_window import MainWindow
from app.ui.operations import DbLane
from tests.ui.asset_fixtures import lane, stocked

__all__ = ["lane", "stocked"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_dialog(qtbot: QtBot, lane: DbLane, **kw: Any) -> LabelsDialog:
    dialog = LabelsDialog(lane, load_settings(), **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_ready(qtbot: QtBot, dialog: LabelsDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.job is not None and dialog.pdf_button.isEnabled(), timeout=15_000
    )


def events(ctx: Context, kind: str) -> list[Event]:
    with ctx.reading() as session:
        return list(session.scalars(select(Event).where(Event.kind == kind)))


def test_preview_and_save_pdf_records_the_print(
    qtbot: QtBot, lane: DbLane, stocked: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, _ids = stocked
    dialog = open_dialog(qtbot, lane, tags=("LT-001", "MON-002"))
    wait_ready(qtbot, dialog)
    assert dialog.job is not None and dialog.job.tags == ("LT-001", "MON-002")
    assert dialog.page_images and not dialog.preview.pixmap().isNull()
    assert "2 labels" in dialog.summary.text()
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_file("pdf")
    qtbot.waitUntil(lambda: len(events(ctx, "label_printed")) == 2, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert load_settings().label_stock == dialog.current_stock().id  # remembered


def test_unknown_tags_are_listed_and_nothing_can_be_printed(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    dialog = open_dialog(qtbot, lane, tags=("LT-001", "NOPE-1", "NOPE-2"))
    qtbot.waitUntil(dialog.message.isVisible, timeout=15_000)
    assert "NOPE-1" in dialog.message.text() and "NOPE-2" in dialog.message.text()
    assert not dialog.print_button.isEnabled() and not dialog.pdf_button.isEnabled()
    dialog.tags_edit.setText("LT-001")  # corrected: the preview comes back
    wait_ready(qtbot, dialog)
    assert not dialog.message.isVisible()


def test_fresh_tags_are_taken_only_when_saved(
    qtbot: QtBot, lane: DbLane, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, lane, new=5)
    wait_ready(qtbot, dialog)
    assert dialog.job is not None and dialog.job.fresh and len(dialog.job.tags) == 5
    assert "New tags" in dialog.summary.text()
    assert events(ctx, "tags_issued") == []  # the preview takes nothing
    first = dialog.job.tags
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "new"), ""))
    dialog.save_file("pdf")
    # the tags are taken (committed) first, then the file is written: wait for both
    qtbot.waitUntil((tmp_path / "new.pdf").exists, timeout=10_000)
    assert len(events(ctx, "tags_issued")) == 1
    # the next preview shows the next tags: never the same tag twice
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.tags != first, timeout=10_000)
    assert not set(dialog.job.tags) & set(first)


class _Printer:
    """A raw-port (9100) printer on 127.0.0.1 that keeps what it receives."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.sock.settimeout(10)
        self.port = self.sock.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(10)
            while chunk := conn.recv(65536):
                self.received += chunk
        self.sock.close()


def _choose_stock(dialog: LabelsDialog, stock_id: str) -> None:
    index = dialog.stock_combo.findData(stock_id)
    assert index >= 0
    dialog.stock_combo.setCurrentIndex(index)


def test_send_to_a_zebra_printer(
    qtbot: QtBot, lane: DbLane, stocked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, _ids = stocked
    printer = _Printer()
    dialog = open_dialog(qtbot, lane, tags=("LT-001",))
    qtbot.waitUntil(lambda: dialog.stock_combo.count() > 0, timeout=10_000)
    _choose_stock(dialog, "zebra-4x2")
    wait_ready(qtbot, dialog)
    assert dialog.zpl_button.isEnabled()
    address = f"127.0.0.1:{printer.port}"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (address, True))
    dialog.send_to_zebra()
    qtbot.waitUntil(lambda: len(events(ctx, "label_printed")) == 1, timeout=10_000)
    printer.thread.join(5)
    assert printer.received.startswith(b"^XA") and b"LT-001" in printer.received


def test_an_unreachable_printer_is_an_error_and_nothing_is_recorded(
    qtbot: QtBot, lane: DbLane, stocked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, _ids = stocked
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = open_dialog(qtbot, lane, tags=("LT-001",))
    qtbot.waitUntil(lambda: dialog.stock_combo.count() > 0, timeout=10_000)
    _choose_stock(dialog, "zebra-2x1")
    wait_ready(qtbot, dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (f"127.0.0.1:{port}", True))
    dialog.send_to_zebra()
    box = qtbot.waitUntil(lambda: _message_box(dialog) is not None, timeout=10_000)
    box = _message_box(dialog)
    assert box is not None
    assert "Nothing was printed" in dialog.summary.text()
    assert events(ctx, "label_printed") == []
    box.close()


def _message_box(parent: Any) -> QMessageBox | None:
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1] if boxes else None


def test_scans_add_tags_to_the_list(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    window = MainWindow(lane, offer_demo=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    window.print_labels(("LT-001",))
    dialog = window.labels_dialog
    assert isinstance(dialog, LabelsDialog)
    dialog.tags_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tags_edit, timeout=5000)
    window.scan_dispatcher.submit("FT::MON-001", "wedge")
    window.scan_dispatcher.submit("LT-001", "wedge")  # already listed: not twice
    assert dialog.tags_edit.text() == "LT-001 MON-001"
    wait_ready(qtbot, dialog)
    assert dialog.job is not None and dialog.job.tags == ("LT-001", "MON-001")
    dialog.reject()


def test_the_asset_panel_prints_its_asset(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, _ids = stocked
    window = MainWindow(lane, offer_demo=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    target = assets.find_asset(ctx, "MON-003")
    assert target is not None
    window.open_asset(target.id)
    view = window.assets_page.asset_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.tag == "MON-003", timeout=5000)
    view.label_button.click()
    dialog = window.labels_dialog
    assert isinstance(dialog, LabelsDialog) and dialog.tags_edit.text() == "MON-003"
    wait_ready(qtbot, dialog)
    dialog.reject()


def test_printing_through_qt_records_after_the_last_page(
    qtbot: QtBot, lane: DbLane, stocked: Any, tmp_path: Path
) -> None:
    """The print path (the system dialog is skipped): pages rendered at the printer's
    resolution, painted one per event-loop turn, recorded once the printer finished."""
    from PySide6.QtPrintSupport import QPrinter

    ctx, _ids = stocked
    dialog = open_dialog(qtbot, lane, tags=("LT-001", "LT-002", "MON-001"))
    qtbot.waitUntil(lambda: dialog.stock_combo.count() > 0, timeout=10_000)
    _choose_stock(dialog, "brother-dk-22205-62mm")  # a roll: one label, one page each
    wait_ready(qtbot, dialog)
    assert dialog.job is not None and dialog.job.pages == 3
    printer = dialog.make_printer(dialog.job.stock)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.printer = printer
    dialog._issue_then("pdf", dialog._rasterise_for_printer)
    qtbot.waitUntil(lambda: len(events(ctx, "label_printed")) == 3, timeout=30_000)
    assert out.read_bytes().startswith(b"%PDF")
    from app.printing.raster import pdf_to_images
    from app.scan.decoder import FrameDecoder

    pages = pdf_to_images(out.read_bytes(), 200)
    assert len(pages) == 3  # printed page by page, in order
    # on paper the size of the label (62 × 29 mm at 200 dpi), not stretched onto Letter
    assert all(abs(p.shape[1] - 488) <= 3 and abs(p.shape[0] - 228) <= 3 for p in pages)
    tags = [[c.text for c in FrameDecoder().decode(p) if c.format == "Code128"] for p in pages]
    assert tags == [["LT-001"], ["LT-002"], ["MON-001"]]  # what the printer got still scans

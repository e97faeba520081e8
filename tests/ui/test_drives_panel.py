"""The Drives tab: add a drive (serial scanned or typed), record a sanitization with the
Appendix G form, import nwipe logs, issue the asset's certificate; the menu shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import certificates, drives
from app.services.assets import get_asset
from app.ui import drives_panel
from app.ui.drives_panel import DriveDialog, NwipeImportDialog, SanitizationDialog
from app.ui.main_window import MainWindow, page_index
from app.ui.operations import DbLane
from app.ui.scan.handlers import SCAN_TARGET
from tests.ui.asset_fixtures import lane
from tests.wipe_data import NWIPE, laptops

__all__ = ["lane"]


@pytest.fixture
def data(catalog_ctx: Any) -> tuple[Any, dict[str, Any]]:
    ctx, ids = catalog_ctx
    return ctx, laptops(ctx, ids)


def open_window(qtbot: QtBot, lane: DbLane) -> MainWindow:
    window = MainWindow(lane, offer_demo=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    return window


def open_asset(qtbot: QtBot, window: MainWindow, tag: str) -> Any:
    window.nav.setCurrentRow(page_index("Assets"))
    page = window.assets_page
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == tag)
    page.table.setFocus()
    page.table.setCurrentIndex(model.index(row, 0))
    view = page.ensure_asset_view()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return view


def test_add_drive_with_ctrl_shift_d(qtbot: QtBot, lane: DbLane, data: Any) -> None:
    ctx, ids = data
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "LT-3")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    panel = view.drives_panel
    assert view.tabs.currentWidget() is panel
    dialog = panel.dialog
    assert isinstance(dialog, DriveDialog)
    assert dialog.serial.property(SCAN_TARGET) is True
    qtbot.keyClicks(dialog.serial, "WD-NEW-0001")
    dialog.kind.setCurrentIndex(dialog.kind.findData("ssd"))
    qtbot.keyClicks(dialog.capacity, "what")
    dialog.save()
    assert "not a size" in dialog.message.text()
    dialog.capacity.setText("1 TB")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    drive = next(d for d in get_asset(ctx, ids["LT-3"]).drives if d.serial == "WD-NEW-0001")
    assert drive.kind == "ssd" and drive.capacity_bytes == 10**12
    qtbot.waitUntil(lambda: panel.drives.topLevelItemCount() == 2, timeout=10_000)
    # a serial that exists is refused in the dialog, nothing saved
    panel.add_drive()
    dialog2 = panel.dialog
    assert isinstance(dialog2, DriveDialog)
    dialog2.serial.setText("WD-NEW-0001")
    dialog2.save()
    qtbot.waitUntil(dialog2.message.isVisible, timeout=10_000)
    assert "already recorded for a drive in LT-3" in dialog2.message.text()


def test_record_sanitization_form(qtbot: QtBot, lane: DbLane, data: Any) -> None:
    ctx, ids = data
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "LT-3")
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    dialog = view.drives_panel.dialog
    assert isinstance(dialog, SanitizationDialog)
    assert dialog.performer_name.text() == window.settings.actor
    assert dialog.media_source.text() == "LT-3"
    # destruct with the overwrite technique is refused with the reason
    dialog.method.setCurrentIndex(dialog.method.findData("destruct"))
    assert dialog.technique.currentData() == "shred"
    dialog.technique.setCurrentIndex(dialog.technique.findData("overwrite"))
    dialog.validator_name.setText(dialog.performer_name.text())
    dialog.save()
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert "does not destroy" in dialog.message.text()
    assert "another person" in dialog.message.text()
    assert drives.sanitizations(ctx, ids["S3Z9NB0K123456"]) == []
    # a failed verification turns the result to failed
    dialog.method.setCurrentIndex(dialog.method.findData("purge"))
    dialog.technique.setCurrentIndex(dialog.technique.findData("crypto_erase"))
    dialog.verification_result.setCurrentIndex(dialog.verification_result.findData("failed"))
    assert dialog.result_box.currentData() == "failed"
    dialog.verification_result.setCurrentIndex(dialog.verification_result.findData("passed"))
    dialog.result_box.setCurrentIndex(dialog.result_box.findData("passed"))
    dialog.validator_name.setText("Ben Kohl")
    dialog.tool.setText("nvme-cli")
    dialog.tool_version.setText("2.8")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    [rec] = drives.sanitizations(ctx, ids["S3Z9NB0K123456"])
    assert rec.values["technique"] == "crypto_erase" and rec.values["validator_name"] == "Ben Kohl"
    assert rec.values["validated_at"] is not None and rec.values["tool_version"] == "2.8"
    panel = view.drives_panel
    qtbot.waitUntil(panel.cert_button.isEnabled, timeout=10_000)


def test_import_nwipe_dialog(qtbot: QtBot, lane: DbLane, data: Any, monkeypatch: Any) -> None:
    ctx, ids = data
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "LT-1")
    files = [NWIPE / "nwipe-0.35-truncated.log"]
    monkeypatch.setattr(drives_panel, "open_log_paths", lambda _w: files)
    view.drives_panel.import_button.click()
    dialog = view.drives_panel.dialog
    assert isinstance(dialog, NwipeImportDialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=10_000)
    assert not dialog.record.isEnabled() and dialog.record_some.isVisible()
    assert "1 drive(s) can be recorded, 1 cannot" in dialog.summary.text()
    texts = [dialog.table.topLevelItem(i).text(4) for i in range(2)]  # type: ignore[union-attr]
    assert any("truncated log" in t for t in texts)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.record_some.click()
    assert "Recorded 1 sanitization(s)" in dialog.summary.text()
    assert len(drives.sanitizations(ctx, ids["WD-WCC2EKR91234"])) == 1
    assert drives.sanitizations(ctx, ids["WL1A2B3C"]) == []


def test_issue_certificate_with_ctrl_shift_c(
    qtbot: QtBot, lane: DbLane, data: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    ctx, _ids = data
    drives.import_nwipe(ctx, [("l.log", (NWIPE / "nwipe-0.28-legacy.log").read_bytes())],
                        drives.Performer("Anna Berg"))  # fmt: skip
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "LT-2")
    panel = view.drives_panel
    qtbot.waitUntil(panel.cert_button.isEnabled, timeout=10_000)
    target = tmp_path / "cert.pdf"
    monkeypatch.setattr(drives_panel, "save_pdf_path", lambda _w, _name: target)
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: panel.last_issued is not None, timeout=20_000)
    issued = panel.last_issued
    assert issued is not None and target.read_bytes() == issued.pdf
    assert issued.info.number in panel.status.text()
    folder = certificates.signing_settings(window.settings).folder
    assert certificates.verify_certificate(target.read_bytes(), folder).valid
    # LT-3's drive has no record: no certificate for it
    view2 = open_asset(qtbot, window, "LT-3")
    assert not view2.drives_panel.cert_button.isEnabled()

"""Scanning in the main window: dispatch, opening assets, unknown tags, the camera panel,
camera failures and the settings dialog."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.config import load_settings, paths
from app.domain.tags import TagConfig
from app.scan.capture import CaptureError, FrameSource
from app.services import assets
from app.services.context import Context
from app.ui.main_window import ASSETS_PAGE, MainWindow, page_index
from app.ui.operations import DbLane
from app.ui.scan.camera import CameraConfig, CameraService
from app.ui.scan.dispatch import ScanDispatcher, ScanInput
from tests.ui.asset_fixtures import lane, stocked

__all__ = ["lane", "stocked"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_window(qtbot: QtBot, lane: DbLane) -> MainWindow:
    window = MainWindow(lane, offer_demo=False, charts=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: not window.assets_page.model.loading, timeout=10_000)
    return window


def shown_asset(window: MainWindow) -> str | None:
    view = window.assets_page.asset_view
    return None if view is None or not view.isVisible() else view.asset_id


def label_frame(text: str, size: tuple[int, int] = (640, 360)) -> np.ndarray:
    """A camera-like BGR frame with a QR code of `text` in it."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    img = np.array(code.to_image(scale=5))
    frame = np.full((size[1], size[0], 3), 170, np.uint8)
    y, x = 60, 120
    frame[y : y + img.shape[0], x : x + img.shape[1]] = img[:, :, None]
    return frame


class FakeSource(FrameSource):
    """A camera showing `frames`, then the last of them (at 30 fps); or, with
    `then_fail`, a camera unplugged after them."""

    live = True

    def __init__(self, frames: list[np.ndarray], then_fail: bool = False) -> None:
        self.frames = list(frames)
        self.last = self.frames[-1]
        self.then_fail = then_fail
        self.description = "fake camera"
        self.released = False

    def read(self) -> np.ndarray | None:
        time.sleep(1 / 30)
        if self.frames:
            return self.frames.pop(0)
        if self.then_fail:
            raise CaptureError("Camera 0 stopped delivering pictures (unplugged).")
        return self.last

    def release(self) -> None:
        self.released = True


class Recorder:
    def __init__(self, take: bool = True) -> None:
        self.scans: list[ScanInput] = []
        self.take = take

    def handle_scan(self, scan: ScanInput) -> bool:
        self.scans.append(scan)
        return self.take


# ------------------------------------------------------------------------------- dispatch


def test_dispatch_goes_to_the_newest_handler_that_takes_it(qtbot: QtBot) -> None:
    dispatcher = ScanDispatcher(TagConfig("ACME"))
    bottom, middle, top = Recorder(), Recorder(take=False), Recorder()
    for h in (bottom, middle, top):
        dispatcher.push(h)
    dispatcher.submit("FT:ACME:IT-1", "wedge")
    assert [s.read.tag for s in top.scans] == ["IT-1"] and not middle.scans and not bottom.scans
    dispatcher.remove(top)
    dispatcher.submit("IT-2", "camera", format="Code128")
    assert [s.text for s in middle.scans] == ["IT-2"]
    assert [s.text for s in bottom.scans] == ["IT-2"]  # middle passed it on
    dispatcher.push(bottom)  # pushing again moves it to the top
    dispatcher.submit("IT-3", "manual")
    assert [s.text for s in bottom.scans] == ["IT-2", "IT-3"] and len(middle.scans) == 1


def test_scan_opens_the_asset(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, _ids = stocked
    window = open_window(qtbot, lane)
    target = assets.find_asset(ctx, "MON-002")
    assert target is not None
    outcomes: list[tuple[str, str]] = []
    window.scan_dispatcher.outcome.connect(lambda _s, what, cue: outcomes.append((what, cue)))
    window.scan_dispatcher.submit("mon-002", "wedge")  # tags are case-insensitive
    qtbot.waitUntil(lambda: shown_asset(window) == target.id, timeout=5000)
    assert outcomes == [("opened MON-002", "ok")]
    assert window.beeper.played[-1] == "ok"


def test_scan_by_serial_and_by_payload(qtbot: QtBot, lane: DbLane, ctx: Context) -> None:
    a = assets.create_asset(ctx, {"tag": "IT-100", "serial": "5CG123XYZ", "status": "in_stock"})
    b = assets.create_asset(ctx, {"tag": "IT-101", "status": "in_stock"})
    window = open_window(qtbot, lane)
    window.scan_dispatcher.submit("5CG123XYZ", "camera", format="Code128")
    qtbot.waitUntil(lambda: shown_asset(window) == a.id, timeout=5000)
    window.scan_dispatcher.submit("FT::IT-101", "camera", format="QRCode")
    qtbot.waitUntil(lambda: shown_asset(window) == b.id, timeout=5000)


def test_unknown_tag_offers_to_create_it(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    window = open_window(qtbot, lane)
    window.scan_dispatcher.submit("NEW-777", "wedge")
    qtbot.waitUntil(lambda: window.asset_opener.question is not None, timeout=5000)
    box = window.asset_opener.question
    assert isinstance(box, QMessageBox)
    assert "NEW-777" in box.text()
    assert window.beeper.played[-1] == "unknown"
    create = next(b for b in box.buttons() if "Create" in b.text())
    create.click()
    dialog = qtbot.waitUntil(lambda: _edit_dialog(window) is not None, timeout=5000)
    dialog = _edit_dialog(window)
    assert dialog is not None
    tag_edit = dialog.inputs["tag"]
    assert isinstance(tag_edit, QLineEdit) and tag_edit.text() == "NEW-777"
    dialog.reject()


def _edit_dialog(window: MainWindow) -> Any:
    from app.ui.dialogs.asset_edit import AssetEditDialog

    found = window.findChildren(AssetEditDialog)
    return found[-1] if found else None


def test_foreign_label_is_refused_and_opens_nothing(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    window = open_window(qtbot, lane)
    window.scan_dispatcher.config = TagConfig("ACME")
    outcomes: list[str] = []
    window.scan_dispatcher.outcome.connect(lambda _s, what, cue: outcomes.append(cue))
    window.scan_dispatcher.submit("FT:OTHER:LT-001", "camera", format="QRCode")
    assert outcomes == ["refused"]
    assert "OTHER" in window.statusBar().currentMessage()
    assert shown_asset(window) is None
    window.scan_dispatcher.submit("\x00\x01binary", "camera", format="QRCode", binary=True)
    window.scan_dispatcher.submit("x" * 4000, "camera", format="QRCode")
    assert outcomes == ["refused", "refused", "refused"]
    assert shown_asset(window) is None


def test_serial_shared_by_two_assets_asks_which(qtbot: QtBot, lane: DbLane, ctx: Context) -> None:
    assets.create_asset(ctx, {"tag": "A-1", "serial": "DUP1", "status": "in_stock"})
    b = assets.create_asset(ctx, {"tag": "A-2", "serial": "DUP1", "status": "in_stock"})
    window = open_window(qtbot, lane)
    window.scan_dispatcher.submit("DUP1", "wedge")
    qtbot.waitUntil(lambda: window.asset_opener.chooser is not None, timeout=5000)
    chooser = window.asset_opener.chooser
    assert shown_asset(window) is None  # nothing opened by guessing
    from PySide6.QtWidgets import QListWidget

    choices = chooser.findChild(QListWidget)
    assert choices.count() == 2
    choices.setCurrentRow(1)
    from PySide6.QtWidgets import QDialogButtonBox

    chooser.findChild(QDialogButtonBox).accepted.emit()
    qtbot.waitUntil(lambda: shown_asset(window) == b.id, timeout=5000)


def test_scan_into_the_serial_field_fills_it(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    window = open_window(qtbot, lane)
    window.new_asset()
    dialog = _edit_dialog(window)
    assert dialog is not None
    serial = dialog.inputs["serial"]
    serial.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is serial, timeout=5000)
    window.scan_dispatcher.submit("5CG999", "wedge")
    assert serial.text() == "5CG999"
    # with the focus elsewhere in the dialog, a scan opens nothing behind it
    dialog.inputs["name"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.inputs["name"], timeout=5000)
    window.scan_dispatcher.submit("LT-001", "wedge")
    assert "dialog" in window.statusBar().currentMessage()
    assert shown_asset(window) is None
    dialog.reject()


# --------------------------------------------------------------------------- camera panel


def test_camera_scans_open_assets_and_boxes_are_drawn(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    ctx, _ids = stocked
    window = open_window(qtbot, lane)
    target = assets.find_asset(ctx, "LT-002")
    assert target is not None
    frames = [label_frame("FT::LT-002")] * 8  # the same label in consecutive frames
    window.settings.camera = "fake"
    window.toggle_scanner()
    panel = window.scanner_panel
    assert panel is not None and window.camera is not None
    window.camera.stop()
    window.camera.opener = lambda _spec, _res: FakeSource(frames)
    scans: list[ScanInput] = []
    window.scan_dispatcher.scanned.connect(scans.append)
    panel.set_camera_config(CameraConfig("fake"))
    panel.camera_button.setChecked(False)
    panel.camera_button.setChecked(True)
    qtbot.waitUntil(lambda: shown_asset(window) == target.id, timeout=10_000)
    qtbot.waitUntil(lambda: panel.preview.image is not None, timeout=5000)
    assert [s.read.tag for s in scans] == ["LT-002"]  # eight frames, one scan
    assert scans[0].source == "camera"
    assert panel.recent.count() == 1 and "LT-002" in panel.recent.item(0).text()
    qtbot.waitUntil(lambda: "opened LT-002" in panel.recent.item(0).text(), timeout=5000)
    window.scanner_dock.hide()  # hiding the panel releases the camera
    qtbot.waitUntil(lambda: not window.camera.running, timeout=5000)


def test_no_camera_shows_a_message_and_typing_still_works(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    ctx, _ids = stocked
    window = open_window(qtbot, lane)
    attempts: list[int] = []

    def opener(spec: str, _res: Any) -> FrameSource:
        attempts.append(1)
        if len(attempts) < 2:
            raise CaptureError("No camera 0 is connected. Plug in a camera.")
        return FakeSource([label_frame("FT::MON-001")] * 3)

    window.settings.camera = "0"
    window.toggle_scanner()
    panel = window.scanner_panel
    assert panel is not None and window.camera is not None
    window.camera.stop()
    window.camera.opener = opener
    panel.camera_button.setChecked(False)
    panel.camera_button.setChecked(True)
    qtbot.waitUntil(lambda: "No camera 0" in panel.preview.message, timeout=5000)
    assert "unavailable" in panel.state_label.text()
    # typing a tag works while the camera is away
    panel.entry.setText("LT-001")
    panel.submit_typed()
    lt1 = assets.find_asset(ctx, "LT-001")
    qtbot.waitUntil(lambda: shown_asset(window) == lt1.id, timeout=5000)
    # the camera comes back: picked up again without anyone doing anything
    mon = assets.find_asset(ctx, "MON-001")
    qtbot.waitUntil(lambda: shown_asset(window) == mon.id, timeout=10_000)
    assert len(attempts) >= 2


def test_camera_unplugged_mid_scan_is_reported_and_retried(qtbot: QtBot) -> None:
    from app.bootstrap import scan_pipeline

    opened: list[FakeSource] = []

    def opener(spec: str, _res: Any) -> FrameSource:
        src = FakeSource([label_frame("X-1")] * 2, then_fail=True)
        opened.append(src)
        return src

    service = CameraService(lambda: scan_pipeline(load_settings()), opener)
    states: list[tuple[str, str]] = []
    service.state_changed.connect(lambda st, msg: states.append((st, msg)))
    service.start(CameraConfig("0"))
    try:
        qtbot.waitUntil(lambda: len(opened) >= 2, timeout=10_000)
        assert ("error", "Camera 0 stopped delivering pictures (unplugged).") in states
        assert opened[0].released
    finally:
        service.stop()
    assert not service.running


def test_preview_scales_frames_for_the_widget(qtbot: QtBot) -> None:
    from app.ui.scan.camera import preview_image

    image = preview_image(np.zeros((720, 1280, 3), np.uint8), QSize(400, 300))
    assert (image.width(), image.height()) == (400, 225)
    gray = preview_image(np.zeros((10, 20), np.uint8), QSize(400, 300))
    assert (gray.width(), gray.height()) == (20, 10)  # never enlarged


def test_recorded_video_replays_through_the_panel(
    qtbot: QtBot, lane: DbLane, stocked: Any, tmp_path: Path
) -> None:
    """The camera setting may name a recording: the same capture code replays it."""
    ctx, _ids = stocked
    video = tmp_path / "labels.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 30, (640, 360))
    blank = np.full((360, 640, 3), 170, np.uint8)
    for frame in [blank] * 5 + [label_frame("FT::MON-003")] * 10 + [blank] * 5:
        writer.write(frame)
    writer.release()
    window = open_window(qtbot, lane)
    window.settings.camera = str(video)
    window.toggle_scanner()
    target = assets.find_asset(ctx, "MON-003")
    qtbot.waitUntil(lambda: shown_asset(window) == target.id, timeout=10_000)
    window.close()


# ------------------------------------------------------------------------------ settings


def test_settings_dialog_saves_and_applies(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    window = open_window(qtbot, lane)
    window.open_settings()
    dialog = window.settings_dialog
    dialog.org_code.setText("acme")
    dialog.wedge_gap.setValue(55)
    dialog.wedge_prefix.setText("]C0")
    dialog.save()
    saved = json.loads(paths().settings_file.read_text(encoding="utf-8"))
    assert saved["org_code"] == "ACME" and saved["wedge_max_gap_ms"] == 55
    assert window.scan_dispatcher.config.organisation == "ACME"
    assert load_settings().wedge_prefix == "]C0"


def test_settings_dialog_refuses_a_bad_organisation_code(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    window = open_window(qtbot, lane)
    before = paths().settings_file.read_text(encoding="utf-8")
    window.open_settings()
    dialog = window.settings_dialog
    dialog.org_code.setText("no spaces!")
    dialog.base_url.setText("ftp://x")
    dialog.save()
    assert dialog.isVisible() and not dialog.message.isHidden()
    assert "organisation code" in dialog.message.text() and "https://" in dialog.message.text()
    assert paths().settings_file.read_text(encoding="utf-8") == before  # nothing saved
    dialog.reject()


def test_usb_scanner_burst_opens_the_asset_from_any_page(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    ctx, _ids = stocked
    window = open_window(qtbot, lane)
    window.wedge.configure(enabled=True)
    window.show_page(page_index("Locations"))  # scans work on every page
    window.activateWindow()
    target = assets.find_asset(ctx, "MON-001")
    assert target is not None
    focus = QApplication.focusWidget() or window
    qtbot.keyClicks(focus, "MON-001")  # machine speed, as a scanner types
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_asset(window) == target.id, timeout=5000)
    assert window.pages.currentIndex() == ASSETS_PAGE

"""The scanner panel: live camera picture, camera state, manual tag entry and the last scans.

The camera runs only while the panel is shown (it is released for other programs when
the panel is closed). Whatever the camera does, typing a tag and pressing Enter works.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.scan.pipeline import Scan
from app.ui.scan.camera import CameraConfig, CameraService
from app.ui.scan.dispatch import ScanDispatcher, ScanInput
from app.ui.scan.preview import PreviewWidget
from app.ui.theme import text_style, tone

MAX_RECENT = 50
CUE_COLORS: dict[str, QColor] = {
    "ok": QColor(30, 132, 73),
    "unknown": QColor(154, 101, 0),
    "refused": QColor(176, 42, 30),
}


class ScannerPanel(QWidget):
    settings_requested = Signal()

    def __init__(
        self,
        dispatcher: ScanDispatcher,
        camera: CameraService,
        camera_config: CameraConfig | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dispatcher = dispatcher
        self.camera = camera
        self.camera_config = camera_config
        self._items: dict[int, QListWidgetItem] = {}

        self.state_label = QLabel(self)
        # long camera names and messages must not widen the dock: elided by the layout
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state_label.setAccessibleName(self.tr("Camera state"))
        self.fps_label = QLabel(self)
        self.fps_label.setAccessibleName(self.tr("Frames per second"))
        self.fps_label.setStyleSheet("color: palette(placeholder-text);")
        self.camera_button = QPushButton(self.tr("Camera on"), self)
        self.camera_button.setCheckable(True)
        self.camera_button.setChecked(camera_config is not None)
        self.camera_button.setToolTip(self.tr("Turn the camera on or off"))
        self.camera_button.toggled.connect(self._camera_toggled)
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.setToolTip(
            self.tr("Pick the camera, its resolution and how scans work")
        )
        self.settings_button.clicked.connect(self.settings_requested)

        self.preview = PreviewWidget(self)
        self.preview.painted.connect(camera.preview_shown)
        self.preview.resized.connect(camera.set_preview_size)

        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Type a tag or serial number, then Enter"))
        self.entry.setAccessibleName(self.tr("Tag or serial number"))
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self.submit_typed)
        self.go_button = QPushButton(self.tr("Find"), self)
        self.go_button.clicked.connect(self.submit_typed)

        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Last scans"))
        self.recent.setUniformItemSizes(True)
        self.recent.setAlternatingRowColors(True)
        self.recent.itemActivated.connect(self._rescan)
        self.recent.setToolTip(self.tr("Double-click a scan to handle it again"))

        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(self.fps_label)
        controls = QHBoxLayout()
        controls.addWidget(self.camera_button)
        controls.addWidget(self.settings_button)
        controls.addStretch(1)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.preview, 3)
        layout.addLayout(controls)
        layout.addLayout(entry_row)
        recent_label = QLabel(self.tr("Last scans"), self)
        recent_label.setBuddy(self.recent)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 2)

        camera.frame_ready.connect(self._frame)
        camera.codes_found.connect(self.preview.set_codes)
        camera.state_changed.connect(self._state)
        camera.scanned.connect(self._camera_scan)
        dispatcher.scanned.connect(self._scanned)
        dispatcher.outcome.connect(self._outcome)

        self._fps_timer = QTimer(self)
        self._fps_timer.setInterval(1000)
        self._fps_timer.timeout.connect(self._show_fps)
        self._update_idle_message()

    # -------------------------------------------------------------------------- camera

    def set_camera_config(self, config: CameraConfig | None) -> None:
        """Use another camera (or none); restarts the camera if it is running."""
        changed = config != self.camera_config
        self.camera_config = config
        if changed and self.camera.running:
            self.camera.stop()
            self._start_camera()
        elif not self.camera.running:
            self._update_idle_message()

    def _start_camera(self) -> None:
        if self.camera_config is None or not self.camera_button.isChecked():
            self._update_idle_message()
            return
        self.camera.start(self.camera_config)
        self.camera.set_preview_size(self.preview.size())
        self._fps_timer.start()

    def _stop_camera(self) -> None:
        self.camera.stop()
        self._fps_timer.stop()
        self.fps_label.clear()
        self._update_idle_message()

    def _update_idle_message(self) -> None:
        if self.camera_config is None:
            self.state_label.setText(self.tr("No camera chosen"))
            self.preview.set_message(
                self.tr("No camera is chosen. Pick one in Settings, or type tags below; "
                        "a USB scanner works anywhere in the app.")
            )  # fmt: skip
        elif not self.camera_button.isChecked():
            self.state_label.setText(self.tr("Camera off"))
            self.preview.set_message(self.tr("The camera is off."))

    @Slot(bool)
    def _camera_toggled(self, on: bool) -> None:
        self.camera_button.setText(self.tr("Camera on") if on else self.tr("Camera off"))
        if on and self.isVisible():
            self._start_camera()
        elif not on:
            self._stop_camera()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.camera.running:
            self._start_camera()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.camera.running:
            self._stop_camera()  # free the camera for other programs

    @Slot(QImage, QSize)
    def _frame(self, image: QImage, frame_size: QSize) -> None:
        self.preview.set_frame(image, frame_size)

    @Slot(str, str)
    def _state(self, state: str, message: str) -> None:
        self.state_label.setToolTip(message)
        if state == "live":
            self.state_label.setText(self.tr("Scanning: {0}").format(message))
            self.state_label.setStyleSheet(text_style("ok"))
        elif state == "opening":
            self.state_label.setText(message)
            if self.preview.image is None:
                self.preview.set_message(message)
        else:
            self.state_label.setText(self.tr("Camera unavailable; type tags below"))
            self.state_label.setStyleSheet(text_style("error"))
            self.preview.set_message(message)
            self.fps_label.clear()

    def _show_fps(self) -> None:
        fps = self.preview.fps
        self.fps_label.setText(self.tr("{0:.0f} fps").format(fps) if fps else "")

    # -------------------------------------------------------------------------- scans

    @Slot(object)
    def _camera_scan(self, scan: Scan) -> None:
        self.dispatcher.submit(
            scan.code.text, "camera", format=scan.code.format, binary=scan.code.binary
        )

    @Slot()
    def submit_typed(self) -> None:
        text = self.entry.text().strip()
        if not text:
            self.entry.setFocus()
            return
        self.entry.clear()
        self.dispatcher.submit(text, "manual")

    def _rescan(self, item: QListWidgetItem) -> None:
        text = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(text, str) and text:
            self.dispatcher.submit(text, "manual")

    @Slot(object)
    def _scanned(self, scan: ScanInput) -> None:
        self.preview.flash(scan.read.tag is not None or scan.read.serial is not None)
        shown = scan.read.tag or scan.text
        if len(shown) > 60:
            shown = shown[:57] + "…"
        how = {
            "camera": self.tr("camera"),
            "wedge": self.tr("scanner"),
            "manual": self.tr("typed"),
        }[scan.source]
        item = QListWidgetItem(f"{scan.at:%H:%M:%S}  {how}  {shown}")
        item.setData(Qt.ItemDataRole.UserRole, scan.text)
        item.setToolTip(scan.text if len(scan.text) <= 500 else scan.text[:500] + "…")
        self.recent.insertItem(0, item)
        self._items[scan.number] = item
        while self.recent.count() > MAX_RECENT:
            old = self.recent.takeItem(self.recent.count() - 1)
            self._items = {n: i for n, i in self._items.items() if i is not old}

    @Slot(object, str, str)
    def _outcome(self, scan: ScanInput, what: str, cue: str) -> None:
        item = self._items.get(scan.number)
        if item is None:
            return
        item.setText(f"{item.text().split('  —  ')[0]}  —  {what}")
        kind = {"ok": "ok", "unknown": "warning", "refused": "error"}.get(cue)
        item.setForeground(tone(kind) if kind else QColor())  # readable in every theme

"""The drives inside an asset, shown on the asset panel's Drives tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.domain.values import format_bytes
from app.services.dto import AssetDetail, DriveInfo
from app.ui.operations import DbLane


class DrivesPanel(QWidget):
    """The drives of the asset shown (make, model, serial, type, capacity, sanitization)."""

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.detail: AssetDetail | None = None
        self.drives = QTreeWidget()
        self.drives.setAccessibleName(self.tr("Drives"))
        self.drives.setRootIsDecorated(False)
        self.drives.setUniformRowHeights(True)
        self.drives.setHeaderLabels(
            [self.tr("Make"), self.tr("Model"), self.tr("Serial"), self.tr("Type"),
             self.tr("Capacity"), self.tr("Sanitization")]
        )  # fmt: skip
        for i, width in enumerate((80, 110, 120, 50, 70)):
            self.drives.header().resizeSection(i, width)
        self.no_drives = QLabel()
        self.no_drives.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_drives)
        layout.addWidget(self.drives, 1)

    def show_asset(self, d: AssetDetail) -> None:
        self.detail = d
        self.drives.clear()
        for drive in d.drives:
            self.drives.addTopLevelItem(self._drive_item(drive))
        if d.drives:
            self.no_drives.hide()
        else:
            self.no_drives.setText(
                self.tr("No drives recorded. This model holds storage media: record its "
                        "drives before the asset can be disposed of.")
                if d.holds_storage
                else self.tr("No drives recorded.")
            )  # fmt: skip
            self.no_drives.show()
        self.drives.setVisible(bool(d.drives))

    def _drive_item(self, drive: DriveInfo) -> QTreeWidgetItem:
        state = drive.last_result or self.tr("not sanitized")
        item = QTreeWidgetItem(
            [drive.make, drive.model, drive.serial, drive.kind.upper(),
             format_bytes(drive.capacity_bytes), state]
        )  # fmt: skip
        if not drive.sanitized:
            item.setForeground(5, Qt.GlobalColor.darkRed)
        return item

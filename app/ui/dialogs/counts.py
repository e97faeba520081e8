"""The dialogs of inventory counts: start a count, close it, save its report.

- `StartCountDialog`: pick the location (a filterable list of the location tree, loaded on
  the lane) and whether its sub-locations are counted too; emits `chosen(location_id,
  include_sub)`. The page starts the count.
- `CloseCountDialog`: says what closing will do (audit dates for N found, M marked missing
  if the box is ticked, with a warning, K moved here) before anything happens; emits
  `confirmed(mark_missing, move_unexpected)`.
- `CountReportDialog`: after closing, offers to save the report as PDF and CSV (written on
  the lane by the services).

The services are imported inside the lane functions: SQLAlchemy is not loaded at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.operations import DbLane, QueryOp, error_text
from app.ui.theme import box_style

if TYPE_CHECKING:
    from app.services.context import Context
    from app.services.dto import LocationInfo


def _list_locations(ctx: Context) -> list[LocationInfo]:
    from app.services.catalog import list_locations

    return list_locations(ctx)


class StartCountDialog(QDialog):
    """Which location to count, with or without its sub-locations."""

    chosen = Signal(str, bool)  # (location id, include sub-locations)
    loaded = Signal()  # the locations are listed

    def __init__(self, lane: DbLane, parent: QWidget | None = None, *, preselect: str = "") -> None:
        super().__init__(parent)
        self.lane = lane
        self.preselect = preselect
        self.setWindowTitle(self.tr("Start a count"))
        self.setMinimumSize(520, 480)

        intro = QLabel(
            self.tr(
                "Pick the shelf, room or site to count. The assets recorded there now are the "
                "expected list; scan everything you find."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter locations…"))
        self.filter.setAccessibleName(self.tr("Filter locations"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.locations = QListWidget()
        self.locations.setAccessibleName(self.tr("Locations"))
        self.locations.setAlternatingRowColors(True)
        self.locations.currentItemChanged.connect(lambda *_: self._update())
        self.locations.itemActivated.connect(lambda _item: self._accept())
        self.include_sub = QCheckBox(self.tr("Include &sub-locations (shelves, rooms below it)"))
        self.include_sub.setChecked(True)
        self.include_sub.toggled.connect(lambda _on: self._update())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Start count"))
        self.start_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.locations, 1)
        layout.addWidget(self.include_sub)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.filter.setFocus()
        self.filter.installEventFilter(self)
        QueryOp(
            lane,
            _list_locations,
            success=self._loaded,
            failure=self._load_failed,
            owner=self,
        ).run()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Up / Down in the filter field move in the list (the hands stay on the keys)."""
        from PySide6.QtCore import QEvent

        keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in keys:
            self.locations.event(event)
            return True
        return super().eventFilter(watched, event)

    def _loaded(self, infos: list[LocationInfo]) -> None:
        self.locations.clear()
        for info in infos:
            depth = info.path.count(" > ")
            text = "    " * depth + info.name
            if info.asset_count:
                text += self.tr("   ({0} assets)").format(info.asset_count)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.path)
            item.setData(Qt.ItemDataRole.UserRole + 2, info.asset_count)
            item.setToolTip(
                self.tr("{0} — {1} assets recorded here").format(info.path, info.asset_count)
            )
            self.locations.addItem(item)
            if info.id == self.preselect:
                self.locations.setCurrentItem(item)
        if not infos:
            self.summary.setText(
                self.tr("There are no locations yet: add them on the Locations page first.")
            )
        elif self.locations.currentItem() is None:
            self.locations.setCurrentRow(0)
        self._update()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("Could not load the locations: {0}").format(error_text(error)))

    @Slot(str)
    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first_visible: QListWidgetItem | None = None
        for row in range(self.locations.count()):
            item = self.locations.item(row)
            path = str(item.data(Qt.ItemDataRole.UserRole + 1)).casefold()
            hidden = bool(needle) and needle not in path
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.locations.currentItem()
        if (current is None or current.isHidden()) and first_visible is not None:
            self.locations.setCurrentItem(first_visible)
        self._update()

    def selected(self) -> tuple[str, str] | None:
        """(id, path) of the location picked, if any."""
        item = self.locations.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), str(
            item.data(Qt.ItemDataRole.UserRole + 1)
        )

    def _update(self) -> None:
        picked = self.selected()
        self.start_button.setEnabled(picked is not None)
        if picked is None:
            return
        where = (
            self.tr("{0} and everything below it")
            if self.include_sub.isChecked()
            else self.tr("{0} only (not the locations below it)")
        ).format(picked[1])
        self.summary.setText(self.tr("Count: {0}").format(where))

    @Slot()
    def _accept(self) -> None:
        picked = self.selected()
        if picked is None:
            return
        self.chosen.emit(picked[0], self.include_sub.isChecked())
        self.accept()


class CloseCountDialog(QDialog):
    """What closing the count will do, and the choice to mark the missing ones missing."""

    confirmed = Signal(bool, bool)  # (mark missing, move unexpected here)

    def __init__(
        self,
        location: str,
        *,
        found: int,
        missing: int,
        unexpected: int,
        to_move: int,
        unknown: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close count"))
        self.setMinimumWidth(520)
        self.setStyleSheet(box_style("error", "QLabel#warning"))
        title = QLabel(self.tr("Close the count of {0}?").format(location))
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        title.setWordWrap(True)

        audited = (
            self.tr("• {0} found and {1} unexpected assets: last audit set to today, the next "
                    "one moved on.").format(found, unexpected)
            if unexpected
            else self.tr("• {0} found: last audit set to today, the next one moved on.")
            .format(found)
        )  # fmt: skip
        self.found_label = QLabel(audited)
        self.found_label.setWordWrap(True)
        self.move_box = QCheckBox(
            self.tr("Move the {0} unexpected assets here (they are recorded elsewhere)")
            .format(to_move)
        )  # fmt: skip
        self.move_box.setChecked(True)
        self.move_box.setVisible(to_move > 0)
        self.mark_missing = QCheckBox(
            self.tr("Mark the {0} assets not found as missing").format(missing)
        )
        self.mark_missing.setVisible(missing > 0)
        self.warning = QLabel(
            self.tr(
                "Their status becomes “missing” (each with a note in its history). Only do this "
                "when the whole location was counted: an asset that is here but was not "
                "scanned would be reported missing."
            )
        )
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.mark_missing.toggled.connect(self.warning.setVisible)
        self.mark_missing.toggled.connect(lambda _on: self.adjustSize())
        self.unchanged = QLabel(
            self.tr("• {0} not found: they stay as they are (only listed in the report).")
            .format(missing)
        )  # fmt: skip
        self.unchanged.setWordWrap(True)
        self.unchanged.setVisible(missing > 0)
        self.mark_missing.toggled.connect(lambda on: self.unchanged.setVisible(not on))
        notes: list[str] = []
        if unknown:
            notes.append(
                self.tr("{0} unknown tags are listed in the report; no asset is created.").format(
                    unknown
                )
            )
        notes.append(self.tr("After closing, no more scans are taken for this count."))
        self.notes = QLabel("\n".join(notes))
        self.notes.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button.setText(self.tr("&Close count"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.found_label)
        layout.addWidget(self.unchanged)
        layout.addWidget(self.move_box)
        layout.addWidget(self.mark_missing)
        layout.addWidget(self.warning)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

    @Slot()
    def _accept(self) -> None:
        self.confirmed.emit(self.mark_missing.isChecked(), self.move_box.isChecked())
        self.accept()


class CountReportDialog(QDialog):
    """The count is closed: what happened, and the report as PDF or CSV."""

    saved = Signal(str)  # the path of a report written

    def __init__(
        self, lane: DbLane, count_id: str, summary: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.count_id = count_id
        self.name = name
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Count closed"))
        self.setMinimumWidth(480)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.status = QLabel(self.tr("Save the report for your records or the auditor:"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.csv_button = QPushButton(self.tr("Save &CSV…"))
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.pdf_button.setDefault(True)
        self.pdf_button.clicked.connect(lambda: self.ask_path("pdf"))
        self.csv_button.clicked.connect(lambda: self.ask_path("csv"))
        self.done_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(row)

    def ask_path(self, kind: str) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save the count report"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setNameFilter(
            self.tr("PDF documents (*.pdf)") if kind == "pdf" else self.tr("CSV files (*.csv)")
        )
        dialog.selectFile(f"{self.name}.{kind}")
        dialog.fileSelected.connect(lambda path: self.save(kind, path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save(self, kind: str, path: str) -> None:
        """Write the report (on the lane) to `path`."""
        count_id, target = self.count_id, Path(path)

        def write(ctx: Context) -> str:
            from app.services import counts

            if kind == "pdf":
                counts.report_pdf(ctx, count_id, target)
            else:
                counts.report_csv(ctx, count_id, target)
            return str(target)

        self.status.setText(self.tr("Writing {0}…").format(target.name))
        QueryOp(self.lane, write, success=self._saved, failure=self._failed, owner=self).run()

    def _saved(self, path: str) -> None:
        self.status.setText(self.tr("Saved: {0}").format(path))
        self.saved.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The report was not saved: {0}").format(error_text(error)))

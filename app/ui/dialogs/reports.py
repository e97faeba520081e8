"""File > Reports… (Ctrl+R): choose a report and a format, then save it. The report is
read and written on the database lane; the dialog stays usable meanwhile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.ui.operations import DbLane, QueryOp, error_text

if TYPE_CHECKING:
    from app.services.context import Context

REPORTS = (
    ("inventory", "Inventory by location",
     "Every location with its assets by state and their purchase cost."),
    ("warranty", "Warranty and end-of-life forecast",
     "The next 8 quarters: warranties ending, assets reaching end of life and what replacing "
     "them costs, by category."),
    ("disposals", "Disposal register",
     "Every certificate of sanitization issued: number, date, scope, assets and drives, "
     "technician, superseded."),
    ("counts", "Count history",
     "Every inventory count: where, who, when, expected, found, missing, unexpected."),
)  # fmt: skip


class ReportsDialog(QDialog):
    """Choose a report and PDF or CSV, then Save…"""

    saved = Signal(str)  # the path written

    def __init__(
        self,
        lane: DbLane,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        report: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.settings = settings
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Reports"))
        self.setMinimumWidth(560)

        box = QGroupBox(self.tr("Report"), self)
        box_layout = QVBoxLayout(box)
        self.report_group = QButtonGroup(self)
        self.report_buttons: dict[str, QRadioButton] = {}
        for key, title, description in REPORTS:
            radio = QRadioButton(self.tr(title), box)
            radio.setAccessibleDescription(self.tr(description))
            note = QLabel(self.tr(description), box)
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 6)
            font = note.font()
            font.setPointSizeF(font.pointSizeF() * 0.92)
            note.setFont(font)
            note.setBuddy(radio)
            box_layout.addWidget(radio)
            box_layout.addWidget(note)
            self.report_group.addButton(radio)
            self.report_buttons[key] = radio
        self.report_buttons[report if report in self.report_buttons else "inventory"].setChecked(
            True
        )

        self.pdf_radio = QRadioButton(self.tr("PDF (to print or send)"), self)
        self.csv_radio = QRadioButton(self.tr("CSV (for a spreadsheet)"), self)
        self.pdf_radio.setChecked(True)
        fmt_row = QHBoxLayout()
        fmt_row.addWidget(QLabel(self.tr("Format:"), self))
        fmt_row.addWidget(self.pdf_radio)
        fmt_row.addWidget(self.csv_radio)
        fmt_row.addStretch(1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.ask_path)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(fmt_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def chosen(self) -> str:
        for key, radio in self.report_buttons.items():
            if radio.isChecked():
                return key
        return "inventory"

    def chosen_format(self) -> str:
        return "csv" if self.csv_radio.isChecked() else "pdf"

    def ask_path(self) -> QFileDialog:
        kind, fmt = self.chosen(), self.chosen_format()
        dialog = QFileDialog(self, self.tr("Save the report"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.setNameFilter(
            self.tr("PDF documents (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)")
        )
        dialog.selectFile(f"fieldtag-{kind}-{dt.date.today():%Y-%m-%d}.{fmt}")
        dialog.fileSelected.connect(self.save)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save(self, path: str, kind: str | None = None) -> None:
        """Write the chosen report to `path` (on the lane); .pdf or .csv by its name."""
        kind = kind or self.chosen()
        target = Path(path)
        currency = self.settings.currency or "EUR"
        organisation = self.settings.organisation

        def write(ctx: Context) -> str:
            from app.services.reports import save_report

            save_report(ctx, kind, target, currency=currency, organisation=organisation)
            return str(target)

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Writing {0}…").format(target.name))
        QueryOp(self.lane, write, success=self._saved, failure=self._failed, owner=self).run()

    def _saved(self, path: str) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved: {0}").format(path))
        self.saved.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("The report was not saved: {0}").format(error_text(error)))

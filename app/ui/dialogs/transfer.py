"""Importing assets from a CSV file (a wizard) and exporting them to CSV or JSON.

The import wizard: choose a file -> map its columns to fields (pre-filled from the headers;
Snipe-IT's are known) -> check every row (a dry run on the database lane: either "N rows
ready" or every bad row with its line and reason, nothing imported) -> import (one
transaction) -> the summary. The file preview is read on the GUI thread (at most 64 KiB
and the first rows); everything touching the database runs on the lane.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.errors import FieldtagError, ValidationError
from app.domain.importing import CUSTOM_PREFIX, IMPORT_FIELDS, check_mapping
from app.services import transfer
from app.services.filters import AssetFilter
from app.services.transfer import CsvPreview, ImportResult
from app.ui.i18n import problem_text, translated
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text, show_error
from app.ui.theme import text_style

CSV_FILTER = "CSV files (*.csv *.txt);;All files (*)"
IGNORE = ""


def _problem_lines(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(p) for p in error.problems)
    return error_text(error)


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose a CSV file"))
        self.setSubTitle(
            self.tr("Columns exported by Snipe-IT and by Fieldtag are recognised; other "
                    "columns can be mapped in the next step.")
        )  # fmt: skip
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("CSV file"))
        self.path_edit.setPlaceholderText(self.tr("Path of the CSV file"))
        self.path_edit.textChanged.connect(self._changed)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self.choose_file)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path_edit)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    @Slot()
    def choose_file(self) -> None:
        path, _selected = QFileDialog.getOpenFileName(
            self, self.tr("Import assets from CSV"), self.path_edit.text(), self.tr(CSV_FILTER)
        )
        if path:
            self.path_edit.setText(path)

    @Slot(str)
    def _changed(self, _text: str) -> None:
        self.error.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).expanduser().is_file()

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        try:
            preview = transfer.preview_csv(path)
        except FieldtagError as exc:
            self.error.setText(
                self.tr("This file cannot be imported:") + "\n" + _problem_lines(exc)
            )
            return False
        self.owner.set_preview(preview)
        return True


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the columns to fields"))
        self.setSubTitle(
            self.tr("Choose the field each column fills, or ignore it. One column must hold "
                    "the asset tag.")
        )  # fmt: skip
        self.combos: dict[str, QComboBox] = {}
        self.form_host = QWidget(self)
        self.form = QGridLayout(self.form_host)
        self.sample = QTableWidget(self)
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setAccessibleName(self.tr("First rows of the file"))
        self.sample.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style("error"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.form_host)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("First rows:"), self))
        layout.addWidget(self.sample, 1)

    def initializePage(self) -> None:
        preview = self.owner.preview
        assert preview is not None
        for combo in self.combos.values():
            combo.deleteLater()
        while self.form.count():
            item = self.form.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        self.info.setText(
            self.tr("{0}: {1}, separated by {2}.").format(
                preview.path.name, preview.encoding.upper(), _delimiter_name(self, preview)
            )
        )
        for row, column in enumerate(preview.columns):
            label = QLabel(column or self.tr("(column {0} without a header)").format(row + 1))
            combo = QComboBox(self.form_host)
            combo.setAccessibleName(self.tr("Field for column {0}").format(column))
            combo.addItem(self.tr("— ignore this column —"), IGNORE)
            for name, text in IMPORT_FIELDS.items():
                if not name.startswith(CUSTOM_PREFIX):
                    combo.addItem(self.tr(text), name)
            custom = f"{CUSTOM_PREFIX}{column}" if column else ""
            if custom:
                combo.addItem(self.tr("Custom field “{0}”").format(column), custom)
            suggested = preview.mapping.get(column, IGNORE)
            if suggested and combo.findData(suggested) < 0:
                combo.addItem(suggested, suggested)
            combo.setCurrentIndex(max(0, combo.findData(suggested)))
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            self.form.addWidget(label, row, 0)
            self.form.addWidget(combo, row, 1)
            if column in preview.unknown:
                note = QLabel(self.tr("not recognised"), self.form_host)
                note.setStyleSheet(text_style("warning"))
                self.form.addWidget(note, row, 2)
            self.combos[column] = combo
        self.sample.clear()
        self.sample.setColumnCount(len(preview.columns))
        self.sample.setHorizontalHeaderLabels(preview.columns)
        self.sample.setRowCount(len(preview.rows))
        for r, record in enumerate(preview.rows):
            for c, text in enumerate(record[: len(preview.columns)]):
                shown = text if len(text) <= 200 else text[:199] + "…"
                self.sample.setItem(r, c, QTableWidgetItem(shown))
        self._changed()
        first = next(iter(self.combos.values()), None)
        if first is not None:
            first.setFocus()

    def mapping(self) -> dict[str, str]:
        return {column: str(combo.currentData() or "") for column, combo in self.combos.items()}

    @Slot()
    def _changed(self, *_args: object) -> None:
        preview = self.owner.preview
        columns = preview.columns if preview else []
        problems = check_mapping(columns, self.mapping())
        self.message.setText("\n".join(translated(p.message) for p in problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.owner.preview
        return preview is not None and not check_mapping(preview.columns, self.mapping())


def _delimiter_name(page: QWizardPage, preview: CsvPreview) -> str:
    return {
        ",": QCoreApplication.translate("ImportWizard", "commas"),
        ";": QCoreApplication.translate("ImportWizard", "semicolons"),
        "\t": QCoreApplication.translate("ImportWizard", "tabs"),
    }.get(preview.delimiter, repr(preview.delimiter))


class _CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check every row"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Rows that cannot be imported"))
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.hide()
        self.again = QPushButton(self.tr("Check &again"), self)
        self.again.clicked.connect(self.run_check)
        self.again.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        self.ready: ImportResult | None = None
        self.checking = False

    def initializePage(self) -> None:
        self.run_check()

    @Slot()
    def run_check(self) -> None:
        path, mapping = self.owner.source_path(), self.owner.mapping()
        self.ready = None
        self.checking = True
        self.problems.hide()
        self.again.hide()
        self.status.setText(self.tr("Checking {0}…").format(path.name))
        self.completeChanged.emit()
        QueryOp(
            self.owner.lane,
            lambda ctx: transfer.import_csv(ctx, path, mapping=mapping, dry_run=True),
            success=self._checked,
            failure=self._refused,
            owner=self,
        ).run()

    def _checked(self, result: ImportResult) -> None:
        self.checking = False
        self.ready = result
        self.status.setText(
            self.tr("{0} rows are ready to import. Nothing has been imported yet: choose "
                    "Import to import them.").format(f"{result.rows:,}")
        )  # fmt: skip
        self.completeChanged.emit()
        self.owner.checked.emit(result)

    def _refused(self, error: BaseException) -> None:
        self.checking = False
        self.ready = None
        if isinstance(error, ValidationError):
            rows = {p.line for p in error.problems if p.line is not None}
            self.status.setText(
                self.tr("Nothing was imported: {0} problem(s) in {1} row(s). Correct the file "
                        "(or the column mapping) and check again.").format(
                    len(error.problems), len(rows)
                )
            )  # fmt: skip
        else:
            self.status.setText(self.tr("Nothing was imported: the file cannot be read."))
        self.problems.setPlainText(_problem_lines(error))
        self.problems.show()
        self.again.show()
        self.completeChanged.emit()
        self.owner.refused.emit(error)

    def isComplete(self) -> bool:
        return self.ready is not None and not self.checking


class _DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        self.result: ImportResult | None = None
        self.failed = False

    def initializePage(self) -> None:
        path, mapping = self.owner.source_path(), self.owner.mapping()
        self.result = None
        self.failed = False
        self.status.setText(self.tr("Importing {0}…").format(path.name))
        CollectionOp(
            self.owner.lane,
            lambda ctx: transfer.import_csv(ctx, path, mapping=mapping),
            success=self._done,
            failure=self._failed,
            owner=self,
            label="import",
        ).run()

    def _done(self, result: ImportResult) -> None:
        self.result = result
        text = result.summary()
        self.status.setText(text[:1].upper() + text[1:] + ".")
        self.completeChanged.emit()
        self.owner.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.failed = True
        self.status.setText(self.tr("Nothing was imported."))
        self.details.setPlainText(_problem_lines(error))
        self.details.show()
        self.completeChanged.emit()
        self.owner.refused.emit(error)

    def isComplete(self) -> bool:
        return self.result is not None or self.failed


class ImportWizard(QWizard):
    """Import assets from a CSV file. All database work runs on `lane`; the import is a
    `CollectionOp`, so views showing assets reload when it succeeds."""

    checked = Signal(object)  # ImportResult of the dry run
    refused = Signal(object)  # the error (ValidationError lists every bad row)
    imported = Signal(object)  # ImportResult

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.preview: CsvPreview | None = None
        self.setWindowTitle(self.tr("Import assets from CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 480)
        self.file_page = _FilePage(self)
        self.mapping_page = _MappingPage(self)
        self.check_page = _CheckPage(self)
        self.done_page = _DonePage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)

    def set_preview(self, preview: CsvPreview) -> None:
        self.preview = preview

    def source_path(self) -> Path:
        assert self.preview is not None
        return self.preview.path

    def mapping(self) -> dict[str, str]:
        return self.mapping_page.mapping()

    def set_path(self, path: Path | str) -> None:
        """Fill in the file (tests, drag and drop, a recent-files menu)."""
        self.file_page.path_edit.setText(str(path))


# ------------------------------------------------------------------------------ exporting


def export_assets_interactive(parent: QWidget, lane: DbLane, flt: AssetFilter) -> None:
    """Ask where to save (CSV or JSON, by the name or the chosen filter), export the assets
    matching `flt` on the lane, then say how many were written (or what went wrong)."""
    title = QCoreApplication.translate("ImportWizard", "Export assets")
    default = f"fieldtag-assets-{dt.date.today().isoformat()}.csv"
    csv_filter = QCoreApplication.translate(
        "ImportWizard", "CSV for Excel and other spreadsheets (*.csv)"
    )
    json_filter = QCoreApplication.translate("ImportWizard", "JSON (*.json)")
    path_text, chosen = QFileDialog.getSaveFileName(
        parent, title, default, f"{csv_filter};;{json_filter}"
    )
    if not path_text:
        return
    path = Path(path_text)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in {"csv", "json"}:
        fmt = "json" if chosen == json_filter else "csv"
        path = path.with_name(f"{path.name}.{fmt}")
    window = parent.window()

    def done(count: int) -> None:
        text = QCoreApplication.translate("ImportWizard", "Exported {0} assets to {1}.").format(
            f"{count:,}", str(path)
        )
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.setObjectName("export-done")
        box.open()

    def failed(error: BaseException) -> None:
        show_error(parent, error, title)

    QueryOp(
        lane,
        lambda ctx: transfer.export_assets(ctx, path, fmt, flt),
        success=done,
        failure=failed,
        owner=parent,
    ).run()


__all__ = ["ImportWizard", "export_assets_interactive"]

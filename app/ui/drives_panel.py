"""The drives inside an asset, shown on the asset panel's Drives tab: add a drive
(Ctrl+Shift+D, the serial field takes scans), record a sanitization with the full NIST SP
800-88 Appendix G form (Ctrl+Shift+W), import nwipe logs, issue the asset's certificate of
sanitization (Ctrl+Shift+C). All database work and signing run on the DB lane."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings, load_settings
from app.domain.errors import ValidationError
from app.domain.sanitization import (
    DRIVE_KINDS,
    BackedUp,
    Destination,
    Method,
    Result,
    Technique,
    Verification,
    VerificationResult,
    label,
    parse_capacity,
)
from app.domain.values import ValueProblem, format_bytes
from app.services.dto import AssetDetail, DriveInfo
from app.ui.i18n import translated
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text, show_error
from app.ui.problems import problems_label
from app.ui.scan.handlers import mark_scan_target

if TYPE_CHECKING:  # the services (SQLAlchemy, reportlab, pyHanko) load on first use
    from app.services import certificates, drives

SHORTCUT_DRIVE = "Ctrl+Shift+D"
SHORTCUT_WIPE = "Ctrl+Shift+W"
SHORTCUT_CERT = "Ctrl+Shift+C"


def settings_of(widget: QWidget) -> Settings:
    """The settings the main window holds (fresh from the file when there is none)."""
    found = getattr(widget.window(), "settings", None)
    return found if isinstance(found, Settings) else load_settings()


def performer_of(s: Settings) -> drives.Performer:
    from app.services import drives

    return drives.Performer(
        s.actor, s.performer_title, s.performer_organisation, s.performer_location,
        s.performer_phone,
    )  # fmt: skip


class Progress(QObject):
    """Carries progress from the lane's thread to a progress dialog (queued signal)."""

    step = Signal(int, int, str)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.step.connect(self._show)

    def report(self, done: int, total: int, text: str) -> None:  # called on the lane
        self.step.emit(done, total, text)

    @Slot(int, int, str)
    def _show(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.dialog.setLabelText(text)


def progress_dialog(parent: QWidget, title: str) -> tuple[QProgressDialog, Progress]:
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog, Progress(dialog)


def save_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a PDF (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DrivesPanel", "Save certificate"),
        suggested,
        QCoreApplication.translate("DrivesPanel", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


def open_log_paths(parent: QWidget) -> list[Path]:
    """Ask for nwipe log files (tests replace this function)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("DrivesPanel", "Import nwipe logs"),
        "",
        QCoreApplication.translate("DrivesPanel", "nwipe logs (*.log *.txt);;All (*)"),
    )
    return [Path(n) for n in names]


def write_file(path: Path, data: bytes) -> Path:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


# ---------------------------------------------------------------------------- dialogs


class DriveDialog(QDialog):
    """Add a drive to the asset: serial (typed or scanned), type, make, model, capacity."""

    saved = Signal(object)  # DriveInfo

    def __init__(self, lane: DbLane, asset_id: str, tag: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lane, self.asset_id = lane, asset_id
        self.setWindowTitle(self.tr("Add a drive to {0}").format(tag))
        self.message = problems_label(self)
        self.serial = QLineEdit(self)
        self.serial.setPlaceholderText(self.tr("type or scan the serial on the drive's label"))
        mark_scan_target(self.serial)
        self.kind = QComboBox(self)
        for kind in DRIVE_KINDS:
            self.kind.addItem(translated(label(kind)), kind)
        self.make = QLineEdit(self)
        self.model = QLineEdit(self)
        self.capacity = QLineEdit(self)
        self.capacity.setPlaceholderText(self.tr("e.g. 512 GB, 1 TB"))
        form = QFormLayout()
        form.addRow(self.tr("&Serial"), self.serial)
        form.addRow(self.tr("&Type"), self.kind)
        form.addRow(self.tr("&Make"), self.make)
        form.addRow(self.tr("M&odel"), self.model)
        form.addRow(self.tr("&Capacity"), self.capacity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.serial.setFocus()

    def values(self) -> dict[str, Any]:
        text = self.capacity.text().strip()
        capacity: Any = None
        if text:
            try:
                capacity = parse_capacity(text)
            except ValueProblem:
                capacity = text  # refused by the service with the reason
        return {
            "serial": self.serial.text(), "kind": self.kind.currentData(),
            "make": self.make.text(), "model": self.model.text(), "capacity_bytes": capacity,
        }  # fmt: skip

    @Slot()
    def save(self) -> None:
        from app.services import drives

        values = self.values()
        if isinstance(values["capacity_bytes"], str):
            self._problems(self.tr("• Capacity: '{0}' is not a size such as 512 GB").format(
                values["capacity_bytes"]))  # fmt: skip
            return
        CollectionOp(
            self.lane, lambda ctx: drives.add_drive(ctx, self.asset_id, values),
            success=self._saved, failure=self._failed, owner=self, label="drive",
        ).run()  # fmt: skip

    def _problems(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _saved(self, info: DriveInfo) -> None:
        self.saved.emit(info)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._problems(error_text(error))


def _combo(parent: QWidget, values: list[str]) -> QComboBox:
    box = QComboBox(parent)
    for v in values:
        box.addItem(translated(label(v)), v)
    return box


def _set(box: QComboBox, value: str) -> None:
    i = box.findData(value)
    if i >= 0:
        box.setCurrentIndex(i)


class SanitizationDialog(QDialog):
    """Record a sanitization of one drive: the fields of NIST SP 800-88 Rev. 1 Appendix G,
    prefilled from the settings (who performs it) and the drive."""

    saved = Signal(str)  # the record's id

    def __init__(
        self,
        lane: DbLane,
        drive: DriveInfo,
        tag: str,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane, self.drive = lane, drive
        self.setWindowTitle(self.tr("Record sanitization of {0}").format(drive.serial))
        self.resize(720, 760)
        self.message = problems_label(self)
        from app.services import drives

        d = drives.defaults(performer_of(settings))
        body = QWidget(self)
        outer = QVBoxLayout(body)
        media = QLabel(
            self.tr("{0} {1} {2}, serial {3}, {4}, in {5}").format(
                translated(label(drive.kind)), drive.make, drive.model, drive.serial,
                format_bytes(drive.capacity_bytes) or self.tr("capacity not recorded"), tag),
            body,
        )  # fmt: skip
        media.setWordWrap(True)
        outer.addWidget(media)

        def group(title: str) -> QFormLayout:
            box = QGroupBox(title, body)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            outer.addWidget(box)
            return form

        def line(text: str = "") -> QLineEdit:
            return QLineEdit(text, body)

        f = group(self.tr("Person performing sanitization"))
        self.performer_name = line(d["performer_name"])
        self.performer_title = line(d["performer_title"])
        self.performer_organisation = line(d["performer_organisation"])
        self.performer_location = line(d["performer_location"])
        self.performer_phone = line(d["performer_phone"])
        f.addRow(self.tr("&Name"), self.performer_name)
        f.addRow(self.tr("Title"), self.performer_title)
        f.addRow(self.tr("Organisation"), self.performer_organisation)
        f.addRow(self.tr("Location"), self.performer_location)
        f.addRow(self.tr("Phone"), self.performer_phone)

        f = group(self.tr("Media information"))
        self.property_number = line()
        self.media_source = line(tag)
        self.classification = line()
        self.backed_up = _combo(body, [b.value for b in BackedUp])
        _set(self.backed_up, d["backed_up"])
        self.backup_location = line()
        f.addRow(self.tr("Property number"), self.property_number)
        f.addRow(self.tr("Source"), self.media_source)
        f.addRow(self.tr("Classification"), self.classification)
        f.addRow(self.tr("Data backed up"), self.backed_up)
        f.addRow(self.tr("Backup location"), self.backup_location)

        f = group(self.tr("Sanitization"))
        self.method = _combo(body, [m.value for m in Method])
        _set(self.method, d["method"])
        self.technique = _combo(body, [t.value for t in Technique])
        _set(self.technique, d["technique"])
        self.method_details = line()
        self.tool = line()
        self.tool_version = line()
        self.passes = QSpinBox(body)
        self.passes.setRange(0, 100)
        self.passes.setSpecialValueText(self.tr("not recorded"))
        now = QDateTime.currentDateTime()
        self.started_at = QDateTimeEdit(body)
        self.started_at.setCalendarPopup(True)
        self.started_at.setMinimumDateTime(QDateTime(2000, 1, 1, 0, 0, 0))
        self.started_at.setSpecialValueText(self.tr("not recorded"))
        self.started_at.setDateTime(self.started_at.minimumDateTime())
        self.performed_at = QDateTimeEdit(now, body)
        self.performed_at.setCalendarPopup(True)
        self.method.currentIndexChanged.connect(self._method_changed)
        f.addRow(self.tr("&Method type"), self.method)
        f.addRow(self.tr("&Technique"), self.technique)
        f.addRow(self.tr("Method details"), self.method_details)
        tool_row = QHBoxLayout()
        tool_row.addWidget(self.tool, 3)
        tool_row.addWidget(QLabel(self.tr("version"), body))
        tool_row.addWidget(self.tool_version, 1)
        f.addRow(self.tr("Tool"), tool_row)
        f.addRow(self.tr("Passes"), self.passes)
        f.addRow(self.tr("Started"), self.started_at)
        f.addRow(self.tr("Completed"), self.performed_at)

        f = group(self.tr("Verification and result"))
        self.verification = _combo(body, [v.value for v in Verification])
        _set(self.verification, d["verification"])
        self.verification_result = _combo(body, [v.value for v in VerificationResult])
        _set(self.verification_result, d["verification_result"])
        self.verification_details = line()
        self.result_box = _combo(body, [r.value for r in Result])
        _set(self.result_box, d["result"])
        self.verification_result.currentIndexChanged.connect(self._verification_changed)
        self.verification.currentIndexChanged.connect(self._verification_kind_changed)
        self.post_classification = line()
        self.destination = _combo(body, [x.value for x in Destination])
        _set(self.destination, d["destination"])
        self.destination_details = line()
        self.notes = QPlainTextEdit(body)
        self.notes.setMaximumHeight(60)
        f.addRow(self.tr("&Verification"), self.verification)
        f.addRow(self.tr("Verification result"), self.verification_result)
        f.addRow(self.tr("Verification details"), self.verification_details)
        f.addRow(self.tr("&Result"), self.result_box)
        f.addRow(self.tr("Post-sanitization classification"), self.post_classification)
        f.addRow(self.tr("Destination"), self.destination)
        f.addRow(self.tr("Destination details"), self.destination_details)
        f.addRow(self.tr("Notes"), self.notes)

        f = group(self.tr("Validation (a second person)"))
        self.validator_name = line()
        self.validator_title = line()
        self.validator_organisation = line()
        self.validator_location = line()
        self.validator_phone = line()
        f.addRow(self.tr("Validated by"), self.validator_name)
        f.addRow(self.tr("Title"), self.validator_title)
        f.addRow(self.tr("Organisation"), self.validator_organisation)
        f.addRow(self.tr("Location"), self.validator_location)
        f.addRow(self.tr("Phone"), self.validator_phone)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.method.setFocus()

    @Slot()
    def _method_changed(self) -> None:
        defaults = {"clear": "overwrite", "purge": "overwrite", "destruct": "shred"}
        _set(self.technique, defaults.get(self.method.currentData(), "other"))
        if self.method.currentData() == "destruct":
            _set(self.verification, "other")
            if not self.verification_details.text():
                self.verification_details.setText(self.tr("visual inspection"))

    @Slot()
    def _verification_changed(self) -> None:
        if self.verification_result.currentData() == "failed":
            _set(self.result_box, "failed")

    @Slot()
    def _verification_kind_changed(self) -> None:
        if self.verification.currentData() == "none":
            _set(self.verification_result, "not_done")
        elif self.verification_result.currentData() == "not_done":
            _set(self.verification_result, "passed")

    def values(self) -> dict[str, Any]:
        def when(edit: QDateTimeEdit) -> dt.datetime | None:
            if edit.dateTime() == edit.minimumDateTime() and edit.specialValueText():
                return None
            local = edit.dateTime().toPython()
            assert isinstance(local, dt.datetime)
            return local.astimezone(dt.UTC).replace(tzinfo=None)  # stored as UTC

        out: dict[str, Any] = {
            k: getattr(self, k).text()
            for k in (
                "performer_name", "performer_title", "performer_organisation",
                "performer_location", "performer_phone", "property_number", "media_source",
                "classification", "backup_location", "method_details", "tool", "tool_version",
                "verification_details", "post_classification", "destination_details",
                "validator_name", "validator_title", "validator_organisation",
                "validator_location", "validator_phone",
            )
        }  # fmt: skip
        for k in ("method", "technique", "verification", "verification_result",
                  "destination", "backed_up"):  # fmt: skip
            out[k] = getattr(self, k).currentData()
        out["result"] = self.result_box.currentData()
        out["notes"] = self.notes.toPlainText()
        out["passes"] = self.passes.value() or None
        out["started_at"] = when(self.started_at)
        out["performed_at"] = when(self.performed_at)
        if out["validator_name"].strip():
            out["validated_at"] = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        return out

    @Slot()
    def save(self) -> None:
        from app.services import drives

        values = self.values()
        drive_id = self.drive.id
        CollectionOp(
            self.lane, lambda ctx: drives.record_sanitization(ctx, drive_id, values),
            success=self._saved, failure=self._failed, owner=self, label="sanitization",
        ).run()  # fmt: skip

    def _saved(self, record_id: str) -> None:
        self.saved.emit(record_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
        self.message.show()


class NwipeImportDialog(QDialog):
    """Import nwipe logs: what each drive in them becomes (checked first, nothing saved),
    then record. Drives that cannot be recorded are listed with the reason; recording
    them anyway needs "Record the matched drives only"."""

    imported = Signal(object)  # ImportReport

    def __init__(
        self, lane: DbLane, files: list[tuple[str, bytes]], settings: Settings,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.lane, self.files, self.settings = lane, files, settings
        self.setWindowTitle(self.tr("Import nwipe logs"))
        self.resize(820, 380)
        self.summary = QLabel(self.tr("Reading {0} file(s)…").format(len(files)), self)
        self.summary.setWordWrap(True)
        self.message = problems_label(self)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Result"), self.tr("Device"), self.tr("Serial"), self.tr("Asset"),
             self.tr("What happens"), self.tr("File")]
        )  # fmt: skip
        for i, w in enumerate((90, 80, 140, 90, 300)):
            self.table.header().resizeSection(i, w)
        self.record = QPushButton(self.tr("&Record"), self)
        self.record.setEnabled(False)
        self.record.clicked.connect(lambda: self._run(False))
        self.record_some = QPushButton(self.tr("Record the &matched drives only"), self)
        self.record_some.hide()
        self.record_some.clicked.connect(lambda: self._run(True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.record, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.record_some, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        from app.services import drives

        QueryOp(lane, lambda ctx: drives.preview_nwipe(ctx, files), success=self._show,
                failure=self._failed, owner=self).run()  # fmt: skip

    def _show(self, report: drives.ImportReport) -> None:
        self.table.clear()
        words = {"passed": self.tr("passed"), "failed": self.tr("FAILED"),
                 "already_imported": self.tr("imported")}  # fmt: skip
        for x in report.lines:
            item = QTreeWidgetItem(
                [words.get(x.status, self.tr("not recorded")), x.device, x.serial, x.asset_tag,
                 translated(x.message), x.file]
            )  # fmt: skip
            if x.status not in ("passed", "already_imported"):
                item.setForeground(0, Qt.GlobalColor.darkRed)
            item.setToolTip(4, translated(x.message))
            self.table.addTopLevelItem(item)
        n, bad = len(report.recorded), len(report.problems)
        text = "; ".join(report.formats)
        if report.imported:
            self.summary.setText(self.tr("Recorded {0} sanitization(s). {1}").format(n, text))
            self.record.setEnabled(False)
            self.record_some.hide()
            return
        self.summary.setText(
            self.tr("{0} drive(s) can be recorded, {1} cannot. {2}").format(n, bad, text)
        )
        self.record.setEnabled(n > 0 and bad == 0)
        self.record_some.setVisible(n > 0 and bad > 0)

    def _run(self, skip: bool) -> None:
        from app.services import drives

        files, performer = self.files, performer_of(self.settings)
        self.record.setEnabled(False)
        self.record_some.setEnabled(False)
        CollectionOp(
            self.lane,
            lambda ctx: drives.import_nwipe(ctx, files, performer, skip_unmatched=skip),
            success=self._done, failure=self._failed, owner=self, label="sanitization",
        ).run()  # fmt: skip

    def _done(self, report: drives.ImportReport) -> None:
        self._show(report)
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
        self.message.show()
        self.summary.setText(self.tr("Nothing was recorded."))
        self.record_some.setEnabled(True)


def import_nwipe_logs(widget: QWidget, lane: DbLane) -> NwipeImportDialog | None:
    paths = open_log_paths(widget)
    if not paths:
        return None
    files = []
    for p in paths:
        try:
            files.append((p.name, p.read_bytes()))
        except OSError as exc:
            show_error(widget, ValidationError.single(str(p), f"cannot be read: {exc}"))
            return None
    dialog = NwipeImportDialog(lane, files, settings_of(widget), widget)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def issue_and_save(
    widget: QWidget,
    lane: DbLane,
    *,
    asset_tags: tuple[str, ...] = (),
    drive_serials: tuple[str, ...] = (),
    batch_tags: tuple[str, ...] = (),
    done: Callable[[certificates.Issued, Path | None], None] | None = None,
) -> None:
    """Issue a certificate on the lane (progress shown, the window never waits), then ask
    where to save the signed PDF."""
    from app.services import certificates

    sign = certificates.signing_settings(settings_of(widget))
    dialog, progress = progress_dialog(
        widget, QCoreApplication.translate("DrivesPanel", "Issuing certificate")
    )

    def work(ctx: Any) -> certificates.Issued:
        return certificates.issue_certificate(
            ctx, sign, asset_tags=asset_tags, drive_serials=drive_serials,
            batch_tags=batch_tags, progress=progress.report,
        )  # fmt: skip

    def ok(issued: certificates.Issued) -> None:
        dialog.close()
        path = save_pdf_path(widget, f"{issued.info.number}.pdf")
        if path is not None:
            try:
                write_file(path, issued.pdf)
            except OSError as exc:
                show_error(widget, ValidationError.single(str(path), f"cannot be written: {exc}"))
                path = None
        if done is not None:
            done(issued, path)

    def failed(error: BaseException) -> None:
        dialog.close()
        show_error(
            widget, error, QCoreApplication.translate("DrivesPanel", "No certificate issued")
        )

    CollectionOp(lane, work, success=ok, failure=failed, owner=widget, label="certificate").run()


# ------------------------------------------------------------------------------ panel


class DrivesPanel(QWidget):
    """The drives of the asset shown (make, model, serial, type, capacity, sanitization),
    with buttons to add a drive, record a sanitization, import nwipe logs and issue the
    asset's certificate."""

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.detail: AssetDetail | None = None
        self.last_issued: certificates.Issued | None = None
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
        self.drives.itemDoubleClicked.connect(lambda *_: self.record_sanitization())
        self.drives.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.drives.customContextMenuRequested.connect(self._menu)
        self.no_drives = QLabel()
        self.no_drives.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add drive…"))
        native = QKeySequence(SHORTCUT_DRIVE).toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button.setToolTip(self.tr("Record a drive inside this asset ({0})").format(native))
        self.wipe_button = QPushButton(self.tr("Record &sanitization…"))
        self.wipe_button.setToolTip(self.tr("The NIST SP 800-88 record of the selected drive"))
        self.import_button = QPushButton(self.tr("Import &nwipe log…"))
        self.cert_button = QPushButton(self.tr("Issue &certificate…"))
        self.cert_button.setToolTip(self.tr("A signed certificate of sanitization for all "
                                            "drives of this asset"))  # fmt: skip
        self.add_button.clicked.connect(self.add_drive)
        self.wipe_button.clicked.connect(self.record_sanitization)
        self.import_button.clicked.connect(self.import_logs)
        self.cert_button.clicked.connect(self.issue_certificate)
        row = QHBoxLayout()
        for b in (self.add_button, self.wipe_button, self.import_button, self.cert_button):
            row.addWidget(b)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.no_drives)
        layout.addWidget(self.drives, 1)
        layout.addWidget(self.status)
        self.dialog: QDialog | None = None
        self._update_buttons()

    def show_asset(self, d: AssetDetail) -> None:
        selected = self.selected_drive()
        self.detail = d
        self.drives.clear()
        for drive in d.drives:
            item = self._drive_item(drive)
            self.drives.addTopLevelItem(item)
            if selected is not None and drive.id == selected.id:
                self.drives.setCurrentItem(item)
        first = self.drives.topLevelItem(0)
        if first is not None and self.drives.currentItem() is None:
            self.drives.setCurrentItem(first)
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
        self._update_buttons()

    def _update_buttons(self) -> None:
        d = self.detail
        has = d is not None and bool(d.drives)
        self.add_button.setEnabled(d is not None)
        self.wipe_button.setEnabled(has)
        self.import_button.setEnabled(d is not None)
        ready = has and d is not None and all(x.sanitized for x in d.drives)
        self.cert_button.setEnabled(ready)
        if d is not None and has and not ready:
            self.cert_button.setToolTip(self.tr("Every drive needs a passed sanitization or a "
                                                "destruction record first"))  # fmt: skip

    def _drive_item(self, drive: DriveInfo) -> QTreeWidgetItem:
        state = drive.last_result or self.tr("not sanitized")
        item = QTreeWidgetItem(
            [drive.make, drive.model, drive.serial, translated(label(drive.kind)),
             format_bytes(drive.capacity_bytes), state]
        )  # fmt: skip
        item.setData(0, Qt.ItemDataRole.UserRole, drive)
        if not drive.sanitized:
            item.setForeground(5, Qt.GlobalColor.darkRed)
        return item

    def selected_drive(self) -> DriveInfo | None:
        item = self.drives.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, DriveInfo) else None

    def _menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Record sanitization…"), self.record_sanitization)
        menu.addAction(self.tr("Issue certificate for this drive…"), self.issue_drive_certificate)
        menu.popup(self.drives.viewport().mapToGlobal(pos))

    def _refresh(self) -> None:
        """Reload the asset (the asset view listens to lane.changed and does it)."""

    @Slot()
    def add_drive(self) -> None:
        if self.detail is None:
            return
        dialog = DriveDialog(self.lane, self.detail.id, self.detail.tag, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def record_sanitization(self) -> None:
        if self.detail is None:
            return
        drive = self.selected_drive()
        if drive is None:
            if not self.detail.drives:
                self.status.setText(self.tr("Add the asset's drives first."))
                return
            drive = self.detail.drives[0]
        dialog = SanitizationDialog(self.lane, drive, self.detail.tag, settings_of(self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def import_logs(self) -> None:
        self.dialog = import_nwipe_logs(self, self.lane)

    @Slot()
    def issue_certificate(self) -> None:
        if self.detail is None:
            return
        issue_and_save(self, self.lane, asset_tags=(self.detail.tag,), done=self._issued)

    @Slot()
    def issue_drive_certificate(self) -> None:
        drive = self.selected_drive()
        if drive is not None:
            issue_and_save(self, self.lane, drive_serials=(drive.serial,), done=self._issued)

    def _issued(self, issued: certificates.Issued, path: Path | None) -> None:
        self.last_issued = issued
        where = self.tr(" and saved to {0}").format(path) if path else ""
        self.status.setText(
            self.tr("Certificate {0} issued{1}. It is in the register (Certificates page).")
            .format(issued.info.number, where)
        )  # fmt: skip


def install_actions(window: Any, menu: QMenu) -> list[QAction]:
    """The main window's menu actions for the asset shown: add drive (Ctrl+Shift+D),
    record sanitization (Ctrl+Shift+W), certificate for the asset (Ctrl+Shift+C). Each
    opens the asset's Drives tab first."""

    def panel() -> DrivesPanel | None:
        view = window.assets_page.asset_view
        if view is None or view.detail is None:
            window.show_status(
                QCoreApplication.translate(
                    "MainWindow", "Open an asset first (Enter on the asset list)."
                )
            )
            return None
        view.tabs.setCurrentWidget(view.drives_panel)
        return view.drives_panel  # type: ignore[no-any-return]

    def run(name: str) -> None:
        p = panel()
        if p is not None:
            getattr(p, name)()

    actions = [
        window._action(
            QCoreApplication.translate("MainWindow", "Add &drive to asset…"),
            SHORTCUT_DRIVE,
            lambda: run("add_drive"),
            QCoreApplication.translate("MainWindow", "Record a drive inside the open asset"),
        ),
        window._action(
            QCoreApplication.translate("MainWindow", "Record &sanitization…"),
            SHORTCUT_WIPE,
            lambda: run("record_sanitization"),
            QCoreApplication.translate(
                "MainWindow", "Record how the selected drive was sanitized (NIST SP 800-88)"
            ),
        ),
        window._action(
            QCoreApplication.translate("MainWindow", "Import n&wipe log…"),
            None,
            lambda: import_nwipe_logs(window, window.lane),
            QCoreApplication.translate(
                "MainWindow", "Record wipe results from nwipe / ShredOS log files"
            ),
        ),
        window._action(
            QCoreApplication.translate("MainWindow", "Certificate of sanitization for the &asset…"),
            SHORTCUT_CERT,
            lambda: run("issue_certificate"),
            QCoreApplication.translate(
                "MainWindow", "Issue a signed certificate for the open asset"
            ),
        ),
    ]
    menu.addSeparator()
    for a in actions:
        menu.addAction(a)
    return actions

"""Settings: who works here, the camera, keyboard-wedge scanners, how labels read and
where they print, certificates, and the sync server this device is enrolled with."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings, save_settings
from app.domain.errors import ValidationError
from app.domain.tags import TagConfig, normalize_org
from app.ui.dialogs.certificate_settings import CertificatesTab
from app.ui.i18n import LANGUAGES, problem_text
from app.ui.problems import problems_label


def _valid_host(text: str) -> bool:
    """host, host:port, IPv4, [IPv6] or [IPv6]:port with a port in 1..65535."""
    host, port = text, ""
    if text.startswith("["):
        inner, sep, tail = text[1:].partition("]")
        if not sep or (tail and not tail.startswith(":")):
            return False
        host, port = inner, tail[1:]
    elif text.count(":") == 1:
        host, _, port = text.partition(":")
    elif ":" in text:
        return False  # a bare IPv6 address needs brackets to take a port
    if port and not (port.isdigit() and 1 <= int(port) <= 65535):
        return False
    return bool(host) and all(ch.isalnum() or ch in ".-_:" for ch in host)


RESOLUTIONS: tuple[tuple[int, int], ...] = ((640, 480), (1280, 720), (1920, 1080))
NO_CAMERA = ""


class _CameraProbe(QObject):
    """Lists the cameras on a worker thread and hands the list to the GUI thread."""

    found = Signal(object)  # list[CameraInfo]

    def run(self) -> None:
        from app.scan.capture import list_cameras

        try:
            cameras = list_cameras()
        except Exception:  # probing must never break the dialog
            cameras = []
        self.found.emit(cameras)


_probe: _CameraProbe | None = None


def _camera_probe() -> _CameraProbe:
    global _probe
    if _probe is None:
        _probe = _CameraProbe(QCoreApplication.instance())
    return _probe


class SettingsDialog(QDialog):
    applied = Signal(object)  # Settings, after they were saved
    enrol_wanted = Signal()  # "Enrol with a sync server…" on the Sync tab

    SYNC_TAB = 6

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        tab: int = 0,
        sync_status: Any = None,
    ) -> None:
        """`sync_status`: the sync status the window already knows (app/services/sync.py
        `SyncStatus`, or None before the first look at the store)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.settings = settings

        self.message = problems_label(self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._camera_tab(), self.tr("Camera"))
        self.tabs.addTab(self._wedge_tab(), self.tr("USB scanner"))
        self.tabs.addTab(self._labels_tab(), self.tr("Labels"))
        self.certificates_tab = CertificatesTab(settings, self)
        self.tabs.addTab(self.certificates_tab, self.tr("Certificates"))
        self.tabs.addTab(self._printing_tab(), self.tr("Printing"))
        self.tabs.addTab(self._sync_tab(sync_status), self.tr("Sync"))
        self.tabs.setCurrentIndex(tab)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

        # The probe reports through a relay that lives as long as the application: a dialog
        # closed (and deleted) before the probe ends is simply disconnected, whereas a
        # signal of the dialog itself, emitted from the thread, would reach a deleted object.
        probe = _camera_probe()
        probe.found.connect(self._fill_cameras)
        threading.Thread(target=probe.run, name="fieldtag-cameras", daemon=True).start()

    # -------------------------------------------------------------------------- tabs

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return page, form

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _general_tab(self) -> QWidget:
        page, form = self._form()
        s = self.settings
        self.technician = QLineEdit(s.technician, page)
        self.technician.setPlaceholderText(s.actor)
        self.device_name = QLineEdit(s.device_name, page)
        form.addRow(self.tr("&Technician"), self.technician)
        form.addRow(self.tr("&Device name"), self.device_name)
        form.addRow(self._hint(self.tr("Every change is recorded with the technician's name "
                                       "and this device's name.")))  # fmt: skip
        self.theme = QComboBox(page)
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, text in (("system", self.tr("Follow the desktop")),
                            ("light", self.tr("Light")), ("dark", self.tr("Dark")),
                            ("high_contrast", self.tr("High contrast"))):  # fmt: skip
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        form.addRow(self.tr("T&heme"), self.theme)
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES:  # each language by its own name
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self._hint(self.tr("A new language applies when Fieldtag is restarted.")))
        self.currency = QLineEdit(s.currency, page)
        self.currency.setMaxLength(3)
        self.currency.setInputMask(">AAA")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setToolTip(
            self.tr("The ISO 4217 code of purchase costs in reports, e.g. EUR, USD, GBP")
        )
        form.addRow(self.tr("&Currency"), self.currency)
        return page

    def _camera_tab(self) -> QWidget:
        page, form = self._form()
        s = self.settings
        self.camera = QComboBox(page)
        self.camera.setEditable(True)
        self.camera.setAccessibleName(self.tr("Camera"))
        self.camera.setToolTip(
            self.tr("A camera of this computer, or a video file or folder of images to replay")
        )
        self.camera.addItem(self.tr("Looking for cameras…"), s.camera)
        self.camera.setEditText(self._camera_text(s.camera))
        self.resolution = QComboBox(page)
        self.resolution.setAccessibleName(self.tr("Resolution"))
        for w, h in RESOLUTIONS:
            self.resolution.addItem(f"{w} × {h}", (w, h))
        current = self.resolution.findData((s.camera_width, s.camera_height))
        if current < 0:
            self.resolution.addItem(
                f"{s.camera_width} × {s.camera_height}", (s.camera_width, s.camera_height)
            )
            current = self.resolution.count() - 1
        self.resolution.setCurrentIndex(current)
        self.debounce = QDoubleSpinBox(page)
        self.debounce.setRange(0.0, 30.0)
        self.debounce.setSingleStep(0.5)
        self.debounce.setDecimals(1)
        self.debounce.setSuffix(self.tr(" s"))
        self.debounce.setValue(s.scan_debounce_s)
        self.sound = QCheckBox(self.tr("Beep on every scan"), page)
        self.sound.setChecked(s.scan_sound)
        form.addRow(self.tr("&Camera"), self.camera)
        form.addRow(self.tr("&Resolution"), self.resolution)
        form.addRow(self.tr("Same code again &after"), self.debounce)
        form.addRow(self._hint(self.tr("A code held in view counts once; it counts again after "
                                       "it has been out of sight this long.")))  # fmt: skip
        form.addRow("", self.sound)
        return page

    def _wedge_tab(self) -> QWidget:
        page, form = self._form()
        s = self.settings
        self.wedge_enabled = QCheckBox(self.tr("Recognise USB barcode scanners"), page)
        self.wedge_enabled.setChecked(s.wedge_enabled)
        self.wedge_gap = QSpinBox(page)
        self.wedge_gap.setRange(5, 500)
        self.wedge_gap.setSuffix(self.tr(" ms"))
        self.wedge_gap.setValue(s.wedge_max_gap_ms)
        self.wedge_min = QSpinBox(page)
        self.wedge_min.setRange(1, 64)
        self.wedge_min.setValue(s.wedge_min_length)
        self.wedge_tab = QCheckBox(self.tr("Tab also ends a scan"), page)
        self.wedge_tab.setChecked(s.wedge_tab_ends_scan)
        self.wedge_prefix = QLineEdit(s.wedge_prefix, page)
        self.wedge_suffix = QLineEdit(s.wedge_suffix, page)
        form.addRow("", self.wedge_enabled)
        form.addRow(self.tr("Keys at most this far &apart"), self.wedge_gap)
        form.addRow(self.tr("At &least this many characters"), self.wedge_min)
        form.addRow("", self.wedge_tab)
        form.addRow(self.tr("&Prefix the scanner adds"), self.wedge_prefix)
        form.addRow(self.tr("&Suffix the scanner adds"), self.wedge_suffix)
        form.addRow(self._hint(self.tr(
            "A USB barcode scanner types like a keyboard, much faster than a person. Keys that "
            "come closer together than this, ending in Enter, are a scan wherever you are in "
            "the app. Raise it if scans end up typed into fields; lower it if fast typing is "
            "taken for a scan."
        )))  # fmt: skip
        return page

    def _labels_tab(self) -> QWidget:
        page, form = self._form()
        s = self.settings
        self.organisation = QLineEdit(s.organisation, page)
        self.organisation.setPlaceholderText(self.tr("printed at the top of every label"))
        self.tag_prefix = QLineEdit(s.tag_prefix, page)
        self.tag_prefix.setMaxLength(16)
        self.logo = QLineEdit(s.label_logo, page)
        self.logo.setPlaceholderText(self.tr("a PNG or JPEG file (optional)"))
        self.logo.setAccessibleName(self.tr("Logo"))
        logo_button = QPushButton(self.tr("Browse…"), page)
        logo_button.clicked.connect(self._pick_logo)
        self.logo_row = QHBoxLayout()
        self.logo_row.addWidget(self.logo, 1)
        self.logo_row.addWidget(logo_button)
        self.support_line = QLineEdit(s.support_line, page)
        self.support_line.setPlaceholderText(self.tr("e.g. IT help desk +49 30 1234-567"))
        self.org_code = QLineEdit(s.org_code, page)
        self.org_code.setPlaceholderText("ACME")
        self.org_code.setMaxLength(16)
        self.code128_prefix = QLineEdit(s.code128_prefix, page)
        self.base_url = QLineEdit(s.label_base_url, page)
        self.base_url.setPlaceholderText("https://assets.example.org")
        form.addRow(self.tr("Organisation &name"), self.organisation)
        form.addRow(self.tr("Lo&go"), self.logo_row)
        form.addRow(self.tr("Support &line"), self.support_line)
        form.addRow(self.tr("Prefix of &new tags"), self.tag_prefix)
        form.addRow(self._hint(self.tr(
            "New tags are this prefix, this device's code and a number (e.g. IT-7K3M00042): "
            "never the same tag twice, also on several devices working offline."
        )))  # fmt: skip
        form.addRow(self.tr("&Organisation code"), self.org_code)
        form.addRow(self._hint(self.tr(
            "Printed in every label's QR code (FT:CODE:TAG) so labels of another organisation "
            "are never taken for yours. Capital letters, digits and '-'."
        )))  # fmt: skip
        form.addRow(self.tr("Code128 &prefix"), self.code128_prefix)
        form.addRow(self.tr("Label &URL base"), self.base_url)
        form.addRow(self._hint(self.tr(
            "With a URL base, QR codes hold a web address (BASE/t/CODE/TAG) a phone can open; "
            "empty keeps them short, which webcams read more easily."
        )))  # fmt: skip
        return page

    def _printing_tab(self) -> QWidget:
        page, form = self._form()
        s = self.settings
        self.stock = QComboBox(page)
        self.stock.setAccessibleName(self.tr("Default label stock"))
        self.stock.setMinimumContentsLength(30)
        try:
            from app.services.labels import list_stocks

            stocks = list(list_stocks())
        except Exception:  # a broken stock file must not stop Settings from opening
            stocks = []
        for stock in stocks:
            self.stock.addItem(stock.description, stock.id)
        if self.stock.findData(s.label_stock) < 0:
            self.stock.addItem(s.label_stock, s.label_stock)
        self.stock.setCurrentIndex(self.stock.findData(s.label_stock))
        self.printer = QComboBox(page)
        self.printer.setAccessibleName(self.tr("Printer for labels"))
        self.printer.addItem(self.tr("The system's default printer"), "")
        from PySide6.QtPrintSupport import QPrinterInfo

        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        if s.printer and self.printer.findData(s.printer) < 0:
            self.printer.addItem(self.tr("{0} (not found now)").format(s.printer), s.printer)
        self.printer.setCurrentIndex(max(0, self.printer.findData(s.printer)))
        self.zebra_host = QLineEdit(s.zebra_host, page)
        self.zebra_host.setAccessibleName(self.tr("Zebra printer address"))
        self.zebra_host.setPlaceholderText(self.tr("e.g. zebra-3.local or 10.0.4.17:9100"))
        form.addRow(self.tr("Default label &stock"), self.stock)
        form.addRow(self.tr("&Printer"), self.printer)
        form.addRow(self._hint(self.tr(
            "Labels printed on paper go to this printer; the print dialog still lets you "
            "pick another one for a single job."
        )))  # fmt: skip
        form.addRow(self.tr("&Zebra printer (ZPL)"), self.zebra_host)
        form.addRow(self._hint(self.tr(
            "Host name or IP address of a Zebra label printer, with :port if it is not the "
            "raw port 9100. Labels are sent to it as ZPL over the network."
        )))  # fmt: skip
        return page

    def _sync_tab(self, status: Any) -> QWidget:
        page, form = self._form()
        url = getattr(status, "server_url", None)
        self.sync_server = QLabel(url or self.tr("Not enrolled: this device keeps its data "
                                                 "to itself."), page)  # fmt: skip
        self.sync_server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_server.setWordWrap(True)
        form.addRow(self.tr("Server"), self.sync_server)
        if status is not None and url:
            waiting = int(getattr(status, "waiting", 0))
            form.addRow(self.tr("Changes waiting"), QLabel(str(waiting), page))
            last = getattr(status, "last_success", None)
            if last:
                from app.ui.sync_status import when_text

                last = when_text(last)
            form.addRow(self.tr("Last sync"), QLabel(last or self.tr("never"), page))
            error = getattr(status, "last_error", "")
            if error:
                label = QLabel(error, page)
                label.setWordWrap(True)
                form.addRow(self.tr("Last error"), label)
        self.enrol_button = QPushButton(
            self.tr("&Enrol with another server…") if url else self.tr("&Enrol with a sync "
                                                                      "server…"), page)  # fmt: skip
        self.enrol_button.clicked.connect(self._enrol)
        form.addRow("", self.enrol_button)
        form.addRow(self._hint(self.tr(
            "An administrator makes a one-time code with 'fieldtag server enroll-code'; enter "
            "it with the server's address. The device's credential is kept in the system's "
            "keyring. Sync runs in the background; F9 syncs now."
        )))  # fmt: skip
        return page

    @Slot()
    def _enrol(self) -> None:
        self.enrol_wanted.emit()
        self.reject()

    @Slot()
    def _pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo for labels"),
            self.logo.text(),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.logo.setText(path)

    # -------------------------------------------------------------------------- cameras

    def _camera_text(self, value: str) -> str:
        return self.tr("None") if value == NO_CAMERA else value

    @Slot(object)
    def _fill_cameras(self, cameras: list[object]) -> None:
        text = self.camera.currentText()
        self.camera.clear()
        self.camera.addItem(self.tr("None"), NO_CAMERA)
        for info in cameras:
            self.camera.addItem(str(info), str(getattr(info, "index", "")))
        if not cameras:
            self.camera.setToolTip(self.tr("No camera found. Plug one in and open Settings "
                                           "again, or type a video file to replay."))  # fmt: skip
        index = self.camera.findData(self.settings.camera)
        if index >= 0:
            self.camera.setCurrentIndex(index)
        else:
            self.camera.setEditText(text)

    def camera_value(self) -> str:
        text = self.camera.currentText().strip()
        index = self.camera.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return str(self.camera.itemData(index))
        return NO_CAMERA if text in ("", self.tr("None")) else text

    # -------------------------------------------------------------------------- save

    def values(self) -> Settings:
        w, h = self.resolution.currentData()
        return replace(
            self.settings,
            technician=self.technician.text().strip(),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
            currency=self.currency.text().strip().upper() or self.settings.currency,
            device_name=self.device_name.text().strip() or self.settings.device_name,
            camera=self.camera_value(),
            camera_width=int(w),
            camera_height=int(h),
            scan_debounce_s=float(self.debounce.value()),
            scan_sound=self.sound.isChecked(),
            wedge_enabled=self.wedge_enabled.isChecked(),
            wedge_max_gap_ms=self.wedge_gap.value(),
            wedge_min_length=self.wedge_min.value(),
            wedge_tab_ends_scan=self.wedge_tab.isChecked(),
            wedge_prefix=self.wedge_prefix.text(),
            wedge_suffix=self.wedge_suffix.text(),
            organisation=self.organisation.text().strip(),
            label_logo=self.logo.text().strip(),
            support_line=self.support_line.text().strip(),
            tag_prefix=self.tag_prefix.text().strip(),
            org_code=normalize_org(self.org_code.text()),
            code128_prefix=self.code128_prefix.text().strip(),
            label_base_url=self.base_url.text().strip(),
            label_stock=str(self.stock.currentData() or self.settings.label_stock),
            printer=str(self.printer.currentData() or ""),
            zebra_host=self.zebra_host.text().strip(),
            **self.certificates_tab.values(),
        )

    @Slot()
    def save(self) -> None:
        settings = self.values()
        problems: list[str] = []
        try:
            TagConfig(settings.org_code, settings.code128_prefix, settings.label_base_url)
        except ValidationError as exc:
            problems.extend(problem_text(p) for p in exc.problems)
            self.tabs.setCurrentIndex(3)
            self.org_code.setFocus()
        from app.services.labels import check_prefix

        problems.extend(problem_text(p) for p in check_prefix(settings.tag_prefix))
        logo = settings.label_logo
        if logo and not Path(logo).expanduser().is_file():
            problems.append(self.tr("Logo: {0} is not a file; pick a PNG or JPEG, or leave it "
                                    "empty").format(logo))  # fmt: skip
        zebra = settings.zebra_host
        if zebra and (any(ch.isspace() for ch in zebra) or not _valid_host(zebra)):
            problems.append(self.tr("Zebra printer: '{0}' is not a host name or IP address "
                                    "with an optional :port (1-65535)").format(zebra))  # fmt: skip
        if len(self.currency.text().strip()) != 3:
            problems.append(self.tr("Currency: '{0}' is not a three-letter ISO 4217 code; "
                                    "type one such as EUR, USD or GBP").format(
                                        self.currency.text().strip()))  # fmt: skip
        url = settings.label_base_url
        if url and not url.lower().startswith(("http://", "https://")):
            problems.append(self.tr("Label URL base: '{0}' must start with https:// "
                                    "(or http://)").format(url))  # fmt: skip
        if problems:
            self.message.setText("\n".join(f"• {p}" for p in problems))
            self.message.show()
            return
        try:
            save_settings(settings)
        except OSError as exc:
            self.message.setText(self.tr("The settings could not be saved: {0}").format(exc))
            self.message.show()
            return
        self.settings = settings
        self.applied.emit(settings)
        self.accept()

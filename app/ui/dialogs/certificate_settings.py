"""The Settings dialog's "Certificates" tab: who performs sanitizations here (title,
organisation, location, phone: printed on certificates) and the organisation's signing key
(show its fingerprint, create a new one, import the organisation's PKCS#12). Creating or
importing a key runs on a worker thread: RSA key generation takes about half a second."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.config import Settings
from app.ui.i18n import translated
from app.ui.operations import error_text


def ask_p12(parent: QWidget) -> tuple[Path, str] | None:
    """The PKCS#12 file and its passphrase (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("CertificatesTab", "Import the organisation's key"), "",
        QCoreApplication.translate("CertificatesTab", "PKCS#12 (*.p12 *.pfx);;All files (*)"),
    )  # fmt: skip
    if not name:
        return None
    passphrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CertificatesTab", "Passphrase"),
        QCoreApplication.translate(
            "CertificatesTab", "Passphrase of {0} (used once to open it, not stored):"
        ).format(Path(name).name),
        QLineEdit.EchoMode.Password,
    )
    return (Path(name), passphrase) if ok else None


class CertificatesTab(QWidget):
    _done = Signal(object, object)  # Identity | None, error | None (from the worker thread)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        s = settings
        self.performer_title = QLineEdit(s.performer_title, self)
        self.performer_title.setPlaceholderText(self.tr("e.g. IT technician"))
        self.performer_organisation = QLineEdit(s.performer_organisation, self)
        self.performer_location = QLineEdit(s.performer_location, self)
        self.performer_phone = QLineEdit(s.performer_phone, self)
        form.addRow(self.tr("Your &title"), self.performer_title)
        form.addRow(self.tr("Your or&ganisation"), self.performer_organisation)
        form.addRow(self.tr("Your &location"), self.performer_location)
        form.addRow(self.tr("Your &phone"), self.performer_phone)
        hint = QLabel(self.tr("Filled in as the person performing sanitization (with the "
                              "technician name) on every new record."), self)  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(hint)
        self.key_info = QLabel(self)
        self.key_info.setWordWrap(True)
        self.key_info.setTextInteractionFlags(self.key_info.textInteractionFlags())
        self.create_button = QPushButton(self.tr("&Create new key"), self)
        self.import_button = QPushButton(self.tr("&Import PKCS#12…"), self)
        self.create_button.clicked.connect(self.create_key)
        self.import_button.clicked.connect(self.import_key)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        form.addRow(self.tr("Signing key"), self.key_info)
        form.addRow("", row)
        self._done.connect(self._finished)
        self.busy = False
        self.show_identity()

    @property
    def folder(self) -> Path:
        return self.settings.signing_dir

    def show_identity(self) -> None:
        from app.printing import signing

        try:
            ident = signing.identity(self.folder)
        except signing.SigningError as exc:
            self.key_info.setText(translated(exc.message))
            return
        if ident is None:
            self.key_info.setText(self.tr(
                "No key yet: one is created (with a self-signed certificate) when the first "
                "certificate is issued, in {0}. Or import the organisation's PKCS#12."
            ).format(self.folder))  # fmt: skip
            return
        kind = self.tr("self-signed") if ident.self_signed else self.tr("issued by {0}").format(
            ident.issuer)  # fmt: skip
        self.key_info.setText(self.tr(
            "{0} ({1}), valid {2:%Y-%m-%d} to {3:%Y-%m-%d}\nSHA-256 {4}\n{5}"
        ).format(ident.subject, kind, ident.not_before, ident.not_after,
                 ident.fingerprint_pretty, ident.folder))  # fmt: skip

    def _run(self, work: Any) -> None:
        self.busy = True
        self.create_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.key_info.setText(self.tr("Working…"))

        def target() -> None:
            try:
                self._done.emit(work(), None)
            except Exception as exc:  # reported in the dialog
                self._done.emit(None, exc)

        threading.Thread(target=target, name="fieldtag-signing-key", daemon=True).start()

    @Slot()
    def create_key(self) -> None:
        from app.printing import signing

        if signing.identity(self.folder) is not None:
            answer = QMessageBox.question(
                self, self.tr("Create new key"),
                self.tr("Replace the organisation's signing key? Certificates signed with the "
                        "old key then verify only against its exported certificate."),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        folder, org = self.folder, self.settings.organisation
        self._run(lambda: signing.create_key(folder, org))

    @Slot()
    def import_key(self) -> None:
        from app.printing import signing

        chosen = ask_p12(self)
        if chosen is None:
            return
        path, passphrase = chosen
        folder = self.folder
        self._run(lambda: signing.import_pkcs12(folder, path.read_bytes(), passphrase))

    @Slot(object, object)
    def _finished(self, _identity: object, error: object) -> None:
        self.busy = False
        self.create_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.show_identity()
        if isinstance(error, BaseException):
            self.key_info.setText(self.key_info.text() + "\n" + error_text(error))

    def values(self) -> dict[str, str]:
        return {
            "performer_title": self.performer_title.text().strip(),
            "performer_organisation": self.performer_organisation.text().strip(),
            "performer_location": self.performer_location.text().strip(),
            "performer_phone": self.performer_phone.text().strip(),
        }

"""Enrol this device with a sync server: the server's address and the one-time code an
administrator made with `fieldtag server enroll-code`. Offered on first run and in
File > Enrol with a sync server….

Enrolling talks to the network, so it runs on a thread of its own with its own connection
to the store (never on the GUI thread, and the database lane stays free); the result comes
back through a relay that lives as long as the application, so closing the dialog first is
harmless.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.problems import problems_label


def enrol(db_path: Path, url: str, code: str) -> Any:
    """Enrol the store at `db_path` (runs on the enrolment thread)."""
    from app.bootstrap import open_context
    from app.config import paths
    from app.services.sync import enroll_device
    from app.sync.credentials import default_store

    ctx = open_context(db_path, migrate=False, create=False)
    try:
        return enroll_device(ctx, url, code, default_store(paths().config_dir))
    finally:
        ctx.store.close()


class _Relay(QObject):
    done = Signal(object, object)  # (token, EnrollResult | BaseException)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay(QCoreApplication.instance())
    return _relay


class EnrolDialog(QDialog):
    """Emits `enrolled(EnrollResult)` once the device is enrolled."""

    enrolled = Signal(object)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.busy = False
        self._token = object()
        self.setWindowTitle(self.tr("Enrol with a sync server"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Ask your Fieldtag administrator for the server's address and a one-time "
                "enrolment code (made with <i>fieldtag server enroll-code</i>). This device "
                "then sends its changes to the server and receives everyone else's."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.message = problems_label(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://fieldtag.example.org:8765")
        self.url.setAccessibleName(self.tr("Server address"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setAccessibleName(self.tr("Enrolment code"))
        form = QFormLayout()
        form.addRow(self.tr("Server &address"), self.url)
        form.addRow(self.tr("Enrolment &code"), self.code)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.enrol_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.enrol_button.setText(self.tr("&Enrol"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        _the_relay().done.connect(self._done)

    @Slot()
    def start(self) -> None:
        if self.busy:
            return
        url, code = self.url.text().strip(), self.code.text().strip()
        problems = []
        if not url.lower().startswith(("http://", "https://")):
            problems.append(
                self.tr("Server address: give it as https://host:port (it starts with https://)")
            )
        if not code:
            problems.append(self.tr("Enrolment code: type the code your administrator gave you"))
        if problems:
            self.message.setText("\n".join(f"• {p}" for p in problems))
            self.message.show()
            return
        self.message.hide()
        self.busy = True
        self.enrol_button.setEnabled(False)
        self.status.setText(self.tr("Enrolling with {0}…").format(url))
        token = self._token = object()
        relay, db_path = _the_relay(), self.db_path

        def work() -> None:
            try:
                result: object = enrol(db_path, url, code)
            except BaseException as exc:  # reported in the dialog, whatever it is
                result = exc
            relay.done.emit(token, result)

        threading.Thread(target=work, name="fieldtag-enrol", daemon=True).start()

    @Slot(object, object)
    def _done(self, token: object, result: object) -> None:
        if token is not self._token:
            return
        self.busy = False
        self.enrol_button.setEnabled(True)
        if isinstance(result, BaseException):
            from app.ui.operations import error_text

            self.status.setText("")
            self.message.setText(error_text(result))
            self.message.show()
            return
        code = getattr(result, "tag_code", "")
        user = getattr(result, "user", "")
        self.status.setText(
            self.tr("Enrolled as {0}; new tags of this device start with its code {1}.").format(
                user, code
            )
        )
        warning = getattr(result, "credential_warning", None)
        if warning:
            from app.ui.i18n import translated

            self.status.setText(self.status.text() + "\n" + translated(warning))
        self.enrolled.emit(result)
        self.accept()

"""The first-run offer on an empty store: load demo data, or start with an empty store."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

DEMO_ASSETS = 500


class FirstRunDialog(QDialog):
    """Emits `chosen(True)` for demo data, `chosen(False)` for an empty store, and then
    `server_wanted` when the person chose to connect to a sync server (the store starts
    empty and fills from the server)."""

    chosen = Signal(bool)
    server_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Fieldtag"))
        self.setMinimumWidth(460)
        text = QLabel(
            self.tr(
                "<h3>This store is empty</h3>"
                "<p>Load demo data to look around: about {0} assets in every state of their "
                "lifecycle, with models, locations, people and a plausible history. "
                "You can delete the database later and start afresh.</p>"
                "<p>Or start with an empty store and create or import your own assets "
                "(File › New asset, File › Import CSV), or connect to your organisation's "
                "sync server to receive its assets.</p>"
            ).format(DEMO_ASSETS),
            self,
        )
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.demo_button = QPushButton(self.tr("Load demo data"), self)
        self.empty_button = QPushButton(self.tr("Start with an empty store"), self)
        self.server_button = QPushButton(self.tr("Connect to a sync server…"), self)
        self.server_button.setToolTip(
            self.tr("Enrol this device with a server address and a one-time code")
        )
        self.server = False
        self.server_button.clicked.connect(self._server_chosen)
        self.demo_button.setDefault(True)
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.server_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.clicked.connect(self.accept)
        self.empty_button.clicked.connect(self.reject)
        # Escape or closing the window counts as "empty store": it is offered once
        self.accepted.connect(self._demo)
        self.rejected.connect(self._empty)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.buttons)

    @Slot()
    def _demo(self) -> None:
        self.chosen.emit(True)

    @Slot()
    def _empty(self) -> None:
        self.chosen.emit(False)
        if self.server:
            self.server_wanted.emit()

    @Slot()
    def _server_chosen(self) -> None:
        self.server = True
        self.reject()

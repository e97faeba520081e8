"""Help > About: what this is, its version, the versions of what it is built on and where
it keeps its files (what a support request needs), with a button to copy all of it."""

from __future__ import annotations

import platform
import sqlite3
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.config import paths
from app.ui.icons import app_icon

COMPONENTS = (
    ("zxing-cpp", "zxing-cpp"),
    ("OpenCV", "opencv-python-headless"),
    ("SQLAlchemy", "SQLAlchemy"),
    ("reportlab", "reportlab"),
    ("pyHanko", "pyHanko"),
)


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "—"


def about_facts(db_path: Path) -> list[tuple[str, str]]:
    where = paths()
    return [
        ("Fieldtag", __version__),
        ("Python", f"{platform.python_version()} ({platform.system()} {platform.machine()})"),
        ("Qt", f"{qVersion()} (PySide6 {pyside_version})"),
        ("SQLite", sqlite3.sqlite_version),
        *((name, _version(dist)) for name, dist in COMPONENTS),
        ("Database", str(db_path)),
        ("Settings", str(where.config_dir)),
        ("Log file", str(where.log_file)),
    ]


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Fieldtag"))
        self.facts = about_facts(db_path)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(self.tr("<h2>Fieldtag {0}</h2>").format(__version__), self)
        blurb = QLabel(
            self.tr(
                "Asset tracking for IT field technicians: scan, label, check, count and "
                "dispose of assets, offline first, with a full history of every change."
            ),
            self,
        )
        blurb.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        head.addLayout(text, 1)

        form = QFormLayout()
        for name, value in self.facts:
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(name)
            form.addRow(self.tr(name) + ":", label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setToolTip(
            self.tr("Copy these versions and folders for a support request")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def details(self) -> str:
        return "\n".join(f"{name}: {value}" for name, value in self.facts)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))

"""Help > About: versions and folders, copyable for a support request."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.ui.dialogs.about import AboutDialog


def test_about_lists_versions_and_folders_and_copies_them(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "store.sqlite")
    qtbot.addWidget(dialog)
    facts = dict(dialog.facts)
    assert facts["Fieldtag"] == __version__
    assert facts["Qt"].startswith(qVersion())
    assert facts["SQLite"] == sqlite3.sqlite_version
    assert facts["Database"] == str(tmp_path / "store.sqlite")
    assert facts["zxing-cpp"] != "—"
    assert facts["Log file"].endswith("fieldtag.log")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Fieldtag: {__version__}" in copied
    assert f"Database: {tmp_path / 'store.sqlite'}" in copied

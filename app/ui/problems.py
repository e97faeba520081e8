"""The red box a dialog shows its problems in (what was refused, and why)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.theme import box_style


def problems_label(parent: QWidget) -> QLabel:
    """A hidden, word-wrapped plain-text label styled for problems; show it with text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(QCoreApplication.translate("problems", "Problems"))
    label.setStyleSheet(box_style("error"))  # in colours the theme can read
    label.hide()
    return label

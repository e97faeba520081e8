"""The red box a dialog shows its problems in (what was refused, and why)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

PROBLEMS_STYLE = (
    "QLabel { background: #fdecea; border: 1px solid #e0a5a0; color: #8a1f17;"
    " border-radius: 4px; padding: 6px; }"
)


def problems_label(parent: QWidget) -> QLabel:
    """A hidden, word-wrapped plain-text label styled for problems; show it with text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(QCoreApplication.translate("problems", "Problems"))
    label.setStyleSheet(PROBLEMS_STYLE)
    label.hide()
    return label

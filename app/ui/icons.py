"""The application icon, in the sizes that resources/icons holds."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.resources import resource_path

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:  # QIcon reads a file only when that size is drawn
        icon.addFile(str(resource_path("icons", f"fieldtag-{size}.png")))
    return icon

"""The Qt part of `fieldtag --self-check`: Qt starts, its platform plugins are there, a
window paints, and the printers Qt sees."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLibraryInfo, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

NATIVE_PLATFORMS = {"linux": ("xcb", "wayland"), "win32": ("windows",), "darwin": ("cocoa",)}


def _platform_plugins() -> list[str]:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = []
    for path in folder.iterdir() if folder.is_dir() else ():
        stem = path.name.split(".")[0].removeprefix("lib")
        if stem.startswith("q") and path.suffix in {".so", ".dll", ".dylib"}:
            names.append(stem.removeprefix("q"))
    return sorted(names)


def _app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    args = ["fieldtag"] + (["-platform", "offscreen"] if headless else [])
    return QApplication(args)


def qt_facts() -> str:
    """Start Qt (offscreen when there is no display), paint a widget; raise if it can't."""
    plugins = _platform_plugins()
    key = next((k for k in NATIVE_PLATFORMS if sys.platform.startswith(k)), "")
    native = [p for p in NATIVE_PLATFORMS.get(key, ()) if p in plugins]
    if key and not native:
        raise RuntimeError(
            f"Qt has no {' or '.join(NATIVE_PLATFORMS[key])} platform plugin "
            f"(found: {', '.join(plugins) or 'none'}): the window cannot open"
        )
    app = _app()
    label = QLabel("Fieldtag self-check")
    label.adjustSize()
    image = label.grab().toImage()
    if image.isNull() or image.width() < 10:
        raise RuntimeError("Qt could not paint a widget")
    platform = QGuiApplication.platformName()
    del app
    return (
        f"Qt {qVersion()} (PySide6 {pyside_version}) on the {platform} platform; "
        f"plugins {', '.join(plugins)}"
    )


def printer_names() -> tuple[list[str], str]:
    """The printers Qt sees (CUPS, Windows spooler, macOS) and the default one."""
    from PySide6.QtPrintSupport import QPrinterInfo

    _app()
    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()

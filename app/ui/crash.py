"""What happens when code on the GUI thread raises an exception nobody caught.

Qt calls back into Python from its event loop (slots, event handlers, timers); an exception
there would otherwise be printed to a console nobody sees. The hook logs it with its
traceback, then tells the person what happened and where the log is, and the app keeps
running: the exception ended only the one handler that raised it, and everything the app
confirmed as saved is already committed in the store. At most one such dialog is shown at
a time; further exceptions meanwhile are logged and counted in it.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from app.log import get_logger

log = get_logger("ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashReporter(QObject):
    """Installed as `sys.excepthook` while the GUI runs."""

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self.more = 0
        self._previous: ExceptHook | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook and self._previous is not None:
            sys.excepthook = self._previous

    def hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error(
            "unexpected error: %s",
            "".join(traceback.format_exception(kind, exc, tb)).rstrip(),
        )
        try:
            self.show(kind, exc, tb)
        except Exception:  # never let the report itself take the app down
            log.exception("could not show the error dialog")

    def show(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if self.box is not None and self.box.isVisible():
            self.more += 1
            self.box.setInformativeText(self._informative())
            return
        self.more = 0
        parent = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Fieldtag: unexpected error"))
        box.setText(
            QCoreApplication.translate("CrashDialog", "Something went wrong: {0}: {1}").format(
                kind.__name__, str(exc) or "—"
            )
        )
        box.setInformativeText(self._informative())
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(QCoreApplication.translate("CrashDialog", "Unexpected error"))
        box.open()
        self.box = box

    def _informative(self) -> str:
        where = (
            QCoreApplication.translate(
                "CrashDialog", "The details are in the log file:\n{0}"
            ).format(self.log_file)
            if self.log_file is not None
            else QCoreApplication.translate(
                "CrashDialog",
                "The log folder could not be written; the details went to the console.",
            )
        )
        text = (
            QCoreApplication.translate(
                "CrashDialog",
                "Fieldtag keeps running. What it told you was saved is safe; the action that "
                "failed may not have finished, so check it and try again.\n\n",
            )
            + where
        )
        if self.more:
            text += "\n\n" + QCoreApplication.translate(
                "CrashDialog", "{0} more error(s) happened since; they are in the log."
            ).format(self.more)
        return text

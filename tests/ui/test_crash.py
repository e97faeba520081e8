"""An exception nobody caught on the GUI thread: logged with its traceback, reported in a
dialog that says where the log is, and the app keeps running."""

from __future__ import annotations

import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.log import setup_logging
from app.ui.crash import CrashReporter


def _raise(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        kind, exc, tb = sys.exc_info()
        assert kind is not None and exc is not None
        return kind, exc, tb


def test_an_unexpected_error_is_logged_and_shown_with_the_log_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    log_file = setup_logging(tmp_path / "logs" / "fieldtag.log")
    assert log_file is not None
    reporter = CrashReporter(log_file)
    kind, exc, tb = _raise("the printer driver said no")
    reporter.hook(kind, exc, tb)  # type: ignore[arg-type]
    box = reporter.box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "RuntimeError: the printer driver said no" in box.text()
    assert str(log_file) in box.informativeText()
    assert "keeps running" in box.informativeText()
    assert "_raise" in box.detailedText()  # the traceback
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged
    assert "RuntimeError: the printer driver said no" in logged
    assert "in _raise" in logged

    # a second error while the dialog is open is logged and counted, not stacked
    reporter.hook(*_raise("again"))  # type: ignore[arg-type]
    assert reporter.box is box
    assert "1 more error(s)" in box.informativeText()
    assert "RuntimeError: again" in log_file.read_text(encoding="utf-8")
    box.close()


def test_install_and_uninstall_restore_the_previous_hook() -> None:
    before = sys.excepthook
    reporter = CrashReporter(None)
    reporter.install()
    assert sys.excepthook == reporter.hook
    reporter.uninstall()
    assert sys.excepthook is before

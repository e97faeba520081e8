"""Starting the desktop application (`fieldtag` without a command).

Start-up is kept short: only what the first window needs is imported, the store is opened,
and the first page of assets is fetched on the database lane while the window is built.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

# isort: off
# The store (SQLAlchemy) is imported before Qt: once PySide6 is loaded, its import hook
# runs for every module imported after it, which makes SQLAlchemy's import slower.
from app.bootstrap import open_context, start_logging
from app.domain.errors import StoreError
from app.log import get_logger
from app.services import catalog, meta, queries  # noqa: F401  (the first window needs them)

from PySide6.QtWidgets import QApplication, QMessageBox

# isort: on


def run_gui(db: Path | None, *, exit_when_ready: bool, started: float) -> int:
    """Run the GUI on the store at `db` (default: the user data folder); returns the exit
    code. With `exit_when_ready`, quit as soon as the first page of assets has been shown,
    after printing ``ready_ms=N`` (milliseconds since `started`, a `time.perf_counter()`)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Fieldtag")
    app.setOrganizationName("Fieldtag")
    app.setApplicationDisplayName("Fieldtag")

    start_logging()
    log = get_logger("ui")
    try:
        ctx = open_context(db)
    except StoreError as exc:
        log.error("cannot open the store: %s", exc.message)
        print(f"fieldtag: error: {exc.message}", file=sys.stderr)
        if not exit_when_ready:
            QMessageBox.critical(None, app.tr("Fieldtag cannot open the database"), exc.message)
        return 1

    from app.ui.main_window import MainWindow
    from app.ui.operations import DbLane

    lane = DbLane(ctx)
    try:
        window = MainWindow(lane, offer_demo=not exit_when_ready)
        if exit_when_ready:

            def report() -> None:
                print(f"ready_ms={int((time.perf_counter() - started) * 1000)}", flush=True)
                # A start-up measurement: this session only read (opening the store commits
                # before the window exists), so nothing is lost by not waiting for the lane's
                # remaining reads (the full id list) or tearing down Qt and the interpreter.
                logging.shutdown()
                sys.stderr.flush()
                os._exit(0)

            window.ready.connect(report)
        window.show()
        log.info("window shown after %d ms", int((time.perf_counter() - started) * 1000))
        code = app.exec()
    finally:
        lane.shutdown()
        ctx.store.close()
    return code

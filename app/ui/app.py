"""Starting the desktop application (`fieldtag` without a command).

Start-up is kept short. A store that is ready as it is (the usual case) has the home
page's figures and the first page of assets read with plain sqlite3 (`services.startup`),
and the window opens on Home with its figures at once (`ready`); the database lane starts
after that and opens the store with SQLAlchemy, which then loads recent activity, the
charts, the full list of ids and everything else. (The sqlite3 reads run on a thread while
the window's modules load.) A store that must be created, upgraded or refused is opened the
usual way before the window is built, so that its errors are shown before anything else.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import open_context, resolve_db, start_logging
from app.config import load_settings
from app.domain.errors import StoreError
from app.log import get_logger
from app.ui.icons import app_icon


def run_gui(db: Path | None, *, exit_when_ready: bool, started: float) -> int:
    """Run the GUI on the store at `db` (default: the user data folder); returns the exit
    code. With `exit_when_ready`, quit as soon as the first page of assets has been shown,
    after printing ``ready_ms=N`` (milliseconds since `started`, a `time.perf_counter()`)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Fieldtag")
    app.setOrganizationName("Fieldtag")
    app.setApplicationDisplayName("Fieldtag")
    app.setDesktopFileName("fieldtag")
    app.setWindowIcon(app_icon())
    settings = load_settings()
    from app.ui.i18n import install_translators

    install_translators(app, settings.language)  # before any text is made (owned by app)
    theme = settings.theme
    if theme != "system":
        from app.ui.theme import apply_theme

        apply_theme(app, theme)

    log_file = start_logging()
    log = get_logger("ui")
    from app.ui.crash import CrashReporter

    crash = CrashReporter(log_file, app)
    crash.install()
    from app.services.startup import QuickRead
    from app.ui.asset_model import PAGE_SIZE
    from app.ui.operations import DbLane

    path = resolve_db(db)
    quick = QuickRead(path, PAGE_SIZE)  # read on a thread while the window's modules load
    importlib.import_module("app.ui.main_window")

    first = quick.first()
    if first is None:
        try:
            lane = DbLane(open_context(db))
        except StoreError as exc:
            log.error("cannot open the store: %s", exc.message)
            print(f"fieldtag: error: {exc.message}", file=sys.stderr)
            if not exit_when_ready:
                QMessageBox.critical(
                    None,
                    QCoreApplication.translate("QApplication", "Fieldtag cannot open the database"),
                    exc.message,
                )
            return 1
    else:
        lane = DbLane(None, opener=lambda: open_context(db), db_path=path)

    from app.ui.main_window import MainWindow

    try:
        window = MainWindow(
            lane, offer_demo=not exit_when_ready, first_page=first, figures_later=first is not None
        )
        if first is not None:
            window.show_figures(quick.figures())  # read while the window was built
        if exit_when_ready:

            def report() -> None:
                print(f"ready_ms={int((time.perf_counter() - started) * 1000)}", flush=True)
                # A start-up measurement: this session has only read, so nothing is lost by
                # not waiting for the lane or tearing down Qt and the interpreter.
                logging.shutdown()
                sys.stderr.flush()
                os._exit(0)

            window.ready.connect(report)
        window.show()
        log.info("window shown after %d ms", int((time.perf_counter() - started) * 1000))
        code = app.exec()
    finally:
        crash.uninstall()
        lane.shutdown()
        if lane.ctx is not None and first is None:
            lane.ctx.store.close()
    return code

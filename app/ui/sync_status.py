"""Background sync and its place in the status bar.

A store that is enrolled with a server syncs by itself: a few seconds after the window
opens, every few minutes, soon after a change, and on demand (File > Sync now, F9). The
sync runs on its own thread with its own connection to the store (HTTP may take long when
the network is bad; the database lane stays free for the window). SQLite's write lock keeps
its short page transactions and the lane's writes apart. The status bar says online or
offline, how many changes wait to be sent, when the last sync was and the last error; the
window never waits for any of it.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from app.ui.i18n import translated
from app.ui.operations import DbLane, QueryOp

if TYPE_CHECKING:  # the sync code (SQLAlchemy, httpx) loads on the sync thread, after start-up
    from app.services.context import Context
    from app.services.sync import SyncResult, SyncStatus

FIRST_DELAY_MS = 4_000  # after the window opens
PERIOD_MS = 3 * 60_000  # then every few minutes
AFTER_CHANGE_MS = 15_000  # and this long after a change (changes in a burst: one sync)
SHORTCUT = "F9"
SYNC_LABEL = "Sync"  # the lane's `changed` label of the changes a sync applied


@dataclass(frozen=True)
class SyncOutcome:
    ok: bool
    online: bool
    result: SyncResult | None
    status: SyncStatus | None
    error: str = ""


class _SyncWorker(QObject):
    """Runs one sync at a time on the sync thread, with its own store context."""

    finished = Signal(object)  # SyncOutcome

    def __init__(self, db_path: Path, stop: threading.Event) -> None:
        super().__init__()
        self.db_path = db_path
        self.stop = stop
        self.ctx: Context | None = None

    @Slot()
    def run(self) -> None:
        from app.config import paths
        from app.services.sync import SyncCancelled, server_client, sync_once, sync_status
        from app.sync.client import SyncError, Unreachable
        from app.sync.credentials import default_store

        try:
            if self.ctx is None:
                from app.bootstrap import open_context

                self.ctx = open_context(self.db_path, migrate=False, create=False)
            ctx = self.ctx
            with server_client(ctx, default_store(paths().config_dir)) as client:
                result = sync_once(ctx, client, cancelled=self.stop.is_set)
            outcome = SyncOutcome(True, True, result, sync_status(ctx))
        except SyncCancelled:
            return
        except SyncError as exc:
            status = sync_status(self.ctx) if self.ctx is not None else None
            online = not isinstance(exc, Unreachable)
            outcome = SyncOutcome(False, online, None, status, exc.message)
        except Exception as exc:  # never let the sync thread die silently
            status = None
            outcome = SyncOutcome(False, False, None, status, f"{type(exc).__name__}: {exc}")
        self.finished.emit(outcome)

    @Slot()
    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.store.close()
            self.ctx = None


class SyncController(QObject):
    """Schedules syncs of the lane's store and reports their outcome."""

    state_changed = Signal(object)  # SyncView
    _run = Signal()
    _close = Signal()

    def __init__(self, lane: DbLane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.view = SyncView()
        self.running = False
        self.again = False
        self._wanted = False  # a sync asked for before the state was read
        self._stop = threading.Event()
        self._thread: QThread | None = None
        self._worker: _SyncWorker | None = None
        self.period = QTimer(self)
        self.period.setInterval(PERIOD_MS)
        self.period.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.timeout.connect(self.sync_now)
        lane.changed.connect(self._changed)

    @Slot()
    def start(self, first_delay_ms: int = FIRST_DELAY_MS) -> None:
        """Read the sync state (on the lane), then sync after `first_delay_ms`."""
        self.refresh()
        self.soon.start(first_delay_ms)
        self.period.start()

    def refresh(self) -> None:
        def read(ctx: Context) -> SyncStatus:
            from app.services.sync import sync_status

            return sync_status(ctx)

        QueryOp(self.lane, read, success=self._status, owner=self).run()

    @Slot()
    def sync_now(self) -> None:
        if self._stop.is_set():
            return
        if self.view.status is None or self.view.status.server_url is None:
            # not known yet, or not enrolled (yet): look (again); sync once it is known
            self._wanted = True
            self.refresh()
            return
        if self.running:
            self.again = True
            return
        if self._thread is None:
            self._thread = QThread()
            self._thread.setObjectName("fieldtag-sync")
            self._worker = _SyncWorker(self.lane.db_path, self._stop)
            self._worker.moveToThread(self._thread)
            self._run.connect(self._worker.run)
            self._close.connect(self._worker.close)
            self._worker.finished.connect(self._finished)
            self._thread.start()
        self.running = True
        self.view = self.view.replace(syncing=True)
        self.state_changed.emit(self.view)
        self._run.emit()

    @Slot()
    def shutdown(self, timeout_ms: int = 15_000) -> None:
        """Stop scheduling, let a sync in progress stop after its current batch, and end
        the thread (never terminated)."""
        self._stop.set()
        self.period.stop()
        self.soon.stop()
        if self._thread is not None:
            self._close.emit()
            self._thread.quit()
            self._thread.wait(timeout_ms)
            self._thread = None

    @Slot(str)
    def _changed(self, label: str) -> None:
        if label == SYNC_LABEL:
            return
        self.refresh()
        if self.view.status is not None and self.view.status.server_url:
            self.soon.start(AFTER_CHANGE_MS)

    def _status(self, status: SyncStatus) -> None:
        self.view = self.view.replace(status=status)
        self.state_changed.emit(self.view)
        if self._wanted and status.server_url is not None:
            self._wanted = False
            self.sync_now()

    @Slot(object)
    def _finished(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.view = self.view.replace(
            syncing=False,
            online=outcome.online,
            status=outcome.status or self.view.status,
            error=outcome.error,
            last=outcome.result,
        )
        self.state_changed.emit(self.view)
        last = outcome.result
        if last is not None and (last.pushed or last.pulled or last.applied):
            # the pages showing assets, history and what waits to sync read them again
            self.lane.changed.emit(SYNC_LABEL)
        if self.again:
            self.again = False
            self.soon.start(0)


@dataclass(frozen=True)
class SyncView:
    status: SyncStatus | None = None
    online: bool | None = None  # None: not tried yet
    syncing: bool = False
    error: str = ""
    last: SyncResult | None = None

    def replace(self, **changes: Any) -> SyncView:
        from dataclasses import replace

        return replace(self, **changes)


def when_text(iso: str | None) -> str:
    """A sync time (ISO, UTC) as local time: HH:MM today, else the date too."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    local = moment.astimezone()
    today = dt.datetime.now().astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


class SyncStatusLabel(QLabel):
    """The status bar's sync state: online or offline, changes waiting, last sync, error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sync status"))
        self.setContentsMargins(0, 0, 12, 0)
        self.show_view(SyncView())

    @Slot(object)
    def show_view(self, view: SyncView) -> None:
        status = view.status
        if status is None:
            self.setText("")
            return
        if status.server_url is None:
            self.setText(self.tr("Sync: not set up"))
            self.setToolTip(
                self.tr(
                    "This store is not enrolled with a sync server. Enrol it with "
                    "'fieldtag enroll --db PATH URL CODE' (the code comes from your "
                    "administrator)."
                )
            )
            return
        parts: list[str] = []
        if view.syncing:
            parts.append(self.tr("Syncing…"))
        elif view.online is None:
            parts.append(self.tr("Sync"))
        elif view.online and not view.error:
            parts.append(self.tr("● Online"))
        elif view.online:
            parts.append(self.tr("⚠ Sync error"))
        else:
            parts.append(self.tr("○ Offline"))
        if status.waiting:
            parts.append(self.tr("{0} waiting").format(status.waiting))
        when = when_text(status.last_success)
        parts.append(self.tr("synced {0}").format(when) if when else self.tr("never synced"))
        self.setText(" · ".join(parts))
        tip = [self.tr("Server: {0}").format(status.server_url)]
        tip.append(self.tr("Changes waiting to be sent: {0}").format(status.waiting))
        if status.last_success:
            tip.append(self.tr("Last sync: {0}").format(when_text(status.last_success)))
        error = view.error or status.last_error
        if error:
            tip.append(self.tr("Last error: {0}").format(translated(error)))
        if view.last is not None:
            tip.append(
                self.tr("Last sync sent {0}, received {1}, applied {2}").format(
                    view.last.pushed, view.last.pulled, view.last.applied
                )
            )
            for conflict in view.last.conflicts[:10]:
                tip.append(self.tr("Conflict: {0}").format(translated(conflict.summary)))
        tip.append(self.tr("File > Sync now ({0}) syncs at once.").format(SHORTCUT))
        self.setToolTip("\n".join(tip))


class _CloseWatcher(QObject):
    def __init__(self, controller: SyncController, parent: QObject) -> None:
        super().__init__(parent)
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.controller.shutdown()
        return False


def install(window: Any, menu: QMenu) -> list[QAction]:
    """Background sync for the main window: the controller, its label in the status bar
    and File > Sync now (F9). Stopped when the window closes."""
    controller = SyncController(window.lane, window)
    label = SyncStatusLabel(window)
    window.statusBar().addPermanentWidget(label)
    controller.state_changed.connect(label.show_view)
    window.sync_controller = controller
    window.sync_label = label
    from app.ui import conflict_status

    conflict_status.install(window, controller)  # "N conflicts": opens the Conflicts page
    action = window._action(
        QCoreApplication.translate("MainWindow", "S&ync now"),
        SHORTCUT,
        controller.sync_now,
        QCoreApplication.translate(
            "MainWindow", "Send this device's changes to the sync server and fetch everyone else's"
        ),
    )
    menu.addSeparator()
    menu.addAction(action)
    window.installEventFilter(_CloseWatcher(controller, window))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.shutdown)
    # after the window is ready: the sync code's imports (SQLAlchemy, httpx) stay off the
    # start-up path
    ready = getattr(window, "ready", None)
    if ready is not None:
        ready.connect(controller.start, Qt.ConnectionType.SingleShotConnection)
    else:
        QTimer.singleShot(0, controller, controller.start)
    return [action]

"""Background database work for the GUI (after Anki's QueryOp/CollectionOp).

All database work started from the UI runs on one worker thread (the *lane*) in submission
order, so SQLite writes never race and the GUI thread never waits on a query. Results come
back to the GUI thread by queued signals and are handed to `success` / `failure` callbacks;
a callback whose owner widget was deleted meanwhile is skipped.

    QueryOp(lane, lambda ctx: assets.get_asset(ctx, asset_id), success=self.show_asset,
            owner=self).run()
    CollectionOp(lane, lambda ctx: assets.update_asset(ctx, asset_id, values),
                 success=self.saved, owner=self).run()   # also emits lane.changed
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import FieldtagError, ValidationError
from app.ui.i18n import problem_text, translated

if TYPE_CHECKING:
    from app.services.context import Context

log = logging.getLogger("fieldtag.ui")

T = TypeVar("T")


@dataclass
class _Job:
    id: int
    fn: Callable[[Context], Any]
    success: Callable[[Any], None] | None
    failure: Callable[[BaseException], None] | None
    owner: QObject | None
    mutates: bool
    label: str = ""
    result: Any = None
    error: BaseException | None = None
    trace: str = field(default="", repr=False)

    def release(self) -> None:
        """Drop what the job refers to (callbacks, owner, result) once it is delivered.

        The worker thread may hold the last reference to the job (the queued call that ran
        it); a widget kept alive only by the job would then be deleted in that thread, which
        crashes Qt. Called on the GUI thread."""
        self.fn = _released
        self.success = self.failure = None
        self.owner = None
        self.result = self.error = None


def _released(_ctx: Context) -> None:
    raise RuntimeError("this operation was already delivered")


class _Worker(QObject):
    finished = Signal(object)

    def __init__(self, ctx: Context | None, opener: Callable[[], Context] | None) -> None:
        super().__init__()
        self.ctx = ctx
        self.opener = opener

    def context(self) -> Context:
        if self.ctx is None:
            assert self.opener is not None
            self.ctx = self.opener()  # a StoreError fails the job that needed the store
        return self.ctx

    @Slot(object)
    def run(self, job: _Job) -> None:
        try:
            job.result = job.fn(self.context())
        except BaseException as exc:
            job.error = exc
            if not isinstance(exc, FieldtagError):
                job.trace = traceback.format_exc()
        self.finished.emit(job)


class DbLane(QObject):
    """The one worker thread that runs the GUI's database operations, in order."""

    _submit = Signal(object)
    changed = Signal(str)  # emitted after a mutating op succeeds; the str is its label
    busy_changed = Signal(bool)

    def __init__(
        self,
        ctx: Context | None,
        parent: QObject | None = None,
        *,
        opener: Callable[[], Context] | None = None,
        db_path: Path | None = None,
    ) -> None:
        """A lane on `ctx`, started at once; or, with `ctx` None, a lane whose thread opens
        the store with `opener` when its first operation runs and which starts only when
        `start()` is called (operations submitted before wait in order)."""
        super().__init__(parent)
        if ctx is None and (opener is None or db_path is None):
            raise ValueError("a lane without a context needs an opener and the database path")
        path = ctx.store.path if ctx is not None else db_path
        assert path is not None
        self.db_path = path
        self._ids = itertools.count(1)
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName("fieldtag-db")
        self._worker = _Worker(ctx, opener)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        if ctx is not None:
            self._thread.start()

    def start(self) -> None:
        """Start a lane made with an opener (idempotent)."""
        if not self._thread.isRunning():
            self._thread.start()

    @property
    def ctx(self) -> Context | None:
        """The store's context once the lane has opened it (read it on the lane only)."""
        return self._worker.ctx

    def submit(
        self,
        fn: Callable[[Context], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        mutates: bool = False,
        label: str = "",
    ) -> int:
        job = _Job(next(self._ids), fn, success, failure, owner, mutates, label)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job)
        return job.id

    @property
    def pending(self) -> int:
        return self._pending

    @Slot(object)
    def _finished(self, job: _Job) -> None:
        try:
            self._deliver(job)
        finally:
            job.release()

    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        if job.error is None:
            if job.success is not None:
                job.success(job.result)
            if job.mutates:
                self.changed.emit(job.label)
            return
        if job.trace:
            log.error("operation failed:\n%s", job.trace)
        if job.failure is not None:
            job.failure(job.error)
        else:
            show_error(job.owner if isinstance(job.owner, QWidget) else None, job.error)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Finish the queued work, stop the thread (never `terminate()`) and close the
        store if the lane opened it."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(timeout_ms)
        if self._worker.opener is not None and self._worker.ctx is not None:
            self._worker.ctx.store.close()


def error_text(error: BaseException) -> str:
    """What went wrong, in the window's language (`app.ui.i18n.translated`)."""
    if isinstance(error, ValidationError):
        return "\n".join(f"• {problem_text(p)}" for p in error.problems)
    if isinstance(error, FieldtagError):
        return translated(error.message)
    return (
        f"Something went wrong: {type(error).__name__}: {error}\n\n"
        "Nothing was changed. The details are in the log file."
    )


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("DbLane", "Fieldtag"))
    if isinstance(error, ValidationError):
        box.setText(QCoreApplication.translate("DbLane", "Nothing was saved. Please correct:"))
        box.setInformativeText(error_text(error))
    else:
        box.setText(error_text(error))
    box.open()


class _Op(Generic[T]):
    mutates = False

    def __init__(
        self,
        lane: DbLane,
        op: Callable[[Context], T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> None:
        self.lane, self.op, self.success_cb, self.failure_cb = lane, op, success, failure
        self.owner, self.label = owner, label

    def run(self) -> int:
        return self.lane.submit(
            self.op, self.success_cb, self.failure_cb,
            owner=self.owner, mutates=self.mutates, label=self.label,
        )  # fmt: skip


class QueryOp(_Op[T]):
    """Reads: runs `op(ctx)` on the lane, then `success(result)` on the GUI thread."""


class CollectionOp(_Op[T]):
    """Writes: like `QueryOp`, and on success the lane emits `changed(label)` so that views
    showing the data reload."""

    mutates = True

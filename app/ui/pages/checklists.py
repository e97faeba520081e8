"""The Checklists page: runs in progress and finished runs (filter, open or resume, report
PDF), starting a checklist (asset by typed or scanned tag, then template), and the runner.

While the list is shown, scanning an asset tag opens "Start a checklist" for that asset;
while a run is shown, the runner takes the scans (app/ui/checklist_runner.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QFont, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.checklist_runner import RunnerView, export_report
from app.ui.operations import CollectionOp, DbLane, QueryOp, show_error
from app.ui.scan.dispatch import ScanDispatcher, ScanInput

if TYPE_CHECKING:
    from app.domain.checklists import Template
    from app.services.checklists import RunInfo, RunState
    from app.services.context import Context

AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_TEXT = {
    "in_progress": QT_TRANSLATE_NOOP("RunsModel", "In progress"),
    "completed": QT_TRANSLATE_NOOP("RunsModel", "Completed"),
    "abandoned": QT_TRANSLATE_NOOP("RunsModel", "Abandoned"),
}
STATUS_COLOR = {"in_progress": "#1565c0", "completed": "#2e7d32", "abandoned": "#757575"}


def _when(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class _Column:
    title: str
    value: Callable[[RunInfo], str]


class RunsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            _Column(self.tr("Asset"), lambda r: r.asset_tag + (f" · {r.asset_name}" if r.asset_name
                                                          else "")),
            _Column(self.tr("Checklist"), lambda r: f"{r.template_title} (v{r.template_version})"),
            _Column(self.tr("Status"), lambda r: self.tr(str(STATUS_TEXT.get(r.status, r.status)))),
            _Column(self.tr("Progress"), self._progress),
            _Column(self.tr("Started"), lambda r: f"{_when(r.started_at)} · {r.started_by}"),
            _Column(self.tr("Last activity"), lambda r: _when(r.finished_at or r.updated_at)),
        ]  # fmt: skip
        self.rows: list[RunInfo] = []

    def _progress(self, r: RunInfo) -> str:
        text = self.tr("{0} of {1}").format(r.answered, r.visible)
        if r.status == "in_progress" and r.required_left:
            text += self.tr(" · {0} required left").format(r.required_left)
        if r.status == "completed" and r.transition:
            text += f" · → {r.transition.replace('_', ' ')}"
        if r.status == "abandoned" and r.abandon_reason:
            text += f" · {r.abandon_reason}"
        return text

    def set_rows(self, rows: Sequence[RunInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].value(row)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QColor(STATUS_COLOR.get(row.status, "#000000"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None


def runs_table(model: RunsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    for col, width in ((0, 210), (1, 250), (2, 95), (4, 170), (5, 125)):
        header.resizeSection(col, width)
    return view


class ChecklistsPage(QWidget):
    loaded = Signal()  # the list shows fresh data

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.stale = True
        self.loading = False
        self.reload_again = False
        self.dialog: QWidget | None = None
        self.dispatcher: ScanDispatcher | None = None

        heading = QLabel(self.tr("Checklists"))
        hf = QFont(heading.font())
        hf.setBold(True)
        hf.setPointSizeF(hf.pointSizeF() * 1.3)
        heading.setFont(hf)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter: tag, asset, checklist, person"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter checklists"))
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(200)
        self.filter_timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _t: self.filter_timer.start())
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for text, value in ((self.tr("In progress"), "in_progress"),
                            (self.tr("Completed"), "completed"),
                            (self.tr("Abandoned"), "abandoned"), (self.tr("All"), "")):  # fmt: skip
            self.status_combo.addItem(text, value)
        self.status_combo.setCurrentIndex(3)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.start_button = QPushButton(self.tr("Start checklist…"), self)
        self.start_button.setToolTip(self.tr("Choose an asset and a checklist (Ctrl+K, Insert)"))
        self.start_button.clicked.connect(self.start_checklist)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open or resume the selected run (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.report_button = QPushButton(self.tr("Report PDF…"), self)
        self.report_button.setToolTip(self.tr("Save the selected run's report as PDF"))
        self.report_button.clicked.connect(self.report_selected)
        insert = QAction(self)
        insert.setShortcuts([QKeySequence(Qt.Key.Key_Insert)])
        insert.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.triggered.connect(self.start_checklist)

        self.model = RunsModel(self)
        self.view = runs_table(self.model, self.tr("Checklist runs"))
        self.view.activated.connect(lambda _i: self.open_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.hint = QLabel(
            self.tr("Scan an asset's label here, or press “Start checklist…” (Ctrl+K), to run "
                    "a receive, deploy, maintenance or disposal checklist."),
            self,
        )  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        overview = QWidget(self)
        o = QVBoxLayout(overview)
        o.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addSpacing(12)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.open_button)
        bar.addWidget(self.report_button)
        bar.addWidget(self.start_button)
        o.addLayout(bar)
        o.addWidget(self.view, 1)
        o.addWidget(self.summary)
        o.addWidget(self.hint)
        overview.addAction(insert)
        self.overview = overview

        self.runner = RunnerView(lane, self)
        self.runner.back_requested.connect(self.show_overview)
        self.runner.next_device_requested.connect(self._next_device)
        self.runner.completed.connect(lambda _d: self._mark_stale())
        self.runner.abandoned.connect(lambda _d: self._mark_stale())

        self.stack = QStackedWidget(self)
        self.stack.addWidget(overview)
        self.stack.addWidget(self.runner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)
        lane.changed.connect(self._lane_changed)
        self._update_buttons()

    # ----------------------------------------------------------------- loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.dispatcher = self.dispatcher or getattr(self.window(), "scan_dispatcher", None)
        if self.dispatcher is not None:
            self.dispatcher.push(self)
            if self.stack.currentWidget() is self.runner:
                self.dispatcher.push(self.runner)  # the runner stays above the page
        if self.stale:
            self.reload()
        if self.stack.currentWidget() is self.overview:
            self.view.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.dispatcher is not None:
            self.dispatcher.remove(self)
        super().hideEvent(event)

    @Slot(str)
    def _lane_changed(self, label: str) -> None:
        if label == "checklist answer":
            self.stale = True  # the list reloads when it is shown again
            return
        self._mark_stale()

    def _mark_stale(self) -> None:
        self.stale = True
        if self.overview.isVisible():
            self.reload()

    @Slot()
    def reload(self) -> None:
        if self.loading:
            self.reload_again = True
            return
        self.loading = True
        self.stale = False
        status = self.status_combo.currentData() or None
        text = self.filter_edit.text()

        def fetch(ctx: Context) -> list[RunInfo]:
            from app.services import checklists

            return checklists.list_runs(ctx, status=status, text=text)

        QueryOp(self.lane, fetch, success=self._loaded, failure=self._failed, owner=self).run()

    def _loaded(self, runs: list[RunInfo]) -> None:
        self.loading = False
        if self.reload_again:
            self.reload_again = False
            self.reload()
            return
        current = self._selected()
        self.model.set_rows(runs)
        row = 0
        if current is not None:
            row = next((i for i, r in enumerate(runs) if r.id == current.id), 0)
        if runs:
            self.view.selectRow(row)
        open_runs = sum(1 for r in runs if r.status == "in_progress")
        self.summary.setText(
            self.tr("Runs shown: {0}; in progress: {1}.").format(len(runs), open_runs)
        )
        self.hint.setVisible(not runs)
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.stale = True
        show_error(self, error, self.tr("Could not load the checklists"))

    def _selected(self) -> RunInfo | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _update_buttons(self) -> None:
        run = self._selected()
        self.open_button.setEnabled(run is not None)
        self.open_button.setText(
            self.tr("Resume") if run is not None and run.status == "in_progress" else
            self.tr("Open")
        )  # fmt: skip
        self.report_button.setEnabled(run is not None)

    # ----------------------------------------------------------------- actions

    @Slot()
    def open_selected(self) -> None:
        run = self._selected()
        if run is not None:
            self.open_run(run.id)

    def open_run(self, run_id: str) -> None:
        self.stack.setCurrentWidget(self.runner)
        self.runner.open_run(run_id)

    def show_run(self, state: RunState) -> None:
        self.stack.setCurrentWidget(self.runner)
        self.runner.show_run(state)

    @Slot()
    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        if self.dispatcher is not None:
            self.dispatcher.push(self)
        if self.stale:
            self.reload()
        self.view.setFocus()

    @Slot()
    def report_selected(self) -> None:
        run = self._selected()
        if run is not None:
            export_report(self, self.lane, run.id, f"{run.asset_tag}-{run.template_key}.pdf")

    def start_checklist(
        self, asset_id: str | None = None, *, tag: str = "", template_key: str = ""
    ) -> None:
        from app.ui.dialogs.checklist_start import StartChecklistDialog

        dialog = StartChecklistDialog(
            self.lane, self, asset_id=asset_id, tag=tag, template_key=template_key
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._start_chosen)
        self.dialog = dialog
        dialog.open()

    @Slot(str, object)
    def _start_chosen(self, asset_id: str, template: Template) -> None:
        def start(ctx: Context) -> RunState:
            from app.services import checklists

            return checklists.start_run(ctx, asset_id, template)

        def started(state: RunState) -> None:
            self.show_run(state)
            window = self.window()
            if state.resumed and hasattr(window, "show_status"):
                window.show_status(
                    self.tr("Resumed the run in progress of {0} on {1}").format(
                        state.template.title, state.asset.tag
                    )
                )

        CollectionOp(
            self.lane, start, success=started,
            failure=lambda e: show_error(self, e, self.tr("The checklist was not started")),
            owner=self, label="checklist started",
        ).run()  # fmt: skip

    @Slot(str)
    def _next_device(self, template_key: str) -> None:
        self.show_overview()
        self.start_checklist(template_key=template_key)

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    # ----------------------------------------------------------------- scans

    def handle_scan(self, scan: ScanInput) -> bool:
        """On the list: a scanned tag opens 'Start a checklist' for that asset."""
        if self.stack.currentWidget() is not self.overview:
            return False
        tag = scan.read.tag
        if tag is None:
            if self.dispatcher is not None:
                self.dispatcher.report(
                    scan, scan.read.problem or self.tr("no asset tag"), "refused"
                )
            return True
        self.start_checklist(tag=tag)
        if self.dispatcher is not None:
            self.dispatcher.report(scan, self.tr("checklist for {0}").format(tag), "ok")
        return True


def start_checklist(window: Any, asset_id: str | None = None) -> None:
    """Ctrl+K: show the Checklists page and start a checklist (for `asset_id`, else for the
    asset open on the assets page, else asking for the asset)."""
    if asset_id is None and window.pages.currentWidget() is window.assets_page:
        view = getattr(window.assets_page, "asset_view", None)
        if view is not None and view.isVisible() and view.detail is not None:
            asset_id = view.detail.id
    page = checklists_page(window)
    if page is None:
        return
    if page.stack.currentWidget() is not page.overview and asset_id is None:
        page.show_overview()
    page.start_checklist(asset_id)


def checklists_page(window: Any) -> ChecklistsPage | None:
    """Show the Checklists page of the main window (building it if needed) and return it."""
    if hasattr(window, "show_page_titled"):
        window.show_page_titled("Checklists")
    else:  # the window of an older layout: Assets, then LAZY_PAGES
        from app.ui.main_window import LAZY_PAGES

        titles = [t for t, _m, _c in LAZY_PAGES]
        window.show_page(1 + titles.index("Checklists"))
    page = window.pages.currentWidget()
    return page if isinstance(page, ChecklistsPage) else None

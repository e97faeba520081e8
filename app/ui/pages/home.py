"""Home: what needs doing, at a glance.

Figures in cards (assets by state; warranties ending; end of life; counts due; checklists
in progress and drives waiting for sanitization; sync), each a button that opens the asset
list filtered to exactly those assets; recent activity; links to the reports; and charts
(pyqtgraph), built after the figures are on screen: the library is imported on a
background thread (it takes ~0.6 s) so the window never waits for it.

All figures come from one service call (`app.services.dashboard.dashboard`) on the lane;
at start the window may hand over figures read before the store was opened
(`app.services.startup.dashboard`), and the page shows them at once.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dashboard import (
    AUDIT_SOON_DAYS,
    EOL_SOON_DAYS,
    WARRANTY_WINDOWS,
    Dashboard,
    DashboardCharts,
    RecentItem,
)
from app.domain.lifecycle import Status
from app.services.filters import AssetFilter
from app.ui.i18n import translated
from app.ui.lifecycle_text import state_name
from app.ui.operations import DbLane, QueryOp

REFRESH_DELAY_MS = 400  # after a change, the figures are read again this long after
CHARTS_DELAY_MS = 50  # the charts start loading this long after the figures are painted
REPORTS = (
    ("inventory", "Inventory by location"),
    ("warranty", "Warranty and end-of-life forecast"),
    ("disposals", "Disposal register"),
    ("counts", "Count history"),
)
NOT_DISPOSED = (Status.DISPOSED,)


def _n(value: int) -> str:
    return f"{value:,}"


class FigureButton(QAbstractButton):
    """A figure: the number large, what it counts below it. Clicking it opens the assets.
    Painted from the palette (no style sheet: polishing one costs more than the page)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.number = QLabel("…", self)
        self.number.setObjectName("figureNumber")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        lines = QFontMetrics(font).height() + 2 * self.fontMetrics().height() + 14
        self.setMinimumHeight(lines)
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(caption)

    def set_value(self, value: int, tip: str = "") -> None:
        self.number.setText(_n(value))
        self.setAccessibleDescription(f"{_n(value)} {self.caption.text()}")
        if tip:
            self.setToolTip(tip)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        active = self.underMouse() or self.hasFocus()
        border = pal.color(QPalette.ColorRole.Highlight if active else QPalette.ColorRole.Mid)
        fill = pal.color(
            QPalette.ColorRole.AlternateBase if self.isDown() else QPalette.ColorRole.Base
        )
        painter.setPen(QPen(border, 2 if self.hasFocus() else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)


def _link_button(text: str, parent: QWidget) -> QPushButton:
    """A flat button that reads as a link (the palette's link colour)."""
    link = QPushButton(text, parent)
    link.setFlat(True)
    link.setCursor(Qt.CursorShape.PointingHandCursor)
    pal = link.palette()
    pal.setColor(QPalette.ColorRole.ButtonText, pal.color(QPalette.ColorRole.Link))
    link.setPalette(pal)
    return link


class _Importer(QObject):
    """Imports pyqtgraph on a Python thread and says so on the GUI thread."""

    done = Signal(bool)

    def start(self) -> None:
        def run() -> None:
            os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
            try:
                import pyqtgraph  # type: ignore[import-untyped]  # noqa: F401
            except Exception:  # no charts, the figures still work
                self.done.emit(False)
                return
            self.done.emit(True)

        threading.Thread(target=run, name="fieldtag-charts-import", daemon=True).start()


class HomePage(QWidget):
    """The figures, recent activity, report links and charts."""

    # the figures are on screen (emitted once per load, after they were painted)
    figures_shown = Signal()
    # a figure was clicked: show the assets of this filter
    open_filter = Signal(object)
    # a report link was clicked: the report's key (inventory, warranty, disposals, counts)
    report_requested = Signal(str)
    # the counts page was asked for
    counts_requested = Signal()
    # an asset in recent activity was opened
    asset_requested = Signal(str)
    # the charts are drawn
    charts_shown = Signal()

    def __init__(
        self,
        lane: DbLane,
        parent: QWidget | None = None,
        *,
        dashboard: Dashboard | None = None,
        charts: bool = True,
        load: bool = True,
    ) -> None:
        """With `dashboard`, show it at once; else read the figures on the lane, unless
        `load` is False (the caller hands them over with `show_first` or calls
        `refresh`)."""
        super().__init__(parent)
        self.lane = lane
        self.dashboard: Dashboard | None = None
        self.charts_data: DashboardCharts | None = None
        self.charts_widget: Any = None
        self._charts_enabled = charts
        self._charts_started = False
        self._stale = False
        self._loading = False
        self.today_override: dt.date | None = None
        self.buttons: dict[str, FigureButton] = {}
        self.filters: dict[str, Callable[[], AssetFilter]] = {}

        self.title = QLabel(self.tr("What needs doing"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel(self)
        self.reports_button = QPushButton(self.tr("Reports…"), self)
        self.reports_button.setToolTip(
            self.tr("Save a report as PDF or CSV ({0})").format(
                QKeySequence("Ctrl+R").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.reports_button.clicked.connect(lambda: self.report_requested.emit(""))
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.date_label, 1, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.reports_button)

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self._states_card(), 0, 0, 1, 3)
        grid.addWidget(self._warranty_card(), 1, 0)
        grid.addWidget(self._eol_card(), 1, 1)
        grid.addWidget(self._sync_card(), 1, 2)
        grid.addWidget(self._counts_card(), 2, 0, 1, 2)
        grid.addWidget(self._work_card(), 2, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)

        self.charts_box = QGroupBox(self.tr("Charts"), self)
        self.charts_layout = QVBoxLayout(self.charts_box)
        self.charts_note = QLabel(self.tr("The charts are being drawn…"), self.charts_box)
        self.charts_layout.addWidget(self.charts_note)
        self.charts_box.setMinimumHeight(200)

        self.recent = QTreeWidget(self)
        self.recent.setObjectName("recentActivity")
        self.recent.setAccessibleName(self.tr("Recent activity"))
        self.recent.setRootIsDecorated(False)
        self.recent.setUniformRowHeights(True)
        self.recent.setAlternatingRowColors(True)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")]
        )
        header = self.recent.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, width in enumerate((130, 130, 220)):
            header.resizeSection(i, width)
        self.recent.setMinimumHeight(220)
        self.recent.itemActivated.connect(self._recent_activated)
        recent_box = QGroupBox(self.tr("Recent activity"), self)
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent)
        hint = QLabel(self.tr("Double-click a line to open its asset."), recent_box)
        hint.setEnabled(False)
        recent_layout.addWidget(hint)

        reports_box = QGroupBox(self.tr("Reports"), self)
        reports_layout = QVBoxLayout(reports_box)
        self.report_links: dict[str, QPushButton] = {}
        for key, title in REPORTS:
            link = _link_button(self.tr(title), reports_box)
            link.setToolTip(self.tr("Save this report as PDF or CSV"))
            link.clicked.connect(lambda _c=False, k=key: self.report_requested.emit(k))
            reports_layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
            self.report_links[key] = link
        reports_layout.addStretch(1)

        bottom = QHBoxLayout()
        bottom.addWidget(recent_box, 3)
        bottom.addWidget(reports_box, 1)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(self.charts_box)
        layout.addLayout(bottom)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.lane.changed.connect(self._data_changed)

        if dashboard is not None:
            self.show_first(dashboard)
        elif load:
            self.refresh()

    def show_first(self, dashboard: Dashboard) -> None:
        """Show figures read before the store was opened; recent activity (and fresh
        figures) follow from the lane."""
        self.show_dashboard(dashboard)
        QTimer.singleShot(0, self.refresh)

    # -------------------------------------------------------------------------- cards

    @property
    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    def _figure(
        self, box: QWidget, key: str, caption: str, flt: Callable[[], AssetFilter]
    ) -> FigureButton:
        button = FigureButton(caption, box)
        button.clicked.connect(lambda: self.open_filter.emit(flt()))
        self.buttons[key] = button
        self.filters[key] = flt
        return button

    def _card(self, title: str, figures: list[tuple[str, str, Callable[[], AssetFilter]]],
              columns: int) -> QGroupBox:  # fmt: skip
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        grid.setSpacing(8)
        for i, (key, caption, flt) in enumerate(figures):
            grid.addWidget(self._figure(box, key, caption, flt), i // columns, i % columns)
        return box

    def _states_card(self) -> QGroupBox:
        def of(status: Status) -> Callable[[], AssetFilter]:
            title = self.tr("Status: {0}").format(state_name(status))
            return lambda: AssetFilter(statuses=(status,), title=title)

        figures = [(f"status:{s.value}", state_name(s), of(s)) for s in Status]
        return self._card(self.tr("Assets by lifecycle state"), figures, 8)

    def _warranty_card(self) -> QGroupBox:
        def within(days: int) -> Callable[[], AssetFilter]:
            text = self.tr("Warranty ends within {0} days").format(days)
            return lambda: AssetFilter(
                warranty_within_days=days, exclude_statuses=NOT_DISPOSED, today=self.today,
                title=text,
            )  # fmt: skip

        figures = [
            (f"warranty:{d}", self.tr("within {0} days").format(d), within(d))
            for d in WARRANTY_WINDOWS
        ]
        return self._card(self.tr("Warranties ending"), figures, 3)

    def _eol_card(self) -> QGroupBox:
        def past() -> AssetFilter:
            return AssetFilter(eol_before=self.today, exclude_statuses=NOT_DISPOSED,
                               title=self.tr("Past end of life"))  # fmt: skip

        def soon() -> AssetFilter:
            return AssetFilter(
                eol_from=self.today, eol_to=self.today + dt.timedelta(days=EOL_SOON_DAYS),
                exclude_statuses=NOT_DISPOSED,
                title=self.tr("End of life within {0} days").format(EOL_SOON_DAYS),
            )  # fmt: skip

        return self._card(
            self.tr("End of life"),
            [("eol:past", self.tr("past end of life"), past),
             ("eol:soon", self.tr("within {0} days").format(EOL_SOON_DAYS), soon)],
            2,
        )  # fmt: skip

    def _counts_card(self) -> QGroupBox:
        def overdue() -> AssetFilter:
            return AssetFilter(
                audit_due_by=self.today,
                title=self.tr("Due for a count (overdue or never counted)"),
            )

        def soon() -> AssetFilter:
            return AssetFilter(
                audit_due_by=self.today + dt.timedelta(days=AUDIT_SOON_DAYS),
                title=self.tr("Due for a count within {0} days").format(AUDIT_SOON_DAYS),
            )

        box = self._card(
            self.tr("Counts"),
            [("audit:overdue", self.tr("assets overdue for a count or never counted"), overdue),
             ("audit:locations", self.tr("locations holding them"), overdue),
             ("audit:soon", self.tr("due within {0} days").format(AUDIT_SOON_DAYS), soon)],
            3,
        )  # fmt: skip
        self.buttons["audit:locations"].setToolTip(
            self.tr("The assets due for a count; the Counts page lists the locations")
        )
        link = _link_button(self.tr("Open the Counts page"), box)
        link.clicked.connect(self.counts_requested)
        self.counts_link = link
        grid = box.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(link, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        return box

    def _work_card(self) -> QGroupBox:
        return self._card(
            self.tr("Work in progress"),
            [("checklists", self.tr("checklists in progress"),
              lambda: AssetFilter(checklist_in_progress=True,
                                  title=self.tr("Checklist in progress"))),
             ("drives", self.tr("drives waiting for sanitization"),
              lambda: AssetFilter(drives_unsanitized=True, statuses=(Status.RETIRED,),
                                  title=self.tr("Drives waiting for sanitization")))],
            1,
        )  # fmt: skip

    def _sync_card(self) -> QGroupBox:
        box = self._card(
            self.tr("Sync"),
            [("unsynced", self.tr("changes waiting to sync"),
              lambda: AssetFilter(unsynced=True, title=self.tr("Changes waiting to sync")))],
            1,
        )  # fmt: skip
        self.last_sync_label = QLabel(box)
        self.last_sync_label.setWordWrap(True)
        grid = box.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(self.last_sync_label, 1, 0)
        return box

    # -------------------------------------------------------------------------- data

    @Slot()
    def refresh(self) -> None:
        """Read the figures again (on the lane)."""
        self._refresh_timer.stop()
        self._stale = False
        self._loading = True
        today = self.today

        def fetch(ctx: Any) -> Dashboard:
            from app.services.dashboard import dashboard

            return dashboard(ctx, today)

        QueryOp(self.lane, fetch, success=self.show_dashboard, owner=self).run()
        if self._charts_started:
            self._load_charts()

    @property
    def loading(self) -> bool:
        return self._loading

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self._loading = False
        self.dashboard = dashboard
        f = dashboard.figures
        self.date_label.setText(
            self.tr("{0} · {1} assets recorded").format(
                QLocale().toString(
                    QDate(f.today.year, f.today.month, f.today.day), QLocale.FormatType.LongFormat
                ),
                _n(f.total),
            )
        )
        for status in Status:
            self.buttons[f"status:{status.value}"].set_value(f.by_status.get(status.value, 0))
        for days in WARRANTY_WINDOWS:
            self.buttons[f"warranty:{days}"].set_value(
                f.warranty_ending.get(days, 0),
                self.tr("Assets (not disposed) whose warranty ends in the next {0} days")
                .format(days),
            )  # fmt: skip
        self.buttons["eol:past"].set_value(
            f.past_eol, self.tr("Assets (not disposed) whose end-of-life date has passed")
        )
        self.buttons["eol:soon"].set_value(f.eol_soon)
        self.buttons["audit:overdue"].set_value(
            f.audit_overdue,
            self.tr("Assets a count would expect whose next audit is today or past, or that "
                    "were never counted"),
        )  # fmt: skip
        self.buttons["audit:locations"].set_value(f.audit_locations)
        self.buttons["audit:soon"].set_value(f.audit_soon)
        self.buttons["checklists"].set_value(
            f.checklists_in_progress,
            self.tr("{0} checklists in progress on {1} assets").format(
                _n(f.checklists_in_progress), _n(f.checklist_assets)
            ),
        )
        self.buttons["drives"].set_value(
            f.drives_waiting,
            self.tr("Drives in assets not disposed with no passed sanitization record"),
        )
        self.buttons["unsynced"].set_value(
            f.unsynced, self.tr("Changes made on this device that the sync server has not received")
        )
        if f.last_sync is None:
            self.last_sync_label.setText(self.tr("Last sync: never"))
        else:
            self.last_sync_label.setText(
                self.tr("Last sync: {0} UTC").format(f.last_sync.strftime("%Y-%m-%d %H:%M"))
            )
        if dashboard.recent is not None:
            self._show_recent(dashboard.recent)
        QTimer.singleShot(0, self._painted)

    def _show_recent(self, recent: tuple[RecentItem, ...]) -> None:
        self.recent.clear()
        items = []
        for r in recent:
            summary = translated(r.summary)
            item = QTreeWidgetItem([
                r.at.strftime("%Y-%m-%d %H:%M"), f"{r.actor} ({r.device})", r.what, summary
            ])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, r.asset_id)
            item.setToolTip(3, summary)
            items.append(item)
        if not items:
            item = QTreeWidgetItem(["", "", self.tr("Nothing recorded yet."), ""])
            items.append(item)
        self.recent.addTopLevelItems(items)

    @Slot(QTreeWidgetItem, int)
    def _recent_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        asset_id = item.data(0, Qt.ItemDataRole.UserRole)
        if asset_id:
            self.asset_requested.emit(asset_id)

    @Slot()
    def _painted(self) -> None:
        self.figures_shown.emit()
        if self._charts_enabled and not self._charts_started:
            self._charts_started = True
            QTimer.singleShot(CHARTS_DELAY_MS, self._start_charts)

    @Slot(str)
    def _data_changed(self, _label: str) -> None:
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # ------------------------------------------------------------------------- charts

    def _start_charts(self) -> None:
        self._importer = _Importer(self)
        self._importer.done.connect(self._charts_library_ready)
        self._importer.start()
        self._load_charts()

    def _load_charts(self) -> None:
        today = self.today

        def fetch(ctx: Any) -> DashboardCharts:
            from app.services.dashboard import dashboard_charts

            return dashboard_charts(ctx, today)

        QueryOp(self.lane, fetch, success=self._charts_arrived, owner=self).run()

    def _charts_arrived(self, charts: DashboardCharts) -> None:
        self.charts_data = charts
        self._draw_charts()

    @Slot(bool)
    def _charts_library_ready(self, ok: bool) -> None:
        self._library_ok = ok
        if not ok:
            self.charts_note.setText(self.tr("Charts are not available (pyqtgraph is missing)."))
            return
        self._draw_charts()

    def _draw_charts(self) -> None:
        if self.charts_data is None or not getattr(self, "_library_ok", False):
            return
        from app.ui.pages.home_charts import ChartsPanel

        if self.charts_widget is None:
            self.charts_widget = ChartsPanel(self.charts_box)
            self.charts_widget.open_filter.connect(self.open_filter)
            self.charts_note.hide()
            self.charts_layout.addWidget(self.charts_widget)
        self.charts_widget.show_charts(self.charts_data)
        self.charts_shown.emit()

    def filter_for(self, key: str) -> AssetFilter:
        """The filter a figure opens (for tests and the keyboard)."""
        return self.filters[key]()

"""The Counts page: inventory counts (stocktakes) of shelves, rooms and warehouses.

Two views in one page:

- the overview: the open counts (Enter or double-click opens one), the locations and
  assets due for a count, and "Start count…" (Insert / Ctrl+Shift+N);
- the count view: a big scan field with the focus, the answer to the last scan, the
  figures (found of expected, missing, unexpected, unknown, duplicates), and the lists:
  Missing, Found, Unexpected ("Move here"), Unknown tags (create the asset with the tag,
  or flag it), By category. "Close count…" says what will happen, then offers the reports.

While the count view is shown it sits on top of the window's scan dispatcher, so camera
and USB scanner scans go to the count; it leaves the stack when hidden. Each scan is saved
on the database lane (`counts.record_scan`, its own durable transaction); the sound and
the scanner panel's line come only with the lane's answer, never before. An answer only
appends to the lists and moves the figures; the whole reconciliation is read again when
the scans pause for two seconds, when something else changed the store, and at once with
Refresh (F5), so the view stays fast with tens of thousands of scans.

The services are imported inside the lane functions: SQLAlchemy is not loaded at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import translated
from app.ui.lifecycle_text import state_name
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text, show_error
from app.ui.scan.dispatch import ScanDispatcher, ScanInput
from app.ui.theme import box_style, is_dark, is_high_contrast

if TYPE_CHECKING:
    from app.services.context import Context

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_MS = 2000  # the whole reconciliation is read again when scans pause this long

RESULT_STYLES = {
    "found": "background: #e6f4ea; color: #0d652d; border: 1px solid #a8dab5;",
    "duplicate": "background: #f1f3f4; color: #3c4043; border: 1px solid #dadce0;",
    "unexpected": "background: #fef7e0; color: #7a4f01; border: 1px solid #f9d77e;",
    "unknown": "background: #fef7e0; color: #7a4f01; border: 1px solid #f9d77e;",
    "error": "background: #fdecea; color: #611a15; border: 1px solid #f1aeb5;",
    "idle": "background: palette(base); color: palette(text); border: 1px solid palette(mid);",
}


def _local(value: dt.datetime) -> dt.datetime:
    """The store keeps naive UTC times: shown in local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def _when(value: object) -> str:
    if isinstance(value, dt.datetime):
        return _local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _time(value: object) -> str:
    if isinstance(value, dt.datetime):
        return _local(value).strftime("%H:%M:%S")
    return "" if value is None else str(value)


# ------------------------------------------------------------------------------ models


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], object]
    numeric: bool = False


class RowsModel(QAbstractTableModel):
    """A read-only table over a Python list that grows by appending (or prepending) one
    row at a time, so an acknowledged scan costs one row insert, not a reset."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def prepend(self, row: Any) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, row)
        self.endInsertRows()

    def remove_first(self, match: Callable[[Any], bool]) -> Any | None:
        for i, row in enumerate(self.rows):
            if match(row):
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
                return row
        return None

    def row_changed(self, i: int) -> None:
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(row)
            return f"{value:,}" if isinstance(value, int) and column.numeric else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None


def _table(model: RowsModel, name: str, *, multi: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header.hide()
    h = view.horizontalHeader()
    h.setStretchLastSection(True)
    h.setDefaultSectionSize(150)
    h.setHighlightSections(False)
    return view


def _selected_rows(view: QTableView) -> list[Any]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    model = view.model()
    return [model.index(r, 0).data(ROW_ROLE) for r in rows]


# ---------------------------------------------------------------- what the view shows


@dataclass
class Shown:
    """The rows of one count as the view shows them: the last full reconciliation plus the
    acknowledgements that came since."""

    expected: int = 0
    found: int = 0
    missing: int = 0
    unexpected: int = 0
    unknown: int = 0
    duplicates: int = 0
    to_move: int = 0  # unexpected assets not recorded here yet


class CountView(QWidget):
    """One open (or closed) count: scan into it, watch it, close it."""

    back_requested = Signal()
    # an acknowledged scan is shown: (the service's ScanAck)
    scan_acked = Signal(object)
    # the whole reconciliation was read and shown
    state_loaded = Signal()
    # the count was closed here: (CloseResult)
    closed = Signal(object)

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.dispatcher: ScanDispatcher | None = None
        self.count_id: str | None = None
        self.info: Any = None
        self.is_open = False
        self.shown = Shown()
        self.by_category: dict[str, list[int]] = {}  # category -> [found, expected]
        self.expected_by_tag: dict[str, Any] = {}  # casefolded tag -> ExpectedAsset
        self.flagged: set[str] = set()
        self.pending = 0  # scans sent to the lane, not answered yet
        self.loading = False
        self.reload_again = False
        self.dialog: QWidget | None = None
        self.acks_since_load = 0

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh_due)

        # -- header
        self.back_button = QPushButton(self.tr("◀ All counts"))
        self.back_button.setToolTip(self.tr("Back to the list of counts (Alt+Left)"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setForegroundRole(self.meta.foregroundRole())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the whole count again (F5)"))
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(self.tr("Close count…"))
        self.close_button.setToolTip(
            self.tr("Finish the count: set audit dates, then save the report")
        )
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.ask_close)
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.meta)
        head.addLayout(titles, 1)
        head.addWidget(self.refresh_button)
        head.addWidget(self.close_button)

        # -- scan field and the answer to the last scan
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("countScanField")
        self.scan_field.setAccessibleName(self.tr("Scan or type a tag"))
        self.scan_field.setPlaceholderText(self.tr("Scan a label, or type a tag and press Enter"))
        field_font = QFont(self.scan_field.font())
        field_font.setPointSizeF(field_font.pointSizeF() * 1.8)
        self.scan_field.setFont(field_font)
        self.scan_field.setMinimumHeight(int(self.scan_field.fontMetrics().height() * 1.8))
        self.scan_field.returnPressed.connect(self._typed)
        self.result = QLabel(self.tr("Ready: scan the first label."))
        self.result.setObjectName("countResult")
        result_font = QFont(self.result.font())
        result_font.setPointSizeF(result_font.pointSizeF() * 1.4)
        result_font.setBold(True)
        self.result.setFont(result_font)
        self.result.setMinimumHeight(int(self.result.fontMetrics().height() * 2.0))
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self._style_result("idle")
        self.saving = QLabel()
        self.saving.setMinimumWidth(120)

        # -- figures
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Found of expected"))
        self.progress.setMinimumHeight(22)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        names = {
            "found": self.tr("Found"),
            "missing": self.tr("Still missing"),
            "unexpected": self.tr("Unexpected"),
            "unknown": self.tr("Unknown tags"),
            "duplicates": self.tr("Duplicates ignored"),
        }
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        for col, (key, text) in enumerate(names.items()):
            value = QLabel("0")
            value.setFont(big)
            value.setAccessibleName(text)
            caption = QLabel(text)
            grid.addWidget(value, 0, col)
            grid.addWidget(caption, 1, col)
            self.figures[key] = value
        grid.setColumnStretch(len(names), 1)

        # -- lists
        self.missing_model = RowsModel(
            [
                Column(self.tr("Tag"), lambda a: a.tag),
                Column(self.tr("Category"), lambda a: a.category),
                Column(self.tr("Status"), lambda a: state_name(a.status)),
                Column(self.tr("Recorded at"), lambda a: a.location_path),
            ],
            self,
        )
        scanned_columns = [  # found and unexpected rows: who scanned them, when
            Column(self.tr("Tag"), lambda r: r.tag),
            Column(self.tr("Category"), lambda r: r.category),
            Column(self.tr("Scanned"), lambda r: _time(r.scanned_at)),
            Column(self.tr("By"), lambda r: r.actor),
            Column(self.tr("Recorded at"), lambda r: r.location_path),
        ]
        self.found_model = RowsModel(list(scanned_columns), self)
        self.unexpected_model = RowsModel(list(scanned_columns), self)
        self.unknown_model = RowsModel(
            [
                Column(self.tr("Tag"), lambda tag: tag),
                Column(
                    self.tr("Flag"),
                    lambda tag: self.tr("⚑ flagged") if tag.casefold() in self.flagged else "",
                ),
            ],
            self,
        )
        self.category_model = RowsModel(
            [
                Column(self.tr("Category"), lambda r: r[0] or self.tr("(no category)")),
                Column(self.tr("Found"), lambda r: r[1], numeric=True),
                Column(self.tr("Expected"), lambda r: r[2], numeric=True),
                Column(
                    self.tr("Progress"),
                    lambda r: f"{100 * r[1] / r[2]:.0f} %" if r[2] else "—",
                    numeric=True,
                ),
            ],
            self,
        )
        self.missing_view = _table(self.missing_model, self.tr("Still missing"))
        self.found_view = _table(self.found_model, self.tr("Found"))
        self.unexpected_view = _table(self.unexpected_model, self.tr("Unexpected"), multi=True)
        self.unknown_view = _table(self.unknown_model, self.tr("Unknown tags"))
        self.category_view = _table(self.category_model, self.tr("Progress by category"))
        self.unknown_view.activated.connect(lambda _i: self.create_unknown())

        self.move_button = QPushButton(self.tr("Move here"))
        self.move_button.setToolTip(
            self.tr("Record the selected assets at the counted location (they are here)")
        )
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self.move_selected_here)
        unexpected_page = self._list_page(
            self.unexpected_view,
            self.tr("Scanned here, but recorded elsewhere."),
            [self.move_button],
        )
        self.create_button = QPushButton(self.tr("Create asset…"))
        self.create_button.setToolTip(
            self.tr("Create an asset with the selected tag (a label printed in advance)")
        )
        self.create_button.clicked.connect(self.create_unknown)
        self.flag_button = QPushButton(self.tr("Flag"))
        self.flag_button.setToolTip(self.tr("Mark the selected tag to look into later"))
        self.flag_button.clicked.connect(self.flag_unknown)
        for b in (self.create_button, self.flag_button):
            b.setAutoDefault(False)
        unknown_page = self._list_page(
            self.unknown_view,
            self.tr("No asset has these tags."),
            [self.create_button, self.flag_button],
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.missing_view, "")
        self.tabs.addTab(self.found_view, "")
        self.tabs.addTab(unexpected_page, "")
        self.tabs.addTab(unknown_page, "")
        self.tabs.addTab(self.category_view, "")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        top = QVBoxLayout()
        top.addLayout(head)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(self.saving)
        top.addLayout(scan_row)
        top.addWidget(self.result)
        top.addLayout(grid)
        top.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._show_figures()

    def _list_page(self, view: QTableView, hint: str, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        label = QLabel(hint)
        row.addWidget(label, 1)
        for b in buttons:
            row.addWidget(b)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        return page

    def _style_result(self, kind: str) -> None:
        tones = {"found": "ok", "unexpected": "warning", "unknown": "warning", "error": "error"}
        if kind in tones and (is_dark() or is_high_contrast()):  # the light tints: unreadable
            self.result.setStyleSheet(box_style(tones[kind], "QLabel#countResult"))
            return
        if kind == "duplicate" and (is_dark() or is_high_contrast()):
            kind = "idle"
        self.result.setStyleSheet(
            f"QLabel#countResult {{ {RESULT_STYLES[kind]} border-radius: 6px; padding: 6px; }}"
        )

    # --------------------------------------------------------------------- the count

    def open_count(self, count_id: str) -> None:
        """Show the count `count_id` (read on the lane)."""
        if count_id != self.count_id:
            self.count_id = count_id
            self.info = None
            self.is_open = False
            self.flagged.clear()
            self.shown = Shown()
            self.title.setText(self.tr("Loading the count…"))
            self.meta.clear()
            for model in (self.missing_model, self.found_model, self.unexpected_model,
                          self.unknown_model, self.category_model):  # fmt: skip
                model.set_rows([])
            self.result.setText(self.tr("Ready: scan the first label."))
            self._style_result("idle")
            self._show_figures()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the whole reconciliation again."""
        self.refresh_timer.stop()
        if self.count_id is None:
            return
        if self.loading:  # the answer under way may predate the last scans: ask once more
            self.reload_again = True
            return
        self.loading = True
        count_id = self.count_id

        def state(ctx: Context) -> Any:
            from app.services import counts

            return counts.count_state(ctx, count_id)

        QueryOp(
            self.lane, state, success=self._state_loaded, failure=self._state_failed, owner=self
        ).run()

    def _refresh_due(self) -> None:
        if self.pending:  # scans still coming in: read the whole count once they settle
            self.refresh_timer.start()
            return
        self.refresh()

    def schedule_refresh(self) -> None:
        """Read the whole count once the scans pause for two seconds (each scan restarts the
        wait): a full read of a big count takes the lane a few hundred ms, which a scan
        waiting behind it would feel; the acknowledgements keep the view right meanwhile."""
        if not self.loading:
            self.refresh_timer.start()

    def _state_failed(self, error: BaseException) -> None:
        self.loading = False
        self.reload_again = False
        self._style_result("error")
        self.result.setText(self.tr("Could not read the count: {0}").format(error_text(error)))

    def _state_loaded(self, state: Any) -> None:
        self.loading = False
        if self.reload_again:
            self.reload_again = False
            self.refresh()
            return
        if self.count_id is None or state.info.id != self.count_id:
            return
        self.acks_since_load = 0
        self.info = state.info
        self.is_open = state.info.status == "open"
        rec = state.result
        self.expected_by_tag = {}
        for a in rec.missing:
            self.expected_by_tag[a.tag.casefold()] = a
        found_rows = [self._found_row(f) for f in rec.found]
        for row in found_rows:
            self.expected_by_tag[row.tag.casefold()] = row
        found_rows.sort(key=lambda r: r.scanned_at or dt.datetime.min, reverse=True)
        self.found_model.set_rows(found_rows)
        self.missing_model.set_rows(sorted(rec.missing, key=lambda a: a.tag.casefold()))
        unexpected = [self._unexpected_row(u) for u in rec.unexpected]
        unexpected.sort(key=lambda r: r.scanned_at or dt.datetime.min, reverse=True)
        self.unexpected_model.set_rows(unexpected)
        self.flagged = set(state.flagged)
        self.unknown_model.set_rows([u.tag for u in reversed(rec.unknown)])
        self.by_category = {k: [v[0], v[1]] for k, v in rec.by_category.items()}
        self.category_model.set_rows(self._category_rows())
        self.shown = Shown(
            expected=len(rec.found) + len(rec.missing),
            found=len(rec.found),
            missing=len(rec.missing),
            unexpected=len(rec.unexpected),
            unknown=len(rec.unknown),
            duplicates=rec.duplicates,
            to_move=state.to_move,
        )
        self._show_info()
        self._show_figures()
        self.state_loaded.emit()

    def _found_row(self, found: Any) -> FoundRow:
        return FoundRow(
            found.asset.tag, found.asset.category, found.asset.location_path,
            found.scan.scanned_at, found.scan.actor,
        )  # fmt: skip

    def _unexpected_row(self, item: Any) -> FoundRow:
        a = item.asset
        where = (
            self.tr("{0} (moved here)").format(a.location_path) if item.here else a.location_path
        )
        return FoundRow(a.tag, a.category, where, item.scan.scanned_at, item.scan.actor, a.asset_id)

    def _category_rows(self) -> list[tuple[str, int, int]]:
        return sorted(((k, v[0], v[1]) for k, v in self.by_category.items()),
                      key=lambda r: r[0].casefold())  # fmt: skip

    def _show_info(self) -> None:
        info = self.info
        if info is None:
            return
        where = info.location_path
        self.title.setText(
            self.tr("Count of {0}").format(where)
            if info.include_sublocations
            else self.tr("Count of {0} (without sub-locations)").format(where)
        )
        if info.status == "open":
            meta = self.tr("Started {0} by {1}").format(_when(info.started_at), info.started_by)
        else:
            meta = self.tr("Closed {0} by {1} — no more scans are taken").format(
                _when(info.closed_at), info.closed_by
            )
        self.meta.setText(meta)
        self.scan_field.setEnabled(self.is_open)
        self.close_button.setEnabled(self.is_open)
        self.move_button.setEnabled(self.is_open)

    def _show_figures(self) -> None:
        s = self.shown
        self.figures["found"].setText(
            self.tr("{0} of {1}").format(f"{s.found:,}", f"{s.expected:,}")
        )
        self.figures["missing"].setText(f"{s.missing:,}")
        self.figures["unexpected"].setText(f"{s.unexpected:,}")
        self.figures["unknown"].setText(f"{s.unknown:,}")
        self.figures["duplicates"].setText(f"{s.duplicates:,}")
        self.progress.setRange(0, max(s.expected, 1))
        self.progress.setValue(s.found)
        self.progress.setFormat(
            self.tr("{0} % found").format(f"{100 * s.found / s.expected:.0f}")
            if s.expected
            else self.tr("nothing expected here")
        )
        self.tabs.setTabText(0, self.tr("Still missing ({0})").format(f"{s.missing:,}"))
        self.tabs.setTabText(1, self.tr("Found ({0})").format(f"{s.found:,}"))
        self.tabs.setTabText(2, self.tr("Unexpected ({0})").format(f"{s.unexpected:,}"))
        self.tabs.setTabText(3, self.tr("Unknown tags ({0})").format(f"{s.unknown:,}"))
        self.tabs.setTabText(4, self.tr("By category"))

    # ------------------------------------------------------------------------ scanning

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.dispatcher = self.dispatcher or getattr(self.window(), "scan_dispatcher", None)
        if self.dispatcher is not None:
            self.dispatcher.push(self)
        self.scan_field.setFocus()
        if self.count_id is not None and self.acks_since_load:
            self.schedule_refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.dispatcher is not None:
            self.dispatcher.remove(self)
        super().hideEvent(event)

    @Slot()
    def _typed(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if not text:
            return
        if self.dispatcher is not None:
            self.dispatcher.submit(text, "manual")  # listed in the scanner panel, heard
        else:
            from app.domain.tags import TagConfig, parse_scan

            read = parse_scan(text, TagConfig(""))
            self.handle_scan(ScanInput(read.text, "manual", read))

    def handle_scan(self, scan: ScanInput) -> bool:
        """Every scan while the view is shown: saved on the lane, then acknowledged."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self._refuse(scan, self.tr("finish or close the open dialog, then scan again"))
            return True
        if self.count_id is None or not self.is_open:
            what = (
                self.tr("this count is closed")
                if self.info is not None
                else self.tr("the count is still loading")
            )
            self._refuse(scan, what)
            return True
        tag = scan.read.tag
        if tag is None:
            self._refuse(scan, scan.read.problem or self.tr("this code is no asset tag"))
            return True
        count_id = self.count_id

        def record(ctx: Context) -> tuple[Any, str]:
            from app.services import counts

            return counts.record_scan(ctx, count_id, tag), ctx.actor

        self.pending += 1
        self._show_pending()
        QueryOp(
            self.lane,
            record,
            success=partial(self._acked, scan, count_id),
            failure=partial(self._scan_failed, scan),
            owner=self,
        ).run()
        return True

    def _refuse(self, scan: ScanInput, what: str) -> None:
        what = translated(what)  # a scan's problem, as the domain wrote it
        self._style_result("error")
        self.result.setText(self.tr("{0}: not counted — {1}").format(scan.text[:40], what))
        if self.dispatcher is not None:
            self.dispatcher.report(scan, what, "refused")

    def _show_pending(self) -> None:
        self.saving.setText(self.tr("saving {0}…").format(self.pending) if self.pending else "")

    def _scan_failed(self, scan: ScanInput, error: BaseException) -> None:
        self.pending -= 1
        self._show_pending()
        what = error_text(error)
        self._refuse(scan, what.replace("\n", " "))
        self.schedule_refresh()  # e.g. closed on another device: show it

    def _acked(self, scan: ScanInput, count_id: str, answer: tuple[Any, str]) -> None:
        """The scan is saved (durably): show it, then say so (sound, scanner panel)."""
        ack, actor = answer
        self.pending -= 1
        self._show_pending()
        if count_id != self.count_id:
            return
        self.acks_since_load += 1
        s = self.shown
        kind = ack.outcome
        key = ack.tag.casefold()
        if kind == "found":
            s.found += 1
            s.missing = max(0, s.missing - 1)
            expected = self.missing_model.remove_first(lambda a: a.asset_id == ack.asset_id)
            if expected is None:
                expected = self.expected_by_tag.get(key)
            tag = expected.tag if expected is not None else ack.tag  # as recorded, not typed
            category = expected.category if expected is not None else ack.category
            path = expected.location_path if expected is not None else ack.recorded_at
            self.found_model.prepend(
                FoundRow(tag, category, path, ack.scanned_at, actor, ack.asset_id)
            )
            self._bump_category(category)
            what, cue = self.tr("found {0}").format(tag), "ok"
            shown = self.tr("✔ Found {0}").format(_named(tag, ack.name))
        elif kind == "unexpected":
            s.unexpected += 1
            s.to_move += 1
            where = ack.recorded_at or self.tr("no location")
            self.unexpected_model.prepend(
                FoundRow(ack.tag, ack.category, where, ack.scanned_at, actor, ack.asset_id)
            )
            what = self.tr("unexpected {0} (recorded at {1})").format(ack.tag, where)
            cue = "unknown"
            shown = self.tr("⚠ Unexpected: {0} is recorded at {1}").format(
                _named(ack.tag, ack.name), where
            )
        elif kind == "unknown":
            s.unknown += 1
            self.unknown_model.prepend(ack.tag)
            what, cue = self.tr("unknown tag {0}").format(ack.tag), "unknown"
            shown = self.tr("? No asset has the tag {0}").format(ack.tag)
        else:  # duplicate
            s.duplicates += 1
            what, cue = self.tr("duplicate {0} (already counted)").format(ack.tag), "ok"
            shown = self.tr("= {0} was already counted").format(ack.tag)
        self._style_result(kind if kind in RESULT_STYLES else "duplicate")
        self.result.setText(shown)
        self._show_figures()
        if self.dispatcher is not None:
            self.dispatcher.report(scan, what, cue)
        self.scan_acked.emit(ack)
        self.schedule_refresh()

    def _bump_category(self, category: str) -> None:
        counts = self.by_category.get(category)
        if counts is None:
            return
        counts[0] += 1
        for i, row in enumerate(self.category_model.rows):
            if row[0] == category:
                self.category_model.rows[i] = (category, counts[0], counts[1])
                self.category_model.row_changed(i)
                break

    # ------------------------------------------------------------------------ actions

    @Slot()
    def move_selected_here(self) -> None:
        rows = [r for r in _selected_rows(self.unexpected_view) if r is not None]
        if not rows or self.count_id is None:
            return
        count_id = self.count_id
        ids = [r.asset_id for r in rows]

        def move(ctx: Context) -> int:
            from app.services import counts

            for asset_id in ids:
                counts.move_here(ctx, count_id, asset_id)
            return len(ids)

        CollectionOp(
            self.lane,
            move,
            success=self._moved,
            failure=lambda error: show_error(self, error, self.tr("Not moved")),
            owner=self,
            label=self.tr("Move to the counted location"),
        ).run()

    def _moved(self, n: int) -> None:
        self._style_result("found")
        self.result.setText(self.tr("Moved {0} assets here.").format(n))
        self.refresh()

    def _current_unknown(self) -> str | None:
        rows = _selected_rows(self.unknown_view)
        return str(rows[0]) if rows and rows[0] is not None else None

    @Slot()
    def create_unknown(self) -> None:
        tag = self._current_unknown()
        window = self.window()
        if tag is None or not hasattr(window, "new_asset_with_tag"):
            return
        place = self.info.location_id if self.info is not None else None
        window.new_asset_with_tag(tag, place)  # found on this shelf: it is here

    @Slot()
    def flag_unknown(self) -> None:
        tag = self._current_unknown()
        if tag is None:
            return
        key = tag.casefold()
        flag = key not in self.flagged
        count_id = self.count_id
        if count_id is None:
            return

        def save(ctx: Context) -> None:
            from app.services.counts import flag_unknown

            flag_unknown(ctx, count_id, tag, flagged=flag)

        def saved(_none: None) -> None:
            self.flagged.symmetric_difference_update({key})
            for i, row in enumerate(self.unknown_model.rows):
                if row.casefold() == key:
                    self.unknown_model.row_changed(i)

        CollectionOp(self.lane, save, success=saved, owner=self).run()

    @Slot()
    def ask_close(self) -> None:
        if self.info is None or not self.is_open:
            return
        from app.ui.dialogs.counts import CloseCountDialog

        s = self.shown
        dialog = CloseCountDialog(
            self.info.location_path,
            found=s.found,
            missing=s.missing,
            unexpected=s.unexpected,
            to_move=s.to_move,
            unknown=s.unknown,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(self.close_count)
        dialog.finished.connect(lambda _r: self.scan_field.setFocus())
        self.dialog = dialog
        dialog.open()

    @Slot(bool, bool)
    def close_count(self, mark_missing: bool, move_unexpected: bool) -> None:
        if self.count_id is None:
            return
        count_id = self.count_id

        def close(ctx: Context) -> Any:
            from app.services import counts

            return counts.close_count(
                ctx, count_id, mark_missing=mark_missing, move_unexpected=move_unexpected
            )

        CollectionOp(
            self.lane,
            close,
            success=self._closed,
            failure=lambda error: show_error(self, error, self.tr("The count was not closed")),
            owner=self,
            label=self.tr("Close count"),
        ).run()

    def _closed(self, result: Any) -> None:
        from app.ui.dialogs.counts import CountReportDialog

        assert self.count_id is not None
        parts = [
            self.tr("{0} assets counted: last audit set to today, next audit {1}.").format(
                result.audited, _when(result.next_audit)
            )
        ]
        if result.marked_missing:
            parts.append(self.tr("{0} marked missing.").format(result.marked_missing))
        if result.not_marked:
            listed = ", ".join(tag for tag, _why in result.not_marked[:5])
            parts.append(
                self.tr("{0} could not be marked missing ({1}).").format(
                    len(result.not_marked), listed
                )
            )
        if result.moved:
            parts.append(self.tr("{0} moved here.").format(result.moved))
        summary = " ".join(parts)
        self._style_result("found")
        self.result.setText(self.tr("Count closed. {0}").format(summary))
        stamp = dt.date.today().isoformat()
        where = self.info.location_path.split(" > ")[-1] if self.info is not None else "count"
        name = f"count-{where}-{stamp}".replace(" ", "_").replace("/", "-")
        dialog = CountReportDialog(self.lane, self.count_id, summary, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        self.closed.emit(result)
        self.refresh()


@dataclass(frozen=True)
class FoundRow:
    """A scanned asset as the Found and Unexpected lists show it."""

    tag: str
    category: str
    location_path: str
    scanned_at: Any
    actor: str
    asset_id: str | None = None


# ---------------------------------------------------------------------------- the page


class CountsPage(QWidget):
    """The open counts and what is due; the count view."""

    loaded = Signal()  # the overview shows fresh data

    def __init__(
        self,
        lane: DbLane,
        parent: QWidget | None = None,
        *,
        dispatcher: ScanDispatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.stale = True
        self.loading = False
        self.reload_again = False
        self.dialog: QWidget | None = None

        # -- overview
        self.start_button = QPushButton(self.tr("Start count…"))
        self.start_button.setToolTip(self.tr("Count a location (Insert, Ctrl+Shift+N)"))
        self.start_button.clicked.connect(self.start_count)
        start_action = QAction(self)
        start_action.setShortcuts([QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Shift+N")])
        start_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        start_action.triggered.connect(self.start_count)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Continue the selected count (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.open_model = RowsModel(
            [
                Column(self.tr("Location"), lambda c: c.location_path),
                Column(self.tr("Started"), lambda c: _when(c.started_at)),
                Column(self.tr("By"), lambda c: c.started_by),
                Column(
                    self.tr("Sub-locations"),
                    lambda c: self.tr("yes") if c.include_sublocations else self.tr("no"),
                ),
            ],
            self,
        )
        self.open_view = _table(self.open_model, self.tr("Open counts"))
        self.open_view.horizontalHeader().resizeSection(0, 360)
        self.open_view.activated.connect(lambda _i: self.open_selected())
        self.due_model = RowsModel(
            [
                Column(self.tr("Location"), lambda d: d.location_path),
                Column(self.tr("Assets"), lambda d: d.assets, numeric=True),
                Column(self.tr("Audit due"), lambda d: d.due, numeric=True),
                Column(self.tr("Never counted"), lambda d: d.never_counted, numeric=True),
                Column(self.tr("Due since"), lambda d: _when(d.oldest_due)),
                Column(
                    self.tr("Last count closed"),
                    lambda d: _when(d.last_counted) or self.tr("never"),
                ),
            ],
            self,
        )
        self.due_view = _table(self.due_model, self.tr("Due for a count"))
        self.due_view.horizontalHeader().resizeSection(0, 360)
        self.due_view.activated.connect(lambda _i: self.start_count())

        overview = QWidget()
        o = QVBoxLayout(overview)
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Inventory counts"))
        hfont = QFont(heading.font())
        hfont.setBold(True)
        hfont.setPointSizeF(hfont.pointSizeF() * 1.3)
        heading.setFont(hfont)
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.start_button)
        o.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        for title, view in ((self.tr("Open counts"), self.open_view),
                            (self.tr("Due for a count"), self.due_view)):  # fmt: skip
            box = QWidget()
            b = QVBoxLayout(box)
            b.setContentsMargins(0, 6, 0, 0)
            label = QLabel(title)
            lfont = QFont(label.font())
            lfont.setBold(True)
            label.setFont(lfont)
            b.addWidget(label)
            b.addWidget(view, 1)
            split.addWidget(box)
        o.addWidget(split, 1)
        self.empty_hint = QLabel(
            self.tr("No count is open. Press “Start count…” (Insert) to count a shelf or room.")
        )
        self.empty_hint.setFrameShape(QFrame.Shape.NoFrame)
        o.addWidget(self.empty_hint)
        overview.addAction(start_action)
        self.overview = overview

        # -- the count view
        self.count_view = CountView(lane)
        self.count_view.dispatcher = dispatcher
        self.count_view.back_requested.connect(self.show_overview)
        self.count_view.closed.connect(lambda _r: self._mark_stale())

        self.stack = QStackedWidget(self)
        self.stack.addWidget(overview)
        self.stack.addWidget(self.count_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)
        lane.changed.connect(self._lane_changed)

    # -------------------------------------------------------------------- loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()
        if self.stack.currentWidget() is self.count_view:
            self.count_view.scan_field.setFocus()
        else:
            self.open_view.setFocus()

    @Slot(str)
    def _lane_changed(self, _label: str) -> None:
        self._mark_stale()
        if self.count_view.isVisible():
            self.count_view.schedule_refresh()

    def _mark_stale(self) -> None:
        self.stale = True
        if self.overview.isVisible():
            self.reload()

    def reload(self) -> None:
        if self.loading:
            self.reload_again = True
            return
        self.loading = True
        self.stale = False

        def overview(ctx: Context) -> tuple[Any, Any]:
            from app.services import counts

            return counts.list_counts(ctx, status="open"), counts.due_for_count(ctx)

        QueryOp(
            self.lane, overview, success=self._loaded, failure=self._load_failed, owner=self
        ).run()

    def _loaded(self, data: tuple[Any, Any]) -> None:
        self.loading = False
        if self.reload_again:
            self.reload_again = False
            self.reload()
            return
        open_counts, due = data
        self.open_model.set_rows(open_counts)
        self.due_model.set_rows(due)
        self.empty_hint.setVisible(not open_counts)
        self.open_button.setEnabled(bool(open_counts))
        if open_counts and not self.open_view.currentIndex().isValid():
            self.open_view.setCurrentIndex(self.open_model.index(0, 0))
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        self.stale = True
        self.reload_again = False
        show_error(self, error, self.tr("Could not load the counts"))

    # -------------------------------------------------------------------- actions

    @Slot()
    def start_count(self) -> None:
        from app.ui.dialogs.counts import StartCountDialog

        preselect = ""
        if self.due_view.hasFocus() or self.sender() is None:
            rows = _selected_rows(self.due_view)
            if rows and getattr(rows[0], "location_id", None):
                preselect = rows[0].location_id
        dialog = StartCountDialog(self.lane, self, preselect=preselect)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._start_chosen)
        self.dialog = dialog
        dialog.open()

    @Slot(str, bool)
    def _start_chosen(self, location_id: str, include_sub: bool) -> None:
        def start(ctx: Context) -> Any:
            from app.services import counts

            return counts.start_count(ctx, location_id, include_sub=include_sub)

        CollectionOp(
            self.lane,
            start,
            success=lambda info: self.open_count(info.id),
            failure=lambda error: show_error(self, error, self.tr("The count was not started")),
            owner=self,
            label=self.tr("Start count"),
        ).run()

    @Slot()
    def open_selected(self) -> None:
        rows = _selected_rows(self.open_view)
        if rows and rows[0] is not None:
            self.open_count(rows[0].id)

    def open_count(self, count_id: str) -> None:
        self.count_view.open_count(count_id)
        self.stack.setCurrentWidget(self.count_view)
        self.count_view.scan_field.setFocus()

    @Slot()
    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        if self.stale:
            self.reload()
        self.open_view.setFocus()

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()


def _named(tag: str, name: str) -> str:
    return f"{tag} · {name}" if name else tag

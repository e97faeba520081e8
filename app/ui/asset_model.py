"""The asset table model: lazy over 100,000 rows.

The model holds only the integer ids (`Asset.num`) of the assets that match the filter, in
display order. Rows are fetched a page at a time on the database lane when the view first
asks for them; until they arrive a row shows a placeholder. Fetched rows live in a bounded
LRU cache keyed by id, so memory stays small however far a person scrolls, and a re-sort or a
new filter reuses the rows it already has.

Ids arrive in two steps: first the ids of the first page with its rows (a LIMIT query that
the sort indexes answer in well under a millisecond), shown at once; then the full id list,
appended. Every id query carries a generation number: when the filter changes faster than
queries finish, the results of older queries are dropped, and a full-list query that is
already outdated when its turn on the lane comes is not run at all.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.domain.lifecycle import Status
from app.services.dto import AssetRow
from app.services.filters import AssetFilter
from app.ui.lifecycle_text import state_name
from app.ui.operations import DbLane, QueryOp, show_error

PAGE_SIZE = 200
MAX_CACHED_ROWS = 4_000  # 20 pages: a few screens either way, a few MB at most

AnyIndex = QModelIndex | QPersistentModelIndex

ASSET_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the asset's id (str) or None if not loaded
ASSET_NUM_ROLE = Qt.ItemDataRole.UserRole + 2  # the asset's num (int)

# Status colours: muted, readable on light and dark backgrounds.
STATUS_COLORS: dict[Status, str] = {
    Status.REQUESTED: "#8e7cc3",
    Status.ORDERED: "#6d9eeb",
    Status.IN_STOCK: "#3c8dbc",
    Status.DEPLOYED: "#38a169",
    Status.IN_MAINTENANCE: "#dd8a1f",
    Status.RETIRED: "#8a8f98",
    Status.DISPOSED: "#5f6368",
    Status.MISSING: "#d9534f",
}


@dataclass(frozen=True)
class Column:
    key: str  # the sort key (services.queries.SORT_KEYS)
    title: str
    width: int


def _columns(owner: QObject) -> tuple[Column, ...]:
    return (
        Column("tag", QCoreApplication.translate("AssetTableModel", "Tag"), 110),
        Column("name", QCoreApplication.translate("AssetTableModel", "Name"), 170),
        Column("model", QCoreApplication.translate("AssetTableModel", "Model"), 190),
        Column("category", QCoreApplication.translate("AssetTableModel", "Category"), 100),
        Column("status", QCoreApplication.translate("AssetTableModel", "Status"), 125),
        Column("location", QCoreApplication.translate("AssetTableModel", "Location"), 230),
        Column("assignee", QCoreApplication.translate("AssetTableModel", "Assigned to"), 150),
        Column("serial", QCoreApplication.translate("AssetTableModel", "Serial"), 130),
        Column("warranty_end", QCoreApplication.translate("AssetTableModel", "Warranty ends"), 105),
    )


def status_icon(status: Status, size: int = 10) -> QIcon:
    """A small round dot in the status colour (cached)."""
    icon = _ICONS.get(status)
    if icon is None:
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLORS[status]))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        icon = _ICONS[status] = QIcon(pix)
    return icon


_ICONS: dict[Status, QIcon] = {}
EXPIRED_COLOR = QColor("#8a8f98")


def _today() -> dt.date:
    return dt.date.today()


def _cell(row: AssetRow, key: str) -> str:
    if key == "status":
        return state_name(row.status)
    if key == "warranty_end":
        return row.warranty_end.isoformat() if row.warranty_end else ""
    value = getattr(row, key)
    return str(value) if value is not None else ""


class AssetTableModel(QAbstractTableModel):
    """Lazy table of assets over the ids matching an `AssetFilter`."""

    # emitted after a new id list was installed: (number of matching assets)
    ids_loaded = Signal(int)
    # emitted once, when the first id list and its first page of rows are in the model
    first_page_loaded = Signal()
    # emitted when rows arrived for [first, last] of the current list
    rows_loaded = Signal(int, int)

    def __init__(self, lane: DbLane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.columns = _columns(self)
        self._filter = AssetFilter()
        self._ids: list[int] = []
        self._pos: dict[int, int] | None = None  # num -> row, built on demand
        self._cache: OrderedDict[int, AssetRow] = OrderedDict()
        self._stale: dict[int, AssetRow] = {}  # rows shown while their refresh is on its way
        self._requested: set[int] = set()  # pages requested for the current list
        self._list_gen = 0  # bumped by every id query
        self._data_gen = 0  # bumped when the data changed (rows fetched before are stale)
        self._loaded_once = False
        self._loading = False

    # ----------------------------------------------------------------------- queries

    @property
    def filter(self) -> AssetFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        """True while an id query is on its way."""
        return self._loading

    def set_filter(self, flt: AssetFilter) -> None:
        """Show the assets matching `flt` (the sort order is kept from the current filter)."""
        flt = replace(flt, sort=self._filter.sort, descending=self._filter.descending)
        if flt == self._filter and self._loaded_once:
            return
        self._filter = flt
        self.refresh()

    def start_with(self, first: list[AssetRow]) -> None:
        """Show `first`, the first page of the default list read before the store was
        opened (`services.startup`), then fetch the rest as `refresh` does."""
        self._list_gen += 1
        self._loading = True
        self._head_arrived(self._list_gen, self._data_gen, [r.num for r in first], first)

    def refresh(self, *, data_changed: bool = False) -> None:
        """Query the ids again (and, if `data_changed`, fetch the rows shown again too)."""
        if data_changed:
            self._data_gen += 1
            self._stale = dict(self._cache)
            self._cache.clear()
        self._list_gen += 1
        gen, data_gen, flt = self._list_gen, self._data_gen, self._filter
        self._loading = True

        def fetch_head(ctx: Any) -> tuple[list[int], list[AssetRow]]:
            from app.services import queries  # on the lane: the GUI starts without it

            head = queries.asset_ids(ctx, flt, limit=PAGE_SIZE)
            return head, queries.asset_rows(ctx, head)

        QueryOp(
            self.lane,
            fetch_head,
            success=lambda result: self._head_arrived(gen, data_gen, *result),
            failure=lambda exc: self._list_failed(gen, exc),
            owner=self,
        ).run()

    def _head_arrived(
        self, gen: int, data_gen: int, head: list[int], first: list[AssetRow]
    ) -> None:
        if gen != self._list_gen:
            return  # an older query: a newer one is on its way
        complete = len(head) < PAGE_SIZE
        self._install(head, first if data_gen == self._data_gen else [], complete=complete)
        if not complete:
            flt = self._filter

            def fetch_all(ctx: Any) -> list[int] | None:
                from app.services import queries

                # Runs on the lane; reading an int another thread writes is safe.
                return None if gen != self._list_gen else queries.asset_ids(ctx, flt)

            QueryOp(
                self.lane,
                fetch_all,
                success=lambda ids: self._rest_arrived(gen, head, ids),
                failure=lambda exc: self._list_failed(gen, exc),
                owner=self,
            ).run()
        if not self._loaded_once:
            self._loaded_once = True
            self.first_page_loaded.emit()

    def _rest_arrived(self, gen: int, head: list[int], ids: list[int] | None) -> None:
        if ids is None or gen != self._list_gen:
            return
        if ids[: len(head)] != head or self._ids is not head:
            self._install(ids, [], complete=True)  # another program changed the store
            return
        self._loading = False
        if len(ids) > len(head):
            self.beginInsertRows(QModelIndex(), len(head), len(ids) - 1)
            self._ids = ids
            self._pos = None
            self.endInsertRows()
        self.ids_loaded.emit(len(ids))

    def _install(self, ids: list[int], rows: list[AssetRow], *, complete: bool) -> None:
        self._loading = not complete
        self.beginResetModel()
        self._ids = ids
        self._pos = None
        self._requested.clear()
        self._store_rows(rows)
        if complete and len(ids) <= PAGE_SIZE and rows:
            self._stale.clear()
        self.endResetModel()
        if complete:
            self.ids_loaded.emit(len(ids))

    def _list_failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._list_gen:
            self._loading = False
        show_error(None, exc)

    def _request_page(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        gen, data_gen = self._list_gen, self._data_gen
        nums = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]

        def fetch(ctx: Any) -> list[AssetRow]:
            from app.services import queries

            return queries.asset_rows(ctx, nums)

        QueryOp(
            self.lane,
            fetch,
            success=lambda rows: self._page_arrived(gen, data_gen, page, rows),
            failure=lambda _exc: self._requested.discard(page),
            owner=self,
        ).run()

    def _page_arrived(self, gen: int, data_gen: int, page: int, rows: list[AssetRow]) -> None:
        if data_gen != self._data_gen:
            return
        self._store_rows(rows)
        if gen != self._list_gen:
            return  # rows are cached by id; the list they were asked for is gone
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1), [])
            self.rows_loaded.emit(first, last)

    def _store_rows(self, rows: list[AssetRow]) -> None:
        cache = self._cache
        for row in rows:
            cache[row.num] = row
            cache.move_to_end(row.num)
            self._stale.pop(row.num, None)
        while len(cache) > MAX_CACHED_ROWS:
            cache.popitem(last=False)

    # ------------------------------------------------------------------------ lookup

    def asset_num(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, num: int) -> int | None:
        """The row showing asset `num`, or None if it is not in the list."""
        if self._pos is None:
            self._pos = {n: i for i, n in enumerate(self._ids)}
        return self._pos.get(num)

    def loaded_row(self, row: int) -> AssetRow | None:
        num = self.asset_num(row)
        if num is None:
            return None
        return self._cache.get(num) or self._stale.get(num)

    def cached_rows(self) -> int:
        return len(self._cache)

    # -------------------------------------------------------------------- Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = index.row()
        if r >= len(self._ids):
            return None
        num = self._ids[r]
        if role == ASSET_NUM_ROLE:
            return num
        row = self._cache.get(num)
        if row is None:
            if role in (Qt.ItemDataRole.DisplayRole, ASSET_ID_ROLE):
                self._request_page(r // PAGE_SIZE)
            row = self._stale.get(num)
            if row is None:
                if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                    return "…"
                return None
        else:
            self._cache.move_to_end(num)
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, key)
        if role == ASSET_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and key == "status":
            return status_icon(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and key in {"location", "model", "name"}:
            return _cell(row, key) or None
        expired = row.warranty_end is not None and row.warranty_end < _today()
        if role == Qt.ItemDataRole.ForegroundRole and key == "warranty_end" and expired:
            return EXPIRED_COLOR  # expired warranty: greyed
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to sort by {0}").format(self.columns[section].title.lower())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort and descending == self._filter.descending:
            return
        self._filter = replace(self._filter, sort=key, descending=descending)
        self.refresh()

    def sort_column(self) -> int:
        for i, col in enumerate(self.columns):
            if col.key == self._filter.sort:
                return i
        return 0

    @Slot(str)
    def data_changed_elsewhere(self, _label: str = "") -> None:
        """Something was written on the lane: reload ids and rows."""
        self.refresh(data_changed=True)

"""The catalogue pages: models, locations (a tree) and people.

Each page loads its data on the database lane when first shown and again whenever the lane
reports a change (`DbLane.changed`); while hidden it only notes that it is out of date and
reloads on the next show. New / Edit / Delete open the dialogs of `app.ui.dialogs.catalog_edit`;
Delete asks first, and a refusal from the service ("... is still used by N asset(s)") is shown
as it is.

Keys: Insert or Ctrl+Shift+N = new, Enter or double-click = edit, Delete = delete (asks).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeySequence,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import catalog
from app.services.context import Context
from app.services.dto import LocationInfo, ModelInfo, PersonInfo
from app.ui.dialogs.catalog_edit import (
    CatalogEditDialog,
    LocationDialog,
    ModelDialog,
    PersonDialog,
    location_kind_names,
)
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text, show_error

INFO_ROLE = Qt.ItemDataRole.UserRole + 1  # the ModelInfo / LocationInfo / PersonInfo of a row
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # its id
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the value a column sorts by

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], object]
    numeric: bool = False
    width: int = 140
    stretch: bool = False  # takes the width left over


class InfoTableModel(QAbstractTableModel):
    """A read-only table over a list of catalogue values (small lists: hundreds of rows)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.dim: Callable[[Any], bool] = lambda _info: False  # rows shown greyed out

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        for row, info in enumerate(self.rows):
            if info.id == item_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(info)
        if role == SORT_ROLE:
            value = column.value(info)
            return value.lower() if isinstance(value, str) else value
        if role == INFO_ROLE:
            return info
        if role == ID_ROLE:
            return info.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.dim(info):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None


def _fixed_rows(view: QTableView) -> None:
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header.hide()


class CatalogPage(QWidget):
    """What the three pages share: toolbar with New / Edit / Delete, filter field, loading on
    the lane, the delete confirmation. Subclasses provide the view and the service calls."""

    loaded = Signal()  # the view shows freshly loaded data

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.stale = True  # the data shown is out of date (or was never loaded)
        self.loading = False
        self.reload_again = False
        self.select_after_load: str | None = None
        self.dialog: CatalogEditDialog | None = None
        self.message_box: QMessageBox | None = None
        self.delete_candidate: Any | None = None  # what the open confirmation is about

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action(
            self.new_text(), QIcon.ThemeIcon.ListAdd, self.new_item,
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Shift+N")],
        )  # fmt: skip
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_action)
        self.extra_actions()
        self.edit_action = self._action(
            self.tr("&Edit…"), QIcon.ThemeIcon.DocumentProperties, self.edit_current, []
        )
        self.edit_action.setToolTip(self.tr("Edit the selected entry (Enter, double-click)"))
        self.delete_action = self._action(
            self.tr("&Delete"), QIcon.ThemeIcon.EditDelete, self.delete_current,
            [QKeySequence(QKeySequence.StandardKey.Delete)],
        )  # fmt: skip
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(320)
        self.filter.textChanged.connect(self._filter_changed)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Count"))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        self.add_filters(top)
        top.addWidget(self.filter)
        self.view = self.make_view()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.addAction(self.delete_action)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_actions()
        lane.changed.connect(self._lane_changed)

    def _action(
        self,
        text: str,
        icon: QIcon.ThemeIcon,
        slot: Callable[[], object],
        keys: list[QKeySequence],
    ) -> QAction:
        action = QAction(QIcon.fromTheme(icon), text, self)
        if keys:
            action.setShortcuts(keys)
            names = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({names})")
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # -- subclass hooks --------------------------------------------------------------------

    def new_text(self) -> str:
        raise NotImplementedError

    def extra_actions(self) -> None:
        """Add actions to the toolbar after New."""

    def add_filters(self, layout: QHBoxLayout) -> None:
        """Add widgets before the filter field."""

    def make_view(self) -> QTableView | QTreeView:
        raise NotImplementedError

    def query(self, ctx: Context) -> Any:
        raise NotImplementedError

    def apply(self, data: Any) -> None:
        """Show freshly loaded data (keeping selection, expand state)."""
        raise NotImplementedError

    def make_dialog(self, info: Any | None) -> CatalogEditDialog:
        raise NotImplementedError

    def delete_op(self, info: Any) -> Callable[[Context], None]:
        raise NotImplementedError

    def describe(self, info: Any) -> str:
        """How the confirmation names `info`."""
        raise NotImplementedError

    def filter_changed(self, text: str) -> None:
        raise NotImplementedError

    def update_count(self) -> None:
        raise NotImplementedError

    def select_id(self, item_id: str) -> bool:
        raise NotImplementedError

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    @Slot(str)
    def _lane_changed(self, _label: str) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        if self.loading:  # the answer under way may predate the change: ask once more after
            self.reload_again = True
            return
        self.loading = True
        self.stale = False
        QueryOp(
            self.lane, self.query, success=self._loaded, failure=self._load_failed, owner=self
        ).run()

    def _loaded(self, data: Any) -> None:
        self.loading = False
        current = self.current_info()
        self.apply(data)
        wanted = self.select_after_load or (current.id if current is not None else None)
        if wanted is not None and self.select_id(wanted):
            self.select_after_load = None
        self.update_count()
        self._update_actions()
        if self.reload_again:
            self.reload_again = False
            self.reload()
        else:
            self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        self.stale = True
        self.reload_again = False
        show_error(self, error, self.tr("Could not load the list"))

    # -- selection and actions -------------------------------------------------------------

    def current_info(self) -> Any | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(INFO_ROLE) if index.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.current_info() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.filter_changed(text)
        self.update_count()
        self._update_actions()

    @Slot(QModelIndex)
    def _activated(self, _index: QModelIndex) -> None:
        self.edit_current()

    @Slot()
    def new_item(self) -> CatalogEditDialog:
        return self.open_dialog(None)

    @Slot()
    def edit_current(self) -> CatalogEditDialog | None:
        info = self.current_info()
        return None if info is None else self.open_dialog(info)

    def open_dialog(
        self, info: Any | None, dialog: CatalogEditDialog | None = None
    ) -> CatalogEditDialog:
        dialog = dialog or self.make_dialog(info)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(object)
    def _saved(self, info: Any) -> None:
        self.select_after_load = info.id

    @Slot()
    def delete_current(self) -> QMessageBox | None:
        """Ask whether to delete the selected entry; deletes it if the answer is yes."""
        info = self.current_info()
        if info is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            self.tr("Delete %1?").replace("%1", self.describe(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr("It is removed from the catalogue; the history keeps a record of it.")
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound slot, never a lambda or partial holding `self`: the connection would keep
        # the page's wrapper alive until the box is destroyed, and dropping it from there can
        # delete the page (and the half-destroyed box with it).
        self.delete_candidate = info
        box.finished.connect(self._delete_answered)
        self.message_box = box
        box.open()
        return box

    @Slot(int)
    def _delete_answered(self, result: int) -> None:
        info, self.delete_candidate = self.delete_candidate, None
        if info is not None and result == QMessageBox.StandardButton.Yes.value:
            self._delete(info)

    def _delete(self, info: Any) -> None:
        CollectionOp(
            self.lane,
            self.delete_op(info),
            success=lambda _none: None,
            failure=lambda error: self._delete_failed(info, error),
            owner=self,
            label=self.tr("Delete %1").replace("%1", self.describe(info)),
        ).run()

    def _delete_failed(self, info: Any, error: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not deleted"),
            self.tr("%1 was not deleted.").replace("%1", self.describe(info)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(error_text(error))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()


# ---------------------------------------------------------------------------- table pages


class TablePage(CatalogPage):
    """A page whose view is a sortable, filterable table."""

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def make_view(self) -> QTableView | QTreeView:
        self.columns = self.make_columns()
        self.source = InfoTableModel(self.columns, self)
        self.proxy = self.make_proxy()
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setWordWrap(False)
        _fixed_rows(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for i, column in enumerate(self.columns):
            self.table.setColumnWidth(i, column.width)
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        return self.table

    def make_proxy(self) -> QSortFilterProxyModel:
        return QSortFilterProxyModel(self)

    def apply(self, data: Any) -> None:
        self.source.set_rows(data)

    def filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def select_id(self, item_id: str) -> bool:
        row = self.source.row_of(item_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.source.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    def update_count(self) -> None:
        self.count_label.setText(self.count_text(self.proxy.rowCount(), len(self.source.rows)))


def _yes_no(value: bool) -> str:
    return QApplication.translate("CatalogPage", "Yes" if value else "No")


class ModelsPage(TablePage):
    """Device models: manufacturer, model, category, whether they hold storage media."""

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(lane, parent)
        self.setObjectName("modelsPage")
        self.table.setAccessibleName(self.tr("Models"))
        self.filter.setPlaceholderText(self.tr("Filter models…"))

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Manufacturer"), lambda m: m.manufacturer, width=150),
            Column(self.tr("Model"), lambda m: m.name, width=200, stretch=True),
            Column(self.tr("Category"), lambda m: m.category, width=130),
            Column(self.tr("Model number"), lambda m: m.model_number, width=140),
            Column(self.tr("Storage media"), lambda m: _yes_no(m.holds_storage), width=110),
            Column(self.tr("Assets"), lambda m: m.asset_count, numeric=True, width=80),
        ]

    def new_text(self) -> str:
        return self.tr("&New model…")

    def query(self, ctx: Context) -> list[ModelInfo]:
        return catalog.list_models(ctx)

    def make_dialog(self, info: ModelInfo | None) -> CatalogEditDialog:
        return ModelDialog(self.lane, info, self)

    def delete_op(self, info: ModelInfo) -> Callable[[Context], None]:
        return lambda ctx: catalog.delete_model(ctx, info.id)

    def describe(self, info: ModelInfo) -> str:
        return self.tr("the model %1").replace("%1", info.display)

    def count_text(self, shown: int, total: int) -> str:
        if total == 0:
            return self.tr("No models yet. Press Insert or “New model” to add one.")
        if shown == total:
            return self.tr("Models: %1").replace("%1", str(total))
        return (
            self.tr("Showing %1 of %2 models").replace("%1", str(shown)).replace("%2", str(total))
        )


class PeopleProxy(QSortFilterProxyModel):
    """Filters by text and, unless `show_inactive`, hides people who are no longer active."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_inactive = False

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.show_inactive:
            info = self.sourceModel().index(source_row, 0, source_parent).data(INFO_ROLE)
            if info is not None and not info.active:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class PeoplePage(TablePage):
    """People assets are given to."""

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(lane, parent)
        self.setObjectName("peoplePage")
        self.table.setAccessibleName(self.tr("People"))
        self.filter.setPlaceholderText(self.tr("Filter people…"))
        self.source.dim = lambda p: not p.active

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda p: p.name, width=170, stretch=True),
            Column(self.tr("Email"), lambda p: p.email, width=200),
            Column(self.tr("Employee no."), lambda p: p.employee_no, width=110),
            Column(self.tr("Department"), lambda p: p.department, width=130),
            Column(self.tr("Phone"), lambda p: p.phone, width=120),
            Column(self.tr("Active"), lambda p: _yes_no(p.active), width=70),
            Column(self.tr("Assets"), lambda p: p.asset_count, numeric=True, width=70),
        ]

    def make_proxy(self) -> QSortFilterProxyModel:
        return PeopleProxy(self)

    def add_filters(self, layout: QHBoxLayout) -> None:
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.setToolTip(self.tr("Also list people marked as no longer active"))
        self.show_inactive.toggled.connect(self._show_inactive_toggled)
        layout.addWidget(self.show_inactive)

    @Slot(bool)
    def _show_inactive_toggled(self, show: bool) -> None:
        proxy = self.proxy
        assert isinstance(proxy, PeopleProxy)
        proxy.set_show_inactive(show)
        self.update_count()
        self._update_actions()

    def select_id(self, item_id: str) -> bool:
        row = self.source.row_of(item_id)
        if row >= 0 and not self.source.rows[row].active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # just edited to inactive: keep it in sight
        return super().select_id(item_id)

    def new_text(self) -> str:
        return self.tr("&New person…")

    def query(self, ctx: Context) -> list[PersonInfo]:
        return catalog.list_people(ctx, include_inactive=True)

    def make_dialog(self, info: PersonInfo | None) -> CatalogEditDialog:
        return PersonDialog(self.lane, info, self)

    def delete_op(self, info: PersonInfo) -> Callable[[Context], None]:
        return lambda ctx: catalog.delete_person(ctx, info.id)

    def describe(self, info: PersonInfo) -> str:
        return info.name

    def count_text(self, shown: int, total: int) -> str:
        if total == 0:
            return self.tr("No people yet. Press Insert or “New person” to add one.")
        inactive = sum(1 for p in self.source.rows if not p.active)
        if shown == total:
            return self.tr("People: %1").replace("%1", str(total))
        text = (
            self.tr("Showing %1 of %2 people").replace("%1", str(shown)).replace("%2", str(total))
        )
        if inactive and not self.show_inactive.isChecked():
            text += " " + self.tr("(%1 inactive hidden)").replace("%1", str(inactive))
        return text


# ---------------------------------------------------------------------------- locations


class LocationsPage(CatalogPage):
    """The location tree: site > building > room > shelf. Expand state survives reloads."""

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        self.locations: list[LocationInfo] = []
        self.items: dict[str, QStandardItem] = {}
        self.expanded_ids: set[str] | None = None  # None: not loaded yet
        self.restoring = False
        super().__init__(lane, parent)
        self.setObjectName("locationsPage")
        self.filter.setPlaceholderText(self.tr("Filter locations…"))

    def new_text(self) -> str:
        return self.tr("&New location…")

    def extra_actions(self) -> None:
        self.new_sub_action = self._action(
            self.tr("New &sub-location…"), QIcon.ThemeIcon.ListAdd, self.new_sub_location,
            [QKeySequence("Ctrl+Shift+Insert")],
        )  # fmt: skip
        self.new_sub_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_sub_action)

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "new_sub_action"):
            self.new_sub_action.setEnabled(self.current_info() is not None)

    def make_view(self) -> QTableView | QTreeView:
        self.source = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._set_headers()
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Locations"))
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, width in enumerate((300, 110, 130, 80)):
            self.tree.setColumnWidth(i, width)
        self.tree.expanded.connect(self._expanded)
        self.tree.collapsed.connect(self._collapsed)
        return self.tree

    def _set_headers(self) -> None:
        self.source.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Code"), self.tr("Assets")]
        )

    def query(self, ctx: Context) -> list[LocationInfo]:
        return catalog.list_locations(ctx)

    def apply(self, data: list[LocationInfo]) -> None:
        self.locations = list(data)
        if self.expanded_ids is None:  # first load: show sites and buildings opened
            self.expanded_ids = {loc.id for loc in self.locations if loc.depth < 2}
        totals = {loc.id: loc.asset_count for loc in self.locations}
        by_id = {loc.id: loc for loc in self.locations}
        for loc in sorted(self.locations, key=lambda item: item.depth, reverse=True):
            if loc.parent_id in totals:
                totals[loc.parent_id] += totals[loc.id]

        kinds = location_kind_names()
        rows: dict[str, list[QStandardItem]] = {}
        for loc in self.locations:
            name = QStandardItem(loc.name)
            name.setData(loc, INFO_ROLE)
            name.setData(loc.id, ID_ROLE)
            name.setData(loc.name.lower(), SORT_ROLE)
            name.setToolTip(loc.path)
            kind = QStandardItem(kinds.get(loc.kind, loc.kind))
            kind.setData(catalog.LOCATION_KINDS.index(loc.kind), SORT_ROLE)
            code = QStandardItem(loc.code)
            code.setData(loc.code.lower(), SORT_ROLE)
            count = QStandardItem(str(totals[loc.id]))
            count.setData(totals[loc.id], SORT_ROLE)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            below = totals[loc.id] - loc.asset_count
            count.setToolTip(
                self.tr("%1 here, %2 in sub-locations")
                .replace("%1", str(loc.asset_count))
                .replace("%2", str(below))
            )
            for item in (name, kind, code, count):
                item.setEditable(False)
            rows[loc.id] = [name, kind, code, count]
        top: list[list[QStandardItem]] = []
        for loc in self.locations:  # attach children to detached parents first: cheap
            if loc.parent_id in by_id:
                rows[loc.parent_id][0].appendRow(rows[loc.id])
            else:
                top.append(rows[loc.id])
        self.restoring = True
        try:
            self.source.removeRows(0, self.source.rowCount())
            for row in top:
                self.source.appendRow(row)
            self.items = {loc_id: row[0] for loc_id, row in rows.items()}
            self._restore_expanded()
        finally:
            self.restoring = False

    def _restore_expanded(self) -> None:
        if self.filter.text():
            self.tree.expandAll()
            return
        for loc_id in self.expanded_ids or set():
            item = self.items.get(loc_id)
            if item is not None:
                self.tree.expand(self.proxy.mapFromSource(item.index()))

    @Slot(QModelIndex)
    def _expanded(self, index: QModelIndex) -> None:
        if not self.restoring and not self.filter.text() and self.expanded_ids is not None:
            self.expanded_ids.add(index.data(ID_ROLE))

    @Slot(QModelIndex)
    def _collapsed(self, index: QModelIndex) -> None:
        if not self.restoring and not self.filter.text() and self.expanded_ids is not None:
            self.expanded_ids.discard(index.data(ID_ROLE))

    def filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.restoring = True
        try:
            if not text:
                self.tree.collapseAll()
            self._restore_expanded()
        finally:
            self.restoring = False

    def select_id(self, item_id: str) -> bool:
        item = self.items.get(item_id)
        if item is None:
            return False
        index = self.proxy.mapFromSource(item.index())
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)  # opens the parents
        return True

    def update_count(self) -> None:
        if not self.locations:
            self.count_label.setText(
                self.tr("No locations yet. Press Insert or “New location” to add a site.")
            )
        else:
            self.count_label.setText(
                self.tr("Locations: %1").replace("%1", str(len(self.locations)))
            )

    def make_dialog(self, info: LocationInfo | None) -> CatalogEditDialog:
        current = self.current_info()
        parent_id = current.parent_id if current is not None else None
        return LocationDialog(self.lane, self.locations, info, parent_id, self)

    @Slot()
    def new_sub_location(self) -> CatalogEditDialog | None:
        """A new location inside the selected one."""
        current = self.current_info()
        if current is None:
            return None
        dialog = LocationDialog(self.lane, self.locations, None, current.id, self)
        return self.open_dialog(None, dialog)

    def delete_op(self, info: LocationInfo) -> Callable[[Context], None]:
        return lambda ctx: catalog.delete_location(ctx, info.id)

    def describe(self, info: LocationInfo) -> str:
        return info.path

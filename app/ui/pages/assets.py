"""The assets page: filters above a lazy table, the open asset on the right.

Search runs as you type (debounced); the status, location, category and warranty filters
apply at once. Enter or a double-click opens the asset in the panel on the right; while the
panel is open it follows the current row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.lifecycle import Status
from app.services.dto import AssetRow, LocationInfo
from app.services.filters import AssetFilter
from app.ui.asset_model import ASSET_ID_ROLE, ASSET_NUM_ROLE, AssetTableModel
from app.ui.lifecycle_text import state_name
from app.ui.operations import DbLane, QueryOp

SEARCH_DEBOUNCE_MS = 150
FOLLOW_DEBOUNCE_MS = 120
PANEL_WIDTH = 540
CHOICES_DELAY_MS = 100  # the filter choices load just after the first page is painted
ROW_HEIGHT_EXTRA = 8


@dataclass(frozen=True)
class FilterChoices:
    locations: list[LocationInfo]
    categories: list[str]


class AssetsPage(QWidget):
    """Filter bar, asset table and (once an asset is opened) the asset panel."""

    # (matching assets, all assets or -1 while unknown)
    counts_changed = Signal(int, int)
    # emitted once the first page of assets is in the table
    first_page_loaded = Signal()
    # the asset opened in the panel (its id)
    asset_opened = Signal(str)

    def __init__(
        self,
        lane: DbLane,
        parent: QWidget | None = None,
        *,
        first_page: list[AssetRow] | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.model = AssetTableModel(lane, self)
        self.asset_view: Any = None  # AssetView, created when the first asset is opened
        self._total = -1
        self._choices_loaded = False
        self._choices_stale = False
        self._keep_num: int | None = None  # asset to select again after a reload

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search tag, serial, model, person, location, notes…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search assets"))
        self.search.setToolTip(
            self.tr("Search as you type: words match the start of tag, serial, model, "
                    "manufacturer, person, location or notes ({0})")
            .format(QKeySequence("Ctrl+F").toString(QKeySequence.SequenceFormat.NativeText))
        )  # fmt: skip

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.setToolTip(self.tr("Show only assets in this state"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_combo.addItem(state_name(status), status.value)

        self.location_combo = QComboBox(self)
        self.location_combo.setAccessibleName(self.tr("Location filter"))
        self.location_combo.setToolTip(self.tr("Show only assets at this location or below it"))
        self.location_combo.addItem(self.tr("All locations"), None)
        self.location_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.location_combo.setMinimumContentsLength(12)

        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Category filter"))
        self.category_combo.setToolTip(self.tr("Show only assets of this category"))
        self.category_combo.addItem(self.tr("All categories"), None)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_combo.setMinimumContentsLength(9)

        self.warranty_check = QCheckBox(self.tr("Warranty ends within"), self)
        self.warranty_check.setAccessibleName(self.tr("Filter by warranty end"))
        self.warranty_days = QSpinBox(self)
        self.warranty_days.setRange(0, 3650)
        self.warranty_days.setValue(90)
        self.warranty_days.setSuffix(self.tr(" days"))
        self.warranty_days.setEnabled(False)
        self.warranty_days.setAccessibleName(self.tr("Warranty ends within this many days"))

        self.new_button = QPushButton(self.tr("New asset…"), self)
        self.new_button.setAccessibleName(self.tr("New asset"))
        self.new_button.setToolTip(
            self.tr("Create an asset ({0})").format(
                QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.new_button.clicked.connect(self.new_asset)

        # a filter opened from a figure of the home page, shown as a removable chip
        self._preset: AssetFilter | None = None
        self.preset_chip = QWidget(self)
        self.preset_chip.setObjectName("filterChip")
        self.preset_chip.setStyleSheet(
            "QWidget#filterChip { background: palette(highlight); border-radius: 10px; }"
            "QWidget#filterChip QLabel, QWidget#filterChip QToolButton {"
            " color: palette(highlighted-text); background: transparent; border: none; }"
        )
        self.preset_chip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.preset_label = QLabel(self.preset_chip)
        self.preset_clear = QToolButton(self.preset_chip)
        self.preset_clear.setText("✕")
        self.preset_clear.setAccessibleName(self.tr("Remove this filter"))
        self.preset_clear.setToolTip(self.tr("Remove this filter"))
        self.preset_clear.setCursor(Qt.CursorShape.PointingHandCursor)
        self.preset_clear.clicked.connect(self.clear_preset)
        chip_row = QHBoxLayout(self.preset_chip)
        chip_row.setContentsMargins(10, 2, 4, 2)
        chip_row.setSpacing(4)
        chip_row.addWidget(self.preset_label)
        chip_row.addWidget(self.preset_clear)
        self.preset_chip.hide()

        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.status_combo)
        filter_row.addWidget(self.location_combo)
        filter_row.addWidget(self.category_combo)
        filter_row.addWidget(self.warranty_check)
        filter_row.addWidget(self.warranty_days)
        filter_row.addWidget(self.preset_chip)
        filter_row.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("assetTable")
        self.table.setAccessibleName(self.tr("Assets"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vheader = self.table.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_EXTRA)
        vheader.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        for i, col in enumerate(self.model.columns):
            header.resizeSection(i, col.width)
        self.table.setSortingEnabled(True)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.left = QWidget(self)
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_DEBOUNCE_MS)
        self._follow_timer.timeout.connect(self._follow_current)

        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.location_combo.currentIndexChanged.connect(self.apply_filter)
        self.category_combo.currentIndexChanged.connect(self.apply_filter)
        self.warranty_check.toggled.connect(self.warranty_days.setEnabled)
        self.warranty_check.toggled.connect(self.apply_filter)
        self.warranty_days.valueChanged.connect(self._warranty_days_changed)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.model.first_page_loaded.connect(self._first_page_loaded)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.lane.changed.connect(self._data_changed)

        if first_page is None:
            self.model.refresh()
        else:
            self.model.start_with(first_page)

    # ------------------------------------------------------------------------ filters

    def current_filter(self) -> AssetFilter:
        """The filter the controls describe (with the table's sort order)."""
        status = self.status_combo.currentData()
        base = self.model.filter
        preset = self._preset or AssetFilter()
        return replace(
            preset,
            text=self.search.text().strip(),
            statuses=(Status(status),) if status else preset.statuses,
            location_id=self.location_combo.currentData() or preset.location_id,
            category=self.category_combo.currentData() or preset.category,
            warranty_within_days=self.warranty_days.value()
            if self.warranty_check.isChecked()
            else preset.warranty_within_days,
            sort=base.sort,
            descending=base.descending,
        )

    def show_filter(self, flt: AssetFilter) -> None:
        """Show the assets of `flt` (a figure of the home page): the controls are reset and
        the filter is shown as a chip that removes it."""
        for combo in (self.status_combo, self.location_combo, self.category_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.warranty_check.blockSignals(True)
        self.warranty_check.setChecked(False)
        self.warranty_days.setEnabled(False)
        self.warranty_check.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._preset = flt
        self.preset_label.setText(flt.title or self.tr("Filtered from Home"))
        self.preset_chip.setToolTip(self.tr("Shown from the home page: {0}").format(flt.title))
        self.preset_chip.show()
        self.apply_filter()

    @property
    def preset(self) -> AssetFilter | None:
        return self._preset

    @Slot()
    def clear_preset(self) -> None:
        self._preset = None
        self.preset_chip.hide()
        self.apply_filter()

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    @Slot()
    def _search_now(self) -> None:
        self.apply_filter()
        if self.model.rowCount() > 0 and not self.model.loading:
            self.table.setFocus()

    @Slot(int)
    def _warranty_days_changed(self, _days: int) -> None:
        if self.warranty_check.isChecked():
            self._search_timer.start()

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _load_choices(self) -> None:
        def fetch(ctx: Any) -> FilterChoices:
            from app.services import catalog

            return FilterChoices(catalog.list_locations(ctx), catalog.list_categories(ctx))

        self._choices_loaded = True
        self._choices_stale = False
        QueryOp(self.lane, fetch, success=self._choices_arrived, owner=self).run()

    def _choices_arrived(self, choices: FilterChoices) -> None:
        for combo, items in (
            (self.location_combo, [("  " * loc.depth + loc.name, loc.id, loc.path)
                                   for loc in choices.locations]),
            (self.category_combo, [(c, c, "") for c in choices.categories]),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data, tip in items:
                combo.addItem(text, data)
                if tip:
                    combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            if current is not None and index < 0:
                self.apply_filter()  # the chosen location or category is gone

    # ------------------------------------------------------------------------- counts

    @Slot(int)
    def _ids_loaded(self, count: int) -> None:
        flt = self.model.filter
        unfiltered = flt == AssetFilter(sort=flt.sort, descending=flt.descending)
        if unfiltered:
            self._total = count
        elif self._total < 0:
            self._load_total()
        self.counts_changed.emit(count, self._total)
        if count == 0:
            self.empty_label.setText(
                self.tr("No assets yet. Create one with File › New asset (Ctrl+N), import a "
                        "CSV file (Ctrl+I) or load the demo data.")
                if unfiltered
                else self.tr("No asset matches these filters.")
            )  # fmt: skip
        self.empty_label.setVisible(count == 0)
        if self._keep_num is not None:
            row = self.model.row_of(self._keep_num)
            self._keep_num = None
            if row is not None:
                self._select_row(row, open_it=False)

    def _load_total(self) -> None:
        from app.services.assets import asset_count

        QueryOp(self.lane, asset_count, success=self._total_arrived, owner=self).run()

    def _total_arrived(self, total: int) -> None:
        self._total = total
        self.counts_changed.emit(self.model.rowCount(), total)

    @Slot()
    def _first_page_loaded(self) -> None:
        # the first page is in the model; let the view paint it, then report
        QTimer.singleShot(0, self.first_page_loaded.emit)
        if self.isVisible() and not self._choices_loaded:
            QTimer.singleShot(CHOICES_DELAY_MS, self._load_choices)

    @Slot(str)
    def _data_changed(self, _label: str) -> None:
        self._total = -1
        self.model.refresh(data_changed=True)
        if self._choices_loaded:
            if self.isVisible():
                self._load_choices()
            else:
                self._choices_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._choices_stale or (not self._choices_loaded and not self.model.loading):
            self._load_choices()

    @Slot()
    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self._keep_num is None:
            self._keep_num = index.data(ASSET_NUM_ROLE)

    # ---------------------------------------------------------------------- the panel

    def _select_row(self, row: int, *, open_it: bool) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if open_it:
            self._open_index(index)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        asset_id = index.sibling(index.row(), 0).data(ASSET_ID_ROLE)
        if asset_id:
            self.open_asset(asset_id)

    def open_asset(self, asset_id: str) -> None:
        """Show the asset in the panel on the right (creating the panel the first time)."""
        view = self.ensure_asset_view()
        view.show()
        view.show_asset(asset_id)
        self.asset_opened.emit(asset_id)

    def ensure_asset_view(self) -> Any:
        if self.asset_view is None:
            from app.ui.asset_view import AssetView

            self.asset_view = AssetView(self.lane, self)
            self.asset_view.closed.connect(self._panel_closed)
            self.splitter.addWidget(self.asset_view)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            QTimer.singleShot(0, self._size_panel)
        return self.asset_view

    @Slot()
    def _size_panel(self) -> None:
        width = self.splitter.width()
        panel = min(PANEL_WIDTH, width // 2)
        self.splitter.setSizes([width - panel, panel])

    @Slot()
    def _panel_closed(self) -> None:
        self.table.setFocus()

    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.asset_view is not None and self.asset_view.isVisible() and current.isValid():
            self._follow_timer.start()

    @Slot()
    def _follow_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.asset_view is None or not self.asset_view.isVisible():
            return
        asset_id = index.sibling(index.row(), 0).data(ASSET_ID_ROLE)
        if asset_id and asset_id != self.asset_view.asset_id:
            self.asset_view.show_asset(asset_id)

    def new_asset(self, tag: str = "", location_id: str | None = None) -> None:
        """Open the create dialog (with `tag` and `location_id` filled in, for a scanned
        label that is not in the store yet); the new asset is opened when saved."""
        from app.ui.dialogs.asset_edit import AssetEditDialog

        dialog = AssetEditDialog(self.lane, None, self, location_id=location_id)
        if tag:
            dialog.set_tag(tag)
        dialog.saved.connect(lambda detail: self.open_asset(detail.id))
        dialog.open()

    def filter_is_narrowing(self) -> bool:
        flt = self.model.filter
        return flt != AssetFilter(sort=flt.sort, descending=flt.descending)

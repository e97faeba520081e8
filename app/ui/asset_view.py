"""The open asset: its fields, the drives inside it, its history and its lifecycle actions.

Shown as a panel beside the asset table. Data comes from the lane (`get_asset` and
`asset_history` in one operation); the history is a light tree model so that an asset with
thousands of events opens at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FieldtagError, NotFound
from app.domain.lifecycle import Status, TransitionRequest
from app.domain.values import format_money
from app.services.assets import asset_history, get_asset, transition_asset
from app.services.dto import ActionInfo, AssetDetail, HistoryEntry
from app.ui.asset_model import STATUS_COLORS
from app.ui.drives_panel import DrivesPanel
from app.ui.i18n import translated
from app.ui.lifecycle_text import action_verb, state_name
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text, show_error
from app.ui.theme import box_style

AnyIndex = QModelIndex | QPersistentModelIndex
EMPTY = "—"


def local_time(at: dt.datetime) -> str:
    """A UTC timestamp from the store as local time, to the minute."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else EMPTY


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
EXPANDED = 20  # the newest events shown expanded (they fill the view); older ones open on a click


class HistoryModel(QAbstractItemModel):
    """Events (newest first) with one child line per changed field: "Label: old → new".

    When the history arrives the view lays out every event, calling `index` and
    `hasChildren` of each from C++ (some microseconds a call through the binding): those do
    no more than look up a list, `flags` is Qt's own (not overridden: it would double the
    calls), and texts are made only when they are shown.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("What"), self.tr("When"), self.tr("Who (device)"))
        self._entries: list[HistoryEntry] = []
        self._counts: list[int] = []  # child lines per entry
        self._lines: list[list[str] | None] = []  # child lines per entry, built on demand
        self._times: list[str | None] = []
        self._summaries: list[str | None] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._counts = [len(e.changes) + (1 if e.note else 0) for e in self._entries]
        self._lines = [None] * len(self._entries)
        self._times = [None] * len(self._entries)
        self._summaries = [None] * len(self._entries)
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def _child_lines(self, row: int) -> list[str]:
        lines = self._lines[row]
        if lines is None:
            e = self._entries[row]
            lines = []
            for ch in e.changes:
                label, new = translated(ch.label), translated(ch.new)
                if ch.old == EMPTY and (e.kind == "created" or e.entity == "checklist_run"):
                    lines.append(f"{label}: {new}")
                else:
                    lines.append(f"{label}: {translated(ch.old)} → {new}")
            if e.note:
                lines.append(self.tr("Note: {0}").format(e.note))
            self._lines[row] = lines
        return lines

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._entries):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        entry = parent.row()
        if parent.internalId() or parent.column() or row >= self._counts[entry]:
            return QModelIndex()
        return self.createIndex(row, column, entry + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        internal = index.internalId() if index.isValid() else 0
        if not internal:
            return QModelIndex()
        return self.createIndex(internal - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._entries)
        if parent.internalId() or parent.column():
            return 0
        return self._counts[parent.row()]

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._entries)
        return not (parent.internalId() or parent.column()) and self._counts[parent.row()] > 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if role != DISPLAY and role != TOOLTIP:  # noqa: PLR1714  (ints: faster than `in`)
            return None
        if not index.isValid():
            return None
        internal = index.internalId()
        col = index.column()
        if internal:
            if col != 0:
                return None
            lines = self._child_lines(internal - 1)
            return lines[index.row()] if index.row() < len(lines) else None
        row = index.row()
        e = self._entries[row]
        if col == 0:
            summary = self._summaries[row]
            if summary is None:  # the service's English, shown in the window's language
                summary = self._summaries[row] = translated(e.summary)
            return summary
        if col == 1:
            text = self._times[row]
            if text is None:
                text = self._times[row] = local_time(e.at)
            return text
        return f"{e.actor} ({e.device})" if e.device else e.actor

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None


class AssetView(QWidget):
    """The panel showing one asset."""

    closed = Signal()
    # the asset shown changed or was reloaded: (asset id)
    loaded = Signal(str)
    # a lifecycle action finished: (asset id, new status value)
    transitioned = Signal(str, str)

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.asset_id: str | None = None
        self.detail: AssetDetail | None = None
        self.transition_dialog: QWidget | None = None
        self.edit_dialog: QWidget | None = None
        self._gen = 0
        self.setMinimumWidth(320)
        self.setAccessibleName(self.tr("Asset details"))

        self.tag_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.tag_label.setFont(font)
        self.tag_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tag_label.setAccessibleName(self.tr("Asset tag"))
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setShortcut(QKeySequence("F2"))
        self.edit_button.setToolTip(self.tr("Edit this asset's fields (F2)"))
        self.edit_button.setAccessibleName(self.tr("Edit asset"))
        self.edit_button.clicked.connect(self.edit)
        self.label_button = QPushButton(self.tr("Label…"), self)
        self.label_button.setToolTip(self.tr("Print a label for this asset"))
        self.label_button.setAccessibleName(self.tr("Print label"))
        self.label_button.clicked.connect(self.print_label)
        self.checklist_button = QPushButton(self.tr("Checklist…"), self)
        self.checklist_button.setToolTip(
            self.tr("Start (or resume) a checklist for this asset (Ctrl+K)")
        )
        self.checklist_button.setAccessibleName(self.tr("Start checklist"))
        self.checklist_button.clicked.connect(self.start_checklist)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the asset panel"))
        self.close_button.setAccessibleName(self.tr("Close asset panel"))
        self.close_button.clicked.connect(self.close_panel)

        top = QHBoxLayout()
        top.addWidget(self.tag_label)
        top.addWidget(self.status_label)
        top.addStretch(1)
        top.addWidget(self.checklist_button)
        top.addWidget(self.label_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.close_button)

        self.actions_box = QWidget(self)
        self.actions_layout = QGridLayout(self.actions_box)
        self.actions_layout.setContentsMargins(0, 0, 0, 0)
        self.action_buttons: dict[Status, QPushButton] = {}
        self.blocked_label = QLabel(self)
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet(box_style("warning"))
        self.blocked_label.hide()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        # details
        self.fields: dict[str, QLabel] = {}
        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in self._field_labels():
            value = QLabel(EMPTY)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.fields[key] = value
            self.form.addRow(label + ":", value)
        self.custom_label = QLabel()
        self.custom_label.setWordWrap(True)
        self.custom_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Custom fields:"), self.custom_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)

        # drives
        self.drives_panel = DrivesPanel(self.lane)

        # history
        self.history_model = HistoryModel(self)
        self.history = QTreeView()
        self.history.setAccessibleName(self.tr("History"))
        self.history.setModel(self.history_model)
        self.history.expanded.connect(self._span_changes)
        self.history.setUniformRowHeights(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        hheader = self.history.header()
        hheader.setStretchLastSection(False)
        hheader.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, width in ((1, 128), (2, 140)):
            hheader.resizeSection(i, width)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.drives_panel, self.tr("Drives"))
        self.tabs.addTab(self.history, self.tr("History"))

        # checklist runs of this asset
        self.runs: list[Any] = []
        self.runs_view = QTreeWidget()
        self.runs_view.setAccessibleName(self.tr("Checklists"))
        self.runs_view.setHeaderLabels(
            [self.tr("Checklist"), self.tr("Status"), self.tr("Progress"), self.tr("Started")]
        )
        self.runs_view.setRootIsDecorated(False)
        self.runs_view.setAlternatingRowColors(True)
        rheader = self.runs_view.header()
        rheader.setStretchLastSection(False)
        rheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, width in ((1, 150), (2, 70), (3, 128)):
            rheader.resizeSection(i, width)
        self.runs_view.itemActivated.connect(lambda _item, _col: self.open_run())
        self.run_open_button = QPushButton(self.tr("Open"))
        self.run_open_button.setToolTip(self.tr("Open or resume the selected checklist (Enter)"))
        self.run_open_button.clicked.connect(self.open_run)
        self.run_report_button = QPushButton(self.tr("Report PDF…"))
        self.run_report_button.setToolTip(self.tr("Save the selected checklist's report as PDF"))
        self.run_report_button.clicked.connect(self.run_report)
        runs_box = QWidget()
        rb = QVBoxLayout(runs_box)
        rb.setContentsMargins(0, 4, 0, 0)
        rb.addWidget(self.runs_view, 1)
        rrow = QHBoxLayout()
        rrow.addStretch(1)
        rrow.addWidget(self.run_report_button)
        rrow.addWidget(self.run_open_button)
        rb.addLayout(rrow)
        self.runs_tab = self.tabs.addTab(runs_box, self.tr("Checklists"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.blocked_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)

        self.lane.changed.connect(self._data_changed)

    def _field_labels(self) -> list[tuple[str, str]]:
        return [
            ("name", self.tr("Name")),
            ("model", self.tr("Model")),
            ("category", self.tr("Category")),
            ("serial", self.tr("Serial number")),
            ("location", self.tr("Location")),
            ("assignee", self.tr("Assigned to")),
            ("purchase_date", self.tr("Purchase date")),
            ("purchase_cost", self.tr("Purchase cost")),
            ("supplier", self.tr("Supplier")),
            ("order_number", self.tr("Order number")),
            ("warranty_end", self.tr("Warranty ends")),
            ("eol_date", self.tr("End of life")),
            ("next_audit", self.tr("Next audit")),
            ("last_audit", self.tr("Last audit")),
            ("notes", self.tr("Notes")),
        ]

    # ------------------------------------------------------------------------ loading

    def show_asset(self, asset_id: str) -> None:
        if asset_id != self.asset_id:
            self.set_message("")
        self.asset_id = asset_id
        self._load()

    def _load(self) -> None:
        if self.asset_id is None:
            return
        self._gen += 1
        gen, asset_id = self._gen, self.asset_id

        def fetch(ctx: Any) -> tuple[AssetDetail, list[HistoryEntry]]:
            return get_asset(ctx, asset_id), asset_history(ctx, asset_id)

        def fetch_runs(ctx: Any) -> list[Any]:
            from app.services.checklists import list_runs

            return list_runs(ctx, asset_id=asset_id)

        QueryOp(
            self.lane,
            fetch,
            success=lambda result: self._arrived(gen, *result),
            failure=lambda exc: self._failed(gen, exc),
            owner=self,
        ).run()
        # the asset's checklist runs next (after what the panel shows first)
        QueryOp(
            self.lane, fetch_runs, success=lambda runs: self._runs_arrived(gen, runs), owner=self
        ).run()

        def fetch_conflicts(ctx: Any) -> list[Any]:
            from app.services.conflicts import conflicts_of_asset

            return conflicts_of_asset(ctx, asset_id)

        # open sync conflicts about the asset: a note (the Conflicts page settles them)
        QueryOp(
            self.lane, fetch_conflicts, success=lambda c: self._conflicts_arrived(gen, c),
            owner=self,
        ).run()  # fmt: skip

    def _arrived(self, gen: int, detail: AssetDetail, history: list[HistoryEntry]) -> None:
        if gen != self._gen:
            return
        self.detail = detail
        self._show_detail(detail)
        self.history_model.set_entries(history)
        # Expanding all of a long history would keep the GUI thread busy laying out
        # thousands of lines (~50 ms for 1,000 events); the newest fill the view.
        for row in range(min(EXPANDED, len(history))):
            self.history.expand(self.history_model.index(row, 0))
        self.tabs.setTabText(2, self.tr("History ({0})").format(len(history)))
        self.loaded.emit(detail.id)

    def _conflicts_arrived(self, gen: int, found: list[Any]) -> None:
        if gen != self._gen or not found or self.message_label.isVisible():
            return
        from app.ui.pages.conflicts import summary_shown

        if len(found) == 1:
            text = self.tr(
                "An open sync conflict about this asset: {0} Settle it on the Conflicts page "
                "(Ctrl+9)."
            ).format(summary_shown(found[0]))
        else:
            text = self.tr(
                "{0} open sync conflicts about this asset, the first: {1} Settle them on the "
                "Conflicts page (Ctrl+9)."
            ).format(len(found), summary_shown(found[0]))
        self.set_message(text)

    def _runs_arrived(self, gen: int, runs: list[Any]) -> None:
        if gen != self._gen:
            return
        self.runs = list(runs)
        self.runs_view.clear()
        status_text = {"in_progress": self.tr("in progress"), "completed": self.tr("completed"),
                       "abandoned": self.tr("abandoned")}  # fmt: skip
        for r in self.runs:
            status = status_text.get(r.status, r.status)
            if r.status == "completed" and r.transition:
                status += f" (→ {state_name(r.transition).lower()})"
            item = QTreeWidgetItem(
                [f"{r.template_title} v{r.template_version}", status,
                 f"{r.answered}/{r.visible}", local_time(r.started_at)]
            )  # fmt: skip
            item.setToolTip(0, self.tr("{0}, started by {1}").format(r.template_key, r.started_by))
            if r.status == "abandoned":
                item.setToolTip(1, r.abandon_reason)
            self.runs_view.addTopLevelItem(item)
        first = self.runs_view.topLevelItem(0)
        if first is not None:
            self.runs_view.setCurrentItem(first)
        self.run_open_button.setEnabled(bool(self.runs))
        self.run_report_button.setEnabled(bool(self.runs))
        open_runs = sum(1 for r in self.runs if r.status == "in_progress")
        title = self.tr("Checklists ({0})").format(len(self.runs))
        if open_runs:
            title = self.tr("Checklists ({0}, {1} open)").format(len(self.runs), open_runs)
        self.tabs.setTabText(self.runs_tab, title)

    def _selected_run(self) -> Any:
        item = self.runs_view.currentItem()
        row = self.runs_view.indexOfTopLevelItem(item) if item is not None else -1
        return self.runs[row] if 0 <= row < len(self.runs) else None

    @Slot()
    def open_run(self) -> None:
        run = self._selected_run()
        if run is None:
            return
        from app.ui.pages.checklists import checklists_page

        page = checklists_page(self.window())
        if page is not None:
            page.open_run(run.id)

    @Slot()
    def run_report(self) -> None:
        run = self._selected_run()
        if run is not None:
            from app.ui.checklist_runner import export_report

            export_report(self, self.lane, run.id, f"{run.asset_tag}-{run.template_key}.pdf")

    @Slot()
    def start_checklist(self) -> None:
        if self.detail is None:
            return
        from app.ui.pages.checklists import start_checklist

        start_checklist(self.window(), self.detail.id)

    @Slot(QModelIndex)
    def _span_changes(self, parent: QModelIndex) -> None:
        """An event's change lines ("Location: Berlin HQ > ... → ...") use the whole row."""
        if parent.parent().isValid():
            return
        for row in range(self.history_model.rowCount(parent)):
            self.history.setFirstColumnSpanned(row, parent, True)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        if isinstance(exc, NotFound):
            self.detail = None
            self.tag_label.setText("")
            self.set_message(self.tr("This asset no longer exists."), error=True)
            self._show_actions([])
            self.edit_button.setEnabled(False)
            return
        show_error(self, exc)

    @Slot(str)
    def _data_changed(self, _label: str) -> None:
        if self.asset_id is not None and self.isVisible():
            self._load()

    def _show_detail(self, d: AssetDetail) -> None:
        self.tag_label.setText(d.tag)
        color = STATUS_COLORS[d.status]
        self.status_label.setText(state_name(d.status))
        self.status_label.setStyleSheet(
            f"QLabel {{ border: 1px solid {color}; border-radius: 9px; color: {color};"
            " padding: 1px 8px; font-weight: 600; }"
        )
        parts = [p for p in (d.model, d.name) if p]
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setVisible(bool(parts))
        self.edit_button.setEnabled(True)
        disposed = d.status is Status.DISPOSED
        self.checklist_button.setEnabled(not disposed)
        self.checklist_button.setToolTip(
            self.tr("A disposed asset's record stays as history: no checklist can be run")
            if disposed
            else self.tr("Start (or resume) a checklist for this asset (Ctrl+K)")
        )
        values = {
            "name": d.name,
            "model": d.model,
            "category": d.category,
            "serial": d.serial,
            "location": d.location,
            "assignee": d.assignee,
            "purchase_date": _date(d.purchase_date),
            "purchase_cost": format_money(d.purchase_cost),
            "supplier": d.supplier,
            "order_number": d.order_number,
            "warranty_end": _date(d.warranty_end),
            "eol_date": _date(d.eol_date),
            "next_audit": _date(d.next_audit),
            "last_audit": _date(d.last_audit),
            "notes": d.notes,
        }
        for key, label in self.fields.items():
            label.setText(values[key] or EMPTY)
        self.custom_label.setText(
            "\n".join(f"{k}: {v}" for k, v in d.custom.items()) if d.custom else EMPTY
        )
        self._show_drives(d)
        self._show_actions(d.actions)

    def _show_drives(self, d: AssetDetail) -> None:
        self.drives_panel.show_asset(d)
        self.tabs.setTabText(1, self.tr("Drives ({0})").format(len(d.drives)))

    def _show_actions(self, actions: Sequence[ActionInfo]) -> None:
        while self.actions_layout.count():
            item = self.actions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = {}
        blocked: list[str] = []
        for i, action in enumerate(actions):
            label = action_verb(action.label)
            button = QPushButton(label + ("…" if self._asks(action) else ""), self.actions_box)
            button.setAccessibleName(label)
            if action.blocked:
                why = translated(action.blocked)
                button.setEnabled(False)
                button.setToolTip(why)
                blocked.append(f"{label}: {why}")
            else:
                button.setToolTip(
                    self.tr("Change the status to {0}").format(state_name(action.target))
                )
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.action_buttons[action.target] = button
            self.actions_layout.addWidget(button, i // 3, i % 3)
        self.actions_box.setVisible(bool(actions))
        self.blocked_label.setText("\n".join(blocked))
        self.blocked_label.setVisible(bool(blocked))

    # ------------------------------------------------------------------------ actions

    @staticmethod
    def _asks(action: ActionInfo) -> bool:
        return action.needs_target or action.needs_note or action.target is Status.DISPOSED

    def run_action(self, action: ActionInfo) -> None:
        """Perform a lifecycle action; asks for who/where or a note first when needed."""
        if self.detail is None:
            return
        if self._asks(action):
            from app.ui.dialogs.transition import TransitionDialog

            dialog = TransitionDialog(self.lane, self.detail, action, self)
            dialog.chosen.connect(lambda request: self.transition(action, request))
            dialog.open()
            self.transition_dialog = dialog
            return
        self.transition(action, TransitionRequest())

    def transition(self, action: ActionInfo, request: TransitionRequest) -> None:
        if self.detail is None:
            return
        asset_id, target = self.detail.id, action.target
        self.set_message("")
        CollectionOp(
            self.lane,
            lambda ctx: transition_asset(ctx, asset_id, target, request),
            success=lambda d: self._transitioned(action, d),
            failure=self._refused,
            owner=self,
            label="transition",
        ).run()

    def _transitioned(self, action: ActionInfo, detail: AssetDetail) -> None:
        self.set_message(
            self.tr("{0}: {1} is now {2}.").format(
                action_verb(action.label), detail.tag, state_name(detail.status).lower()
            )
        )
        self.transitioned.emit(detail.id, detail.status.value)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, FieldtagError):
            self.set_message(error_text(exc), error=True)
        else:
            show_error(self, exc)

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet(box_style("error" if error else "ok"))
        self.message_label.setVisible(bool(text))

    @Slot()
    def edit(self) -> None:
        if self.detail is None:
            return
        from app.ui.dialogs.asset_edit import AssetEditDialog

        dialog = AssetEditDialog(self.lane, self.detail, self)
        dialog.open()
        self.edit_dialog = dialog

    @Slot()
    def print_label(self) -> None:
        window = self.window()
        if self.detail is not None and hasattr(window, "print_labels"):
            window.print_labels((self.detail.tag,))

    @Slot()
    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()

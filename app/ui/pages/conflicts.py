"""The Conflicts page: what sync found between devices (the same tag adopted for two assets,
an asset moved two ways while both devices were offline, ...), settled by a person.

The list shows the open conflicts (or the settled ones, or all): kind, the assets, when it
was found, what happened. The pane beside it says it in full, with the assets as they are
now, and offers Settle… (Enter), Open asset and Print label…. Settling is one change on the
database lane; it syncs like any other, and the page reads the list again after it (and
after every change of the store, a sync included).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.conflicts import resolution_text, summary_text
from app.ui.i18n import translated
from app.ui.lifecycle_text import state_name
from app.ui.operations import DbLane, QueryOp

if TYPE_CHECKING:
    from app.services.conflicts import ConflictInfo, Settled

KIND_NAMES = {
    "tag": QT_TRANSLATE_NOOP("ConflictsPage", "Same tag"),
    "transition": QT_TRANSLATE_NOOP("ConflictsPage", "Two transitions"),
    "model_name": QT_TRANSLATE_NOOP("ConflictsPage", "Same model"),
    "location_cycle": QT_TRANSLATE_NOOP("ConflictsPage", "Location cycle"),
    "deleted_in_use": QT_TRANSLATE_NOOP("ConflictsPage", "Deleted, still used"),
    "checklist": QT_TRANSLATE_NOOP("ConflictsPage", "Checklist run"),
    "count": QT_TRANSLATE_NOOP("ConflictsPage", "Count"),
}
SHOW = ("open", "settled", "all")


def kind_name(kind: str) -> str:
    text = KIND_NAMES.get(kind)
    if not text:
        return kind.replace("_", " ")
    return QCoreApplication.translate("ConflictsPage", str(text))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def summary_shown(c: ConflictInfo) -> str:
    """The conflict's summary in the window's language (English when it was stored only so)."""
    return translated(summary_text(c.summary, c.details))


def resolution_shown(c: ConflictInfo) -> str:
    """How the conflict was settled, in the window's language."""
    return translated(resolution_text(c.resolution, c.details))


def _when(value: object) -> str:
    """A time the store keeps (naive UTC, or ISO text) in local time."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if not isinstance(value, dt.datetime):
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local: dt.datetime = value.astimezone()
    return f"{local:%Y-%m-%d %H:%M}"


class ConflictsPage(QWidget):
    """Open conflicts, a details pane, and Settle… per conflict."""

    loaded = Signal()
    settled = Signal(object)  # Settled

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.stale = True
        self.rows: list[ConflictInfo] = []
        self.dialog: QWidget | None = None
        self.print_box: QMessageBox | None = None

        self.show_combo = QComboBox(self)
        self.show_combo.setAccessibleName(self.tr("Show"))
        for text in (self.tr("Open conflicts"), self.tr("Settled conflicts"),
                     self.tr("All conflicts")):  # fmt: skip
            self.show_combo.addItem(text)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.reload())
        show_label = QLabel(self.tr("&Show:"), self)
        show_label.setBuddy(self.show_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the conflicts again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.show_combo)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [self.tr("Kind"), self.tr("Assets"), self.tr("Found"), self.tr("State"),
             self.tr("What happened")]
        )  # fmt: skip
        for i, w in enumerate((130, 150, 125, 80)):
            self.table.header().resizeSection(i, w)
        self.table.currentItemChanged.connect(lambda *_: self._selected())
        self.table.itemActivated.connect(lambda *_: self.settle())

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Conflict details"))
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumWidth(280)
        self.settle_button = QPushButton(self.tr("S&ettle…"), self)
        self.settle_button.setToolTip(self.tr("Choose how to settle the conflict (Enter)"))
        self.settle_button.clicked.connect(self.settle)
        self.open_button = QPushButton(self.tr("&Open asset"), self)
        self.open_button.clicked.connect(self.open_asset)
        self.print_button = QPushButton(self.tr("&Print label…"), self)
        self.print_button.setToolTip(self.tr("Print a label with the asset's tag as it is now"))
        self.print_button.clicked.connect(self._print_selected)
        buttons = QHBoxLayout()
        for b in (self.settle_button, self.open_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.details, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of conflicts"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        self.lane.changed.connect(self._changed)
        self._selected()

    # --------------------------------------------------------------------- loading

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def _changed(self, _label: str) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    @Slot()
    def reload(self) -> None:
        from app.services import conflicts

        self.stale = False
        status = SHOW[max(0, self.show_combo.currentIndex())]
        QueryOp(self.lane, lambda ctx: conflicts.list_conflicts(ctx, status),
                success=self._show, owner=self).run()  # fmt: skip

    def _show(self, rows: list[ConflictInfo]) -> None:
        current = self.selected()
        self.rows = rows
        self.table.clear()
        for c in rows:
            state = self.tr("open") if c.is_open else self.tr("settled")
            summary = summary_shown(c)
            item = QTreeWidgetItem(
                [kind_name(c.kind), c.what, _when(c.detected_at), state, summary]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c)
            item.setToolTip(4, summary)
            if not c.is_open:
                for col in range(5):
                    item.setForeground(col, Qt.GlobalColor.gray)
            self.table.addTopLevelItem(item)
            if current is not None and current.id == c.id:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        open_ = sum(1 for c in rows if c.is_open)
        if not rows:
            self.count.setText(self.tr("No conflicts to show. Conflicts arise when two "
                                       "devices change the same thing while offline."))  # fmt: skip
        elif len(rows) == 1:
            self.count.setText(self.tr("1 conflict, {0} open").format(open_))
        else:
            self.count.setText(self.tr("{0} conflicts, {1} open").format(len(rows), open_))
        self._selected()
        self.loaded.emit()

    def selected(self) -> ConflictInfo | None:
        item = self.table.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if data is not None and hasattr(data, "summary") else None

    def _selected(self) -> None:
        c = self.selected()
        self.settle_button.setEnabled(c is not None and c.is_open)
        self.open_button.setEnabled(c is not None and bool(c.assets))
        self.print_button.setEnabled(c is not None and c.kind == "tag" and bool(c.assets))
        if c is None:
            self.details.setText(self.tr("No conflict selected."))
            return
        parts = [
            f"<h3>{_html(kind_name(c.kind))}</h3>",
            f"<p>{_html(summary_shown(c))}</p>",
            "<p>" + self.tr("Found {0} on this device").format(_when(c.detected_at)) + "</p>",
        ]
        if c.assets:
            rows = "".join(
                f"<br>&nbsp;&nbsp;{_html(a.tag)}" + (f" — {_html(a.name)}" if a.name else "")
                + f" ({_html(state_name(a.status))})"
                for a in c.assets
            )  # fmt: skip
            parts.append("<p><b>" + self.tr("The assets now") + f"</b>{rows}</p>")
        if c.kind == "transition":
            rows = "".join(
                "<br>&nbsp;&nbsp;" + self.tr("{0} on {1}, {2}: {3} → {4}").format(
                    _html(str(ev.get("actor", ""))), _html(str(ev.get("device", ""))),
                    _when(str(ev.get("recorded_at", ""))),
                    _html(state_name(str(ev.get("source", "")))),
                    _html(state_name(str(ev.get("target", "")))),
                )
                for ev in c.details.get("events", [])
            )  # fmt: skip
            parts.append("<p><b>" + self.tr("The two changes") + f"</b>{rows}</p>")
        if c.is_open:
            hint = self.tr(
                "Sync already chose a result; settle it to confirm it or change it. "
                "Settling syncs to every device."
            )
            parts.append(f"<p><i>{hint}</i></p>")
        else:
            settled = self.tr("Settled by {0} on {1}, {2}: {3}").format(
                _html(c.settled_by or ""), _html(c.settled_device or ""),
                _when(c.settled_at), _html(resolution_shown(c)),
            )  # fmt: skip
            parts.append(f"<p><b>{settled}</b></p>")
            if c.note:
                parts.append("<p>" + self.tr("Note: {0}").format(_html(c.note)) + "</p>")
        self.details.setText("".join(parts))

    # --------------------------------------------------------------------- actions

    @Slot()
    def settle(self) -> None:
        from app.ui.dialogs.conflict_settle import SettleDialog

        c = self.selected()
        if c is None or not c.is_open:
            return
        dialog = SettleDialog(self.lane, c, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settled.connect(self._settled)
        self.dialog = dialog
        dialog.open()

    def _settled(self, done: Settled) -> None:
        self.settled.emit(done)
        window = self.window()
        if hasattr(window, "show_status"):
            window.show_status(self.tr("Conflict settled: {0}").format(resolution_shown(done.info)))
        if done.print_tag:
            tag = done.print_tag
            box = QMessageBox(
                QMessageBox.Icon.Question, self.tr("Print a new label?"),
                self.tr("{0} has a new tag: print its label now?").format(tag),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
            )  # fmt: skip
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
            box.buttonClicked.connect(
                lambda button: (
                    self.print_label(tag)
                    if box.standardButton(button) == QMessageBox.StandardButton.Yes
                    else None
                )
            )
            self.print_box = box
            box.open()

    @Slot()
    def open_asset(self) -> None:
        c = self.selected()
        window = self.window()
        if c is not None and c.assets and hasattr(window, "open_asset"):
            window.open_asset(c.asset_id or c.assets[0].id)

    @Slot()
    def _print_selected(self) -> None:
        self.print_label()

    def print_label(self, tag: str | None = None) -> None:
        """The labels dialog for `tag` (else the asset of the selected conflict that has
        the tag sync gave it)."""
        if tag is None:
            c = self.selected()
            if c is None or not c.assets:
                return
            mine = [a for a in c.assets if a.id == c.asset_id]
            tag = (mine or list(c.assets))[0].tag
        window = self.window()
        if hasattr(window, "print_labels"):
            window.print_labels(tags=(tag,))

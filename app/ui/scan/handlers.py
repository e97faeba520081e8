"""The scan handlers of the main window: the bottom of the dispatch stack.

- `FieldHandler`: a scan while the focus is in a field that asks for scans (the serial
  and tag fields of the asset dialog, marked with `mark_scan_target`) fills that field.
- `AssetOpener`: otherwise a scan opens its asset; a tag not in the store offers to
  create an asset with it (adopting a pre-printed label); a serial shared by several
  assets asks which one.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import translated
from app.ui.operations import DbLane, QueryOp
from app.ui.scan.dispatch import ScanDispatcher, ScanInput

if TYPE_CHECKING:
    from app.services.dto import AssetRow
    from app.services.scanning import ScanMatch

SCAN_TARGET = "fieldtagScanTarget"
SCAN_APPEND = "fieldtagScanAppend"


def mark_scan_target(edit: QLineEdit, *, append: bool = False) -> None:
    """Scans made while `edit` has the focus fill it (or, with `append`, are added to
    it, separated by spaces: a list of tags) instead of opening an asset."""
    edit.setProperty(SCAN_TARGET, True)
    edit.setProperty(SCAN_APPEND, append)


class FieldHandler:
    def __init__(self, dispatcher: ScanDispatcher) -> None:
        self.dispatcher = dispatcher

    def handle_scan(self, scan: ScanInput) -> bool:
        widget = QApplication.focusWidget()
        if scan.source == "manual" or not isinstance(widget, QLineEdit):
            return False
        if not widget.property(SCAN_TARGET) or widget.isReadOnly():
            return False
        value = scan.read.tag or scan.text
        if widget.property(SCAN_APPEND):
            current = widget.text().split()
            if value not in current:
                widget.setText(" ".join([*current, value]))
        else:
            widget.setText(scan.text)
        widget.setFocus()
        name = widget.accessibleName() or widget.objectName()
        self.dispatcher.report(scan, QApplication.translate("scan", "filled {0}").format(name))
        return True


class AssetWindow(Protocol):
    """What the asset opener needs from the main window."""

    def open_asset(self, asset_id: str) -> None: ...

    def new_asset_with_tag(self, tag: str, location_id: str | None = None) -> None: ...

    def show_status(self, text: str) -> None: ...


class AssetOpener(QObject):
    def __init__(
        self,
        lane: DbLane,
        dispatcher: ScanDispatcher,
        window: AssetWindow,
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self.lane = lane
        self.dispatcher = dispatcher
        self.window = window
        self.parent_widget = parent_widget
        self.question: QMessageBox | None = None
        self.chooser: QDialog | None = None

    def handle_scan(self, scan: ScanInput) -> bool:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.question and modal is not self.chooser:
            what = self.tr("finish or close the open dialog, then scan again")
            self.dispatcher.report(scan, what, "refused")
            self.window.show_status(
                self.tr("Scan of {0} ignored: {1}.").format(scan.text[:40], what)
            )
            return True
        if scan.read.tag is None and scan.read.serial is None:
            problem = translated(scan.read.problem or self.tr("This code is no asset tag."))
            self.dispatcher.report(scan, problem, "refused")
            self.window.show_status(problem)
            return True
        if self.question is not None:
            self.question.close()  # a new scan answers "no" to the last unknown tag
        read = scan.read

        def resolve(ctx: Any) -> ScanMatch:
            from app.services.scanning import resolve_scan  # SQLAlchemy: not at start-up

            return resolve_scan(ctx, read)

        QueryOp(
            self.lane,
            resolve,
            success=partial(self._resolved, scan),
            owner=self,
        ).run()
        return True

    def _resolved(self, scan: ScanInput, match: ScanMatch) -> None:
        if match.outcome == "asset" and match.asset is not None:
            row = match.asset
            how = self.tr(" (by serial number)") if match.by == "serial" else ""
            self.window.open_asset(row.id)
            self.dispatcher.report(scan, self.tr("opened {0}{1}").format(row.tag, how))
            self.window.show_status(
                self.tr("Scanned {0}: {1}").format(row.tag, row.name or row.model)
            )
        elif match.outcome == "ambiguous":
            self.dispatcher.report(scan, match.message, "unknown")
            self._choose(scan, match.matches)
        elif match.outcome == "unknown":
            self.dispatcher.report(scan, self.tr("not in the store"), "unknown")
            self.window.show_status(translated(match.message))
            if match.read.tag is not None:
                self._offer_create(match.read.tag)
        else:
            self.dispatcher.report(scan, match.message, "refused")
            self.window.show_status(match.message)

    def _offer_create(self, tag: str) -> None:
        if self.question is not None:
            self.question.close()
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unknown tag"))
        box.setText(self.tr("No asset has the tag {0}.").format(tag))
        box.setInformativeText(
            self.tr("Create an asset with this tag? (For labels printed in advance.)")
        )
        create = box.addButton(
            self.tr("Create asset {0}").format(tag), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(create)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("unknownTagQuestion")

        def done() -> None:
            if box.clickedButton() is create:
                self.window.new_asset_with_tag(tag)

        box.finished.connect(done)
        box.destroyed.connect(lambda: setattr(self, "question", None))
        self.question = box
        box.open()

    def _choose(self, scan: ScanInput, rows: tuple[AssetRow, ...]) -> None:
        if self.chooser is not None:
            self.chooser.close()
        dialog = QDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Which asset?"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        label = QLabel(
            self.tr("{0} assets have the serial number {1}. Pick the one in your hands:").format(
                len(rows), scan.read.serial
            ),
            dialog,
        )
        label.setWordWrap(True)
        choices = QListWidget(dialog)
        choices.setAccessibleName(self.tr("Assets with this serial number"))
        for row in rows:
            item = QListWidgetItem(f"{row.tag}  ·  {row.name or row.model}  ·  {row.location}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            choices.addItem(item)
        choices.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(choices)
        layout.addWidget(buttons)

        def accept() -> None:
            item = choices.currentItem()
            if item is not None:
                self.window.open_asset(str(item.data(Qt.ItemDataRole.UserRole)))
            dialog.accept()

        buttons.accepted.connect(accept)
        buttons.rejected.connect(dialog.reject)
        choices.itemActivated.connect(lambda _item: accept())
        dialog.destroyed.connect(lambda: setattr(self, "chooser", None))
        self.chooser = dialog
        dialog.open()

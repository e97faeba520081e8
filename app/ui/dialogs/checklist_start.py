"""Start a checklist: the asset (typed or scanned tag), then the template.

Templates offered are those for the asset's category (all, with "Show all templates");
a template already in progress on the asset resumes that run. Template files that could
not be loaded are listed with file:line and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.lifecycle_text import state_name
from app.ui.operations import DbLane, QueryOp, error_text
from app.ui.scan.dispatch import ScanDispatcher, ScanInput
from app.ui.theme import box_style, text_style

if TYPE_CHECKING:
    from app.domain.checklists import Template
    from app.services.context import Context
    from app.services.dto import AssetDetail


class StartChecklistDialog(QDialog):
    # (asset id, template)
    chosen = Signal(str, object)

    def __init__(
        self,
        lane: DbLane,
        parent: QWidget | None = None,
        *,
        asset_id: str | None = None,
        tag: str = "",
        template_key: str = "",
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.setWindowTitle(self.tr("Start a checklist"))
        self.resize(620, 520)
        self.asset: AssetDetail | None = None
        self.catalog: Any = None
        self.in_progress: set[str] = set()
        self.wanted_key = template_key
        self.dispatcher: ScanDispatcher | None = None

        self.tag_edit = QLineEdit(self)
        self.tag_edit.setPlaceholderText(self.tr("Scan or type the asset tag (or serial), Enter"))
        self.tag_edit.setAccessibleName(self.tr("Asset tag"))
        self.tag_edit.returnPressed.connect(self.look_up)
        self.asset_label = QLabel(self.tr("No asset chosen yet."), self)
        self.asset_label.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Show all templates"), self)
        self.show_all.setToolTip(self.tr("Also templates made for other categories"))
        self.show_all.toggled.connect(self._fill)
        self.templates = QListWidget(self)
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.itemActivated.connect(lambda _i: self.accept())
        self.templates.currentItemChanged.connect(lambda *_: self._update_ok())
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setStyleSheet(box_style("warning"))
        self.problems.hide()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Start"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Asset:"), self.tag_edit)
        form.addRow("", self.asset_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Checklist:"), self))
        layout.addWidget(self.templates, 1)
        layout.addWidget(self.show_all)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        QueryOp(lane, _load_catalog, success=self._catalog_loaded, owner=self).run()
        if asset_id:
            self._load_asset(asset_id=asset_id)
        elif tag:
            self.tag_edit.setText(tag)
            self.look_up()

    # ---------------------------------------------------------------- loading

    def _catalog_loaded(self, catalog: Any) -> None:
        self.catalog = catalog
        if catalog.problems:
            n = len(catalog.problems)
            self.problems.setText(
                self.tr("{0} template file(s) not loaded:\n{1}").format(
                    n, "\n".join(catalog.problems[:6])
                )
            )
            self.problems.show()
        self._fill()

    @Slot()
    def look_up(self) -> None:
        text = self.tag_edit.text().strip()
        if text:
            self._load_asset(text=text)

    def _load_asset(self, *, asset_id: str | None = None, text: str = "") -> None:
        def fetch(ctx: Context) -> tuple[Any, set[str]]:
            from app.domain.errors import NotFound
            from app.domain.tags import TagConfig, parse_scan
            from app.services import assets, checklists

            if asset_id:
                detail = assets.get_asset(ctx, asset_id)
            else:
                read = parse_scan(text, TagConfig())
                found = assets.find_asset(ctx, read.tag or text)
                if found is None:
                    raise NotFound(f"No asset has the tag or serial number {text}.")
                detail = found
            running = checklists.list_runs(ctx, status="in_progress", asset_id=detail.id)
            return detail, {r.template_key for r in running}

        self.error.setText("")
        QueryOp(self.lane, fetch, success=self._asset_loaded, failure=self._asset_failed,
                owner=self).run()  # fmt: skip

    def _asset_loaded(self, result: tuple[AssetDetail, set[str]]) -> None:
        detail, running = result
        self.asset = detail
        self.in_progress = running
        self.tag_edit.setText(detail.tag)
        parts = [p for p in (detail.name, detail.model) if p]
        cat = detail.category or self.tr("no category")
        where = detail.location or self.tr("no location")
        self.asset_label.setText(
            self.tr("{0} — {1} ({2}), {3}, {4}").format(
                detail.tag, " · ".join(parts) or "—", cat, state_name(detail.status).lower(),
                where,
            )
        )  # fmt: skip
        self._fill()
        self.templates.setFocus()

    def _asset_failed(self, error: BaseException) -> None:
        self.asset = None
        self.asset_label.setText(self.tr("No asset chosen yet."))
        self.error.setText(error_text(error))
        self._fill()
        self.tag_edit.selectAll()
        self.tag_edit.setFocus()

    def _fill(self) -> None:
        self.templates.clear()
        if self.catalog is None:
            return
        category = self.asset.category if self.asset is not None else ""
        show_all = self.show_all.isChecked() or self.asset is None
        chosen_row = -1
        for t in self.catalog.templates:
            fits = t.applies_to(category)
            if not fits and not show_all:
                continue
            text = self.tr("{0}  ({1}, v{2}, {3} steps)").format(
                t.title, t.kind, t.version, len(t.steps)
            )
            if t.key in self.in_progress:
                text += self.tr(" — in progress: resumes")
            if not fits:
                text += self.tr(" — made for {0}").format(", ".join(t.categories))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            if t.description:
                item.setToolTip(t.description)
            self.templates.addItem(item)
            if t.key == self.wanted_key or (chosen_row < 0 and t.key in self.in_progress):
                chosen_row = self.templates.count() - 1
        if self.templates.count():
            self.templates.setCurrentRow(max(0, chosen_row))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.asset is not None and self.templates.currentItem() is not None)

    def template(self) -> Template | None:
        item = self.templates.currentItem()
        if item is None or self.catalog is None:
            return None
        result: Template = self.catalog.get(item.data(Qt.ItemDataRole.UserRole))
        return result

    def accept(self) -> None:
        template = self.template()
        if self.asset is None:
            self.error.setText(self.tr("Choose the asset first: scan or type its tag."))
            self.tag_edit.setFocus()
            return
        if template is None:
            self.error.setText(self.tr("Choose a checklist."))
            return
        self.chosen.emit(self.asset.id, template)
        super().accept()

    # ---------------------------------------------------------------- scanning

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        self.dispatcher = getattr(window, "scan_dispatcher", None)
        if self.dispatcher is not None:
            self.dispatcher.push(self)
        if self.asset is None:
            self.tag_edit.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.dispatcher is not None:
            self.dispatcher.remove(self)
        super().hideEvent(event)

    def handle_scan(self, scan: ScanInput) -> bool:
        tag = scan.read.tag or scan.read.serial
        if not tag:
            if self.dispatcher is not None:
                self.dispatcher.report(
                    scan, scan.read.problem or self.tr("no asset tag"), "refused"
                )
            return True
        self.tag_edit.setText(tag)
        self._load_asset(text=tag)
        if self.dispatcher is not None:
            self.dispatcher.report(scan, self.tr("checklist for {0}").format(tag), "ok")
        return True


def _load_catalog(_ctx: Context) -> Any:
    from app.services.checklist_templates import load_catalog

    return load_catalog()

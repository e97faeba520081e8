"""Create or edit an asset: every editable field, checked by the service on save.

The service does all the checking (`create_asset` / `update_asset`); when it refuses, every
problem is listed at the top of the form, the fields concerned are marked, and the dialog
stays open with the input as typed. Nothing is saved then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.assets import ASSET_FIELDS
from app.domain.errors import Problem, ValidationError
from app.domain.lifecycle import Status
from app.domain.values import format_money
from app.services import catalog
from app.services.assets import create_asset, update_asset
from app.services.dto import AssetDetail, LocationInfo, ModelInfo, PersonInfo
from app.ui.i18n import problem_text, translated
from app.ui.lifecycle_text import state_name
from app.ui.operations import CollectionOp, DbLane, QueryOp, show_error
from app.ui.problems import problems_label
from app.ui.scan.handlers import mark_scan_target
from app.ui.theme import text_style, tone

DATE_FIELDS = ("purchase_date", "warranty_end", "eol_date", "next_audit")
TEXT_FIELDS = ("tag", "name", "serial", "supplier", "order_number", "purchase_cost")


@dataclass(frozen=True)
class Choices:
    models: list[ModelInfo]
    locations: list[LocationInfo]
    people: list[PersonInfo]


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else ""


class AssetEditDialog(QDialog):
    """`AssetEditDialog(lane, None)` creates an asset; `AssetEditDialog(lane, detail)` edits it.
    Emits `saved(AssetDetail)` after the service accepted the input."""

    saved = Signal(object)  # AssetDetail

    def __init__(
        self,
        lane: DbLane,
        detail: AssetDetail | None = None,
        parent: QWidget | None = None,
        *,
        location_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.detail = detail
        self.initial_location_id = location_id  # a new asset's place (found in a count)
        self.saving = False
        self.setWindowTitle(
            self.tr("Edit asset {0}").format(detail.tag) if detail else self.tr("New asset")
        )
        self.setMinimumWidth(760)

        self.message = problems_label(self)

        self.inputs: dict[str, QWidget] = {}
        self.status_combo: QComboBox | None = None
        left = QFormLayout()
        right = QFormLayout()
        if detail is None:
            self.status_combo = QComboBox(self)
            for status in Status:
                self.status_combo.addItem(state_name(status), status.value)
            self.status_combo.setCurrentIndex(self.status_combo.findData(Status.IN_STOCK.value))
            self.status_combo.setAccessibleName(self.tr("Status"))
            self._add(left, "status", self.tr("&Status"), self.status_combo)

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setClearButtonEnabled(True)
            edit.setMaxLength(max(ASSET_FIELDS[name].max_len * 2, 64))
            return edit

        self._add(left, "tag", self.tr("Asset &tag"), line("tag", self.tr("e.g. IT-004211")))
        self._add(left, "name", self.tr("&Name"), line("name", self.tr("optional")))
        self._add(left, "serial", self.tr("Se&rial number"), line("serial"))
        for name in ("tag", "serial"):  # a scan while these have the focus fills them
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            mark_scan_target(edit)
        self.model_combo = self._combo(self.tr("Model"))
        self.location_combo = self._combo(self.tr("Location"))
        self.assignee_combo = self._combo(self.tr("Assigned to"))
        self._add(left, "model_id", self.tr("&Model"), self.model_combo)
        self._add(left, "location_id", self.tr("&Location"), self.location_combo)
        self._add(left, "assignee_id", self.tr("Assigned t&o"), self.assignee_combo)

        date_hint = self.tr("YYYY-MM-DD (empty: not set)")
        self._add(
            right, "purchase_date", self.tr("&Purchase date"), line("purchase_date", date_hint)
        )
        self._add(right, "purchase_cost", self.tr("Purchase &cost"),
                  line("purchase_cost", self.tr("e.g. 1299.00")))  # fmt: skip
        self._add(right, "supplier", self.tr("Supplie&r"), line("supplier"))
        self._add(right, "order_number", self.tr("&Order number"), line("order_number"))
        self._add(right, "warranty_end", self.tr("&Warranty ends"), line("warranty_end", date_hint))
        self._add(right, "eol_date", self.tr("&End of life"), line("eol_date", date_hint))
        self._add(right, "next_audit", self.tr("Next a&udit"), line("next_audit", date_hint))

        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.inputs["notes"] = self.notes

        self.custom = QTableWidget(0, 2, self)
        self.custom.setAccessibleName(self.tr("Custom fields"))
        self.custom.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.custom.verticalHeader().hide()
        self.custom.horizontalHeader().setStretchLastSection(True)
        self.custom.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.custom.horizontalHeader().resizeSection(0, 180)
        self.custom.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custom.setFixedHeight(self.fontMetrics().height() * 6 + 16)
        self.inputs["custom"] = self.custom
        self.add_custom_button = QPushButton(self.tr("Add field"), self)
        self.add_custom_button.setAccessibleName(self.tr("Add custom field"))
        self.add_custom_button.clicked.connect(self.add_custom_row)
        self.remove_custom_button = QPushButton(self.tr("Remove field"), self)
        self.remove_custom_button.setAccessibleName(self.tr("Remove custom field"))
        self.remove_custom_button.clicked.connect(self._remove_custom_row)
        custom_buttons = QVBoxLayout()
        custom_buttons.addWidget(self.add_custom_button)
        custom_buttons.addWidget(self.remove_custom_button)
        custom_buttons.addStretch(1)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom, 1)
        custom_row.addLayout(custom_buttons)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        bottom = QFormLayout()
        bottom.addRow(self._label(self.tr("No&tes"), self.notes, "notes"), self.notes)
        bottom.addRow(self._label(self.tr("Custom fields"), self.custom, "custom"), custom_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Create") if detail is None else self.tr("Save"))
        self.save_button.setEnabled(False)  # until the choices are loaded
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(columns)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)

        if detail is not None:
            self._fill(detail.editable_values())
        QueryOp(lane, self._fetch, success=self._choices_arrived, owner=self).run()

    # -------------------------------------------------------------------------- build

    def set_tag(self, tag: str) -> None:
        """Fill in the tag (a scanned label that is not in the store yet); the focus goes
        to the next field."""
        edit = self.inputs["tag"]
        assert isinstance(edit, QLineEdit)
        edit.setText(tag)
        self.inputs["name"].setFocus()

    def _label(self, text: str, buddy: QWidget, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        label.setObjectName(f"label_{name}")
        return label

    def _add(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        if not widget.accessibleName():
            widget.setAccessibleName(text.replace("&", ""))
        self.inputs[name] = widget
        form.addRow(self._label(text, widget, name), widget)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("Loading…"), None)
        combo.setEnabled(False)
        combo.setMinimumContentsLength(24)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _fill(self, values: dict[str, object]) -> None:
        for name in TEXT_FIELDS:
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            value = values.get(name)
            if name == "purchase_cost":
                edit.setText(format_money(value if isinstance(value, int) else None))
            else:
                edit.setText("" if value is None else str(value))
        for name in DATE_FIELDS:
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(_iso(values.get(name)))
        self.notes.setPlainText(str(values.get("notes") or ""))
        custom = values.get("custom")
        if isinstance(custom, dict):
            for key, value in custom.items():
                self.add_custom_row(str(key), str(value), edit=False)

    @staticmethod
    def _fetch(ctx: Any) -> Choices:
        return Choices(
            catalog.list_models(ctx),
            catalog.list_locations(ctx),
            catalog.list_people(ctx),
        )

    def _choices_arrived(self, choices: Choices) -> None:
        d = self.detail
        self._fill_combo(
            self.model_combo, self.tr("(no model)"),
            [(m.display + (f" — {m.category}" if m.category else ""), m.id)
             for m in choices.models],
            d.model_id if d else None,
        )  # fmt: skip
        self._fill_combo(
            self.location_combo, self.tr("(no location)"),
            [(loc.path, loc.id) for loc in choices.locations],
            d.location_id if d else self.initial_location_id,
        )  # fmt: skip
        self._fill_combo(
            self.assignee_combo, self.tr("Nobody"),
            [(p.name + ("" if p.active else self.tr(" (inactive)")), p.id)
             for p in choices.people],
            d.assignee_id if d else None,
        )  # fmt: skip
        self.save_button.setEnabled(True)

    @staticmethod
    def _fill_combo(
        combo: QComboBox, none_text: str, items: list[tuple[str, str]], current: str | None
    ) -> None:
        combo.clear()
        combo.addItem(none_text, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(True)

    # ---------------------------------------------------------------- custom fields

    @Slot()
    def add_custom_row(self, key: str = "", value: str = "", *, edit: bool = True) -> None:
        row = self.custom.rowCount()
        self.custom.insertRow(row)
        self.custom.setItem(row, 0, QTableWidgetItem(key))
        self.custom.setItem(row, 1, QTableWidgetItem(value))
        if edit:
            self.custom.setCurrentCell(row, 0)
            item = self.custom.item(row, 0)
            if item is not None:
                self.custom.editItem(item)

    @Slot()
    def _remove_custom_row(self) -> None:
        row = self.custom.currentRow()
        if row >= 0:
            self.custom.removeRow(row)

    def custom_values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in range(self.custom.rowCount()):
            key_item, value_item = self.custom.item(row, 0), self.custom.item(row, 1)
            key = key_item.text().strip() if key_item else ""
            value = value_item.text() if value_item else ""
            if key or value.strip():
                out[key] = value
        return out

    # ------------------------------------------------------------------------- saving

    def values(self) -> dict[str, object]:
        """The form as the service takes it (text as typed: the service parses it)."""
        out: dict[str, object] = {}
        for name in (*TEXT_FIELDS, *DATE_FIELDS):
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            out[name] = edit.text()
        out["model_id"] = self.model_combo.currentData()
        out["location_id"] = self.location_combo.currentData()
        out["assignee_id"] = self.assignee_combo.currentData()
        out["notes"] = self.notes.toPlainText()
        out["custom"] = self.custom_values()
        if self.status_combo is not None:
            out["status"] = self.status_combo.currentData()
        return out

    @Slot()
    def save(self) -> None:
        if self.saving:
            return
        values = self.values()
        self.saving = True
        self.save_button.setEnabled(False)
        detail = self.detail
        if detail is None:
            CollectionOp(
                self.lane, lambda ctx: create_asset(ctx, values), success=self._saved,
                failure=self._refused, owner=self, label="asset created",
            ).run()  # fmt: skip
        else:
            asset_id = detail.id
            CollectionOp(
                self.lane, lambda ctx: update_asset(ctx, asset_id, values), success=self._saved,
                failure=self._refused, owner=self, label="asset updated",
            ).run()  # fmt: skip

    def _saved(self, detail: AssetDetail) -> None:
        self.saving = False
        self.saved.emit(detail)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_problems(exc.problems)
        else:
            show_error(self, exc)

    def show_problems(self, problems: list[Problem]) -> None:
        """List every problem above the form and mark the fields concerned."""
        by_label = {spec.label: name for name, spec in ASSET_FIELDS.items()}
        for name, widget in self.inputs.items():
            widget.setStyleSheet("")
            widget.setToolTip("")
            label = self.findChild(QLabel, f"label_{name}")
            if label is not None:
                label.setStyleSheet("")
        lines = [self.tr("Nothing was saved. Please correct:")]
        for problem in problems:
            lines.append(f"• {problem_text(problem)}")
            field = by_label.get(problem.field)
            marked = self.inputs.get(field) if field else None
            if marked is None:
                continue
            marked.setStyleSheet(f"border: 1px solid {tone('invalid').name()}; border-radius: 2px;")
            marked.setToolTip(translated(problem.message))
            field_label = self.findChild(QLabel, f"label_{field}")
            if field_label is not None:
                field_label.setStyleSheet(text_style("error", bold=True))
        self.message.setText("\n".join(lines))
        self.message.show()
        first = next(
            (self.inputs[by_label[p.field]] for p in problems if p.field in by_label
             and by_label[p.field] in self.inputs),
            None,
        )  # fmt: skip
        if first is not None:
            first.setFocus()

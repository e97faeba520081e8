"""Create and edit dialogs for the catalogue: models, locations and people.

Each dialog saves through a `CollectionOp` on the database lane. A `ValidationError` keeps
the dialog open with the input as typed: every problem is listed in a message label inside
the dialog, the labels of the fields concerned turn red and the first of them gets the focus.
Nothing is saved then. On success the dialog emits `saved(info)` and closes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.services import catalog
from app.services.context import Context
from app.services.dto import LocationInfo, ModelInfo, PersonInfo
from app.ui.i18n import translated
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text
from app.ui.theme import box_style, text_style


class CatalogEditDialog(QDialog):
    """What the three dialogs share: a form, the problem list, Save / Cancel, saving on the
    lane. Subclasses fill the form and say how to save (`values` and `save_op`)."""

    saved = Signal(object)  # the ModelInfo / LocationInfo / PersonInfo returned by the service
    problems_shown = Signal(str)  # the text of the problem list, after a refused save

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.saving = False
        self.setStyleSheet(box_style("error", "QLabel#problems"))
        self.setMinimumWidth(460)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        # Service field name (as in `Problem.field`) -> input, to mark and focus bad fields.
        self.field_widgets: dict[str, QWidget] = {}

    # -- building the form ---------------------------------------------------------------

    def add_row(self, label: str, widget: QWidget, problem_field: str = "") -> None:
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, widget)
        if problem_field:
            self.field_widgets[problem_field] = widget

    def line_edit(self, text: str, max_len: int = 200, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(max_len)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def notes_edit(self, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    # -- what subclasses provide ---------------------------------------------------------

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save_op(self, values: Mapping[str, Any]) -> Callable[[Context], Any]:
        raise NotImplementedError

    def op_label(self) -> str:
        return self.windowTitle()

    # -- saving --------------------------------------------------------------------------

    @Slot()
    def accept(self) -> None:
        """Save (the dialog closes when the service accepted the input)."""
        if self.saving:
            return
        self.saving = True
        self.buttons.setEnabled(False)
        CollectionOp(
            self.lane,
            self.save_op(self.values()),
            success=self._saved,
            failure=self._failed,
            owner=self,
            label=self.op_label(),
        ).run()

    @Slot()
    def reject(self) -> None:
        if self.saving:  # the save is on its way; its answer decides
            return
        super().reject()

    def _saved(self, info: object) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.saved.emit(info)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.show_problems(error)

    def show_problems(self, error: BaseException) -> None:
        self.clear_marks()
        text = self.tr("Nothing was saved. Please correct:") + "\n" + error_text(error)
        self.problems.setText(text)
        self.problems.show()
        first: QWidget | None = None
        if isinstance(error, ValidationError):
            for problem in error.problems:
                widget = self.field_widgets.get(problem.field)
                if widget is None:
                    continue
                label = self.form.labelForField(widget)
                if isinstance(label, QLabel):
                    label.setStyleSheet(text_style("error"))
                widget.setToolTip(translated(problem.message))
                first = first or widget
        (first or self.buttons.button(QDialogButtonBox.StandardButton.Save)).setFocus()
        self.problems_shown.emit(text)

    def clear_marks(self) -> None:
        for widget in self.field_widgets.values():
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setStyleSheet("")
            if not isinstance(widget, QCheckBox):
                widget.setToolTip("")


def _text(edit: QLineEdit) -> str:
    return edit.text().strip()


# ------------------------------------------------------------------------------------ models


class ModelDialog(CatalogEditDialog):
    """New model (`model` None) or edit one. The category combo offers the categories in use."""

    def __init__(
        self, lane: DbLane, model: ModelInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(lane, parent)
        self.model = model
        m = model
        self.setWindowTitle(
            self.tr("Edit model – %1").replace("%1", m.display) if m else self.tr("New model")
        )
        self.manufacturer = self.line_edit(m.manufacturer if m else "", 200, self.tr("e.g. Dell"))
        self.name = self.line_edit(m.name if m else "", 200, self.tr("e.g. Latitude 5440"))
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.setEditText(m.category if m else "")
        line = self.category.lineEdit()
        assert line is not None
        line.setMaxLength(100)
        line.setPlaceholderText(self.tr("e.g. Laptop, Monitor, Phone"))
        self.model_number = self.line_edit(m.model_number if m else "", 100)
        self.holds_storage = QCheckBox(self.tr("Holds storage media (drives, flash memory)"))
        self.holds_storage.setChecked(m.holds_storage if m else False)
        self.holds_storage.setToolTip(
            self.tr(
                "Tick this for laptops, desktops, servers, phones: anything that keeps data.\n"
                "It drives the disposal guard: an asset of this model cannot be marked\n"
                "disposed until every drive in it has a passed wipe or a destruction record."
            )
        )
        self.notes = self.notes_edit(m.notes if m else "")

        self.add_row(self.tr("&Manufacturer:"), self.manufacturer, "Manufacturer")
        self.add_row(self.tr("M&odel:"), self.name, "Model")
        self.add_row(self.tr("&Category:"), self.category, "Category")
        self.add_row(self.tr("Model &number:"), self.model_number, "Model number")
        self.add_row("", self.holds_storage)
        self.holds_storage.setAccessibleName(self.tr("Holds storage media"))
        self.add_row(self.tr("No&tes:"), self.notes, "Notes")

        QueryOp(lane, catalog.list_categories, success=self._set_categories, owner=self).run()

    def _set_categories(self, categories: list[str]) -> None:
        typed = self.category.currentText()
        self.category.clear()
        self.category.addItems(categories)
        self.category.setEditText(typed)

    def values(self) -> dict[str, Any]:
        return {
            "manufacturer": _text(self.manufacturer),
            "name": _text(self.name),
            "category": self.category.currentText().strip(),
            "model_number": _text(self.model_number),
            "holds_storage": self.holds_storage.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def save_op(self, values: Mapping[str, Any]) -> Callable[[Context], Any]:
        if self.model is None:
            return lambda ctx: catalog.create_model(ctx, values)
        model_id = self.model.id
        return lambda ctx: catalog.update_model(ctx, model_id, values)


# --------------------------------------------------------------------------------- locations


def location_kind_names() -> dict[str, str]:
    """Kind -> the word shown for it."""
    return {
        "site": QCoreApplication.translate("LocationKind", "Site"),
        "building": QCoreApplication.translate("LocationKind", "Building"),
        "room": QCoreApplication.translate("LocationKind", "Room"),
        "shelf": QCoreApplication.translate("LocationKind", "Shelf"),
    }


def subtree_ids(locations: Sequence[LocationInfo], root_id: str) -> set[str]:
    """`root_id` and the ids of every location below it."""
    children: dict[str | None, list[str]] = {}
    for loc in locations:
        children.setdefault(loc.parent_id, []).append(loc.id)
    out, todo = set(), [root_id]
    while todo:
        current = todo.pop()
        out.add(current)
        todo.extend(children.get(current, []))
    return out


class LocationDialog(CatalogEditDialog):
    """New location (`location` None; `parent_id` pre-selects its parent) or edit one.

    `locations` is the list the parent combo offers (a location cannot be moved into itself
    or below itself, so those are left out)."""

    def __init__(
        self,
        lane: DbLane,
        locations: Sequence[LocationInfo],
        location: LocationInfo | None = None,
        parent_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lane, parent)
        self.location = loc = location
        self.by_id = {item.id: item for item in locations}
        title = self.tr("Edit location – %1").replace("%1", loc.path) if loc else ""
        self.setWindowTitle(title or self.tr("New location"))
        self.name = self.line_edit(loc.name if loc else "", 200, self.tr("e.g. Room 2.14"))
        self.kind = QComboBox()
        for kind, label in location_kind_names().items():
            self.kind.addItem(label, kind)
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        excluded = subtree_ids(locations, loc.id) if loc else set()
        for item in locations:
            if item.id not in excluded:
                self.parent_combo.addItem(item.path, item.id)
        self.parent_combo.setMaxVisibleItems(20)
        self.parent_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.parent_combo.setMinimumContentsLength(30)
        self.code = self.line_edit(loc.code if loc else "", 100, self.tr("optional, e.g. B-214"))
        self.notes = self.notes_edit(loc.notes if loc else "")

        self.add_row(self.tr("&Name:"), self.name, "Name")
        self.add_row(self.tr("&Kind:"), self.kind, "Kind")
        self.add_row(self.tr("&Inside:"), self.parent_combo, "Parent")
        self.add_row(self.tr("&Code:"), self.code, "Code")
        self.add_row(self.tr("No&tes:"), self.notes, "Notes")
        self.parent_combo.setToolTip(self.tr("The location this one is in; change it to move it"))

        wanted_parent = loc.parent_id if loc else parent_id
        index = self.parent_combo.findData(wanted_parent)
        self.parent_combo.setCurrentIndex(max(index, 0))
        if loc:
            self.kind.setCurrentIndex(max(self.kind.findData(loc.kind), 0))
        else:
            self._suggest_kind()
            self.parent_combo.currentIndexChanged.connect(self._suggest_kind)

    @Slot()
    def _suggest_kind(self) -> None:
        """A new location is one level below its parent (site > building > room > shelf)."""
        parent = self.by_id.get(self.parent_combo.currentData() or "")
        kinds = catalog.LOCATION_KINDS
        kind = kinds[min(kinds.index(parent.kind) + 1, len(kinds) - 1)] if parent else kinds[0]
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def values(self) -> dict[str, Any]:
        return {
            "name": _text(self.name),
            "kind": self.kind.currentData(),
            "parent_id": self.parent_combo.currentData(),
            "code": _text(self.code),
            "notes": self.notes.toPlainText(),
        }

    def save_op(self, values: Mapping[str, Any]) -> Callable[[Context], Any]:
        if self.location is None:
            return lambda ctx: catalog.create_location(ctx, values)
        location_id = self.location.id
        return lambda ctx: catalog.update_location(ctx, location_id, values)


# ------------------------------------------------------------------------------------ people


class PersonDialog(CatalogEditDialog):
    def __init__(
        self, lane: DbLane, person: PersonInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(lane, parent)
        self.person = p = person
        self.setWindowTitle(
            self.tr("Edit person – %1").replace("%1", p.name) if p else self.tr("New person")
        )
        self.name = self.line_edit(p.name if p else "", 200, self.tr("e.g. Anna Schmidt"))
        self.email = self.line_edit(p.email if p else "", 200, self.tr("name@example.com"))
        self.employee_no = self.line_edit(p.employee_no if p else "", 100)
        self.department = self.line_edit(p.department if p else "", 200)
        self.phone = self.line_edit(p.phone if p else "", 100)
        self.active = QCheckBox(self.tr("Active (can be given assets)"))
        self.active.setChecked(p.active if p else True)
        self.active.setToolTip(
            self.tr("Untick for people who left: they stay in the history but are hidden")
        )
        self.notes = self.notes_edit(p.notes if p else "")

        self.add_row(self.tr("&Name:"), self.name, "Name")
        self.add_row(self.tr("&Email:"), self.email, "Email")
        self.add_row(self.tr("Employee n&umber:"), self.employee_no, "Employee number")
        self.add_row(self.tr("&Department:"), self.department, "Department")
        self.add_row(self.tr("&Phone:"), self.phone, "Phone")
        self.add_row("", self.active)
        self.active.setAccessibleName(self.tr("Active"))
        self.add_row(self.tr("No&tes:"), self.notes, "Notes")

    def values(self) -> dict[str, Any]:
        return {
            "name": _text(self.name),
            "email": _text(self.email),
            "employee_no": _text(self.employee_no),
            "department": _text(self.department),
            "phone": _text(self.phone),
            "active": self.active.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def save_op(self, values: Mapping[str, Any]) -> Callable[[Context], Any]:
        if self.person is None:
            return lambda ctx: catalog.create_person(ctx, values)
        person_id = self.person.id
        return lambda ctx: catalog.update_person(ctx, person_id, values)

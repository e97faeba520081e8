"""The catalogue pages (models, locations, people) and their dialogs, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QMessageBox, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from app.services import assets, catalog
from app.services.context import Context
from app.ui.dialogs.catalog_edit import (
    CatalogEditDialog,
    LocationDialog,
    ModelDialog,
    PersonDialog,
)
from app.ui.operations import CollectionOp, DbLane
from app.ui.pages.catalog import ID_ROLE, CatalogPage, LocationsPage, ModelsPage, PeoplePage

P = TypeVar("P", bound=CatalogPage)

# The offscreen platform plugin warns whenever a top-level window's size limits change.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def lane(ctx: Context, qtbot: QtBot) -> Iterator[DbLane]:
    lane = DbLane(ctx)
    yield lane
    lane.shutdown()


@pytest.fixture
def ids(catalog_ctx: Any) -> dict[str, str]:
    return dict(catalog_ctx[1])


def open_page(qtbot: QtBot, cls: type[P], lane: DbLane) -> P:
    page = cls(lane)
    qtbot.addWidget(page)
    page.resize(900, 500)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def rows(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[list[str]]:
    parent = parent or QModelIndex()
    return [
        [str(model.index(r, c, parent).data()) for c in range(model.columnCount(parent))]
        for r in range(model.rowCount(parent))
    ]


def find(model: QAbstractItemModel, text: str) -> QModelIndex:
    """The first shown cell whose text is `text` (any column, any depth)."""
    for column in range(model.columnCount()):
        hits = model.match(
            model.index(0, column), Qt.ItemDataRole.DisplayRole, text, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )  # fmt: skip
        if hits:
            return hits[0]
    raise AssertionError(f"{text!r} is not shown")


def select(page: CatalogPage, text: str) -> None:
    page.view.setCurrentIndex(find(page.view.model(), text))


def save(qtbot: QtBot, page: CatalogPage, dialog: CatalogEditDialog) -> None:
    """Press Save and wait until the page shows the reloaded data."""
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def save_refused(qtbot: QtBot, dialog: CatalogEditDialog) -> str:
    with qtbot.waitSignal(dialog.problems_shown, timeout=10_000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.problems.isVisible()
    return str(blocker.args[0] if blocker.args else "")


def change(qtbot: QtBot, lane: DbLane, page: CatalogPage, fn: Any) -> None:
    """Run a write on the lane (as another part of the app would) and wait for the reload."""
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        CollectionOp(lane, fn).run()


def confirm_delete(qtbot: QtBot, page: CatalogPage) -> QMessageBox:
    box = page.delete_current()
    assert box is not None
    assert box.isVisible()
    return box


# ---------------------------------------------------------------------------------- models


def test_models_page_lists_models_with_counts(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    assets.create_asset(lane.ctx, {"tag": "IT-1", "model_id": ids["laptop"]})
    page = open_page(qtbot, ModelsPage, lane)
    assert rows(page.view.model()) == [
        ["Dell", "Latitude 5440", "Laptop", "", "Yes", "1"],
        ["Dell", "P2422H", "Monitor", "", "No", "0"],
    ]
    assert page.count_label.text() == "Models: 2"
    assert not page.edit_action.isEnabled()
    select(page, "P2422H")
    assert page.edit_action.isEnabled() and page.delete_action.isEnabled()


def test_models_filter(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    qtbot.keyClicks(page.filter, "monit")
    assert [r[1] for r in rows(page.view.model())] == ["P2422H"]
    assert page.count_label.text() == "Showing 1 of 2 models"
    page.filter.clear()
    assert len(rows(page.view.model())) == 2


def test_empty_models_page_says_what_to_do(qtbot: QtBot, lane: DbLane) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    assert rows(page.view.model()) == []
    assert "Insert" in page.count_label.text()


def test_create_model_through_dialog(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    dialog = page.new_item()
    assert isinstance(dialog, ModelDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.category.count() == 2)  # categories in use, offered
    assert [dialog.category.itemText(i) for i in range(2)] == ["Laptop", "Monitor"]
    assert "disposal" in dialog.holds_storage.toolTip()
    assert dialog.manufacturer.accessibleName() == "Manufacturer:"
    qtbot.keyClicks(dialog.manufacturer, "Lenovo")
    qtbot.keyClicks(dialog.name, "ThinkPad T14")
    dialog.category.setEditText("Laptop")
    qtbot.keyClicks(dialog.model_number, "21HD")
    dialog.holds_storage.setChecked(True)
    save(qtbot, page, dialog)
    assert ["Lenovo", "ThinkPad T14", "Laptop", "21HD", "Yes", "0"] in rows(page.view.model())
    current = page.current_info()  # the new model is selected
    assert current is not None and current.name == "ThinkPad T14"
    assert [m.name for m in catalog.list_models(lane.ctx)] == [
        "Latitude 5440", "P2422H", "ThinkPad T14",
    ]  # fmt: skip


def test_model_dialog_shows_every_problem_and_keeps_input(
    qtbot: QtBot, lane: DbLane, ids: Any
) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    dialog = page.new_item()
    qtbot.keyClicks(dialog.model_number, "X-1")
    qtbot.keyClicks(dialog.notes, "keep me")
    text = save_refused(qtbot, dialog)
    assert "Manufacturer: is required" in text
    assert "Model: is required" in text
    assert dialog.problems.text() == text
    assert dialog.model_number.text() == "X-1"
    assert dialog.notes.toPlainText() == "keep me"
    assert dialog.buttons.isEnabled()
    assert dialog.manufacturer.hasFocus() or not dialog.isActiveWindow()
    # Fix one, make another mistake: the duplicate is reported, still nothing saved.
    qtbot.keyClicks(dialog.manufacturer, "DELL")
    qtbot.keyClicks(dialog.name, "latitude 5440")
    text = save_refused(qtbot, dialog)
    assert "already exists; edit that one instead" in text
    assert "is required" not in text
    assert len(catalog.list_models(lane.ctx)) == 2


def test_edit_model_with_enter_key(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    select(page, "P2422H")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, ModelDialog) and dialog.isVisible()
    assert dialog.name.text() == "P2422H"
    assert not dialog.holds_storage.isChecked()
    dialog.name.setText("P2423H")
    dialog.category.setEditText("Display")
    save(qtbot, page, dialog)
    assert ["Dell", "P2423H", "Display", "", "No", "0"] in rows(page.view.model())
    current = page.current_info()
    assert current is not None and current.id == ids["monitor"]


def test_delete_model_after_confirmation(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    select(page, "P2422H")
    box = confirm_delete(qtbot, page)
    assert "Dell P2422H" in box.text()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert [r[1] for r in rows(page.view.model())] == ["Latitude 5440"]


def test_cancelled_delete_deletes_nothing(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    select(page, "P2422H")
    box = confirm_delete(qtbot, page)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: lane.pending == 0)
    assert len(catalog.list_models(lane.ctx)) == 2


def test_delete_model_in_use_shows_the_reason(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    assets.create_asset(lane.ctx, {"tag": "IT-1", "model_id": ids["laptop"]})
    page = open_page(qtbot, ModelsPage, lane)
    select(page, "Latitude 5440")
    confirm = confirm_delete(qtbot, page)
    confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.message_box is not confirm and page.message_box is not None)
    refusal = page.message_box
    assert refusal is not None and refusal.isVisible()
    assert "not deleted" in refusal.text()
    assert (
        "Dell Latitude 5440 is still used by 1 asset(s); change those assets first"
        in refusal.informativeText()
    )
    assert len(catalog.list_models(lane.ctx)) == 2


def test_delete_key_asks_first(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    select(page, "P2422H")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = page.message_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(catalog.list_models(lane.ctx)) == 2


def test_insert_key_opens_new_dialog(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, ModelDialog) and dialog.isVisible()
    assert dialog.model is None
    dialog.reject()


def test_page_reloads_when_something_else_changes(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    change(
        qtbot, lane, page,
        lambda ctx: catalog.create_model(ctx, {"manufacturer": "HP", "name": "Z2"}),
    )  # fmt: skip
    assert ["HP", "Z2", "", "", "No", "0"] in rows(page.view.model())


def test_hidden_page_reloads_when_shown_again(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    page.hide()
    with qtbot.waitSignal(lane.changed, timeout=10_000):
        CollectionOp(
            lane, lambda ctx: catalog.create_model(ctx, {"manufacturer": "HP", "name": "Z2"})
        ).run()
    assert page.stale
    assert len(rows(page.view.model())) == 2
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert len(rows(page.view.model())) == 3


def test_cancel_closes_without_saving(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, ModelsPage, lane)
    dialog = page.new_item()
    qtbot.keyClicks(dialog.manufacturer, "Acer")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: lane.pending == 0)
    assert len(catalog.list_models(lane.ctx)) == 2


# ------------------------------------------------------------------------------- locations


def tree_texts(page: LocationsPage, parent: QModelIndex | None = None) -> list[Any]:
    """The tree as nested [name, [children...]] lists (in display order)."""
    model = page.tree.model()
    parent = parent or QModelIndex()
    out: list[Any] = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        children = tree_texts(page, index)
        out.append([index.data(), children] if children else index.data())
    return out


def is_expanded(page: LocationsPage, name: str) -> bool:
    return page.tree.isExpanded(find(page.tree.model(), name))


def test_locations_tree_shows_the_hierarchy(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    assets.create_asset(lane.ctx, {"tag": "IT-1", "location_id": ids["shelf"]})
    assets.create_asset(lane.ctx, {"tag": "IT-2", "location_id": ids["room"]})
    page = open_page(qtbot, LocationsPage, lane)
    assert tree_texts(page) == [["Berlin HQ", [["Building B", [["2.14", ["Shelf A"]]]]]]]
    room = find(page.tree.model(), "2.14")
    assert [room.siblingAtColumn(c).data() for c in range(4)] == ["2.14", "Room", "", "2"]
    assert "1 here, 1 in sub-locations" in room.siblingAtColumn(3).data(Qt.ItemDataRole.ToolTipRole)
    site = find(page.tree.model(), "Berlin HQ")
    assert site.siblingAtColumn(3).data() == "2"  # the whole site
    assert page.tree.uniformRowHeights()
    # Sites and buildings start opened; rooms show their shelves when asked.
    assert is_expanded(page, "Berlin HQ") and is_expanded(page, "Building B")
    assert not is_expanded(page, "2.14")


def test_tree_keeps_expand_state_across_reloads(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, LocationsPage, lane)
    page.tree.expand(find(page.tree.model(), "2.14"))
    page.tree.collapse(find(page.tree.model(), "Berlin HQ"))
    change(
        qtbot, lane, page,
        lambda ctx: catalog.create_location(ctx, {"name": "Depot", "kind": "site"}),
    )  # fmt: skip
    assert tree_texts(page)[1] == "Depot"
    assert not is_expanded(page, "Berlin HQ")
    assert is_expanded(page, "Building B") and is_expanded(page, "2.14")


def test_locations_filter_shows_matches_with_their_parents(
    qtbot: QtBot, lane: DbLane, ids: Any
) -> None:
    page = open_page(qtbot, LocationsPage, lane)
    page.tree.collapse(find(page.tree.model(), "Berlin HQ"))
    qtbot.keyClicks(page.filter, "shelf")
    assert tree_texts(page) == [["Berlin HQ", [["Building B", [["2.14", ["Shelf A"]]]]]]]
    assert is_expanded(page, "2.14")
    page.filter.clear()
    assert not is_expanded(page, "Berlin HQ")  # the state from before filtering


def test_new_sub_location_preselects_parent(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, LocationsPage, lane)
    select(page, "2.14")
    dialog = page.new_sub_location()
    assert isinstance(dialog, LocationDialog)
    assert dialog.parent_combo.currentData() == ids["room"]
    assert dialog.parent_combo.currentText() == "Berlin HQ > Building B > 2.14"
    assert dialog.kind.currentData() == "shelf"  # one level below a room
    qtbot.keyClicks(dialog.name, "Shelf B")
    qtbot.keyClicks(dialog.code, "B-214-B")
    save(qtbot, page, dialog)
    assert tree_texts(page) == [["Berlin HQ", [["Building B", [["2.14", ["Shelf A", "Shelf B"]]]]]]]
    current = page.current_info()
    assert current is not None and current.path == "Berlin HQ > Building B > 2.14 > Shelf B"
    assert current.code == "B-214-B"


def test_new_top_level_site(qtbot: QtBot, lane: DbLane) -> None:
    page = open_page(qtbot, LocationsPage, lane)
    assert "Insert" in page.count_label.text()
    assert not page.new_sub_action.isEnabled()
    dialog = page.new_item()
    assert dialog.parent_combo.currentData() is None
    assert dialog.kind.currentData() == "site"
    qtbot.keyClicks(dialog.name, "Hamburg")
    save(qtbot, page, dialog)
    assert tree_texts(page) == ["Hamburg"]


def test_move_location_to_another_parent(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    catalog.create_location(
        lane.ctx, {"name": "Annex", "kind": "building", "parent_id": ids["site"]}
    )
    page = open_page(qtbot, LocationsPage, lane)
    select(page, "2.14")
    dialog = page.edit_current()
    assert isinstance(dialog, LocationDialog)
    choices = [dialog.parent_combo.itemText(i) for i in range(dialog.parent_combo.count())]
    # Not into itself or below itself.
    assert choices == ["(top level)", "Berlin HQ", "Berlin HQ > Annex", "Berlin HQ > Building B"]
    assert dialog.parent_combo.currentData() == ids["building"]
    assert dialog.kind.currentData() == "room"
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findText("Berlin HQ > Annex"))
    assert dialog.kind.currentData() == "room"  # editing keeps the kind
    save(qtbot, page, dialog)
    assert tree_texts(page) == [["Berlin HQ", [["Annex", [["2.14", ["Shelf A"]]]], "Building B"]]]
    paths = {loc.id: loc.path for loc in catalog.list_locations(lane.ctx)}
    assert paths[ids["shelf"]] == "Berlin HQ > Annex > 2.14 > Shelf A"


def test_duplicate_location_name_keeps_dialog_open(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, LocationsPage, lane)
    select(page, "Building B")
    dialog = page.new_item()  # a sibling of the selected one
    assert dialog.parent_combo.currentData() == ids["site"]
    assert dialog.kind.currentData() == "building"
    qtbot.keyClicks(dialog.name, "building b")
    text = save_refused(qtbot, dialog)
    assert "Name: Berlin HQ > Building B already exists at this level" in text
    assert dialog.name.text() == "building b"
    assert len(catalog.list_locations(lane.ctx)) == 4


def test_delete_location_with_sub_locations_is_refused(
    qtbot: QtBot, lane: DbLane, ids: Any
) -> None:
    page = open_page(qtbot, LocationsPage, lane)
    select(page, "2.14")
    confirm = confirm_delete(qtbot, page)
    confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.message_box is not confirm and page.message_box is not None)
    assert page.message_box is not None
    assert "has 1 sub-location(s); move or delete them first" in page.message_box.informativeText()
    select(page, "Shelf A")
    confirm = confirm_delete(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        confirm.button(QMessageBox.StandardButton.Yes).click()
    assert tree_texts(page) == [["Berlin HQ", [["Building B", ["2.14"]]]]]


# ---------------------------------------------------------------------------------- people


def test_people_page_hides_inactive_until_asked(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    catalog.update_person(lane.ctx, ids["jurgen"], {"active": False, "department": "IT"})
    assets.create_asset(lane.ctx, {"tag": "IT-1", "assignee_id": ids["anna"]})
    page = open_page(qtbot, PeoplePage, lane)
    assert rows(page.view.model()) == [["Anna Schmidt", "anna@example.com", "", "", "", "Yes", "1"]]
    assert page.count_label.text() == "Showing 1 of 2 people (1 inactive hidden)"
    page.show_inactive.setChecked(True)
    assert [r[0] for r in rows(page.view.model())] == ["Anna Schmidt", "Jürgen Müller"]
    assert page.count_label.text() == "People: 2"
    qtbot.keyClicks(page.filter, "IT")
    assert [r[0] for r in rows(page.view.model())] == ["Jürgen Müller"]


def test_create_person_and_validation(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, PeoplePage, lane)
    dialog = page.new_item()
    assert isinstance(dialog, PersonDialog)
    assert dialog.active.isChecked()
    qtbot.keyClicks(dialog.email, "kim.example.com")
    qtbot.keyClicks(dialog.phone, "+49 30 555")
    text = save_refused(qtbot, dialog)
    assert "Name: is required" in text
    assert "Email: 'kim.example.com' is not an email address" in text
    assert dialog.phone.text() == "+49 30 555"
    assert dialog.email.toolTip() == "'kim.example.com' is not an email address"
    dialog.email.setText("anna@example.com")
    qtbot.keyClicks(dialog.name, "Kim Lee")
    text = save_refused(qtbot, dialog)
    assert text.endswith("Email: anna@example.com already belongs to Anna Schmidt")
    assert dialog.email.toolTip() == "anna@example.com already belongs to Anna Schmidt"
    assert dialog.name.toolTip() == ""  # no longer marked
    dialog.email.setText("kim@example.com")
    qtbot.keyClicks(dialog.employee_no, "E-7")
    qtbot.keyClicks(dialog.department, "IT")
    save(qtbot, page, dialog)
    assert ["Kim Lee", "kim@example.com", "E-7", "IT", "+49 30 555", "Yes", "0"] in rows(
        page.view.model()
    )
    assert len(catalog.list_people(lane.ctx)) == 3


def test_deactivated_person_stays_in_sight(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, PeoplePage, lane)
    select(page, "Jürgen Müller")
    dialog = page.edit_current()
    assert isinstance(dialog, PersonDialog)
    assert dialog.email.text() == "jm@example.com"
    dialog.active.setChecked(False)
    save(qtbot, page, dialog)
    assert page.show_inactive.isChecked()
    current = page.current_info()
    assert current is not None and current.name == "Jürgen Müller" and not current.active
    index = page.view.model().index(page.view.currentIndex().row(), 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out


def test_delete_person_in_use_is_refused(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    assets.create_asset(lane.ctx, {"tag": "IT-1", "assignee_id": ids["anna"]})
    page = open_page(qtbot, PeoplePage, lane)
    select(page, "Anna Schmidt")
    confirm = confirm_delete(qtbot, page)
    confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.message_box is not confirm and page.message_box is not None)
    assert page.message_box is not None
    assert page.message_box.informativeText() == (
        "• Anna Schmidt is still used by 1 asset(s); change those assets first"
    )
    select(page, "Jürgen Müller")
    confirm = confirm_delete(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        confirm.button(QMessageBox.StandardButton.Yes).click()
    assert [r[0] for r in rows(page.view.model())] == ["Anna Schmidt"]


# ---------------------------------------------------------------------------------- shared


@pytest.mark.parametrize("cls", [ModelsPage, LocationsPage, PeoplePage])
def test_pages_have_fixed_rows_and_accessible_inputs(
    qtbot: QtBot, lane: DbLane, ids: Any, cls: type[CatalogPage]
) -> None:
    page = open_page(qtbot, cls, lane)
    assert page.view.accessibleName()
    assert page.filter.accessibleName() == "Filter"
    dialog = page.new_item()
    for widget in dialog.field_widgets.values():
        assert widget.accessibleName(), widget
    dialog.reject()
    # The dialog is deleted on close.
    qtbot.waitUntil(lambda: not page.findChildren(CatalogEditDialog))
    view = page.view
    if isinstance(view, QTableView):
        assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    else:
        assert isinstance(view, QTreeView) and view.uniformRowHeights()


def test_dialog_ignores_cancel_while_saving(qtbot: QtBot, lane: DbLane) -> None:
    dialog = PersonDialog(lane)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Kim Lee")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.accept()
        assert not dialog.buttons.isEnabled()
        dialog.reject()  # ignored: the save is under way
        assert dialog.isVisible()
    assert blocker.args[0].name == "Kim Lee"
    assert not dialog.isVisible()
    assert [p.name for p in catalog.list_people(lane.ctx)] == ["Kim Lee"]


def test_ids_are_kept_in_the_models(qtbot: QtBot, lane: DbLane, ids: Any) -> None:
    page = open_page(qtbot, LocationsPage, lane)
    assert find(page.tree.model(), "Shelf A").data(ID_ROLE) == ids["shelf"]

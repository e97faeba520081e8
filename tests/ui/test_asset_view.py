"""Opening an asset: fields, drives, history, lifecycle actions; the create/edit dialog."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Status
from app.services import assets, drives
from app.services.dto import FieldChange, HistoryEntry
from app.ui.asset_view import EXPANDED, AssetView, HistoryModel
from app.ui.dialogs.asset_edit import AssetEditDialog
from app.ui.dialogs.transition import TransitionDialog
from app.ui.main_window import ASSETS_PAGE, MainWindow
from app.ui.operations import DbLane
from tests.ui.asset_fixtures import lane, stocked

__all__ = ["lane", "stocked"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

Mode = QAbstractItemModelTester.FailureReportingMode


def open_window(qtbot: QtBot, lane: DbLane) -> MainWindow:
    """The window on its assets page (it opens on Home), with the rows loaded."""
    window = MainWindow(lane, offer_demo=False, charts=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    window.show_page(ASSETS_PAGE)
    qtbot.waitUntil(lambda: not window.assets_page.model.loading, timeout=10_000)
    return window


def open_asset(qtbot: QtBot, window: MainWindow, tag: str) -> AssetView:
    """Select the row of `tag` and press Enter, as a person would."""
    page = window.assets_page
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == tag)
    page.table.setFocus()
    page.table.setCurrentIndex(model.index(row, 0))
    view = page.ensure_asset_view()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert view.isVisible()
    assert view.tag_label.text() == tag
    return view


def reload_done(qtbot: QtBot, view: AssetView, lane: DbLane) -> None:
    qtbot.waitUntil(lambda: lane.pending == 0, timeout=10_000)


def history_summaries(view: AssetView) -> list[str]:
    m = view.history_model
    return [m.index(r, 0).data() for r in range(m.rowCount())]


def test_opening_an_asset_shows_fields_history_and_actions(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    ctx, ids = stocked
    assets.update_asset(
        ctx, ids["LT-002"], {"notes": "Dock at desk", "custom": {"Cost centre": "4711"}}
    )
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "LT-002")
    assert view.status_label.text() == "Deployed"
    assert view.fields["model"].text() == "Dell Latitude 5440"
    assert view.fields["location"].text() == "Berlin HQ > Building B > 2.14"
    assert view.fields["assignee"].text() == "Anna Schmidt"
    assert view.fields["serial"].text() == "SN-LT-002"
    assert view.fields["notes"].text() == "Dock at desk"
    assert view.fields["purchase_cost"].text() == "—"
    assert view.custom_label.text() == "Cost centre: 4711"
    assert history_summaries(view) == ["Edited", "Created"]
    edited = view.history_model.index(0, 0)
    changes = [view.history_model.index(r, 0, edited).data()
               for r in range(view.history_model.rowCount(edited))]  # fmt: skip
    assert "Notes: — → Dock at desk" in changes
    assert view.history_model.index(0, 2).data() == "tester (test-device)"
    assert set(view.action_buttons) == {
        Status.IN_STOCK, Status.IN_MAINTENANCE, Status.RETIRED, Status.MISSING,
    }  # fmt: skip
    assert view.tabs.tabText(2) == "History (2)"


def test_a_simple_transition_from_the_panel(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, ids = stocked
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "MON-001")
    with qtbot.waitSignal(view.transitioned, timeout=10_000):
        view.action_buttons[Status.IN_MAINTENANCE].click()
    assert "is now in maintenance" in view.message_label.text()
    qtbot.waitUntil(lambda: view.status_label.text() == "In maintenance", timeout=10_000)
    assert assets.get_asset(ctx, ids["MON-001"]).status is Status.IN_MAINTENANCE
    assert history_summaries(view)[0] == "Send to maintenance: In stock → In maintenance"
    # the table shows the new state too
    model = window.assets_page.model
    qtbot.waitUntil(lambda: model.index(3, 4).data() == "In maintenance", timeout=10_000)


def test_deploy_asks_who_receives_it(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, ids = stocked
    assets.update_asset(ctx, ids["LT-001"], {"location_id": None})
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "LT-001")
    view.action_buttons[Status.DEPLOYED].click()
    dialog = view.transition_dialog
    assert isinstance(dialog, TransitionDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.person_combo is not None
    qtbot.waitUntil(dialog.person_combo.isEnabled, timeout=10_000)
    # neither a person nor a location: the dialog says what is missing
    assert not ok.isEnabled()
    assert "Choose who receives it" in dialog.hint.text()
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("Jürgen Müller"))
    assert ok.isEnabled()
    with qtbot.waitSignal(view.transitioned, timeout=10_000):
        ok.click()
    detail = assets.get_asset(ctx, ids["LT-001"])
    assert detail.status is Status.DEPLOYED
    assert detail.assignee == "Jürgen Müller"


def test_a_refused_transition_shows_why(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, ids = stocked
    assets.update_asset(ctx, ids["LT-001"], {"location_id": None})
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "LT-001")
    deploy = next(a for a in view.detail.actions if a.target is Status.DEPLOYED)  # type: ignore[union-attr]
    from app.domain.lifecycle import TransitionRequest

    view.transition(deploy, TransitionRequest())  # bypassing the dialog: the service refuses
    qtbot.waitUntil(view.message_label.isVisible, timeout=10_000)
    assert "cannot be deployed without a person or a location" in view.message_label.text()
    assert view.message_label.property("error") is True
    assert assets.get_asset(ctx, ids["LT-001"]).status is Status.IN_STOCK


def test_dispose_is_blocked_until_the_drives_are_sanitized(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    ctx, ids = stocked
    drive = drives.add_drive(ctx, ids["LT-003"], {"serial": "S3Z9NB0K123456", "kind": "ssd",
                                                  "make": "Samsung", "capacity_bytes": 512 * 10**9})  # fmt: skip
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "LT-003")
    dispose = view.action_buttons[Status.DISPOSED]
    assert not dispose.isEnabled()
    assert "S3Z9NB0K123456" in dispose.toolTip()
    assert "sanitization" in view.blocked_label.text()
    assert view.tabs.tabText(1) == "Drives (1)"
    item = view.drives_panel.drives.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in range(6)] == [
        "Samsung", "", "S3Z9NB0K123456", "SSD", "512 GB", "not sanitized",
    ]  # fmt: skip
    drives.record_sanitization(ctx, drive.id, method="purge", result="passed")
    view.show_asset(ids["LT-003"])

    def dispose_enabled() -> bool:  # the buttons are rebuilt on every reload
        return view.action_buttons[Status.DISPOSED].isEnabled()

    qtbot.waitUntil(dispose_enabled, timeout=10_000)
    view.action_buttons[Status.DISPOSED].click()
    dialog = view.transition_dialog
    assert isinstance(dialog, TransitionDialog)
    with qtbot.waitSignal(view.transitioned, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert assets.get_asset(ctx, ids["LT-003"]).status is Status.DISPOSED


def test_mark_missing_needs_a_note(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, ids = stocked
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "MON-001")
    view.action_buttons[Status.MISSING].click()
    dialog = view.transition_dialog
    assert isinstance(dialog, TransitionDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.note, "Last seen in room 2.14 on Monday")
    assert ok.isEnabled()
    with qtbot.waitSignal(view.transitioned, timeout=10_000):
        ok.click()
    assert assets.get_asset(ctx, ids["MON-001"]).status is Status.MISSING
    qtbot.waitUntil(lambda: view.status_label.text() == "Missing", timeout=10_000)
    created = view.history_model.index(0, 0)
    lines = [view.history_model.index(r, 0, created).data()
             for r in range(view.history_model.rowCount(created))]  # fmt: skip
    assert "Note: Last seen in room 2.14 on Monday" in lines


def _line(dialog: AssetEditDialog, name: str) -> QLineEdit:
    edit = dialog.inputs[name]
    assert isinstance(edit, QLineEdit)
    return edit


def test_edit_an_asset_and_a_duplicate_tag_keeps_the_dialog_open(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    ctx, ids = stocked
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "MON-001")
    view.edit_button.click()
    dialog = view.edit_dialog
    assert isinstance(dialog, AssetEditDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    assert _line(dialog, "tag").text() == "MON-001"
    assert dialog.model_combo.currentText().startswith("Dell P2422H")
    _line(dialog, "tag").setText("LT-002")  # used by another asset
    _line(dialog, "purchase_cost").setText("-5")
    _line(dialog, "name").setText("Typed name")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    text = dialog.message.text()
    assert "LT-002 is already used by another asset" in text
    assert "negative" in text
    assert dialog.isVisible()
    assert _line(dialog, "name").text() == "Typed name"  # input intact
    assert "d9534f" in _line(dialog, "tag").styleSheet()
    assert assets.get_asset(ctx, ids["MON-001"]).name == "Monitor left"  # nothing saved
    _line(dialog, "tag").setText("MON-001")
    _line(dialog, "purchase_cost").setText("249.90")
    dialog.add_custom_row("Port", "DP")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert not dialog.isVisible()
    detail = assets.get_asset(ctx, ids["MON-001"])
    assert (detail.name, detail.purchase_cost, detail.custom) == (
        "Typed name",
        24990,
        {"Port": "DP"},
    )
    qtbot.waitUntil(lambda: view.fields["name"].text() == "Typed name", timeout=10_000)


def test_create_an_asset_through_the_dialog(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, ids = stocked
    window = open_window(qtbot, lane)
    window.new_action.trigger()
    dialog = window.assets_page.findChild(AssetEditDialog)
    assert isinstance(dialog, AssetEditDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    assert dialog.status_combo is not None
    assert dialog.status_combo.currentText() == "In stock"
    _line(dialog, "tag").setText("NEW-001")
    _line(dialog, "warranty_end").setText("31/12/2027")  # ambiguous: refused
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData(ids["laptop"]))
    dialog.save_button.click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert "YYYY-MM-DD" in dialog.message.text()
    assert assets.find_asset(ctx, "NEW-001") is None
    _line(dialog, "warranty_end").setText("2027-12-31")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(Status.ORDERED.value))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    detail = assets.find_asset(ctx, "NEW-001")
    assert detail is not None
    assert detail.status is Status.ORDERED and detail.model == "Dell Latitude 5440"
    view = window.assets_page.asset_view
    qtbot.waitUntil(lambda: view is not None and view.tag_label.text() == "NEW-001", timeout=10_000)
    qtbot.waitUntil(lambda: window.assets_page.model.rowCount() == 7, timeout=10_000)


def test_a_long_history_opens_with_the_newest_events_expanded(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    ctx, ids = stocked
    total = EXPANDED + 50
    with ctx.unit_of_work() as uow:
        for n in range(total - 1):
            uow.event("asset", ids["MON-001"], "updated", {"notes": [f"note {n}", f"note {n + 1}"]},
                      asset_id=ids["MON-001"], data={"note": "checked"} if n == 0 else None)  # fmt: skip
        uow.commit()
    window = open_window(qtbot, lane)
    view = open_asset(qtbot, window, "MON-001")
    m, tree = view.history_model, view.history
    assert m.rowCount() == total
    assert view.tabs.tabText(2) == f"History ({total})"
    assert [tree.isExpanded(m.index(r, 0)) for r in (0, EXPANDED - 1, EXPANDED, total - 1)] == [
        True, True, False, False,
    ]  # fmt: skip
    assert m.index(0, 0).data() == "Edited"
    assert m.index(0, 0, m.index(0, 0)).data() == f"Notes: note {total - 2} → note {total - 1}"
    oldest_edit = m.index(total - 2, 0)
    assert [m.index(r, 0, oldest_edit).data() for r in range(m.rowCount(oldest_edit))] == [
        "Notes: note 0 → note 1", "Note: checked",
    ]  # fmt: skip
    assert m.index(total - 1, 0).data() == "Created"
    assert m.index(total - 1, 1).data()  # the local time


@pytest.mark.parametrize("mode", [Mode.Fatal, Mode.Warning])
def test_history_model_passes_the_qt_model_tester(
    qtbot: QtBot, mode: QAbstractItemModelTester.FailureReportingMode
) -> None:
    model = HistoryModel()
    tester = QAbstractItemModelTester(model, mode)
    at = dt.datetime(2024, 5, 1, 9, 30)
    entries = [
        HistoryEntry("e1", at, "anna", "laptop", "updated", "asset", "Edited",
                     [FieldChange("notes", "Notes", "a", "b")], note="why"),
        HistoryEntry("e2", at, "anna", "", "label_printed", "asset", "Label printed", []),
        HistoryEntry("e3", at, "anna", "laptop", "created", "asset", "Created",
                     [FieldChange("tag", "Asset tag", "—", "T-1"),
                      FieldChange("status", "Status", "—", "In stock")]),
    ]  # fmt: skip
    model.set_entries(entries)
    assert [model.rowCount(model.index(r, 0)) for r in range(3)] == [2, 0, 2]
    assert not model.hasChildren(model.index(1, 0))
    assert model.hasChildren(model.index(2, 0)) and not model.hasChildren(model.index(2, 1))
    assert model.rowCount(model.index(0, 0, model.index(0, 0))) == 0
    assert not model.index(2, 0, model.index(0, 0)).isValid()
    assert not model.index(0, 3).isValid()
    assert model.index(0, 0, model.index(2, 0)).data() == "Asset tag: T-1"
    assert model.index(1, 0, model.index(0, 0)).data() == "Note: why"
    assert model.index(1, 2).data() == "anna"
    assert model.index(0, 2).data() == "anna (laptop)"
    assert model.parent(model.index(1, 0, model.index(2, 0))) == model.index(2, 0)
    model.set_entries(entries[1:])
    assert model.rowCount() == 2
    del tester

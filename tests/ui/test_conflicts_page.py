"""The Conflicts page: the open conflicts listed with a details pane, settled with the
keyboard in the Settle… dialog (a refusal keeps it open), the label offered for a new tag;
the page in the main window (Ctrl+9) and the status bar's "N conflicts" link."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import assets
from app.services import conflicts as service
from app.services.context import Context
from app.ui.dialogs.conflict_settle import SettleDialog
from app.ui.main_window import MainWindow, page_index
from app.ui.operations import DbLane
from app.ui.pages.conflicts import ConflictsPage
from tests.conflict_data import make_conflicts
from tests.ui.asset_fixtures import lane

__all__ = ["lane"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def made(ctx: Context) -> dict[str, Any]:
    return make_conflicts(ctx)


def show_page(qtbot: QtBot, lane: DbLane) -> ConflictsPage:
    page = ConflictsPage(lane)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def select(page: ConflictsPage, conflict_id: str) -> None:
    for i in range(page.table.topLevelItemCount()):
        item = page.table.topLevelItem(i)
        assert item is not None
        if item.data(0, Qt.ItemDataRole.UserRole).id == conflict_id:
            page.table.setCurrentItem(item)
            return
    raise AssertionError(f"{conflict_id} not listed")


def open_dialog(qtbot: QtBot, page: ConflictsPage) -> SettleDialog:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter settles the selected conflict
    dialog = page.dialog
    assert isinstance(dialog, SettleDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    return dialog


def test_the_page_lists_open_conflicts_with_details(
    qtbot: QtBot, lane: DbLane, made: dict[str, Any]
) -> None:
    page = show_page(qtbot, lane)
    assert page.table.topLevelItemCount() == 2
    texts = {page.table.topLevelItem(i).text(0) for i in range(2)}  # type: ignore[union-attr]
    assert texts == {"Same tag", "Two transitions"}
    select(page, made["transition"])
    details = page.details.text()
    assert "IT-00012" in details and "bench-5" in details and "In maintenance" in details
    assert page.settle_button.isEnabled() and not page.print_button.isEnabled()
    assert page.table.accessibleName() == "Conflicts"
    select(page, made["tag"])
    assert page.print_button.isEnabled()
    assert "2 conflicts, 2 open" in page.count.text()


def test_settle_a_tag_conflict_with_a_new_tag_by_keyboard(
    qtbot: QtBot, lane: DbLane, ctx: Context, made: dict[str, Any]
) -> None:
    page = show_page(qtbot, lane)
    select(page, made["tag"])
    dialog = open_dialog(qtbot, page)
    assert [r.text() for r in dialog.radios.values()] == [
        "&1 Keep as merged", "&2 Give the tag to the other asset",
        "&3 Type a new tag for the asset that lost it",
    ]  # fmt: skip
    tag_edit = dialog.inputs["retag"]
    assert isinstance(tag_edit, QLineEdit) and not tag_edit.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    dialog.radios["keep"].setFocus()  # arrow keys move through the choices
    qtbot.keyClick(dialog.radios["keep"], Qt.Key.Key_Down)
    qtbot.keyClick(dialog.radios["swap"], Qt.Key.Key_Down)
    assert dialog.radios["retag"].isChecked() and tag_edit.isEnabled()
    tag_edit.setFocus()
    qtbot.keyClicks(tag_edit, "IT-00012")  # taken: refused, the dialog stays open
    qtbot.keyClick(tag_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert "already used by another asset" in dialog.message.text()
    assert dialog.isVisible() and service.open_count(ctx) == 2
    tag_edit.clear()
    qtbot.keyClicks(tag_edit, "IT-501")
    with (
        qtbot.waitSignal(page.settled, timeout=10_000),
        qtbot.waitSignal(page.loaded, timeout=10_000),
    ):
        qtbot.keyClick(tag_edit, Qt.Key.Key_Return)
    assert assets.get_asset(ctx, made["loser"]).tag == "IT-501"
    assert page.table.topLevelItemCount() == 1
    box = page.print_box
    assert isinstance(box, QMessageBox) and "IT-501" in box.text()
    box.reject()


def test_settle_a_transition_with_the_other_state(
    qtbot: QtBot, lane: DbLane, ctx: Context, made: dict[str, Any]
) -> None:
    page = show_page(qtbot, lane)
    select(page, made["transition"])
    dialog = open_dialog(qtbot, page)
    dialog.radios["other"].setChecked(True)
    combo = dialog.inputs["other"]
    assert isinstance(combo, QComboBox) and combo.isEnabled()
    assert combo.currentData() == "deployed"  # the state the asset does not have now
    qtbot.keyClicks(dialog.note, "Ann has it")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.ok.click()
    assert assets.get_asset(ctx, made["laptop"]).status == "deployed"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_combo.setCurrentIndex(1)  # settled ones
    assert page.table.topLevelItemCount() == 1
    select(page, made["transition"])
    assert "Settled by" in page.details.text() and "Ann has it" in page.details.text()
    assert not page.settle_button.isEnabled()


def test_the_window_has_the_page_and_the_status_bar_link(
    qtbot: QtBot, lane: DbLane, made: dict[str, Any]
) -> None:
    window = MainWindow(lane, offer_demo=False, charts=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    index = page_index("Conflicts")
    assert window.page_actions[index].shortcut().toString() == "Ctrl+9"
    link = window.conflicts_link  # type: ignore[attr-defined]
    link.refresh()
    qtbot.waitUntil(lambda: link.isVisible() and "2 conflict" in link.text(), timeout=10_000)
    link.linkActivated.emit("#conflicts")
    assert window.pages.currentIndex() == index
    page = window.page(index)
    assert isinstance(page, ConflictsPage)
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 2, timeout=10_000)


def test_the_asset_panel_mentions_an_open_conflict(
    qtbot: QtBot, lane: DbLane, made: dict[str, Any]
) -> None:
    from app.ui.asset_view import AssetView

    view = AssetView(lane)
    qtbot.addWidget(view)
    view.show()
    view.show_asset(made["laptop"])
    qtbot.waitUntil(view.message_label.isVisible, timeout=10_000)
    text = view.message_label.text()
    assert (
        "An open sync conflict about this asset" in text and "bench-5" in text and "Ctrl+9" in text
    )

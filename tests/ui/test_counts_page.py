"""The Counts page: start a count, scan into it (acknowledged only after the lane saved the
scan), the live lists, Move here, quick-add of unknown tags, closing and the reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.services import assets, counts
from app.ui.main_window import ASSETS_PAGE, MainWindow, page_index
from app.ui.operations import DbLane
from app.ui.pages.counts import CountsPage, CountView
from tests.ui.asset_fixtures import lane, stocked

__all__ = ["lane", "stocked"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

COUNTS_INDEX = page_index("Counts")


def open_window(qtbot: QtBot, lane: DbLane) -> MainWindow:
    window = MainWindow(lane, offer_demo=False, charts=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    return window


def counts_page(qtbot: QtBot, window: MainWindow) -> CountsPage:
    window.show_page(COUNTS_INDEX)
    page = window.page(COUNTS_INDEX)
    assert isinstance(page, CountsPage)
    qtbot.waitUntil(lambda: not page.loading and not page.stale, timeout=10_000)
    return page


def open_count_view(qtbot: QtBot, window: MainWindow, count_id: str) -> CountView:
    page = counts_page(qtbot, window)
    view = page.count_view
    with qtbot.waitSignal(view.state_loaded, timeout=10_000):
        page.open_count(count_id)
    return view


def scan(qtbot: QtBot, window: MainWindow, view: CountView, text: str) -> Any:
    with qtbot.waitSignal(view.scan_acked, timeout=10_000) as blocker:
        window.scan_dispatcher.submit(text, "wedge")
    return blocker.args[0]


def table_column(view: Any, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_overview_lists_open_counts_and_due(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, ids = stocked
    info = counts.start_count(ctx, ids["room"])
    window = open_window(qtbot, lane)
    page = counts_page(qtbot, window)
    assert table_column(page.open_view) == [info.location_path]
    assert page.due_model.rowCount() > 0  # nothing was ever counted
    assert not page.empty_hint.isVisibleTo(page)


def test_start_a_count_from_the_dialog(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    from app.ui.dialogs.counts import StartCountDialog

    window = open_window(qtbot, lane)
    page = counts_page(qtbot, window)
    page.start_count()
    dialog = page.dialog
    assert isinstance(dialog, StartCountDialog)
    qtbot.waitUntil(lambda: dialog.locations.count() == 4, timeout=10_000)
    qtbot.keyClicks(dialog.filter, "2.14")
    assert dialog.selected() is not None
    assert dialog.selected()[1].endswith("2.14")  # type: ignore[index]
    dialog.include_sub.setChecked(False)
    assert "only" in dialog.summary.text()
    view = page.count_view
    with qtbot.waitSignal(view.state_loaded, timeout=10_000):
        dialog.start_button.click()
    assert page.stack.currentWidget() is view
    assert "2.14" in view.title.text() and "without sub-locations" in view.title.text()
    # the room without its shelf: LT-002 and MON-001 expected
    assert sorted(table_column(view.missing_view)) == ["LT-002", "MON-001"]
    # the scan field has the focus (the window gets it back when the dialog is gone)
    assert page.window().focusWidget() is view.scan_field


def test_scans_are_acknowledged_after_the_lane_saved_them(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    ctx, ids = stocked
    info = counts.start_count(ctx, ids["room"])  # room and shelf: LT-001..3, MON-001
    window = open_window(qtbot, lane)
    view = open_count_view(qtbot, window, info.id)
    assert view in window.scan_dispatcher.handlers
    assert view.shown.expected == 4 and view.shown.missing == 4
    outcomes: list[tuple[str, str]] = []
    window.scan_dispatcher.outcome.connect(lambda _s, what, cue: outcomes.append((what, cue)))

    with qtbot.waitSignal(view.scan_acked, timeout=10_000):
        window.scan_dispatcher.submit("lt-001", "wedge")
        assert outcomes == []  # nothing acknowledged before the lane answered
    assert outcomes == [("found LT-001", "ok")]
    assert window.beeper.played[-1] == "ok"
    assert "LT-001" not in table_column(view.missing_view)
    assert table_column(view.found_view) == ["LT-001"]
    assert view.figures["found"].text() == "1 of 4"
    assert view.tabs.tabText(0) == "Still missing (3)"

    scan(qtbot, window, view, "MON-003")  # recorded at the site: unexpected
    assert outcomes[-1][1] == "unknown" and "unexpected MON-003" in outcomes[-1][0]
    assert table_column(view.unexpected_view) == ["MON-003"]
    scan(qtbot, window, view, "NOPE-1")
    assert outcomes[-1] == ("unknown tag NOPE-1", "unknown")
    assert table_column(view.unknown_view) == ["NOPE-1"]
    scan(qtbot, window, view, "LT-001")
    assert outcomes[-1][0].startswith("duplicate LT-001")
    assert view.figures["duplicates"].text() == "1"
    categories = {row[0]: (row[1], row[2]) for row in view.category_model.rows}
    assert categories == {"Laptop": (1, 3), "Monitor": (0, 1)}

    # durable: the store has the four scans; a full refresh shows the same
    state = counts.count_state(ctx, info.id)
    assert len(state.result.found) == 1 and state.result.duplicates == 1
    with qtbot.waitSignal(view.state_loaded, timeout=10_000):
        view.refresh()
    assert view.figures["found"].text() == "1 of 4"
    assert table_column(view.unknown_view) == ["NOPE-1"]

    # typed into the big field
    qtbot.keyClicks(view.scan_field, "LT-003")
    with qtbot.waitSignal(view.scan_acked, timeout=10_000):
        qtbot.keyClick(view.scan_field, Qt.Key.Key_Return)
    assert view.scan_field.text() == ""
    assert view.figures["found"].text() == "2 of 4"

    # hidden: scans go back to opening assets
    window.show_page(ASSETS_PAGE)
    assert view not in window.scan_dispatcher.handlers
    window.show_page(COUNTS_INDEX)
    assert view in window.scan_dispatcher.handlers


def test_move_here_and_quick_add(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    ctx, ids = stocked
    info = counts.start_count(ctx, ids["room"], include_sub=False)
    window = open_window(qtbot, lane)
    view = open_count_view(qtbot, window, info.id)
    scan(qtbot, window, view, "MON-003")
    scan(qtbot, window, view, "NEW-42")
    view.unexpected_view.selectRow(0)
    with qtbot.waitSignal(view.state_loaded, timeout=10_000):
        view.move_button.click()
    moved = assets.find_asset(ctx, "MON-003")
    assert moved is not None
    assert assets.get_asset(ctx, moved.id).location_id == ids["room"]

    view.unknown_view.selectRow(0)
    view.flag_button.click()
    qtbot.waitUntil(lambda: view.unknown_model.index(0, 1).data() == "⚑ flagged", timeout=5000)
    state = counts.count_state(ctx, info.id)  # the flag is saved, not just shown
    assert state.flagged == frozenset({"new-42"})
    view.create_button.click()
    from app.ui.dialogs.asset_edit import AssetEditDialog

    qtbot.waitUntil(lambda: bool(window.findChildren(AssetEditDialog)), timeout=5000)
    dialog = window.findChildren(AssetEditDialog)[-1]
    tag_edit = dialog.inputs["tag"]
    assert isinstance(tag_edit, QLineEdit) and tag_edit.text() == "NEW-42"
    # found on the counted shelf: the new asset's location is filled in
    qtbot.waitUntil(lambda: dialog.location_combo.currentData() == ids["room"], timeout=5000)
    assert view not in window.scan_dispatcher.handlers  # the assets page is shown
    dialog.reject()


def test_close_the_count_then_save_the_reports(
    qtbot: QtBot, lane: DbLane, stocked: Any, tmp_path: Path
) -> None:
    from app.ui.dialogs.counts import CloseCountDialog, CountReportDialog

    ctx, ids = stocked
    info = counts.start_count(ctx, ids["room"])
    window = open_window(qtbot, lane)
    view = open_count_view(qtbot, window, info.id)
    for tag in ("LT-001", "LT-002", "MON-003"):
        scan(qtbot, window, view, tag)
    view.close_button.click()
    dialog = view.dialog
    assert isinstance(dialog, CloseCountDialog)
    assert "2 found" in dialog.found_label.text()
    assert "Mark the 2 assets not found as missing" in dialog.mark_missing.text()
    assert dialog.move_box.isChecked() and "1 unexpected" in dialog.move_box.text()
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.mark_missing.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog)
    # a scan while the dialog is open is refused, not counted
    outcomes: list[str] = []
    window.scan_dispatcher.outcome.connect(lambda _s, _what, cue: outcomes.append(cue))
    window.scan_dispatcher.submit("LT-003", "wedge")
    assert outcomes == ["refused"]
    dialog.close_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, CountReportDialog), timeout=10_000)
    report = view.dialog
    assert isinstance(report, CountReportDialog)
    assert "2 marked missing" in report.summary.text()
    assert "1 moved here" in report.summary.text()
    with qtbot.waitSignal(report.saved, timeout=10_000):
        report.save("csv", str(tmp_path / "count.csv"))
    with qtbot.waitSignal(report.saved, timeout=10_000):
        report.save("pdf", str(tmp_path / "count.pdf"))
    assert (tmp_path / "count.csv").read_text(encoding="utf-8").strip()
    assert (tmp_path / "count.pdf").read_bytes().startswith(b"%PDF")
    report.accept()
    missing = assets.find_asset(ctx, "LT-003")
    assert missing is not None and assets.get_asset(ctx, missing.id).status == "missing"
    qtbot.waitUntil(lambda: not view.is_open, timeout=10_000)
    assert not view.scan_field.isEnabled() and "Closed" in view.meta.text()
    window.scan_dispatcher.submit("LT-003", "wedge")
    assert outcomes[-1] == "refused"

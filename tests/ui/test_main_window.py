"""The main window: assets shown, search and filters, sorting, menus, first run, start-up."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Status
from app.services import assets, meta
from app.services.context import Context
from app.ui.main_window import ASSETS_PAGE, HOME_PAGE, LAZY_PAGES, MainWindow
from app.ui.operations import DbLane, QueryOp
from tests.ui.asset_fixtures import lane, stocked

__all__ = ["lane", "stocked"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]


def open_window(qtbot: QtBot, lane: DbLane, *, offer_demo: bool = False) -> MainWindow:
    """The window, once ready (Home's figures shown), on its assets page with rows loaded."""
    window = MainWindow(lane, offer_demo=offer_demo, charts=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    assert window.pages.currentIndex() == HOME_PAGE
    window.show_page(ASSETS_PAGE)
    qtbot.waitUntil(lambda: not window.assets_page.model.loading, timeout=10_000)
    return window


def shown_tags(window: MainWindow) -> list[str]:
    model = window.assets_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def wait_rows(qtbot: QtBot, window: MainWindow, n: int) -> None:
    model = window.assets_page.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == n, timeout=10_000)


def test_window_shows_the_assets(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    window = open_window(qtbot, lane)
    assert shown_tags(window) == ["LT-001", "LT-002", "LT-003", "MON-001", "MON-002", "MON-003"]
    model = window.assets_page.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Tag", "Name", "Model", "Category",
    ]  # fmt: skip
    assert model.index(1, 4).data() == "Deployed"
    assert model.index(1, 5).data() == "Berlin HQ > Building B > 2.14"
    assert model.index(1, 6).data() == "Anna Schmidt"
    assert window.count_label.text() == "6 assets"
    table = window.assets_page.table
    assert table.verticalHeader().sectionResizeMode(0).name == "Fixed"
    assert table.isSortingEnabled()


def test_search_as_you_type_filters(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    window = open_window(qtbot, lane)
    qtbot.keyClicks(window.assets_page.search, "mon")
    wait_rows(qtbot, window, 3)
    assert shown_tags(window) == ["MON-001", "MON-002", "MON-003"]
    qtbot.waitUntil(lambda: window.count_label.text() == "3 of 6 assets match", timeout=10_000)
    window.assets_page.search.clear()
    qtbot.keyClicks(window.assets_page.search, "anna")  # the assignee
    wait_rows(qtbot, window, 1)
    assert shown_tags(window) == ["LT-002"]
    window.assets_page.search.setText("'; DROP TABLE assets; --")
    wait_rows(qtbot, window, 0)
    assert window.assets_page.empty_label.isVisibleTo(window)


def test_status_location_category_and_warranty_filters(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    window = open_window(qtbot, lane)
    page = window.assets_page
    page.status_combo.setCurrentIndex(page.status_combo.findData(Status.DEPLOYED.value))
    wait_rows(qtbot, window, 2)
    assert shown_tags(window) == ["LT-002", "MON-002"]
    page.status_combo.setCurrentIndex(0)
    wait_rows(qtbot, window, 6)
    # the location and category choices load once the first page is shown
    qtbot.waitUntil(lambda: page.location_combo.count() == 5, timeout=10_000)
    room = page.location_combo.findText("2.14", Qt.MatchFlag.MatchContains)
    page.location_combo.setCurrentIndex(room)  # 2.14 and the shelf inside it
    wait_rows(qtbot, window, 4)
    assert shown_tags(window) == ["LT-001", "LT-002", "LT-003", "MON-001"]
    page.location_combo.setCurrentIndex(0)
    page.category_combo.setCurrentIndex(page.category_combo.findData("Monitor"))
    wait_rows(qtbot, window, 3)
    page.category_combo.setCurrentIndex(0)
    wait_rows(qtbot, window, 6)
    page.warranty_days.setValue(60)
    page.warranty_check.setChecked(True)
    wait_rows(qtbot, window, 1)
    assert shown_tags(window) == ["LT-001"]


def test_clicking_a_header_sorts(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    window = open_window(qtbot, lane)
    table = window.assets_page.table
    table.horizontalHeader()
    model = window.assets_page.model
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_tags(window)[0] == "MON-003"
    assert model.filter.sort == "tag" and model.filter.descending
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # Assigned to
    assert model.filter.sort == "assignee"
    assert shown_tags(window)[-2:] == ["LT-002", "MON-002"]  # Anna < Jürgen, after the empty ones


def test_menus_have_shortcuts_and_pages_are_built_on_first_show(
    qtbot: QtBot, lane: DbLane, stocked: Any
) -> None:
    window = open_window(qtbot, lane)
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.search_action.shortcut().toString() == "Ctrl+F"
    assert window.reports_action.shortcut().toString() == "Ctrl+R"
    pages = 2 + len(LAZY_PAGES)
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{i}" for i in range(1, pages + 1)
    ]
    assert [window.nav.item(i).text() for i in range(3)] == ["Home", "Assets", "Models"]
    assert "Ctrl+N" in window.new_action.toolTip()
    window.page_actions[HOME_PAGE].trigger()
    assert window.pages.currentWidget() is window.home_page
    placeholder = window.page(2)
    window.page_actions[2].trigger()
    assert window.pages.currentIndex() == 2
    assert window.page(2) is not placeholder
    assert window.nav.currentRow() == 2
    window.search_action.trigger()
    assert window.pages.currentIndex() == ASSETS_PAGE


def test_a_missing_page_module_shows_a_notice(
    qtbot: QtBot, lane: DbLane, stocked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import main_window

    monkeypatch.setattr(
        main_window,
        "LAZY_PAGES",
        (("Models", "app.ui.pages.no_such_module", "ModelsPage"), *main_window.LAZY_PAGES[1:]),
    )
    window = open_window(qtbot, lane)
    window.show_page(2)
    assert isinstance(window.page(2), QLabel)


def test_busy_indicator_follows_the_lane(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    window = open_window(qtbot, lane)
    qtbot.waitUntil(lambda: lane.pending == 0, timeout=10_000)
    gate = threading.Event()
    QueryOp(lane, lambda _ctx: gate.wait(20), owner=window).run()
    qtbot.waitUntil(window.busy_bar.isVisible, timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=10_000)


def test_first_run_offers_demo_data_once(qtbot: QtBot, ctx: Context, lane: DbLane) -> None:
    window = open_window(qtbot, lane, offer_demo=True)
    qtbot.waitUntil(lambda: window.first_run_dialog is not None, timeout=10_000)
    dialog: Any = window.first_run_dialog
    assert dialog.isVisible()
    with qtbot.waitSignal(lane.busy_changed, timeout=10_000):
        dialog.empty_button.click()
    qtbot.waitUntil(lambda: meta.get_meta(ctx, meta.DEMO_OFFERED) == "empty", timeout=10_000)
    again = open_window(qtbot, lane, offer_demo=True)
    with qtbot.waitSignal(lane.busy_changed, timeout=10_000):
        pass  # the startup facts query ran
    qtbot.waitUntil(lambda: lane.pending == 0, timeout=10_000)
    assert again.first_run_dialog is None


def test_first_run_demo_choice_loads_demo_data(
    qtbot: QtBot, ctx: Context, lane: DbLane, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import demo

    calls: list[tuple[int, int]] = []

    def fake_demo(ctx: Context, n: int, *, seed: int) -> str:
        calls.append((n, seed))
        assets.create_asset(ctx, {"tag": "DEMO-1"})
        return "demo data: 1 asset"

    monkeypatch.setattr(demo, "generate_demo", fake_demo)
    window = open_window(qtbot, lane, offer_demo=True)
    qtbot.waitUntil(lambda: window.first_run_dialog is not None, timeout=10_000)
    dialog: Any = window.first_run_dialog
    dialog.demo_button.click()
    wait_rows(qtbot, window, 1)
    assert calls == [(500, 1)]
    assert meta.get_meta(ctx, meta.DEMO_OFFERED) == "demo"
    assert window.statusBar().currentMessage() == "demo data: 1 asset"


def _run_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def test_exit_when_ready_prints_ready_ms(stocked: Any, db_path: Path) -> None:
    ctx, _ids = stocked
    ctx.store.close()
    result = _run_app("--db", str(db_path), "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("ready_ms=")]
    assert len(lines) == 1
    assert int(lines[0].split("=")[1]) > 0


def test_a_bad_database_file_is_refused_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("this is not a database")
    result = _run_app("--db", str(bad), "--exit-when-ready")
    assert result.returncode == 1
    assert "not a Fieldtag database" in result.stderr
    assert "ready_ms" not in result.stdout
    assert bad.read_text() == "this is not a database"


def test_quick_start_shows_the_first_page_before_the_store_is_opened(
    qtbot: QtBot, ctx: Context
) -> None:
    from app.services.startup import dashboard, first_page
    from app.ui.asset_model import PAGE_SIZE
    from app.ui.main_window import MainWindow
    from app.ui.operations import DbLane
    from tests.ui.asset_fixtures import bulk_assets

    bulk_assets(ctx, PAGE_SIZE + 30)
    figures = dashboard(ctx.store.path)
    assert figures is not None and figures.figures.total == PAGE_SIZE + 30
    opened: list[str] = []

    def opener() -> Context:
        opened.append(threading.current_thread().name)
        return ctx

    first = first_page(ctx.store.path, PAGE_SIZE)
    assert first is not None
    lane = DbLane(None, opener=opener, db_path=ctx.store.path)
    window = MainWindow(lane, offer_demo=False, first_page=first, dashboard=figures,
                        charts=False)  # fmt: skip
    qtbot.addWidget(window)
    model = window.assets_page.model
    home = window.home_page
    try:
        # the figures and the first page are there before the lane has opened the store
        assert model.rowCount() == PAGE_SIZE and model.loading and opened == []
        assert model.index(0, 0).data() == "BULK-00000"
        assert home.buttons["status:in_stock"].number.text() == f"{PAGE_SIZE + 30:,}"
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        # the lane starts once the figures are on screen, opens the store and loads the
        # rest (and the recent activity)
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
        qtbot.waitUntil(lambda: home.recent.topLevelItemCount() > 0, timeout=10_000)
        assert model.rowCount() == PAGE_SIZE + 30
        assert len(opened) == 1 and opened[0] != threading.current_thread().name
    finally:
        lane.shutdown()


def test_a_lane_that_cannot_open_the_store_reports_it(qtbot: QtBot, tmp_path: Path) -> None:
    from app.domain.errors import StoreError
    from app.ui.operations import DbLane, QueryOp

    def opener() -> Context:
        raise StoreError("The database is busy in another Fieldtag window.")

    lane = DbLane(None, opener=opener, db_path=tmp_path / "x.sqlite")
    errors: list[BaseException] = []
    QueryOp(lane, lambda ctx: ctx, failure=errors.append).run()
    QueryOp(lane, lambda ctx: ctx, failure=errors.append).run()
    assert lane.pending == 2  # queued: the lane has not started
    lane.start()
    try:
        qtbot.waitUntil(lambda: len(errors) == 2, timeout=10_000)
        assert all("busy" in str(e) for e in errors)
    finally:
        lane.shutdown()

"""Home: the figures, each opening exactly its assets, the chip that removes the filter,
recent activity, the charts, the reports dialog, refresh after a change."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from app.services import assets
from app.services.context import Context
from app.ui.main_window import ASSETS_PAGE, HOME_PAGE, MainWindow
from app.ui.operations import CollectionOp, DbLane
from tests import dashboard_store
from tests.ui.asset_fixtures import lane

__all__ = ["lane"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def store(catalog_ctx: Any) -> tuple[Context, dict[str, str]]:
    return dashboard_store.build(catalog_ctx, dt.date.today())


def open_window(qtbot: QtBot, lane: DbLane, *, charts: bool = False) -> MainWindow:
    window = MainWindow(lane, offer_demo=False, charts=charts)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    return window


def shown_tags(qtbot: QtBot, window: MainWindow) -> list[str]:
    model = window.assets_page.model
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    return [model.index(r, 0).data() for r in range(model.rowCount())]


# what each figure opens on the store of tests/dashboard_store.py
EXPECTED = {
    "status:deployed": ["LT-1", "MON-1"],
    "status:ordered": ["MON-3"],
    "status:missing": [],
    "warranty:30": ["LT-1"],
    "warranty:60": ["LT-1", "LT-2"],
    "warranty:90": ["LT-1", "LT-2", "MON-1"],
    "eol:past": ["LT-1", "MON-2"],
    "eol:soon": ["LT-2"],
    "audit:overdue": ["LT-1", "MON-1"],
    "audit:locations": ["LT-1", "MON-1"],
    "audit:soon": ["LT-1", "LT-2", "MON-1"],
    "checklists": ["LT-2", "MON-1"],
    "drives": ["MON-2"],
    "unsynced": ["LT-1", "LT-2", "LT-3", "MON-1", "MON-2", "MON-3"],
}


def test_home_is_first_and_shows_the_figures(qtbot: QtBot, lane: DbLane, store: Any) -> None:
    window = open_window(qtbot, lane)
    assert window.pages.currentIndex() == HOME_PAGE and window.nav.currentRow() == HOME_PAGE
    home = window.home_page
    values = {key: int(b.number.text().replace(",", "")) for key, b in home.buttons.items()}
    assert values["status:deployed"] == 2 and values["status:disposed"] == 1
    assert (values["warranty:30"], values["warranty:60"], values["warranty:90"]) == (1, 2, 3)
    assert (values["eol:past"], values["eol:soon"]) == (2, 1)
    assert (values["audit:overdue"], values["audit:locations"], values["audit:soon"]) == (2, 1, 3)
    assert (values["checklists"], values["drives"]) == (2, 1)
    assert values["unsynced"] > 0 and home.last_sync_label.text() == "Last sync: never"
    # a figure that counts assets opens as many as it says
    for key, tags in EXPECTED.items():
        if key.startswith(("status:", "warranty:", "eol:", "audit:overdue", "audit:soon")):
            assert values[key] == len(tags), key


def test_each_figure_opens_exactly_its_assets(qtbot: QtBot, lane: DbLane, store: Any) -> None:
    window = open_window(qtbot, lane)
    home, page = window.home_page, window.assets_page
    for key, tags in EXPECTED.items():
        window.show_page(HOME_PAGE)
        qtbot.mouseClick(home.buttons[key], Qt.MouseButton.LeftButton)
        assert window.pages.currentIndex() == ASSETS_PAGE
        qtbot.waitUntil(lambda: page.model.filter == page.current_filter(), timeout=10_000)
        assert shown_tags(qtbot, window) == tags, key
        assert page.preset_chip.isVisibleTo(page)
    assert page.preset_label.text() == "Changes waiting to sync"
    # the keyboard: a focused figure opens with Enter
    window.show_page(HOME_PAGE)
    home.buttons["eol:past"].setFocus()
    qtbot.keyClick(home.buttons["eol:past"], Qt.Key.Key_Return)
    assert window.pages.currentIndex() == ASSETS_PAGE
    assert shown_tags(qtbot, window) == ["LT-1", "MON-2"]
    # the chip's ✕ removes the filter
    qtbot.mouseClick(page.preset_clear, Qt.MouseButton.LeftButton)
    assert not page.preset_chip.isVisibleTo(page)
    qtbot.waitUntil(lambda: len(shown_tags(qtbot, window)) == 6, timeout=10_000)


def test_a_figure_combines_with_search_and_resets_the_controls(
    qtbot: QtBot, lane: DbLane, store: Any
) -> None:
    window = open_window(qtbot, lane)
    page = window.assets_page
    page.status_combo.setCurrentIndex(page.status_combo.findData("retired"))
    qtbot.mouseClick(window.home_page.buttons["warranty:90"], Qt.MouseButton.LeftButton)
    assert page.status_combo.currentIndex() == 0  # the controls were reset
    assert page.preset_label.text() == "Warranty ends within 90 days"
    assert shown_tags(qtbot, window) == ["LT-1", "LT-2", "MON-1"]
    page.search.setText("mon")
    page.apply_filter()
    qtbot.waitUntil(lambda: shown_tags(qtbot, window) == ["MON-1"], timeout=10_000)
    assert window.count_label.text() == "1 of 6 assets match"


def test_recent_activity_opens_the_asset(qtbot: QtBot, lane: DbLane, store: Any) -> None:
    _ctx, ids = store
    window = open_window(qtbot, lane)
    recent = window.home_page.recent
    qtbot.waitUntil(lambda: recent.topLevelItemCount() == 12, timeout=10_000)
    item = recent.topLevelItem(0)
    assert item is not None and item.text(2) == "MON-3 MON-3 name"
    recent.itemActivated.emit(item, 0)
    assert window.pages.currentIndex() == ASSETS_PAGE
    view = window.assets_page.asset_view
    qtbot.waitUntil(lambda: view is not None and view.asset_id == ids["MON-3"], timeout=10_000)


def test_figures_follow_changes(qtbot: QtBot, lane: DbLane, store: Any) -> None:
    window = open_window(qtbot, lane)
    button = window.home_page.buttons["status:in_stock"]
    assert button.number.text() == "1"
    CollectionOp(lane, lambda ctx: assets.create_asset(ctx, {"tag": "NEW-1"}),
                 owner=window).run()  # fmt: skip
    qtbot.waitUntil(lambda: button.number.text() == "2", timeout=10_000)


def test_charts_are_drawn_and_a_bar_opens_its_assets(
    qtbot: QtBot, lane: DbLane, store: Any
) -> None:
    window = open_window(qtbot, lane, charts=True)
    home = window.home_page
    with qtbot.waitSignal(home.charts_shown, timeout=30_000):
        pass
    panel = home.charts_widget
    assert panel is not None
    heights = list(panel.by_status.bars.opts["height"])
    assert heights == [0, 1, 1, 2, 0, 1, 1, 0]  # requested … missing
    assert list(panel.by_category.bars.opts["width"]) == [3, 2]  # Monitor, Laptop
    assert sum(panel.warranty.bars.opts["height"]) == 3
    chart = panel.by_status
    scene = chart.getPlotItem().vb.mapViewToScene(QPointF(3, 1))  # the "Deployed" bar

    class Click:
        def scenePos(self) -> QPointF:  # Qt's name
            return scene

    with qtbot.waitSignal(home.open_filter, timeout=5000):
        chart._clicked(Click())
    assert shown_tags(qtbot, window) == ["LT-1", "MON-1"]
    assert window.assets_page.preset_label.text() == "Status: Deployed"


def test_reports_dialog_saves_a_report(
    qtbot: QtBot, lane: DbLane, store: Any, tmp_path: Path
) -> None:
    window = open_window(qtbot, lane)
    window.home_page.report_links["warranty"].click()
    dialog: Any = window.reports_dialog
    assert dialog.chosen() == "warranty"
    dialog.csv_radio.setChecked(True)
    file_dialog = dialog.ask_path()
    assert file_dialog.defaultSuffix() == "csv"
    file_dialog.reject()
    target = tmp_path / "forecast.csv"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save(str(target))
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "quarter" and len(rows) > 1
    assert "Saved:" in dialog.status.text()
    # a file that cannot be written is reported in the dialog
    dialog.save(str(tmp_path / "missing" / "x.pdf"), kind="inventory")
    qtbot.waitUntil(lambda: "not saved" in dialog.status.text(), timeout=20_000)
    assert dialog.save_button.isEnabled()
    window.reports_action.trigger()
    assert window.reports_dialog is not dialog

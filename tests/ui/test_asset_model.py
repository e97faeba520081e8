"""The lazy asset table model: ids only, rows a page at a time, stale results dropped."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Status
from app.services.context import Context
from app.services.filters import AssetFilter
from app.ui import asset_model
from app.ui.asset_model import ASSET_ID_ROLE, PAGE_SIZE, AssetTableModel
from app.ui.asset_view import HistoryModel
from app.ui.operations import DbLane
from tests.ui.asset_fixtures import bulk_assets, lane, stocked

__all__ = ["lane", "stocked"]

Mode = QAbstractItemModelTester.FailureReportingMode


def loaded(qtbot: QtBot, model: AssetTableModel) -> None:
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() >= 0, timeout=10_000)


def tags(model: AssetTableModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def refresh_and_wait(qtbot: QtBot, model: AssetTableModel, flt: AssetFilter | None = None) -> None:
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        if flt is None:
            model.refresh()
        else:
            model.set_filter(flt)


@pytest.mark.parametrize("mode", [Mode.Fatal, Mode.Warning])
def test_model_passes_the_qt_model_tester(
    qtbot: QtBot, lane: DbLane, stocked: Any, mode: QAbstractItemModelTester.FailureReportingMode
) -> None:
    model = AssetTableModel(lane)
    tester = QAbstractItemModelTester(model, mode)
    refresh_and_wait(qtbot, model)
    assert model.rowCount() == 6
    refresh_and_wait(qtbot, model, AssetFilter(text="mon"))
    assert model.rowCount() == 3
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert tags(model) == ["MON-003", "MON-002", "MON-001"]
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.sort(4, Qt.SortOrder.AscendingOrder)
    refresh_and_wait(qtbot, model, AssetFilter(text="nothing-matches-this"))
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.data_changed_elsewhere("test")
    del tester


def test_qtmodeltester_over_many_rows(
    qtbot: QtBot, qtmodeltester: Any, ctx: Context, lane: DbLane
) -> None:
    bulk_assets(ctx, 450)
    model = AssetTableModel(lane)
    refresh_and_wait(qtbot, model)
    qtmodeltester.check(model, force_py=False)


def test_rows_are_fetched_a_page_at_a_time(qtbot: QtBot, ctx: Context, lane: DbLane) -> None:
    bulk_assets(ctx, 3 * PAGE_SIZE + 10)
    model = AssetTableModel(lane)
    refresh_and_wait(qtbot, model)
    assert model.rowCount() == 3 * PAGE_SIZE + 10
    # the first page comes with the ids
    assert model.index(0, 0).data() == "BULK-00000"
    assert model.cached_rows() == PAGE_SIZE
    # a row further down is a placeholder until its page arrives
    far = model.index(2 * PAGE_SIZE + 5, 0)
    assert far.data() == "…"
    assert far.data(ASSET_ID_ROLE) is None
    with qtbot.waitSignal(model.rows_loaded, timeout=10_000) as blocker:
        pass
    assert blocker.args == [2 * PAGE_SIZE, 3 * PAGE_SIZE - 1]
    assert far.data() == f"BULK-{2 * PAGE_SIZE + 5:05d}"
    assert model.cached_rows() == 2 * PAGE_SIZE


def test_the_row_cache_is_bounded(
    qtbot: QtBot, ctx: Context, lane: DbLane, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(asset_model, "MAX_CACHED_ROWS", PAGE_SIZE * 2)
    bulk_assets(ctx, 5 * PAGE_SIZE)
    model = AssetTableModel(lane)
    refresh_and_wait(qtbot, model)
    for page in range(1, 5):
        with qtbot.waitSignal(model.rows_loaded, timeout=10_000):
            model.index(page * PAGE_SIZE, 0).data()
        assert model.cached_rows() <= PAGE_SIZE * 2
    assert model.index(4 * PAGE_SIZE, 0).data() == f"BULK-{4 * PAGE_SIZE:05d}"
    # page 0 was evicted: it is a placeholder again and is fetched again
    assert model.index(0, 0).data() == "…"


def test_results_of_older_queries_are_dropped(qtbot: QtBot, lane: DbLane, stocked: Any) -> None:
    model = AssetTableModel(lane)
    refresh_and_wait(qtbot, model)
    seen: list[int] = []
    model.ids_loaded.connect(seen.append)
    model.set_filter(AssetFilter(text="lt"))
    model.set_filter(AssetFilter(text="mon"))
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_filter(AssetFilter(statuses=(Status.DEPLOYED,)))
    qtbot.waitUntil(lambda: lane.pending == 0, timeout=10_000)
    assert seen == [2]  # only the newest query reached the model
    assert sorted(tags(model)) == ["LT-002", "MON-002"]


def test_history_model_passes_the_qt_model_tester(qtbot: QtBot, stocked: Any) -> None:
    from app.services.assets import asset_history, update_asset

    ctx, ids = stocked
    update_asset(ctx, ids["LT-001"], {"name": "Renamed", "notes": "A note"})
    model = HistoryModel()
    tester = QAbstractItemModelTester(model, Mode.Fatal)
    model.set_entries(asset_history(ctx, ids["LT-001"]))
    assert model.rowCount() == 2
    edited = model.index(0, 0)
    assert edited.data() == "Edited"
    children = [model.index(r, 0, edited).data() for r in range(model.rowCount(edited))]
    assert "Name: Spare laptop → Renamed" in children
    assert model.index(0, 2).data() == "tester (test-device)"
    model.set_entries([])
    assert model.rowCount() == 0
    del tester


def test_first_page_shows_before_the_full_list(qtbot: QtBot, ctx: Context, lane: DbLane) -> None:
    bulk_assets(ctx, 2 * PAGE_SIZE + 7)
    model = AssetTableModel(lane)
    QAbstractItemModelTester(model, Mode.Fatal)
    counts: list[int] = []
    model.rowsInserted.connect(lambda _p, first, last: counts.append(last - first + 1))
    with qtbot.waitSignal(model.first_page_loaded, timeout=10_000):
        model.refresh()
    # the first page is shown at once, its rows loaded; the rest is still on its way
    assert model.rowCount() == PAGE_SIZE and model.loading
    assert model.index(PAGE_SIZE - 1, 0).data() == f"BULK-{PAGE_SIZE - 1:05d}"
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000) as blocker:
        pass
    assert blocker.args == [2 * PAGE_SIZE + 7]
    assert counts == [PAGE_SIZE + 7]  # appended, not reset
    assert not model.loading and model.rowCount() == 2 * PAGE_SIZE + 7


def test_an_outdated_full_list_query_is_not_run(
    qtbot: QtBot, ctx: Context, lane: DbLane, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk_assets(ctx, 2 * PAGE_SIZE)
    model = AssetTableModel(lane)
    refresh_and_wait(qtbot, model)
    calls: list[int | None] = []
    from app.services import queries

    real = queries.asset_ids

    def counting(c: Context, flt: AssetFilter, limit: int | None = None) -> list[int]:
        calls.append(limit)
        return real(c, flt, limit=limit)

    monkeypatch.setattr(queries, "asset_ids", counting)
    model.set_filter(AssetFilter(text="bulk"))
    model.set_filter(AssetFilter(text="b00000"))  # before the first query's list was fetched
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000) as blocker:
        pass
    qtbot.waitUntil(lambda: lane.pending == 0, timeout=10_000)
    assert blocker.args == [100]  # serials B0000000..B0000099
    # both first pages ran; the first filter's full list was skipped, the second needed none
    assert calls == [PAGE_SIZE, PAGE_SIZE]

"""The home page's figures and charts on a small hand-built store (dates relative to a
fixed day), the filters each figure opens, and the quick read at start."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import text

from app.domain.dashboard import add_months, quarter_label, quarters
from app.domain.lifecycle import Status
from app.services import dashboard as dash
from app.services import startup
from app.services.context import Context
from app.services.filters import AssetFilter
from app.services.queries import asset_ids, asset_rows
from tests import dashboard_store

TODAY = dt.date(2026, 6, 15)
NOT_DISPOSED = (Status.DISPOSED,)


@pytest.fixture
def store(catalog_ctx: Any) -> tuple[Context, dict[str, str]]:
    return dashboard_store.build(catalog_ctx, TODAY)


def tags(ctx: Context, flt: AssetFilter) -> list[str]:
    return [r.tag for r in asset_rows(ctx, asset_ids(ctx, flt))]


def test_figures(store: Any) -> None:
    ctx, _ids = store
    f = dash.dashboard(ctx, TODAY).figures
    assert f.total == 6
    assert f.by_status == {
        "requested": 0, "ordered": 1, "in_stock": 1, "deployed": 2, "in_maintenance": 0,
        "retired": 1, "disposed": 1, "missing": 0,
    }  # fmt: skip
    assert f.warranty_ending == {30: 1, 60: 2, 90: 3}  # LT-3 is disposed
    assert (f.past_eol, f.eol_soon) == (2, 1)
    assert (f.audit_overdue, f.audit_locations, f.audit_soon) == (2, 1, 3)
    assert (f.checklists_in_progress, f.checklist_assets) == (2, 2)
    # D5 (in the retired MON-2); D2 and D4 are in assets in use, D3 in a disposed one
    assert f.drives_waiting == 1
    with ctx.reading() as session:
        events = session.execute(text("SELECT COUNT(*) FROM events")).scalar_one()
    assert f.unsynced == events > 0 and f.last_sync is None


def test_unsynced_after_a_sync_counts_events_not_acknowledged(store: Any) -> None:
    ctx, _ids = store
    with ctx.store.write_engine.begin() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES "
                          "('sync_last_success', '2026-06-14T08:30:00')"))  # fmt: skip
        conn.execute(text("UPDATE events SET server_seq = seq WHERE seq <= 3"))
        total = conn.execute(text("SELECT COUNT(*) FROM events")).scalar_one()
    f = dash.dashboard(ctx, TODAY).figures
    assert f.unsynced == total - 3
    assert f.last_sync == dt.datetime(2026, 6, 14, 8, 30)
    assert len(tags(ctx, AssetFilter(unsynced=True))) == 6  # every asset has a local event


def test_each_figure_opens_exactly_its_assets(store: Any) -> None:
    ctx, _ids = store
    t = TODAY
    assert tags(ctx, AssetFilter(statuses=(Status.DEPLOYED,))) == ["LT-1", "MON-1"]

    def warranty(days: int) -> AssetFilter:
        return AssetFilter(warranty_within_days=days, exclude_statuses=NOT_DISPOSED, today=t)

    assert tags(ctx, warranty(30)) == ["LT-1"]
    assert tags(ctx, warranty(90)) == ["LT-1", "LT-2", "MON-1"]
    assert tags(ctx, AssetFilter(eol_before=t, exclude_statuses=NOT_DISPOSED)) == ["LT-1", "MON-2"]
    assert tags(ctx, AssetFilter(eol_from=t, eol_to=t + dt.timedelta(days=90),
                                 exclude_statuses=NOT_DISPOSED)) == ["LT-2"]  # fmt: skip
    assert tags(ctx, AssetFilter(audit_due_by=t)) == ["LT-1", "MON-1"]
    assert tags(ctx, AssetFilter(audit_due_by=t + dt.timedelta(days=30))) == [
        "LT-1", "LT-2", "MON-1"
    ]  # fmt: skip
    assert tags(ctx, AssetFilter(checklist_in_progress=True)) == ["LT-2", "MON-1"]
    assert tags(ctx, AssetFilter(drives_unsanitized=True, exclude_statuses=NOT_DISPOSED)) == [
        "LT-1", "LT-2", "MON-2"
    ]  # fmt: skip
    assert tags(ctx, AssetFilter(drives_unsanitized=True, statuses=(Status.RETIRED,))) == ["MON-2"]
    # the figures' filters combine with search text and the other controls
    assert tags(ctx, AssetFilter(text="mon", audit_due_by=t)) == ["MON-1"]


def test_charts(store: Any) -> None:
    ctx, _ids = store
    c = dash.dashboard_charts(ctx, TODAY)
    assert c.by_category == [("Monitor", 3), ("Laptop", 2)]
    months = dict(c.warranty_by_month)
    assert len(months) == 12 and min(months) == dt.date(2026, 6, 1)
    assert {m: n for m, n in months.items() if n} == {
        dt.date(2026, 6, 1): 1, dt.date(2026, 7, 1): 1, dt.date(2026, 9, 1): 1
    }  # fmt: skip
    assert c.by_age == [("< 1 year", 1), ("1–2 years", 1), ("2–3 years", 1), ("3–4 years", 0),
                        ("4–5 years", 0), ("5+ years", 0), ("unknown", 2)]  # fmt: skip
    # each age bar opens its assets
    for (label, n), (after, upto) in zip(c.by_age, c.age_bounds, strict=False):
        flt = AssetFilter(purchased_after=after, purchased_upto=upto, exclude_statuses=NOT_DISPOSED)
        assert len(tags(ctx, flt)) == n, label
    unknown = AssetFilter(purchase_unknown=True, exclude_statuses=NOT_DISPOSED, today=TODAY)
    assert tags(ctx, unknown) == ["MON-2", "MON-3"]


def test_recent_activity_is_newest_first_with_the_asset(store: Any) -> None:
    ctx, ids = store
    recent = dash.dashboard(ctx, TODAY).recent
    assert recent is not None and len(recent) == 12
    first = recent[0]
    assert first.what == "MON-3 MON-3 name" and first.asset_id == ids["MON-3"]
    assert first.actor == "tester" and first.device == "test-device"
    assert first.summary  # the history's wording
    assert [r.at for r in recent] == sorted((r.at for r in recent), reverse=True)


def test_quick_read_at_start_gives_the_same_figures(store: Any) -> None:
    ctx, _ids = store
    quick = startup.dashboard(ctx.store.path, TODAY)
    assert quick is not None and quick.recent is None
    assert quick.figures == dash.dashboard(ctx, TODAY).figures
    assert startup.dashboard(ctx.store.path.with_name("nothing.sqlite"), TODAY) is None


def test_an_empty_store(ctx: Context) -> None:
    d = dash.dashboard(ctx, TODAY)
    assert d.figures.total == 0 and d.figures.warranty_ending == {30: 0, 60: 0, 90: 0}
    assert d.figures.drives_waiting == 0 and d.recent == ()
    c = dash.dashboard_charts(ctx, TODAY)
    assert c.by_category == [] and sum(n for _l, n in c.by_age) == 0


def test_calendar_helpers() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 3, 31), -1) == dt.date(2024, 2, 29)
    qs = quarters(dt.date(2026, 11, 24), 3)
    assert qs == [(dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
                  (dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
                  (dt.date(2027, 4, 1), dt.date(2027, 6, 30))]  # fmt: skip
    assert quarter_label(qs[1][0]) == "2027 Q1"

"""Demo data: every state, consistent histories, sanitized drives, determinism, adding twice."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.lifecycle import Status, find_transition
from app.services import assets as asset_service
from app.services import demo as demo_module
from app.services.context import Context
from app.services.demo import MODELS, DemoSummary, generate_demo, state_path
from app.services.filters import AssetFilter
from app.services.queries import asset_ids, search_assets
from app.store.database import integrity_ok, open_store
from app.store.journal import EVENT_COLUMNS
from app.store.tables import Asset, AssetModel, Drive, Event, Location, Person, Sanitization

N = 300


@pytest.fixture
def demo(ctx: Context) -> tuple[Context, DemoSummary]:
    return ctx, generate_demo(ctx, N, seed=7)


def test_summary_counts_what_was_written(demo: tuple[Context, DemoSummary]) -> None:
    ctx, summary = demo
    with ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Asset)) == N
        assert s.scalar(select(func.count()).select_from(Event)) == summary.events
        assert s.scalar(select(func.count()).select_from(AssetModel)) == summary.models
        assert s.scalar(select(func.count()).select_from(Location)) == summary.locations
        assert s.scalar(select(func.count()).select_from(Person)) == summary.people
        assert s.scalar(select(func.count()).select_from(Drive)) == summary.drives
    text = str(summary)
    assert text.startswith(f"demo data: {N:,} assets")
    assert f"{summary.events:,} history events" in text
    assert summary.first_tag == "FT-000001" and summary.last_tag == f"FT-{N:06d}"
    assert integrity_ok(ctx.store)


def test_every_state_and_plausible_fields(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    with ctx.reading() as s:
        rows = s.execute(
            select(Asset.tag, Asset.status, Asset.assignee_id, Asset.location_id, Asset.serial,
                   Asset.purchase_date, Asset.warranty_end, Asset.eol_date, Asset.purchase_cost)
        ).all()  # fmt: skip
    states = Counter(r.status for r in rows)
    assert set(states) == {s.value for s in Status}
    assert states["deployed"] > states["in_stock"] > states["requested"]
    for r in rows:
        assert re.fullmatch(r"FT-\d{6}", r.tag)
        if r.status == "deployed":
            assert r.assignee_id and r.location_id, r.tag
        if r.status in {"retired", "disposed", "in_stock"}:
            assert r.assignee_id is None, r.tag
        if r.status not in {"requested", "ordered"}:
            assert r.serial and r.purchase_date and r.warranty_end, r.tag
            assert r.warranty_end > r.purchase_date and r.eol_date > r.purchase_date
        assert r.purchase_cost is None or r.purchase_cost > 0
    serials = [r.serial for r in rows if r.serial]
    assert len(serials) == len(set(serials))


def test_models_are_real_and_storage_flag_right() -> None:
    by_category: dict[str, set[bool]] = {}
    for spec in MODELS:
        by_category.setdefault(spec.category, set()).add(spec.holds_storage)
    assert by_category["Monitor"] == {False}
    assert by_category["Dock"] == {False}
    assert by_category["Laptop"] == {True}
    assert by_category["Server"] == {True}
    assert by_category["Phone"] == {True}
    names = {f"{m.manufacturer} {m.name}" for m in MODELS}
    assert any("Latitude" in n for n in names) and any("ThinkPad" in n for n in names)


def test_histories_follow_the_lifecycle(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    with ctx.reading() as s:
        status = dict(s.execute(select(Asset.id, Asset.status)).tuples().all())
        events = s.execute(
            select(Event.asset_id, Event.kind, Event.entity, Event.changes, Event.hlc,
                   Event.recorded_at, Event.data)
            .where(Event.asset_id.is_not(None))
            .order_by(Event.asset_id, Event.hlc)
        ).all()  # fmt: skip
    by_asset: dict[str, list[object]] = {}
    for e in events:
        by_asset.setdefault(e.asset_id, []).append(e)
    assert set(by_asset) == set(status)
    for asset_id, history in by_asset.items():
        first = history[0]
        assert first.kind == "created" and first.entity == "asset"  # type: ignore[attr-defined]
        current = Status(first.changes["status"][1])  # type: ignore[attr-defined]
        times = [e.recorded_at for e in history]  # type: ignore[attr-defined]
        assert times == sorted(times), asset_id
        for e in history[1:]:
            if e.kind == "status_changed":  # type: ignore[attr-defined]
                old, new = e.changes["status"]  # type: ignore[attr-defined]
                assert old == current.value
                transition = find_transition(current, Status(new))
                assert transition is not None
                assert e.data["action"] == transition.action  # type: ignore[attr-defined]
                current = Status(new)
        assert current.value == status[asset_id], asset_id


def test_history_shown_for_an_asset(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    with ctx.reading() as s:
        asset_id = s.scalar(select(Asset.id).where(Asset.status == "disposed").limit(1))
    assert asset_id
    detail = asset_service.get_asset(ctx, asset_id)
    history = asset_service.asset_history(ctx, asset_id)
    assert history[-1].summary.startswith("Created")
    assert history[0].summary.startswith("Dispose:")
    assert all(a.target is not None for a in detail.actions) or not detail.actions


def test_disposed_storage_assets_have_sanitized_drives(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    with ctx.reading() as s:
        disposed = s.execute(
            select(Asset.id, AssetModel.holds_storage)
            .join(AssetModel, AssetModel.id == Asset.model_id)
            .where(Asset.status == "disposed")
        ).all()
        assert any(h for _, h in disposed)
        for asset_id, holds in disposed:
            drives = s.scalars(select(Drive.id).where(Drive.asset_id == asset_id)).all()
            if not holds:
                assert not drives
                continue
            assert drives
            for drive_id in drives:
                results = s.scalars(
                    select(Sanitization.result).where(Sanitization.drive_id == drive_id)
                ).all()
                assert results == ["passed"]
    detail = asset_service.get_asset(ctx, next(a for a, h in disposed if h))
    assert detail.drives and all(d.sanitized for d in detail.drives)


def test_search_finds_demo_people_models_and_places(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    for query in ("Latitude", "FT-0001", "Berlin", "Shelf", "Müller", "muller", "Łuk"):
        assert search_assets(ctx, query, limit=5), query
        assert asset_ids(ctx, AssetFilter(text=query)), query


def test_same_seed_same_data(tmp_path: Path) -> None:
    def tags_and_serials(name: str, seed: int) -> list[tuple[str, str, str]]:
        store = open_store(tmp_path / name, device_name="d")
        ctx = Context(store, "tester")
        generate_demo(ctx, 60, seed=seed)
        with ctx.reading() as s:
            rows = s.execute(
                select(Asset.tag, Asset.serial, Asset.status).order_by(Asset.tag)
            ).tuples()
            out = list(rows)
        store.close()
        return out

    a, b = tags_and_serials("a.sqlite", 3), tags_and_serials("b.sqlite", 3)
    assert a == b
    assert tags_and_serials("c.sqlite", 4) != a


def test_adding_twice_continues_the_tags(ctx: Context) -> None:
    first = generate_demo(ctx, 40, seed=1)
    second = generate_demo(ctx, 25, seed=1)
    assert second.first_tag == "FT-000041" and second.last_tag == "FT-000065"
    with ctx.reading() as s:
        tags = s.scalars(select(Asset.tag)).all()
        serials = [x for x in s.scalars(select(Asset.serial)) if x]
        people = s.scalar(select(func.count()).select_from(Person))
        models = s.scalar(select(func.count()).select_from(AssetModel))
    assert len(tags) == 65 == len(set(tags))
    assert len(serials) == len(set(serials))
    assert models == len(MODELS)  # the catalogue is reused, not duplicated
    assert people == max(first.people, second.people)  # the same people, reused


def test_zero_assets_only_builds_the_catalogue(ctx: Context) -> None:
    summary = generate_demo(ctx, 0)
    assert summary.assets == 0 and summary.models == len(MODELS)
    assert str(summary).startswith("demo data: 0 assets, ")


@pytest.mark.parametrize("final", list(Status))
def test_state_paths_use_real_transitions(final: Status) -> None:
    rng = random.Random(5)
    for _ in range(200):
        path = state_path(final, rng)
        assert path[-1] is final
        for source, target in itertools.pairwise(path):
            assert find_transition(source, target) is not None, (source, target)


def test_worker_process_plans_the_same_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large demos plan their batches in a second process; the data is the same."""

    def run(name: str) -> list[tuple[str, str, str]]:
        store = open_store(tmp_path / name, device_name="d")
        ctx = Context(store, "tester")
        generate_demo(ctx, 120, seed=9)
        with ctx.reading() as s:
            out = list(s.execute(select(Asset.tag, Asset.serial, Asset.status)).tuples())
            assert s.scalar(select(func.count()).select_from(Event)) > 120
        store.close()
        return sorted(out)

    in_process = run("in.sqlite")
    monkeypatch.setattr(demo_module, "BATCH", 50)  # the parent now hands it to a worker
    assert run("worker.sqlite") == in_process


def test_event_columns_match_the_table() -> None:
    assert list(EVENT_COLUMNS) == [c.name for c in Event.__table__.columns]
    assert list(demo_module.ASSET_COLUMNS) == [
        c.name for c in Asset.__table__.columns if c.name != "num"
    ]


def test_rows_read_back_through_the_orm(demo: tuple[Context, DemoSummary]) -> None:
    """The planner writes raw values; the ORM must read them as it wrote them itself."""
    ctx, _ = demo
    with ctx.reading() as s:
        asset = s.scalars(select(Asset).where(Asset.custom != "{}").limit(1)).one()
        event = s.scalars(select(Event).where(Event.kind == "created").limit(1)).one()
    assert isinstance(asset.custom, dict) and asset.custom
    assert isinstance(asset.created_at, dt.datetime) and isinstance(asset.eol_date, dt.date)
    assert isinstance(event.changes, dict) and isinstance(event.data, dict)
    assert isinstance(event.recorded_at, dt.datetime)


def test_storage_devices_have_their_drives_recorded(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    with ctx.reading() as s:
        rows = s.execute(
            select(Asset.id, Asset.status, func.count(Drive.id))
            .join(AssetModel, AssetModel.id == Asset.model_id)
            .outerjoin(Drive, Drive.asset_id == Asset.id)
            .where(AssetModel.holds_storage.is_(True))
            .group_by(Asset.id, Asset.status)
        ).all()
    drives_by_status: dict[str, list[int]] = {}
    for _id, status, count in rows:
        drives_by_status.setdefault(status, []).append(count)
    # received devices have their drives recorded; ones not delivered yet have none
    for status in ("in_stock", "deployed", "in_maintenance", "retired", "disposed"):
        assert drives_by_status[status] and min(drives_by_status[status]) >= 1, status
    for status in ("requested", "ordered"):
        assert max(drives_by_status.get(status, [0])) == 0, status
    # a retired laptop is held back by the disposal guard until its drives are wiped
    retired = next(i for i, st, _n in rows if st == "retired")
    detail = asset_service.get_asset(ctx, retired)
    dispose = next(a for a in detail.actions if a.target is Status.DISPOSED)
    if not all(d.sanitized for d in detail.drives):
        assert "no passed sanitization" in dispose.blocked

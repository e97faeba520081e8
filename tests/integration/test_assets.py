"""Asset use cases on a real store: validation, lifecycle, history, filters and search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.domain.errors import NotFound, TransitionRefused, ValidationError
from app.domain.lifecycle import Status, TransitionRequest
from app.services import assets, catalog, drives
from app.services.queries import (
    SORT_KEYS,
    AssetFilter,
    asset_ids,
    asset_rows,
    search_assets,
)
from app.store.tables import Event


def event_count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(Event)) or 0


def test_create_and_open_an_asset(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = catalog_ctx
    a = assets.create_asset(
        ctx,
        {
            "tag": "FT-000123", "name": "Anna's laptop", "serial": "5CG1234XYZ",
            "model_id": ids["laptop"], "location_id": ids["room"], "purchase_date": "2024-01-10",
            "purchase_cost": "1.299,00", "supplier": "Bechtle", "order_number": "PO-77",
            "warranty_end": "2027-01-10", "eol_date": "2029-01-10", "next_audit": "2025-06-01",
            "notes": "docking station at desk", "custom": {"BIOS password": "in vault"},
        },
    )  # fmt: skip
    assert a.status is Status.IN_STOCK
    assert a.model == "Dell Latitude 5440" and a.category == "Laptop" and a.holds_storage
    assert a.location == "Berlin HQ > Building B > 2.14"
    assert a.purchase_cost == 129900
    assert a.custom == {"BIOS password": "in vault"}
    assert [x.label for x in a.actions] == [
        "Deploy",
        "Send to maintenance",
        "Retire",
        "Mark missing",
    ]
    assert assets.get_asset(ctx, a.id) == a
    assert assets.find_asset(ctx, "ft-000123") == a  # tags are case-insensitive
    assert assets.find_asset(ctx, "5CG1234XYZ") == a  # serial lookup
    assert assets.find_asset(ctx, "nope") is None


def test_validation_lists_every_problem_and_saves_nothing(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, _ids = catalog_ctx
    assets.create_asset(ctx, {"tag": "FT-1"})
    before = event_count(ctx)
    with pytest.raises(ValidationError) as exc:
        assets.create_asset(
            ctx,
            {
                "tag": "ft-1", "purchase_cost": "-10", "purchase_date": "2024-05-01",
                "warranty_end": "2024-04-01", "eol_date": "someday", "model_id": "no-such-model",
            },
        )  # fmt: skip
    messages = [str(p) for p in exc.value.problems]
    assert any("ft-1 is already used" in m for m in messages)
    assert any("negative" in m for m in messages)
    assert any("before the purchase date" in m for m in messages)
    assert any("End of life" in m and "YYYY-MM-DD" in m for m in messages)
    assert any("no model with id" in m for m in messages)
    assert event_count(ctx) == before


def test_deployed_on_creation_needs_someone_or_somewhere(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = catalog_ctx
    with pytest.raises(ValidationError, match="needs a person or a location"):
        assets.create_asset(ctx, {"tag": "FT-9", "status": "deployed"})
    a = assets.create_asset(ctx, {"tag": "FT-9", "status": "Deployed", "assignee_id": ids["anna"]})
    assert a.status is Status.DEPLOYED and a.assignee == "Anna Schmidt"


def test_edit_records_old_and_new_values(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = catalog_ctx
    a = assets.create_asset(ctx, {"tag": "FT-1", "location_id": ids["room"]})
    a = assets.update_asset(ctx, a.id, {"location_id": ids["shelf"], "serial": "ABC", "notes": ""})
    history = assets.asset_history(ctx, a.id)
    assert [h.summary for h in history] == ["Edited", "Created"]
    changes = {c.label: (c.old, c.new) for c in history[0].changes}
    assert changes == {
        "Location": ("Berlin HQ > Building B > 2.14", "Berlin HQ > Building B > 2.14 > Shelf A"),
        "Serial number": ("—", "ABC"),
    }
    assert history[0].actor == "tester" and history[0].device == "test-device"
    # an edit that changes nothing writes no event
    before = event_count(ctx)
    assets.update_asset(ctx, a.id, {"serial": "ABC"})
    assert event_count(ctx) == before


def test_status_is_not_edited_directly(ctx) -> None:  # type: ignore[no-untyped-def]
    a = assets.create_asset(ctx, {"tag": "FT-1"})
    with pytest.raises(ValidationError, match="lifecycle action"):
        assets.update_asset(ctx, a.id, {"status": "retired"})


def test_lifecycle_from_delivery_to_disposal(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = catalog_ctx
    a = assets.create_asset(ctx, {"tag": "FT-1", "model_id": ids["laptop"], "status": "ordered"})
    a = assets.transition_asset(
        ctx, a.id, Status.IN_STOCK, TransitionRequest(location_id=ids["shelf"])
    )
    with pytest.raises(TransitionRefused, match="person or a location"):
        assets.transition_asset(ctx, assets.create_asset(ctx, {"tag": "FT-2"}).id, Status.DEPLOYED)
    a = assets.transition_asset(ctx, a.id, "deployed", TransitionRequest(assignee_id=ids["jurgen"]))
    assert a.assignee == "Jürgen Müller"
    a = assets.transition_asset(ctx, a.id, Status.RETIRED)
    assert a.assignee == "" and a.assignee_id is None
    dispose = next(x for x in a.actions if x.target is Status.DISPOSED)
    assert "no drive is recorded" in dispose.blocked
    before = event_count(ctx)
    with pytest.raises(TransitionRefused, match="no drive is recorded"):
        assets.transition_asset(ctx, a.id, Status.DISPOSED)
    assert event_count(ctx) == before
    d1 = drives.add_drive(
        ctx, a.id, {"serial": "WD-1", "kind": "ssd", "capacity_bytes": 512 * 10**9}
    )
    d2 = drives.add_drive(ctx, a.id, {"serial": "WD-2", "kind": "hdd"})
    drives.record_sanitization(ctx, d1.id, method="purge", result="passed", technique="block erase")
    drives.record_sanitization(ctx, d2.id, method="clear", result="failed")
    with pytest.raises(TransitionRefused, match=r"1 of 2 drives .*WD-2"):
        assets.transition_asset(ctx, a.id, Status.DISPOSED)
    drives.record_sanitization(ctx, d2.id, method="destruct", result="passed", technique="shred")
    a = assets.get_asset(ctx, a.id)
    assert [(d.serial, d.sanitized, d.last_result) for d in a.drives] == [
        ("WD-1", True, "passed (purge)"), ("WD-2", True, "destroyed"),
    ]  # fmt: skip
    a = assets.transition_asset(
        ctx, a.id, Status.DISPOSED, TransitionRequest(note="collected by recycler")
    )
    assert a.status is Status.DISPOSED and a.actions == []
    summaries = [h.summary for h in assets.asset_history(ctx, a.id)]
    assert summaries[0] == "Dispose: Retired → Disposed"
    assert "Drive WD-2 sanitized: destroyed (Shred) by tester" in summaries
    assert summaries[-1] == "Created"
    assert assets.asset_history(ctx, a.id)[0].note == "collected by recycler"


def test_drives_show_their_latest_sanitization(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = catalog_ctx
    a = assets.create_asset(ctx, {"tag": "FT-1", "model_id": ids["laptop"]})
    other = assets.create_asset(ctx, {"tag": "FT-2", "model_id": ids["laptop"]})
    d1 = drives.add_drive(ctx, a.id, {"serial": "S-1"})
    d2 = drives.add_drive(ctx, a.id, {"serial": "S-2"})
    d3 = drives.add_drive(ctx, a.id, {"serial": "S-3"})
    elsewhere = drives.add_drive(ctx, other.id, {"serial": "S-9"})
    drives.record_sanitization(ctx, d1.id, method="purge", result="passed")
    drives.record_sanitization(ctx, d1.id, method="clear", result="failed")
    drives.record_sanitization(ctx, d2.id, method="clear", result="passed")
    drives.record_sanitization(ctx, elsewhere.id, method="destruct", result="passed")
    detail = assets.get_asset(ctx, a.id)
    assert [(d.id, d.sanitized, d.last_result) for d in detail.drives] == [
        (d1.id, False, "FAILED (clear)"), (d2.id, True, "passed (clear)"), (d3.id, False, ""),
    ]  # fmt: skip
    dispose = next(x for x in assets.transition_asset(ctx, a.id, Status.RETIRED).actions
                   if x.target is Status.DISPOSED)  # fmt: skip
    assert "2 of 3 drives" in dispose.blocked and "S-1, S-3" in dispose.blocked
    assert [d.serial for d in assets.get_asset(ctx, other.id).drives] == ["S-9"]


def test_drive_validation(ctx) -> None:  # type: ignore[no-untyped-def]
    a = assets.create_asset(ctx, {"tag": "FT-1"})
    with pytest.raises(ValidationError) as exc:
        drives.add_drive(ctx, a.id, {"kind": "floppy", "capacity_bytes": -1})
    assert {p.field for p in exc.value.problems} == {"Type", "Capacity", "Serial"}
    drives.add_drive(ctx, a.id, {"serial": "S1"})
    with pytest.raises(ValidationError, match="already recorded"):
        drives.add_drive(ctx, a.id, {"serial": "S1"})
    with pytest.raises(NotFound):
        drives.add_drive(ctx, "missing", {"serial": "S2"})


def test_history_resolves_renamed_people_and_locations(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = catalog_ctx
    a = assets.create_asset(ctx, {"tag": "FT-1", "status": "deployed", "assignee_id": ids["anna"]})
    catalog.update_person(ctx, ids["anna"], {"name": "Anna Schmidt-Wolf"})
    created = assets.asset_history(ctx, a.id)[-1]
    assert ("Assigned to", "Anna Schmidt-Wolf") in {(c.label, c.new) for c in created.changes}
    assert [r.tag for r in search_assets(ctx, "wolf")] == ["FT-1"]


def test_history_shows_every_kind_of_value(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = catalog_ctx
    a = assets.create_asset(ctx, {"tag": "FT-1", "location_id": ids["room"]})
    with ctx.unit_of_work() as uow:
        uow.event(
            "drive", "d1", "updated",
            {"serial": ["A", "B"], "capacity_bytes": [None, 500], "spare": [False, True],
             "custom": [{}, {"Cost centre": "4711"}], "purchase_cost": [None, 129900],
             "status": ["in_stock", "lost_in_space"], "location_id": ["0000gone-0000", ids["room"]],
             "assignee_id": [None, ""], "next_audit": [None, "2025-06-01"], "weird": [[1, 2], 0]},
            asset_id=a.id, data={"source": "import", "note": "checked"},
        )  # fmt: skip
        uow.event("asset", a.id, "label_printed", asset_id=a.id)
        uow.event("asset", a.id, "status_changed", {"status": ["in_stock", "deployed"]},
                  asset_id=a.id, data={"action": "Deploy"})  # fmt: skip
        uow.event("asset", a.id, "counted", {}, asset_id=a.id,
                  data={"summary": "Counted in 2.14", "source": "scanner"})  # fmt: skip
        uow.event("sanitization", "s1", "created", {"result": [None, "passed"]}, asset_id=a.id)
        uow.event("checklist_run", "c1", "completed_ok", None, asset_id=a.id)
        uow.commit()
    history = assets.asset_history(ctx, a.id)
    assert [(h.summary, h.note) for h in history] == [
        ("Checklist_run completed ok", ""),
        ("Sanitization created", ""),
        ("Counted in 2.14 (scanner)", ""),
        ("Deploy: In stock → Deployed", ""),
        ("Label printed", ""),
        ("Drive edited (import)", "checked"),
        ("Created", ""),
    ]
    assert [(c.field, c.label, c.old, c.new) for c in history[5].changes] == [
        ("serial", "Serial number", "A", "B"),
        ("capacity_bytes", "Capacity", "—", "500 B"),
        ("spare", "Spare", "no", "yes"),
        ("custom", "Custom fields", "—", "Cost centre=4711"),
        ("purchase_cost", "Purchase cost", "—", "1299.00"),
        ("status", "Status", "In stock", "lost_in_space"),
        ("location_id", "Location", "(deleted: 0000gone)", "Berlin HQ > Building B > 2.14"),
        ("assignee_id", "Assigned to", "—", "—"),
        ("next_audit", "Next audit", "—", "2025-06-01"),
        ("weird", "Weird", "[1, 2]", "0"),
    ]
    assert all(h.device == "test-device" and h.actor == "tester" for h in history)
    assert isinstance(history[0].at, dt.datetime) and history[0].at.tzinfo is None
    assert history[0].at >= history[-1].at
    assert assets.asset_history(ctx, a.id, limit=2) == history[:2]


def test_history_resolves_many_names(catalog_ctx) -> None:  # type: ignore[no-untyped-def]
    """More ids than one name lookup takes (the lookups go in chunks)."""
    ctx, ids = catalog_ctx
    a = assets.create_asset(ctx, {"tag": "FT-1"})
    gone = [f"00000000-0000-7000-8000-{n:012d}" for n in range(2 * assets.NAME_CHUNK + 100)]
    with ctx.unit_of_work() as uow:
        for old, new in zip(gone[::2], gone[1::2], strict=True):
            uow.event("asset", a.id, "updated", {"assignee_id": [old, new]}, asset_id=a.id)
        uow.event("asset", a.id, "updated",
                  {"assignee_id": [gone[0], ids["anna"]], "model_id": [None, ids["laptop"]]},
                  asset_id=a.id)  # fmt: skip
        uow.commit()
    history = assets.asset_history(ctx, a.id)
    assert len(history) == assets.NAME_CHUNK + 50 + 2
    assert [(c.old, c.new) for c in history[0].changes] == [
        ("(deleted: 00000000)", "Anna Schmidt"),
        ("—", "Dell Latitude 5440"),
    ]


def test_opening_a_missing_asset(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        assets.get_asset(ctx, "nope")
    assert assets.asset_history(ctx, "nope") == []


@pytest.fixture
def fleet(catalog_ctx):  # type: ignore[no-untyped-def]
    ctx, ids = catalog_ctx
    today = dt.date.today()
    specs = [
        ("FT-003", ids["laptop"], ids["shelf"], None, "in_stock", today + dt.timedelta(days=10)),
        (
            "FT-001",
            ids["laptop"],
            ids["room"],
            ids["anna"],
            "deployed",
            today + dt.timedelta(days=45),
        ),
        ("FT-002", ids["monitor"], ids["site"], None, "in_stock", today - dt.timedelta(days=3)),
        ("MON-7", ids["monitor"], ids["building"], ids["jurgen"], "deployed", None),
    ]
    for tag, model, loc, person, status, warranty in specs:
        assets.create_asset(
            ctx,
            {"tag": tag, "model_id": model, "location_id": loc, "assignee_id": person,
             "status": status, "warranty_end": warranty, "serial": f"SN{tag[-3:]}X"},
        )  # fmt: skip
    return ctx, ids


def tags(ctx, flt: AssetFilter) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.tag for r in asset_rows(ctx, asset_ids(ctx, flt))]


def test_filters(fleet) -> None:  # type: ignore[no-untyped-def]
    ctx, ids = fleet
    assert tags(ctx, AssetFilter()) == ["FT-001", "FT-002", "FT-003", "MON-7"]
    assert tags(ctx, AssetFilter(statuses=(Status.DEPLOYED,))) == ["FT-001", "MON-7"]
    assert tags(ctx, AssetFilter(location_id=ids["building"])) == ["FT-001", "FT-003", "MON-7"]
    assert tags(ctx, AssetFilter(location_id=ids["building"], include_sublocations=False)) == [
        "MON-7"
    ]
    assert tags(ctx, AssetFilter(category="Monitor")) == ["FT-002", "MON-7"]
    assert tags(ctx, AssetFilter(warranty_within_days=30)) == ["FT-003"]
    assert tags(ctx, AssetFilter(warranty_within_days=60)) == ["FT-001", "FT-003"]
    assert tags(ctx, AssetFilter(text="anna")) == ["FT-001"]
    assert tags(ctx, AssetFilter(text="müll")) == ["MON-7"]
    assert tags(ctx, AssetFilter(text="mull")) == ["MON-7"]  # diacritics folded
    assert tags(ctx, AssetFilter(text="berlin shelf")) == ["FT-003"]
    assert tags(ctx, AssetFilter(text="'; DROP TABLE assets; --")) == []
    assert tags(ctx, AssetFilter(text="%%%")) == []
    assert len(asset_ids(ctx, AssetFilter(text="latitude"))) == 2
    assert asset_ids(ctx, AssetFilter(text="!!!")) == []
    assert tags(ctx, AssetFilter()) == ["FT-001", "FT-002", "FT-003", "MON-7"]  # nothing dropped


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_every_sort_key_orders_all_rows(fleet, key: str) -> None:  # type: ignore[no-untyped-def]
    ctx, _ids = fleet
    up = asset_ids(ctx, AssetFilter(sort=key))
    down = asset_ids(ctx, AssetFilter(sort=key, descending=True))
    assert sorted(up) == sorted(down) and len(up) == 4
    assert up == list(reversed(down))


def test_sort_by_assignee_and_location(fleet) -> None:  # type: ignore[no-untyped-def]
    ctx, _ids = fleet
    # no assignee sorts first; ties keep creation order (FT-003 was created before FT-002)
    assert tags(ctx, AssetFilter(sort="assignee")) == ["FT-003", "FT-002", "FT-001", "MON-7"]
    assert tags(ctx, AssetFilter(sort="location"))[0] == "FT-002"  # "Berlin HQ" sorts first


def test_quick_search_prefers_exact_tag_and_serial(fleet) -> None:  # type: ignore[no-untyped-def]
    ctx, _ids = fleet
    assert sorted(r.tag for r in search_assets(ctx, "FT-00")) == ["FT-001", "FT-002", "FT-003"]
    assert search_assets(ctx, "SN002X")[0].tag == "FT-002"
    assert search_assets(ctx, "FT-003", limit=1)[0].tag == "FT-003"
    assert search_assets(ctx, "🙂") == []
    assert search_assets(ctx, "latitude", limit=0) == []


def test_rows_keep_the_order_asked_and_skip_missing(fleet) -> None:  # type: ignore[no-untyped-def]
    ctx, _ids = fleet
    nums = asset_ids(ctx, AssetFilter(sort="tag", descending=True))
    rows = asset_rows(ctx, [*nums, 999_999])
    assert [r.num for r in rows] == nums
    assert rows[0].as_json()["status"] == "deployed"


def test_drive_events_read_like_the_label(ctx) -> None:  # type: ignore[no-untyped-def]
    a = assets.create_asset(ctx, {"tag": "FT-1"})
    drives.add_drive(
        ctx, a.id, {"serial": "S1", "kind": "nvme", "capacity_bytes": 1_024_000_000_000}
    )
    changes = {c.label: c.new for c in assets.asset_history(ctx, a.id)[0].changes}
    assert changes == {"Serial number": "S1", "Type": "NVMe", "Capacity": "1.02 TB"}

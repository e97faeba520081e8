"""The catalogue services (models, locations, people) on a real SQLite store."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.domain.errors import NotFound, ValidationError
from app.services import assets, catalog, queries
from app.services.context import Context
from app.store.tables import Event


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [str(p) for p in exc.value.problems]


def events(ctx: Context, entity_id: str) -> list[Event]:
    with ctx.reading() as session:
        return list(
            session.scalars(select(Event).where(Event.entity_id == entity_id).order_by(Event.seq))
        )


def event_count(ctx: Context) -> int:
    with ctx.reading() as session:
        return len(session.scalars(select(Event.id)).all())


def add_asset(ctx: Context, tag: str, **refs: Any) -> str:
    return assets.create_asset(ctx, {"tag": tag, **refs}).id


# ---------------------------------------------------------------------------------- models


def test_model_requires_manufacturer_and_model_and_lists_both(ctx: Context) -> None:
    with pytest.raises(ValidationError) as exc:
        catalog.create_model(ctx, {"manufacturer": "  ", "name": ""})
    assert problems(exc) == [
        "Manufacturer: is required (e.g. Dell, Lenovo, Apple)",
        "Model: is required (e.g. Latitude 5440)",
    ]
    assert catalog.list_models(ctx) == []
    assert event_count(ctx) == 0


def test_model_text_too_long_is_refused(ctx: Context) -> None:
    with pytest.raises(ValidationError) as exc:
        catalog.create_model(ctx, {"manufacturer": "Dell", "name": "x" * 201})
    assert problems(exc) == ["Model: is 201 characters long; at most 200 are allowed"]


def test_duplicate_model_is_refused_regardless_of_case(catalog_ctx: Any) -> None:
    ctx, _ids = catalog_ctx
    with pytest.raises(ValidationError) as exc:
        catalog.create_model(ctx, {"manufacturer": "dell", "name": "LATITUDE 5440"})
    assert problems(exc) == ["Model: dell LATITUDE 5440 already exists; edit that one instead"]
    assert len(catalog.list_models(ctx)) == 2


def test_renaming_a_model_onto_another_is_refused(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    with pytest.raises(ValidationError):
        catalog.update_model(ctx, ids["monitor"], {"name": "Latitude 5440"})
    # Saving a model under its own name (changed case) is fine.
    info = catalog.update_model(ctx, ids["laptop"], {"name": "latitude 5440"})
    assert info.name == "latitude 5440"


def test_model_update_journals_old_and_new_values(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    catalog.update_model(ctx, ids["laptop"], {"category": "Notebook", "holds_storage": True})
    created, updated = events(ctx, ids["laptop"])
    assert (created.entity, created.kind, created.actor) == ("model", "created", "tester")
    assert created.changes["name"] == [None, "Latitude 5440"]
    assert (updated.kind, updated.changes) == ("updated", {"category": ["Laptop", "Notebook"]})
    assert updated.seq > created.seq


def test_update_without_changes_writes_no_event(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    before = event_count(ctx)
    catalog.update_model(ctx, ids["laptop"], {"category": "Laptop"})
    catalog.update_person(ctx, ids["anna"], {"email": "anna@example.com"})
    assert event_count(ctx) == before


def test_list_models_counts_assets_and_categories(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    add_asset(ctx, "IT-1", model_id=ids["laptop"])
    add_asset(ctx, "IT-2", model_id=ids["laptop"])
    counts = {m.name: m.asset_count for m in catalog.list_models(ctx)}
    assert counts == {"Latitude 5440": 2, "P2422H": 0}
    assert catalog.list_categories(ctx) == ["Laptop", "Monitor"]


def test_delete_model_in_use_is_refused_then_allowed(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    asset_id = add_asset(ctx, "IT-1", model_id=ids["laptop"])
    with pytest.raises(ValidationError) as exc:
        catalog.delete_model(ctx, ids["laptop"])
    assert problems(exc) == [
        "Dell Latitude 5440 is still used by 1 asset(s); change those assets first"
    ]
    assets.update_asset(ctx, asset_id, {"model_id": ids["monitor"]})
    catalog.delete_model(ctx, ids["laptop"])
    assert [m.name for m in catalog.list_models(ctx)] == ["P2422H"]
    deleted = events(ctx, ids["laptop"])[-1]
    assert deleted.kind == "deleted"
    assert deleted.changes["name"] == ["Latitude 5440", None]
    assert deleted.changes["holds_storage"] == [True, None]


def test_unknown_ids_raise_not_found(ctx: Context) -> None:
    with pytest.raises(NotFound, match="no model"):
        catalog.update_model(ctx, "nope", {"name": "x"})
    with pytest.raises(NotFound, match="no location"):
        catalog.delete_location(ctx, "nope")
    with pytest.raises(NotFound, match="no person"):
        catalog.delete_person(ctx, "nope")


# ------------------------------------------------------------------------------- locations


def test_location_validation_lists_every_problem(ctx: Context) -> None:
    with pytest.raises(ValidationError) as exc:
        catalog.create_location(ctx, {"name": "", "kind": "cupboard"})
    assert problems(exc) == [
        "Name: is required",
        "Kind: 'cupboard' is not one of site, building, room, shelf",
    ]
    with pytest.raises(ValidationError) as exc:
        catalog.create_location(ctx, {"name": "A > B", "kind": "site"})
    assert problems(exc) == ["Name: cannot contain '>' (it separates levels of the path)"]


def test_duplicate_location_name_refused_at_same_level_only(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    with pytest.raises(ValidationError) as exc:
        catalog.create_location(
            ctx, {"name": "building b", "kind": "building", "parent_id": ids["site"]}
        )
    assert problems(exc) == ["Name: Berlin HQ > Building B already exists at this level"]
    with pytest.raises(ValidationError):
        catalog.create_location(ctx, {"name": "BERLIN HQ", "kind": "site"})
    # The same name one level down (or under another parent) is another place.
    other = catalog.create_location(
        ctx, {"name": "Building B", "kind": "room", "parent_id": ids["building"]}
    )
    assert other.path == "Berlin HQ > Building B > Building B"


def test_locations_list_in_tree_order_with_paths(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    add_asset(ctx, "IT-1", location_id=ids["shelf"])
    locs = catalog.list_locations(ctx)
    assert [(loc.path, loc.depth, loc.asset_count) for loc in locs] == [
        ("Berlin HQ", 0, 0),
        ("Berlin HQ > Building B", 1, 0),
        ("Berlin HQ > Building B > 2.14", 2, 0),
        ("Berlin HQ > Building B > 2.14 > Shelf A", 3, 1),
    ]
    positions = {loc.id: i for i, loc in enumerate(locs)}
    for loc in locs:
        if loc.parent_id is not None:
            assert positions[loc.parent_id] < positions[loc.id]


def test_moving_a_location_repaths_its_subtree_and_search_follows(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    add_asset(ctx, "IT-1", location_id=ids["shelf"])
    annex = catalog.create_location(
        ctx, {"name": "Annex", "kind": "building", "parent_id": ids["site"]}
    )
    assert queries.search_assets(ctx, "Annex") == []

    moved = catalog.update_location(ctx, ids["room"], {"parent_id": annex.id})

    assert moved.path == "Berlin HQ > Annex > 2.14"
    paths = {loc.id: loc.path for loc in catalog.list_locations(ctx)}
    assert paths[ids["shelf"]] == "Berlin HQ > Annex > 2.14 > Shelf A"
    found = queries.search_assets(ctx, "Annex")
    assert [(r.tag, r.location) for r in found] == [("IT-1", "Berlin HQ > Annex > 2.14 > Shelf A")]
    assert queries.search_assets(ctx, "Building B") == []
    event = events(ctx, ids["room"])[-1]
    assert (event.kind, event.changes) == ("updated", {"parent_id": [ids["building"], annex.id]})


def test_renaming_a_site_repaths_everything_below(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    catalog.update_location(ctx, ids["site"], {"name": "Berlin Mitte"})
    paths = sorted(loc.path for loc in catalog.list_locations(ctx))
    assert paths == [
        "Berlin Mitte",
        "Berlin Mitte > Building B",
        "Berlin Mitte > Building B > 2.14",
        "Berlin Mitte > Building B > 2.14 > Shelf A",
    ]


def test_moving_to_top_level(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    moved = catalog.update_location(ctx, ids["room"], {"parent_id": None})
    assert (moved.parent_id, moved.path) == (None, "2.14")
    paths = {loc.id: loc.path for loc in catalog.list_locations(ctx)}
    assert paths[ids["shelf"]] == "2.14 > Shelf A"


@pytest.mark.parametrize("target", ["site", "building", "shelf"])
def test_location_cannot_move_into_itself_or_below(catalog_ctx: Any, target: str) -> None:
    ctx, ids = catalog_ctx
    before = event_count(ctx)
    with pytest.raises(ValidationError) as exc:
        catalog.update_location(ctx, ids["site" if target != "shelf" else "building"], {
            "parent_id": ids[target]
        })  # fmt: skip
    assert problems(exc) == ["Parent: a location cannot be inside itself or its own sub-locations"]
    assert event_count(ctx) == before
    assert catalog.list_locations(ctx)[0].path == "Berlin HQ"


def test_delete_location_refused_with_children_or_assets(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    with pytest.raises(ValidationError) as exc:
        catalog.delete_location(ctx, ids["room"])
    assert problems(exc) == [
        "Location: Berlin HQ > Building B > 2.14 has 1 sub-location(s); move or delete them first"
    ]
    add_asset(ctx, "IT-1", location_id=ids["shelf"])
    with pytest.raises(ValidationError) as exc:
        catalog.delete_location(ctx, ids["shelf"])
    assert problems(exc) == [
        "Berlin HQ > Building B > 2.14 > Shelf A is still used by 1 asset(s); "
        "change those assets first"
    ]
    assert len(catalog.list_locations(ctx)) == 4


def test_delete_location_journals_its_values(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    catalog.delete_location(ctx, ids["shelf"])
    deleted = events(ctx, ids["shelf"])[-1]
    assert deleted.kind == "deleted"
    assert deleted.changes["name"] == ["Shelf A", None]
    assert deleted.changes["parent_id"] == [ids["room"], None]


# ---------------------------------------------------------------------------------- people


def test_person_email_must_look_like_an_email(ctx: Context) -> None:
    with pytest.raises(ValidationError) as exc:
        catalog.create_person(ctx, {"name": "", "email": "anna at example"})
    assert problems(exc) == [
        "Name: is required",
        "Email: 'anna at example' is not an email address",
    ]
    assert catalog.list_people(ctx) == []


def test_person_email_and_employee_number_are_unique(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    with pytest.raises(ValidationError) as exc:
        catalog.create_person(ctx, {"name": "Anna S.", "email": "ANNA@example.com"})
    assert problems(exc) == ["Email: ANNA@example.com already belongs to Anna Schmidt"]
    catalog.update_person(ctx, ids["anna"], {"employee_no": "E-1"})
    with pytest.raises(ValidationError) as exc:
        catalog.update_person(ctx, ids["jurgen"], {"employee_no": "e-1"})
    assert problems(exc) == ["Employee number: e-1 already belongs to Anna Schmidt"]
    # People without email or number do not collide with each other.
    catalog.create_person(ctx, {"name": "Temp 1"})
    catalog.create_person(ctx, {"name": "Temp 2"})


def test_inactive_people_are_listed_only_on_request(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    catalog.update_person(ctx, ids["jurgen"], {"active": False})
    assert [p.name for p in catalog.list_people(ctx, include_inactive=False)] == ["Anna Schmidt"]
    everyone = catalog.list_people(ctx)
    assert [(p.name, p.active) for p in everyone] == [
        ("Anna Schmidt", True),
        ("Jürgen Müller", False),
    ]
    event = events(ctx, ids["jurgen"])[-1]
    assert event.changes == {"active": [True, False]}


def test_delete_person_with_assets_is_refused(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    add_asset(ctx, "IT-1", assignee_id=ids["anna"])
    add_asset(ctx, "IT-2", assignee_id=ids["anna"])
    with pytest.raises(ValidationError) as exc:
        catalog.delete_person(ctx, ids["anna"])
    assert problems(exc) == ["Anna Schmidt is still used by 2 asset(s); change those assets first"]
    assert {p.name: p.asset_count for p in catalog.list_people(ctx)}["Anna Schmidt"] == 2
    catalog.delete_person(ctx, ids["jurgen"])
    assert events(ctx, ids["jurgen"])[-1].changes["email"] == ["jm@example.com", None]


def test_every_catalogue_change_appends_one_event(ctx: Context) -> None:
    start = event_count(ctx)
    model = catalog.create_model(ctx, {"manufacturer": "HP", "name": "EliteBook 840"})
    site = catalog.create_location(ctx, {"name": "Depot", "kind": "site"})
    person = catalog.create_person(ctx, {"name": "Kim Lee"})
    catalog.update_model(ctx, model.id, {"notes": "15 inch"})
    catalog.update_location(ctx, site.id, {"code": "DEP"})
    catalog.update_person(ctx, person.id, {"department": "IT"})
    catalog.delete_model(ctx, model.id)
    catalog.delete_location(ctx, site.id)
    catalog.delete_person(ctx, person.id)
    with ctx.reading() as session:
        rows = session.scalars(select(Event).order_by(Event.seq)).all()[start:]
    assert [(e.entity, e.kind) for e in rows] == [
        ("model", "created"),
        ("location", "created"),
        ("person", "created"),
        ("model", "updated"),
        ("location", "updated"),
        ("person", "updated"),
        ("model", "deleted"),
        ("location", "deleted"),
        ("person", "deleted"),
    ]
    assert rows[3].changes == {"notes": ["", "15 inch"]}
    assert rows[4].changes == {"code": ["", "DEP"]}
    assert rows[5].changes == {"department": ["", "IT"]}
    assert all(e.actor == "tester" and e.hlc > 0 for e in rows)
    seqs = [e.seq for e in rows]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)

"""Shared fixtures. Every test gets its own FIELDTAG_HOME (settings, logs, default database)
and, where it asks for one, a fresh store on a real SQLite file upgraded by Alembic."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("FIELDTAG_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow stress test: run with FIELDTAG_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def fieldtag_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FIELDTAG_HOME", str(home))
    # tests are silent (the beeper still records what it would play), and type with
    # qtbot.keyClicks at machine speed, which the keyboard-wedge filter would take for a
    # scanner: the tests of the filter (tests/ui/test_wedge.py, test_scanning_gui.py)
    # switch it on themselves
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(
        '{"scan_sound": false, "wedge_enabled": false}', encoding="utf-8"
    )
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldtag.sqlite"


@pytest.fixture
def ctx(db_path: Path) -> Iterator[Context]:  # noqa: F821
    """A Context on a fresh store (real SQLite file, migrated to head), acting as 'tester'."""
    from app.services.context import Context
    from app.store.database import open_store

    store = open_store(db_path, device_name="test-device")
    yield Context(store, "tester")
    store.close()


@pytest.fixture
def catalog_ctx(ctx):  # type: ignore[no-untyped-def]
    """`ctx` with a small catalogue: two models, a location tree and two people.
    Returns (ctx, ids) where ids maps short names to entity ids."""
    from app.services import catalog

    laptop = catalog.create_model(
        ctx,
        {
            "manufacturer": "Dell",
            "name": "Latitude 5440",
            "category": "Laptop",
            "holds_storage": True,
        },
    )
    monitor = catalog.create_model(
        ctx,
        {"manufacturer": "Dell", "name": "P2422H", "category": "Monitor", "holds_storage": False},
    )
    site = catalog.create_location(ctx, {"name": "Berlin HQ", "kind": "site"})
    building = catalog.create_location(
        ctx, {"name": "Building B", "kind": "building", "parent_id": site.id}
    )
    room = catalog.create_location(ctx, {"name": "2.14", "kind": "room", "parent_id": building.id})
    shelf = catalog.create_location(ctx, {"name": "Shelf A", "kind": "shelf", "parent_id": room.id})
    anna = catalog.create_person(ctx, {"name": "Anna Schmidt", "email": "anna@example.com"})
    jurgen = catalog.create_person(ctx, {"name": "Jürgen Müller", "email": "jm@example.com"})
    ids = {
        "laptop": laptop.id, "monitor": monitor.id, "site": site.id, "building": building.id,
        "room": room.id, "shelf": shelf.id, "anna": anna.id, "jurgen": jurgen.id,
    }  # fmt: skip
    return ctx, ids

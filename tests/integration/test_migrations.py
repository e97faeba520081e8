"""Migrations: the app's head revision, the schema they build, and upgrading old stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.services.context import Context
from app.services.queries import search_assets
from app.store.database import open_store
from app.store.engine import make_engine
from app.store.migrate import alembic_config, head_revision, upgrade
from app.store.schema import HEAD_REVISION
from app.store.tables import Base


def test_head_revision_constant_matches_the_migrations() -> None:
    assert head_revision() == HEAD_REVISION
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, "migrations must not branch"


def test_migrations_build_exactly_the_tables_of_the_code(db_path: Path) -> None:
    store = open_store(db_path)
    with store.engine.connect() as conn:
        mc = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda obj, name, type_, *_: (
                    not (type_ == "table" and name.startswith("asset_fts"))
                )
            },
        )
        diff = compare_metadata(mc, Base.metadata)
    assert diff == []
    store.close()


def first_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    return list(script.walk_revisions())[-1].revision


def test_upgrade_from_the_first_migration_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade(engine, first_revision())
    engine.dispose()
    # Data written by a Fieldtag at the first schema.
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        INSERT INTO devices VALUES ('dev-1', 'old laptop', 1, 3, 0, '2024-01-01 00:00:00');
        INSERT INTO asset_models (id, manufacturer, name, category, model_number, holds_storage,
            notes, created_at, updated_at)
            VALUES ('m1', 'Lenovo', 'ThinkPad T14', 'Laptop', '', 1, '', '2024-01-01', '2024-01-01');
        INSERT INTO locations (id, parent_id, name, kind, code, notes, path, created_at, updated_at)
            VALUES ('l1', NULL, 'Warehouse', 'site', '', '', 'Warehouse', '2024-01-01', '2024-01-01');
        INSERT INTO assets (id, tag, name, serial, model_id, status, location_id, assignee_id,
            supplier, order_number, notes, custom, created_at, updated_at)
            VALUES ('a1', 'OLD-001', 'Spare laptop', 'PF3ABC12', 'm1', 'in_stock', 'l1', NULL,
            '', '', 'kept for loaners', '{}', '2024-01-01', '2024-01-01');
        INSERT INTO events (id, device_id, seq, hlc, actor, entity, entity_id, asset_id, kind,
            changes, data, recorded_at)
            VALUES ('e1', 'dev-1', 1, 1, 'ann', 'asset', 'a1', 'a1', 'created', '{}', '{}',
            '2024-01-01');
        """
    )
    conn.commit()
    conn.close()

    store = open_store(path)
    backups = list((tmp_path / "backups").glob("old.*.sqlite"))
    assert len(backups) == 1, "an old store is backed up before it is upgraded"
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first_revision()
    copy.close()

    ctx = Context(store, "tester")
    with store.engine.connect() as c:
        assert (
            c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
        )
        assert c.exec_driver_sql("SELECT device_id FROM events").scalar() == "dev-1"
    assert store.device_id == "dev-1"
    # The search index built by a later migration covers the rows that were already there.
    for query in ("OLD-001", "thinkpad", "warehouse", "loaners", "PF3A"):
        assert [r.tag for r in search_assets(ctx, query)] == ["OLD-001"], query
    store.close()


def test_current_store_opens_without_a_backup(db_path: Path) -> None:
    open_store(db_path).close()
    open_store(db_path).close()
    assert not (db_path.parent / "backups").exists()


def test_search_index_keeps_its_triggers_through_the_prefix_rebuild(db_path: Path) -> None:
    from app.services import assets, catalog

    store = open_store(db_path)
    with store.engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'asset_fts'"
        ).scalar()
        triggers = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%asset_fts%'"
        ).scalar()
        leftovers = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'asset_fts_old%'"
        ).scalar()
    assert "prefix = '1 2 3 4'" in str(sql)
    assert triggers == 6 and leftovers == 0
    ctx = Context(store, "tester")
    person = catalog.create_person(ctx, {"name": "Zoë Quint"})
    a = assets.create_asset(ctx, {"tag": "Q-1", "status": "deployed", "assignee_id": person.id})
    assert [r.tag for r in search_assets(ctx, "Q")] == ["Q-1"]  # one letter: the new prefix
    catalog.update_person(ctx, person.id, {"name": "Zoe Xavier"})  # the people trigger
    assert [r.tag for r in search_assets(ctx, "xav")] == ["Q-1"]
    assert search_assets(ctx, "quint") == []
    assert a.tag == "Q-1"
    store.close()

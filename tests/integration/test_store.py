"""The store on real SQLite files: opening, refusing bad files, backups, disk trouble."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.domain.errors import StoreError
from app.services import assets
from app.services.context import Context
from app.store.database import backup_database, integrity_ok, open_store
from app.store.schema import HEAD_REVISION
from app.store.tables import Asset, Event


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT count(*) FROM assets").fetchone()[0],
            conn.execute("SELECT count(*) FROM events").fetchone()[0],
        )
    finally:
        conn.close()


def test_new_store_has_pragmas_schema_and_a_local_device(db_path: Path) -> None:
    store = open_store(db_path, device_name="bench-3")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert (
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            == HEAD_REVISION
        )
        name = conn.exec_driver_sql("SELECT name FROM devices WHERE is_local").scalar()
    assert name == "bench-3"
    assert integrity_ok(store)
    store.close()
    # opening again keeps the same device identity
    again = open_store(db_path)
    assert again.device_id == store.device_id
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"my shopping list\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite file"):
        open_store(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        open_store(path)
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.close()
    assert tables == ["recipes"]


def test_a_database_from_a_newer_version_is_refused_unchanged(ctx: Context) -> None:
    assets.create_asset(ctx, {"tag": "FT-1"})
    path = ctx.store.path
    ctx.store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of Fieldtag"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_read_only_database_is_reported(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ctx.store.path
    ctx.store.close()
    # Tests run as root, who may write anything: simulate the permission check's answer.
    monkeypatch.setattr("app.store.database.os.access", lambda *_a, **_k: False)
    with pytest.raises(StoreError, match="read-only"):
        open_store(path)


def test_writing_to_a_read_only_connection_is_explained(ctx: Context) -> None:
    from app.store.engine import make_engine

    assets.create_asset(ctx, {"tag": "FT-1"})
    ro = make_engine(ctx.store.path, read_only=True)
    from app.store.database import Store

    ro_ctx = Context(Store(ctx.store.path, ro, ctx.store.device_id), "tester")
    with pytest.raises(StoreError, match="read-only; nothing was saved"):
        assets.create_asset(ro_ctx, {"tag": "FT-2"})
    ro.dispose()
    assert counts(ctx.store.path) == (1, 1)


def test_full_disk_saves_nothing_and_says_so(ctx: Context) -> None:
    assets.create_asset(ctx, {"tag": "FT-1"})
    before = counts(ctx.store.path)
    with ctx.store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    from sqlalchemy import event

    @event.listens_for(ctx.store.engine, "connect")
    def _limit(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    ctx.store.engine.dispose()  # new connections get the limit: the "disk" is now full
    with pytest.raises(StoreError, match="full; nothing was saved"):
        assets.create_asset(ctx, {"tag": "FT-2", "notes": "x" * 19_000})
    assert counts(ctx.store.path) == before


def test_backup_is_a_consistent_copy(ctx: Context, tmp_path: Path) -> None:
    for i in range(5):
        assets.create_asset(ctx, {"tag": f"FT-{i}"})
    copy = backup_database(ctx.store.path)
    assert copy.parent == ctx.store.path.parent / "backups"
    assert counts(copy) == (5, 5)
    second = backup_database(ctx.store.path)
    assert second != copy and second.exists()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_backup_of_a_missing_database_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        backup_database(tmp_path / "nope.sqlite")


def test_journal_sequence_and_clock(ctx: Context) -> None:
    for i in range(20):
        assets.create_asset(ctx, {"tag": f"FT-{i}"})
    with ctx.reading() as session:
        events = session.scalars(select(Event).order_by(Event.seq)).all()
        assert [e.seq for e in events] == list(range(1, 21))
        hlcs = [e.hlc for e in events]
        assert hlcs == sorted(hlcs) and len(set(hlcs)) == 20
        assert {e.device_id for e in events} == {ctx.store.device_id}
        assert all(e.id[14] == "7" for e in events)  # UUID version 7
        assert {e.actor for e in events} == {"tester"}


def test_failed_action_leaves_no_event_and_no_sequence_gap(ctx: Context) -> None:
    from app.domain.errors import ValidationError

    assets.create_asset(ctx, {"tag": "FT-1"})
    with pytest.raises(ValidationError):
        assets.create_asset(ctx, {"tag": "FT-1"})
    assets.create_asset(ctx, {"tag": "FT-2"})
    with ctx.reading() as session:
        seqs = session.scalars(select(Event.seq).order_by(Event.seq)).all()
        assert seqs == [1, 2]
        assert session.scalar(select(func.count()).select_from(Asset)) == 2


def test_the_clock_survives_a_restart(ctx: Context) -> None:
    assets.create_asset(ctx, {"tag": "FT-1"})
    path = ctx.store.path
    with ctx.reading() as session:
        last = session.scalar(select(func.max(Event.hlc)))
    ctx.store.close()
    store = open_store(path)
    later = Context(store, "tester")
    # Pretend the wall clock went back an hour: the stored HLC still orders later events.
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE devices SET hlc_last = hlc_last + (3600000 << 16)"))
    assets.create_asset(later, {"tag": "FT-2"})
    with later.reading() as session:
        newest = session.scalar(select(func.max(Event.hlc)))
    assert newest is not None and last is not None and newest > last + (3_600_000 << 16)
    store.close()


def test_events_in_bulk_continue_sequence_and_clock(ctx: Context) -> None:
    import json

    from app.domain.hlc import LOGICAL_MASK, logical, wall_ms
    from app.store.journal import UnitOfWork

    assets.create_asset(ctx, {"tag": "FT-1"})
    with UnitOfWork(ctx.store, "importer") as uow:
        # ahead of the wall clock, two logical ticks before the counter carries
        uow.clock.last = ((uow.clock.last + (10_000 << 16)) | LOGICAL_MASK) - 2
        uow.event("person", "p-1", "created", {"name": [None, "Ann"]})
        rows = uow.events_bulk(
            "asset",
            "created",
            [(f"a-{i}", f"a-{i}", json.dumps({"n": [None, i]})) for i in range(3)],
            data_json=json.dumps({"source": "import x.csv"}),
        )
        assert [r[2] for r in rows] == [3, 4, 5]
        uow.event("asset", "a-0", "updated", {"n": [0, 1]}, asset_id="a-0")
        uow.commit()
    with ctx.reading() as session:
        events = session.scalars(select(Event).order_by(Event.seq)).all()
    assert [e.seq for e in events] == [1, 2, 3, 4, 5, 6]
    hlcs = [e.hlc for e in events]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == 6
    # within the bulk, the logical counter carried into the next millisecond
    assert logical(hlcs[2]) == LOGICAL_MASK and logical(hlcs[3]) == 0
    assert wall_ms(hlcs[3]) == wall_ms(hlcs[2]) + 1
    bulk = events[2:5]
    assert [(e.entity_id, e.asset_id, e.kind, e.changes, e.data) for e in bulk] == [
        (f"a-{i}", f"a-{i}", "created", {"n": [None, i]}, {"source": "import x.csv"})
        for i in range(3)
    ]
    assert {e.actor for e in bulk} == {"importer"}
    assert len({e.id for e in events}) == 6 and all(e.id[14] == "7" for e in bulk)
    assert all(e.recorded_at == bulk[0].recorded_at for e in bulk)


@pytest.mark.parametrize("stored", [0, 3])
def test_bulk_load_indexes_like_the_triggers(ctx: Context, stored: int) -> None:
    from app.store.bulk import bulk_load
    from app.store.journal import UnitOfWork

    def schema() -> list[tuple[str, str]]:
        with ctx.store.engine.connect() as conn:
            return sorted(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master").all())

    for i in range(stored):
        assets.create_asset(ctx, {"tag": f"OLD-{i}", "notes": "kept as it was"})
    before = schema()
    insert = (
        "INSERT INTO assets (id, tag, name, serial, status, supplier, order_number, notes, "
        "custom, created_at, updated_at) VALUES (?, ?, '', ?, 'in_stock', '', '', ?, '{}', "
        "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
    )
    with UnitOfWork(ctx.store, "tester") as uow:
        conn = uow.session.connection()
        with bulk_load(conn, rows=2):
            dropped = stored <= 2  # rows >= assets already stored
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
            assert ("ix_assets_serial" not in names) == dropped
            assert "asset_fts_ai" not in names and "ux_assets_tag" in names
            conn.exec_driver_sql(insert, [(f"id-{i}", f"NEW-{i}", f"SN{i}", "bulk loaded note")
                                          for i in range(2)])  # fmt: skip
        uow.commit()
    assert schema() == before
    with ctx.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        fts = conn.exec_driver_sql("SELECT rowid, tag, notes FROM asset_fts ORDER BY rowid")
        expected = conn.exec_driver_sql("SELECT num, tag, notes FROM assets ORDER BY num")
        assert fts.all() == expected.all()
        hits = conn.exec_driver_sql("SELECT count(*) FROM asset_fts WHERE asset_fts MATCH 'bulk*'")
        assert hits.scalar() == 2

"""The import writes a chunk on a writer thread while it checks the next: a problem found
late, or a failing write, still leaves the store exactly as it was."""

from __future__ import annotations

import csv
import itertools
import json
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, func, select, text

from app.domain.errors import ValidationError
from app.services import transfer
from app.services.context import Context
from app.services.transfer import import_csv
from app.store import bulk
from app.store.errors import StoreError
from app.store.tables import Asset, AssetModel, Event, Location, Person

HEADER = ["Asset Tag", "Item Name", "Model name", "Manufacturer", "Category", "Location",
          "Full Name", "Purchase Date", "Status"]  # fmt: skip


def make_csv(path: Path, rows: int, *, start: int = 0, **override: dict[str, str]) -> Path:
    """`rows` valid assets; `override` maps 'line<N>' to cells replaced on that line."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for n in range(start, start + rows):
            cells = {
                "Asset Tag": f"T-{n:05d}",
                "Item Name": f"Laptop {n}",
                "Model name": f"Latitude {n % 7}",
                "Manufacturer": "Dell",
                "Category": "Laptop",
                "Location": f"Site {n % 3} > Building A > {n % 11}.01",
                "Full Name": f"Person {n % 40}" if n % 2 else "",
                "Purchase Date": "2024-01-15",
                "Status": "Ready to Deploy",
            }
            cells.update(override.get(f"line{n - start + 2}", {}))
            out.writerow([cells[h] for h in HEADER])
    return path


def snapshot(ctx: Context) -> dict[str, Any]:
    """Counts, the search index's contents, triggers and indexes."""
    with ctx.reading() as session:
        counts = {
            table.__tablename__: session.scalar(select(func.count()).select_from(table))
            for table in (Asset, Event, AssetModel, Location, Person)
        }
        fts = session.execute(text("SELECT rowid, * FROM asset_fts ORDER BY rowid")).all()
        schema = session.execute(
            text("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        ).all()
        device = session.execute(text("SELECT next_seq, hlc_last FROM devices")).all()
    return {"counts": counts, "fts": fts, "schema": schema, "device": device}


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transfer, "_CHUNK", 50)


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of assets of each insert the writer thread ran."""
    done: list[int] = []
    insert = bulk.insert_rows

    def counting(conn: Connection, table: str, columns: Any, rows: Any) -> None:
        insert(conn, table, columns, rows)
        if table == "assets":
            done.append(len(rows))

    monkeypatch.setattr(transfer, "insert_rows", counting)
    return done


@pytest.mark.usefixtures("small_chunks")
def test_chunked_import_matches_a_whole_file(ctx: Context, tmp_path: Path) -> None:
    result = import_csv(ctx, make_csv(tmp_path / "a.csv", 230))
    assert result.imported == 230
    with ctx.reading() as session:
        seqs = session.scalars(select(Event.seq).order_by(Event.seq)).all()
        hlcs = session.scalars(select(Event.hlc).order_by(Event.seq)).all()
        created = session.scalars(
            select(Event.data).where(Event.entity == "asset", Event.kind == "created")
        ).all()
        fts = session.scalar(text("SELECT count(*) FROM asset_fts WHERE asset_fts MATCH 'T'"))
        hits = session.scalar(
            text("SELECT count(*) FROM asset_fts WHERE asset_fts MATCH '\"Person 39\"'")
        )
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert all(a < b for a, b in itertools.pairwise(hlcs))
    assert len(created) == 230
    assert all(d == {"source": "import a.csv"} for d in created)
    assert result.created_people == 20  # odd rows name one of 20 people
    assert len(seqs) == 230 + result.created_models + result.created_locations + 20
    assert fts is not None
    assert hits == len([n for n in range(230) if n % 40 == 39])


@pytest.mark.usefixtures("small_chunks")
def test_a_person_is_named_as_last_written(ctx: Context, tmp_path: Path) -> None:
    path = make_csv(
        tmp_path / "a.csv",
        200,
        line3={"Full Name": "anna berg"},
        line190={"Full Name": "Anna Berg"},
    )
    import_csv(ctx, path)
    with ctx.reading() as session:
        names = session.scalars(select(Person.name).where(Person.name.ilike("anna berg"))).all()
        event = session.scalars(
            select(Event.changes).where(Event.entity == "person", Event.kind == "created")
        ).all()
        hits = session.scalar(
            text("SELECT count(*) FROM asset_fts WHERE asset_fts MATCH '\"Anna Berg\"'")
        )
    assert names == ["Anna Berg"]
    assert {"name": [None, "Anna Berg"]}.items() <= next(
        e for e in event if e["name"][1].lower() == "anna berg"
    ).items()
    assert hits == 2


@pytest.mark.usefixtures("small_chunks")
def test_a_problem_in_a_late_chunk_imports_nothing(
    ctx: Context, tmp_path: Path, written: list[int]
) -> None:
    import_csv(ctx, make_csv(tmp_path / "first.csv", 30, start=90_000))
    before = snapshot(ctx)
    threads = threading.active_count()
    written.clear()
    path = make_csv(
        tmp_path / "b.csv", 400, line380={"Purchase Date": "someday"}, line395={"Status": "?"}
    )
    with pytest.raises(ValidationError) as info:
        import_csv(ctx, path)
    assert sum(written) >= 200  # earlier chunks were written before the problem was found
    assert [p.line for p in info.value.problems] == [380, 395]
    assert snapshot(ctx) == before
    assert threading.active_count() == threads


@pytest.mark.usefixtures("small_chunks")
def test_a_tag_repeated_in_a_late_chunk_or_in_the_store(
    ctx: Context, tmp_path: Path, written: list[int]
) -> None:
    import_csv(ctx, make_csv(tmp_path / "first.csv", 5, start=90_000))
    before = snapshot(ctx)
    written.clear()
    path = make_csv(
        tmp_path / "b.csv",
        300,
        line290={"Asset Tag": "t-00003"},
        line291={"Asset Tag": "T-90002"},
    )
    with pytest.raises(ValidationError) as info:
        import_csv(ctx, path)
    assert sum(written) >= 150
    messages = [(p.line, p.message) for p in info.value.problems]
    assert messages[0][0] == 5 and "lines 5, 290" in messages[0][1]
    assert messages[1][0] == 290 and "lines 5, 290" in messages[1][1]
    assert len(messages) == 2  # the store's tags are checked once the file is valid
    assert snapshot(ctx) == before
    path = make_csv(tmp_path / "c.csv", 300, line291={"Asset Tag": "T-90002"})
    with pytest.raises(ValidationError) as info:
        import_csv(ctx, path)
    assert [p.line for p in info.value.problems] == [291]
    assert "already used" in info.value.problems[0].message
    assert snapshot(ctx) == before


@pytest.mark.usefixtures("small_chunks")
def test_a_failing_writer_imports_nothing_and_ends(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: list[int]
) -> None:
    import_csv(ctx, make_csv(tmp_path / "first.csv", 30, start=90_000))
    before = snapshot(ctx)
    threads = threading.active_count()
    load = transfer.bulk_load

    @contextmanager
    def cramped(conn: Connection, **kwargs: Any) -> Iterator[Any]:
        # the database may grow by a few pages only: a full disk, part way through
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        limit = conn.exec_driver_sql("PRAGMA max_page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {int(pages or 0) + 40}")
        try:
            with load(conn, **kwargs) as loading:
                yield loading
        finally:
            conn.exec_driver_sql(f"PRAGMA max_page_count = {int(limit or 0)}")

    monkeypatch.setattr(transfer, "bulk_load", cramped)
    with pytest.raises(StoreError) as info:
        import_csv(ctx, make_csv(tmp_path / "b.csv", 2000, start=0))
    assert "full" in str(info.value)
    assert threading.active_count() == threads
    assert snapshot(ctx) == before
    monkeypatch.setattr(transfer, "bulk_load", load)
    assert import_csv(ctx, make_csv(tmp_path / "c.csv", 120)).imported == 120


def test_the_automatic_checkpoint_is_back_after_an_import(ctx: Context, tmp_path: Path) -> None:
    import_csv(ctx, make_csv(tmp_path / "a.csv", 20))
    with ctx.unit_of_work() as uow:
        value = uow.session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    assert value == 1000
    assert json.dumps(snapshot(ctx)["counts"])


def test_the_thread_switch_interval_is_back_after_an_import(ctx: Context, tmp_path: Path) -> None:
    before = sys.getswitchinterval()
    import_csv(ctx, make_csv(tmp_path / "a.csv", 20))
    assert sys.getswitchinterval() == before
    with pytest.raises(ValidationError):
        import_csv(ctx, make_csv(tmp_path / "b.csv", 20, line5={"Status": "?"}))
    assert sys.getswitchinterval() == before

"""The first page read with plain sqlite3 at start-up equals what the services return, and
any store that is not ready as it is goes the usual way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.services.context import Context
from app.services.demo import generate_demo
from app.services.filters import AssetFilter
from app.services.queries import asset_ids, asset_rows
from app.services.startup import first_page


def test_first_page_equals_the_services_rows(ctx: Context) -> None:
    generate_demo(ctx, 120, seed=3)
    expected = asset_rows(ctx, asset_ids(ctx, AssetFilter(), limit=50))
    assert first_page(ctx.store.path, 50) == expected
    assert first_page(ctx.store.path, 1000) == asset_rows(ctx, asset_ids(ctx, AssetFilter()))


def test_stores_that_are_not_ready_go_the_usual_way(tmp_path: Path, ctx: Context) -> None:
    assert first_page(tmp_path / "missing.sqlite", 10) is None
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    assert first_page(text, 10) is None
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    assert first_page(other, 10) is None
    assert first_page(tmp_path, 10) is None  # a folder
    path = ctx.store.path
    assert first_page(path, 10) == []  # ready, and empty
    ctx.store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.commit()
    conn.close()
    assert first_page(path, 10) is None  # needs an upgrade (with its backup)


@pytest.mark.parametrize("revision", ["9999"])
def test_a_newer_store_goes_the_usual_way(ctx: Context, revision: str) -> None:
    path = ctx.store.path
    ctx.store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()
    assert first_page(path, 10) is None

"""`fieldtag conflicts` as a person or a script runs it: list (plain and JSON), show, settle
(a new tag; the other state), settling twice refused with a clear message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conflict_data import make_conflicts
from tests.e2e.cli import fieldtag


@pytest.fixture
def store(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    from app.services.context import Context
    from app.store.database import open_store

    db = tmp_path / "store.sqlite"
    s = open_store(db, device_name="bench-2")
    ids = make_conflicts(Context(s, "setup"))
    s.close()
    return db, ids


def test_list_show_settle(store: tuple[Path, dict[str, Any]]) -> None:
    db, ids = store
    r = fieldtag("conflicts", "list", "--db", db)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and all("\topen\t" in line for line in lines)
    assert any(ids["tag"] in line and "IT-500" in line for line in lines)
    r = fieldtag("conflicts", "list", "--db", db, "--json")
    listed = json.loads(r.stdout)
    assert {c["kind"] for c in listed} == {"tag", "transition"}
    assert all(c["choices"] for c in listed)

    r = fieldtag("conflicts", "show", "--db", db, ids["transition"][:8])
    assert r.returncode == 0, r.stderr
    assert "bench-5: tester moved it from in_stock to in_maintenance" in r.stdout
    assert "--choice other --state ..." in r.stdout

    r = fieldtag("conflicts", "settle", "--db", db, ids["tag"], "--choice", "retag",
                 "--tag", "IT-00012")  # fmt: skip
    assert r.returncode == 1
    assert "IT-00012 is already used by another asset" in r.stderr and "nothing" in r.stderr
    r = fieldtag("conflicts", "settle", "--db", db, ids["tag"], "--choice", "retag",
                 "--tag", "IT-501", "--note", "new label on it")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "IT-500~2 replaced by IT-501" in r.stdout and "--tags IT-501" in r.stderr
    r = fieldtag("conflicts", "settle", "--db", db, ids["transition"], "--choice", "other")
    assert r.returncode == 0, r.stderr
    assert "set to Deployed" in r.stdout

    r = fieldtag("conflicts", "settle", "--db", db, ids["tag"], "--choice", "keep")
    assert r.returncode == 1
    assert (
        "already settled by " in r.stderr
        and " on bench-2 (" in r.stderr
        and "Nothing was changed" in r.stderr
    )
    r = fieldtag("conflicts", "list", "--db", db)
    assert r.stdout == "" and "no open conflicts" in r.stderr
    r = fieldtag("conflicts", "list", "--db", db, "--settled", "--json")
    settled = {c["id"]: c for c in json.loads(r.stdout)}
    assert settled[ids["tag"]]["note"] == "new label on it"


def test_unknown_conflict_and_choice(store: tuple[Path, dict[str, Any]]) -> None:
    db, ids = store
    r = fieldtag("conflicts", "show", "--db", db, "nope-nope")
    assert r.returncode == 1 and "There is no conflict with id nope-nope" in r.stderr
    r = fieldtag("conflicts", "settle", "--db", db, ids["tag"], "--choice", "delete")
    assert r.returncode == 1 and "choose one of keep, swap, retag" in r.stderr

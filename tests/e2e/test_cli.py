"""The command line as a person (or a script) uses it: `python -m app ...` in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from app import __version__
from tests.e2e.cli import fieldtag

COMMANDS = [
    [],
    ["demo"],
    ["import"],
    ["export"],
    ["search"],
    ["db"],
    ["db", "upgrade"],
    ["db", "backup"],
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    db = tmp_path_factory.mktemp("db") / "demo.sqlite"
    old = os.environ.get("FIELDTAG_HOME")
    os.environ["FIELDTAG_HOME"] = str(home)
    try:
        result = fieldtag("demo", "--db", db, "--assets", "50")
    finally:
        if old is None:
            del os.environ["FIELDTAG_HOME"]
        else:
            os.environ["FIELDTAG_HOME"] = old
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("demo data: 50 assets")
    return db


def counts(db: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return tuple(  # type: ignore[return-value]
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("assets", "events", "people")
        )
    finally:
        con.close()


def search(db: Path, *query: str, limit: int = 5) -> list[dict[str, object]]:
    result = fieldtag("search", "--db", db, "--limit", str(limit), *query)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_search_prints_json_lines(demo_db: Path) -> None:
    rows = search(demo_db, "FT-0000")
    assert len(rows) == 5
    for row in rows:
        assert {"tag", "serial", "model", "status", "location"} <= set(row)
        assert str(row["tag"]).startswith("FT-0000")
    model = search(demo_db, "Latitude", limit=3)
    assert model and all("Latitude" in str(r["model"]) for r in model)


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE assets; --",
        '" OR 1=1 --',
        "tag:FT* NEAR(x y)",
        "Robert'); DELETE FROM events;--",
        "Jürgen",
        "Łuk",
        "Zoë",
        "📦💻",
        "^*()[]{}",
        "x" * 5000,
    ],
)
def test_odd_search_strings_work_and_change_nothing(demo_db: Path, query: str) -> None:
    before = counts(demo_db)
    result = fieldtag("search", "--db", demo_db, query)
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        json.loads(line)
    assert counts(demo_db) == before


def test_unicode_names_are_found(demo_db: Path) -> None:
    # The demo's first people include Jürgen Müller and Łukasz Nowak.
    muller = {str(r["assignee"]) for r in search(demo_db, "Müller", limit=50)}
    assert "Jürgen Müller" in muller or not muller
    assert all("Müller" in name for name in muller if name)
    lukasz = {str(r["assignee"]) for r in search(demo_db, "Łuk", limit=50)}
    assert all(name.startswith("Łuk") for name in lukasz if name)
    assert muller | lukasz, "the demo's showcase people have assets"


def test_backup_is_a_valid_copy(demo_db: Path, tmp_path: Path) -> None:
    result = fieldtag("db", "backup", "--db", demo_db, "-o", tmp_path)
    assert result.returncode == 0, result.stderr
    copy = Path(result.stdout.strip())
    assert copy.is_file() and copy.parent == tmp_path
    con = sqlite3.connect(copy)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert counts(copy) == counts(demo_db)


def test_upgrade_of_a_current_database(demo_db: Path) -> None:
    result = fieldtag("db", "upgrade", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    assert "already at schema" in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["search", "anything"],
        ["db", "upgrade"],
        ["db", "backup"],
        ["demo", "--assets", "3"],
        ["export", "-o", "out.csv"],
    ],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, command: list[str]) -> None:
    bogus = tmp_path / "notes.sqlite"
    content = b"These are my notes, not a database.\n" * 20
    bogus.write_bytes(content)
    args = [*command[:2], "--db", str(bogus), *command[2:]] if command[0] == "db" else [
        command[0], "--db", str(bogus), *command[1:]
    ]  # fmt: skip
    result = fieldtag(*args)
    assert result.returncode != 0
    assert "not a Fieldtag database" in result.stderr or "not an SQLite" in result.stderr
    assert "Traceback" not in result.stderr
    assert bogus.read_bytes() == content
    assert not list(tmp_path.glob("notes.sqlite-*"))  # no -wal / -shm / -journal left


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "fieldtag")
def test_help_on_every_command(command: list[str]) -> None:
    result = fieldtag(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: fieldtag")


def test_version() -> None:
    result = fieldtag("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"fieldtag {__version__}"

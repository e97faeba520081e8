"""`fieldtag --self-check`: the installation check that also runs inside the bundle."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import selfcheck
from tests.e2e.cli import fieldtag


def test_self_check_passes_on_a_working_install_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    result = fieldtag("--self-check", "--db", db)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = {line.split()[1]: line.split()[0] for line in result.stdout.splitlines()[:-1]}
    for essential in ("application", "resources", "database", "decoder", "gui", "checklists"):
        assert lines[essential] == "OK", result.stdout
    # signing works with a throwaway key; the organisation has none yet: a warning
    assert lines["signing"] == "WARNING" and "signed and verified" in result.stdout
    # no camera and no printer on a test machine: warnings, not failures
    assert lines["camera"] in {"OK", "WARNING"}
    assert lines["printers"] in {"OK", "WARNING"}
    assert lines["sync"] == "OK" and "no store yet" in result.stdout
    assert "created and migrated to" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("self-check passed")
    assert not db.exists()  # checking is not creating the technician's store


def test_self_check_reports_the_schema_of_an_existing_store(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    assert fieldtag("demo", "--db", db, "--assets", "3").returncode == 0
    result = fieldtag("--self-check", "--db", db)
    assert result.returncode == 0
    assert f"{db} is at schema" in result.stdout


def test_self_check_fails_on_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    sqlite3.connect(db).execute("CREATE TABLE notes (x)").connection.commit()
    result = fieldtag("--self-check", "--db", db)
    assert result.returncode == 1
    assert "ERROR    database" in result.stdout
    assert "self-check FAILED: database" in result.stdout


def test_missing_resources_fail_the_essential_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import app.resources

    empty = tmp_path / "bundle"
    (empty / "resources").mkdir(parents=True)
    monkeypatch.setattr(app.resources, "project_root", lambda: empty)
    assert selfcheck.self_check(tmp_path / "x.sqlite") == 1
    out = capsys.readouterr().out
    assert "ERROR    resources    missing:" in out
    assert "DejaVuSans.ttf" in out
    assert "self-check FAILED: resources" in out

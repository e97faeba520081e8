"""`fieldtag import` and `fieldtag export` as a person runs them: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures"


def fieldtag(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=env, check=False,
    )  # fmt: skip


def test_import_then_export_json_and_csv(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    done = fieldtag("import", "--db", db, FIXTURES / "snipeit_assets.csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported 5 assets (created 5 models, 6 locations, 2 people)")

    out = tmp_path / "out.json"
    done = fieldtag("export", "--db", db, "--format", "json", "-o", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"exported 5 assets to {out}"
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [a["tag"] for a in doc["assets"]] == [f"IT-000{i}" for i in range(1, 6)]

    csv_out = tmp_path / "out.csv"
    done = fieldtag("export", "--db", db, "-o", csv_out, "--query", "dell")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("exported 2 assets")

    # the export reads back into an empty store
    done = fieldtag("import", "--db", tmp_path / "copy.sqlite", "--dry-run", csv_out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "checked 2 rows: all valid, nothing imported"


def test_bad_rows_go_to_stderr_and_nothing_is_imported(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Asset Tag,Purchase Date\nA-1,2024-01-01\nA-2,tomorrow\nA-1,\n", encoding="utf-8"
    )
    done = fieldtag("import", "--db", db, bad)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "nothing was changed" in done.stderr
    assert "line 3: Purchase Date: 'tomorrow' is not a date" in done.stderr
    assert "line 2: Asset Tag: A-1 is on lines 2, 4" in done.stderr
    assert "line 4: Asset Tag: A-1 is on lines 2, 4" in done.stderr
    done = fieldtag("export", "--db", db, "-o", tmp_path / "x.json")
    assert done.stdout.startswith("exported 0 assets")


def test_unknown_columns_are_mapped_with_map(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    src = tmp_path / "de.csv"
    src.write_text("Inventarnr;Bezeichnung;Kostenstelle\nX-1;Drucker;4711\n", encoding="utf-8")
    done = fieldtag("import", "--db", db, src)
    assert done.returncode == 1
    assert "Inventarnr: is not a column Fieldtag knows" in done.stderr
    assert "--map 'Kostenstelle='" in done.stderr
    done = fieldtag("import", "--db", db, src, "--map", "Inventarnr=tag", "--map",
                    "Bezeichnung=name", "--map", "Kostenstelle=custom:Cost centre")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "imported 1 asset"


def test_fields_lists_what_a_column_can_map_to() -> None:
    done = fieldtag("import", "--fields", "unused.csv")
    assert done.returncode == 0
    assert "tag\tAsset tag (required)" in done.stdout
    assert "custom:<Name>" in done.stdout


def test_export_to_a_missing_folder_fails_clearly(tmp_path: Path) -> None:
    done = fieldtag("export", "--db", tmp_path / "s.sqlite", "-o", tmp_path / "nope" / "a.csv")
    assert done.returncode == 1
    assert "does not exist" in done.stderr


def test_wrong_encoding_fails_clearly(tmp_path: Path) -> None:
    src = tmp_path / "ansi.csv"
    src.write_bytes("Asset Tag,Name\nA-1,Müller\n".encode("cp1252"))
    done = fieldtag("import", "--db", tmp_path / "s.sqlite", src)
    assert done.returncode == 1
    assert "line 2: the file is not UTF-8 text" in done.stderr
    assert "save it as UTF-8" in done.stderr

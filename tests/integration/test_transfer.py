"""CSV import and CSV/JSON export on a real SQLite store."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import errno
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.errors import FieldtagError, ValidationError
from app.services import assets, transfer
from app.services.context import Context
from app.services.filters import AssetFilter
from app.services.transfer import export_assets, import_csv, preview_csv
from app.store.tables import Asset, AssetModel, Event, Location, Person

FIXTURES = Path(__file__).parent.parent / "fixtures"
SNIPE_IT = FIXTURES / "snipeit_assets.csv"


def counts(ctx: Context) -> dict[str, int]:
    with ctx.reading() as session:
        return {
            table.__tablename__: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Asset, Event, AssetModel, Location, Person)
        }


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def refused(ctx: Context, path: Path, **kwargs: Any) -> ValidationError:
    """Import `path`, expect a ValidationError, and check that nothing changed."""
    before = counts(ctx)
    with pytest.raises(ValidationError) as info:
        import_csv(ctx, path, **kwargs)
    assert counts(ctx) == before
    return info.value


def lines_of(error: ValidationError) -> list[int | None]:
    return [p.line for p in error.problems]


# ------------------------------------------------------------------------------ importing


def test_snipe_it_file_imports_with_models_locations_and_people(ctx: Context) -> None:
    result = import_csv(ctx, SNIPE_IT)
    assert result.imported == 5
    assert result.created_models == 5
    assert result.created_people == 2
    # Berlin HQ > Building B > 2.14 (3), Warehouse > Shelf A (2), Hamburg (1); Berlin HQ reused
    assert result.created_locations == 6
    assert result.summary() == (
        "imported 5 assets (created 5 models, 6 locations, 2 people); "
        "ignored columns: Email, Username, Model Number, Company"
    )
    laptop = assets.find_asset(ctx, "IT-0001")
    assert laptop is not None
    assert laptop.model == "Dell Latitude 5440" and laptop.category == "Laptop"
    assert laptop.holds_storage  # laptops hold drives: set when the model is created
    assert laptop.location == "Berlin HQ > Building B > 2.14"
    assert laptop.assignee == "Anna Schmidt"
    assert laptop.status.value == "deployed"  # "Ready to Deploy" and checked out
    assert laptop.purchase_cost == 129950
    assert laptop.warranty_end == dt.date(2027, 3, 1)
    assert laptop.notes == "Docking station at desk,\ncharger in bag"
    monitor = assets.find_asset(ctx, "it-0002")
    assert monitor is not None and monitor.status.value == "in_stock"
    assert monitor.location == "Warehouse > Shelf A"
    phone = assets.find_asset(ctx, "IT-0004")
    assert (
        phone is not None and phone.status.value == "deployed" and phone.assignee == "Anna Schmidt"
    )
    printer = assets.find_asset(ctx, "IT-0005")
    assert printer is not None and printer.status.value == "in_maintenance"
    assert printer.location == "Berlin HQ"

    history = assets.asset_history(ctx, laptop.id)
    assert [h.kind for h in history] == ["created"]
    with ctx.reading() as session:
        event = session.scalars(select(Event).where(Event.asset_id == laptop.id)).one()
    assert event.data == {"source": "import snipeit_assets.csv"}
    assert event.changes["tag"] == [None, "IT-0001"]
    assert event.changes["purchase_date"] == [None, "2024-03-01"]
    # and the search index knows the imported assets
    from app.services.queries import search_assets

    assert [r.tag for r in search_assets(ctx, "latitude anna")] == ["IT-0001"]


def test_existing_models_places_and_people_are_reused(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    result = import_csv(ctx, SNIPE_IT)
    assert result.created_people == 0  # Anna Schmidt and Jürgen Müller exist
    laptop = assets.find_asset(ctx, "IT-0001")
    assert laptop is not None
    assert laptop.model_id == ids["laptop"]
    assert laptop.location_id == ids["room"]
    assert laptop.assignee_id == ids["anna"]


def test_a_bare_location_name_finds_the_one_place_of_that_name(
    catalog_ctx: Any, tmp_path: Path
) -> None:
    ctx, ids = catalog_ctx
    path = write(tmp_path / "a.csv", "Asset Tag,Location\nA-1,Shelf A\nA-2,shelf a\n")
    result = import_csv(ctx, path)
    assert result.created_locations == 0
    one = assets.find_asset(ctx, "A-2")
    assert one is not None and one.location_id == ids["shelf"]


def test_dry_run_checks_and_imports_nothing(ctx: Context) -> None:
    before = counts(ctx)
    result = import_csv(ctx, SNIPE_IT, dry_run=True)
    assert result.summary().startswith("checked 5 rows: all valid, nothing imported")
    assert counts(ctx) == before


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("utf-8", ";")],
)
def test_encodings_and_delimiters(
    ctx: Context, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    text = delimiter.join(["Asset Tag", "Name", "Purchase Cost"]) + "\r\n"
    text += delimiter.join(["T-1", "Büro-Drucker", '"1.299,50"' if delimiter != "," else "1299.50"])
    path = write(tmp_path / "x.csv", text + "\r\n", encoding)
    preview = preview_csv(path)
    assert preview.delimiter == delimiter
    assert preview.columns == ["Asset Tag", "Name", "Purchase Cost"]
    import_csv(ctx, path)
    asset = assets.find_asset(ctx, "T-1")
    assert asset is not None and asset.name == "Büro-Drucker" and asset.purchase_cost == 129950


def test_explicit_mapping(ctx: Context, tmp_path: Path) -> None:
    path = write(tmp_path / "m.csv", "Inventarnr;Bezeichnung;Farbe;Intern\nX-1;Drucker;rot;zz\n")
    error = refused(ctx, path)
    messages = " ".join(p.message for p in error.problems)
    assert {p.field for p in error.problems} == {"Inventarnr", "Bezeichnung", "Farbe", "Intern"}
    assert "--map 'Inventarnr=FIELD'" in messages and "--map 'Intern='" in messages
    mapping = {"Inventarnr": "tag", "Bezeichnung": "name", "Farbe": "custom:Farbe", "Intern": ""}
    result = import_csv(ctx, path, mapping=mapping)
    assert result.ignored_columns == ["Intern"]
    asset = assets.find_asset(ctx, "X-1")
    assert asset is not None and asset.name == "Drucker" and asset.custom == {"Farbe": "rot"}


# ------------------------------------------------------------------------------ bad input


def test_wrong_encoding_is_one_clear_error(ctx: Context, tmp_path: Path) -> None:
    path = write(tmp_path / "ansi.csv", "Asset Tag,Name\nA-1,ok\nA-2,Büro\n", "cp1252")
    error = refused(ctx, path)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert problem.line == 3
    assert "not UTF-8" in problem.message and "save it as UTF-8" in problem.message
    assert "0xFC" in problem.message


def test_a_spreadsheet_is_not_a_csv_file(ctx: Context, tmp_path: Path) -> None:
    path = tmp_path / "assets.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(FieldtagError, match="Excel workbook"):
        import_csv(ctx, path)


@pytest.mark.parametrize(
    ("content", "match"),
    [("", "empty"), ("\n\n", "empty"), ("Asset Tag,Name\n", "no assets")],
)
def test_empty_files(ctx: Context, tmp_path: Path, content: str, match: str) -> None:
    with pytest.raises(FieldtagError, match=match):
        import_csv(ctx, write(tmp_path / "e.csv", content))


def test_missing_file(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(FieldtagError, match="no file"):
        import_csv(ctx, tmp_path / "nope.csv")


def test_missing_tag_column(ctx: Context, tmp_path: Path) -> None:
    error = refused(ctx, write(tmp_path / "t.csv", "Name,Serial\nA,B\n"))
    assert "no column holds the asset tag" in error.problems[0].message


def test_duplicate_header(ctx: Context, tmp_path: Path) -> None:
    error = refused(ctx, write(tmp_path / "t.csv", "Asset Tag,Notes,notes\nA,B,C\n"))
    assert "columns 2 and 3" in error.problems[0].message


def test_every_bad_row_is_listed_with_its_physical_line(ctx: Context, tmp_path: Path) -> None:
    content = (
        "Asset Tag,Notes,Purchase Date,Purchase Cost,Status\n"  # 1
        'OK-1,"a note\nover three\nlines",2024-01-01,10,in stock\n'  # 2-4
        "BAD-1,,2024-13-01,10,\n"  # 5
        "BAD-2,,,ten euros,\n"  # 6
        ',"no tag",,,\n'  # 7: no tag
        'OK-2,"two\nlines",,,\n'  # 8-9
        "BAD-3,,,-12.50,lent out\n"  # 10
        ",,,,\n"  # 11 only delimiters (spreadsheets leave such rows): skipped
        "BAD-4,x,y\n"  # 12: too few cells
    )
    error = refused(ctx, write(tmp_path / "bad.csv", content))
    assert lines_of(error) == [5, 6, 7, 10, 10, 12]
    text = [str(p) for p in error.problems]
    assert text[0] == "line 5: Purchase Date: '2024-13-01' is not a date: write it as YYYY-MM-DD"
    assert "'ten euros' is not an amount of money" in text[1]
    assert "every asset needs a tag" in text[2]
    assert {"negative", "'lent out' is not a status"} <= {
        m for t in text[3:5] for m in ("negative", "'lent out' is not a status") if m in t
    }
    assert "has 3 cells where the header has 5 columns" in text[5]


def test_duplicate_tags_in_the_file_name_both_lines(ctx: Context, tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", "Asset Tag,Name\nIT-1,a\nIT-2,b\nit-1,c\n")
    error = refused(ctx, path)
    assert lines_of(error) == [2, 4]
    assert all("lines 2, 4" in p.message for p in error.problems)


def test_duplicate_tags_against_the_database(catalog_ctx: Any, tmp_path: Path) -> None:
    ctx, ids = catalog_ctx
    assets.create_asset(ctx, {"tag": "LT-001", "model_id": ids["laptop"]})
    path = write(tmp_path / "d.csv", "Asset Tag,Name\nNEW-1,a\nlt-001,b\n")
    error = refused(ctx, path)
    assert lines_of(error) == [3]
    assert "already used by an asset in the database (LT-001)" in error.problems[0].message
    with pytest.raises(ValidationError):
        import_csv(ctx, path, dry_run=True)  # the dry run checks the database too


def test_ten_megabyte_field_is_refused_clearly(ctx: Context, tmp_path: Path) -> None:
    huge = "x" * (10 * 1024 * 1024)
    path = write(tmp_path / "big.csv", f'Asset Tag,Notes\nA-1,ok\nA-2,"{huge}"\nA-3,ok\nA-3,dup\n')
    error = refused(ctx, path)
    assert lines_of(error) == [3, 4, 5]  # and the check went on after the long cell
    assert "10,485,760 characters long" in error.problems[0].message
    assert error.problems[0].field == "Notes"
    assert len(str(error)) < 2000  # the cell itself is not in the message


def test_unclosed_quote_beyond_the_csv_limit(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "CSV_FIELD_LIMIT", 1000)
    path = write(tmp_path / "q.csv", 'Asset Tag,Notes\nA-1,"unclosed\n' + "more text\n" * 200)
    error = refused(ctx, path)
    assert lines_of(error) == [2]
    assert "opening quote without its closing quote" in error.problems[0].message


def test_nul_bytes(ctx: Context, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Asset Tag,Name\nA-1,x\x00y\n")
    error = refused(ctx, path)
    assert "NUL" in error.problems[0].message and error.problems[0].line == 2
    utf16_without_bom = tmp_path / "utf16.csv"
    utf16_without_bom.write_bytes("Asset Tag,Name\nA-1,x\n".encode("utf-16-le"))
    assert "UTF-16" in refused(ctx, utf16_without_bom).problems[0].message


# ------------------------------------------------------------------------------ exporting


def make_assets(catalog_ctx: Any) -> tuple[Context, dict[str, str]]:
    ctx, ids = catalog_ctx
    assets.create_asset(ctx, {
        "tag": "LT-001", "name": "=cmd|' /C calc'!A0", "serial": "+5CG123", "model_id": ids["laptop"],
        "status": "deployed", "assignee_id": ids["anna"], "location_id": ids["room"],
        "purchase_date": "2024-03-01", "purchase_cost": "1299.5", "supplier": "@Bechtle",
        "order_number": "-PO-1", "warranty_end": "2027-03-01", "eol_date": "2029-03-01",
        "next_audit": "2025-01-15", "notes": "first line\n=second line, with \"quotes\"",
        "custom": {"Colour": "grey", "RAM": "'=16GB"},
    })  # fmt: skip
    assets.create_asset(ctx, {"tag": "MON-001", "model_id": ids["monitor"], "name": "Monitor"})
    assets.create_asset(ctx, {"tag": "X-3", "name": "Unicode ✓ Jürgen"})
    return ctx, ids


def snapshot(ctx: Context) -> dict[str, dict[str, Any]]:
    """Every asset as its portable values (no ids): what a round trip must keep."""
    out = {}
    for row in _export_json(ctx)["assets"]:
        out[row["tag"]] = {k: v for k, v in row.items()
                           if k not in {"id", "model_id", "location_id", "assignee_id",
                                        "created_at", "updated_at"}}  # fmt: skip
    return out


def _export_json(ctx: Context) -> dict[str, Any]:
    path = ctx.store.path.parent / "snapshot.json"
    export_assets(ctx, path, "json", AssetFilter())
    return json.loads(path.read_text(encoding="utf-8"))


def test_csv_export_escapes_formulas_and_round_trips(catalog_ctx: Any, tmp_path: Path) -> None:
    ctx, _ = make_assets(catalog_ctx)
    out = tmp_path / "assets.csv"
    assert export_assets(ctx, out, "csv", AssetFilter(text="")) == 3
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    laptop = rows[0]
    assert laptop["Asset Tag"] == "LT-001"
    assert laptop["Name"] == "'=cmd|' /C calc'!A0"
    assert laptop["Serial Number"] == "'+5CG123"
    assert laptop["Supplier"] == "'@Bechtle"
    assert laptop["Order Number"] == "'-PO-1"
    assert laptop["custom:RAM"] == "''=16GB"
    assert laptop["Purchase Cost"] == "1299.50"
    assert laptop["Location"] == "Berlin HQ > Building B > 2.14"
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())

    # into an empty store: the same assets
    from app.services.context import Context as Ctx
    from app.store.database import open_store

    other = Ctx(open_store(tmp_path / "other.sqlite", device_name="other"), "tester")
    try:
        result = import_csv(other, out)
        assert result.imported == 3 and result.ignored_columns == []
        assert snapshot(other) == snapshot(ctx)
    finally:
        other.store.close()


def test_json_export(catalog_ctx: Any, tmp_path: Path) -> None:
    ctx, ids = make_assets(catalog_ctx)
    out = tmp_path / "assets.json"
    assert export_assets(ctx, out, "json", AssetFilter()) == 3
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "fieldtag-assets" and doc["count"] == 3
    laptop = doc["assets"][0]
    detail = assets.find_asset(ctx, "LT-001")
    assert detail is not None
    assert laptop["id"] == detail.id
    assert laptop["model_id"] == ids["laptop"] and laptop["model"] == "Latitude 5440"
    assert laptop["manufacturer"] == "Dell" and laptop["assignee"] == "Anna Schmidt"
    assert laptop["purchase_cost"] == "1299.50"
    assert laptop["purchase_date"] == "2024-03-01" and laptop["next_audit"] == "2025-01-15"
    assert laptop["name"] == "=cmd|' /C calc'!A0"  # JSON is data, not a spreadsheet
    assert laptop["custom"] == {"Colour": "grey", "RAM": "'=16GB"}
    assert laptop["status"] == "deployed"
    assert doc["assets"][2]["name"] == "Unicode ✓ Jürgen"


def test_export_only_what_matches_the_filter(catalog_ctx: Any, tmp_path: Path) -> None:
    ctx, _ = make_assets(catalog_ctx)
    out = tmp_path / "some.csv"
    assert export_assets(ctx, out, "csv", AssetFilter(text="monitor")) == 1
    assert export_assets(ctx, out, "csv", AssetFilter(text="nothing-matches-this")) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Asset Tag,")


def test_a_failed_export_leaves_no_file(
    catalog_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, _ = make_assets(catalog_ctx)
    out = tmp_path / "assets.csv"
    out.write_text("the previous export\n", encoding="utf-8")
    real = transfer._export_rows

    def failing(*args: Any) -> Any:
        for n, row in enumerate(real(*args)):
            if n == 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            yield row

    monkeypatch.setattr(transfer, "_export_rows", failing)
    with pytest.raises(FieldtagError, match="disk is full"):
        export_assets(ctx, out, "csv", AssetFilter())
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["assets.csv", "fieldtag.sqlite",
                                                         "fieldtag.sqlite-shm", "fieldtag.sqlite-wal"]  # fmt: skip


def test_export_to_a_missing_or_read_only_folder(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(FieldtagError, match="does not exist"):
        export_assets(ctx, tmp_path / "no" / "such" / "a.csv", "csv", AssetFilter())
    with pytest.raises(FieldtagError, match="is a folder"):
        export_assets(ctx, tmp_path, "csv", AssetFilter())

    def denied(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(FieldtagError, match="read-only or you may not write there"):
        export_assets(ctx, tmp_path / "a.csv", "csv", AssetFilter())
    assert not (tmp_path / "a.csv").exists()

"""`fieldtag labels` as a person or a script runs it: PDF and ZPL files, the stock list, and
bad input refused with a clear message, no file left behind and nothing recorded."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli import fieldtag

LONG_TAG = "IT-" + "W" * 40
SHIPPED = {
    "avery-5160", "avery-l7160", "avery-l7163", "avery-l7651", "brother-dk-22205-62mm",
    "brother-dk-11201-29x90", "dymo-30252", "zebra-2x1", "zebra-4x2",
}  # fmt: skip


@pytest.fixture
def store(tmp_path: Path, fieldtag_home: Path) -> Path:
    """A store with a few assets (two Latitudes, a monitor, two tags no label can carry),
    and settings with an organisation."""
    from app.services import assets, catalog
    from app.services.context import Context
    from app.store.database import open_store

    settings = fieldtag_home / "config" / "settings.json"
    values = json.loads(settings.read_text(encoding="utf-8"))
    values |= {"organisation": "ACME Corp", "org_code": "ACME", "support_line": "IT 1234"}
    settings.write_text(json.dumps(values), encoding="utf-8")
    db = tmp_path / "store.sqlite"
    s = open_store(db)
    ctx = Context(s, "setup")
    laptop = catalog.create_model(ctx, {"manufacturer": "Dell", "name": "Latitude 5440"})
    monitor = catalog.create_model(ctx, {"manufacturer": "Dell", "name": "P2422H"})
    for tag, serial, model in (
        ("IT-000101", "5CG101", laptop.id),
        ("IT-000102", "5CG102", laptop.id),
        ("MON-7", "CN0MON7", monitor.id),
        ("IT-ÄÖÜ", "", None),
        (LONG_TAG, "", None),
    ):
        assets.create_asset(ctx, {"tag": tag, "serial": serial, "model_id": model})
    s.close()
    return db


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def journal(db: Path, kind: str) -> list[tuple[str | None, str]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(
            "SELECT asset_id, data FROM events WHERE kind = ? ORDER BY seq", (kind,)
        ).fetchall()
    finally:
        con.close()


def tag_counter(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT tag_next FROM devices WHERE is_local").fetchone()[0])
    finally:
        con.close()


def decoded_avery_5160_tags(pdf: Path) -> list[str]:
    """The tags the app's decoder reads from the QR codes of an Avery 5160 PDF rasterised
    at 300 dpi, in label order (rows of 25.4 mm from 12.7 mm down, across then down)."""
    from app.printing.raster import pdf_to_images
    from app.scan.decoder import FrameDecoder

    dpi, top_mm, pitch_mm = 300, 12.7, 25.4
    decoder = FrameDecoder()
    tags = []
    for page in pdf_to_images(pdf.read_bytes(), dpi):
        found = []
        for code in decoder.decode(page):
            if code.format == "QRCode":
                cx = sum(p[0] for p in code.position) / 4
                cy_mm = sum(p[1] for p in code.position) / 4 * 25.4 / dpi
                found.append((int((cy_mm - top_mm) // pitch_mm), cx, code.text))
        tags += [text.rsplit(":", 1)[-1] for *_, text in sorted(found)]
    return tags


def test_list_stock_prints_one_stock_per_line() -> None:
    result = fieldtag("labels", "--list-stock")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    ids = [line.split("  ", 1)[0] for line in lines]
    assert set(ids) >= SHIPPED
    assert all(len(line.split("  ", 1)) == 2 and line.split("  ", 1)[1] for line in lines)
    assert "avery-5160  Avery 5160" in result.stdout


def test_list_stock_includes_the_organisations_own_and_warns_about_bad_files(
    fieldtag_home: Path,
) -> None:
    folder = fieldtag_home / "config" / "labels"
    folder.mkdir()
    own = {"id": "acme-50x25", "description": "ACME asset labels 50 × 25 mm", "kind": "roll",
           "dpi": 300, "label_width_mm": 50, "label_height_mm": 25}  # fmt: skip
    (folder / "acme.json").write_text(json.dumps({"stocks": [own]}), encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    result = fieldtag("labels", "--list-stock")
    assert result.returncode == 0, result.stderr
    assert "acme-50x25  ACME asset labels 50 × 25 mm" in result.stdout.splitlines()
    assert "warning" in result.stderr and "broken.json" in result.stderr


def test_pdf_of_tags_is_written_and_recorded_in_each_history(store: Path, out: Path) -> None:
    target = out / "labels.pdf"
    result = fieldtag(
        "labels", "--db", store, "--tags", "IT-000101", "mon-7", "--stock", "avery-5160",
        "--start-at", "4", "-o", target,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote 2 labels on 1 sheet of avery-5160 to {target}")
    assert target.read_bytes().startswith(b"%PDF")
    assert decoded_avery_5160_tags(target) == ["IT-000101", "MON-7"]
    printed = journal(store, "label_printed")
    assert len(printed) == 2 and all(asset_id for asset_id, _ in printed)
    assert {json.loads(data)["tag"] for _, data in printed} == {"IT-000101", "MON-7"}
    assert all(json.loads(data)["output"] == str(target) for _, data in printed)
    assert [p.name for p in out.iterdir()] == ["labels.pdf"], "no temporary file left"


def test_pdf_of_a_search_with_datamatrix(store: Path, out: Path) -> None:
    target = out / "laptops.pdf"
    result = fieldtag(
        "labels", "--db", store, "--query", "latitude", "--stock", "avery-l7163",
        "--symbology", "datamatrix", "-o", target,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "wrote 2 labels" in result.stdout
    assert len(journal(store, "label_printed")) == 2


def test_zpl_of_new_tags_issues_them_and_records_the_print(store: Path, out: Path) -> None:
    target = out / "new.zpl"
    result = fieldtag("labels", "--db", store, "--new", "3", "--stock", "zebra-2x1", "-o", target)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"wrote 3 labels for zebra-2x1 to {target}"
    assert lines[1].startswith("issued 3 new tags: IT-")
    zpl = target.read_text(encoding="utf-8")
    assert zpl.count("^XA") == zpl.count("^XZ") == 3
    (issued,) = journal(store, "tags_issued")
    block = json.loads(issued[1])
    assert (block["first"], block["last"], block["count"]) == (1, 3, 3)
    first = f"{block['prefix']}{block['code']}00001"
    assert f"^FDMA,FT:ACME:{first}^FS" in zpl
    ((asset_id, data),) = journal(store, "label_printed")
    assert asset_id is None and json.loads(data)["tags"][0] == first
    again = fieldtag("labels", "--db", store, "--new", "1", "--stock", "zebra-2x1", "-o", target)
    assert again.returncode == 0, again.stderr
    assert f"{block['prefix']}{block['code']}00004" in again.stdout, "never the same tag twice"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--tags", "IT-000101", "NOPE-1", "--stock", "avery-5160"], "no asset has the tag NOPE-1"),
        (["--tags", "IT-000101", "--stock", "avery-9999"], "unknown label stock 'avery-9999'"),
        (["--tags", "IT-000101", "--stock", "avery-5160", "--start-at", "31"], "31 is not on the sheet"),
        (["--tags", "IT-000101", "--stock", "avery-5160", "--start-at", "0"], "0 is not on the sheet"),
        (["--new", "2", "--stock", "avery-5160", "--start-at", "31"], "31 is not on the sheet"),
        (["--new", "2", "--stock", "zebra-2x1", "--start-at", "2"], "start position must be 1"),
        (["--new", "0", "--stock", "avery-5160"], "give a number of tags from 1"),
        (["--tags", LONG_TAG, "--stock", "zebra-2x1"], f"tag {LONG_TAG} is too long for a Code128"),
        (["--tags", "IT-ÄÖÜ", "--stock", "avery-5160"], "characters a Code128 cannot carry"),
        (["--tags", "IT-000101", "--stock", "avery-5160", "--fields", "colour"], "not a label field"),
        (["--tags", "IT-000101", "--stock", "avery-5160", "--zpl"], "not a Zebra stock"),
        (["--tags", "IT-000101", "--stock", "avery-5160", "--txt"], "name the file .pdf"),
        (["--query", "typewriter", "--stock", "avery-5160"], "'typewriter' matches no asset"),
    ],
    ids=[
        "unknown-tag", "unknown-stock", "start-past-end", "start-zero", "new-start-past-end",
        "roll-start", "new-zero", "too-long", "non-code128", "bad-field", "zpl-for-sheet",
        "bad-suffix", "empty-query",
    ],
)  # fmt: skip
def test_bad_input_is_refused_and_changes_nothing(
    store: Path, out: Path, args: list[str], expected: str
) -> None:
    suffix = {"--zpl": ".zpl", "--txt": ".txt"}.get(args[-1], ".pdf")
    args = [a for a in args if a not in ("--zpl", "--txt")]
    target = out / f"labels{suffix}"
    old = out / "keep.pdf"
    old.write_bytes(b"%PDF old")
    events_before = journal(store, "label_printed") + journal(store, "tags_issued")
    result = fieldtag("labels", "--db", store, *args, "-o", target)
    assert result.returncode == 1, result.stdout
    assert expected in result.stderr, result.stderr
    assert result.stderr.startswith("fieldtag: error:")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["keep.pdf"], "no file, no temporary file"
    assert journal(store, "label_printed") + journal(store, "tags_issued") == events_before
    assert tag_counter(store) == 1, "no tag issued"


def test_every_problem_is_listed_at_once(store: Path, out: Path) -> None:
    result = fieldtag(
        "labels", "--db", store, "--tags", "NOPE-1", "IT-ÄÖÜ", LONG_TAG, "NOPE-2",
        "--stock", "zebra-2x1", "-o", out / "x.pdf",
    )  # fmt: skip
    assert result.returncode == 1
    for expected in ("NOPE-1", "NOPE-2", "cannot carry", "too long"):
        assert expected in result.stderr, result.stderr
    assert list(out.iterdir()) == []


def test_an_existing_file_is_replaced_only_by_a_complete_one(store: Path, out: Path) -> None:
    target = out / "labels.pdf"
    target.write_bytes(b"%PDF old")
    bad = fieldtag("labels", "--db", store, "--tags", "NOPE", "--stock", "avery-5160", "-o", target)
    assert bad.returncode == 1
    assert target.read_bytes() == b"%PDF old"
    good = fieldtag(
        "labels", "--db", store, "--tags", "MON-7", "--stock", "avery-5160", "-o", target
    )
    assert good.returncode == 0, good.stderr
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 1000


def test_output_in_a_missing_folder_or_a_missing_store(store: Path, out: Path) -> None:
    result = fieldtag(
        "labels", "--db", store, "--new", "5", "--stock", "avery-5160", "-o", out / "no" / "x.pdf"
    )
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert tag_counter(store) == 1 and journal(store, "tags_issued") == []
    missing = out / "missing.sqlite"
    result = fieldtag(
        "labels", "--db", missing, "--new", "5", "--stock", "avery-5160", "-o", out / "x.pdf"
    )
    assert result.returncode == 1
    assert "There is no database" in result.stderr
    assert list(out.iterdir()) == [], "no store created, no file written"


def test_usage_errors_say_what_is_missing(store: Path, out: Path) -> None:
    for args, expected in (
        (["--stock", "avery-5160", "-o", out / "x.pdf"], "say what to label"),
        (["--tags", "IT-000101", "-o", out / "x.pdf"], "--stock STOCK_ID"),
        (["--tags", "IT-000101", "--stock", "avery-5160"], "-o FILE.pdf"),
    ):
        result = fieldtag("labels", "--db", store, *args)
        assert result.returncode == 1 and expected in result.stderr, result.stderr
    both = fieldtag("labels", "--db", store, "--tags", "A", "--new", "2", "--stock", "avery-5160")
    assert both.returncode == 2 and "not allowed with" in both.stderr

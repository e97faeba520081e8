"""Reports on the small hand-built store: CSV content (exact rows) and PDF text."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from sqlalchemy import insert

from app.domain.errors import FieldtagError, ValidationError
from app.domain.ids import new_id
from app.services import counts, reports
from app.services.context import Context
from app.store.tables import Certificate, CertificateItem
from tests import dashboard_store

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def store(catalog_ctx: Any) -> tuple[Context, dict[str, str]]:
    return dashboard_store.build(catalog_ctx, TODAY)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for spreadsheets"
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        return " ".join(text.split())  # lines wrapped in a cell read as one
    finally:
        pdf.close()


def save(ctx: Context, kind: str, path: Path) -> Path:
    return reports.save_report(ctx, kind, path, today=TODAY, currency="EUR",
                               organisation="ACME IT")  # fmt: skip


def test_inventory_by_location(store: Any, tmp_path: Path) -> None:
    ctx, _ids = store
    rows = read_csv(save(ctx, "inventory", tmp_path / "inv.csv"))
    assert rows[0] == ["location", "requested", "ordered", "in_stock", "deployed",
                       "in_maintenance", "retired", "disposed", "missing", "assets",
                       "purchase_cost", "currency", "assets_without_cost"]  # fmt: skip
    assert rows[1:] == [
        ["Berlin HQ", "0", "0", "0", "0", "0", "1", "0", "0", "1", "0.00", "EUR", "1"],
        ["Berlin HQ > Building B > 2.14", "0", "0", "0", "2", "0", "0", "0", "0", "2",
         "1200.00", "EUR", "0"],
        ["Berlin HQ > Building B > 2.14 > Shelf A", "0", "0", "1", "0", "0", "0", "1", "0", "2",
         "2100.00", "EUR", "0"],
        ["(no location)", "0", "1", "0", "0", "0", "0", "0", "0", "1", "0.00", "EUR", "1"],
    ]  # fmt: skip
    text = pdf_text(save(ctx, "inventory", tmp_path / "inv.pdf"))
    for expected in ("Inventory by location", "ACME IT", "Berlin HQ > Building B > 2.14",
                     "3,300.00", "page 1 of 1", "Generated"):  # fmt: skip
        assert expected in text


def test_warranty_and_end_of_life_forecast(store: Any, tmp_path: Path) -> None:
    ctx, _ids = store
    rows = read_csv(save(ctx, "warranty", tmp_path / "f.csv"))
    assert rows[0][:5] == ["quarter", "quarter_start", "quarter_end", "category",
                           "warranties_ending"]  # fmt: skip
    # 2026 Q2 holds today: LT-1's warranty ends and its end of life (T-5) falls in it;
    # MON-2 is retired and LT-3 disposed: no replacement is forecast for them
    assert rows[1:] == [
        ["2026 Q2", "2026-04-01", "2026-06-30", "Laptop", "1", "1000.00", "1", "1000.00", "EUR"],
        ["2026 Q3", "2026-07-01", "2026-09-30", "Laptop", "1", "1200.00", "1", "1200.00", "EUR"],
        ["2026 Q3", "2026-07-01", "2026-09-30", "Monitor", "1", "200.00", "0", "0.00", "EUR"],
        ["2027 Q1", "2027-01-01", "2027-03-31", "Monitor", "0", "0.00", "1", "200.00", "EUR"],
    ]  # fmt: skip
    text = pdf_text(save(ctx, "warranty", tmp_path / "f.pdf"))
    for expected in ("Warranty and end-of-life forecast", "2026 Q2", "2028 Q1",
                     "Replacement cost (EUR)", "2,400.00"):  # fmt: skip
        assert expected in text, expected


def test_disposal_register(store: Any, tmp_path: Path) -> None:
    ctx, ids = store
    assert read_csv(save(ctx, "disposals", tmp_path / "empty.csv"))[1:] == []
    assert "No certificate has been issued." in pdf_text(save(ctx, "disposals",
                                                             tmp_path / "empty.pdf"))  # fmt: skip
    c1, c2, c3 = new_id(), new_id(), new_id()
    base = {"issued_by": "Tess", "device_id": ctx.store.device_id, "year": 2026,
            "pdf_sha256": "0" * 64, "pdf": b"%PDF"}  # fmt: skip
    with ctx.store.write_engine.begin() as conn:
        for row in (
            {"id": c1, "number": "ACME-2026-AB12-0001", "scope": "drive", "seq": 1,
             "issued_at": dt.datetime(2026, 6, 1, 9, 0)},
            {"id": c3, "number": "ACME-2026-AB12-0003", "scope": "asset", "seq": 3,
             "issued_at": dt.datetime(2026, 6, 3, 9, 0)},
            {"id": c2, "number": "ACME-2026-AB12-0002", "scope": "asset", "seq": 2,
             "issued_at": dt.datetime(2026, 6, 2, 9, 0), "superseded_by": c3},
        ):  # fmt: skip
            conn.execute(insert(Certificate), {**base, **row})
        items = [(c1, "D1", "LT-1"), (c2, "D1", "LT-1"), (c2, "D2", "LT-1"),
                 (c3, "D1", "LT-1"), (c3, "D2", "LT-1")]  # fmt: skip
        conn.execute(insert(CertificateItem), [
            {"certificate_id": c, "drive_id": ids[d], "asset_id": ids[a],
             "sanitization_id": ids["S-D1"]} for c, d, a in items
        ])  # fmt: skip
    rows = read_csv(save(ctx, "disposals", tmp_path / "reg.csv"))
    assert rows[0] == ["number", "issued_at", "scope", "assets", "drives", "technician",
                       "device", "superseded_by", "supersedes"]  # fmt: skip
    assert rows[1:] == [
        ["ACME-2026-AB12-0001", "2026-06-01 09:00", "drive", "1", "1", "Tess", "test-device",
         "", ""],
        ["ACME-2026-AB12-0002", "2026-06-02 09:00", "asset", "1", "2", "Tess", "test-device",
         "ACME-2026-AB12-0003", ""],
        ["ACME-2026-AB12-0003", "2026-06-03 09:00", "asset", "1", "2", "Tess", "test-device",
         "", "ACME-2026-AB12-0002"],
    ]  # fmt: skip
    text = pdf_text(save(ctx, "disposals", tmp_path / "reg.pdf"))
    assert "superseded by ACME-2026-AB12-0003" in text
    assert "1 drive, 2 asset, 0 batch" in text


def test_count_history(store: Any, tmp_path: Path) -> None:
    ctx, ids = store
    info = counts.start_count(ctx, ids["room"])  # expects LT-1, MON-1 and LT-2 on the shelf
    for tag in ("LT-1", "MON-2", "NOPE-1", "LT-1"):
        counts.record_scan(ctx, info.id, tag)
    counts.close_count(ctx, info.id)
    # closing moved MON-2 (unexpected) to the room: the site itself holds nothing now
    second = counts.start_count(ctx, ids["site"], include_sub=False)
    rows = read_csv(save(ctx, "counts", tmp_path / "c.csv"))
    head = rows[0]
    got = [dict(zip(head, r, strict=True)) for r in rows[1:]]
    assert [g["count_id"] for g in got] == [second.id, info.id]  # newest first
    closed = got[1]
    assert closed["location"] == "Berlin HQ > Building B > 2.14"
    assert closed["status"] == "closed" and closed["closed_by"] == "tester"
    assert (closed["expected"], closed["found"], closed["missing"], closed["unexpected"],
            closed["unknown_tags"], closed["scans"]) == ("3", "1", "2", "1", "1", "4")  # fmt: skip
    assert (got[0]["status"], got[0]["expected"], got[0]["found"]) == ("open", "0", "0")
    text = pdf_text(save(ctx, "counts", tmp_path / "c.pdf"))
    assert "Count history" in text and "2 (1 closed, 1 open)" in text


def test_csv_cells_are_formula_escaped(store: Any, tmp_path: Path) -> None:
    ctx, ids = store
    from app.services import catalog

    catalog.update_location(ctx, ids["site"], {"name": "=HYPERLINK(1)"})
    rows = read_csv(save(ctx, "inventory", tmp_path / "inv.csv"))
    assert rows[1][0] == "'=HYPERLINK(1)"


def test_bad_input_is_refused_and_writes_nothing(store: Any, tmp_path: Path) -> None:
    ctx, _ids = store
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match=r"name the report file \.pdf or \.csv"):
        save(ctx, "inventory", out / "inv.xlsx")
    with pytest.raises(ValidationError, match="There is no report 'stock'"):
        save(ctx, "stock", out / "x.csv")
    with pytest.raises(FieldtagError, match="does not exist"):
        save(ctx, "inventory", out / "nowhere" / "inv.csv")
    assert list(out.iterdir()) == []


def test_a_long_report_splits_across_pages_with_its_header(catalog_ctx: Any,
                                                           tmp_path: Path) -> None:  # fmt: skip
    ctx, ids = catalog_ctx
    from app.services import catalog

    for i in range(70):
        loc = catalog.create_location(ctx, {"name": f"Room {i:03d}", "parent_id": ids["site"]})
        dashboard_store.create_asset(ctx, {"tag": f"R-{i:03d}", "location_id": loc.id})
    path = save(ctx, "inventory", tmp_path / "long.pdf")
    pages = len(pdfium.PdfDocument(path.read_bytes()))
    text = pdf_text(path)
    assert pages >= 2 and f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    assert text.count("Location In stock Assets") == pages  # the header row repeats on every page
    assert "Room 069" in text

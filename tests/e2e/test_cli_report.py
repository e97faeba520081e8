"""`fieldtag report` as a person or a script runs it: all four reports as PDF and CSV;
bad arguments refused with a clear message and no file written."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.e2e.cli import fieldtag

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def store(catalog_ctx: tuple[object, dict[str, str]], db_path: Path) -> Path:
    from tests import dashboard_store

    ctx, _ids = dashboard_store.build(catalog_ctx, TODAY)  # type: ignore[arg-type]
    ctx.store.close()  # type: ignore[attr-defined]
    return db_path


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        return " ".join(" ".join(pdf[i].get_textpage().get_text_range().split())
                        for i in range(len(pdf)))  # fmt: skip
    finally:
        pdf.close()


@pytest.mark.parametrize(
    ("report", "title", "first_column"),
    [("inventory", "Inventory by location", "location"),
     ("warranty", "Warranty and end-of-life forecast", "quarter"),
     ("disposals", "Disposal register", "number"),
     ("counts", "Count history", "count_id")],
)  # fmt: skip
def test_every_report_as_pdf_and_csv(
    store: Path, tmp_path: Path, report: str, title: str, first_column: str
) -> None:
    pdf = tmp_path / f"{report}.pdf"
    done = fieldtag("report", "--db", store, report, "-o", pdf, "--today", TODAY.isoformat())
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {pdf}"
    assert title in pdf_text(pdf) and "page 1 of 1" in pdf_text(pdf)
    out = tmp_path / f"{report}.csv"
    done = fieldtag("report", "--db", store, report, "-o", out, "--today", TODAY.isoformat())
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == first_column


def test_the_forecast_starts_from_the_day_given(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    assert fieldtag("report", "--db", store, "warranty", "-o", out,
                    "--today", "2026-06-15").returncode == 0  # fmt: skip
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r[0] for r in rows[1:]] == ["2026 Q2", "2026 Q3", "2026 Q3", "2027 Q1"]


def test_bad_arguments_are_refused(store: Path, tmp_path: Path) -> None:
    unknown = fieldtag("report", "--db", store, "stock", "-o", tmp_path / "x.csv")
    assert unknown.returncode == 2 and "invalid choice: 'stock'" in unknown.stderr
    no_output = fieldtag("report", "--db", store, "inventory")
    assert no_output.returncode == 2 and "-o/--output" in no_output.stderr
    suffix = fieldtag("report", "--db", store, "inventory", "-o", tmp_path / "x.xlsx")
    assert suffix.returncode == 1 and "name the report file .pdf or .csv" in suffix.stderr
    folder = fieldtag("report", "--db", store, "inventory", "-o", tmp_path / "no" / "x.pdf")
    assert folder.returncode == 1 and "does not exist" in folder.stderr
    missing = fieldtag("report", "--db", tmp_path / "none.sqlite", "counts", "-o",
                       tmp_path / "c.csv")  # fmt: skip
    assert missing.returncode == 1 and "fieldtag: error:" in missing.stderr
    assert not (tmp_path / "none.sqlite").exists()
    bad_day = fieldtag("report", "--db", store, "warranty", "-o", tmp_path / "w.csv",
                       "--today", "15.06.2026")  # fmt: skip
    assert bad_day.returncode == 2 and "--today" in bad_day.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".csv", ".pdf", ".xlsx"}) == []

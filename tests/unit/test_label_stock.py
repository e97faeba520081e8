"""Label stock: the shipped files, validation of an organisation's own files, positions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import NotFound, ValidationError
from app.domain.labels import LabelStock, check_start, page_count, sheet_slots, stock_from_dict
from app.printing.stock import load_stocks

SHIPPED = {
    "avery-5160": ("sheet", 30),
    "avery-l7160": ("sheet", 21),
    "avery-l7163": ("sheet", 14),
    "avery-l7651": ("sheet", 65),
    "brother-dk-22205-62mm": ("roll", 1),
    "brother-dk-11201-29x90": ("roll", 1),
    "dymo-30252": ("roll", 1),
    "zebra-2x1": ("roll", 1),
    "zebra-4x2": ("roll", 1),
}

GOOD: dict[str, Any] = {
    "id": "acme-50x25",
    "description": "ACME 50 × 25 mm",
    "kind": "sheet",
    "dpi": 600,
    "page_width_mm": 210,
    "page_height_mm": 297,
    "label_width_mm": 50,
    "label_height_mm": 25,
    "columns": 4,
    "rows": 11,
    "margin_left_mm": 5,
    "margin_top_mm": 10,
    "pitch_x_mm": 50,
    "pitch_y_mm": 25,
}


def write(folder: Path, name: str, content: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def test_every_shipped_stock_loads_without_problems() -> None:
    catalog = load_stocks()
    assert catalog.problems == []
    assert {s.id: (s.kind, s.per_page) for s in catalog} == SHIPPED
    assert catalog.get("zebra-2x1").zpl and catalog.get("zebra-2x1").dpi == 203
    assert not catalog.get("avery-5160").zpl and catalog.get("avery-5160").dpi == 600
    for stock in catalog:
        assert stock.description and stock.id in catalog
        if stock.kind == "roll":  # one label per page, the page as large as the label
            assert (stock.page_width_mm, stock.page_height_mm) == (
                stock.label_width_mm,
                stock.label_height_mm,
            )
    assert catalog.get("brother-dk-11201-29x90").landscape
    assert (catalog.get("brother-dk-11201-29x90").label_width_mm, catalog.get(
        "brother-dk-11201-29x90").label_height_mm) == (90, 29)  # fmt: skip


def test_unknown_stock_names_the_command_that_lists_them() -> None:
    with pytest.raises(NotFound, match=r"unknown label stock 'avery-9999'.*--list-stock"):
        load_stocks().get("avery-9999")


def test_sheet_positions_go_across_then_down() -> None:
    stock = load_stocks().get("avery-5160")
    assert stock.position_rect(0) == pytest.approx((4.826, 12.7))
    assert stock.position_rect(1) == pytest.approx((4.826 + 69.85, 12.7))
    assert stock.position_rect(3) == pytest.approx((4.826, 12.7 + 25.4))
    last = stock.position_rect(29)
    assert last[0] + stock.label_width_mm <= stock.page_width_mm
    assert last[1] + stock.label_height_mm <= stock.page_height_mm
    with pytest.raises(ValueError):
        stock.position_rect(30)


def test_start_position_skips_used_labels_and_refuses_positions_off_the_sheet() -> None:
    stock = load_stocks().get("avery-5160")
    assert list(sheet_slots(stock, 3, start_at=29)) == [(0, 28), (0, 29), (1, 0)]
    assert page_count(stock, 30, start_at=1) == 1
    assert page_count(stock, 30, start_at=2) == 2
    with pytest.raises(ValidationError, match=r"31 is not on the sheet.*30 labels.*choose 1-30"):
        check_start(stock, 31)
    with pytest.raises(ValidationError, match="not on the sheet"):
        check_start(stock, 0)
    roll = load_stocks().get("zebra-2x1")
    with pytest.raises(ValidationError, match="roll"):
        check_start(roll, 2)


def test_a_roll_needs_only_its_label_size() -> None:
    stock = stock_from_dict(
        {"id": "tiny", "description": "Tiny", "kind": "roll", "zpl": True,
         "label_width_mm": 40, "label_height_mm": 20},
        "test.json",
    )  # fmt: skip
    assert (stock.dpi, stock.per_page, stock.page_width_mm, stock.content_inset_mm) == (
        203, 1, 40, 1.0,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"label_width_mm": -3}, "label_width_mm", "positive"),
        ({"label_width_mm": "wide"}, "label_width_mm", "number of millimetres"),
        ({"dpi": 72}, "dpi", "between 150 and 1200"),
        ({"dpi": 600.5}, "dpi", "whole number"),
        ({"columns": 0}, "columns", "1 or more"),
        ({"kind": "tape"}, "kind", "sheet"),
        ({"pitch_x_mm": 40}, "pitch_x_mm", "overlap"),
        ({"pitch_y_mm": 20}, "pitch_y_mm", "overlap"),
        ({"columns": 5}, "page_width_mm", "past the page width"),
        ({"rows": 12}, "page_height_mm", "past the page height"),
        ({"corner_radius_mm": 20}, "corner_radius_mm", "half"),
        ({"id": "Has Spaces"}, "id", "lower-case"),
        ({"label_widht_mm": 50}, "label_widht_mm", "unknown field"),
        ({"zpl": "yes"}, "zpl", "true or false"),
    ],
)
def test_impossible_geometry_names_the_file_the_stock_and_the_field(
    change: dict[str, Any], field: str, words: str
) -> None:
    raw = {**GOOD, **change}
    with pytest.raises(ValidationError) as caught:
        stock_from_dict(raw, "acme.json")
    message = caught.value.message
    assert message.startswith("acme.json: stock '")
    assert f": {field}: " in message and words in message


def test_a_missing_field_is_named() -> None:
    raw = {k: v for k, v in GOOD.items() if k != "label_height_mm"}
    with pytest.raises(ValidationError, match=r"acme\.json: stock 'acme-50x25': label_height_mm: is missing"):  # fmt: skip
        stock_from_dict(raw, "acme.json")


def test_the_dataclass_refuses_impossible_geometry_too() -> None:
    with pytest.raises(ValidationError, match="overlap"):
        LabelStock("x", "X", "sheet", 600, 210, 297, 50, 25, 2, 1, 0, 0, 10, 25)


def test_an_organisations_files_load_and_a_bad_one_is_reported_not_used(
    tmp_path: Path, fieldtag_home: Path
) -> None:
    # the config folder's labels/ is read as well as the shipped files
    write(fieldtag_home / "config" / "labels", "acme.json", {"stocks": [GOOD]})
    extra = tmp_path / "more"
    bad = {**GOOD, "id": "acme-bad", "columns": 9}
    write(extra, "mixed.json", {"stocks": [bad, {**GOOD, "id": "acme-ok"}]})
    write(extra, "broken.json", '{"stocks": [')
    write(extra, "dup.json", {"id": "avery-5160", **{k: v for k, v in GOOD.items() if k != "id"}})
    write(extra, "odd.json", [1, 2])
    catalog = load_stocks([extra])
    assert {"acme-50x25", "acme-ok", "avery-5160"} <= set(catalog.stocks)
    assert "acme-bad" not in catalog.stocks
    assert catalog.get("avery-5160").margin_left_mm == pytest.approx(4.826)  # shipped wins
    text = "\n".join(catalog.problems)
    assert len(catalog.problems) == 4, text
    assert "mixed.json: stock 'acme-bad': page_width_mm: the last column ends at" in text
    assert "broken.json: not valid JSON at line 1" in text
    assert "dup.json: stock 'avery-5160': id: already defined in" in text
    assert 'odd.json: expected {"stocks": [...]}' in text

"""Label layout (`app.domain.labels`) and the code matrices it lays out
(`app.printing.symbols`): quiet zones, readable modules, the dot grid, nothing clipped."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest

from app.domain.errors import ValidationError
from app.domain.labels import (
    CODE128_QUIET_MODULES,
    EDGE_MM,
    ELLIPSIS,
    MIN_BAR_MM,
    MIN_MODULE_MM_LASER,
    MIN_MODULE_MM_THERMAL,
    MIN_TEXT_PT,
    QUIET_MODULES,
    Box,
    LabelData,
    LabelDoesNotFit,
    LabelLayout,
    LabelOptions,
    LabelStock,
    approx_measure,
    code128_supported,
    fit_text,
    layout_label,
)
from app.domain.tags import encode_payload
from app.printing.stock import load_stocks
from app.printing.symbols import (
    code128_modules,
    code128_symbol,
    datamatrix_array,
    datamatrix_ascii_size,
    datamatrix_matrix,
    matrix_array,
    qr_matrix,
    rectangles,
    runs,
)

STOCKS = load_stocks()
TOL = 1e-6


def label(tag: str = "IT-7K3M00042", *, lines: int = 2, org: str = "ACME Corp IT") -> LabelData:
    fields = ("Dell Latitude 5440", "S/N 5CG1234XYZ", "Support +49 30 1234567")[:lines]
    return LabelData(tag, encode_payload(tag, "ACME"), org, fields)


def lay(stock: LabelStock, data: LabelData, options: LabelOptions | None = None) -> LabelLayout:
    options = options or LabelOptions()
    n2d = matrix_array(data.payload, options.symbology).shape[0]
    n128 = len(code128_modules(data.code128_content)) if options.code128 else 0
    return layout_label(stock, data, options, modules_2d=n2d, modules_128=n128)


def overlaps(a: Box, b: Box) -> bool:
    return (
        a.x_mm < b.right_mm - TOL
        and b.x_mm < a.right_mm - TOL
        and a.y_mm < b.bottom_mm - TOL
        and b.y_mm < a.bottom_mm - TOL
    )


def grow(box: Box, dx: float, dy: float) -> Box:
    return Box(box.x_mm - dx, box.y_mm - dy, box.w_mm + 2 * dx, box.h_mm + 2 * dy)


def inside(box: Box, stock: LabelStock, margin: float) -> bool:
    return (
        box.x_mm >= margin - TOL
        and box.y_mm >= margin - TOL
        and box.right_mm <= stock.label_width_mm - margin + TOL
        and box.bottom_mm <= stock.label_height_mm - margin + TOL
    )


def on_grid(value: float, dot: float) -> bool:
    return abs(value / dot - round(value / dot)) < 1e-6


def check(stock: LabelStock, data: LabelData, options: LabelOptions, out: LabelLayout) -> None:
    """Everything a scannable, unclipped label needs."""
    dot, inset = stock.dot_mm, stock.content_inset_mm
    module = out.module_dots * dot
    assert module >= (MIN_MODULE_MM_THERMAL if stock.kind == "roll" else MIN_MODULE_MM_LASER) - TOL
    # the 2D code: square, on the dot grid, ink inside the inset, quiet zone inside the label
    code2d = out.code2d
    assert code2d.w_mm == pytest.approx(code2d.h_mm)
    assert on_grid(code2d.x_mm, dot) and on_grid(code2d.y_mm, dot)
    assert inside(code2d, stock, inset)
    q = QUIET_MODULES[options.symbology] * module
    quiet2d = grow(code2d, q, q)
    assert inside(quiet2d, stock, EDGE_MM)
    ink: list[Box] = [run.box for run in out.texts]
    if out.logo:
        ink.append(out.logo)
        assert inside(out.logo, stock, inset)
    if options.code128:
        bars = out.code128
        assert bars is not None
        bar = out.bar_dots * dot
        assert out.bar_dots >= 2 and bar >= MIN_BAR_MM - TOL
        assert on_grid(bars.x_mm, dot) and on_grid(bars.y_mm, dot)
        assert inside(bars, stock, inset - TOL)
        quiet128 = grow(bars, CODE128_QUIET_MODULES * bar, 0)
        assert inside(Box(quiet128.x_mm, bars.y_mm, quiet128.w_mm, bars.h_mm), stock, EDGE_MM)
        assert bars.h_mm >= 5.0 - dot
        assert not overlaps(quiet128, code2d) and not overlaps(bars, quiet2d)
        for box in ink:
            assert not overlaps(box, quiet128), (box, bars)
    else:
        assert out.code128 is None
    for box in ink:
        assert not overlaps(box, quiet2d), (box, code2d)
        assert inside(box, stock, inset - TOL), box
    for a, b in itertools.combinations(ink, 2):
        assert not overlaps(a, b), (a, b)
    tags = [r for r in out.texts if r.role == "tag"]
    assert len(tags) == 1 and tags[0].text == data.tag and tags[0].bold
    assert all(r.size_pt >= MIN_TEXT_PT - TOL for r in out.texts)


@pytest.mark.parametrize("stock_id", sorted(STOCKS.stocks))
@pytest.mark.parametrize("symbology", ["QRCode", "DataMatrix"])
@pytest.mark.parametrize("lines", [0, 2, 3])
def test_every_shipped_stock_lays_out_a_scannable_unclipped_label(
    stock_id: str, symbology: str, lines: int
) -> None:
    stock = STOCKS.get(stock_id)
    options = LabelOptions(symbology=symbology)  # type: ignore[arg-type]
    for tag in ("IT-7K3M00042", "LAB-0815", "IT-WXYZ99999"):
        data = label(tag, lines=lines)
        out = lay(stock, data, options)
        check(stock, data, options, out)
        shown = [r.text for r in out.texts if r.role == "line"]
        assert len(shown) + sum(n.startswith("left out") for n in out.notes) >= min(lines, 1)


@pytest.mark.parametrize("stock_id", sorted(STOCKS.stocks))
def test_without_the_code128_the_2d_code_and_text_still_fit(stock_id: str) -> None:
    stock = STOCKS.get(stock_id)
    options = LabelOptions(code128=False, logo="logo.png")
    data = label("IT-7K3M00042")
    out = lay(stock, data, options)
    check(stock, data, options, out)
    assert out.logo is not None


def test_a_large_label_gets_large_codes_and_type() -> None:
    out = lay(STOCKS.get("zebra-4x2"), label())
    assert out.module_dots * STOCKS.get("zebra-4x2").dot_mm >= 0.75
    assert next(r for r in out.texts if r.role == "tag").size_pt >= 14


def test_text_shrinks_then_is_cut_with_an_ellipsis_never_the_tag() -> None:
    stock = STOCKS.get("avery-l7651")
    data = label(org="The Very Long Name of an Organisation With Many Departments")
    out = lay(stock, data)
    org = next(r for r in out.texts if r.role == "organisation")
    assert org.text.endswith(ELLIPSIS) and org.size_pt == pytest.approx(MIN_TEXT_PT)
    assert next(r for r in out.texts if r.role == "tag").text == data.tag


def test_field_lines_left_out_for_lack_of_room_are_noted() -> None:
    out = lay(STOCKS.get("avery-l7651"), label(lines=3))
    assert any("Support +49 30 1234567" in n for n in out.notes)


def test_no_organisation_means_no_organisation_line() -> None:
    out = lay(STOCKS.get("avery-5160"), label(org=""))
    assert [r.role for r in out.texts].count("organisation") == 0


def test_a_tag_too_long_for_the_stock_says_what_and_what_to_do() -> None:
    tag = "IT-00042311-EXTRA-LONG-TAG"
    with pytest.raises(LabelDoesNotFit) as caught:
        lay(STOCKS.get("zebra-2x1"), label(tag))
    message = caught.value.message
    assert tag in message and "zebra-2x1" in message
    assert re.search(r"needs \d+\.\d mm .* at 2 dots per bar, the label has \d+\.\d mm", message)
    assert "wider stock" in message and "without the Code128" in message


def test_without_the_code128_a_long_tag_fits_in_smaller_type() -> None:
    out = lay(STOCKS.get("zebra-2x1"), label("IT-00042311-EXTRA"), LabelOptions(code128=False))
    assert out.code128 is None


def test_a_tag_too_long_even_for_small_type_does_not_fit() -> None:
    with pytest.raises(LabelDoesNotFit, match="too long to print readably"):
        lay(STOCKS.get("avery-l7651"), label("X" * 40), LabelOptions(code128=False))


@pytest.mark.parametrize(("tag", "bad"), [("IT-Ä1", "'Ä' (U+00C4) at position 4"),
                                          ("IT\x01", "U+0001"), ("日本", "position 2")])  # fmt: skip
def test_characters_code128_cannot_carry_are_named(tag: str, bad: str) -> None:
    with pytest.raises(ValidationError, match="Code128 cannot carry") as caught:
        code128_supported(tag)
    assert bad in caught.value.message and "2D code carries any text" in caught.value.message
    with pytest.raises(ValidationError):
        code128_modules(tag)


def test_fit_text() -> None:
    assert fit_text("Hello", 100, 9, approx_measure) == ("Hello", 9)
    text, size = fit_text("Hello world, again and again", 20, 9, approx_measure)
    assert text.endswith(ELLIPSIS) and size == MIN_TEXT_PT
    assert approx_measure(text, False) * size * 25.4 / 72 <= 20
    assert fit_text("Hello", 0.5, 9, approx_measure) == ("", MIN_TEXT_PT)


def test_code128_modules_follow_python_barcode() -> None:
    symbol = code128_symbol("IT-7K3M00042")
    assert symbol.codes[0] == 104  # start B
    assert len(symbol.modules) == 11 * (len(symbol.codes) + 1) + 13
    assert symbol.modules.startswith("11010010000") and symbol.modules.endswith("1100011101011")
    assert set(symbol.modules) == {"0", "1"}
    assert sum(w for _, w in runs(symbol.modules)) == symbol.modules.count("1")
    assert runs("0110111") == [(1, 2), (4, 3)]


@pytest.mark.parametrize("text", ["FT:ACME:IT-7K3M00042", "https://assets.example.org/t/ACME/x"])
def test_2d_matrices_are_square_and_merge_into_exact_rectangles(text: str) -> None:
    for matrix in (qr_matrix(text), datamatrix_matrix(text)):
        assert len(matrix) == len(matrix[0])
        array = np.array(matrix, dtype=bool)
        covered = np.zeros_like(array)
        for x, y, w, h in rectangles(array):
            assert not covered[y : y + h, x : x + w].any()
            covered[y : y + h, x : x + w] = True
        assert (covered == array).all()
        assert len(rectangles(array)) < array.sum() / 2


def test_datamatrix_room_for_a_printers_plain_ascii_encoder() -> None:
    assert datamatrix_ascii_size("FT:ACME:IT-7K3M00042") == 18
    assert datamatrix_ascii_size("FT:ACME:LAB-0815") == 18  # zxing's C40 gets 16
    assert datamatrix_array("FT:ACME:LAB-0815").shape == (16, 16)
    assert datamatrix_ascii_size("0" * 6) == 10
    assert datamatrix_ascii_size("é" * 20) == 36  # UTF-8: 2 bytes, 2 codewords each

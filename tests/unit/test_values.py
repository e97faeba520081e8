from __future__ import annotations

import datetime as dt

import pytest

from app.domain.assets import check_dates, clean_asset_values, clean_custom, clean_tag
from app.domain.values import (
    ValueProblem,
    _cents,
    _plain_cents,
    add_months,
    clean_text,
    parse_date,
    parse_money,
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024-03-31", dt.date(2024, 3, 31)),
        ("2024/03/31", dt.date(2024, 3, 31)),
        ("31.03.2024", dt.date(2024, 3, 31)),
        ("2024-03-31T10:00:00Z", dt.date(2024, 3, 31)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, date: dt.date | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "match"),
    [("03/04/2024", "ambiguous"), ("2024-02-30", "not a date"), ("soon", "not a date")],
)
def test_bad_dates_say_what_to_write(text: str, match: str) -> None:
    with pytest.raises(ValueProblem, match=match) as exc:
        parse_date(text)
    assert "YYYY-MM-DD" in str(exc.value)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1299", 129900),
        ("1299.5", 129950),
        ("1,299.50", 129950),
        ("1.299,50", 129950),
        ("1299,50", 129950),
        ("€ 1 299,00", 129900),
        ("$12", 1200),
        ("0", 0),
        (15, 1500),
        ("", None),
    ],
)
def test_parse_money(text: object, cents: int | None) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    ("text", "match"),
    [("-5", "negative"), ("(12.00)", "negative"), ("12.345", "two decimals"), ("abc", "not an amount"),
     ("99999999999999", "implausibly large")],
)  # fmt: skip
def test_bad_money(text: str, match: str) -> None:
    with pytest.raises(ValueProblem, match=match):
        parse_money(text)


@pytest.mark.parametrize(
    "text",
    ["0", "7", "0007", "12.5", "12.50", "12.05", "0.01", "999999999999999",
     "999999999999999.99", "1000000000000000", "12.", ".5", "1.2.3", "12.345", "1,5", "1 2",
     "+12", "-12", "12e3", "١٢٣", "١٢.٥", "²", "½", "12.٥", "1_000", "٠٠.٠١"],
)  # fmt: skip
def test_the_fast_money_path_agrees_with_the_careful_one(text: str) -> None:
    plain = _plain_cents(text)
    try:
        careful: int | str = _cents(text)
    except ValueProblem as exc:
        careful = str(exc)
    if plain is not None:  # what the fast path takes, the careful one reads the same
        assert plain == careful


@pytest.mark.parametrize(("text", "cents"), [("0", 0), ("1299", 129900), ("1299.5", 129950),
                                             ("1299.05", 129905), ("١٢.٥", 1250)])  # fmt: skip
def test_plain_amounts_take_the_fast_path(text: str, cents: int) -> None:
    assert _plain_cents(text) == cents == parse_money(text)


def test_clean_text_strips_controls_and_limits_length() -> None:
    assert clean_text("  a\x00b \u200b c\n d ") == "ab c d"
    assert clean_text("line1\nline2\x07", multiline=True) == "line1\nline2"
    with pytest.raises(ValueProblem, match="at most 10"):
        clean_text("x" * 11, max_len=10)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2023, 11, 15), 36) == dt.date(2026, 11, 15)


def test_tags() -> None:
    assert clean_tag("  FT-000123 ") == "FT-000123"
    with pytest.raises(ValueProblem, match="required"):
        clean_tag("   ")
    with pytest.raises(ValueProblem, match="spaces"):
        clean_tag("FT 12")
    with pytest.raises(ValueProblem, match="at most 64"):
        clean_tag("X" * 65)


def test_custom_fields() -> None:
    assert clean_custom({" b ": "2", "a": " 1 "}) == {"a": "1", "b": "2"}
    with pytest.raises(ValueProblem, match="no name"):
        clean_custom({" ": "x"})
    with pytest.raises(ValueProblem, match="name = value"):
        clean_custom("a=b")


def test_clean_asset_values_collects_every_problem() -> None:
    values, problems = clean_asset_values(
        {"tag": "", "purchase_cost": "-1", "warranty_end": "tomorrow", "bogus": 1, "status": "zzz"}
    )
    fields = {p.field for p in problems}
    assert fields == {"Asset tag", "Purchase cost", "Warranty ends", "bogus", "Status"}
    assert values == {}


def test_dates_must_follow_purchase() -> None:
    problems = check_dates(
        {"purchase_date": dt.date(2024, 5, 1), "warranty_end": dt.date(2024, 4, 1)}
    )
    assert [p.field for p in problems] == ["Warranty ends"]
    assert "before the purchase date" in problems[0].message


@pytest.mark.parametrize(
    ("n", "text"),
    [(None, ""), (512, "512 B"), (512 * 10**9, "512 GB"), (1_024_000_000_000, "1.02 TB"),
     (4 * 10**15, "4000 TB"), (1_500_000, "1.5 MB")],
)  # fmt: skip
def test_format_bytes(n: int | None, text: str) -> None:
    from app.domain.values import format_bytes

    assert format_bytes(n) == text

"""CSV import rules without I/O: header matching, row checks, formula escaping, delimiters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pytest

from app.domain.assets import ASSET_FIELDS
from app.domain.errors import Problem
from app.domain.importing import (
    IMPORT_FIELDS,
    CheckCache,
    ImportRow,
    _all_plain,
    _cleaner,
    auto_mapping,
    check_columns,
    check_mapping,
    escape_formula,
    match_header,
    normalize_header,
    parse_months,
    resolve_given,
    sniff_delimiter,
    suggest_mapping,
    unescape_formula,
)
from app.domain.lifecycle import Status
from app.domain.values import ValueProblem

SNIPE_IT_HEADERS = [
    "Full Name", "Email", "Username", "Item Name", "Category", "Model name", "Manufacturer",
    "Model Number", "Serial Number", "Asset Tag", "Location", "Notes", "Purchase Date",
    "Purchase Cost", "Company", "Status", "Warranty", "Supplier", "Order Number",
]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Asset Tag", "tag"),
        ("asset_tag", "tag"),
        ("  ASSET   TAG ", "tag"),
        ("\ufeffAsset Tag", "tag"),
        ("Item Name", "name"),
        ("Serial Number", "serial"),
        ("Model name", "model"),
        ("Checked Out To", "assignee"),
        ("Full Name", "assignee"),
        ("Warranty (months)", "warranty_months"),
        ("Warranty", "warranty_months"),
        ("EOL date", "eol_date"),
        ("End of life", "eol_date"),
        ("Next Audit Date", "next_audit"),
        ("custom:Colour", "custom:Colour"),
        ("Custom: RAM size", "custom:RAM size"),
        ("Company", ""),
        ("Inventarnummer", None),
    ],
)
def test_headers_are_matched_ignoring_case_and_punctuation(header: str, field: str | None) -> None:
    assert match_header(header) == field


def test_normalize_header() -> None:
    assert normalize_header("Warranty (months)") == "warranty months"
    assert normalize_header("ASSET_TAG") == "asset tag"


def test_snipe_it_columns_need_no_mapping() -> None:
    mapping, unknown = auto_mapping(SNIPE_IT_HEADERS)
    assert unknown == []
    assert mapping["Asset Tag"] == "tag"
    assert mapping["Full Name"] == "assignee"
    # Username and Email name the person a second way: ignored when Full Name is there
    assert mapping["Username"] == "" and mapping["Email"] == ""
    assert mapping["Company"] == "" and mapping["Model Number"] == ""
    assert check_mapping(SNIPE_IT_HEADERS, mapping) == []


def test_username_is_the_assignee_when_nothing_else_is() -> None:
    mapping, _ = auto_mapping(["Asset Tag", "Username"])
    assert mapping["Username"] == "assignee"


def test_second_column_for_the_same_field_is_ignored_in_suggestions() -> None:
    assert suggest_mapping(["Tag", "Asset Tag", "Whatever"]) == {
        "Tag": "tag",
        "Asset Tag": "",
        "Whatever": "",
    }


def test_given_mapping_is_keyed_by_the_files_columns_and_checked() -> None:
    keyed, problems = resolve_given(["Inventarnr", "Notes"], {"inventarnr": "tag", "X": "name"})
    assert keyed == {"Inventarnr": "tag"}
    assert [p.field for p in problems] == ["X"]
    assert "no such column" in problems[0].message
    _, problems = resolve_given(["A"], {"A": "colour"})
    assert "not a field" in problems[0].message


def test_mapping_problems_name_the_columns() -> None:
    problems = check_mapping(["A", "B"], {"A": "name", "B": "name"})
    messages = " ".join(p.message for p in problems)
    assert "'A' and 'B'" in messages
    assert "asset tag" in messages  # and no tag column at all
    assert all(p.line == 1 for p in problems)


def test_import_fields_document_custom_fields() -> None:
    assert "custom:<Name>" in IMPORT_FIELDS
    assert {"tag", "assignee", "warranty_months", "location"} <= set(IMPORT_FIELDS)


@pytest.mark.parametrize(
    "text",
    ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=already", "''-twice"],
)
def test_formula_escaping_round_trips(text: str) -> None:
    escaped = escape_formula(text)
    assert escaped.startswith("'")
    assert unescape_formula(escaped) == text


@pytest.mark.parametrize("text", ["plain", "it's", "'quoted'", "", "1-2"])
def test_harmless_cells_are_left_alone(text: str) -> None:
    assert escape_formula(text) == text
    assert unescape_formula(text) == text


@pytest.mark.parametrize(
    ("sample", "delimiter"),
    [
        ("a,b,c\n1,2,3", ","),
        ("a;b;c\n1,5;2;3", ";"),
        ("a\tb\tc\n", "\t"),
        ('"x;y",b,c\n', ","),
        ("only\n", ","),
    ],
)
def test_sniff_delimiter(sample: str, delimiter: str) -> None:
    assert sniff_delimiter(sample) == delimiter


@pytest.mark.parametrize(
    ("text", "months"), [("36", 36), ("0", 0), ("24 months", 24), ("12.0", 12)]
)
def test_parse_months(text: str, months: int) -> None:
    assert parse_months(text) == months


@pytest.mark.parametrize(("text", "match"), [("3.5", "whole number"), ("-1", "whole"),
                                             ("601", "more than 600"), ("soon", "whole")])  # fmt: skip
def test_bad_months(text: str, match: str) -> None:
    with pytest.raises(ValueProblem, match=match):
        parse_months(text)


def row(**cells: str) -> tuple[object, list[Problem]]:
    problems: list[Problem] = []
    return parse_row(7, cells, {k: k.title() for k in cells}, problems), problems


def test_a_full_row() -> None:
    parsed, problems = row(
        tag="IT-1", name=" Anna's  laptop ", model="Latitude 5440", manufacturer="Dell",
        category="Laptop", status="Ready to Deploy", assignee="Anna Schmidt",
        location="Berlin HQ>Building B >  2.14", purchase_date="2024-03-01",
        purchase_cost="1,299.50", warranty_months="36", notes="line 1\nline 2",
        **{"custom:Colour": "grey"},
    )  # fmt: skip
    assert problems == []
    assert parsed is not None
    assert parsed.values["name"] == "Anna's laptop"
    assert parsed.values["status"] is Status.DEPLOYED  # ready to deploy + checked out
    assert parsed.values["purchase_cost"] == 129950
    assert parsed.values["warranty_end"] == dt.date(2027, 3, 1)
    assert parsed.values["notes"] == "line 1\nline 2"
    assert parsed.model == ("Dell", "Latitude 5440", "Laptop")
    assert parsed.location == "Berlin HQ > Building B > 2.14"
    assert parsed.custom == {"Colour": "grey"}


def test_status_defaults() -> None:
    parsed, _ = row(tag="A")
    assert parsed is not None and parsed.values["status"] is Status.IN_STOCK
    parsed, _ = row(tag="A", assignee="Anna")
    assert parsed is not None and parsed.values["status"] is Status.DEPLOYED


def test_every_problem_of_a_row_is_reported_with_its_line_and_column() -> None:
    parsed, problems = row(
        tag="has space", purchase_date="31/02/2024", purchase_cost="-5", status="lent out",
        warranty_months="12",
    )  # fmt: skip
    assert parsed is None
    assert {p.line for p in problems} == {7}
    by_field = {p.field: p.message for p in problems}
    assert "one word" in by_field["Tag"]
    assert "ambiguous" in by_field["Purchase_Date"]
    assert "negative" in by_field["Purchase_Cost"]
    assert "is not a status" in by_field["Status"]
    assert "needs a purchase date" in by_field["Warranty_Months"]


def test_deployed_needs_a_person_or_place() -> None:
    parsed, problems = row(tag="A", status="deployed")
    assert parsed is None
    assert "needs a person" in problems[0].message


def test_model_needed_with_manufacturer() -> None:
    _, problems = row(tag="A", manufacturer="Dell")
    assert "name it too" in problems[0].message


def test_warranty_months_and_end_must_agree() -> None:
    _, problems = row(tag="A", purchase_date="2024-01-31", warranty_months="1",
                      warranty_end="2024-03-01")  # fmt: skip
    assert "2024-02-29" in problems[0].message


def test_cross_field_dates_come_from_check_dates() -> None:
    _, problems = row(tag="A", purchase_date="2024-05-01", eol_date="2024-01-01")
    assert "before the purchase date" in problems[0].message


def test_apostrophe_escaped_cells_are_unescaped() -> None:
    parsed, _ = row(tag="'-001", notes="'=SUM(A1)")
    assert parsed is not None
    assert parsed.values["tag"] == "-001"
    assert parsed.values["notes"] == "=SUM(A1)"


def test_overlong_cells_are_refused_by_length_alone() -> None:
    _, problems = row(tag="A", notes="x" * 10_000_000)
    assert "10,000,000 characters" in problems[0].message


def test_columns_duplicates_are_found_ignoring_ascii_case() -> None:
    rows, problems = check_columns(
        [2, 3, 5, 9], {"tag": ["IT-1", "it-1", "IT-2", "Ä-1"]}, {"tag": "Asset Tag"}
    )
    assert [r.values["tag"] for r in rows] == ["IT-2", "Ä-1"]
    assert [(p.line, p.field) for p in problems] == [(2, "Asset Tag"), (3, "Asset Tag")]
    assert "lines 2, 3" in problems[0].message


def test_columns_missing_tag_column_refuses_every_row() -> None:
    rows, problems = check_columns([2, 3], {"name": ["a", "b"]})
    assert rows == []
    assert [p.line for p in problems] == [2, 3]


def test_cached_values_still_report_each_line() -> None:
    rows, problems = check_columns(
        [2, 3, 4], {"tag": ["A", "B", "C"], "purchase_date": ["soon", "2024-01-01", "soon"]}
    )
    assert [r.line for r in rows] == [3]
    assert [p.line for p in problems] == [2, 4]


def parse_row(
    line: int,
    cells: Mapping[str, str],
    columns: Mapping[str, str] | None = None,
    problems: list[Problem] | None = None,
) -> ImportRow | None:
    """Check one row (field -> text): `check_columns` for a single record. Appends the
    problems to `problems` and returns None if there was any."""
    rows, found = check_columns([line], {k: [v] for k, v in cells.items()}, columns)
    if problems is not None:
        problems.extend(found)
    return rows[0] if rows else None


# Texts that cleaning changes or refuses, next to plain ones: a column is taken as it is
# only when cleaning would leave every text of it unchanged.
AWKWARD = ["", " lead", "trail ", "a  b", "a b", "tab\there", "Über", "a\x7fb", "a\u00a0b",
           "line\nbreak", "a \nb", "a\n b", "\n", "a\n", "\na", "x" * 201, "a\x00b", "\u200bx",
           "e\u0301", "IT-1", "it-1"]  # fmt: skip


@pytest.mark.parametrize("name", ["tag", "name", "serial", "notes"])
@pytest.mark.parametrize("text", AWKWARD)
def test_a_column_taken_whole_is_what_cleaning_each_text_gives(name: str, text: str) -> None:
    spec = ASSET_FIELDS[name]
    clean = _cleaner(name)
    assert _all_plain(["IT-2", "Plain-3"], spec)
    for column in (["IT-2", text], [text, "IT-2"], [text]):
        if _all_plain(column, spec):
            assert [clean(t) for t in column] == column


@pytest.mark.parametrize("name", ["name", "serial", "notes"])
def test_columns_agree_with_their_cells_checked_one_by_one(name: str) -> None:
    texts = [f"X-{i}" for i in range(3)] + AWKWARD
    lines = list(range(2, 2 + len(texts)))
    data = {name: texts, "tag": [f"T-{i}" for i in range(len(texts))]}
    rows, problems = check_columns(lines, data, {name: "Column"})
    one_by_one = [
        check_columns([line], {k: [v[i]] for k, v in data.items()}, {name: "Column"})
        for i, line in enumerate(lines)
    ]
    assert rows == [r for found, _ in one_by_one for r in found]
    assert problems == [p for _, found in one_by_one for p in found]


def test_a_cache_shared_by_the_chunks_of_a_file_changes_nothing() -> None:
    dates = ["2024-01-31", "soon", "2024-02-29", "2023-13-01", "31.03.2024"]
    data = {
        "tag": [f"T-{i}" for i in range(40)],
        "purchase_date": [dates[i % 5] for i in range(40)],
        "warranty_months": [["12", "x", "", "601"][i % 4] for i in range(40)],
        "status": [["Ready to Deploy", "lent", "", "Deployed"][i % 4] for i in range(40)],
        "assignee": [["Anna", "", " Ben  B "][i % 3] for i in range(40)],
        "eol_date": [["", "2020-01-01"][i % 2] for i in range(40)],
    }
    lines = list(range(2, 42))
    cache = CheckCache()
    for start in range(0, 40, 7):
        chunk = {k: v[start : start + 7] for k, v in data.items()}
        shared = check_columns(lines[start : start + 7], chunk, cache=cache)
        alone = check_columns(lines[start : start + 7], chunk)
        assert shared == alone
    assert cache.values["purchase_date"]["soon"] is None
    assert "not a date" in cache.errors["purchase_date"]["soon"]

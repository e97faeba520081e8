"""The "changes" JSON of imported assets, put together from pieces: the same text that
json.dumps writes for the dict."""

from __future__ import annotations

import json

from app.services.transfer import _ASSET_COLUMNS, _CreatedChanges, _json

ROWS: list[tuple[object, ...]] = [
    ("FT-1", 'Anna\'s "laptop"', "", None, "in_stock", "l-1", None, "2024-01-31", 0, "Bechtle",
     "", None, None, None, None, "multi\nline é ü \u2028 \x07 \\ /"),
    ("FT-2", "", "SN 1", "m-1", "deployed", None, "p-1", None, 129950, "Dell «Direct»", "PO-1",
     "2027-01-31", "2030-01-01", "2025-01-01", "2023-01-01", ""),
    ("", "", "", None, "", None, None, None, None, "", "", None, None, None, None, ""),
    ("FT-4", "Ωmega 😀", "\t", "m-1", "in_stock", "l-1", "p-1", "2024-01-31", 10**14, "Bechtle",
     "PO-1", None, None, None, None, "x"),
]  # fmt: skip
CUSTOM: list[dict[str, str]] = [{}, {"Colour": "grau", "RAM": "16 GB"}, {}, {"Ä": '"q"'}]


def test_created_changes_are_what_json_dumps_writes() -> None:
    expected = []
    for row, custom in zip(ROWS, CUSTOM, strict=True):
        changes: dict[str, object] = {
            k: [None, x] for k, x in zip(_ASSET_COLUMNS, row, strict=True) if x not in (None, "")
        }
        if custom:
            changes["custom"] = [None, custom]
        expected.append(json.dumps(changes))
    columns = [list(column) for column in zip(*ROWS, strict=True)]
    changes_of = _CreatedChanges()
    assert changes_of.texts(columns, CUSTOM) == expected
    assert changes_of.texts(columns, CUSTOM) == expected  # again, from the kept pieces
    assert expected[2] == "{}"


def test_json_of_one_value() -> None:
    for value in ["", 'é\n"', 0, -5, 10**20, True, None, 1.5, {"a": ["b"]}]:
        assert _json(value) == json.dumps(value)

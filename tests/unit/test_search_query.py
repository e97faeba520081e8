from __future__ import annotations

import sqlite3

import pytest

from app.store.search import fts_query


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("latitude", '"latitude"*'),
        ("FT-00012", '"FT 00012"*'),
        ("jürgen berlin", '"jürgen"* AND "berlin"*'),
        ("'; DROP TABLE assets; --", '"DROP"* AND "TABLE"* AND "assets"*'),
        ('"*) OR (', '"OR"*'),
        ("*** ---", None),
        ("", None),
        ("   ", None),
        ("a_b", '"a b"*'),
    ],
)
def test_fts_query(text: str, query: str | None) -> None:
    assert fts_query(text) == query


@pytest.mark.parametrize(
    "text",
    [
        "NEAR(a b)",
        "tag:FT",
        "a OR b",
        "^x",
        "x AND",
        '"unbalanced',
        "🙂 laptop",
        "Łukasz",
        "x" * 5000,
    ],
)
def test_generated_queries_are_valid_fts5(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('laptop Łukasz tag FT')")
    query = fts_query(text)
    if query is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()

"""Building FTS5 queries from what a person types.

Every word becomes a quoted prefix phrase, so nothing typed can be FTS5 syntax (quotes,
operators, column filters) or SQL: `'; DROP TABLE` is searched as the words "drop" and
"table". Words are split like the index's tokenizer splits them (letters and digits), so
"FT-00012" finds the tag FT-000123 and "5cg1" the serial 5CG1234XYZ.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8
# Up to this many matches are ordered by relevance (bm25); see `best_matches`.
RANK_LIMIT = 1000


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression (all words, each as a prefix), or None if nothing is
    searchable in `text` (only punctuation, say)."""
    phrases: list[str] = []
    for word in text.split()[:MAX_TERMS]:
        tokens = [t for t in _TOKEN.findall(word) if t != "_"]
        tokens = [t.replace("_", " ").strip() for t in tokens]
        tokens = [t for t in tokens if t]
        if tokens:
            phrases.append('"' + " ".join(tokens).replace('"', "") + '"*')
    return " AND ".join(phrases) if phrases else None


def best_matches(session: Session, match: str, limit: int) -> list[int]:
    """The rowids (`Asset.num`) of the `limit` best matches of an FTS5 `match` expression.

    Ranking costs time in proportion to the number of matches (bm25 is computed for every
    one before the best are picked): 300 ms for a one-letter prefix that matches 100,000
    assets. For so broad a query relevance says nothing anyway, so when more than
    `RANK_LIMIT` assets match, the first matches in rowid order (the oldest records) are
    returned instead; reading only those stops early and stays within a few milliseconds."""
    candidates = list(
        session.execute(
            text("SELECT rowid FROM asset_fts WHERE asset_fts MATCH :q LIMIT :n"),
            {"q": match, "n": RANK_LIMIT + 1},
        ).scalars()
    )
    if len(candidates) > RANK_LIMIT:
        return candidates[:limit]
    return list(
        session.execute(
            text("SELECT rowid FROM asset_fts WHERE asset_fts MATCH :q ORDER BY rank LIMIT :n"),
            {"q": match, "n": limit},
        ).scalars()
    )

"""Building FTS5 queries from what a person types.

Every word becomes a quoted prefix phrase, so nothing typed can be FTS5 syntax (quotes,
operators, column filters) or SQL: `'; DROP TABLE` is searched as the words "drop" and
"table". Words are split like the index's tokenizer splits them (letters and digits), so
"FT-00012" finds the tag FT-000123 and "5cg1" the serial 5CG1234XYZ.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8


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

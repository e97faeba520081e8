"""A report as plain values: title, facts and tables of text cells, and the rows of its CSV.
Built by `app.services.reports`, rendered as PDF by `app.printing.reports`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    widths: tuple[float, ...]  # relative column widths in the PDF
    numeric: frozenset[int] = frozenset()  # right-aligned columns
    total: tuple[str, ...] | None = None  # a totals row, printed bold at the end
    note: str = ""  # a line under the table
    empty: str = "None."


@dataclass(frozen=True)
class Report:
    kind: str
    title: str
    organisation: str
    generated_at: dt.datetime  # UTC
    facts: list[tuple[str, str]]  # shown under the title
    tables: list[Table]
    csv_header: tuple[str, ...]
    csv_rows: Sequence[tuple[str, ...]] = field(default_factory=list)

"""Reports as PDF and CSV: inventory by location, warranty and end-of-life forecast,
disposal register (certificates issued), count history.

Each report is read with a few aggregate queries on the session's connection (no ORM
objects per row) into a `Report`: its title, facts, and tables of plain text cells. The
same `Report` becomes a PDF (`app.printing.reports`) or a CSV (UTF-8 with BOM, cells a
spreadsheet would run as formulas escaped); the CSV is the report's main table, one row per
line, with amounts as plain numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from pathlib import Path
from typing import Any, Literal

from app.domain.dashboard import FORECAST_QUARTERS, money, quarter_label, quarters
from app.domain.errors import Problem, ValidationError
from app.domain.importing import escape_formula
from app.domain.lifecycle import STATUS_LABELS, Status
from app.domain.reports import Report, Table
from app.domain.text import QT_TRANSLATE_NOOP
from app.services.context import Context
from app.services.labels import check_target, write_atomically

ReportKind = Literal["inventory", "warranty", "disposals", "counts"]
REPORT_KINDS: tuple[ReportKind, ...] = ("inventory", "warranty", "disposals", "counts")
REPORT_TITLES: dict[str, str] = {
    "inventory": "Inventory by location",
    "warranty": "Warranty and end-of-life forecast",
    "disposals": "Disposal register",
    "counts": "Count history",
}
# replacements are forecast for assets still in use or in stock (not those already out)
OUT_OF_SERVICE = ("retired", "disposed")
NO_LOCATION = "(no location)"


def report_format(path: Path) -> Literal["pdf", "csv"]:
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".csv"):
        return "pdf" if suffix == ".pdf" else "csv"
    raise ValidationError(
        [
            Problem(
                QT_TRANSLATE_NOOP("services.reports", "Output"),
                QT_TRANSLATE_NOOP(
                    "services.reports", "{name}: name the report file .pdf or .csv"
                ).format(name=path.name),
            )
        ]
    )


def check_kind(kind: str) -> ReportKind:
    for k in REPORT_KINDS:
        if kind == k:
            return k
    raise ValidationError.single(
        QT_TRANSLATE_NOOP("services.reports", "Report"),
        QT_TRANSLATE_NOOP(
            "services.reports", "There is no report '{kind}': choose one of {REPORT_KINDS}."
        ).format(kind=kind, REPORT_KINDS=", ".join(REPORT_KINDS)),
    )


def build_report(
    ctx: Context,
    kind: str,
    *,
    today: dt.date | None = None,
    currency: str = "EUR",
    organisation: str = "",
) -> Report:
    today = today or dt.date.today()
    kind = check_kind(kind)
    with ctx.reading() as session:
        conn = session.connection().connection.dbapi_connection
        if kind == "inventory":
            return _inventory(conn, currency, organisation)
        if kind == "warranty":
            return _forecast(conn, today, currency, organisation)
        if kind == "disposals":
            return _disposals(conn, organisation)
        return _counts(conn, organisation)


def save_report(
    ctx: Context,
    kind: str,
    path: Path,
    *,
    today: dt.date | None = None,
    currency: str = "EUR",
    organisation: str = "",
) -> Path:
    """Write the report to `path` (.pdf or .csv), atomically. Bad input changes nothing."""
    fmt = report_format(path)
    check_kind(kind)
    check_target(path)
    report = build_report(ctx, kind, today=today, currency=currency, organisation=organisation)
    if fmt == "pdf":
        from app.printing.reports import render_report

        write_atomically(path, render_report(report))
    else:
        write_atomically(path, report_csv(report))
    return path


def report_csv(report: Report) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(report.csv_header)
    writer.writerows([escape_formula(c) for c in row] for row in report.csv_rows)
    return out.getvalue().encode("utf-8-sig")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _plain(cents: int) -> str:
    """An amount for CSV: 1234.50 (no thousands separator)."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole}.{rest:02d}"


# ------------------------------------------------------------------------------ inventory

STATUS_ORDER = [s.value for s in Status]


def _inventory(conn: Any, currency: str, organisation: str) -> Report:
    per_place: dict[str | None, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys(STATUS_ORDER, 0)
    )
    cost: dict[str | None, int] = defaultdict(int)
    unknown_cost: dict[str | None, int] = defaultdict(int)
    for loc, status, n, total, missing_cost in conn.execute(
        "SELECT location_id, status, COUNT(*), SUM(purchase_cost), SUM(purchase_cost IS NULL) "
        "FROM assets GROUP BY location_id, status"
    ):
        per_place[loc][str(status)] = int(n)
        cost[loc] += int(total or 0)
        unknown_cost[loc] += int(missing_cost or 0)
    paths = dict(conn.execute("SELECT id, path FROM locations").fetchall())
    places = sorted(per_place, key=lambda loc: (loc is None, (paths.get(loc) or "").casefold()))
    shown = [s for s in STATUS_ORDER if any(per_place[p][s] for p in places)] or STATUS_ORDER[:4]
    rows, csv_rows = [], []
    totals = dict.fromkeys(STATUS_ORDER, 0)
    grand_cost = 0
    for loc in places:
        counts = per_place[loc]
        path = paths.get(loc, NO_LOCATION) if loc else NO_LOCATION
        n = sum(counts.values())
        for s in STATUS_ORDER:
            totals[s] += counts[s]
        grand_cost += cost[loc]
        rows.append((path, *(f"{counts[s]:,}" for s in shown), f"{n:,}", money(cost[loc])))
        csv_rows.append((path, *(str(counts[s]) for s in STATUS_ORDER), str(n), _plain(cost[loc]),
                         currency, str(unknown_cost[loc])))  # fmt: skip
    all_assets = sum(totals.values())
    header = ("Location", *(STATUS_LABELS[Status(s)] for s in shown), "Assets",
              f"Cost ({currency})")  # fmt: skip
    table = Table(
        "Assets by location and state",
        header,
        rows,
        (4.6, *(1.6 for _ in shown), 1.4, 2.3),
        numeric=frozenset(range(1, len(header))),
        total=("Total", *(f"{totals[s]:,}" for s in shown), f"{all_assets:,}", money(grand_cost)),
        note="Cost is the sum of the recorded purchase costs (assets without one count as 0). "
        "Each location lists the assets recorded right there, not those below it.",
        empty="No assets recorded.",
    )
    return Report(
        "inventory", REPORT_TITLES["inventory"], organisation, _now(),
        [("Assets", f"{all_assets:,}"), ("Locations with assets", f"{len(places):,}"),
         ("Purchase cost", money(grand_cost, currency))],
        [table],
        ("location", *STATUS_ORDER, "assets", "purchase_cost", "currency",
         "assets_without_cost"),
        csv_rows,
    )  # fmt: skip


# ------------------------------------------------------------------------------- forecast


def _forecast(conn: Any, today: dt.date, currency: str, organisation: str) -> Report:
    spans = quarters(today, FORECAST_QUARTERS)
    first, last = spans[0][0], spans[-1][1]
    marks = ",".join("?" * len(OUT_OF_SERVICE))
    q_expr = (
        "CAST(substr({c}, 1, 4) AS INTEGER) * 10 + (CAST(substr({c}, 6, 2) AS INTEGER) + 2) / 3"
    )

    def grouped(column: str) -> dict[tuple[int, str], tuple[int, int]]:
        out: dict[tuple[int, str], tuple[int, int]] = {}
        sql = (
            f"SELECT {q_expr.format(c='a.' + column)}, COALESCE(m.category, ''), COUNT(*), "
            "SUM(COALESCE(a.purchase_cost, 0)) FROM assets a "
            "LEFT JOIN asset_models m ON m.id = a.model_id "
            f"WHERE a.{column} >= ? AND a.{column} <= ? AND a.status NOT IN ({marks}) "
            "GROUP BY 1, 2"
        )
        for q, cat, n, c in conn.execute(sql, (first.isoformat(), last.isoformat(),
                                               *OUT_OF_SERVICE)):  # fmt: skip
            out[(int(q), str(cat))] = (int(n), int(c or 0))
        return out

    warranty = grouped("warranty_end")
    eol = grouped("eol_date")
    overdue_n, overdue_cost = conn.execute(
        "SELECT COUNT(*), SUM(COALESCE(purchase_cost, 0)) FROM assets "
        f"WHERE eol_date < ? AND status NOT IN ({marks})",
        (first.isoformat(), *OUT_OF_SERVICE),
    ).fetchone()
    rows, detail, csv_rows = [], [], []
    tot = [0, 0, 0, 0]
    for start, end in spans:
        key = start.year * 10 + (start.month + 2) // 3
        label = quarter_label(start)
        cats = sorted({c for (q, c) in warranty if q == key} | {c for (q, c) in eol if q == key})
        w_n = sum(warranty.get((key, c), (0, 0))[0] for c in cats)
        w_c = sum(warranty.get((key, c), (0, 0))[1] for c in cats)
        e_n = sum(eol.get((key, c), (0, 0))[0] for c in cats)
        e_c = sum(eol.get((key, c), (0, 0))[1] for c in cats)
        for i, v in enumerate((w_n, w_c, e_n, e_c)):
            tot[i] += v
        rows.append((label, f"{start:%d %b} – {end:%d %b %Y}", f"{w_n:,}", money(w_c),
                     f"{e_n:,}", money(e_c)))  # fmt: skip
        for cat in cats:
            wn, wc = warranty.get((key, cat), (0, 0))
            en, ec = eol.get((key, cat), (0, 0))
            detail.append((label, cat or "(no category)", f"{wn:,}", f"{en:,}", money(ec)))
            csv_rows.append((label, start.isoformat(), end.isoformat(), cat, str(wn), _plain(wc),
                             str(en), _plain(ec), currency))  # fmt: skip
    summary = Table(
        "Per quarter",
        ("Quarter", "Dates", "Warranties ending", f"Their cost ({currency})",
         "Reaching end of life", f"Replacement cost ({currency})"),
        rows,
        (1.6, 2.6, 1.7, 2.1, 1.7, 2.3),
        numeric=frozenset({2, 3, 4, 5}),
        total=("Total", "", f"{tot[0]:,}", money(tot[1]), f"{tot[2]:,}", money(tot[3])),
        note="Replacement cost is the purchase cost recorded for the assets reaching end of "
        "life (what replacing them like for like would cost at the old price). Assets retired "
        "or disposed are left out.",
    )  # fmt: skip
    by_category = Table(
        "Per quarter and category",
        ("Quarter", "Category", "Warranties ending", "Reaching end of life",
         f"Replacement cost ({currency})"),
        detail,
        (1.6, 3.4, 1.8, 1.8, 2.4),
        numeric=frozenset({2, 3, 4}),
        empty="No warranty ends and no asset reaches end of life in these quarters.",
    )  # fmt: skip
    return Report(
        "warranty", REPORT_TITLES["warranty"], organisation, _now(),
        [("Period", f"{quarter_label(first)} – {quarter_label(spans[-1][0])} "
                    f"({first:%d %b %Y} – {last:%d %b %Y})"),
         ("Already past end of life", f"{int(overdue_n or 0):,} assets, "
                                      f"{money(int(overdue_cost or 0), currency)}"),
         ("Currency", currency)],
        [summary, by_category],
        ("quarter", "quarter_start", "quarter_end", "category", "warranties_ending",
         "warranty_cost", "reaching_end_of_life", "replacement_cost", "currency"),
        csv_rows,
    )  # fmt: skip


# ------------------------------------------------------------------------------ disposals


def _table_exists(conn: Any, name: str) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
    )


def _when(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text[:16].replace("T", " ")


def _disposals(conn: Any, organisation: str) -> Report:
    rows, csv_rows = [], []
    counts = {"drive": 0, "asset": 0, "batch": 0}
    superseded = 0
    if _table_exists(conn, "certificates"):
        for (number, issued_at, scope, issued_by, device, assets, drives, newer,
             old) in conn.execute(
            "SELECT c.number, c.issued_at, c.scope, c.issued_by, COALESCE(d.name, c.device_id),"
            " (SELECT COUNT(DISTINCT i.asset_id) FROM certificate_items i "
            "   WHERE i.certificate_id = c.id),"
            " (SELECT COUNT(DISTINCT i.drive_id) FROM certificate_items i "
            "   WHERE i.certificate_id = c.id),"
            " n.number, o.number "
            "FROM certificates c LEFT JOIN devices d ON d.id = c.device_id "
            "LEFT JOIN certificates n ON n.id = c.superseded_by "
            "LEFT JOIN certificates o ON o.superseded_by = c.id "
            "ORDER BY c.issued_at, c.number"
        ):  # fmt: skip
            counts[str(scope)] = counts.get(str(scope), 0) + 1
            if newer:
                superseded += 1
            state = f"superseded by {newer}" if newer else "valid"
            if old:
                state += f" (replaces {old})"
            rows.append((str(number), _when(issued_at), str(scope), f"{assets:,}",
                         f"{drives:,}", f"{issued_by} ({device})", state))  # fmt: skip
            csv_rows.append((str(number), _when(issued_at), str(scope), str(assets),
                             str(drives), str(issued_by), str(device), newer or "",
                             old or ""))  # fmt: skip
    table = Table(
        "Certificates of sanitization issued",
        ("Number", "Issued (UTC)", "Scope", "Assets", "Drives", "Technician (device)", "State"),
        rows,
        (3.0, 2.3, 1.1, 1.0, 1.0, 3.0, 3.0),
        numeric=frozenset({3, 4}),
        empty="No certificate has been issued.",
        note="A superseded certificate was replaced by a reissue; both stay in the register.",
    )
    total = len(rows)
    return Report(
        "disposals", REPORT_TITLES["disposals"], organisation, _now(),
        [("Certificates", f"{total:,} ({counts.get('drive', 0)} drive, "
                          f"{counts.get('asset', 0)} asset, {counts.get('batch', 0)} batch)"),
         ("Superseded", f"{superseded:,}")],
        [table],
        ("number", "issued_at", "scope", "assets", "drives", "technician", "device",
         "superseded_by", "supersedes"),
        csv_rows,
    )  # fmt: skip


# --------------------------------------------------------------------------------- counts


COUNTS_SQL = """
SELECT c.id, COALESCE(l.path, c.location_id), c.include_sublocations, c.status, c.started_by,
       c.started_at, COALESCE(d.name, c.device_id), c.closed_by, c.closed_at
FROM counts c
LEFT JOIN locations l ON l.id = c.location_id
LEFT JOIN devices d ON d.id = c.device_id
ORDER BY c.started_at DESC, c.id DESC
"""
EXPECTED_SQL = "SELECT count_id, COUNT(*) FROM count_expected GROUP BY count_id"
# per count: scans, distinct assets scanned, of them expected (found), unknown tags
SCANS_SQL = """
SELECT s.count_id, COUNT(*), COUNT(DISTINCT s.asset_id),
       COUNT(DISTINCT CASE WHEN e.asset_id IS NOT NULL THEN s.asset_id END),
       COUNT(DISTINCT CASE WHEN s.asset_id IS NULL THEN s.tag END)
FROM count_scans s
LEFT JOIN count_expected e ON e.count_id = s.count_id AND e.asset_id = s.asset_id
GROUP BY s.count_id
"""


def _counts(conn: Any, organisation: str) -> Report:
    rows, csv_rows = [], []
    closed = 0
    expected_of = dict(conn.execute(EXPECTED_SQL).fetchall())
    scans_of = {r[0]: r[1:] for r in conn.execute(SCANS_SQL)}
    for (cid, path, sub, status, started_by, started_at, device, closed_by,
         closed_at) in conn.execute(COUNTS_SQL):  # fmt: skip
        expected = int(expected_of.get(cid, 0))
        scans, scanned, found, unknown = scans_of.get(cid, (0, 0, 0, 0))
        unexpected = int(scanned) - int(found)
        missing = expected - int(found)
        if status == "closed":
            closed += 1
        where = f"{path}{' (with sub-locations)' if sub else ''}"
        who = f"{started_by} ({device})"
        ended = f"{_when(closed_at)} by {closed_by}" if closed_at else "open"
        rows.append((where, f"{_when(started_at)} · {who}", ended, f"{expected:,}", f"{found:,}",
                     f"{missing:,}", f"{unexpected:,}", f"{unknown:,}"))  # fmt: skip
        csv_rows.append((str(cid), str(path), "yes" if sub else "no", str(status),
                         str(started_by), str(device), _when(started_at), str(closed_by or ""),
                         _when(closed_at), str(expected), str(found), str(missing),
                         str(unexpected), str(unknown), str(scans)))  # fmt: skip
    table = Table(
        "Counts, newest first",
        ("Location", "Started (UTC) · by", "Closed (UTC)", "Expected", "Found", "Missing",
         "Unexpected", "Unknown tags"),
        rows,
        (3.6, 3.2, 2.6, 1.2, 1.1, 1.1, 1.3, 1.3),
        numeric=frozenset({3, 4, 5, 6, 7}),
        empty="No count has been started.",
        note="Found: expected assets scanned. Missing: expected, not scanned (for an open "
        "count: not scanned yet). Unexpected: scanned there but expected elsewhere. Unknown "
        "tags: scanned tags no asset has. Each count's own report has the lists.",
    )  # fmt: skip
    return Report(
        "counts", REPORT_TITLES["counts"], organisation, _now(),
        [("Counts", f"{len(rows):,} ({closed} closed, {len(rows) - closed} open)")],
        [table],
        ("count_id", "location", "with_sublocations", "status", "started_by", "device",
         "started_at", "closed_by", "closed_at", "expected", "found", "missing", "unexpected",
         "unknown_tags", "scans"),
        csv_rows,
    )  # fmt: skip


__all__ = [
    "REPORT_KINDS", "REPORT_TITLES", "Report", "Table", "build_report", "check_kind",
    "report_csv", "report_format", "save_report",
]  # fmt: skip

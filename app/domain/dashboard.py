"""What the home page shows and the calendar arithmetic of the reports. Pure values.

`DashboardFigures` are the numbers a team lead reads first (each one opens the asset list
behind it); `DashboardCharts` the series drawn as charts; `Dashboard` the figures with the
recent activity. The store fills them with a few aggregate queries (`app.store.dashboard`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

WARRANTY_WINDOWS = (30, 60, 90)  # days: warranties ending within
EOL_SOON_DAYS = 90  # reaching end of life within
AUDIT_SOON_DAYS = 30  # due for a count within
CHART_MONTHS = 12  # warranty expiries per month, this month and the 11 after
FORECAST_QUARTERS = 8
RECENT_EVENTS = 12
# (label, lower bound in years, upper bound in years or None): purchase age buckets
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("< 1 year", 0, 1),
    ("1–2 years", 1, 2),
    ("2–3 years", 2, 3),
    ("3–4 years", 3, 4),
    ("4–5 years", 4, 5),
    ("5+ years", 5, None),
)


@dataclass(frozen=True)
class DashboardFigures:
    """The home page's figures on `today`. "Active" assets are those not disposed."""

    today: dt.date
    total: int  # every asset recorded (disposed ones included)
    by_status: dict[str, int]  # status value -> assets (every status present, 0 if none)
    warranty_ending: dict[int, int]  # days (30/60/90) -> active assets whose warranty ends
    past_eol: int  # active assets whose end-of-life date has passed
    eol_soon: int  # active assets reaching end of life within EOL_SOON_DAYS
    audit_overdue: int  # assets a count would expect: next audit today or past, or never
    audit_locations: int  # locations holding them
    audit_soon: int  # of them, or due within AUDIT_SOON_DAYS (overdue included)
    checklists_in_progress: int  # checklist runs in progress
    checklist_assets: int  # assets with a checklist in progress
    drives_waiting: int  # drives of retired assets without a passed sanitization
    unsynced: int  # events of this device not acknowledged by the sync server
    last_sync: dt.datetime | None  # None: never synced


@dataclass(frozen=True)
class RecentItem:
    """One line of recent activity."""

    at: dt.datetime  # UTC
    actor: str
    device: str
    entity: str
    what: str  # the asset ("IT-0042 Anna's laptop") or the thing changed
    summary: str
    asset_id: str | None


@dataclass(frozen=True)
class Dashboard:
    figures: DashboardFigures
    recent: tuple[RecentItem, ...] | None = None  # None: not loaded yet (quick start)


@dataclass(frozen=True)
class DashboardCharts:
    today: dt.date
    by_status: dict[str, int]
    by_category: list[tuple[str, int]]  # active assets, most first ("" = no category)
    warranty_by_month: list[tuple[dt.date, int]]  # first of month -> active assets
    by_age: list[tuple[str, int]]  # AGE_BUCKETS labels, then "unknown"
    age_bounds: list[tuple[dt.date | None, dt.date | None]] = field(default_factory=list)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by `months` calendar months (the day clamped to the month's length)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def quarter_label(start: dt.date) -> str:
    return f"{start.year} Q{(start.month - 1) // 3 + 1}"


def quarters(today: dt.date, n: int = FORECAST_QUARTERS) -> list[tuple[dt.date, dt.date]]:
    """The `n` calendar quarters from the one holding `today`: (first day, last day)."""
    first = quarter_start(today)
    out = []
    for i in range(n):
        start = add_months(first, 3 * i)
        out.append((start, add_months(start, 3) - dt.timedelta(days=1)))
    return out


def years_before(today: dt.date, years: int) -> dt.date:
    return add_months(today, -12 * years)


def age_bounds(today: dt.date) -> list[tuple[dt.date | None, dt.date | None]]:
    """Purchase-date bounds (after, on or before) of each AGE_BUCKETS entry: an asset
    bought after `after` and on or before `upto` is in the bucket."""
    out: list[tuple[dt.date | None, dt.date | None]] = []
    for _label, low, high in AGE_BUCKETS:
        upto = years_before(today, low)
        after = years_before(today, high) if high is not None else None
        out.append((after, upto))
    return out


def money(cents: int, currency: str = "") -> str:
    """12345678 -> "123,456.78 EUR" (a negative amount keeps its sign)."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    text = f"{sign}{whole:,}.{rest:02d}"
    return f"{text} {currency}" if currency else text

"""What the asset list shows: a filter and a sort order. Plain values, no database code, so
the GUI can hold one before the store's libraries are loaded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.lifecycle import Status


@dataclass(frozen=True)
class AssetFilter:
    text: str = ""
    statuses: tuple[Status, ...] = ()
    location_id: str | None = None
    include_sublocations: bool = True
    category: str | None = None
    model_id: str | None = None
    assignee_id: str | None = None
    warranty_within_days: int | None = None  # warranty ends between today and today + N
    sort: str = "tag"
    descending: bool = False
    today: dt.date | None = field(default=None, compare=False)

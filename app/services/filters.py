"""What the asset list shows: a filter and a sort order. Plain values, no database code, so
the GUI can hold one before the store's libraries are loaded.

Besides the controls of the assets page (text, status, location, category, warranty within
N days), a filter can carry what a figure of the home page stands for: a set of states to
leave out, warranty or end-of-life dates, assets due for a count, with drives waiting for
sanitization, with a checklist in progress or with changes waiting to sync. `title` says in
words what such a filter shows (the assets page shows it as a removable chip).
"""

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
    # what the figures of the home page stand for
    exclude_statuses: tuple[Status, ...] = ()
    warranty_from: dt.date | None = None  # warranty ends on or after
    warranty_to: dt.date | None = None  # warranty ends on or before
    eol_before: dt.date | None = None  # end of life before this day
    eol_from: dt.date | None = None  # end of life on or after
    eol_to: dt.date | None = None  # end of life on or before
    audit_due_by: dt.date | None = None  # a count would expect it; next audit by then, or never
    purchased_after: dt.date | None = None  # bought after this day
    purchased_upto: dt.date | None = None  # bought on or before this day
    purchase_unknown: bool = False  # no purchase date (or one in the future)
    drives_unsanitized: bool = False  # a drive without a passed sanitization
    checklist_in_progress: bool = False
    unsynced: bool = False  # changes of this device waiting to sync
    title: str = field(default="", compare=False)  # the filter in words, for the chip

    def without_preset(self) -> AssetFilter:
        """This filter with the home page's conditions removed (the controls' kept)."""
        return AssetFilter(
            text=self.text, statuses=self.statuses, location_id=self.location_id,
            include_sublocations=self.include_sublocations, category=self.category,
            model_id=self.model_id, assignee_id=self.assignee_id,
            warranty_within_days=self.warranty_within_days, sort=self.sort,
            descending=self.descending, today=self.today,
        )  # fmt: skip

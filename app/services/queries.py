"""Finding assets: filtered, sorted id lists for the lazy table, rows by id, quick search.

The asset table shows 100,000 rows by holding only their integer ids (`Asset.num`); rows are
fetched a page at a time with `asset_rows`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from app.domain.counts import NOT_EXPECTED_STATUSES
from app.domain.lifecycle import Status
from app.services.catalog import subtree
from app.services.context import Context
from app.services.dto import AssetRow
from app.services.filters import AssetFilter
from app.store.search import best_matches, fts_query
from app.store.tables import (
    Asset,
    AssetModel,
    ChecklistRun,
    Device,
    Drive,
    Event,
    Location,
    Person,
    Sanitization,
)

SORT_KEYS: dict[str, Any] = {
    "tag": Asset.tag,
    "name": Asset.name,
    "serial": Asset.serial,
    "model": func.coalesce(AssetModel.manufacturer + " " + AssetModel.name, ""),
    "category": func.coalesce(AssetModel.category, ""),
    "status": Asset.status,
    "location": func.coalesce(Location.path, ""),
    "assignee": func.coalesce(Person.name, ""),
    "warranty_end": Asset.warranty_end,
    "purchase_date": Asset.purchase_date,
    "updated_at": Asset.updated_at,
}


def _filtered(query: Select[Any], flt: AssetFilter) -> Select[Any] | None:
    """Add the filter's conditions to a query over `Asset` (joined with `AssetModel` when the
    category is filtered). None if the search text can match nothing."""
    if flt.text.strip():
        match = fts_query(flt.text)
        if match is None:
            return None
        query = query.where(
            Asset.num.in_(
                select(literal_column("rowid"))
                .select_from(text("asset_fts"))
                .where(text("asset_fts MATCH :q"))
            )
        ).params(q=match)
    if flt.statuses:
        query = query.where(Asset.status.in_([s.value for s in flt.statuses]))
    if flt.location_id:
        if flt.include_sublocations:
            query = query.where(Asset.location_id.in_(subtree(flt.location_id)))
        else:
            query = query.where(Asset.location_id == flt.location_id)
    if flt.category:
        query = query.where(
            Asset.model_id.in_(select(AssetModel.id).where(AssetModel.category == flt.category))
        )
    if flt.model_id:
        query = query.where(Asset.model_id == flt.model_id)
    if flt.assignee_id:
        query = query.where(Asset.assignee_id == flt.assignee_id)
    if flt.warranty_within_days is not None:
        today = flt.today or dt.date.today()
        query = query.where(
            and_(
                Asset.warranty_end >= today,
                Asset.warranty_end <= today + dt.timedelta(days=flt.warranty_within_days),
            )
        )
    return _preset(query, flt)


def _preset(query: Select[Any], flt: AssetFilter) -> Select[Any]:
    """The conditions of the home page's figures (see `AssetFilter`)."""
    if flt.exclude_statuses:
        query = query.where(Asset.status.not_in([s.value for s in flt.exclude_statuses]))
    if flt.warranty_from is not None:
        query = query.where(Asset.warranty_end >= flt.warranty_from)
    if flt.warranty_to is not None:
        query = query.where(Asset.warranty_end <= flt.warranty_to)
    if flt.eol_before is not None:
        query = query.where(Asset.eol_date < flt.eol_before)
    if flt.eol_from is not None:
        query = query.where(Asset.eol_date >= flt.eol_from)
    if flt.eol_to is not None:
        query = query.where(Asset.eol_date <= flt.eol_to)
    if flt.audit_due_by is not None:
        query = query.where(
            Asset.status.not_in(sorted(NOT_EXPECTED_STATUSES)),
            or_(
                Asset.next_audit <= flt.audit_due_by,
                and_(Asset.next_audit.is_(None), Asset.last_audit.is_(None)),
            ),
        )
    if flt.purchased_after is not None:
        query = query.where(Asset.purchase_date > flt.purchased_after)
    if flt.purchased_upto is not None:
        query = query.where(Asset.purchase_date <= flt.purchased_upto)
    if flt.purchase_unknown:
        today = flt.today or dt.date.today()
        query = query.where(or_(Asset.purchase_date.is_(None), Asset.purchase_date > today))
    if flt.drives_unsanitized:
        passed = select(Sanitization.drive_id).where(Sanitization.result == "passed")
        query = query.where(Asset.id.in_(select(Drive.asset_id).where(Drive.id.not_in(passed))))
    if flt.checklist_in_progress:
        query = query.where(
            Asset.id.in_(select(ChecklistRun.asset_id).where(ChecklistRun.status == "in_progress"))
        )
    if flt.unsynced:
        local = select(Device.id).where(Device.is_local.is_(True)).scalar_subquery()
        query = query.where(
            Asset.id.in_(
                select(Event.asset_id).where(
                    Event.device_id == local, Event.server_seq.is_(None),
                    Event.asset_id.is_not(None),
                )
            )
        )  # fmt: skip
    return query


def asset_ids(ctx: Context, flt: AssetFilter, limit: int | None = None) -> list[int]:
    """The ids (`Asset.num`) of the assets matching the filter, in the requested order
    (only the first `limit` if given: the sort indexes make that cheap)."""
    with ctx.reading() as session:
        return query_asset_ids(session, flt, limit)


def query_asset_ids(session: Session, flt: AssetFilter, limit: int | None = None) -> list[int]:
    key = SORT_KEYS.get(flt.sort, Asset.tag)
    base = select(Asset.num)
    if flt.sort in {"model", "category"}:
        base = base.outerjoin(AssetModel, AssetModel.id == Asset.model_id)
    elif flt.sort == "location":
        base = base.outerjoin(Location, Location.id == Asset.location_id)
    elif flt.sort == "assignee":
        base = base.outerjoin(Person, Person.id == Asset.assignee_id)
    query = _filtered(base, flt)
    if query is None:
        return []
    order = key.desc() if flt.descending else key.asc()
    tiebreak = Asset.num.desc() if flt.descending else Asset.num.asc()
    ordered = query.order_by(order, tiebreak)
    return _fetch_ints(session, ordered if limit is None else ordered.limit(limit))


def _fetch_ints(session: Session, query: Select[Any]) -> list[int]:
    """Run a one-column integer SELECT on the raw DB-API cursor of the session's connection
    (same transaction). For 100,000 ids SQLAlchemy's result rows cost 4x the query itself."""
    conn = session.connection()
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    values = tuple(_db_value(params[name]) for name in compiled.positiontup or ())
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), values)
        return [num for (num,) in cursor.fetchall()]
    finally:
        cursor.close()


def _db_value(value: object) -> object:
    # what SQLAlchemy's SQLite Date type stores; sqlite3's own date adapter is deprecated
    return value.isoformat() if isinstance(value, dt.date) else value


_ROW_COLUMNS = (
    Asset.num, Asset.id, Asset.tag, Asset.name, Asset.serial,
    func.coalesce(AssetModel.manufacturer + " " + AssetModel.name, ""),
    func.coalesce(AssetModel.category, ""), Asset.status,
    func.coalesce(Location.path, ""), func.coalesce(Person.name, ""),
    Asset.warranty_end, Asset.purchase_date,
)  # fmt: skip


def _row_query() -> Select[Any]:
    return (
        select(*_ROW_COLUMNS)
        .outerjoin(AssetModel, AssetModel.id == Asset.model_id)
        .outerjoin(Location, Location.id == Asset.location_id)
        .outerjoin(Person, Person.id == Asset.assignee_id)
    )


def _to_row(r: Any) -> AssetRow:
    return AssetRow(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], Status(r[7]), r[8], r[9], r[10], r[11]
    )


def asset_rows(ctx: Context, nums: Sequence[int]) -> list[AssetRow]:
    """Rows for the given ids, in the same order (ids that no longer exist are left out)."""
    with ctx.reading() as session:
        return query_asset_rows(session, nums)


def query_asset_rows(session: Session, nums: Sequence[int]) -> list[AssetRow]:
    found: dict[int, AssetRow] = {}
    for start in range(0, len(nums), 500):
        chunk = nums[start : start + 500]
        for r in session.execute(_row_query().where(Asset.num.in_(chunk))):
            found[r[0]] = _to_row(r)
    return [found[n] for n in nums if n in found]


def search_assets(ctx: Context, query_text: str, limit: int = 50) -> list[AssetRow]:
    """Quick search: assets whose tag, serial, model, manufacturer, assignee, location or
    notes start with the words typed. An exact tag or serial comes first, then by relevance
    (for very broad queries, the first records: see `best_matches`)."""
    match = fts_query(query_text)
    if match is None or limit <= 0:
        return []
    with ctx.reading() as session:
        ranked = best_matches(session, match, limit)
        exact = session.scalars(
            select(Asset.num).where(
                (Asset.tag == query_text.strip()) | (Asset.serial == query_text.strip())
            )
        ).all()
        nums = list(dict.fromkeys([*exact, *ranked]))[:limit]
        return query_asset_rows(session, nums)

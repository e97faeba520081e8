"""Small facts about this store kept in the `meta` table (demo data offered, ...).

These are local to the device and not part of the journal: they describe this copy of the
store, not the organisation's assets.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.context import Context
from app.store.tables import Asset, Meta

DEMO_OFFERED = "demo_offered"


def get_meta(ctx: Context, key: str) -> str | None:
    with ctx.reading() as session:
        row = session.get(Meta, key)
        return None if row is None else row.value


def set_meta(ctx: Context, key: str, value: str) -> None:
    with Session(ctx.store.write_engine) as session, session.begin():
        row = session.get(Meta, key)
        if row is None:
            session.add(Meta(key=key, value=value))
        else:
            row.value = value


@dataclass(frozen=True)
class StartupFacts:
    asset_count: int
    demo_offered: bool

    @property
    def offer_demo(self) -> bool:
        """An empty store that has not been offered the demo data yet."""
        return self.asset_count == 0 and not self.demo_offered


def startup_facts(ctx: Context) -> StartupFacts:
    with ctx.reading() as session:
        count = session.scalar(select(func.count()).select_from(Asset)) or 0
        offered = session.get(Meta, DEMO_OFFERED) is not None
        return StartupFacts(int(count), offered)

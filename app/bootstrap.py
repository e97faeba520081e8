"""Composition root: the one place that picks concrete classes and opens the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.config import Settings, load_settings, paths
from app.log import get_logger, setup_logging

if TYPE_CHECKING:
    from app.services.context import Context

log = get_logger("app")


def start_logging() -> Path | None:
    return setup_logging(paths().log_file)


def resolve_db(db: Path | str | None) -> Path:
    return Path(db).expanduser() if db else paths().default_db


def open_context(
    db: Path | str | None,
    *,
    migrate: bool = True,
    create: bool = True,
    settings: Settings | None = None,
) -> Context:
    """Open the store at `db` (default: the user data folder) for the configured actor.
    (SQLAlchemy is imported here, not with this module: the GUI shows its first page
    before it needs it.)
    `create=False` refuses a database that does not exist yet (read-only commands)."""
    from app.services.context import Context
    from app.store.database import open_store

    settings = settings or load_settings()
    store = open_store(
        resolve_db(db), device_name=settings.device_name, migrate=migrate, create=create
    )
    return Context(store, settings.actor)

"""Composition root: the one place that picks concrete classes and opens the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.config import Settings, load_settings, paths
from app.log import get_logger, setup_logging

if TYPE_CHECKING:
    from app.domain.tags import TagConfig
    from app.scan.pipeline import ScanPipeline
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


def tag_config(settings: Settings) -> TagConfig:
    """How labels look, from the settings. A bad organisation code in a hand-edited
    settings file is logged and ignored rather than stopping every scan."""
    from app.domain.errors import ValidationError
    from app.domain.tags import TagConfig, normalize_org

    try:
        org = normalize_org(settings.org_code)
        return TagConfig(org, settings.code128_prefix, settings.label_base_url)
    except ValidationError as exc:
        log.warning("settings: %s; labels of every organisation are accepted", exc.message)
        return TagConfig("", settings.code128_prefix, settings.label_base_url)


def scan_pipeline(settings: Settings) -> ScanPipeline:
    """The capture-and-decode pipeline the GUI's camera thread and `scan-video` share."""
    from app.scan.pipeline import ScanPipeline

    return ScanPipeline(tag_config(settings), window_s=max(0.0, settings.scan_debounce_s))

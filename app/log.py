"""Logging: one named logger per area, a rotating file in the log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path | None:
    """Send log records to a rotating file (5 x 2 MB). Returns the file, or None if the
    folder cannot be written (the app still runs; records then go to stderr only)."""
    root = logging.getLogger("fieldtag")
    root.setLevel(level)
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    log_file_used: Path | None
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        log_file_used = log_file
    except OSError:
        handler = logging.StreamHandler()
        log_file_used = None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return log_file_used


def get_logger(area: str) -> logging.Logger:
    """`get_logger("store")` -> the `fieldtag.store` logger."""
    return logging.getLogger(f"fieldtag.{area}")

"""One place that finds bundled files, in a source checkout and inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder that holds `resources/` and `migrations/`.

    In a PyInstaller bundle that is the unpacked bundle directory (`sys._MEIPASS`);
    from a source checkout (or an editable install) it is the repository root.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under `resources/`, e.g. ``resource_path("icons", "app.svg")``."""
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return project_root() / "migrations"

"""Paths and settings.

Paths come from platformdirs (per-user data, config and log folders); `FIELDTAG_HOME`
overrides all of them with one folder, which tests and portable installs use.
Settings are read from a small JSON file in the config folder (the settings dialog of a
later issue writes it).
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "Fieldtag"
APP_AUTHOR = "Fieldtag"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / "fieldtag.sqlite"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "fieldtag.log"


def paths() -> Paths:
    home = os.environ.get("FIELDTAG_HOME")
    if home:
        base = Path(home)
        return Paths(base / "data", base / "config", base / "logs")
    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def default_actor() -> str:
    """Who is working: the OS account name, until a technician name is set."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "technician"


@dataclass
class Settings:
    technician: str = ""
    device_name: str = field(default_factory=socket.gethostname)
    currency: str = "EUR"
    organisation: str = ""

    @property
    def actor(self) -> str:
        return self.technician.strip() or default_actor()


def load_settings(path: Path | None = None) -> Settings:
    path = path or paths().settings_file
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: str(v) for k, v in raw.items() if k in known})

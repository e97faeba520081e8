"""Paths and settings.

Paths come from platformdirs (per-user data, config and log folders); `FIELDTAG_HOME`
overrides all of them with one folder, which tests and portable installs use.
Settings live in a small JSON file in the config folder, written by the Settings dialog.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass, field, fields, replace
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
    """The settings file's values. Unknown keys are ignored and a value of the wrong type
    falls back to its default, so a hand-edited file never stops the app from starting."""

    technician: str = ""
    device_name: str = field(default_factory=socket.gethostname)
    currency: str = "EUR"
    organisation: str = ""
    # labels: the organisation code in 2D payloads, a Code128 prefix, the URL form's base
    org_code: str = ""
    code128_prefix: str = ""
    label_base_url: str = ""
    # camera: an index ("0"), or a video file / image folder to replay (demos, tests)
    camera: str = "0"
    camera_width: int = 1280
    camera_height: int = 720
    scan_debounce_s: float = 1.5
    scan_sound: bool = True
    # keyboard-wedge scanners: keys closer than this are a scanner, not a person typing
    wedge_enabled: bool = True
    wedge_max_gap_ms: int = 40
    wedge_min_length: int = 3
    wedge_prefix: str = ""
    wedge_suffix: str = ""
    wedge_tab_ends_scan: bool = True  # scanners set up for forms end a scan with Tab
    # labels: tags for new labels are <tag_prefix><device code><number>; an optional line
    # printed on every label ("IT help: +49 30 1234-5678", a URL)
    tag_prefix: str = "IT-"
    label_stock: str = "avery-5160"  # the stock last printed on
    label_logo: str = ""  # a PNG/JPEG printed beside the organisation's name ("" = none)
    zebra_host: str = ""  # the Zebra printer last sent to (host or host:port)
    printer: str = ""  # the system printer labels print on ("" = the system's default)
    support_line: str = ""
    # certificates of sanitization: defaults for the person performing sanitization (their
    # name is the technician's), and the folder of the organisation's signing key
    # ("" = signing/ in the user data folder)
    performer_title: str = ""
    performer_organisation: str = ""
    performer_location: str = ""
    performer_phone: str = ""
    signing_key_dir: str = ""
    # the window's colours: "system" (follow the desktop), "light" or "dark"
    theme: str = "system"
    # the GUI's language: "en", "de", or "" (follow the system's locale); read at start-up
    language: str = ""

    @property
    def actor(self) -> str:
        return self.technician.strip() or default_actor()

    @property
    def signing_dir(self) -> Path:
        """Where the organisation's signing key and certificate are kept."""
        if self.signing_key_dir.strip():
            return Path(self.signing_key_dir).expanduser()
        return paths().data_dir / "signing"


def _coerce(value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, int):
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else default
    if isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else default
    return str(value) if isinstance(value, str | int | float) else default


def load_settings(path: Path | None = None) -> Settings:
    path = path or paths().settings_file
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    values = {
        f.name: _coerce(raw[f.name], getattr(defaults, f.name))
        for f in fields(Settings)
        if f.name in raw
    }
    return replace(defaults, **values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings file atomically (a crash leaves the old or the new file)."""
    path = path or paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(asdict(settings), fh, indent=2, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)

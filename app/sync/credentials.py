"""Where a device keeps its sync credential (the token the server gave it at enrolment).

The OS keyring (Secret Service, macOS Keychain, Windows Credential Locker) under the service
"fieldtag", one entry per store and server: ``<device id> <server URL>``. Where no usable
keyring exists (a headless machine, CI: keyring's `fail` backend, or a chainer with none),
a JSON file in the config folder that only the user may read (mode 0600), with a warning.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.domain.text import QT_TRANSLATE_NOOP
from app.log import get_logger

log = get_logger("sync")

SERVICE = "fieldtag"
FILE_NAME = "sync-credentials.json"
FILE_WARNING = QT_TRANSLATE_NOOP(
    "sync", "no usable OS keyring: the device credential is kept in {path}, readable only by you"
)


def _key(device_id: str, server_url: str) -> str:
    return f"{device_id} {server_url.rstrip('/')}"


def keyring_usable() -> bool:
    """Whether keyring has a backend that can store secrets on this machine."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration
        return False
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


@dataclass
class CredentialStore:
    """`use_keyring`: None = the keyring where usable, else the file; False = the file
    (the tests set this); True = the keyring only."""

    file_path: Path
    use_keyring: bool | None = None

    @property
    def in_keyring(self) -> bool:
        return keyring_usable() if self.use_keyring is None else self.use_keyring

    @property
    def warning(self) -> str | None:
        """What to tell the person about where the credential is kept (None: the keyring)."""
        return None if self.in_keyring else FILE_WARNING.format(path=str(self.file_path))

    def save(self, device_id: str, server_url: str, token: str) -> None:
        if self.in_keyring:
            import keyring

            keyring.set_password(SERVICE, _key(device_id, server_url), token)
            return
        log.warning(FILE_WARNING.format(path=str(self.file_path)))
        entries = self._read()
        entries[_key(device_id, server_url)] = token
        self._write(entries)

    def load(self, device_id: str, server_url: str) -> str | None:
        if self.in_keyring:
            import keyring

            return keyring.get_password(SERVICE, _key(device_id, server_url))
        return self._read().get(_key(device_id, server_url))

    def delete(self, device_id: str, server_url: str) -> None:
        if self.in_keyring:
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(SERVICE, _key(device_id, server_url))
            return
        entries = self._read()
        if entries.pop(_key(device_id, server_url), None) is not None:
            self._write(entries)

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.file_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("cannot read %s (%s); treating it as empty", self.file_path, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def _write(self, entries: dict[str, str]) -> None:
        """Written whole (a temporary file renamed into place), created with mode 0600."""
        folder = self.file_path.parent
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".credentials-", dir=folder)
        try:
            Path(tmp).chmod(0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entries, fh, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            Path(tmp).replace(self.file_path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.file_path.chmod(0o600)


def default_store(config_dir: Path) -> CredentialStore:
    """The credential store of this user: the keyring where usable, else the file in the
    config folder. FIELDTAG_KEYRING=0 forces the file (tests, portable installs)."""
    use = False if os.environ.get("FIELDTAG_KEYRING") == "0" else None
    return CredentialStore(config_dir / FILE_NAME, use_keyring=use)

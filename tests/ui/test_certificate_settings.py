"""Settings > Certificates: performer defaults and the organisation's signing key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.printing import signing
from app.ui.dialogs import certificate_settings
from app.ui.dialogs.settings import SettingsDialog


def test_performer_defaults_and_key(qtbot: QtBot, tmp_path: Path, monkeypatch: Any) -> None:
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    tab = dialog.certificates_tab
    assert "No key yet" in tab.key_info.text()
    tab.create_button.click()
    qtbot.waitUntil(lambda: "SHA-256" in tab.key_info.text(), timeout=20_000)
    first = signing.identity(tab.folder)
    assert first is not None and first.fingerprint_pretty in tab.key_info.text()

    source = tmp_path / "src"
    signing.create_key(source, "ACME Corp")
    key = serialization.load_pem_private_key((source / signing.KEY_FILE).read_bytes(), None)
    cert = x509.load_pem_x509_certificate((source / signing.CERT_FILE).read_bytes())
    p12 = tmp_path / "org.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"acme", key, cert, None,  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(b"pw"),
    ))  # fmt: skip
    monkeypatch.setattr(certificate_settings, "ask_p12", lambda _w: (p12, "wrong"))
    tab.import_key()
    qtbot.waitUntil(lambda: not tab.busy, timeout=20_000)
    assert "passphrase is wrong" in tab.key_info.text()
    monkeypatch.setattr(certificate_settings, "ask_p12", lambda _w: (p12, "pw"))
    tab.import_key()
    qtbot.waitUntil(lambda: not tab.busy, timeout=20_000)
    now = signing.identity(tab.folder)
    assert now is not None and now.fingerprint == signing.fingerprint(cert)

    tab.performer_title.setText("IT technician")
    tab.performer_phone.setText("+49 30 1234")
    dialog.save()
    saved = load_settings()
    assert saved.performer_title == "IT technician" and saved.performer_phone == "+49 30 1234"

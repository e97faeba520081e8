"""Certificates of sanitization: issue, QR code, signature, tampering, register, reissue."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from app.domain.errors import ValidationError
from app.printing import signing
from app.printing.raster import pdf_to_images
from app.scan.decoder import FrameDecoder
from app.services import certificates, drives
from app.services.assets import asset_history
from tests.wipe_data import PERFORMER, laptops, nwipe_file, signing_settings


@pytest.fixture
def store(catalog_ctx: Any, tmp_path: Path) -> tuple[Any, dict[str, Any], Any]:
    ctx, ids = catalog_ctx
    out = laptops(ctx, ids)
    drives.import_nwipe(
        ctx, [nwipe_file("nwipe-0.35-two-drives.log"), nwipe_file("nwipe-0.28-legacy.log")],
        PERFORMER,
    )  # fmt: skip
    return ctx, out, signing_settings(tmp_path / "signing")


def test_asset_certificate_is_signed_and_its_qr_identifies_it(store: Any) -> None:
    ctx, ids, sign = store
    issued = certificates.issue_certificate(ctx, sign, asset_tags=["LT-2"])
    info = issued.info
    assert info.scope == "asset" and info.asset_tags == ("LT-2",)
    assert set(info.serials) == {"TNS5193M2KXAZH", "S2XANX0J402117"}
    assert info.number.startswith("ACME-20") and info.number.endswith("-00001")
    verdict = certificates.verify_certificate(issued.pdf, sign.folder)
    assert verdict.valid, verdict.reason
    # the key was created on first use, readable by this account only
    key = sign.folder / signing.KEY_FILE
    assert key.exists() and (key.stat().st_mode & 0o777) == 0o600
    [page] = pdf_to_images(issued.pdf, 200, max_pages=1)
    texts = {c.text for c in FrameDecoder().decode(page)}
    assert f"FTCERT:ACME:{info.number}" in texts
    lines = [h.summary for h in asset_history(ctx, ids["LT-2"])]
    assert f"Certificate of sanitization {info.number} issued for the asset (2 drives)" in lines


def test_drive_and_batch_certificates(store: Any) -> None:
    ctx, ids, sign = store
    one = certificates.issue_certificate(ctx, sign, drive_serials=["WD-WCC2EKR91234"])
    assert one.info.scope == "drive" and one.info.serials == ("WD-WCC2EKR91234",)
    drives.record_sanitization(ctx, ids["S3Z9NB0K123456"], method="destruct", result="passed")
    batch = certificates.issue_certificate(ctx, sign, batch_tags=["LT-2", "LT-3"])
    assert batch.info.scope == "batch" and batch.info.asset_tags == ("LT-2", "LT-3")
    assert len(batch.info.serials) == 3
    assert certificates.verify_certificate(batch.pdf, sign.folder).valid
    numbers = {one.info.number, batch.info.number}
    assert len(numbers) == 2


def test_a_failed_drive_never_gets_a_certificate(store: Any) -> None:
    ctx, _ids, sign = store
    with pytest.raises(ValidationError, match="verification failed"):
        certificates.issue_certificate(ctx, sign, asset_tags=["LT-1"])
    with pytest.raises(ValidationError, match="WL1A2B3C"):
        certificates.issue_certificate(ctx, sign, drive_serials=["WL1A2B3C"])
    with pytest.raises(ValidationError, match="no sanitization record"):
        certificates.issue_certificate(ctx, sign, batch_tags=["LT-2", "LT-3"])
    with pytest.raises(ValidationError, match="no asset has this tag"):
        certificates.issue_certificate(ctx, sign, batch_tags=["NOPE"])
    assert certificates.list_certificates(ctx) == []


def test_any_changed_byte_makes_verification_fail(store: Any) -> None:
    ctx, _ids, sign = store
    pdf = certificates.issue_certificate(ctx, sign, drive_serials=["TNS5193M2KXAZH"]).pdf
    rng = random.Random(7)
    contents = pdf.index(b"/Contents <") + 11
    end = pdf.index(b">", contents)  # the signature (hex) and its zero padding
    positions = sorted(
        {0, 5, len(pdf) // 2, len(pdf) - 1, len(pdf) - 30, contents - 1, contents, end}
        | {rng.randrange(len(pdf)) for _ in range(60)}
        | set(range(contents, end, 97))  # every part of the embedded signature
        | {rng.randrange(contents, end) for _ in range(40)}
    )  # fmt: skip
    for pos in positions:
        changed = bytearray(pdf)
        changed[pos] = (changed[pos] + 1) % 256 if changed[pos] != 0x30 else 0x31
        verdict = certificates.verify_certificate(bytes(changed), sign.folder)
        assert not verdict.valid, f"byte {pos} changed, still valid"
    appended = pdf + b"\n% a comment added after signing\n"
    assert not certificates.verify_certificate(appended, sign.folder).valid
    assert not certificates.verify_certificate(pdf[: len(pdf) // 2], sign.folder).valid
    assert not certificates.verify_certificate(b"not a pdf", sign.folder).valid


def test_a_certificate_signed_by_another_key_is_reported(store: Any, tmp_path: Path) -> None:
    ctx, _ids, sign = store
    pdf = certificates.issue_certificate(ctx, sign, drive_serials=["TNS5193M2KXAZH"]).pdf
    other = tmp_path / "other"
    ident = signing.create_key(other, "Evil Corp")
    verdict = certificates.verify_certificate(pdf, other)
    assert not verdict.valid and verdict.reason.startswith("signed by another key")
    assert "ACME Corp" in verdict.reason
    # trusting the organisation's exported certificate on another machine works
    assert certificates.verify_certificate(pdf, other, [sign.folder / signing.CERT_FILE]).valid
    assert ident.fingerprint not in verdict.reason


def test_imported_pkcs12_signs_and_a_wrong_passphrase_is_refused(
    store: Any, tmp_path: Path
) -> None:
    ctx, _ids, sign = store
    source = tmp_path / "src"
    signing.create_key(source, "ACME Corp (CA issued)")
    key = serialization.load_pem_private_key((source / signing.KEY_FILE).read_bytes(), None)
    cert = x509.load_pem_x509_certificate((source / signing.CERT_FILE).read_bytes())
    p12 = pkcs12.serialize_key_and_certificates(
        b"acme", key, cert, None,  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(b"s3cret"),
    )  # fmt: skip
    with pytest.raises(ValidationError, match="passphrase is wrong"):
        certificates.import_signing_key(sign.folder, p12, "wrong")
    with pytest.raises(ValidationError, match="not a PKCS#12"):
        certificates.import_signing_key(sign.folder, b"garbage", "x")
    ident = certificates.import_signing_key(sign.folder, p12, "s3cret")
    assert ident.fingerprint == signing.fingerprint(cert)
    issued = certificates.issue_certificate(ctx, sign, drive_serials=["TNS5193M2KXAZH"])
    assert issued.info.signer_fingerprint == ident.fingerprint
    assert certificates.verify_certificate(issued.pdf, sign.folder).valid


def test_register_search_reprint_and_reissue_history(store: Any) -> None:
    ctx, ids, sign = store
    first = certificates.issue_certificate(ctx, sign, asset_tags=["LT-2"])
    with pytest.raises(ValidationError, match="say why"):
        certificates.reissue_certificate(ctx, sign, first.info.number, " ")
    second = certificates.reissue_certificate(ctx, sign, first.info.number, "validator added")
    assert second.info.supersedes == first.info.number and second.info.number != first.info.number
    with pytest.raises(ValidationError, match="already replaced"):
        certificates.reissue_certificate(ctx, sign, first.info.number, "again")
    chain = certificates.certificate_history(ctx, second.info.number)
    assert [c.number for c in chain] == [first.info.number, second.info.number]
    assert chain[0].superseded_by == second.info.number and not chain[0].current
    info, pdf = certificates.certificate_pdf(ctx, first.info.number)
    assert pdf == first.pdf and info.superseded_by == second.info.number
    assert certificates.certificate_pdf(ctx, f"FTCERT:ACME:{second.info.number}")[1] == second.pdf
    for query in ("S2XANX0J402117", "lt-2", second.info.number[-5:]):
        assert second.info.number in [c.number for c in certificates.list_certificates(ctx, query)]
    assert certificates.list_certificates(ctx, "WD-WCC2") == []
    lines = [h.summary for h in asset_history(ctx, ids["LT-2"])]
    assert any(f"replacing {first.info.number}" in x for x in lines)

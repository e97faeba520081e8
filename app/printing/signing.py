"""The organisation's signing key and PAdES signatures on certificates (pyHanko).

The key lives in one folder (default: `signing/` in the user data folder):

- `org-key.pem`: the private key, PKCS#8, file mode 0600 (readable by this OS account
  only). It is not encrypted with a passphrase: the app signs without asking, so a
  passphrase would have to be stored beside it anyway; the account's file permissions
  (and the disk encryption of the laptop) protect it.
- `org-cert.pem`: the X.509 certificate of the key (self-signed when Fieldtag created it,
  or the organisation's own from an imported PKCS#12), plus any chain certificates.

Signatures are PAdES baseline B-B (ETSI.CAdES.detached, SHA-256, signing time in the
signed attributes), made without network access. Verification trusts the organisation's
certificate only: a signature by any other key is reported with that key's subject and
fingerprint.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import parser as asn1_parser
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.domain.errors import FieldtagError, ValidationError
from app.domain.text import QT_TRANSLATE_NOOP

log = logging.getLogger("fieldtag.signing")

KEY_FILE = "org-key.pem"
CERT_FILE = "org-cert.pem"
_lock = threading.Lock()
_signers: dict[tuple[str, float, float], Any] = {}


class SigningError(FieldtagError):
    """The key cannot be created, read or used; the message says what to do."""


@dataclass(frozen=True)
class Identity:
    """The organisation's signing certificate as people check it."""

    subject: str
    issuer: str
    fingerprint: str  # SHA-256 of the DER certificate, hex, upper case
    not_before: dt.datetime
    not_after: dt.datetime
    self_signed: bool
    folder: Path

    @property
    def fingerprint_pretty(self) -> str:
        return ":".join(self.fingerprint[i : i + 2] for i in range(0, len(self.fingerprint), 2))


@dataclass(frozen=True)
class Verdict:
    valid: bool
    reason: str
    signer_subject: str = ""
    signer_fingerprint: str = ""
    signed_at: dt.datetime | None = None


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex().upper()


def _identity(cert: x509.Certificate, folder: Path) -> Identity:
    return Identity(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        fingerprint=fingerprint(cert),
        not_before=cert.not_valid_before_utc.replace(tzinfo=None),
        not_after=cert.not_valid_after_utc.replace(tzinfo=None),
        self_signed=cert.subject == cert.issuer,
        folder=folder,
    )


def _write_private(path: Path, data: bytes) -> None:
    """Write a file readable by this account only (0600 from the start), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.parent.chmod(0o700)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.chmod(0o600)
    tmp.replace(path)


def load_certs(folder: Path) -> list[x509.Certificate]:
    """The organisation's certificate (first) and its chain, or [] when there is none."""
    try:
        data = (folder / CERT_FILE).read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise SigningError(
            QT_TRANSLATE_NOOP(
                "printing.signing", "Cannot read the signing certificate {path}: {error}"
            ).format(path=str(folder / CERT_FILE), error=str(exc))
        ) from None
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise SigningError(
            QT_TRANSLATE_NOOP(
                "printing.signing",
                "The signing certificate {path} is damaged ({error}): import the "
                "organisation's PKCS#12 again or create a new key.",
            ).format(path=str(folder / CERT_FILE), error=str(exc))
        ) from None


def load_cert_file(path: Path) -> list[x509.Certificate]:
    """Certificates from a PEM (or DER) file, e.g. the organisation's certificate that an
    auditor was given."""
    data = path.read_bytes()
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def identity(folder: Path) -> Identity | None:
    """The organisation's signing identity, or None when no key was created or imported."""
    certs = load_certs(folder)
    if not certs or not (folder / KEY_FILE).exists():
        return None
    return _identity(certs[0], folder)


def create_key(folder: Path, organisation: str, *, years: int = 10) -> Identity:
    """A new RSA-3072 key and a self-signed certificate for `organisation` (replaces any
    key in the folder)."""
    name = organisation.strip() or "Fieldtag organisation"
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{name} certificate signing"[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name[:64]),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    _store(folder, key, [cert])
    log.info("created signing key %s in %s", fingerprint(cert), folder)
    return _identity(cert, folder)


def import_pkcs12(folder: Path, data: bytes, passphrase: str) -> Identity:
    """Take the organisation's key and certificate from a PKCS#12 (.p12 / .pfx) file. The
    passphrase is used to open it and not kept (see the module docstring)."""
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(
            data, passphrase.encode("utf-8") if passphrase else None
        )
    except ValueError as exc:
        text = str(exc).lower()
        why = (
            QT_TRANSLATE_NOOP("printing.signing", "cannot be opened: the passphrase is wrong")
            if "password" in text or "mac" in text or "decrypt" in text
            else QT_TRANSLATE_NOOP(
                "printing.signing", "cannot be opened: it is not a PKCS#12 file ({error})"
            ).format(error=str(exc))
        )
        raise ValidationError.single("PKCS#12", why) from None
    if key is None or cert is None:
        raise ValidationError.single(
            "PKCS#12",
            QT_TRANSLATE_NOOP(
                "printing.signing",
                "holds no private key with its certificate: export it with the key",
            ),
        )
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise ValidationError.single(
            "PKCS#12",
            QT_TRANSLATE_NOOP("printing.signing", "holds a key type PDF signatures do not use"),
        )
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        raise ValidationError.single(
            "PKCS#12",
            QT_TRANSLATE_NOOP("printing.signing", "its certificate expired on {date}").format(
                date=f"{cert.not_valid_after_utc:%Y-%m-%d}"
            ),
        )
    _store(folder, key, [cert, *(chain or [])])
    log.info("imported signing key %s into %s", fingerprint(cert), folder)
    return _identity(cert, folder)


def _store(folder: Path, key: object, certs: list[x509.Certificate]) -> None:
    pem_key = key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    pem_certs = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)
    with _lock:
        _write_private(folder / KEY_FILE, pem_key)
        _write_private(folder / CERT_FILE, pem_certs)
        _signers.clear()


def ensure_identity(folder: Path, organisation: str) -> Identity:
    """The signing identity, created on first use."""
    found = identity(folder)
    return found if found is not None else create_key(folder, organisation)


def _cached_key_signer(key: object, **kwargs: Any) -> Any:
    """A pyHanko SimpleSigner that keeps the loaded private key: SimpleSigner parses the
    key on every signature, and loading an RSA key (with its consistency check) costs
    ~0.2 s, twice per document."""
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from pyhanko.sign import signers
    from pyhanko.sign.general import get_pyca_cryptography_hash  # type: ignore[attr-defined]

    class CachedKeySigner(signers.SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                algo = mechanism.signature_algo
            except ValueError:
                algo = mechanism["algorithm"].native
            hash_algo = get_pyca_cryptography_hash(digest_algorithm)
            if algo == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
                return key.sign(data, PKCS1v15(), hash_algo)
            if algo == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
                return key.sign(data, ec.ECDSA(hash_algo))
            return bytes(super().sign_raw(data, digest_algorithm))

    return CachedKeySigner(**kwargs)


def _signer(folder: Path) -> Any:
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key_path, cert_path = folder / KEY_FILE, folder / CERT_FILE
    try:
        stamp = (str(folder), key_path.stat().st_mtime, cert_path.stat().st_mtime)
    except OSError:
        raise SigningError(
            QT_TRANSLATE_NOOP(
                "printing.signing",
                "There is no signing key in {folder}: create one or import the organisation's "
                "PKCS#12 (Settings > Certificates).",
            ).format(folder=str(folder))
        ) from None
    with _lock:
        found = _signers.get(stamp)
        if found is not None:
            return found
        try:
            key = serialization.load_pem_private_key(key_path.read_bytes(), None)
            key_info = asn1_keys.PrivateKeyInfo.load(
                key.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )
        except (OSError, ValueError, TypeError) as exc:
            raise SigningError(
                QT_TRANSLATE_NOOP(
                    "printing.signing", "The signing key {path} cannot be read: {error}"
                ).format(path=str(key_path), error=str(exc))
            ) from None
        certs = [
            asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
            for c in load_certs(folder)
        ]
        signer = _cached_key_signer(
            key,
            signing_cert=certs[0],
            signing_key=key_info,
            # the chain only: the signing certificate is embedded anyway (once)
            cert_registry=SimpleCertificateStore.from_certs(certs[1:]),  # type: ignore[no-untyped-call]
        )
        _signers.clear()
        _signers[stamp] = signer
        return signer


def sign_pdf(
    pdf: bytes, folder: Path, *, reason: str, location: str = "", contact: str = ""
) -> bytes:
    """`pdf` with a PAdES B-B signature by the organisation's key (invisible field
    "Signature1", which every PDF reader lists in its signature panel)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = _signer(folder)
    meta = signers.PdfSignatureMetadata(
        field_name="Signature1",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason[:200],
        location=location[:200] or None,
        contact_info=contact[:200] or None,
    )
    # Reserving the signature's room up front skips pyHanko's size estimate, which builds
    # the whole CMS container once more (a third of the signing time). Too small a room is
    # reported by pyHanko; then the estimate is used after all.
    certs = getattr(signer, "cert_registry", None)
    extra = sum(len(c.dump()) for c in certs) if certs is not None else 0
    reserve = 8192 + 2 * (len(signer.signing_cert.dump()) + extra)
    for room in (reserve, None):
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        out = io.BytesIO()
        try:
            signers.sign_pdf(
                writer,
                meta,
                signer=signer,
                output=out,
                bytes_reserved=room,
            )
        except SigningError:
            raise
        except Exception:  # pyHanko: "Final ByteRange payload larger than expected"
            if room is None:
                raise
            log.warning("signature larger than the %d bytes reserved; estimating", room)
            continue
        return out.getvalue()
    raise AssertionError("unreachable")


_damaged_pdf = QT_TRANSLATE_NOOP("printing.signing", "the PDF is damaged or was changed: {error}")


def _padding_ok(raw: bytes) -> bool:
    """The /Contents of a signature holds one DER object followed by zero padding only
    (a changed byte in the padding would otherwise go unnoticed)."""
    try:
        _, _, _, header, contents, trailer = asn1_parser.parse(raw, strict=False)
    except ValueError:
        return False
    used = len(header) + len(contents) + len(trailer)
    return not raw[used:].strip(b"\x00")


def verify_pdf(
    data: bytes, trusted: list[x509.Certificate], chain: Sequence[x509.Certificate] = ()
) -> Verdict:
    """Check the certificate's signature: intact (no byte changed), cryptographically valid,
    covering the whole file (nothing added after signing) and made with one of the
    `trusted` certificates (the organisation's). Every other certificate embedded in the
    signature must be one of `chain` (the organisation's chain): the embedded certificates
    are not covered by the signature, so a changed copy would otherwise go unnoticed."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    if not data.startswith(b"%PDF-"):
        return Verdict(False, QT_TRANSLATE_NOOP("printing.signing", "not a PDF file"))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        return Verdict(False, _damaged_pdf.format(error=str(exc)))
    except Exception as exc:  # pyHanko raises many kinds for mangled files
        return Verdict(False, _damaged_pdf.format(error=f"{type(exc).__name__}: {exc}"))
    if not signatures:
        return Verdict(False, QT_TRANSLATE_NOOP("printing.signing", "the PDF carries no signature"))
    if len(signatures) > 1:
        return Verdict(
            False,
            QT_TRANSLATE_NOOP(
                "printing.signing", "the PDF carries {count} signatures; a certificate has one"
            ).format(count=len(signatures)),
        )
    sig = signatures[0]
    try:
        raw = sig.pkcs7_content
        signer_cert = sig.signer_cert
        subject = signer_cert.subject.human_friendly
        signer_fp = hashlib.sha256(signer_cert.dump()).hexdigest().upper()
        signed_at = sig.self_reported_timestamp
    except Exception as exc:
        return Verdict(
            False,
            QT_TRANSLATE_NOOP("printing.signing", "the signature is damaged: {error}").format(
                error=f"{type(exc).__name__}: {exc}"
            ),
        )
    when = signed_at.astimezone(dt.UTC).replace(tzinfo=None) if signed_at else None
    if not _padding_ok(raw):
        changed = QT_TRANSLATE_NOOP("printing.signing", "the signature value was changed")
        return Verdict(False, changed, subject, signer_fp, when)
    trusted_fps = {fingerprint(c) for c in trusted}
    roots = [
        asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in trusted
    ]
    if signer_fp not in trusted_fps:
        # check integrity with the signer's own certificate as the anchor; who signed is
        # judged below (another key is reported as such, not as a path-building failure)
        roots.append(signer_cert)
    try:
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=roots, allow_fetching=False)
        )
    except Exception as exc:
        why = QT_TRANSLATE_NOOP("printing.signing", "the signature cannot be checked: {error}")
        return Verdict(False, why.format(error=f"{type(exc).__name__}: {exc}"),
                       subject, signer_fp, when)  # fmt: skip
    if not status.intact:
        why = QT_TRANSLATE_NOOP(
            "printing.signing", "the content was changed after signing (digest mismatch)"
        )
        return Verdict(False, why, subject, signer_fp, when)
    if not status.valid:
        why = QT_TRANSLATE_NOOP(
            "printing.signing", "the signature value does not match the signed content"
        )
        return Verdict(False, why, subject, signer_fp, when)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        why = QT_TRANSLATE_NOOP(
            "printing.signing",
            "the file was changed after signing (content was added after the signature)",
        )
        return Verdict(False, why, subject, signer_fp, when)
    known = {hashlib.sha256(c.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
             for c in (*trusted, *chain)}  # fmt: skip
    embedded = [
        hashlib.sha256(c.dump()).hexdigest().upper() for c in sig.signed_data["certificates"]
    ]
    if signer_fp in trusted_fps and any(fp not in known for fp in embedded):
        why = QT_TRANSLATE_NOOP(
            "printing.signing", "a certificate embedded in the signature was changed or added"
        )
        return Verdict(False, why, subject, signer_fp, when)
    if not trusted:
        why = QT_TRANSLATE_NOOP(
            "printing.signing",
            "no organisation certificate to check against on this machine "
            "(signed by {subject}, SHA-256 {fingerprint})",
        ).format(subject=subject, fingerprint=signer_fp)
        return Verdict(False, why, subject, signer_fp, when)
    if signer_fp not in trusted_fps:
        why = QT_TRANSLATE_NOOP(
            "printing.signing",
            "signed by another key: {subject}, SHA-256 fingerprint {fingerprint}",
        ).format(subject=subject, fingerprint=signer_fp)
        return Verdict(False, why, subject, signer_fp, when)
    if when:
        why = QT_TRANSLATE_NOOP(
            "printing.signing", "signed by {subject} on {when} UTC; the file is unchanged since"
        ).format(subject=subject, when=f"{when:%Y-%m-%d %H:%M}")
    else:
        why = QT_TRANSLATE_NOOP(
            "printing.signing", "signed by {subject}; the file is unchanged since"
        ).format(subject=subject)
    return Verdict(True, why, subject, signer_fp, when)

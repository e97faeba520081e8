"""Certificates of sanitization: issue (per drive, per asset, per disposal batch), sign,
keep in the register, reissue, and verify.

A certificate is issued only for drives whose latest sanitization passed (a destruction
included) and whose verification did not fail: "sanitized" is never printed for a drive
that is not. The signed PDF is stored as issued, so re-printing gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.errors import FieldtagError, NotFound, Problem, ValidationError
from app.domain.ids import new_id
from app.domain.sanitization import (
    certificate_number,
    org_prefix,
    parse_qr_payload,
    qr_payload,
    sanitized,
)
from app.domain.text import QT_TRANSLATE_NOOP
from app.domain.values import format_bytes
from app.printing import signing
from app.printing.certificate_pdf import CertificateDoc, DriveEntry, render_certificate
from app.services.context import Context
from app.services.drives import latest_sanitization, record_values
from app.services.labels import device_tag_code
from app.store.tables import (
    Asset,
    AssetModel,
    Certificate,
    CertificateItem,
    Device,
    Drive,
    utcnow,
)

Progress = Callable[[int, int, str], None]  # done, total, what is happening
SCOPES = ("drive", "asset", "batch")


@dataclass(frozen=True)
class SigningSettings:
    """What issuing needs from the settings (app.config.Settings has it)."""

    organisation: str
    org_code: str
    base_url: str
    folder: Path


@dataclass(frozen=True)
class CertificateInfo:
    id: str
    number: str
    scope: str
    title: str
    issued_at: dt.datetime
    issued_by: str
    device: str
    supersedes: str  # number of the certificate it replaced, "" if none
    superseded_by: str  # number of the certificate that replaced it, "" if current
    reason: str
    asset_tags: tuple[str, ...]
    serials: tuple[str, ...]
    signer_fingerprint: str
    pdf_sha256: str
    size: int

    @property
    def current(self) -> bool:
        return not self.superseded_by


@dataclass(frozen=True)
class Issued:
    info: CertificateInfo
    pdf: bytes


def signing_settings(settings: Any) -> SigningSettings:
    """From `app.config.Settings` (kept loose: services do not read files themselves)."""
    return SigningSettings(
        organisation=str(settings.organisation),
        org_code=str(settings.org_code),
        base_url=str(settings.label_base_url),
        folder=Path(settings.signing_dir),
    )


# ------------------------------------------------------------------------ signing key


def signing_identity(folder: Path) -> signing.Identity | None:
    return signing.identity(folder)


def create_signing_key(folder: Path, organisation: str) -> signing.Identity:
    return signing.create_key(folder, organisation)


def import_signing_key(folder: Path, data: bytes, passphrase: str) -> signing.Identity:
    return signing.import_pkcs12(folder, data, passphrase)


def verify_certificate(data: bytes, folder: Path, trust: Sequence[Path] = ()) -> signing.Verdict:
    """Check a certificate PDF against the organisation's certificate (and any extra
    trusted certificate files)."""
    own = signing.load_certs(folder)
    certs = own[:1]
    for path in trust:
        try:
            certs += signing.load_cert_file(path)
        except (OSError, ValueError) as exc:
            raise ValidationError.single(
                str(path),
                QT_TRANSLATE_NOOP("services.certificates", "is no X.509 certificate: {exc}").format(
                    exc=exc
                ),
            ) from None
    return signing.verify_pdf(data, certs, own[1:])


# ---------------------------------------------------------------------------- issuing


@dataclass
class _Item:
    asset: Asset
    model: str
    drive: Drive
    record: Any  # Sanitization row


def _resolve(
    session: Session,
    *,
    asset_tags: Sequence[str],
    drive_serials: Sequence[str],
    batch_tags: Sequence[str],
) -> tuple[str, list[_Item], str]:
    """(scope, items, what it covers in words), or ValidationError listing every problem."""
    given = [bool(asset_tags), bool(drive_serials), bool(batch_tags)]
    if sum(given) != 1:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.certificates", "scope"),
            QT_TRANSLATE_NOOP(
                "services.certificates",
                "give exactly one of: an asset tag, a drive serial, or the tags of a batch",
            ),
        )
    problems: list[Problem] = []
    items: list[_Item] = []
    models: dict[str | None, str] = {}

    def model_of(asset: Asset) -> str:
        if asset.model_id not in models:
            m = session.get(AssetModel, asset.model_id) if asset.model_id else None
            models[asset.model_id] = f"{m.manufacturer} {m.name}" if m else ""
        return models[asset.model_id]

    def add(asset: Asset, drive: Drive) -> None:
        rec = latest_sanitization(session, drive.id)
        where = f"{asset.tag} drive {drive.serial}"
        if rec is None:
            problems.append(
                Problem(
                    where,
                    QT_TRANSLATE_NOOP(
                        "services.certificates", "has no sanitization record: record it first"
                    ),
                )
            )
        elif not sanitized(rec.method, rec.result, rec.verification_result):
            why = (QT_TRANSLATE_NOOP("services.certificates", "its verification failed")
                   if rec.verification_result == "failed"
                   else QT_TRANSLATE_NOOP("services.certificates",
                                          "its latest sanitization FAILED"))  # fmt: skip
            problems.append(
                Problem(
                    where,
                    QT_TRANSLATE_NOOP(
                        "services.certificates",
                        "is not sanitized ({why}): wipe it again or destroy it and record the "
                        "result; no certificate says 'sanitized' for it",
                    ).format(why=why),
                )
            )
        else:
            items.append(_Item(asset, model_of(asset), drive, rec))

    if drive_serials:
        scope = "drive"
        for serial in drive_serials:
            drive = session.scalar(select(Drive).where(Drive.serial == serial.strip()))
            if drive is None:
                problems.append(
                    Problem(
                        serial,
                        QT_TRANSLATE_NOOP(
                            "services.certificates", "no drive with this serial is recorded"
                        ),
                    )
                )
                continue
            asset = session.scalar(select(Asset).where(Asset.id == drive.asset_id))
            assert asset is not None
            add(asset, drive)
    else:
        scope = "asset" if asset_tags else "batch"
        tags = list(dict.fromkeys(t.strip() for t in (asset_tags or batch_tags) if t.strip()))
        if scope == "asset" and len(tags) != 1:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("services.certificates", "asset"),
                QT_TRANSLATE_NOOP(
                    "services.certificates", "give one asset tag (use a batch for several)"
                ),
            )
        for tag in tags:
            asset = session.scalar(select(Asset).where(Asset.tag == tag))
            if asset is None:
                problems.append(
                    Problem(
                        tag, QT_TRANSLATE_NOOP("services.certificates", "no asset has this tag")
                    )
                )
                continue
            drives = list(
                session.scalars(
                    select(Drive).where(Drive.asset_id == asset.id).order_by(Drive.created_at)
                )
            )
            if not drives:
                problems.append(
                    Problem(
                        tag,
                        QT_TRANSLATE_NOOP(
                            "services.certificates",
                            "has no drives recorded: record its drives and their sanitization "
                            "first",
                        ),
                    )
                )
            for drive in drives:
                add(asset, drive)
    if problems:
        raise ValidationError(problems)
    n = len(items)
    drives_text = f"{n} drive{'s' if n != 1 else ''}"
    if scope == "drive":
        it = items[0]
        covers = (
            f"Drive {it.drive.serial} in asset {it.asset.tag}"
            if n == 1
            else (f"{drives_text}: " + ", ".join(i.drive.serial for i in items))
        )
    elif scope == "asset":
        a = items[0].asset
        what = ", ".join(x for x in (a.name, items[0].model) if x)
        covers = f"Asset {a.tag}" + (f" ({what})" if what else "") + f", {drives_text}"
    else:
        assets = list(dict.fromkeys(i.asset.tag for i in items))
        shown = ", ".join(assets[:12]) + (
            f" and {len(assets) - 12} more" if len(assets) > 12 else ""
        )
        covers = f"Disposal batch of {len(assets)} assets, {drives_text}: {shown}"
    return scope, items, covers


def _next_seq(session: Session, device_id: str, year: int) -> int:
    last = session.scalar(
        select(func.max(Certificate.seq)).where(
            Certificate.device_id == device_id, Certificate.year == year
        )
    )
    return int(last or 0) + 1


def issue_certificate(
    ctx: Context,
    sign: SigningSettings,
    *,
    asset_tags: Sequence[str] = (),
    drive_serials: Sequence[str] = (),
    batch_tags: Sequence[str] = (),
    progress: Progress | None = None,
    _supersedes: str | None = None,
    _reason: str = "",
) -> Issued:
    """Issue one signed certificate for a drive, an asset (all its drives) or a batch of
    assets. Everything is checked first; a refused certificate changes nothing.

    The records are read and the PDF drawn and signed outside the write transaction (a
    batch takes seconds; the store stays writable meanwhile); the write then checks that
    the number is still free and every drive's latest record is still the one printed,
    and starts over if not."""
    report = progress or (lambda _d, _t, _s: None)
    with ctx.reading() as session:  # stored once the device first issued tags (cheap read)
        code = session.scalar(select(Device.tag_code).where(Device.id == ctx.store.device_id))
    if not code:
        code = device_tag_code(ctx)
    identity = signing.ensure_identity(sign.folder, sign.organisation)
    for _attempt in range(3):
        now = utcnow()
        with ctx.reading() as session:
            scope, items, covers = _resolve(
                session, asset_tags=asset_tags, drive_serials=drive_serials,
                batch_tags=batch_tags,
            )  # fmt: skip
            old = session.get(Certificate, _supersedes) if _supersedes else None
            old_number = old.number if old else ""
            total = len(items) + 2
            seq = _next_seq(session, ctx.store.device_id, now.year)
            number = certificate_number(sign.org_code, now.year, code, seq)
            entries = []
            for i, it in enumerate(items):
                entries.append(
                    DriveEntry(
                        asset_tag=it.asset.tag,
                        asset_name=it.asset.name,
                        asset_model=it.model,
                        asset_serial=it.asset.serial,
                        make=it.drive.make,
                        model=it.drive.model,
                        serial=it.drive.serial,
                        kind=it.drive.kind,
                        capacity=format_bytes(it.drive.capacity_bytes),
                        record=record_values(it.record),
                    )
                )
                if i % 20 == 0:
                    report(i, total, f"Reading {i + 1} of {len(items)} records")
            links = [(it.asset.id, it.drive.id, it.record.id) for it in items]
            device = session.get(Device, ctx.store.device_id)
            device_name = device.name if device else ""
        doc = CertificateDoc(
            number=number, scope=scope, covers=covers,
            organisation=sign.organisation or org_prefix(sign.org_code),
            issued_at=f"{now:%Y-%m-%d %H:%M} UTC", issued_by=ctx.actor, device=device_name,
            qr_payload=qr_payload(sign.org_code, number, sign.base_url), drives=entries,
            supersedes=old_number, reason=_reason, signer=identity.subject,
            signer_fingerprint=identity.fingerprint,
        )  # fmt: skip
        report(len(items), total, f"Drawing the certificate ({len(items)} drives)")
        pdf = render_certificate(doc)
        report(len(items) + 1, total, "Signing")
        signed = signing.sign_pdf(
            pdf, sign.folder, reason=f"Certificate of Sanitization {number}",
            location=sign.organisation, contact=ctx.actor,
        )  # fmt: skip
        with ctx.unit_of_work() as uow:
            session = uow.session
            if _next_seq(session, uow.device.id, now.year) != seq or any(
                (latest := latest_sanitization(session, drive_id)) is None or latest.id != record_id
                for _a, drive_id, record_id in links
            ):
                continue  # another process issued a number or recorded a wipe meanwhile
            old = session.get(Certificate, _supersedes) if _supersedes else None
            if old is not None and old.superseded_by:
                raise ValidationError.single(
                    old.number, QT_TRANSLATE_NOOP("services.certificates", "was replaced meanwhile")
                )
            cert = Certificate(
                id=new_id(), number=number, scope=scope, title=covers[:300], issued_at=now,
                issued_by=ctx.actor, device_id=uow.device.id, year=now.year, seq=seq,
                supersedes=old.id if old else None, reason=_reason,
                signer_fingerprint=identity.fingerprint,
                pdf_sha256=hashlib.sha256(signed).hexdigest(), pdf=signed,
            )  # fmt: skip
            session.add(cert)
            session.flush()
            for asset_id, drive_id, record_id in links:
                session.add(
                    CertificateItem(
                        certificate_id=cert.id,
                        drive_id=drive_id,
                        asset_id=asset_id,
                        sanitization_id=record_id,
                    )
                )
            if old is not None:
                old.superseded_by = cert.id
                uow.event(
                    "certificate", old.id, "superseded", {"superseded_by": [None, number]},
                    data={"summary": f"Certificate {old.number} replaced by {number}",
                          "superseded_by_id": cert.id},
                )  # fmt: skip
            per_asset: dict[str, int] = {}
            for asset_id, _d, _r in links:
                per_asset[asset_id] = per_asset.get(asset_id, 0) + 1
            what = {"drive": "for drive", "asset": "for the asset", "batch": "in a disposal batch"}
            replaces = f", replacing {old.number}" if old else ""
            for asset_id, n in per_asset.items():
                uow.event(
                    "certificate", cert.id, "issued",
                    {"number": [None, number], "scope": [None, scope]},
                    asset_id=asset_id,
                    data={"summary": f"Certificate of sanitization {number} issued "
                          f"{what[scope]} ({n} drive{'s' if n != 1 else ''}){replaces}",
                          **_sync_data(cert, asset_id, links)},
                )  # fmt: skip
            uow.commit()
            report(total, total, "Done")
            return Issued(_info(session, cert), signed)
    raise FieldtagError(
        QT_TRANSLATE_NOOP(
            "services.certificates",
            "The records changed while the certificate was being issued (another "
            "window or command recorded a wipe or issued a certificate): issue it "
            "again.",
        )
    )


def _sync_data(
    cert: Certificate, asset_id: str, links: Sequence[tuple[str, str, str]]
) -> dict[str, Any]:
    """What another device needs to store the certificate as this one did (sync): the
    register row (the signed PDF itself travels as a blob, by its SHA-256) and the drives
    it covers in `asset_id`."""
    return {
        "certificate": {
            "number": cert.number, "scope": cert.scope, "title": cert.title,
            "issued_at": cert.issued_at.isoformat(), "year": cert.year, "seq": cert.seq,
            "supersedes": cert.supersedes, "reason": cert.reason,
            "signer_fingerprint": cert.signer_fingerprint, "pdf_sha256": cert.pdf_sha256,
        },
        "items": [[d, r] for a, d, r in links if a == asset_id],
    }  # fmt: skip


def reissue_certificate(
    ctx: Context, sign: SigningSettings, number: str, reason: str, progress: Progress | None = None
) -> Issued:
    """A new certificate (new number) for what an earlier one covered, from the current
    records; the old one is kept and marked as replaced."""
    reason = reason.strip()
    if not reason:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("services.certificates", "reason"),
            QT_TRANSLATE_NOOP("services.certificates", "say why the certificate is reissued"),
        )
    with ctx.reading() as session:
        old = _by_number(session, number)
        if old.superseded_by:
            newer = session.get(Certificate, old.superseded_by)
            raise ValidationError.single(
                number,
                QT_TRANSLATE_NOOP(
                    "services.certificates", "was already replaced by {value}: reissue that one"
                ).format(value=newer.number if newer else "?"),
            )
        rows = session.execute(
            select(Asset.tag, Drive.serial)
            .join(CertificateItem, CertificateItem.asset_id == Asset.id)
            .join(Drive, Drive.id == CertificateItem.drive_id)
            .where(CertificateItem.certificate_id == old.id)
        ).all()
        tags = list(dict.fromkeys(r[0] for r in rows))
        serials = [r[1] for r in rows]
        scope, old_id = old.scope, old.id
    kwargs: dict[str, Any] = (
        {"drive_serials": serials} if scope == "drive"
        else {"asset_tags": tags} if scope == "asset" else {"batch_tags": tags}
    )  # fmt: skip
    return issue_certificate(
        ctx, sign, progress=progress, _supersedes=old_id, _reason=reason, **kwargs
    )


# ---------------------------------------------------------------------------- register


def _by_number(session: Session, number: str) -> Certificate:
    text = number.strip()
    found = parse_qr_payload(text)
    cert = session.scalar(
        select(Certificate).where(func.upper(Certificate.number) == (found or text).upper())
    )
    if cert is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.certificates", "There is no certificate {text}.").format(
                text=text
            )
        )
    return cert


def _info(session: Session, c: Certificate) -> CertificateInfo:
    rows = session.execute(
        select(Asset.tag, Drive.serial)
        .join(CertificateItem, CertificateItem.asset_id == Asset.id)
        .join(Drive, Drive.id == CertificateItem.drive_id)
        .where(CertificateItem.certificate_id == c.id)
    ).all()
    numbers = {}
    for ref in (c.supersedes, c.superseded_by):
        if ref:
            other = session.get(Certificate, ref)
            numbers[ref] = other.number if other else ""
    device = session.get(Device, c.device_id)
    return CertificateInfo(
        id=c.id, number=c.number, scope=c.scope, title=c.title, issued_at=c.issued_at,
        issued_by=c.issued_by, device=device.name if device else c.device_id[:8],
        supersedes=numbers.get(c.supersedes or "", ""),
        superseded_by=numbers.get(c.superseded_by or "", ""), reason=c.reason,
        asset_tags=tuple(dict.fromkeys(r[0] for r in rows)), serials=tuple(r[1] for r in rows),
        signer_fingerprint=c.signer_fingerprint, pdf_sha256=c.pdf_sha256, size=len(c.pdf),
    )  # fmt: skip


def list_certificates(ctx: Context, query: str = "", *, limit: int = 1000) -> list[CertificateInfo]:
    """The register, newest first; `query` matches a certificate number, an asset tag or
    a drive serial (part of it, any case)."""
    with ctx.reading() as session:
        stmt = select(Certificate).order_by(Certificate.issued_at.desc(), Certificate.seq.desc())
        text = parse_qr_payload(query) or query.strip()  # a scanned certificate QR code
        if text:
            like = f"%{text}%"
            covered = (
                select(CertificateItem.certificate_id)
                .join(Asset, Asset.id == CertificateItem.asset_id)
                .join(Drive, Drive.id == CertificateItem.drive_id)
                .where(or_(Asset.tag.ilike(like), Drive.serial.ilike(like)))
            )
            stmt = stmt.where(or_(Certificate.number.ilike(like), Certificate.id.in_(covered)))
        return [_info(session, c) for c in session.scalars(stmt.limit(limit))]


def certificate_history(ctx: Context, number: str) -> list[CertificateInfo]:
    """The chain of certificates this one belongs to, oldest first."""
    with ctx.reading() as session:
        cert = _by_number(session, number)
        while cert.supersedes:
            prev = session.get(Certificate, cert.supersedes)
            if prev is None:
                break
            cert = prev
        chain = [cert]
        while chain[-1].superseded_by:
            nxt = session.get(Certificate, chain[-1].superseded_by)
            if nxt is None:
                break
            chain.append(nxt)
        return [_info(session, c) for c in chain]


def certificate_pdf(ctx: Context, number: str) -> tuple[CertificateInfo, bytes]:
    """The signed PDF exactly as issued."""
    with ctx.reading() as session:
        cert = _by_number(session, number)
        if not cert.pdf:  # issued on another device; the PDF comes as a sync blob
            raise FieldtagError(
                QT_TRANSLATE_NOOP(
                    "services.certificates",
                    "The signed PDF of certificate {number} has not reached this device yet: "
                    "it was issued on another device and arrives with a later sync (once that "
                    "device has synced). Sync again, or print it on the device that issued it.",
                ).format(number=cert.number)
            )
        return _info(session, cert), bytes(cert.pdf)


def certificates_of_asset(ctx: Context, asset_id: str) -> list[CertificateInfo]:
    with ctx.reading() as session:
        ids = select(CertificateItem.certificate_id).where(CertificateItem.asset_id == asset_id)
        rows = session.scalars(
            select(Certificate)
            .where(Certificate.id.in_(ids))
            .order_by(Certificate.issued_at.desc())
        )
        return [_info(session, c) for c in rows]


def assets_for_batch(ctx: Context, tags: Sequence[str]) -> list[tuple[str, str, int, int]]:
    """For picking a batch: per tag (tag, name, drives, drives sanitized); unknown tags
    raise NotFound listing them."""
    out = []
    missing = []
    with ctx.reading() as session:
        for tag in dict.fromkeys(t.strip() for t in tags if t.strip()):
            asset = session.scalar(select(Asset).where(Asset.tag == tag))
            if asset is None:
                missing.append(tag)
                continue
            drives = list(session.scalars(select(Drive).where(Drive.asset_id == asset.id)))
            ok = 0
            for d in drives:
                rec = latest_sanitization(session, d.id)
                if rec is not None and sanitized(rec.method, rec.result, rec.verification_result):
                    ok += 1
            out.append((asset.tag, asset.name, len(drives), ok))
    if missing:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.certificates", "No asset has the tag {tags}.").format(
                tags=", ".join(missing)
            )
        )
    return out

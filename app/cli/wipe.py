"""CLI commands `wipe` (nwipe log import) and `certificate` (issue, verify, list, key)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import Command, DbArg

EXIT_UNREADABLE = 2  # certificate verify: the file cannot be read at all


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], db_arg: DbArg) -> None:
    p = sub.add_parser("wipe", help="data-wipe records: import nwipe / ShredOS logs")
    wsub = p.add_subparsers(dest="wipe_command", metavar="ACTION", required=True)
    q = wsub.add_parser(
        "import-nwipe",
        help="record the results of nwipe log files (written with nwipe -l); drives are "
        "matched by serial. All or nothing: a drive that cannot be matched refuses the import",
    )
    db_arg(q)
    q.add_argument("logfiles", type=Path, nargs="+", metavar="LOGFILE")
    q.add_argument(
        "--skip-unmatched",
        action="store_true",
        help="record the matched drives and only list the others (unknown or anonymised "
        "serials, unfinished or aborted wipes)",
    )
    q.add_argument("--dry-run", action="store_true", help="show what would be recorded")

    p = sub.add_parser("certificate", help="certificates of sanitization (signed PDF)")
    csub = p.add_subparsers(dest="cert_command", metavar="ACTION", required=True)
    q = csub.add_parser("issue", help="issue a signed certificate for a drive, an asset or a batch")
    db_arg(q)
    scope = q.add_mutually_exclusive_group(required=True)
    scope.add_argument("--asset", metavar="TAG", help="one asset: all its drives")
    scope.add_argument("--drive", metavar="SERIAL", help="one drive, by its serial")
    scope.add_argument("--batch", metavar="TAG", nargs="+", help="a disposal batch of assets")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    q = csub.add_parser(
        "verify",
        help="check a certificate's signature (exit 0 valid, 1 invalid, 2 unreadable file)",
    )
    q.add_argument("file", type=Path, metavar="FILE.pdf")
    q.add_argument(
        "--trust", type=Path, action="append", default=[], metavar="CERT.pem",
        help="also trust this signing certificate (e.g. the organisation's, on another machine)",
    )  # fmt: skip
    q = csub.add_parser("list", help="the register of certificates (search by number/tag/serial)")
    db_arg(q)
    q.add_argument("query", nargs="?", default="", metavar="QUERY")
    q = csub.add_parser("reissue", help="replace a certificate by a new one (history is kept)")
    db_arg(q)
    q.add_argument("number", metavar="NUMBER")
    q.add_argument("--reason", required=True, help="why it is reissued")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    q = csub.add_parser("print", help="write a certificate from the register (as issued)")
    db_arg(q)
    q.add_argument("number", metavar="NUMBER")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    q = csub.add_parser("key", help="the organisation's signing key: show, create, import")
    q.add_argument("--create", action="store_true", help="create a new key (replaces the old)")
    q.add_argument("--import-p12", type=Path, metavar="FILE.p12", help="import a PKCS#12 file")
    q.add_argument("--export-cert", type=Path, metavar="CERT.pem",
                   help="write the organisation's certificate (for auditors: --trust)")  # fmt: skip


def _write(path: Path, data: bytes) -> None:
    from app.domain.errors import FieldtagError

    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FieldtagError(f"cannot write {path}: {exc.strerror or exc}") from None


def cmd_wipe(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, start_logging
    from app.config import load_settings
    from app.domain.errors import Problem, ValidationError
    from app.services import drives

    start_logging()
    settings = load_settings()
    files = []
    unreadable = []
    for path in args.logfiles:
        try:
            files.append((path.name, path.read_bytes()))
        except OSError as exc:
            unreadable.append(f"{path}: cannot be read ({exc.strerror or exc})")
    if unreadable:
        raise ValidationError([Problem("", u) for u in unreadable])
    ctx = open_context(args.db, settings=settings, create=False)
    performer = drives.Performer(
        settings.actor, settings.performer_title, settings.performer_organisation,
        settings.performer_location, settings.performer_phone,
    )  # fmt: skip
    if args.dry_run:
        report = drives.preview_nwipe(ctx, files)
    else:
        report = drives.import_nwipe(ctx, files, performer, skip_unmatched=args.skip_unmatched)
    for fmt in report.formats:
        print(f"# {fmt}")
    for line in report.lines:
        where = f" -> {line.asset_tag}" if line.asset_tag else ""
        serial = line.serial or "(no serial)"
        print(f"{line.status}\t{line.file}\t{line.device}\t{serial}{where}\t{line.message}")
    n = len(report.recorded)
    if args.dry_run:
        print(
            f"dry run: {n} drive(s) would be recorded, {len(report.problems)} not", file=sys.stderr
        )
    else:
        failed = sum(1 for x in report.recorded if x.status == "failed")
        print(f"recorded {n} sanitization(s) ({failed} FAILED); "
              f"{len(report.problems)} drive(s) not recorded", file=sys.stderr)  # fmt: skip
    return 0


def cmd_certificate(args: argparse.Namespace) -> int:
    from app.bootstrap import start_logging
    from app.config import load_settings

    start_logging()
    settings = load_settings()
    action = args.cert_command
    if action == "verify":
        return _verify(args, settings)
    if action == "key":
        return _key(args, settings)
    from app.bootstrap import open_context
    from app.services import certificates

    sign = certificates.signing_settings(settings)
    output = getattr(args, "output", None)
    if output is not None and not output.parent.is_dir():  # before anything is issued
        from app.domain.errors import FieldtagError

        raise FieldtagError(f"cannot write {output}: the folder {output.parent} does not exist")
    ctx = open_context(args.db, settings=settings, create=False)
    if action == "issue":
        issued = certificates.issue_certificate(
            ctx, sign, asset_tags=[args.asset] if args.asset else [],
            drive_serials=[args.drive] if args.drive else [], batch_tags=args.batch or [],
        )  # fmt: skip
        _write(args.output, issued.pdf)
        print(issued.info.number)
        print(f"{issued.info.title} -> {args.output}", file=sys.stderr)
        return 0
    if action == "reissue":
        issued = certificates.reissue_certificate(ctx, sign, args.number, args.reason)
        _write(args.output, issued.pdf)
        print(issued.info.number)
        print(f"replaces {issued.info.supersedes} -> {args.output}", file=sys.stderr)
        return 0
    if action == "print":
        info, pdf = certificates.certificate_pdf(ctx, args.number)
        _write(args.output, pdf)
        print(info.number)
        return 0
    for c in certificates.list_certificates(ctx, args.query):
        state = f"replaced by {c.superseded_by}" if c.superseded_by else "current"
        print(f"{c.number}\t{c.issued_at:%Y-%m-%d %H:%M}\t{c.scope}\t{state}\t"
              f"{' '.join(c.asset_tags)}\t{c.title}")  # fmt: skip
    return 0


def _verify(args: argparse.Namespace, settings: object) -> int:
    from app.services import certificates

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"unreadable: {args.file}: {exc.strerror or exc}")
        return EXIT_UNREADABLE
    verdict = certificates.verify_certificate(
        data, certificates.signing_settings(settings).folder, args.trust
    )
    print(("VALID: " if verdict.valid else "INVALID: ") + verdict.reason)
    if verdict.signer_fingerprint and not verdict.valid:
        print(f"signer: {verdict.signer_subject} (SHA-256 {verdict.signer_fingerprint})")
    return 0 if verdict.valid else 1


def _key(args: argparse.Namespace, settings: object) -> int:
    import getpass

    from app.services import certificates

    sign = certificates.signing_settings(settings)
    if args.create:
        ident = certificates.create_signing_key(sign.folder, sign.organisation)
    elif args.import_p12:
        try:
            data = args.import_p12.read_bytes()
        except OSError as exc:
            print(f"fieldtag: error: cannot read {args.import_p12}: {exc}", file=sys.stderr)
            return 1
        passphrase = getpass.getpass(f"Passphrase of {args.import_p12.name}: ")
        ident = certificates.import_signing_key(sign.folder, data, passphrase)
    else:
        found = certificates.signing_identity(sign.folder)
        if found is None:
            print(f"no signing key yet in {sign.folder} (one is created when the first "
                  "certificate is issued, or use --create / --import-p12)")  # fmt: skip
            return 1
        ident = found
    print(f"subject: {ident.subject}")
    print(f"issuer: {ident.issuer}{' (self-signed)' if ident.self_signed else ''}")
    print(f"valid: {ident.not_before:%Y-%m-%d} to {ident.not_after:%Y-%m-%d}")
    print(f"SHA-256: {ident.fingerprint_pretty}")
    print(f"folder: {ident.folder}")
    if args.export_cert:
        _write(args.export_cert, (ident.folder / "org-cert.pem").read_bytes())
    return 0


COMMANDS: dict[str, Command] = {"wipe": cmd_wipe, "certificate": cmd_certificate}

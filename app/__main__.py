"""`fieldtag` / `python -m app`: parse the arguments, then start the GUI or run a command.

The commands never import Qt, so they run without a display; only the GUI path does.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from app import __version__  # noqa: E402
from app.cli import Command  # noqa: E402


def _db_arg(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="the SQLite database file (default: fieldtag.sqlite in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldtag",
        description="Fieldtag: asset tracking for IT field technicians. "
        "Without a command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"fieldtag {__version__}")
    _db_arg(parser, top=True)
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the GUI, wait until the home page shows its figures, print ready_ms=N, exit",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation (resources, database, decoder, Qt, camera, printers), "
        "print one line per check and exit non-zero if something essential is broken",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="fill a database with realistic demo data")
    _db_arg(p)
    p.add_argument(
        "--assets", type=int, default=500, metavar="N", help="number of assets (default 500)"
    )
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")

    p = sub.add_parser("import", help="import assets from a CSV file (Snipe-IT columns understood)")
    _db_arg(p)
    p.add_argument("file", type=Path, metavar="FILE.csv", nargs="?")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a CSV column to a field (repeatable), e.g. --map 'Inventarnr=tag'; "
        "--map 'Column=' ignores a column. Run with --fields to list the fields",
    )
    p.add_argument("--fields", action="store_true", help="list the fields a column can map to")
    p.add_argument("--dry-run", action="store_true", help="check the file, import nothing")

    p = sub.add_parser("export", help="export assets to CSV or JSON")
    _db_arg(p)
    p.add_argument(
        "--format", choices=["csv", "json"], default=None, help="default: from the file name"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--query", default="", metavar="Q", help="export only assets matching this search"
    )

    p = sub.add_parser("search", help="search assets; prints JSON lines")
    _db_arg(p)
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("query", metavar="QUERY", nargs="+")

    p = sub.add_parser(
        "scan-image", help="decode barcodes in image files; prints one JSON line per code"
    )
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")

    p = sub.add_parser(
        "scan-video",
        help="run the GUI's capture-and-decode pipeline on a video file, an image sequence "
        "(frames/%%04d.png), a folder of images or a camera index; prints one JSON line per scan",
    )
    p.add_argument("source", metavar="SOURCE")
    p.add_argument(
        "--realtime",
        action="store_true",
        help="play a recording at its frame rate, as a camera would deliver it",
    )
    p.add_argument("--max-frames", type=int, default=None, metavar="N", help="stop after N frames")
    p.add_argument(
        "--debounce",
        type=float,
        default=None,
        metavar="SECONDS",
        help="count the same code again only after this long out of sight (default: settings)",
    )

    p = sub.add_parser(
        "labels",
        help="print asset labels to a PDF or ZPL file; --list-stock lists the label stocks",
        description="Labels for existing assets (--tags, --query) or for fresh tags from this "
        "device's sequence (--new N), on a label stock (--stock), saved as PDF or ZPL II (-o). "
        "Every print is recorded in the history of each asset labelled.",
    )
    _db_arg(p)
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--tags", nargs="+", metavar="TAG", help="labels for the assets with these tags"
    )
    what.add_argument("--query", metavar="Q", help="labels for the assets a search finds")
    what.add_argument(
        "--new",
        type=int,
        metavar="N",
        help="issue N new tags (for assets not recorded yet) and print them",
    )
    what.add_argument(
        "--list-stock", action="store_true", help="list the label stocks: id, description"
    )
    p.add_argument("--stock", metavar="STOCK_ID", help="the label stock (see --list-stock)")
    p.add_argument(
        "--start-at",
        type=int,
        default=1,
        metavar="K",
        help="first position on the first sheet (1 = top left, across then down): "
        "finish a partly used sheet",
    )
    p.add_argument(
        "--symbology", choices=["qr", "datamatrix"], default="qr", help="the 2D code (default qr)"
    )
    p.add_argument(
        "--fields",
        default="model,serial",
        metavar="FIELD,...",
        help="asset fields printed under the tag (default model,serial; also name, category, "
        "location, assignee; '' for none)",
    )
    p.add_argument("--no-code128", action="store_true", help="print the 2D code without a Code128")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf|FILE.zpl")

    p = sub.add_parser(
        "count",
        help="inventory counts: start, scan, close, report, list, due",
        description="Inventory counts (stocktakes) of a location: start a count, scan tags into "
        "it (each saved durably before it is printed), close it, write its report.",
    )
    count_sub = p.add_subparsers(dest="count_command", metavar="ACTION", required=True)
    q = count_sub.add_parser("start", help="start a count of a location; prints the count's id")
    _db_arg(q)
    q.add_argument(
        "--location", required=True, metavar="LOCATION", help="its path ('Site > Room') or id"
    )
    q.add_argument(
        "--no-sublocations", action="store_true", help="expect only what is recorded right there"
    )
    q.add_argument("--note", default="", metavar="TEXT", help="a note kept with the count")
    q = count_sub.add_parser(
        "scan",
        help="record scanned tags (arguments, or one per line on stdin); prints one line per "
        "tag once it is saved: found / unexpected / unknown / duplicate",
    )
    _db_arg(q)
    q.add_argument("count_id", metavar="COUNT_ID")
    q.add_argument("tags", nargs="*", metavar="TAG", help="default: read tags from stdin")
    q = count_sub.add_parser(
        "close", help="close a count: audit dates, moves, optionally mark missing assets"
    )
    _db_arg(q)
    q.add_argument("count_id", metavar="COUNT_ID")
    q.add_argument(
        "--mark-missing", action="store_true", help="mark expected assets not scanned as missing"
    )
    q.add_argument(
        "--no-move",
        action="store_true",
        help="leave unexpected assets recorded where they are (default: move them here)",
    )
    q = count_sub.add_parser("report", help="write a count's report as PDF or CSV")
    _db_arg(q)
    q.add_argument("count_id", metavar="COUNT_ID")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    q = count_sub.add_parser("list", help="list counts, newest first")
    _db_arg(q)
    q.add_argument("--open", action="store_true", help="only counts still open")
    q = count_sub.add_parser(
        "due", help="locations with assets due for a count (audit date past, or never counted)"
    )
    _db_arg(q)

    p = sub.add_parser("db", help="database maintenance")
    db_sub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    q = db_sub.add_parser(
        "upgrade", help="back up, then upgrade the database to this version's schema"
    )
    _db_arg(q)
    q = db_sub.add_parser("backup", help="copy the database consistently into its backups folder")
    _db_arg(q)
    q.add_argument("-o", "--output-dir", type=Path, default=None, metavar="DIR")

    from app.cli import checklists, conflicts, reports, sync, wipe

    for group in (checklists, wipe, reports, sync, conflicts):
        group.add_parsers(sub, _db_arg)
        COMMANDS.update(group.COMMANDS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from app.domain.errors import FieldtagError, ValidationError

    try:
        if args.self_check:
            from app.cli.selfcheck import self_check

            return self_check(args.db)
        if args.command is None:
            from app.ui.app import run_gui

            return run_gui(args.db, exit_when_ready=args.exit_when_ready, started=STARTED)
        return COMMANDS[args.command](args)
    except ValidationError as exc:
        print("fieldtag: error: the input was refused; nothing was changed:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except FieldtagError as exc:
        print(f"fieldtag: error: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def cmd_demo(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, start_logging
    from app.services.demo import generate_demo

    start_logging()
    if args.assets < 0:
        raise SystemExit("fieldtag demo: error: --assets must be 0 or more")
    ctx = open_context(args.db)
    summary = generate_demo(ctx, args.assets, seed=args.seed)
    print(summary)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, start_logging
    from app.services import transfer

    if args.fields:
        for name, label in transfer.IMPORT_FIELDS.items():
            print(f"{name}\t{label}")
        return 0
    if args.file is None:
        raise SystemExit("fieldtag import: error: name the CSV file to import (or --fields)")
    start_logging()
    mapping: dict[str, str] = {}
    for item in args.map:
        column, sep, field = item.partition("=")
        if not sep:
            raise SystemExit(f"fieldtag import: error: --map '{item}' needs the form COLUMN=FIELD")
        mapping[column.strip()] = field.strip()
    ctx = open_context(args.db)
    result = transfer.import_csv(ctx, args.file, mapping=mapping or None, dry_run=args.dry_run)
    print(result.summary())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, start_logging
    from app.services import transfer
    from app.services.filters import AssetFilter

    start_logging()
    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in {"csv", "json"}:
        raise SystemExit(
            "fieldtag export: error: say --format csv or --format json "
            "(or name the file .csv or .json)"
        )
    ctx = open_context(args.db)
    count = transfer.export_assets(ctx, args.output, fmt, AssetFilter(text=args.query))
    print(f"exported {count} assets to {args.output}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context
    from app.services.queries import search_assets

    ctx = open_context(args.db, migrate=False, create=False)
    for row in search_assets(ctx, " ".join(args.query), limit=args.limit):
        print(json.dumps(row.as_json(), ensure_ascii=False))
    return 0


def cmd_scan_image(args: argparse.Namespace) -> int:
    from app.bootstrap import tag_config
    from app.config import load_settings
    from app.domain.tags import parse_scan
    from app.scan.decoder import FrameDecoder, ImageError, load_image

    config = tag_config(load_settings())
    decoder = FrameDecoder()
    failed = 0
    for path in args.files:
        try:
            image = load_image(path)
        except ImageError as exc:
            failed += 1
            print(f"fieldtag: error: {exc.message}", file=sys.stderr, flush=True)
            continue
        for code in decoder.decode(image):
            read = parse_scan(code.text, config, format=code.format, binary=code.binary)
            line = {
                "file": str(path),
                "format": code.format,
                "text": code.text,
                "tag": read.tag,
                "position": [list(p) for p in code.position],
            }
            print(json.dumps(line, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def cmd_scan_video(args: argparse.Namespace) -> int:
    from app.bootstrap import scan_pipeline
    from app.config import load_settings
    from app.scan.capture import open_source

    settings = load_settings()
    if args.debounce is not None:
        if args.debounce < 0:
            raise SystemExit("fieldtag scan-video: error: --debounce cannot be negative")
        settings.scan_debounce_s = args.debounce
    pipeline = scan_pipeline(settings)
    resolution = (settings.camera_width, settings.camera_height)
    with open_source(args.source, resolution) as source:
        for result in pipeline.run(source, realtime=args.realtime):
            for scan in result.scans:
                print(json.dumps(scan.as_json(), ensure_ascii=False), flush=True)
            if args.max_frames is not None and result.frame + 1 >= args.max_frames:
                break
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    from app.services import labels

    if args.list_stock:
        catalog = labels.list_stocks()
        for stock in catalog:
            print(f"{stock.id}  {stock.description}")
        for problem in catalog.problems:
            print(f"fieldtag: warning: {problem}", file=sys.stderr)
        return 0
    if args.tags is None and args.query is None and args.new is None:
        raise SystemExit(
            "fieldtag labels: error: say what to label: --tags T1 T2 ..., --query Q or --new N "
            "(or --list-stock to list the label stocks)"
        )
    if not args.stock:
        raise SystemExit(
            "fieldtag labels: error: choose the label stock with --stock STOCK_ID "
            "(`fieldtag labels --list-stock` lists them)"
        )
    if args.output is None:
        raise SystemExit("fieldtag labels: error: name the output file: -o FILE.pdf or -o FILE.zpl")
    from app.bootstrap import open_context, start_logging
    from app.config import load_settings
    from app.domain.errors import Problem, ValidationError
    from app.domain.labels import LabelOptions

    start_logging()
    labels.check_target(args.output)
    fmt: labels.OutputFormat | None = None
    problems: list[Problem] = []
    try:
        fmt = labels.output_format(args.output)
    except ValidationError as exc:
        problems += exc.problems
    settings = load_settings()
    options = LabelOptions(
        symbology="QRCode" if args.symbology == "qr" else "DataMatrix",
        code128=not args.no_code128,
        fields=tuple(f.strip() for f in args.fields.split(",") if f.strip()),
        logo=settings.label_logo.strip() or None,
    )
    source = labels.LabelSource(tags=tuple(args.tags or ()), query=args.query, new=args.new)
    ctx = open_context(args.db, settings=settings, create=False)
    try:
        job = labels.prepare_job(
            ctx, source, args.stock, options=options, text=labels.LabelText.from_settings(settings),
            start_at=args.start_at, fmt=fmt,
        )  # fmt: skip
    except ValidationError as exc:
        raise ValidationError(problems + exc.problems) from None
    if problems:
        raise ValidationError(problems)
    saved = labels.save_labels(ctx, job, args.output)
    if job.stock.kind == "sheet":
        on = f"on {saved.pages} sheet{'s' if saved.pages != 1 else ''} of {job.stock.id}"
    else:
        on = f"for {job.stock.id}"
    print(f"wrote {saved.count} label{'s' if saved.count != 1 else ''} {on} to {saved.path}")
    if saved.issued:
        first, last = saved.issued[0], saved.issued[-1]
        print(
            f"issued {len(saved.issued)} new tags: {first}"
            + (f" … {last}" if last != first else "")
        )
    return 0


def cmd_count(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, start_logging, tag_config
    from app.config import load_settings
    from app.services import counts

    start_logging()
    settings = load_settings()
    action = args.count_command
    if action == "report":
        counts.report_format(args.output)  # a wrong suffix is refused before opening the store
    ctx = open_context(args.db, settings=settings, create=action == "start")
    if action == "start":
        info = counts.start_count(
            ctx, args.location, include_sub=not args.no_sublocations, note=args.note
        )
        print(info.id)
        print(f"counting {info.title}: {info.expected} assets expected", file=sys.stderr)
        return 0
    if action == "scan":
        return _count_scan(args, ctx, tag_config(settings))
    if action == "close":
        result = counts.close_count(
            ctx, args.count_id, mark_missing=args.mark_missing, move_unexpected=not args.no_move
        )
        r = result.result
        print(
            f"closed the count of {result.info.location_path}: {len(r.found)} of {r.expected} "
            f"found, {len(r.missing)} missing, {len(r.unexpected)} unexpected, "
            f"{len(r.unknown)} unknown tags, {r.duplicates} duplicate scans"
        )
        print(f"audit dates set on {result.audited} assets (next audit {result.next_audit})")
        if result.moved:
            print(f"moved {result.moved} unexpected assets to {result.info.location_path}")
        if args.mark_missing:
            print(f"marked {result.marked_missing} assets missing")
        elif r.missing:
            print(f"{len(r.missing)} missing assets left as they are (--mark-missing marks them)")
        for tag, why in result.not_marked:
            print(f"fieldtag: warning: {tag} not marked missing: {why}", file=sys.stderr)
        return 0
    if action == "report":
        if counts.report_format(args.output) == "pdf":
            path = counts.report_pdf(ctx, args.count_id, args.output)
        else:
            path = counts.report_csv(ctx, args.count_id, args.output)
        print(f"wrote {path}")
        return 0
    if action == "list":
        for info in counts.list_counts(ctx, "open" if args.open else None):
            closed = f"  closed {info.closed_at:%Y-%m-%d %H:%M}" if info.closed_at else ""
            print(
                f"{info.id}  {info.status:<6}  {info.started_at:%Y-%m-%d %H:%M}  "
                f"{info.title}  expected {info.expected}, scans {info.scans}{closed}"
            )
        return 0
    for item in counts.due_for_count(ctx):
        last = f"{item.last_counted:%Y-%m-%d}" if item.last_counted else "never"
        print(
            f"{item.location_path}\t{item.assets} assets, {item.due} due, "
            f"{item.never_counted} never counted\tlast count: {last}"
        )
    return 0


def _count_scan(args: argparse.Namespace, ctx: Any, config: Any) -> int:
    """Record tags one by one; each line is printed (and flushed) once its scan is on disk.
    A tag that is refused is reported and skipped; a closed count stops the run."""
    from app.domain.errors import ValidationError
    from app.services import counts

    count_id, tags = args.count_id, args.tags
    source = tags if tags else iter(sys.stdin.readline, "")
    refused = 0
    for n, text in enumerate(source, 1):
        if not text.strip():
            continue
        try:
            ack = counts.record_scan(ctx, count_id, text, config=config)
        except ValidationError as exc:
            refused += 1
            where = f"line {n}" if not tags else f"tag {n}"
            for problem in exc.problems:
                print(f"fieldtag: error: {where}: {problem}", file=sys.stderr, flush=True)
            continue
        print(ack.line, flush=True)
    return 1 if refused else 0


def cmd_db(args: argparse.Namespace) -> int:
    from app.bootstrap import resolve_db, start_logging
    from app.store.database import backup_database, open_store, schema_state
    from app.store.engine import make_engine

    start_logging()
    path = resolve_db(args.db)
    if args.db_command == "backup":
        print(backup_database(path, args.output_dir))
        return 0
    from app.store.database import check_file

    check_file(path)
    before = None
    if path.exists():
        engine = make_engine(path)
        try:
            before = schema_state(engine).revision
        finally:
            engine.dispose()
    store = open_store(path)
    after = schema_state(store.engine).revision
    store.close()
    if before == after:
        print(f"{path}: already at schema {after}")
    else:
        print(f"{path}: upgraded from schema {before or '(new)'} to {after}")
    return 0


COMMANDS: dict[str, Command] = {
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "scan-image": cmd_scan_image,
    "scan-video": cmd_scan_video,
    "labels": cmd_labels,
    "count": cmd_count,
    "db": cmd_db,
}


if __name__ == "__main__":
    sys.exit(main())

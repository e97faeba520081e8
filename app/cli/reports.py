"""`fieldtag report`: the reports of the home page as PDF or CSV."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli import Command, DbArg

KINDS = ("inventory", "warranty", "disposals", "counts")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], db_arg: DbArg) -> None:
    p = sub.add_parser(
        "report",
        help="write a report as PDF or CSV: inventory, warranty, disposals, counts",
        description="Reports: inventory by location (assets by state, purchase cost), "
        "warranty and end-of-life forecast (the next 8 quarters, replacements with their "
        "purchase cost), disposal register (certificates of sanitization issued), count "
        "history. The format follows the file name: .pdf or .csv.",
    )
    db_arg(p)
    p.add_argument("report", choices=KINDS, metavar="REPORT", help=f"one of: {', '.join(KINDS)}")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    p.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the forecast starts from (default: today)",
    )


def cmd_report(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, start_logging
    from app.config import load_settings
    from app.services import reports

    start_logging()
    reports.report_format(args.output)  # a wrong suffix is refused before opening the store
    settings = load_settings()
    ctx = open_context(args.db, settings=settings, create=False)
    path = reports.save_report(
        ctx, args.report, args.output, today=args.today, currency=settings.currency or "EUR",
        organisation=settings.organisation,
    )  # fmt: skip
    print(f"wrote {path}")
    return 0


COMMANDS: dict[str, Command] = {"report": cmd_report}

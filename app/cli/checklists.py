"""`fieldtag checklists ...`: validate and list templates, start and answer runs, write a
run's PDF report (see app/services/checklists.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli import Command, DbArg


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], db_arg: DbArg) -> None:
    p = sub.add_parser(
        "checklists",
        help="checklist templates and runs: validate, list, start, answer, complete, report",
        description="Checklist templates (resources/checklists/ and the 'checklists' folder of "
        "the user data directory) and checklist runs on assets.",
    )
    cs = p.add_subparsers(dest="checklists_command", metavar="ACTION", required=True)
    q = cs.add_parser(
        "validate", help="check template files; prints file:line: reason for every problem"
    )
    q.add_argument("files", nargs="+", type=Path, metavar="FILE")
    cs.add_parser("list", help="the templates in use: key, version, kind, title (one a line)")
    q = cs.add_parser("runs", help="checklist runs, newest first: id, status, asset, template")
    db_arg(q)
    q.add_argument("--status", choices=("in_progress", "completed", "abandoned"))
    q.add_argument("--asset", metavar="TAG", help="only the runs of this asset")
    q = cs.add_parser("start", help="start a template on an asset; prints the run's id")
    db_arg(q)
    q.add_argument("--asset", required=True, metavar="TAG", help="the asset's tag")
    q.add_argument("template", metavar="TEMPLATE_KEY")
    q = cs.add_parser(
        "answer",
        help="answer a step (printed once saved on disk); VALUE as text, or JSON with --json",
    )
    db_arg(q)
    q.add_argument("run_id", metavar="RUN_ID")
    q.add_argument("step", metavar="STEP_ID")
    q.add_argument("value", metavar="VALUE", nargs="?", default="")
    q.add_argument("--json", action="store_true", help="VALUE is JSON (lists, numbers, ...)")
    q.add_argument("--note", default="", metavar="TEXT")
    q.add_argument("--photo", type=Path, metavar="IMAGE", help="for a photo step: the image")
    q = cs.add_parser("complete", help="complete a run (performs the template's transition)")
    db_arg(q)
    q.add_argument("run_id", metavar="RUN_ID")
    q = cs.add_parser("abandon", help="abandon a run, saying why")
    db_arg(q)
    q.add_argument("run_id", metavar="RUN_ID")
    q.add_argument("--reason", required=True, metavar="TEXT")
    q = cs.add_parser("report", help="write a run's report as PDF")
    db_arg(q)
    q.add_argument("run_id", metavar="RUN_ID")
    q.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")


def cmd_checklists(args: argparse.Namespace) -> int:
    from app.bootstrap import start_logging

    start_logging()
    action = args.checklists_command
    if action == "validate":
        return _validate(args.files)
    if action == "list":
        return _list()
    return _with_store(args)


def _validate(files: list[Path]) -> int:
    from app.domain.errors import ValidationError
    from app.services.checklist_templates import load_template_file

    bad = False
    for path in files:
        try:
            t = load_template_file(path)
        except ValidationError as exc:
            bad = True
            for p in exc.problems:
                print(p.message, file=sys.stderr)
            continue
        print(f"{path}: ok ({t.key} v{t.version}, {t.kind}, {len(t.steps)} steps)")
    return 1 if bad else 0


def _list() -> int:
    from app.services.checklist_templates import load_catalog

    catalog = load_catalog()
    for t in catalog.templates:
        origin = catalog.origin.get(t.key, "")
        print(f"{t.key}\t{t.version}\t{t.kind}\t{t.title}" + ("\t(user)" if origin == "user"
                                                             else ""))  # fmt: skip
    for note in catalog.notes:
        print(f"fieldtag: note: {note}", file=sys.stderr)
    for problem in catalog.problems:
        print(f"fieldtag: not loaded: {problem}", file=sys.stderr)
    return 0


def _with_store(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, tag_config
    from app.config import load_settings
    from app.domain.errors import NotFound
    from app.services import checklists
    from app.services.assets import find_asset

    settings = load_settings()
    action = args.checklists_command
    if action == "report" and args.output.suffix.lower() != ".pdf":
        from app.domain.errors import ValidationError

        raise ValidationError.single("Output", f"{args.output.name}: the report is a PDF")
    ctx = open_context(args.db, settings=settings, create=False)
    try:
        if action == "runs":
            asset_id = None
            if args.asset:
                asset = find_asset(ctx, args.asset)
                if asset is None:
                    raise NotFound(f"There is no asset with tag {args.asset}.")
                asset_id = asset.id
            for r in checklists.list_runs(ctx, status=args.status, asset_id=asset_id):
                print(f"{r.id}\t{r.status}\t{r.asset_tag}\t{r.template_key} v{r.template_version}"
                      f"\t{r.answered}/{r.visible}\t{r.started_by}")  # fmt: skip
            return 0
        if action == "start":
            from app.services.checklist_templates import load_catalog

            asset = find_asset(ctx, args.asset)
            if asset is None:
                raise NotFound(f"There is no asset with tag {args.asset}.")
            state = checklists.start_run(ctx, asset.id, load_catalog().get(args.template))
            print(state.info.id)
            what = "resumed the run in progress" if state.resumed else "started"
            print(f"{what}: {state.template.title} v{state.template.version} on {asset.tag}, "
                  f"{len(state.template.steps)} steps", file=sys.stderr)  # fmt: skip
            return 0
        if action == "answer":
            return _answer(args, ctx, tag_config(settings))
        if action == "complete":
            done = checklists.complete_run(ctx, args.run_id)
            print(done.message)
            return 0
        if action == "abandon":
            info = checklists.abandon_run(ctx, args.run_id, args.reason)
            print(f"abandoned {info.template_title} on {info.asset_tag}: {info.abandon_reason}")
            return 0
        if action == "report":
            path = checklists.report_pdf(
                ctx, args.run_id, args.output, organisation=settings.organisation
            )
            print(path)
            return 0
    finally:
        ctx.store.close()
    return 2


def _answer(args: argparse.Namespace, ctx: Any, config: Any) -> int:
    from app.domain.errors import ValidationError
    from app.services import checklists

    state = checklists.get_run(ctx, args.run_id)
    step = state.template.step(args.step)
    if step.type == "photo":
        if args.photo is None:
            raise ValidationError.single(step.title, "a photo step needs --photo IMAGE")
        try:
            data = args.photo.read_bytes()
        except OSError as exc:
            raise ValidationError.single("Photo", f"{args.photo}: {exc.strerror}") from None
        saved = checklists.record_photo(
            ctx, args.run_id, args.step, data, name=args.photo.name, note=args.note
        )
    elif step.type == "sanitization":
        saved = checklists.link_sanitization(ctx, args.run_id, args.step, note=args.note)
    else:
        value: Any = args.value
        if args.json:
            try:
                value = json.loads(args.value)
            except json.JSONDecodeError as exc:
                raise ValidationError.single("VALUE", f"is not JSON: {exc}") from None
        saved = checklists.record_answer(
            ctx, args.run_id, args.step, value, args.note, tag_config=config
        )
    p = saved.progress
    print(f"saved {args.step}: {saved.answer.text}", flush=True)
    print(f"{p.answered} of {p.visible} answered; {len(p.required_left)} required left",
          file=sys.stderr)  # fmt: skip
    return 0


COMMANDS: dict[str, Command] = {"checklists": cmd_checklists}

"""`fieldtag conflicts ...`: list the conflicts sync found, show one, settle one (see
app/services/conflicts.py). Settling is a change like any other: it syncs."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from app.cli import Command, DbArg

if TYPE_CHECKING:
    from app.services.conflicts import ConflictInfo

CHOICES_HELP = (
    "tag: keep, swap, retag (--tag); transition: keep, other (--state); model_name: keep, "
    "rename (--name); location_cycle: keep, parent (--parent); deleted_in_use: keep, "
    "reassign (--to); checklist, count: acknowledge"
)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], db_arg: DbArg) -> None:
    p = sub.add_parser(
        "conflicts",
        help="conflicts sync found: list, show, settle",
        description="Conflicts sync found between devices (the same tag adopted twice, "
        "conflicting transitions, ...). Sync already chose a result; settling one confirms "
        "it or changes it, and syncs like any other change.",
    )
    cs = p.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    q = cs.add_parser("list", help="open conflicts, oldest first: id, kind, found, summary")
    db_arg(q)
    which = q.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="settled ones too")
    which.add_argument("--settled", action="store_true", help="only settled ones")
    q.add_argument("--json", action="store_true", help="one JSON array with every field")
    q = cs.add_parser("show", help="one conflict: what happened, the assets, the choices")
    db_arg(q)
    q.add_argument("conflict_id", metavar="ID", help="the id (or its first 8 characters)")
    q.add_argument("--json", action="store_true")
    q = cs.add_parser(
        "settle",
        help="settle a conflict with one of its choices",
        description=f"Settle a conflict. Choices by kind: {CHOICES_HELP}.",
    )
    db_arg(q)
    q.add_argument("conflict_id", metavar="ID", help="the id (or its first 8 characters)")
    q.add_argument("--choice", required=True, metavar="CHOICE", help=CHOICES_HELP)
    q.add_argument("--tag", metavar="NEW", help="retag: the new tag of the asset that lost it")
    q.add_argument("--state", metavar="S", help="other: the state to set (e.g. deployed)")
    q.add_argument("--name", metavar="NAME", help="rename: the model's new name")
    q.add_argument("--parent", metavar="LOCATION_ID", help="parent: the location to put it in")
    q.add_argument("--to", metavar="ID", help="reassign: the model, location or person to use")
    q.add_argument("--note", default="", metavar="TEXT", help="kept with the settlement")


def _plain(info: ConflictInfo) -> dict[str, Any]:
    return {
        "id": info.id, "kind": info.kind, "key": info.key, "summary": info.summary,
        "entity": info.entity, "entity_id": info.entity_id, "asset_id": info.asset_id,
        "details": info.details, "detected_at": info.detected_at.isoformat(timespec="seconds"),
        "status": info.status, "settled_by": info.settled_by,
        "settled_at": info.settled_at.isoformat(timespec="seconds") if info.settled_at else None,
        "settled_device": info.settled_device, "resolution": info.resolution, "note": info.note,
        "assets": [{"id": a.id, "tag": a.tag, "name": a.name, "status": a.status}
                   for a in info.assets],
        "choices": [{"choice": c.key, "label": c.label, "needs": c.needs}
                    for c in info.choices],
    }  # fmt: skip


def _show(info: ConflictInfo) -> None:
    print(f"{info.id}  {info.kind}  {info.status}")
    print(f"found {info.detected_at:%Y-%m-%d %H:%M} UTC")
    print(info.summary)
    for a in info.assets:
        name = f"  {a.name}" if a.name else ""
        print(f"  asset {a.tag}{name}  ({a.status.replace('_', ' ')})")
    for ev in info.details.get("events", []) if info.kind == "transition" else []:
        print(f"  {ev.get('device')}: {ev.get('actor')} moved it from {ev.get('source')} to "
              f"{ev.get('target')} at {ev.get('recorded_at')} (event {ev.get('id')})")  # fmt: skip
    if info.is_open:
        print("choices:")
        for c in info.choices:
            needs = f" --{c.needs} ..." if c.needs else ""
            print(f"  --choice {c.key}{needs}: {c.label} ({c.help})")
    else:
        when = f"{info.settled_at:%Y-%m-%d %H:%M} UTC" if info.settled_at else ""
        print(f"settled by {info.settled_by} on {info.settled_device} {when}: {info.resolution}")
        if info.note:
            print(f"note: {info.note}")


def cmd_conflicts(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, start_logging
    from app.services import conflicts

    start_logging()
    ctx = open_context(args.db, create=False)
    try:
        action = args.conflicts_command
        if action == "list":
            status = "all" if args.all else "settled" if args.settled else "open"
            infos = conflicts.list_conflicts(ctx, status)
            if args.json:
                print(json.dumps([_plain(i) for i in infos], indent=2, ensure_ascii=False))
                return 0
            for i in infos:
                tags = ",".join(a.tag for a in i.assets) or "-"
                print(f"{i.id}\t{i.kind}\t{i.status}\t{i.detected_at:%Y-%m-%d %H:%M}\t{tags}\t"
                      f"{i.summary}")  # fmt: skip
            if not infos:
                print(f"no {'' if status == 'all' else status + ' '}conflicts", file=sys.stderr)
            return 0
        if action == "show":
            info = conflicts.get_conflict(ctx, args.conflict_id)
            if args.json:
                print(json.dumps(_plain(info), indent=2, ensure_ascii=False))
            else:
                _show(info)
            return 0
        if action == "settle":
            settlement = conflicts.Settlement(
                args.choice, note=args.note, tag=args.tag, state=args.state, name=args.name,
                parent_id=args.parent, to_id=args.to,
            )  # fmt: skip
            done = conflicts.settle_conflict(ctx, args.conflict_id, settlement)
            print(f"settled {done.info.id}: {done.info.resolution}")
            if done.print_tag:
                print(
                    f"print it a new label: fieldtag labels --tags {done.print_tag} "
                    "--stock STOCK -o FILE",
                    file=sys.stderr,
                )
            return 0
    finally:
        ctx.store.close()
    return 2


COMMANDS: dict[str, Command] = {"conflicts": cmd_conflicts}

"""CLI commands of sync: the server (`serve`, `server ...`) and the device (`enroll`, `sync`).

The server commands take `--db URL` (an SQLite file, `sqlite:///path`, the default
`server.sqlite` in the data folder; or `postgresql+psycopg://user:password@host/db`) and
upgrade that database to the server's schema first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import Command, DbArg

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from app.sync.credentials import CredentialStore

DURATION_RE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "": 3600}


def _server_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        dest="server_db",
        metavar="URL",
        default=None,
        help="the server's database: sqlite:///path/server.sqlite (default: server.sqlite in "
        "the user data folder) or postgresql+psycopg://user:password@host/dbname",
    )


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], db_arg: DbArg) -> None:
    p = sub.add_parser(
        "serve",
        help="run the sync server (FastAPI on uvicorn)",
        description="Run the sync server. Devices enrol with a one-time code "
        "('fieldtag server enroll-code') and then push and pull their changes. Behind TLS: "
        "--tls-cert/--tls-key, or a reverse proxy (see the README).",
    )
    _server_db(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument("--tls-cert", type=Path, metavar="FILE", help="TLS certificate (PEM)")
    p.add_argument("--tls-key", type=Path, metavar="FILE", help="its private key (PEM)")

    p = sub.add_parser("server", help="manage the sync server: users, enrolment codes, devices")
    server_sub = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    q = server_sub.add_parser("user", help="users of the server")
    user_sub = q.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    r = user_sub.add_parser("add", help="add a user")
    _server_db(r)
    r.add_argument("name", metavar="NAME")
    r.add_argument("--role", choices=["admin", "technician"], default="technician")
    r = user_sub.add_parser("list", help="list the users")
    _server_db(r)
    q = server_sub.add_parser(
        "enroll-code", help="print a one-time code that enrols one device for a user"
    )
    _server_db(q)
    q.add_argument("--user", required=True, metavar="NAME")
    q.add_argument(
        "--expires",
        default="24h",
        metavar="DURATION",
        help="how long the code is valid: 30m, 24h, 7d (default 24h)",
    )
    q = server_sub.add_parser("devices", help="list the enrolled devices")
    _server_db(q)
    q = server_sub.add_parser("revoke", help="revoke a device: its credential stops working")
    _server_db(q)
    q.add_argument("device", metavar="DEVICE", help="the device's id (or its start, or its name)")

    p = sub.add_parser(
        "enroll",
        help="enrol this store's device with a sync server using a one-time code",
        description="Enrol this store's device with a sync server. The credential is kept in "
        "the OS keyring (or, where there is none, in a file only you can read).",
    )
    db_arg(p)
    p.add_argument("url", metavar="URL", help="the server, e.g. https://sync.example.org:8765")
    p.add_argument("code", metavar="CODE", help="the one-time code from the administrator")

    p = sub.add_parser(
        "sync", help="sync once with the server: prints what was pushed, pulled, conflicts"
    )
    db_arg(p)


def _duration(text: str) -> dt.timedelta:
    from app.domain.errors import ValidationError

    match = DURATION_RE.fullmatch(text)
    if not match:
        raise ValidationError.single(
            "--expires", f"'{text}' is not a duration: use e.g. 30m, 24h or 7d"
        )
    return dt.timedelta(seconds=float(match.group(1)) * UNITS[match.group(2)])


def _engine(args: argparse.Namespace) -> Engine:
    from app.sync.server.db import open_server_db

    return open_server_db(args.server_db)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.bootstrap import start_logging
    from app.domain.errors import FieldtagError
    from app.sync.server.app import create_app

    if (args.tls_cert is None) != (args.tls_key is None):
        raise FieldtagError("give both --tls-cert and --tls-key (or neither)")
    for tls_file in (args.tls_cert, args.tls_key):
        if tls_file is not None and not tls_file.is_file():
            raise FieldtagError(f"{tls_file} does not exist or is not a file")
    start_logging()
    app = create_app(args.server_db)
    scheme = "https" if args.tls_cert else "http"
    print(f"fieldtag sync server on {scheme}://{args.host}:{args.port} (Ctrl+C stops it)")
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
        ssl_keyfile=str(args.tls_key) if args.tls_key else None,
        log_level="info",
    )
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    from app.sync.server import core

    engine = _engine(args)
    try:
        action = args.server_command
        if action == "user" and args.user_command == "add":
            user = core.add_user(engine, args.name, args.role)
            print(f"added user {user.name} ({user.role})")
        elif action == "user":
            for user in core.list_users(engine):
                print(f"{user.name}\t{user.role}\t{user.created_at:%Y-%m-%d %H:%M}")
        elif action == "enroll-code":
            code = core.make_enroll_code(engine, args.user, _duration(args.expires))
            print(code.code)
            print(
                f"(one device, for {code.user}, until {code.expires_at:%Y-%m-%d %H:%M} UTC: "
                f"fieldtag enroll URL {code.code})"
            )
        elif action == "devices":
            devices = core.list_devices(engine)
            if not devices:
                print("no devices enrolled")
            for d in devices:
                state = f"revoked {d.revoked_at:%Y-%m-%d %H:%M}" if d.revoked_at else "active"
                seen = f"{d.last_seen:%Y-%m-%d %H:%M}" if d.last_seen else "never"
                print(f"{d.id}\t{d.name}\t{d.user}\t{d.tag_code or '-'}\t{state}\t"
                      f"last seen {seen}\tacked {d.acked_seq}")  # fmt: skip
        elif action == "revoke":
            try:
                d = core.revoke_device(engine, args.device)
            except core.ApiError as exc:
                from app.domain.errors import FieldtagError

                raise FieldtagError(exc.detail) from exc
            print(f"revoked {d.id} ({d.name}, {d.user})")
    finally:
        engine.dispose()
    return 0


def _credentials() -> CredentialStore:
    from app.config import paths
    from app.sync.credentials import default_store

    return default_store(paths().config_dir)


def cmd_enroll(args: argparse.Namespace) -> int:
    import sys

    from app.bootstrap import open_context, start_logging
    from app.services.sync import enroll_device

    start_logging()
    ctx = open_context(args.db)
    try:
        result = enroll_device(ctx, args.url, args.code, _credentials())
    finally:
        ctx.store.close()
    if result.credential_warning:
        print(f"fieldtag: warning: {result.credential_warning}", file=sys.stderr)
    print(
        f"enrolled device {result.device_id} with {result.server_url} as {result.user} "
        f"({result.role}); device code {result.tag_code}"
    )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from app.bootstrap import open_context, start_logging
    from app.services.sync import server_client, sync_once

    start_logging()
    ctx = open_context(args.db)
    try:
        with server_client(ctx, _credentials()) as client:
            result = sync_once(ctx, client)
    finally:
        ctx.store.close()
    for line in result.lines():
        print(line)
    return 0


COMMANDS: dict[str, Command] = {
    "serve": cmd_serve,
    "server": cmd_server,
    "enroll": cmd_enroll,
    "sync": cmd_sync,
}

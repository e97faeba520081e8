"""What the server does, as plain functions over its engine: users, enrolment codes,
enrolment, authentication, push, pull, devices. The routes (app.py) and the `fieldtag
server` commands both call these.

Nothing is cached in the process: every answer comes from the database, so several server
processes may share one PostgreSQL. Idempotency comes from the unique constraints on the
events (event id; device and seq) with INSERT ... ON CONFLICT DO NOTHING, and pushes take
one transaction-level advisory lock on PostgreSQL (SQLite's write lock does the same), so
server_seq values become visible in order and a pull never skips an event that commits
later with a smaller number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Engine, Table, Text, cast, func, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.device_code import CROCKFORD, derive_device_code
from app.domain.errors import Problem, ValidationError
from app.sync import protocol as p
from app.sync.server.db import PUSH_LOCK, is_postgres
from app.sync.server.tables import EnrollCode, ServerDevice, ServerEvent, User, utcnow

ROLES = ("admin", "technician")
CODE_GROUPS = 4  # an enrolment code: 4 groups of 4 Crockford characters (80 bits)
TAG_CODE_RE = re.compile(f"[{CROCKFORD}]{{2,8}}")
CHUNK = 500
INSERT_ROWS = 5000  # events per INSERT statement


class ApiError(Exception):
    """A request refused with an HTTP status and a message for the person."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_code(text: str) -> str:
    """An enrolment code as typed: case, hyphens and spaces ignored; O read as 0, I and L
    as 1."""
    return "".join(text.split()).upper().replace("-", "").translate(str.maketrans("OIL", "011"))


def _new_code() -> str:
    chars = "".join(secrets.choice(CROCKFORD) for _ in range(4 * CODE_GROUPS))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


# ------------------------------------------------------------------------------ users


def add_user(engine: Engine, name: str, role: str) -> p.UserOut:
    name = name.strip()
    problems: list[Problem] = []
    if not name or len(name) > 200:
        problems.append(Problem("name", "give the user a name of 1 to 200 characters"))
    if role not in ROLES:
        problems.append(Problem("role", f"'{role}' is no role: use admin or technician"))
    if problems:
        raise ValidationError(problems)
    with Session(engine) as session, session.begin():
        if session.scalar(select(User).where(User.name == name)) is not None:
            raise ValidationError.single("name", f"a user named {name} exists already")
        user = User(name=name, role=role, created_at=utcnow())
        session.add(user)
        session.flush()
        return p.UserOut(name=user.name, role=role, created_at=user.created_at)  # type: ignore[arg-type]


def list_users(engine: Engine) -> list[p.UserOut]:
    with Session(engine) as session, session.begin():
        return [
            p.UserOut(name=u.name, role=u.role, created_at=u.created_at)  # type: ignore[arg-type]
            for u in session.scalars(select(User).order_by(User.name))
        ]


def make_enroll_code(engine: Engine, user_name: str, expires: dt.timedelta) -> p.EnrollCodeOut:
    """A one-time code that enrols one device for `user_name` until it expires. Only its
    hash is stored: the code is shown once."""
    if expires <= dt.timedelta(0):
        raise ValidationError.single("expires", "must be a positive duration, e.g. 24h")
    with Session(engine) as session, session.begin():
        user = session.scalar(select(User).where(User.name == user_name.strip()))
        if user is None:
            raise ValidationError.single(
                "user", f"there is no user {user_name}: add one with 'fieldtag server user add'"
            )
        code = _new_code()
        expires_at = utcnow() + expires
        session.add(
            EnrollCode(
                code_hash=sha256(normalize_code(code)),
                user_id=user.id,
                created_at=utcnow(),
                expires_at=expires_at,
            )
        )
        return p.EnrollCodeOut(code=code, user=user.name, expires_at=expires_at)


# ------------------------------------------------------------------------- enrolment


def _pick_tag_code(session: Session, device_id: str, own: str | None, wanted: str | None) -> str:
    taken = {
        code
        for code in session.scalars(
            select(ServerDevice.tag_code).where(ServerDevice.id != device_id)
        )
        if code
    }
    for candidate in (own, wanted):
        if candidate and TAG_CODE_RE.fullmatch(candidate) and candidate not in taken:
            return candidate
    return derive_device_code(device_id, taken)


def enroll(engine: Engine, req: p.EnrollRequest) -> p.EnrollResponse:
    """Exchange a one-time code for a device token. A used, expired or unknown code: 401.
    Enrolling a device again (a lost credential, a revoked device) gives it a new token;
    its old one stops working."""
    code_hash = sha256(normalize_code(req.code))
    for attempt in range(5):
        token = secrets.token_urlsafe(32)
        try:
            with Session(engine) as session, session.begin():
                now = utcnow()
                code = session.scalar(select(EnrollCode).where(EnrollCode.code_hash == code_hash))
                if code is None or code.used_at is not None or code.expires_at <= now:
                    raise ApiError(
                        401,
                        "this enrolment code is unknown, used or expired: ask an administrator "
                        "for a new one ('fieldtag server enroll-code')",
                    )
                taken_now = session.execute(
                    update(EnrollCode)
                    .where(EnrollCode.id == code.id, EnrollCode.used_at.is_(None))
                    .values(used_at=now, used_by=req.device_id)
                )
                if taken_now.rowcount != 1:  # type: ignore[attr-defined]
                    raise ApiError(401, "this enrolment code was used just now")
                user = session.get(User, code.user_id)
                assert user is not None
                device = session.get(ServerDevice, req.device_id)
                if device is None:
                    device = ServerDevice(
                        id=req.device_id, name=req.name, user_id=user.id, enrolled_at=now,
                        token_hash=sha256(token), acked_seq=0,
                    )  # fmt: skip
                    session.add(device)
                else:
                    device.name = req.name
                    device.user_id = user.id
                    device.token_hash = sha256(token)
                    device.enrolled_at = now
                    device.revoked_at = None
                device.tag_code = _pick_tag_code(
                    session, req.device_id, device.tag_code, req.tag_code
                )
                device.last_seen = now
                session.flush()
                return p.EnrollResponse(
                    token=token, device_id=device.id, tag_code=device.tag_code,
                    user=user.name, role=user.role,  # type: ignore[arg-type]
                )  # fmt: skip
        except IntegrityError:  # another device took the same tag code just now
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Caller:
    device_id: str
    device_name: str
    tag_code: str | None
    user: str
    role: str


def authenticate(engine: Engine, token: str | None) -> Caller:
    """The device a bearer token belongs to; 401 for a missing, unknown or revoked one."""
    if not token:
        raise ApiError(401, "this request needs a device token (Authorization: Bearer ...)")
    with Session(engine) as session, session.begin():
        row = session.execute(
            select(ServerDevice, User)
            .join(User, User.id == ServerDevice.user_id)
            .where(ServerDevice.token_hash == sha256(token))
        ).first()
        if row is None:
            raise ApiError(401, "this device token is not valid: enrol the device again")
        device, user = row
        if device.revoked_at is not None:
            raise ApiError(401, "this device was revoked: ask an administrator to enrol it again")
        return Caller(device.id, device.name, device.tag_code, user.name, user.role)


# ------------------------------------------------------------------------------- push


_PG_INSERT = """
INSERT INTO events (id, device_id, seq, hlc, actor, entity, entity_id, asset_id, kind,
                    changes, data, recorded_at, received_at)
SELECT e.v->>'id', e.v->>'device_id', (e.v->>'seq')::bigint, (e.v->>'hlc')::bigint,
       e.v->>'actor', e.v->>'entity', e.v->>'entity_id', e.v->>'asset_id', e.v->>'kind',
       e.v->'changes', e.v->'data', (e.v->>'recorded_at')::timestamptz AT TIME ZONE 'UTC', %s
FROM json_array_elements(%s::json) WITH ORDINALITY AS e(v, n)
ORDER BY e.n
ON CONFLICT DO NOTHING
RETURNING id, server_seq
"""
_WIRE_EVENTS: TypeAdapter[list[p.WireEvent]] = TypeAdapter(list[p.WireEvent])


def _insert_events(
    session: Session, events: Sequence[p.WireEvent], now: dt.datetime
) -> list[tuple[str, int]]:
    """Insert events in their order (ON CONFLICT DO NOTHING); returns (id, server_seq) of
    those inserted. PostgreSQL: one statement with the events as one JSON array
    parameter (serialised by pydantic, unpacked by the database); SQLite: SQLAlchemy's
    multi-row INSERTs."""
    if session.get_bind().dialect.name == "postgresql":
        array = _WIRE_EVENTS.dump_json(list(events)).decode("utf-8")
        result = session.connection().exec_driver_sql(_PG_INSERT, (now, array))
        return [(eid, int(seq)) for eid, seq in result]
    table: Table = ServerEvent.__table__  # type: ignore[assignment]
    rows = [
        {
            "id": ev.id, "device_id": ev.device_id, "seq": ev.seq, "hlc": ev.hlc,
            "actor": ev.actor, "entity": ev.entity, "entity_id": ev.entity_id,
            "asset_id": ev.asset_id, "kind": ev.kind, "changes": ev.changes, "data": ev.data,
            "recorded_at": _naive(ev.recorded_at), "received_at": now,
        }
        for ev in events
    ]  # fmt: skip
    statement = (
        sqlite.insert(table).on_conflict_do_nothing().returning(table.c.id, table.c.server_seq)
    )
    return [(eid, int(seq)) for eid, seq in session.execute(statement, rows).tuples()]


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def push(engine: Engine, caller: Caller, events: Sequence[p.WireEvent]) -> p.PushResponse:
    """Store the caller's events idempotently. Events of another device: 403. An event id
    or a (device, seq) already stored with other content (a store restored from an old
    backup that numbers its events again): 409, and nothing of the request is stored."""
    if len(events) > p.MAX_PUSH_EVENTS:
        raise ApiError(413, f"at most {p.MAX_PUSH_EVENTS} events per push")
    for ev in events:
        if ev.device_id != caller.device_id:
            raise ApiError(403, f"event {ev.id} belongs to another device ({ev.device_id})")
    unique: dict[str, p.WireEvent] = {}
    by_seq: dict[int, str] = {}
    for ev in events:
        if by_seq.setdefault(ev.seq, ev.id) != ev.id:
            raise ApiError(409, f"two events of this request have seq {ev.seq}")
        unique.setdefault(ev.id, ev)
    with Session(engine) as session, session.begin():
        if is_postgres(engine):
            session.execute(select(func.pg_advisory_xact_lock(PUSH_LOCK)))
        now = utcnow()
        server_seqs: dict[str, int] = {}
        # what of this request is stored already (a resend): one range of the device's
        # seqs; leaving those out of the INSERT keeps server_seq free of gaps
        if by_seq:
            for eid, seq, server_seq in session.execute(
                select(ServerEvent.id, ServerEvent.seq, ServerEvent.server_seq).where(
                    ServerEvent.device_id == caller.device_id,
                    ServerEvent.seq.between(min(by_seq), max(by_seq)),
                )
            ):
                if seq not in by_seq:
                    continue
                if by_seq[seq] != eid:
                    raise ApiError(
                        409,
                        f"seq {seq} of this device is stored with another event ({eid}): was "
                        "the device's database restored from an old backup?",
                    )
                server_seqs[eid] = server_seq
        known = len(server_seqs)
        ordered = sorted(
            (ev for ev in unique.values() if ev.id not in server_seqs), key=lambda e: e.seq
        )
        # many rows per statement, in seq order (server_seq follows it); an event stored
        # already by id is left out by ON CONFLICT and checked below
        for chunk in _chunks(ordered, INSERT_ROWS):
            server_seqs.update(_insert_events(session, chunk, now))
        stored = len(server_seqs) - known
        seen = [eid for eid in unique if eid not in server_seqs]
        if seen:
            _check_seen(
                session, caller, unique=unique, seen=seen, by_seq=by_seq, server_seqs=server_seqs
            )
        device = session.get(ServerDevice, caller.device_id)
        assert device is not None
        acked = device.acked_seq
        following = session.scalars(
            select(ServerEvent.seq)
            .where(ServerEvent.device_id == caller.device_id, ServerEvent.seq > acked)
            .order_by(ServerEvent.seq)
        )
        for seq in following:
            if seq != acked + 1:
                break
            acked = seq
        device.acked_seq = acked
        device.last_seen = now
        return p.PushResponse(acked_seq=acked, stored=stored, server_seqs=server_seqs)


def _check_seen(
    session: Session,
    caller: Caller,
    *,
    unique: dict[str, p.WireEvent],
    seen: list[str],
    by_seq: dict[int, str],
    server_seqs: dict[str, int],
) -> None:
    """The events of a push that were not inserted: each must be stored already as the
    same event (a resend), else 409 (and the transaction, with what it inserted, is rolled
    back). Fills in their server_seq."""
    for chunk in _chunks(seen):
        for eid, dev, seq, server_seq in session.execute(
            select(
                ServerEvent.id, ServerEvent.device_id, ServerEvent.seq, ServerEvent.server_seq
            ).where(ServerEvent.id.in_(chunk))
        ):
            if (dev, seq) != (caller.device_id, unique[eid].seq):
                raise ApiError(409, f"event id {eid} is stored already as another event")
            server_seqs[eid] = server_seq
    missing = sorted(unique[eid].seq for eid in seen if eid not in server_seqs)
    for chunk in _chunks(missing):
        for eid, seq in session.execute(
            select(ServerEvent.id, ServerEvent.seq).where(
                ServerEvent.device_id == caller.device_id, ServerEvent.seq.in_(chunk)
            )
        ):
            if by_seq[seq] != eid:
                raise ApiError(
                    409,
                    f"seq {seq} of this device is stored with another event ({eid}): was "
                    "the device's database restored from an old backup?",
                )
    if len(server_seqs) != len(unique):  # pragma: no cover - a unique constraint missing
        raise ApiError(409, "some events of this request could not be stored")


def _naive(value: dt.datetime) -> dt.datetime:
    """Datetimes are stored as naive UTC (as the devices record them)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


# ------------------------------------------------------------------------------- pull


def pull(
    engine: Engine, after: int, limit: int, *, skip_device: str | None = None
) -> p.PullResponse:
    """Events with server_seq > `after`, oldest first, at most `limit`, leaving out those
    of `skip_device` (`next` still moves past them)."""
    return p.PullResponse.model_validate_json(
        pull_json(engine, after, limit, skip_device=skip_device)
    )


def pull_json(engine: Engine, after: int, limit: int, *, skip_device: str | None = None) -> bytes:
    """`pull`'s answer as the JSON of a `PullResponse`, built straight from the rows: the
    events' `changes` and `data` are copied as the JSON text they are stored as."""
    with Session(engine) as session, session.begin():
        # the head first: server_seq values become visible in order (see the module's
        # docstring), so every event up to it is visible to the query below
        head = int(session.scalar(select(func.max(ServerEvent.server_seq))) or 0)
        where = [ServerEvent.server_seq > after, ServerEvent.server_seq <= head]
        if skip_device is not None:
            where.append(ServerEvent.device_id != skip_device)
        rows = session.execute(
            select(*_PULL_COLUMNS).where(*where).order_by(ServerEvent.server_seq).limit(limit + 1)
        ).all()
        more = len(rows) > limit
        rows = rows[:limit]
        last = rows[-1][-1] if more else max(head, after)
        device_ids = sorted({r[1] for r in rows})
        devices = [
            p.DeviceBrief(id=d.id, name=d.name, tag_code=d.tag_code).model_dump_json()
            for chunk in _chunks(device_ids)
            for d in session.scalars(select(ServerDevice).where(ServerDevice.id.in_(chunk)))
        ]
    dumps = json.dumps
    events = [
        _EVENT_JSON % (
            dumps(eid), dumps(dev), seq, hlc, dumps(actor), dumps(entity), dumps(entity_id),
            dumps(asset_id), dumps(kind), _json_text(changes), _json_text(data),
            _naive(recorded_at).isoformat(), server_seq,
        )
        for (eid, dev, seq, hlc, actor, entity, entity_id, asset_id, kind, changes, data,
             recorded_at, server_seq) in rows
    ]  # fmt: skip
    body = (
        f'{{"events":[{",".join(events)}],"next":{last},"more":{"true" if more else "false"},'
        f'"head":{head},"devices":[{",".join(devices)}]}}'
    )
    return body.encode("utf-8")


_PULL_COLUMNS = (
    ServerEvent.id, ServerEvent.device_id, ServerEvent.seq, ServerEvent.hlc, ServerEvent.actor,
    ServerEvent.entity, ServerEvent.entity_id, ServerEvent.asset_id, ServerEvent.kind,
    cast(ServerEvent.changes, Text), cast(ServerEvent.data, Text), ServerEvent.recorded_at,
    ServerEvent.server_seq,
)  # fmt: skip
_EVENT_JSON = (
    '{"id":%s,"device_id":%s,"seq":%d,"hlc":%d,"actor":%s,"entity":%s,"entity_id":%s,'
    '"asset_id":%s,"kind":%s,"changes":%s,"data":%s,"recorded_at":"%sZ","server_seq":%d}'
)


def _json_text(text: str | None) -> str:
    """A JSON object column as stored (a missing one: {})."""
    return "{}" if text is None or text == "null" else text


def status(engine: Engine, caller: Caller) -> p.StatusResponse:
    with Session(engine) as session, session.begin():
        head = session.scalar(select(func.max(ServerEvent.server_seq))) or 0
        device = session.get(ServerDevice, caller.device_id)
        assert device is not None
        device.last_seen = utcnow()
        return p.StatusResponse(
            server_time=dt.datetime.now(dt.UTC),
            head=int(head),
            acked_seq=device.acked_seq,
            device_id=device.id,
            device_name=device.name,
            tag_code=device.tag_code,
            user=caller.user,
            role=caller.role,  # type: ignore[arg-type]
        )


# ---------------------------------------------------------------------------- devices


def _device_out(device: ServerDevice, user: User) -> p.DeviceOut:
    return p.DeviceOut(
        id=device.id, name=device.name, user=user.name, tag_code=device.tag_code,
        enrolled_at=device.enrolled_at, revoked_at=device.revoked_at,
        last_seen=device.last_seen, acked_seq=device.acked_seq,
    )  # fmt: skip


def list_devices(engine: Engine) -> list[p.DeviceOut]:
    with Session(engine) as session, session.begin():
        rows = session.execute(
            select(ServerDevice, User)
            .join(User, User.id == ServerDevice.user_id)
            .order_by(ServerDevice.enrolled_at)
        ).tuples()
        return [_device_out(d, u) for d, u in rows]


def revoke_device(engine: Engine, which: str) -> p.DeviceOut:
    """Revoke a device given by its id (or the start of it, or its name, if that names
    exactly one device). Its token stops working at once; its events stay."""
    with Session(engine) as session, session.begin():
        matches = session.execute(
            select(ServerDevice, User)
            .join(User, User.id == ServerDevice.user_id)
            .where(
                (ServerDevice.id == which)
                | (ServerDevice.id.startswith(which, autoescape=True))
                | (ServerDevice.name == which)
            )
        ).all()
        exact = [m for m in matches if m[0].id == which]
        matches = exact or matches
        if not matches:
            raise ApiError(404, f"there is no device {which}: 'fieldtag server devices' lists them")
        if len(matches) > 1:
            raise ApiError(409, f"{which} names {len(matches)} devices: give the device's full id")
        device, user = matches[0]
        if device.revoked_at is None:
            device.revoked_at = utcnow()
        return _device_out(device, user)

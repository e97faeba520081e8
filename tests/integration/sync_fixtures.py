"""Fixtures of the sync tests: a server app on a temporary SQLite file or on a throwaway
PostgreSQL cluster that the tests start themselves (`server` is parametrized over both;
PostgreSQL is skipped, with the reason, where its binaries are missing), devices enrolled
on it, and local stores that sync through it."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # starlette's TestClient warns that it wants httpx2 instead of httpx; it works with httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from app.domain.ids import new_id
from app.services.context import Context
from app.store.database import open_store
from app.sync.credentials import CredentialStore
from app.sync.server import core
from app.sync.server.app import create_app

PG_BIN = Path(os.environ.get("FIELDTAG_PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wire_event(device_id: str, seq: int, **extra: Any) -> dict[str, Any]:
    """A push event as JSON (a person created, unless `extra` says otherwise)."""
    return {
        "id": extra.pop("id", new_id()),
        "device_id": device_id,
        "seq": seq,
        "hlc": extra.pop("hlc", (1_700_000_000_000 + seq) << 16),
        "actor": "tester",
        "entity": "person",
        "entity_id": extra.pop("entity_id", new_id()),
        "asset_id": None,
        "kind": "created",
        "changes": {"name": [None, f"Person {seq}"]},
        "data": {},
        "recorded_at": "2026-11-24T10:00:00.123456",
        **extra,
    }


@dataclass
class Server:
    url: str
    app: Any
    http: TestClient
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def engine(self) -> Any:
        return self.app.state.engine

    def code(self, user: str = "ann", hours: float = 1) -> str:
        return core.make_enroll_code(self.engine, user, dt.timedelta(hours=hours)).code

    def enroll(self, name: str = "laptop", user: str = "ann", device_id: str | None = None) -> str:
        """Enrol a device; returns its id (its token is in `tokens`)."""
        device_id = device_id or new_id()
        r = self.http.post(
            "/v1/enroll", json={"code": self.code(user), "device_id": device_id, "name": name}
        )
        assert r.status_code == 200, r.text
        self.tokens[device_id] = r.json()["token"]
        return device_id

    def auth(self, device_id: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[device_id]}"}


class PostgresCluster:
    """A throwaway PostgreSQL cluster in a temporary folder, run as an unprivileged user
    (postgres when the tests run as root), listening on 127.0.0.1 and a free port."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="fieldtag-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self._n = itertools.count()

    def run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        self.run(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                 "--no-sync", "-E", "UTF8")  # fmt: skip
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=200"
        )
        self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-t", "60",
                 "-l", str(self.dir / "log"), "start")  # fmt: skip

    def stop(self) -> None:
        try:
            self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def new_database(self) -> str:
        import psycopg

        name = f"fieldtag_{next(self._n)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN} (set FIELDTAG_PG_BIN)")
    cluster = PostgresCluster()
    try:
        cluster.start()
    except (subprocess.CalledProcessError, OSError) as exc:
        cluster.stop()
        pytest.skip(f"cannot start a throwaway PostgreSQL cluster: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.new_database()


@pytest.fixture
def server(server_url: str) -> Iterator[Server]:
    """The server app on a fresh database (SQLite, then PostgreSQL), with an admin user
    'ann' and a technician 'tom'."""
    app = create_app(server_url)
    core.add_user(app.state.engine, "ann", "admin")
    core.add_user(app.state.engine, "tom", "technician")
    with TestClient(app) as http:
        yield Server(server_url, app, http)
    app.state.engine.dispose()


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[Server]:
    """The server app on SQLite only (for the tests of the device side)."""
    app = create_app(f"sqlite:///{tmp_path / 'server.sqlite'}")
    core.add_user(app.state.engine, "ann", "admin")
    with TestClient(app) as http:
        yield Server(f"sqlite:///{tmp_path / 'server.sqlite'}", app, http)
    app.state.engine.dispose()


def credentials(tmp_path: Path) -> CredentialStore:
    return CredentialStore(tmp_path / "credentials.json", use_keyring=False)


def open_device(tmp_path: Path, name: str) -> Context:
    store = open_store(tmp_path / f"{name}.sqlite", device_name=name)
    return Context(store, f"tech-{name}")


def wait_until(predicate: Any, timeout: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")

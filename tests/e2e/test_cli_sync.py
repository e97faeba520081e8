"""The sync CLI as an administrator and a technician use it: a server with a user, a
one-time code, `fieldtag serve` running, two stores enrolled, `fieldtag sync` printing what
it pushed and pulled, devices listed and one revoked."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.cli import fieldtag
from tests.integration.sync_fixtures import free_port


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """`fieldtag serve` on a free port; yields (its URL, its --db URL)."""
    db = f"sqlite:///{tmp_path / 'server.sqlite'}"
    port = free_port()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read() if proc.stdout else ""
                raise AssertionError(f"fieldtag serve did not start: {out}")
            time.sleep(0.1)
        yield url, db
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        if proc.stdout:
            proc.stdout.close()


def test_enrol_sync_list_and_revoke(served: tuple[str, str], tmp_path: Path) -> None:
    url, db = served
    r = fieldtag("server", "user", "add", "ann", "--role", "admin", "--db", db)
    assert r.returncode == 0 and "added user ann (admin)" in r.stdout, r.stderr
    r = fieldtag("server", "user", "add", "ann", "--db", db)
    assert r.returncode == 1 and "exists already" in r.stderr
    stores = {}
    for name in ("a", "b"):
        r = fieldtag("server", "enroll-code", "--user", "ann", "--expires", "2h", "--db", db)
        assert r.returncode == 0, r.stderr
        code = r.stdout.splitlines()[0]
        assert len(code) == 19 and code.count("-") == 3
        stores[name] = tmp_path / f"{name}.sqlite"
        r = fieldtag("enroll", "--db", stores[name], url, code)
        assert r.returncode == 0, r.stderr
        assert f"with {url} as ann (admin)" in r.stdout
        assert "no usable OS keyring" in r.stderr  # the tests keep it in a file
    r = fieldtag("enroll", "--db", stores["b"], url, code)  # a code enrols one device once
    assert r.returncode == 1 and "used" in r.stderr
    from app.services import assets
    from app.services.context import Context
    from app.store.database import open_store

    store = open_store(stores["a"])
    assets.create_asset(Context(store, "ann"), {"tag": "IT-42", "name": "from a"})
    store.close()
    r = fieldtag("sync", "--db", stores["a"])
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[:4] == ["pushed 2", "pulled 0", "applied 0", "conflicts 0"]
    r = fieldtag("sync", "--db", stores["b"])
    assert r.returncode == 0, r.stderr
    assert "pulled 2" in r.stdout.splitlines() and "applied 2" in r.stdout.splitlines()
    store = open_store(stores["b"])
    assert assets.find_asset(Context(store, "ann"), "it-42") is not None
    store.close()
    r = fieldtag("server", "devices", "--db", db)
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and all("\tann\t" in line and "active" in line for line in lines)
    device_a = lines[0].split("\t")[0]
    r = fieldtag("server", "revoke", device_a, "--db", db)
    assert r.returncode == 0 and f"revoked {device_a}" in r.stdout
    r = fieldtag("sync", "--db", stores["a"])
    assert r.returncode == 1 and "revoked" in r.stderr
    r = fieldtag("sync", "--db", tmp_path / "never-enrolled.sqlite")
    assert r.returncode == 1 and "not enrolled" in r.stderr

"""Two real stores sync through a real server: uvicorn on 127.0.0.1 and a free port, httpx
over the loopback, each device enrolled with its own one-time code."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlalchemy import Engine

from app.services import assets, catalog
from app.services.sync import enroll_device, server_client, sync_once
from app.sync.client import Unreachable
from app.sync.server import core
from app.sync.server.app import create_app
from tests.integration.sync_fixtures import credentials, free_port, open_device, wait_until


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    app = create_app(f"sqlite:///{tmp_path / 'server.sqlite'}")
    core.add_user(app.state.engine, "ann", "technician")
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    try:
        wait_until(lambda: server.started, 20, "uvicorn to start")
        yield f"http://127.0.0.1:{port}", app.state.engine
    finally:
        server.should_exit = True
        thread.join(20)
        app.state.engine.dispose()
    assert not thread.is_alive()


def test_two_stores_converge_through_a_real_server(
    live_server: tuple[str, Engine], tmp_path: Path
) -> None:
    url, engine = live_server
    creds = credentials(tmp_path)
    a, b = open_device(tmp_path, "a"), open_device(tmp_path, "b")
    for ctx in (a, b):
        code = core.make_enroll_code(engine, "ann", dt.timedelta(minutes=5)).code
        enroll_device(ctx, url, code, creds)
    model = catalog.create_model(a, {"manufacturer": "Lenovo", "name": "T14"})
    x = assets.create_asset(a, {"tag": "IT-1", "model_id": model.id})
    with server_client(a, creds) as client:
        assert sync_once(a, client).pushed == 3  # its device code, the model, the asset
    with server_client(b, creds) as client:
        first = sync_once(b, client)
    assert first.applied == 3  # a's device code, the model, the asset
    assert assets.get_asset(b, x.id).model_id == model.id
    # offline on both, then both sync (twice: b's change reaches a on a's second sync)
    assets.update_asset(a, x.id, {"notes": "from a"})
    assets.update_asset(b, x.id, {"serial": "from b"})
    for ctx in (a, b, a):
        with server_client(ctx, creds) as client:
            sync_once(ctx, client)
    for ctx in (a, b):
        detail = assets.get_asset(ctx, x.id)
        assert (detail.notes, detail.serial) == ("from a", "from b")
    # nothing to do: one pull, nothing moved
    with server_client(b, creds) as client:
        idle = sync_once(b, client)
    assert (idle.pushed, idle.pulled, idle.applied) == (0, 0, 0)
    a.store.close()
    b.store.close()


def test_an_unreachable_server_is_reported_not_hung(tmp_path: Path) -> None:
    from app.sync.client import SyncClient

    port = free_port()  # nothing listens there
    client = SyncClient(f"http://127.0.0.1:{port}", "token", timeout=httpx.Timeout(2.0))
    with pytest.raises(Unreachable, match="cannot reach"):
        client.status()
    client.close()

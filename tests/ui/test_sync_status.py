"""Background sync in the window: a real server (uvicorn on a free port), the controller
syncing on its own thread, the status bar showing online/offline, changes waiting, the
last sync and errors."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from app.config import paths
from app.services import assets
from app.services.context import Context
from app.services.sync import enroll_device
from app.sync.credentials import default_store
from app.sync.server import core
from app.sync.server.app import create_app
from app.ui.operations import DbLane
from app.ui.sync_status import SyncController, SyncStatusLabel
from tests.integration.sync_fixtures import free_port, wait_until


class LiveServer:
    def __init__(self, db: Path) -> None:
        self.app = create_app(f"sqlite:///{db}")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                                   log_level="warning", lifespan="off"))  # fmt: skip
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        wait_until(lambda: self.server is not None and self.server.started, 20, "uvicorn")

    def stop(self) -> None:
        if self.server is not None and self.thread is not None:
            self.server.should_exit = True
            self.thread.join(20)
            self.server = None


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path / "server.sqlite")
    core.add_user(server.app.state.engine, "ann", "technician")
    server.start()
    yield server
    server.stop()
    server.app.state.engine.dispose()


@pytest.fixture
def enrolled(ctx: Context, live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Context:
    monkeypatch.setenv("FIELDTAG_KEYRING", "0")
    code = core.make_enroll_code(live.app.state.engine, "ann", dt.timedelta(minutes=5)).code
    enroll_device(ctx, live.url, code, default_store(paths().config_dir))
    return ctx


def test_the_status_bar_follows_background_syncs(
    enrolled: Context, live: LiveServer, qtbot: Any
) -> None:
    lane = DbLane(enrolled)
    controller = SyncController(lane)
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    controller.state_changed.connect(label.show_view)
    try:
        assets.create_asset(enrolled, {"tag": "IT-1"})
        controller.start(first_delay_ms=0)
        qtbot.waitUntil(lambda: controller.view.last is not None, timeout=20_000)
        assert controller.view.online and controller.view.error == ""
        assert controller.view.last is not None and controller.view.last.pushed == 2
        assert controller.view.status is not None and controller.view.status.waiting == 0
        assert label.text().startswith("● Online") and "synced" in label.text()
        assert live.url in label.toolTip()
        # the server goes away; a change waits, the status says offline
        live.stop()
        assets.create_asset(enrolled, {"tag": "IT-2"})
        controller.refresh()
        controller.sync_now()
        qtbot.waitUntil(lambda: controller.view.online is False, timeout=20_000)
        qtbot.waitUntil(lambda: "1 waiting" in label.text(), timeout=5_000)
        assert label.text().startswith("○ Offline")
        assert "cannot reach" in label.toolTip()
        # it comes back: the next sync sends what waited
        live.start()
        controller.sync_now()
        qtbot.waitUntil(lambda: controller.view.online is True and not controller.view.syncing,
                        timeout=20_000)  # fmt: skip
        assert controller.view.status is not None and controller.view.status.waiting == 0
    finally:
        controller.shutdown()
        lane.shutdown()


def test_a_store_that_is_not_enrolled_says_so_and_starts_no_thread(
    ctx: Context, qtbot: Any
) -> None:
    lane = DbLane(ctx)
    controller = SyncController(lane)
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    controller.state_changed.connect(label.show_view)
    try:
        controller.start(first_delay_ms=0)
        qtbot.waitUntil(lambda: label.text() == "Sync: not set up", timeout=5_000)
        controller.sync_now()
        assert controller._thread is None and "fieldtag enroll" in label.toolTip()
    finally:
        controller.shutdown()
        lane.shutdown()


def test_closing_while_a_sync_runs_stops_it_cleanly(
    enrolled: Context, live: LiveServer, qtbot: Any
) -> None:
    lane = DbLane(enrolled)
    controller = SyncController(lane)
    try:
        for i in range(30):
            assets.create_asset(enrolled, {"tag": f"IT-{i}"})
        controller.start(first_delay_ms=0)
        qtbot.waitUntil(lambda: controller.running, timeout=10_000)
        controller.shutdown()  # as when the window closes: stops between batches, joins
        assert controller._thread is None
        controller.sync_now()  # nothing starts after shutdown
        assert controller._thread is None
    finally:
        lane.shutdown()
    # what was sent before the stop stays sent; the next sync sends the rest
    from app.services.sync import server_client, sync_once

    with server_client(enrolled, default_store(paths().config_dir)) as client:
        sync_once(enrolled, client)
    from app.services.sync import sync_status

    assert sync_status(enrolled).waiting == 0

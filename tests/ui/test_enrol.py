"""Enrolling a device from the GUI: first run or File > Enrol with a sync server…, against
a real server on 127.0.0.1; bad input and a wrong code are refused with a clear message."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.sync.server import core
from app.ui.dialogs.enrol import EnrolDialog
from app.ui.dialogs.first_run import FirstRunDialog
from tests.ui.test_sync_status import LiveServer, live

__all__ = ["live"]


@pytest.fixture(autouse=True)
def file_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDTAG_KEYRING", "0")


def test_bad_input_is_refused_before_anything_is_sent(qtbot: QtBot, ctx: Any) -> None:
    dialog = EnrolDialog(ctx.store.path)
    qtbot.addWidget(dialog)
    dialog.url.setText("fieldtag.example.org")
    dialog.start()
    assert not dialog.busy
    text = dialog.message.text()
    assert "Server address: give it as https://host:port" in text
    assert "Enrolment code: type the code" in text


def test_enrol_with_a_real_server(
    qtbot: QtBot, ctx: Any, live: LiveServer, fieldtag_home: Path
) -> None:
    url = live.url
    code = core.make_enroll_code(live.app.state.engine, "ann", dt.timedelta(minutes=5)).code
    dialog = EnrolDialog(ctx.store.path)
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.code.setText("WRONG-CODE-0000-0000")
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    dialog.code.setText(code)
    with qtbot.waitSignal(dialog.enrolled, timeout=20_000) as enrolled:
        dialog.start()
    assert enrolled.args[0].server_url == url
    assert enrolled.args[0].user == "ann"
    stored = json.loads((fieldtag_home / "config" / "sync-credentials.json").read_text())
    assert stored  # the device token was kept (in the file: no keyring in tests)
    mode = (fieldtag_home / "config" / "sync-credentials.json").stat().st_mode
    assert oct(mode)[-3:] == "600"


def test_first_run_offers_the_server(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    seen: list[object] = []
    dialog.chosen.connect(seen.append)
    dialog.server_wanted.connect(lambda: seen.append("server"))
    dialog.server_button.click()
    assert seen == [False, "server"]  # an empty store, filled from the server


def test_self_check_reports_the_enrolment(
    qtbot: QtBot, ctx: Any, live: LiveServer, fieldtag_home: Path
) -> None:
    from app.cli import selfcheck

    assert "not enrolled" in selfcheck._sync(ctx.store.path)
    code = core.make_enroll_code(live.app.state.engine, "ann", dt.timedelta(minutes=5)).code
    dialog = EnrolDialog(ctx.store.path)
    qtbot.addWidget(dialog)
    dialog.url.setText(live.url)
    dialog.code.setText(code)
    with qtbot.waitSignal(dialog.enrolled, timeout=20_000):
        dialog.start()
    line = selfcheck._sync(ctx.store.path)
    assert line.startswith(f"enrolled with {live.url} (credential in the credential file)")
    assert "last sync never" in line
    (fieldtag_home / "config" / "sync-credentials.json").write_text("{}")
    with pytest.raises(selfcheck.CheckFailed, match="holds no credential"):
        selfcheck._sync(ctx.store.path)

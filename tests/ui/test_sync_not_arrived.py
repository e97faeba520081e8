"""What the checklist runner shows for a photo that sync has not brought to this device yet
(its answer came from another device; the photo follows as a blob): it says so, in the
photo's place, and nothing breaks."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from app.domain.checklists import parse_template_text
from app.services import checklists as cl
from app.services.assets import create_asset
from app.store.tables import Attachment
from app.ui.operations import DbLane
from app.ui.pages.checklists import ChecklistsPage
from tests.ui.asset_fixtures import lane

__all__ = ["lane"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEMPLATE = """\
key: pics
version: 1
kind: maintenance
title: Pictures
steps:
  - {id: pic, type: photo, title: Photo of the repair}
  - {id: done, type: check, title: Done}
"""


def test_a_photo_not_yet_synced_says_so(qtbot: QtBot, lane: DbLane, catalog_ctx: Any) -> None:
    ctx, _ids = catalog_ctx
    asset = create_asset(ctx, {"tag": "PC-8"})
    run_id = cl.start_run(ctx, asset.id, parse_template_text(TEMPLATE)).info.id
    ok, png = cv2.imencode(".png", np.full((60, 80, 3), 90, np.uint8))
    assert ok
    cl.record_photo(ctx, run_id, "pic", png.tobytes(), name="repair.png")
    with ctx.store.write_engine.begin() as conn:  # as pulled: the answer, not the photo
        conn.execute(delete(Attachment))
    page = ChecklistsPage(lane)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    with qtbot.waitSignal(page.runner.loaded, timeout=10_000):
        page.open_run(run_id)
    r = page.runner
    r._show_step("pic")
    qtbot.waitUntil(lambda: "has not reached this device yet" in r.editor.photo_label.text(),
                    timeout=10_000)  # fmt: skip
    assert r.editor.step.id == "pic"

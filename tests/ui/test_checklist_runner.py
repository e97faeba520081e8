"""The checklist runner and the Checklists page, driven by the keyboard as a technician at
a bench would: answers saved on the lane ("Saved" only after the commit), progress and
what is still required, list mode, scans into a scan step, completion with the
transition, the start dialog, the asset view's Checklists tab, the signature pad."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.domain.checklists import parse_template_text
from app.domain.lifecycle import Status
from app.domain.tags import TagConfig
from app.services import checklists as cl
from app.services.assets import create_asset, get_asset
from app.services.context import Context
from app.ui.checklist_runner import RunnerView, SignaturePad
from app.ui.operations import DbLane
from app.ui.pages.checklists import ChecklistsPage
from app.ui.scan.dispatch import ScanDispatcher
from tests.ui.asset_fixtures import lane

__all__ = ["lane"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEMPLATE = """\
key: bench
version: 3
kind: deploy
title: Bench check
transition: {to: deployed, assignee: who}
steps:
  - {id: tag, type: scan, title: Scan the tag}
  - {id: works, type: check, title: It works}
  - {id: why, type: text, title: Why not, when: {step: works, equals: fail}}
  - {id: os, type: choice, title: OS, options: [Windows, Linux]}
  - {id: ram, type: number, title: RAM, unit: GB, min: 4, max: 128}
  - {id: who, type: person, title: Given to}
  - {id: extra, type: text, title: Remarks, required: false}
"""


@pytest.fixture
def run(catalog_ctx: Any) -> tuple[Context, dict[str, str], str]:
    ctx, ids = catalog_ctx
    asset = create_asset(ctx, {"tag": "LT-100", "model_id": ids["laptop"]})
    ids["asset"] = asset.id
    state = cl.start_run(ctx, asset.id, parse_template_text(TEMPLATE))
    return ctx, ids, state.info.id


def open_page(qtbot: QtBot, lane: DbLane, run_id: str) -> ChecklistsPage:
    page = ChecklistsPage(lane)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    with qtbot.waitSignal(page.runner.loaded, timeout=10_000):
        page.open_run(run_id)
    return page


def enter(qtbot: QtBot, runner: RunnerView, widget: Any = None) -> None:
    with qtbot.waitSignal(runner.saved, timeout=10_000):
        qtbot.keyClick(widget or runner.editor.focus_widget, Qt.Key.Key_Return)


def test_a_run_answered_from_the_keyboard(qtbot: QtBot, lane: DbLane, run: Any) -> None:
    ctx, ids, run_id = run
    page = open_page(qtbot, lane, run_id)
    r = page.runner
    assert r.current == "tag"
    assert r.progress_label.text() == "0 of 6 answered; 5 required left"
    assert not r.complete_button.isEnabled()
    assert r.missing_label.text() == "Still required: Scan the tag; It works; OS and 2 more"

    qtbot.keyClicks(r.editor.scan_edit, "LT-100")
    enter(qtbot, r)
    assert r.saved_label.text().startswith("✓ Saved")
    assert r.current == "works", "Enter saved the answer and went on"
    qtbot.keyClick(r.editor.focus_widget, Qt.Key.Key_F)  # F: fail, the cursor to the note
    assert r.editor.fail_button.isChecked() and r.editor.note.hasFocus()
    qtbot.keyClick(r.editor.note, Qt.Key.Key_Return)  # no note: refused, stays
    qtbot.waitUntil(r.error_label.isVisible, timeout=10_000)
    assert "add a note saying what is wrong" in r.error_label.text()
    assert r.current == "works"
    qtbot.keyClicks(r.editor.note, "fan rattles")
    enter(qtbot, r, r.editor.note)
    assert r.current == "why", "the failed check shows its follow-up step"
    qtbot.keyClick(r, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert r.current == "works"
    qtbot.keyClick(r.editor.focus_widget, Qt.Key.Key_P)
    enter(qtbot, r)
    assert r.current == "os", "passing hides 'Why not' again"
    assert "–  3. Why not" in r.step_list.item(2).text()

    qtbot.keyClick(r.editor.choice_list, Qt.Key.Key_Down)
    qtbot.keyClick(r.editor.choice_list, Qt.Key.Key_Down)
    enter(qtbot, r)
    qtbot.keyClicks(r.editor.number_edit, "512")
    qtbot.keyClick(r.editor.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(r.error_label.isVisible, timeout=10_000)
    assert "512 GB is above the maximum 128 GB" in r.error_label.text()
    r.editor.number_edit.clear()
    qtbot.keyClicks(r.editor.number_edit, "16")
    enter(qtbot, r)
    assert r.current == "who"
    assert r.progress_label.text() == "4 of 6 answered; 1 required left"

    qtbot.keyClicks(r.editor.person_combo.lineEdit(), "Anna Schmidt")
    enter(qtbot, r)
    assert r.progress_label.text() == "5 of 6 answered; 0 required left"
    assert r.complete_button.isEnabled() and not r.missing_label.isVisible()

    qtbot.keyClick(r, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert r.list_mode()
    answers = [r.list_view.topLevelItem(i).text(1) for i in range(7)]
    assert answers == ["LT-100 scanned", "Passed", "hidden", "Linux", "16 GB", "Anna Schmidt", ""]
    qtbot.keyClick(r, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not r.list_mode()

    with qtbot.waitSignal(r.completed, timeout=10_000):
        qtbot.keyClick(r, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert r.done_box.isVisible() and "LT-100 is now deployed" in r.done_label.text()
    assert r.print_button.isVisible() and r.next_device_button.isVisible()
    detail = get_asset(ctx, ids["asset"])
    assert detail.status is Status.DEPLOYED and detail.assignee == "Anna Schmidt"
    values = cl.get_run(ctx, run_id).values()
    assert values["os"] == "Linux" and values["ram"] == 16 and values["works"] == "pass"

    # "Start next device": back to the list with the start dialog on the same template
    r.next_device_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5_000)
    assert page.stack.currentWidget() is page.overview
    assert page.dialog.wanted_key == "bench"
    page.dialog.reject()


def test_a_scan_fills_the_scan_step(qtbot: QtBot, lane: DbLane, run: Any) -> None:
    ctx, _ids, run_id = run
    dispatcher = ScanDispatcher(TagConfig("ACME"))
    page = ChecklistsPage(lane)
    page.dispatcher = dispatcher
    page.runner.dispatcher = dispatcher
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.runner.loaded, timeout=10_000):
        page.open_run(run_id)
    r = page.runner
    assert dispatcher.handlers[-1] is r
    outcomes: list[str] = []
    dispatcher.outcome.connect(lambda _s, what, cue: outcomes.append(f"{cue}: {what}"))
    dispatcher.submit("FT:OTHER:LT-100", "camera", format="QRCode")
    # another organisation's label: refused by the service, the step stays open
    qtbot.waitUntil(r.error_label.isVisible, timeout=10_000)
    assert "organisation OTHER" in r.error_label.text()
    assert r.saved_label.text() == "Not saved" and r.current == "tag"
    with qtbot.waitSignal(r.saved, timeout=10_000):
        dispatcher.submit("FT:ACME:LT-100", "camera", format="QRCode")
    assert cl.get_run(ctx, run_id).values()["tag"] == {"text": "FT:ACME:LT-100",
                                                       "tag": "LT-100"}  # fmt: skip
    assert r.current == "works"
    dispatcher.submit("LT-100", "wedge")
    assert outcomes[-1] == "refused: step 'It works' takes no scan"
    page.hide()
    assert r not in dispatcher.handlers and page not in dispatcher.handlers


def test_scanning_on_the_list_starts_a_checklist_for_that_asset(
    qtbot: QtBot, lane: DbLane, run: Any
) -> None:
    _ctx, _ids, _run_id = run
    dispatcher = ScanDispatcher(TagConfig())
    page = ChecklistsPage(lane)
    page.dispatcher = dispatcher
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 3).data() == "0 of 6 · 5 required left"
    dispatcher.submit("LT-100", "wedge")
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.asset is not None and dialog.templates.count() > 0,
                    timeout=10_000)  # fmt: skip
    texts = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
    assert any(t.startswith("Deploy a laptop or desktop") for t in texts)
    assert not any(t.startswith("Bench check") for t in texts), "not a shipped template"
    assert "LT-100 — Dell Latitude 5440 (Laptop), in stock" in dialog.asset_label.text()
    with qtbot.waitSignal(page.runner.loaded, timeout=10_000):
        dialog.templates.setCurrentRow(
            next(i for i, t in enumerate(texts) if t.startswith("Deploy"))
        )
        qtbot.keyClick(dialog.templates, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.runner
    assert page.runner.state is not None
    assert page.runner.state.template.key == "deploy-computer"


def test_abandon_asks_why(qtbot: QtBot, lane: DbLane, run: Any) -> None:
    ctx, _ids, run_id = run
    page = open_page(qtbot, lane, run_id)
    r = page.runner
    r.abandon()
    dialog = r.dialog
    assert dialog is not None
    dialog.setTextValue("wrong laptop")
    with qtbot.waitSignal(r.abandoned, timeout=10_000):
        dialog.accept()
    assert cl.get_run(ctx, run_id).info.status == "abandoned"
    assert "Abandoned by tester" in r.done_label.text() and "wrong laptop" in r.done_label.text()
    assert not r.abandon_button.isEnabled() and not r.editor.isEnabled()


def test_signature_pad_draws_strokes_into_a_png(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    assert pad.is_empty()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 40))
    for x in range(25, 200, 15):
        qtbot.mouseMove(pad, QPoint(x, 40 + (x % 30)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 60))
    assert not pad.is_empty() and len(pad.strokes) == 1 and len(pad.strokes[0]) > 5
    image = QImage.fromData(pad.to_png(), "PNG")
    assert not image.isNull() and image.width() > 300
    pad.clear()
    assert pad.is_empty()


def test_the_asset_view_lists_the_assets_runs(qtbot: QtBot, lane: DbLane, run: Any) -> None:
    from app.ui.asset_view import AssetView

    _ctx, ids, _run_id = run
    view = AssetView(lane)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_asset(ids["asset"])
    qtbot.waitUntil(lambda: view.runs_view.topLevelItemCount() == 1, timeout=10_000)
    item = view.runs_view.topLevelItem(0)
    assert item.text(0) == "Bench check v3" and item.text(1) == "in progress"
    assert view.tabs.tabText(view.runs_tab) == "Checklists (1, 1 open)"
    assert view.checklist_button.isEnabled()
    history = [view.history_model.entry(i).summary for i in range(view.history_model.rowCount())]
    assert "Checklist 'Bench check' v3 started" in history


PHOTO_TEMPLATE = """\
key: pics
version: 1
kind: maintenance
title: Pictures
steps:
  - {id: pic, type: photo, title: Photo of the repair}
  - {id: sign, type: signature, title: Sign off}
"""


def test_photo_and_signature_steps(qtbot: QtBot, lane: DbLane, catalog_ctx: Any,
                                   tmp_path: Any) -> None:  # fmt: skip
    ctx, _ids = catalog_ctx
    asset = create_asset(ctx, {"tag": "PC-7"})
    run_id = cl.start_run(ctx, asset.id, parse_template_text(PHOTO_TEMPLATE)).info.id
    page = open_page(qtbot, lane, run_id)
    r = page.runner
    editor = r.editor
    assert not editor.camera_button.isEnabled(), "no camera running"
    qtbot.keyClick(editor.file_button, Qt.Key.Key_Return)  # nothing yet: says what to do
    assert "Take a photo or choose an image file first." in r.error_label.text()
    not_image = tmp_path / "notes.jpg"
    not_image.write_text("this is text", encoding="utf-8")
    r._record(editor.step, "photo_file", str(not_image), "", advance=False)
    qtbot.waitUntil(r.error_label.isVisible, timeout=10_000)
    assert "not an image" in r.error_label.text()
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    photo = tmp_path / "repair.png"
    assert image.save(str(photo))
    with qtbot.waitSignal(r.saved, timeout=10_000):
        r._record(editor.step, "photo_file", str(photo), "", advance=False)
    qtbot.waitUntil(lambda: r.editor.photo_label.pixmap() is not None
                    and not r.editor.photo_label.pixmap().isNull(), timeout=10_000)  # fmt: skip
    qtbot.keyClick(r.editor.file_button, Qt.Key.Key_Return)
    assert r.current == "sign"
    pad = r.editor.pad
    qtbot.keyClick(pad, Qt.Key.Key_Return)  # empty signature: refused
    qtbot.waitUntil(r.error_label.isVisible, timeout=10_000)
    assert "the signature is empty" in r.error_label.text()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
    for x in range(40, 300, 20):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 80))
    qtbot.keyClicks(r.editor.signer, "Tom Tech")
    enter(qtbot, r, pad)
    values = cl.get_run(ctx, run_id).values()
    assert values["pic"]["mime"] == "image/png" and values["pic"]["width"] == 400
    assert values["sign"]["signer"] == "Tom Tech" and len(values["sign"]["strokes"]) == 1
    data, mime = cl.get_attachment(ctx, values["sign"]["sha256"])
    assert mime == "image/png" and not QImage.fromData(data, "PNG").isNull()
    assert r.complete_button.isEnabled()


def test_ctrl_k_starts_a_checklist_for_the_asset_shown(qtbot: QtBot, lane: DbLane,
                                                      run: Any) -> None:  # fmt: skip
    from app.ui.main_window import MainWindow
    from app.ui.pages.checklists import ChecklistsPage as Page

    _ctx, ids, _run_id = run
    window = MainWindow(lane, offer_demo=False)
    qtbot.addWidget(window)
    window.show()
    window.open_asset(ids["asset"])
    view = window.assets_page.asset_view
    qtbot.waitUntil(lambda: view is not None and view.detail is not None, timeout=10_000)
    assert window.checklist_action.shortcut().toString() == "Ctrl+K"
    window.checklist_action.trigger()
    page = window.pages.currentWidget()
    assert isinstance(page, Page)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.asset is not None and dialog.templates.count() > 0,
                    timeout=10_000)  # fmt: skip
    assert dialog.asset.id == ids["asset"]
    assert dialog.tag_edit.text() == "LT-100"
    texts = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
    assert [t.split("  (")[0] for t in texts] == [
        "Receive a delivery", "Deploy a laptop or desktop", "Maintenance and repair",
        "Dispose of a device",
    ]  # fmt: skip
    dialog.reject()


def test_leaving_a_step_keeps_what_was_entered(qtbot: QtBot, lane: DbLane, run: Any) -> None:
    ctx, _ids, run_id = run
    page = open_page(qtbot, lane, run_id)
    r = page.runner
    qtbot.keyClicks(r.editor.scan_edit, "LT-100")
    with qtbot.waitSignal(r.saved, timeout=10_000):
        qtbot.keyClick(r, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert r.current == "works"
    qtbot.keyClick(r, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # nothing given
    assert r.current == "os" and r.pending == 0
    r.step_list.setCurrentRow(4)  # RAM
    qtbot.keyClicks(r.editor.number_edit, "1000")
    r.step_list.setCurrentRow(6)  # leaving with a value out of range: brought back, why
    qtbot.waitUntil(r.error_label.isVisible, timeout=10_000)
    assert r.current == "ram" and "above the maximum 128 GB" in r.error_label.text()
    assert cl.get_run(ctx, run_id).values() == {"tag": {"text": "LT-100", "tag": "LT-100"}}


class FakeCamera:
    """What the runner asks of the main window's CameraService."""

    running = True

    def latest_frame(self) -> Any:
        import numpy as np

        frame = np.zeros((720, 1280, 3), np.uint8)
        frame[200:500, 300:900] = (40, 160, 220)
        return frame


def test_take_photo_keeps_the_cameras_newest_frame(qtbot: QtBot, lane: DbLane,
                                                   catalog_ctx: Any) -> None:  # fmt: skip
    ctx, _ids = catalog_ctx
    asset = create_asset(ctx, {"tag": "PC-8"})
    run_id = cl.start_run(ctx, asset.id, parse_template_text(PHOTO_TEMPLATE)).info.id
    page = ChecklistsPage(lane)
    page.camera = FakeCamera()  # type: ignore[attr-defined]  # the window's camera
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.runner.loaded, timeout=10_000):
        page.open_run(run_id)
    r = page.runner
    assert r.editor.camera_button.isEnabled()
    with qtbot.waitSignal(r.saved, timeout=10_000):
        r.editor.camera_button.click()
    value = cl.get_run(ctx, run_id).values()["pic"]
    assert (value["source"], value["mime"], value["width"], value["height"]) == (
        "camera", "image/jpeg", 1280, 720,
    )  # fmt: skip

"""The Certificates page: the register, search, save, verify, reissue, batch certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.services import certificates, drives
from app.ui import drives_panel
from app.ui.operations import DbLane
from app.ui.pages import certificates as page_module
from app.ui.pages.certificates import BatchDialog, CertificatesPage
from tests.ui.asset_fixtures import lane
from tests.wipe_data import PERFORMER, laptops, nwipe_file

__all__ = ["lane"]


@pytest.fixture
def issued(catalog_ctx: Any) -> tuple[Any, dict[str, Any], Any]:
    ctx, ids = catalog_ctx
    out = laptops(ctx, ids)
    drives.import_nwipe(ctx, [nwipe_file("nwipe-0.28-legacy.log"),
                              nwipe_file("nwipe-0.35-two-drives.log")], PERFORMER)  # fmt: skip
    sign = certificates.signing_settings(load_settings())
    first = certificates.issue_certificate(ctx, sign, asset_tags=["LT-2"])
    certificates.issue_certificate(ctx, sign, drive_serials=["WD-WCC2EKR91234"])
    return ctx, out, first


def show_page(qtbot: QtBot, lane: DbLane) -> CertificatesPage:
    page = CertificatesPage(lane)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def test_register_search_save_verify(
    qtbot: QtBot, lane: DbLane, issued: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    _ctx, _ids, first = issued
    page = show_page(qtbot, lane)
    assert page.table.topLevelItemCount() == 2
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.search.setText("S2XANX")
    assert page.table.topLevelItemCount() == 1
    assert page.selected() is not None and page.selected().number == first.info.number  # type: ignore[union-attr]
    assert "TNS5193M2KXAZH" in page.details.text()
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(page_module, "save_pdf_path", lambda _w, _n: target)
    page.save_button.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes() == first.pdf
    page.verify_button.click()
    qtbot.waitUntil(lambda: "Signature valid" in page.count.text(), timeout=10_000)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # a scanned certificate QR code
        page.search.setText(f"FTCERT:ACME:{first.info.number}")
    assert page.table.topLevelItemCount() == 1
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.search.setText("nothing-like-this")
    assert page.table.topLevelItemCount() == 0 and not page.save_button.isEnabled()


def test_reissue_keeps_history(qtbot: QtBot, lane: DbLane, issued: Any, monkeypatch: Any) -> None:
    ctx, _ids, first = issued
    page = show_page(qtbot, lane)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.search.setText(first.info.number)
    monkeypatch.setattr(page_module, "ask_reason", lambda _w, _n: "validator signature added")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reissue_button.click()
    chain = certificates.certificate_history(ctx, first.info.number)
    assert len(chain) == 2 and chain[1].reason == "validator signature added"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.search.setText("LT-2")
    states = sorted(page.table.topLevelItem(i).text(5) for i in range(2))  # type: ignore[union-attr]
    assert states == ["current", f"replaced by {chain[1].number}"]


def test_batch_certificate(
    qtbot: QtBot, lane: DbLane, issued: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    ctx, ids, _first = issued
    page = show_page(qtbot, lane)
    page.batch_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BatchDialog)
    dialog.tags.setText("LT-2 LT-1")
    dialog.check()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=10_000)
    assert not dialog.issue_button.isEnabled() and "LT-1" in dialog.message.text()
    drives.record_sanitization(
        ctx, ids["WL1A2B3C"], method="destruct", result="passed", technique="shred"
    )
    dialog.check()
    qtbot.waitUntil(dialog.issue_button.isEnabled, timeout=10_000)
    target = tmp_path / "batch.pdf"
    monkeypatch.setattr(drives_panel, "save_pdf_path", lambda _w, _n: target)
    with qtbot.waitSignal(dialog.issued, timeout=30_000) as blocker:
        dialog.issue_button.click()
    batch = blocker.args[0]
    assert batch.info.scope == "batch" and set(batch.info.asset_tags) == {"LT-1", "LT-2"}
    assert target.read_bytes() == batch.pdf

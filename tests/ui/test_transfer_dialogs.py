"""The import wizard and the export dialog, offscreen with pytest-qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.services import assets
from app.services.context import Context
from app.services.filters import AssetFilter
from app.ui.dialogs.transfer import ImportWizard, export_assets_interactive
from app.ui.operations import DbLane
from tests.ui.asset_fixtures import lane, stocked

__all__ = ["lane", "stocked"]

FIXTURES = Path(__file__).parent.parent / "fixtures"


def make_wizard(qtbot: QtBot, lane: DbLane) -> ImportWizard:
    wizard = ImportWizard(lane)
    qtbot.addWidget(wizard)
    wizard.open()
    return wizard


def next_page(wizard: ImportWizard) -> None:
    assert (
        wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        or wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    )
    wizard.next()


def test_import_snipe_it_file(qtbot: QtBot, lane: DbLane, ctx: Context) -> None:
    changed: list[str] = []
    lane.changed.connect(changed.append)
    wizard = make_wizard(qtbot, lane)
    assert not wizard.file_page.isComplete()
    wizard.set_path(FIXTURES / "snipeit_assets.csv")
    assert wizard.file_page.isComplete()
    next_page(wizard)
    assert wizard.currentPage() is wizard.mapping_page
    mapping = wizard.mapping()
    assert mapping["Asset Tag"] == "tag" and mapping["Full Name"] == "assignee"
    assert mapping["Company"] == ""
    assert wizard.mapping_page.isComplete()

    with qtbot.waitSignal(wizard.checked, timeout=10_000) as checked:
        next_page(wizard)
    assert checked.args is not None and checked.args[0].rows == 5
    assert "5 rows are ready" in wizard.check_page.status.text()
    assert assets.find_asset(ctx, "IT-0001") is None  # the check imports nothing

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()  # the commit button: Import
    assert wizard.currentPage() is wizard.done_page
    assert wizard.done_page.status.text().startswith("Imported 5 assets")
    assert assets.find_asset(ctx, "IT-0001") is not None
    qtbot.waitUntil(lambda: changed == ["import"], timeout=5_000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_bad_rows_are_listed_and_nothing_is_imported(
    qtbot: QtBot, lane: DbLane, ctx: Context, tmp_path: Path
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text("Asset Tag,Purchase Cost\nA-1,12\nA-2,-5\nA-3,abc\n", encoding="utf-8")
    wizard = make_wizard(qtbot, lane)
    wizard.set_path(src)
    next_page(wizard)
    with qtbot.waitSignal(wizard.refused, timeout=10_000):
        next_page(wizard)
    page = wizard.check_page
    assert not page.isComplete()
    assert "Nothing was imported: 2 problem(s) in 2 row(s)" in page.status.text()
    listed = page.problems.toPlainText().splitlines()
    assert [line.split(":")[0] for line in listed] == ["line 3", "line 4"]
    assert page.again.isVisible()

    src.write_text("Asset Tag,Purchase Cost\nA-1,12\nA-2,5\nA-3,\n", encoding="utf-8")
    with qtbot.waitSignal(wizard.checked, timeout=10_000):
        page.again.click()
    assert page.isComplete()
    assert assets.find_asset(ctx, "A-1") is None


def test_unknown_columns_are_mapped_in_the_wizard(
    qtbot: QtBot, lane: DbLane, ctx: Context, tmp_path: Path
) -> None:
    src = tmp_path / "de.csv"
    src.write_text("Inventarnr;Bezeichnung;Farbe\nX-1;Drucker;rot\n", encoding="utf-8")
    wizard = make_wizard(qtbot, lane)
    wizard.set_path(src)
    next_page(wizard)
    page = wizard.mapping_page
    assert not page.isComplete()  # no tag column yet
    assert "asset tag" in page.message.text()
    combos = page.combos
    combos["Inventarnr"].setCurrentIndex(combos["Inventarnr"].findData("tag"))
    combos["Bezeichnung"].setCurrentIndex(combos["Bezeichnung"].findData("name"))
    combos["Farbe"].setCurrentIndex(combos["Farbe"].findData("custom:Farbe"))
    assert page.isComplete()
    combos["Bezeichnung"].setCurrentIndex(combos["Bezeichnung"].findData("tag"))
    assert not page.isComplete()  # two tag columns
    combos["Bezeichnung"].setCurrentIndex(combos["Bezeichnung"].findData("name"))
    with qtbot.waitSignal(wizard.checked, timeout=10_000):
        next_page(wizard)
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    asset = assets.find_asset(ctx, "X-1")
    assert asset is not None and asset.name == "Drucker" and asset.custom == {"Farbe": "rot"}


def test_unreadable_file_stays_on_the_first_page(
    qtbot: QtBot, lane: DbLane, tmp_path: Path
) -> None:
    src = tmp_path / "ansi.csv"
    src.write_bytes("Asset Tag,Name\nA-1,Müller\n".encode("cp1252"))
    wizard = make_wizard(qtbot, lane)
    wizard.set_path(src)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "save it as UTF-8" in wizard.file_page.error.text()


def test_browse_uses_the_file_dialog(
    qtbot: QtBot, lane: DbLane, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = str(FIXTURES / "snipeit_assets.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen, ""))
    wizard = make_wizard(qtbot, lane)
    wizard.file_page.browse.click()
    assert wizard.file_page.path_edit.text() == chosen


@pytest.mark.parametrize(
    "case",
    [("out.json", "", "json"), ("out", "JSON (*.json)", "json"), ("out.csv", "", "csv")],
)
@pytest.mark.usefixtures("stocked")
def test_export(
    qtbot: QtBot, lane: DbLane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    case: tuple[str, str, str],
) -> None:  # fmt: skip
    name, selected, fmt = case
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), selected))
    parent = QWidget()
    qtbot.addWidget(parent)
    export_assets_interactive(parent, lane, AssetFilter(text="monitor"))
    written = target if target.suffix else target.with_name(f"{name}.{fmt}")
    qtbot.waitUntil(
        lambda: parent.findChild(QMessageBox, "export-done") is not None, timeout=10_000
    )
    box = parent.findChild(QMessageBox, "export-done")
    assert box is not None and box.text().startswith("Exported 3 assets to")
    if fmt == "json":
        assert len(json.loads(written.read_text(encoding="utf-8"))["assets"]) == 3
    else:
        assert written.read_text(encoding="utf-8-sig").count("\n") == 4


def test_export_cancelled_and_failed(
    qtbot: QtBot, lane: DbLane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    export_assets_interactive(parent, lane, AssetFilter())
    assert lane.pending == 0
    missing = tmp_path / "no" / "such" / "a.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    export_assets_interactive(parent, lane, AssetFilter())

    def error_box() -> QMessageBox | None:
        boxes = [b for b in parent.findChildren(QMessageBox) if "does not exist" in b.text()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: error_box() is not None, timeout=10_000)

"""The translation catalogue: complete, placeholders kept, compiled, and used by the GUI."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui.i18n import LANGUAGES, catalogue_path, install_translators, remove_translators
from app.ui.operations import DbLane
from tests.ui.asset_fixtures import lane, stocked
from tests.ui.test_main_window import open_window

__all__ = ["lane", "stocked"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "fieldtag_de.ts"
QM = ROOT / "resources" / "translations" / "fieldtag_de.qm"
PLACEHOLDER = re.compile(r"\{\w*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d")  # {0} {tag} {n:,} %n %1
ACCELERATOR = re.compile(r"&(?!&)")


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in the German catalogue."""
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", translation)
        for context in root.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
    ]


def texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a %n text (<numerusform>)."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_message_is_translated() -> None:
    found = messages()
    assert len(found) > 900
    open_ones = [
        (context, source)
        for context, source, translation in found
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in texts(translation))
    ]
    assert open_ones == []


def test_translations_keep_placeholders_and_accelerators() -> None:
    for context, source, translation in messages():
        for text in texts(translation):
            where = f"{context}: {source!r} -> {text!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), where
            assert text.startswith(" ") == source.startswith(" "), where
            assert text.endswith(("\n", " ")) == source.endswith(("\n", " ")), where


def test_the_catalogue_covers_what_the_code_says(tmp_path: Path) -> None:
    """lupdate over app/ui, app/domain, app/services and app/sync finds nothing the catalogue
    lacks (run .ci/translations)."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(p)
        for part in ("ui", "domain", "services", "sync", "printing", "scan")
        for p in (ROOT / "app" / part).rglob("*.py")
    )
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    catalogue = {(context, source) for context, source, _ in messages()}
    fresh_root = ET.parse(fresh).getroot()
    wanted = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in fresh_root.iter("context")
        for message in context.iter("message")
    }
    assert sorted(wanted - catalogue) == []


def test_the_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    rebuilt = tmp_path / "fieldtag_de.qm"
    subprocess.run(
        [lrelease, "-nounfinished", str(TS), "-qm", str(rebuilt)], check=True, capture_output=True
    )
    assert rebuilt.read_bytes() == QM.read_bytes(), "run .ci/translations"


def test_every_language_offered_has_a_catalogue() -> None:
    for code, _name in LANGUAGES:
        assert code == "en" or Path(catalogue_path(code)).is_file()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    assert translators  # at least Fieldtag's own catalogue
    try:
        yield
    finally:
        remove_translators(qapp, translators)
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_window_speaks_german(qtbot: QtBot, lane: DbLane, stocked: Any, german: None) -> None:
    window = open_window(qtbot, lane)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Ansicht", "&Hilfe"]
    assert window.new_action.text() == "&Neues Gerät…"
    assert window.new_action.shortcut().toString() == "Ctrl+N"  # shortcuts stay as they are
    assert [window.nav.item(i).text() for i in range(4)] == [
        "Start", "Geräte", "Modelle", "Standorte",
    ]  # fmt: skip
    assert window.count_label.text() == "6 Geräte"
    page = window.assets_page
    assert page.search.placeholderText().startswith("Inventarnr., Seriennr.")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Inventarnr."


def test_lifecycle_words_are_german(german: None) -> None:
    from PySide6.QtCore import QDate, QLocale

    from app.domain.lifecycle import Status
    from app.ui.lifecycle_text import action_verb, state_name

    assert state_name(Status.DEPLOYED) == "Im Einsatz"
    assert state_name("in_stock") == "Auf Lager"
    assert action_verb("Deploy") == "Ausgeben"
    # dates follow the language chosen
    assert "November" in QLocale().toString(QDate(2026, 11, 24), QLocale.FormatType.LongFormat)
    assert "Dienstag" in QLocale().toString(QDate(2026, 11, 24), QLocale.FormatType.LongFormat)


def test_a_state_this_version_does_not_know_is_shown_as_stored() -> None:
    from app.ui.lifecycle_text import state_name

    assert state_name("on_loan") == "on loan"


def test_service_refusals_speak_the_windows_language(stocked: Any, german: None) -> None:
    """The services raise English texts (app/domain/text.py); the window shows them in
    German, arguments and all, while `str()` (logs, CLI) stays English."""
    from app.domain.errors import TransitionRefused, ValidationError
    from app.domain.lifecycle import Status
    from app.services import assets
    from app.ui.i18n import translated
    from app.ui.operations import error_text

    ctx, ids = stocked
    with pytest.raises(TransitionRefused) as refused:
        assets.transition_asset(ctx, ids["LT-001"], Status.DISPOSED)
    assert str(refused.value).startswith("LT-001 cannot go from in stock to disposed.")
    shown = error_text(refused.value)
    assert shown.startswith("LT-001 kann nicht von „auf Lager“ zu „entsorgt“ wechseln.")
    assert "Von „auf Lager“ aus möglich: im Einsatz, in Wartung, ausgemustert" in shown

    with pytest.raises(ValidationError) as invalid:
        assets.create_asset(ctx, {"tag": "LT-001", "purchase_date": "12/11/2025"})
    lines = error_text(invalid.value).splitlines()
    assert any(
        line.startswith("• Inventarnummer: LT-001 wird bereits von einem anderen Gerät verwendet")
        for line in lines
    )
    assert any(line.startswith("• Kaufdatum: '12/11/2025' ist mehrdeutig") for line in lines)
    assert "LT-001 is already used by another asset" in str(invalid.value)  # English stays
    assert translated("not a Text") == "not a Text"


def test_history_lines_speak_the_windows_language(stocked: Any, german: None) -> None:
    from app.domain.lifecycle import Status, TransitionRequest
    from app.services import assets
    from app.ui.i18n import translated

    ctx, ids = stocked
    assets.transition_asset(ctx, ids["LT-001"], Status.IN_MAINTENANCE, TransitionRequest())
    newest = assets.asset_history(ctx, ids["LT-001"])[0]
    assert newest.summary == "Send to maintenance: In stock → In maintenance"
    assert translated(newest.summary) == "In Wartung geben: Auf Lager → In Wartung"
    created = assets.asset_history(ctx, ids["LT-001"])[-1]
    labels = {translated(change.label) for change in created.changes}
    assert {"Inventarnummer", "Seriennummer", "Garantie bis"} <= labels


def test_conflict_summaries_speak_the_windows_language(
    qtbot: QtBot, lane: DbLane, catalog_ctx: Any, german: None
) -> None:
    """A conflict sync found is stored in English (the `summary` column, the CLI) and shown
    in German in a German window: the page's list and details, the settle dialog."""
    from app.services import assets, conflicts
    from app.ui.dialogs.conflict_settle import SettleDialog
    from app.ui.pages.conflicts import ConflictsPage, resolution_shown

    ctx, ids = catalog_ctx
    with ctx.unit_of_work() as uow:  # deleted on another device, still used here
        uow.event("model", ids["laptop"], "deleted", {})
        uow.commit()
    assets.create_asset(ctx, {"tag": "LT-900", "model_id": ids["laptop"]})
    with ctx.unit_of_work() as uow:
        found = conflicts.deleted_in_use(uow.session)
        conflicts.record_found(uow.session, found)
        uow.commit()
    (info,) = conflicts.list_conflicts(ctx)
    english = "was deleted on one device while another still used it: it was kept"
    assert info.summary.startswith("model ") and info.summary.endswith(english)
    name = info.details["name"]
    german_text = (
        f"Modell {name} wurde auf einem Rechner gelöscht, während ein anderer Rechner den "
        "Eintrag noch verwendete: Er wurde behalten"
    )

    page = ConflictsPage(lane)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    item = page.table.topLevelItem(0)
    assert item is not None and item.text(4) == german_text
    assert german_text in page.details.text()
    dialog = SettleDialog(lane, info, page)
    qtbot.addWidget(dialog)
    assert any(german_text in label.text() for label in dialog.findChildren(QLabel))

    settled = conflicts.settle_conflict(ctx, info.id, conflicts.Settlement("keep"))
    assert settled.info.resolution == "kept as it is"  # stored in English
    assert resolution_shown(settled.info) == "so belassen, wie es ist"


def test_sync_errors_speak_the_windows_language(qtbot: QtBot, german: None) -> None:
    """A sync error in the status bar's tooltip is German, also the one kept in the store
    from the last sync (read back after a restart)."""
    from app.services.sync import (
        META_LAST_ERROR,
        META_LAST_ERROR_TEXT,
        SyncStatus,
        _error_values,
        _last_error,
    )
    from app.sync.client import no_answer, unreachable
    from app.ui.sync_status import SyncStatusLabel, SyncView

    label = SyncStatusLabel()
    qtbot.addWidget(label)
    status = SyncStatus("https://sync.example", 0, None, "")
    label.show_view(SyncView(status, online=False, error=no_answer("https://sync.example")))
    assert "der Server unter https://sync.example hat nicht rechtzeitig geantwortet" in (
        label.toolTip()
    )
    kept = _error_values(unreachable("https://sync.example", "connection refused"))
    assert kept[META_LAST_ERROR] == "cannot reach the server at https://sync.example: " + (
        "connection refused"
    )
    stored = _last_error(kept[META_LAST_ERROR], kept[META_LAST_ERROR_TEXT])
    label.show_view(SyncView(SyncStatus("https://sync.example", 0, None, stored), online=False))
    assert "der Server unter https://sync.example ist nicht erreichbar: connection refused" in (
        label.toolTip()
    )

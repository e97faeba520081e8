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
from PySide6.QtWidgets import QApplication
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
PLACEHOLDER = re.compile(r"\{\d*(?::[^{}]*)?\}|%n|%L?\d")
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


def test_every_message_is_translated() -> None:
    found = messages()
    assert len(found) > 900
    open_ones = [
        (context, source)
        for context, source, translation in found
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert open_ones == []


def test_translations_keep_placeholders_and_accelerators() -> None:
    for context, source, translation in messages():
        text = translation.text or ""
        where = f"{context}: {source!r} -> {text!r}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), where
        assert text.startswith(" ") == source.startswith(" "), where
        assert text.endswith(("\n", " ")) == source.endswith(("\n", " ")), where


def test_the_catalogue_covers_what_the_code_says(tmp_path: Path) -> None:
    """lupdate over app/ui finds nothing the catalogue lacks (run .ci/translations)."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
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

"""Settings > General: theme and currency, saved and applied; a bad currency refused."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.ui.dialogs.settings import SettingsDialog


def test_theme_and_currency_are_saved(qtbot: QtBot) -> None:
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "system" and dialog.currency.text() == "EUR"
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.currency.setText("usd")
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.save()
    assert applied.args[0].theme == "dark" and applied.args[0].currency == "USD"
    saved = load_settings()
    assert (saved.theme, saved.currency) == ("dark", "USD")


def test_a_currency_that_is_not_three_letters_is_refused(qtbot: QtBot) -> None:
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.currency.setText("EU")
    dialog.save()
    assert "Currency: 'EU' is not a three-letter ISO 4217 code" in dialog.message.text()
    assert load_settings().currency == "EUR"  # nothing saved


def test_printing_defaults_are_saved_and_the_label_printer_uses_them(qtbot: QtBot) -> None:
    from app.services.labels import list_stocks
    from app.ui.dialogs.labels import LabelsDialog

    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    stocks = list(list_stocks())
    other = next(s for s in stocks if s.id != dialog.stock.currentData())
    dialog.stock.setCurrentIndex(dialog.stock.findData(other.id))
    dialog.zebra_host.setText("zebra-3.local:9101")
    with qtbot.waitSignal(dialog.applied):
        dialog.save()
    saved = load_settings()
    assert (saved.label_stock, saved.zebra_host, saved.printer) == (
        other.id,
        "zebra-3.local:9101",
        "",
    )
    # a printer that is not installed: the system's default is used, not an error
    printer = LabelsDialog.make_printer(other, "no such printer")
    assert printer.printerName() != "no such printer"


def test_a_bad_zebra_address_is_refused_and_nothing_is_saved(qtbot: QtBot) -> None:
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    for bad in ("zebra 3", "zebra:99999", "host:port:x"):
        dialog.zebra_host.setText(bad)
        dialog.save()
        assert f"Zebra printer: '{bad}' is not a host name" in dialog.message.text()
    assert load_settings().zebra_host == ""


def test_the_sync_tab_shows_the_server_and_offers_enrolment(qtbot: QtBot) -> None:
    from app.services.sync import SyncStatus

    status = SyncStatus("https://sync.example.org", 3, "2026-11-24T08:00:00+00:00", "")
    dialog = SettingsDialog(load_settings(), tab=SettingsDialog.SYNC_TAB, sync_status=status)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(SettingsDialog.SYNC_TAB) == "Sync"
    assert dialog.sync_server.text() == "https://sync.example.org"
    with qtbot.waitSignal(dialog.enrol_wanted):
        dialog.enrol_button.click()
    fresh = SettingsDialog(load_settings(), sync_status=None)
    qtbot.addWidget(fresh)
    assert "Not enrolled" in fresh.sync_server.text()

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

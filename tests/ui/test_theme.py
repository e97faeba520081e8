"""Light, dark and the desktop's own theme, switched while the app runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui.theme import apply_theme, is_dark


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    native = QPalette(qapp.palette())
    style = qapp.style().name()
    yield qapp
    apply_theme(qapp, "system")
    assert qapp.style().name() == style
    assert qapp.palette().color(QPalette.ColorRole.Window) == native.color(
        QPalette.ColorRole.Window
    )


def test_dark_and_light_themes_set_readable_palettes(app: QApplication) -> None:
    assert apply_theme(app, "dark") == "dark"
    assert is_dark()
    window = app.palette().color(QPalette.ColorRole.Window)
    text = app.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() - window.lightness() > 120  # light text on a dark window
    assert app.style().name().lower() == "fusion"
    assert apply_theme(app, "light") == "light"
    assert not is_dark()
    window = app.palette().color(QPalette.ColorRole.Window)
    text = app.palette().color(QPalette.ColorRole.WindowText)
    assert window.lightness() - text.lightness() > 120


def test_an_unknown_theme_means_the_desktops_own(app: QApplication) -> None:
    apply_theme(app, "dark")
    assert apply_theme(app, "purple") == "system"
    assert not is_dark()

"""Light, dark and the desktop's own theme, switched while the app runs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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


def test_high_contrast_is_white_on_black_with_a_yellow_selection(app: QApplication) -> None:
    from PySide6.QtGui import QColor

    from app.ui.theme import box_style, is_high_contrast, tone

    assert not is_high_contrast()
    assert "#fdecea" in box_style("error")  # the light tint on a light window
    assert apply_theme(app, "high_contrast") == "high_contrast"
    assert is_high_contrast() and is_dark()
    palette = app.palette()
    Role = QPalette.ColorRole
    assert palette.color(Role.Window) == QColor("black") == palette.color(Role.Base)
    assert palette.color(Role.Text) == QColor("white") == palette.color(Role.WindowText)
    assert palette.color(Role.Highlight) == QColor("yellow")
    assert palette.color(Role.HighlightedText) == QColor("black")
    # messages: the window's own text and background, a thick yellow border, no tint
    style = box_style("error")
    assert "palette(base)" in style and "palette(highlight)" in style and "#" not in style
    assert tone("error") == QColor("yellow") and tone("ok") == QColor("white")
    apply_theme(app, "dark")
    assert not is_high_contrast()
    assert "#3d1f1c" in box_style("error")  # a dark tint, light text
    assert tone("error").lightness() > 150


def test_the_settings_offer_high_contrast(qtbot: Any, qapp: QApplication) -> None:
    from app.config import Settings
    from app.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    values = [dialog.theme.itemData(i) for i in range(dialog.theme.count())]
    assert values == ["system", "light", "dark", "high_contrast"]

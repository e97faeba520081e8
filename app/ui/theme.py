"""Light and dark themes, or the desktop's own.

"system" leaves colours to the platform (Windows, macOS and most Linux desktops follow
their light/dark setting through Qt's colour scheme). "light" and "dark" use the Fusion
style with an explicit palette, which looks the same on every platform, so a technician can
choose dark on a laptop whose desktop cannot say so. Widgets that colour things themselves
read `palette()` colours or `is_dark()`, never fixed greys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

_native_style: str | None = None
_native_palette: QPalette | None = None

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    for role, color in (
        (Role.Window, window),
        (Role.WindowText, text),
        (Role.Base, base),
        (Role.AlternateBase, QColor(40, 40, 43)),
        (Role.ToolTipBase, QColor(60, 60, 64)),
        (Role.ToolTipText, text),
        (Role.PlaceholderText, QColor(150, 150, 150)),
        (Role.Text, text),
        (Role.Button, QColor(55, 55, 59)),
        (Role.ButtonText, text),
        (Role.BrightText, QColor(255, 90, 90)),
        (Role.Light, QColor(75, 75, 80)),
        (Role.Midlight, QColor(62, 62, 66)),
        (Role.Mid, QColor(50, 50, 54)),
        (Role.Dark, QColor(25, 25, 27)),
        (Role.Shadow, QColor(10, 10, 10)),
        (Role.Highlight, QColor(53, 132, 228)),
        (Role.HighlightedText, QColor(255, 255, 255)),
        (Role.Link, QColor(110, 170, 255)),
        (Role.LinkVisited, QColor(170, 140, 255)),
    ):
        p.setColor(role, color)
    disabled = QColor(125, 125, 125)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        p.setColor(Group.Disabled, role, disabled)
    p.setColor(Group.Disabled, Role.Base, window)
    return p


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply `theme` ("system", "light", "dark"; anything else means "system") to `app`;
    returns the theme applied."""
    global _native_style, _native_palette
    if _native_style is None:
        _native_style = app.style().name()
        _native_palette = QPalette(app.palette())
    theme = theme if theme in THEMES else "system"
    hints = app.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        app.setStyle(_native_style)
        app.setPalette(_native_palette or QPalette())
        return theme
    hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else light_palette())
    return theme


def is_dark() -> bool:
    """Whether the window's colours are dark (the theme chosen, or the desktop's)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(Role.Window).lightness() < 128

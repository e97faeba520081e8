"""Light and dark themes, or the desktop's own.

"system" leaves colours to the platform (Windows, macOS and most Linux desktops follow
their light/dark setting through Qt's colour scheme). "light", "dark" and "high_contrast"
use the Fusion style with an explicit palette, which looks the same on every platform, so a
technician can choose dark on a laptop whose desktop cannot say so, and high contrast
(white on black, yellow selection) in a bright warehouse or with low vision. Widgets that
colour things themselves read `palette()` colours, `is_dark()`, or the message colours
below (`box_style`, `tone`), never fixed light colours.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark", "high_contrast")

_native_style: str | None = None
_applied = ""  # the theme apply_theme set last ("" before it ran: the desktop's own)
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


def high_contrast_palette() -> QPalette:
    """White text on black, a yellow selection and focus, cyan links: the colours of the
    common high-contrast desktop themes (Windows "High Contrast Black")."""
    p = QPalette()
    black, white, yellow = QColor(0, 0, 0), QColor(255, 255, 255), QColor(255, 255, 0)
    for role, color in (
        (Role.Window, black),
        (Role.WindowText, white),
        (Role.Base, black),
        (Role.AlternateBase, QColor(24, 24, 24)),
        (Role.ToolTipBase, black),
        (Role.ToolTipText, yellow),
        (Role.PlaceholderText, QColor(200, 200, 200)),
        (Role.Text, white),
        (Role.Button, black),
        (Role.ButtonText, white),
        (Role.BrightText, yellow),
        (Role.Light, white),
        (Role.Midlight, QColor(200, 200, 200)),
        (Role.Mid, QColor(160, 160, 160)),
        (Role.Dark, white),
        (Role.Shadow, white),
        (Role.Highlight, yellow),
        (Role.HighlightedText, black),
        (Role.Link, QColor(0, 255, 255)),
        (Role.LinkVisited, QColor(255, 128, 255)),
        (Role.Accent, yellow),
    ):
        p.setColor(role, color)
    disabled = QColor(160, 160, 160)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        p.setColor(Group.Disabled, role, disabled)
    p.setColor(Group.Disabled, Role.Base, black)
    return p


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply `theme` ("system", "light", "dark"; anything else means "system") to `app`;
    returns the theme applied."""
    global _native_style, _native_palette, _applied
    if _native_style is None:
        _native_style = app.style().name()
        _native_palette = QPalette(app.palette())
    theme = theme if theme in THEMES else "system"
    _applied = theme
    hints = app.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        app.setStyle(_native_style)
        app.setPalette(_native_palette or QPalette())
        return theme
    light = theme == "light"
    hints.setColorScheme(Qt.ColorScheme.Light if light else Qt.ColorScheme.Dark)
    app.setStyle("Fusion")
    palettes = {"dark": dark_palette, "high_contrast": high_contrast_palette}
    app.setPalette(palettes.get(theme, light_palette)())
    return theme


def is_dark() -> bool:
    """Whether the window's colours are dark (the theme chosen, or the desktop's)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(Role.Window).lightness() < 128


def is_high_contrast() -> bool:
    """Whether the window is in high contrast: the theme chosen, or (following the desktop)
    the desktop's own contrast setting where Qt can read it."""
    if _applied == "high_contrast":
        return True
    app = QGuiApplication.instance()
    if _applied not in ("system", "") or not isinstance(app, QGuiApplication):
        return False
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


# Message colours: (background, border, text) for a light window, then for a dark one.
# In high contrast a message is the window's own text on its own background with a thick
# border in the highlight colour (yellow): tinted boxes lose contrast there.
_TONES: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "error": (("#fdecea", "#e0a5a0", "#8a1f17"), ("#3d1f1c", "#a5524a", "#ffb4a9")),
    "warning": (("#fff8e1", "#f0d68a", "#5d4300"), ("#3a3000", "#a08a2a", "#ffe08a")),
    "ok": (("#e8f5e9", "#a5d6a7", "#1b5e20"), ("#1b3320", "#4f8a58", "#b5e3b8")),
    "invalid": (("#fdecea", "#e0a5a0", "#d9534f"), ("#3d1f1c", "#a5524a", "#ff8a80")),
}


def tone(kind: str) -> QColor:
    """The text colour of a message of `kind` ("error", "warning", "ok") on the window's
    background: dark red on light, light red on dark, the plain text colour (high contrast
    needs no hue to be read) in high contrast."""
    if is_high_contrast():
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            return app.palette().color(Role.BrightText if kind == "error" else Role.WindowText)
    light, dark = _TONES.get(kind, _TONES["error"])
    return QColor((dark if is_dark() else light)[2])


def box_style(kind: str, selector: str = "QLabel") -> str:
    """A style sheet for a message box (`selector` is e.g. "QLabel" or "QFrame#done") in
    the colours of `kind` ("error", "warning", "ok") that the theme can read."""
    if is_high_contrast():
        return (
            f"{selector} {{ background: palette(base); color: palette(text);"
            " border: 2px solid palette(highlight); border-radius: 4px; padding: 6px; }"
        )
    light, dark = _TONES.get(kind, _TONES["error"])
    background, border, text = dark if is_dark() else light
    return (
        f"{selector} {{ background: {background}; border: 1px solid {border}; color: {text};"
        " border-radius: 4px; padding: 6px; }"
    )


def text_style(kind: str, *, bold: bool = False) -> str:
    """A style sheet for a label whose text has the colour of `kind`."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {tone(kind).name()};{weight}"

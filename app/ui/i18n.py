"""The GUI's language: Qt translators for Fieldtag's own texts and Qt's standard ones.

Fieldtag's catalogue is `resources/translations/fieldtag_<lang>.qm` (built by
`.ci/translations`); Qt's own (`qtbase_<lang>.qm`, standard buttons and dialogs) comes from
Qt's translations folder when it is there. English is the source language: it needs none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

# (setting value, name shown in the Settings dialog); "" follows the system's locale
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("de", "Deutsch"))


def catalogue_path(language: str) -> str:
    return str(resource_path("translations", f"fieldtag_{language}.qm"))


def resolve_language(setting: str) -> str:
    """The language to show: the setting, or the system's when the setting is empty or
    unknown (and English when Fieldtag has no catalogue for that)."""
    known = {code for code, _name in LANGUAGES}
    if setting in known:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in known else "en"


def install_translators(app: QCoreApplication, setting: str) -> list[QTranslator]:
    """Install the translators for `setting` ("", "en", "de"); returns those installed
    (keep them alive; `remove_translators` takes them out again)."""
    language = resolve_language(setting)
    if language == "en":
        return []
    if QLocale().language() != QLocale(language).language():
        # dates and numbers in the language chosen, not the system's
        QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir) and app.installTranslator(qt):
        installed.append(qt)
    own = QTranslator(app)
    if own.load(catalogue_path(language)) and app.installTranslator(own):
        installed.append(own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())

"""The GUI's language: Qt translators for Fieldtag's own texts and Qt's standard ones.

Fieldtag's catalogue is `resources/translations/fieldtag_<lang>.qm` (built by
`.ci/translations`); Qt's own (`qtbase_<lang>.qm`, standard buttons and dialogs) comes from
Qt's translations folder when it is there. English is the source language: it needs none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.errors import FieldtagError, Problem, ValidationError
from app.domain.text import Text, TextList
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


def translated(value: object) -> str:
    """A text of the domain or the services (`app.domain.text.Text`) in the window's
    language: its template through `QCoreApplication.translate`, then its arguments (those
    that are `Text` translated too). Anything else, and a text whose translation does not
    fit its arguments, is shown as it is (English)."""
    if isinstance(value, TextList):
        return translated(value.separator).join(translated(item) for item in value.items)
    if not isinstance(value, Text):
        return str(value)
    template = QCoreApplication.translate(value.context, value.source)
    if value.args is None:
        return template
    args = {
        k: translated(v) if isinstance(v, (Text, TextList)) else v for k, v in value.args.items()
    }
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return str.__str__(value)


def problem_text(problem: Problem) -> str:
    """One problem as a line: "line 4: Serial: is 300 characters long; ..." translated."""
    message = translated(problem.message)
    if problem.field:
        message = QCoreApplication.translate("problems", "{field}: {message}").format(
            field=translated(problem.field), message=message
        )
    if problem.line is not None:
        message = QCoreApplication.translate("problems", "line {line}: {message}").format(
            line=problem.line, message=message
        )
    return message


def error_message(error: BaseException) -> str:
    """What a refusal says, in the window's language (each problem of a ValidationError on
    its own line). Another exception raised with a `Text` (a ValueError a person sees) is
    translated too: its `str()` would be plain English."""
    if isinstance(error, ValidationError) and error.problems:
        return "\n".join(problem_text(p) for p in error.problems)
    if isinstance(error, FieldtagError):
        return translated(error.message)
    if error.args and isinstance(error.args[0], (Text, TextList)):
        return translated(error.args[0])
    return str(error)

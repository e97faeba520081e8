"""The lifecycle's words (app/domain/lifecycle.py) as the window shows them: the state
names and the verbs of the transitions, translated in the "Status" and "Action" contexts.
The domain keeps plain English; the markers below are what `.ci/translations` extracts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.lifecycle import Status

STATE_NAMES = (
    QT_TRANSLATE_NOOP("Status", "Requested"),
    QT_TRANSLATE_NOOP("Status", "Ordered"),
    QT_TRANSLATE_NOOP("Status", "In stock"),
    QT_TRANSLATE_NOOP("Status", "Deployed"),
    QT_TRANSLATE_NOOP("Status", "In maintenance"),
    QT_TRANSLATE_NOOP("Status", "Retired"),
    QT_TRANSLATE_NOOP("Status", "Disposed"),
    QT_TRANSLATE_NOOP("Status", "Missing"),
)
ACTION_VERBS = (
    QT_TRANSLATE_NOOP("Action", "Mark ordered"),
    QT_TRANSLATE_NOOP("Action", "Receive into stock"),
    QT_TRANSLATE_NOOP("Action", "Cancel order"),
    QT_TRANSLATE_NOOP("Action", "Deploy"),
    QT_TRANSLATE_NOOP("Action", "Send to maintenance"),
    QT_TRANSLATE_NOOP("Action", "Retire"),
    QT_TRANSLATE_NOOP("Action", "Return to stock"),
    QT_TRANSLATE_NOOP("Action", "Back to stock"),
    QT_TRANSLATE_NOOP("Action", "Back to user"),
    QT_TRANSLATE_NOOP("Action", "Reuse (back to stock)"),
    QT_TRANSLATE_NOOP("Action", "Dispose"),
    QT_TRANSLATE_NOOP("Action", "Found: back to stock"),
    QT_TRANSLATE_NOOP("Action", "Found: with user"),
    QT_TRANSLATE_NOOP("Action", "Write off (retire)"),
    QT_TRANSLATE_NOOP("Action", "Mark missing"),
    # a correcting status change of a settled conflict (app/services/conflicts.py)
    QT_TRANSLATE_NOOP("Action", "Settle conflict"),
)


def state_name(status: Status | str) -> str:
    """A lifecycle state as shown ("In stock", "Auf Lager"). A state this version does not
    know (written by a newer one) is shown as it is stored."""
    try:
        return QCoreApplication.translate("Status", Status(status).label)
    except ValueError:
        return str(status).replace("_", " ")


def action_verb(action: str) -> str:
    """The verb of a transition ("Deploy") as shown."""
    return QCoreApplication.translate("Action", action)

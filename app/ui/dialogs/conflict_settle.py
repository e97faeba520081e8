"""Settle… one conflict: what happened, the assets as they are now, and the choices of its
kind (app/domain/conflicts.py `CHOICES`), each with the value it needs: a new tag, the state
to set, a new model name, a parent location, what to reassign to. Settling runs on the
database lane as one change (it syncs); a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.lifecycle_text import state_name
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text
from app.ui.problems import problems_label

if TYPE_CHECKING:
    from app.domain.conflicts import Choice
    from app.services.conflicts import ConflictInfo, Settled

CONTEXT = "ConflictChoice"
# the choices' labels and help texts (app/domain/conflicts.py), for pyside6-lupdate
_CHOICE_TEXTS = (
    QT_TRANSLATE_NOOP("ConflictChoice", "Keep as merged"),
    QT_TRANSLATE_NOOP(
        "ConflictChoice",
        "the asset that lost the tag keeps its suffixed tag (print it a new label)",
    ),
    QT_TRANSLATE_NOOP("ConflictChoice", "Give the tag to the other asset"),
    QT_TRANSLATE_NOOP(
        "ConflictChoice",
        "the asset that lost the tag gets it back; the other one takes its suffixed tag",
    ),
    QT_TRANSLATE_NOOP("ConflictChoice", "Type a new tag for the asset that lost it"),
    QT_TRANSLATE_NOOP(
        "ConflictChoice",
        "the asset with the suffixed tag gets the tag you type (unique, like any tag edit)",
    ),
    QT_TRANSLATE_NOOP("ConflictChoice", "Keep the current state"),
    QT_TRANSLATE_NOOP("ConflictChoice", "nothing changes"),
    QT_TRANSLATE_NOOP("ConflictChoice", "Set the other state"),
    QT_TRANSLATE_NOOP(
        "ConflictChoice",
        "the asset goes to the state the other device chose (recorded as a correction)",
    ),
    QT_TRANSLATE_NOOP("ConflictChoice", "Keep both names"),
    QT_TRANSLATE_NOOP("ConflictChoice", "the model created later keeps its suffixed name"),
    QT_TRANSLATE_NOOP("ConflictChoice", "Rename the model created later"),
    QT_TRANSLATE_NOOP("ConflictChoice", "give it a name of its own (unique for its manufacturer)"),
    QT_TRANSLATE_NOOP("ConflictChoice", "Keep it top-level"),
    QT_TRANSLATE_NOOP("ConflictChoice", "the location stays without a parent"),
    QT_TRANSLATE_NOOP("ConflictChoice", "Choose its parent"),
    QT_TRANSLATE_NOOP("ConflictChoice", "put the location inside another one (not inside itself)"),
    QT_TRANSLATE_NOOP("ConflictChoice", "Keep it"),
    QT_TRANSLATE_NOOP("ConflictChoice", "it stays, as the assets still use it"),
    QT_TRANSLATE_NOOP("ConflictChoice", "Reassign what uses it, then delete it"),
    QT_TRANSLATE_NOOP("ConflictChoice", "the assets using it go to another one you choose"),
    QT_TRANSLATE_NOOP("ConflictChoice", "Acknowledge"),
    QT_TRANSLATE_NOOP("ConflictChoice", "nothing changes; your note is kept with it"),
)


def choice_text(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SettleDialog(QDialog):
    """Settle one conflict; emits `settled` with the service's `Settled` once it is saved."""

    settled = Signal(object)  # Settled

    def __init__(self, lane: DbLane, info: ConflictInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.info = info
        self.setWindowTitle(self.tr("Settle conflict"))
        self.setMinimumWidth(560)

        from app.ui.pages.conflicts import summary_shown

        summary = QLabel(_html(summary_shown(info)), self)
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setAccessibleName(self.tr("What happened"))
        lines = [
            self.tr("{0} ({1}): {2}").format(_html(a.tag), _html(a.name), state_name(a.status))
            if a.name
            else self.tr("{0}: {1}").format(_html(a.tag), state_name(a.status))
            for a in info.assets
        ]
        assets = QLabel(self.tr("Now: {0}").format("; ".join(lines)) if lines else "", self)
        assets.setWordWrap(True)
        assets.setVisible(bool(lines))

        box = QGroupBox(self.tr("How to settle it"), self)
        form = QFormLayout(box)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.inputs: dict[str, QWidget] = {}
        for i, choice in enumerate(info.choices):
            radio = QRadioButton(f"&{i + 1} " + choice_text(choice.label), box)
            radio.setToolTip(choice_text(choice.help))
            radio.setAccessibleDescription(choice_text(choice.help))
            self.group.addButton(radio, i)
            self.radios[choice.key] = radio
            hint = QLabel(choice_text(choice.help), box)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text);")
            hint.setContentsMargins(24, 0, 0, 4)
            form.addRow(radio)
            form.addRow(hint)
            if choice.needs:
                widget = self._input(choice)
                self.inputs[choice.key] = widget
                form.addRow(self._input_label(choice.needs), widget)
        self.group.idToggled.connect(self._toggled)

        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: why (kept with the settlement)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        note_form = QFormLayout()
        note_form.addRow(self.tr("&Note:"), self.note)

        self.message = problems_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Settle"))
        self.buttons.accepted.connect(self.settle)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(assets)
        layout.addWidget(box)
        layout.addLayout(note_form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if info.choices:
            self.radios[info.choices[0].key].setChecked(True)
        self._toggled(0, True)
        self._load_options()

    # ------------------------------------------------------------------- inputs

    def _input_label(self, needs: str) -> str:
        return {
            "tag": self.tr("New &tag:"),
            "state": self.tr("S&tate:"),
            "name": self.tr("New &name:"),
            "parent": self.tr("&Parent:"),
            "to": self.tr("Reassign &to:"),
        }.get(needs, needs)

    def _input(self, choice: Choice) -> QWidget:
        if choice.needs in ("tag", "name"):
            edit = QLineEdit(self)
            edit.setAccessibleName(self.tr("New tag") if choice.needs == "tag" else
                                   self.tr("New name"))  # fmt: skip
            if choice.needs == "name":
                edit.setText(str(self.info.details.get("name", "")))
            return edit
        combo = QComboBox(self)
        if choice.needs == "state":
            combo.setAccessibleName(self.tr("State"))
            current = self.info.assets[0].status if self.info.assets else ""
            for ev in self.info.details.get("events", []):
                target = str(ev.get("target", ""))
                if combo.findData(target) < 0:
                    text = self.tr("{0} (on {1})").format(state_name(target), ev.get("device", ""))
                    combo.addItem(text, target)
            others = [i for i in range(combo.count()) if combo.itemData(i) != current]
            if others:
                combo.setCurrentIndex(others[0])
            return combo
        combo.setAccessibleName(self.tr("Parent") if choice.needs == "parent" else
                                self.tr("Reassign to"))  # fmt: skip
        combo.addItem(self.tr("Loading…"), None)
        combo.setEnabled(False)
        return combo

    def _load_options(self) -> None:
        """The locations (parent) or the models / locations / people (reassign) to choose."""
        wanted = [c for c in self.info.choices if c.needs in ("parent", "to")]
        if not wanted:
            return
        entity = "location" if wanted[0].needs == "parent" else str(
            self.info.details.get("entity") or self.info.entity)  # fmt: skip
        skip = str(self.info.details.get("id") or self.info.details.get("location_id") or
                   self.info.entity_id)  # fmt: skip

        def fetch(ctx: Any) -> list[tuple[str, str]]:
            from app.services import catalog

            if entity == "location":
                return [(x.id, x.path) for x in catalog.list_locations(ctx)]
            if entity == "person":
                return [(x.id, x.name) for x in catalog.list_people(ctx, include_inactive=False)]
            return [(x.id, f"{x.manufacturer} {x.name}") for x in catalog.list_models(ctx)]

        def show(options: list[tuple[str, str]]) -> None:
            combo = self.inputs[wanted[0].key]
            assert isinstance(combo, QComboBox)
            combo.clear()
            preferred = self.info.details.get("parent_id")
            for entity_id, text in options:
                if entity_id != skip:
                    combo.addItem(text, entity_id)
            if isinstance(preferred, str) and combo.findData(preferred) >= 0:
                combo.setCurrentIndex(combo.findData(preferred))
            combo.setEnabled(True)
            self._toggled(self.group.checkedId(), True)

        QueryOp(self.lane, fetch, success=show, owner=self).run()

    @Slot(int, bool)
    def _toggled(self, _id: int, _checked: bool) -> None:
        chosen = self.chosen()
        for key, widget in self.inputs.items():
            loading = isinstance(widget, QComboBox) and widget.currentData() is None and (
                widget.count() == 1)  # fmt: skip
            widget.setEnabled(key == (chosen.key if chosen else None) and not loading)

    def chosen(self) -> Choice | None:
        i = self.group.checkedId()
        return self.info.choices[i] if 0 <= i < len(self.info.choices) else None

    def settlement(self) -> Any:
        from app.services.conflicts import Settlement

        choice = self.chosen()
        assert choice is not None
        widget = self.inputs.get(choice.key)
        value: str | None = None
        if isinstance(widget, QLineEdit):
            value = widget.text().strip()
        elif isinstance(widget, QComboBox):
            data = widget.currentData()
            value = data if isinstance(data, str) else None
        return Settlement(
            choice.key, note=self.note.toPlainText().strip(),
            tag=value if choice.needs == "tag" else None,
            state=value if choice.needs == "state" else None,
            name=value if choice.needs == "name" else None,
            parent_id=value if choice.needs == "parent" else None,
            to_id=value if choice.needs == "to" else None,
        )  # fmt: skip

    # ------------------------------------------------------------------- settling

    @Slot()
    def settle(self) -> None:
        from app.services import conflicts

        if self.chosen() is None:
            self._problem(self.tr("Choose how to settle it."))
            return
        settlement = self.settlement()
        conflict_id = self.info.id
        self.ok.setEnabled(False)
        CollectionOp(
            self.lane, lambda ctx: conflicts.settle_conflict(ctx, conflict_id, settlement),
            success=self._done, failure=self._failed, owner=self, label="conflict settled",
        ).run()  # fmt: skip

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.ok.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._problem(error_text(error))

    def _done(self, settled: Settled) -> None:
        self.settled.emit(settled)
        self.accept()

"""Asks what a lifecycle action needs: who receives the asset and/or where it goes, a note.

Deploy ("needs a person or a location") offers both; Mark missing requires a note saying
where the asset was last seen; Dispose asks for confirmation with an optional note.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.lifecycle import Status, TransitionRequest
from app.services import catalog
from app.services.dto import ActionInfo, AssetDetail, LocationInfo, PersonInfo
from app.ui.lifecycle_text import action_verb, state_name
from app.ui.operations import DbLane, QueryOp


@dataclass(frozen=True)
class Targets:
    people: list[PersonInfo]
    locations: list[LocationInfo]


class TransitionDialog(QDialog):
    """Collects a `TransitionRequest`; emits `chosen` with it when confirmed."""

    chosen = Signal(object)  # TransitionRequest

    def __init__(
        self, lane: DbLane, detail: AssetDetail, action: ActionInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.detail = detail
        self.action = action
        self.setWindowTitle(self.tr("{0}: {1}").format(action_verb(action.label), detail.tag))
        self.setMinimumWidth(420)

        intro = QLabel(self)
        intro.setWordWrap(True)
        if action.needs_target:
            intro.setText(
                self.tr("Who receives {0}, or where is it installed? Choose a person, a "
                        "location or both.").format(detail.tag)
            )  # fmt: skip
        elif action.target is Status.DISPOSED:
            intro.setText(
                self.tr("Dispose of {0}? A disposed asset has left the organisation; its "
                        "record stays as history.").format(detail.tag)
            )  # fmt: skip
        else:
            intro.setText(self.tr("{0} becomes {1}.").format(detail.tag, state_name(action.target)))

        form = QFormLayout()
        self.person_combo: QComboBox | None = None
        self.location_combo: QComboBox | None = None
        if action.needs_target:
            self.person_combo = QComboBox(self)
            self.person_combo.setAccessibleName(self.tr("Person"))
            self.location_combo = QComboBox(self)
            self.location_combo.setAccessibleName(self.tr("Location"))
            for combo in (self.person_combo, self.location_combo):
                combo.addItem(self.tr("Loading…"), None)
                combo.setEnabled(False)
                combo.currentIndexChanged.connect(self._update_ok)
            form.addRow(self.tr("&Person:"), self.person_combo)
            form.addRow(self.tr("&Location:"), self.location_combo)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        if action.needs_note:
            self.note.setPlaceholderText(self.tr("Required: where was it last seen?"))
        else:
            self.note.setPlaceholderText(self.tr("Optional"))
        self.note.textChanged.connect(self._update_ok)
        form.addRow(self.tr("&Note:"), self.note)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action_verb(action.label))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        if action.needs_target:
            QueryOp(lane, self._fetch, success=self._targets_arrived, owner=self).run()
        self._update_ok()

    @staticmethod
    def _fetch(ctx: Any) -> Targets:
        return Targets(
            catalog.list_people(ctx, include_inactive=False), catalog.list_locations(ctx)
        )

    def _targets_arrived(self, targets: Targets) -> None:
        assert self.person_combo is not None and self.location_combo is not None
        d = self.detail
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(
            self.tr("(keep: {0})").format(d.assignee) if d.assignee else self.tr("(nobody)"), None
        )
        for person in targets.people:
            extra = f" ({person.department})" if person.department else ""
            self.person_combo.addItem(person.name + extra, person.id)
        self.person_combo.blockSignals(False)
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        self.location_combo.addItem(
            self.tr("(keep: {0})").format(d.location) if d.location else self.tr("(none)"), None
        )
        for loc in targets.locations:
            self.location_combo.addItem(loc.path, loc.id)
        self.location_combo.blockSignals(False)
        self.person_combo.setEnabled(True)
        self.location_combo.setEnabled(True)
        self._update_ok()

    def request(self) -> TransitionRequest:
        return TransitionRequest(
            assignee_id=self.person_combo.currentData() if self.person_combo else None,
            location_id=self.location_combo.currentData() if self.location_combo else None,
            note=self.note.toPlainText().strip(),
        )

    def problem(self) -> str:
        """Why the action cannot be confirmed yet ("" when it can)."""
        req = self.request()
        if self.action.needs_note and not req.note:
            return self.tr("Say where it was last seen.")
        if self.action.needs_target:
            assert self.person_combo is not None
            if not self.person_combo.isEnabled():
                return self.tr("Loading people and locations…")
            has = req.assignee_id or req.location_id
            if not has and not (self.detail.assignee_id or self.detail.location_id):
                return self.tr("Choose who receives it or where it is installed.")
        return ""

    @Slot()
    def _update_ok(self) -> None:
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))

    def accept(self) -> None:
        if self.problem():
            return
        self.chosen.emit(self.request())
        super().accept()

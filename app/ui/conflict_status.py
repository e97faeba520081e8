"""The number of open conflicts in the status bar ("2 conflicts", a link that opens the
Conflicts page); hidden when there are none. Read on the database lane at start, after
every change of the store (a sync that applied something, a settlement) and after each
sync."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.operations import DbLane, QueryOp


class ConflictsLink(QLabel):
    """ "N conflicts" as a link (keyboard-accessible); `activated` when followed."""

    activated = Signal()

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.open_count = 0
        self.setAccessibleName(self.tr("Open conflicts"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setContentsMargins(0, 0, 12, 0)
        self.setToolTip(self.tr("Conflicts sync found between devices: open the Conflicts "
                                "page to settle them"))  # fmt: skip
        self.linkActivated.connect(lambda _href: self.activated.emit())
        lane.changed.connect(lambda _label: self.refresh())
        self.hide()

    @Slot()
    def refresh(self) -> None:
        def read(ctx: Any) -> int:
            from app.services.conflicts import open_count

            return open_count(ctx)

        QueryOp(self.lane, read, success=self.show_count, owner=self).run()

    @Slot(object)
    def after_sync(self, view: Any) -> None:
        if not getattr(view, "syncing", True):
            self.refresh()

    def show_count(self, n: int) -> None:
        self.open_count = n
        text = self.tr("1 conflict") if n == 1 else self.tr("{0} conflicts").format(n)
        self.setText(f'<a href="#conflicts">⚠ {text}</a>')
        self.setVisible(n > 0)


def install(window: Any, controller: Any) -> ConflictsLink:
    """The link in the window's status bar; it opens the Conflicts page."""
    link = ConflictsLink(window.lane, window)
    window.statusBar().addPermanentWidget(link)
    link.activated.connect(lambda: window.show_page_titled("Conflicts"))
    controller.state_changed.connect(link.after_sync)
    window.conflicts_link = link
    return link

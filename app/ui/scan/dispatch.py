"""Where a scan goes.

Every scan, from the camera, a keyboard-wedge scanner or typed into the scanner panel,
enters through `ScanDispatcher.submit`. The dispatcher understands the code once (tag,
label payload, serial) and offers it to the handlers, newest first; the first that takes
it ends the search. The asset opener is at the bottom of the stack; a checklist or a
count that is open pushes itself on top while it is shown and pops itself after, so it
receives the scans without the scanner code knowing it exists:

    class CountPage(QWidget):
        def showEvent(self, e):  dispatcher.push(self)
        def hideEvent(self, e):  dispatcher.remove(self)
        def handle_scan(self, scan: ScanInput) -> bool: ...  # True: taken
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Literal, Protocol

from PySide6.QtCore import QObject, Signal

from app.domain.tags import TagConfig, TagRead, parse_scan
from app.log import get_logger
from app.ui.i18n import translated

log = get_logger("scan")

ScanSource = Literal["camera", "wedge", "manual"]
_serial = itertools.count(1)


@dataclass(frozen=True)
class ScanInput:
    """One scan on its way to a handler."""

    text: str
    source: ScanSource
    read: TagRead
    format: str = ""  # the symbology ("QRCode", "Code128", ...); "" for wedge and typed
    at: dt.datetime = field(default_factory=dt.datetime.now)
    number: int = field(default_factory=lambda: next(_serial))


class ScanHandler(Protocol):
    def handle_scan(self, scan: ScanInput) -> bool:
        """Act on the scan and return True, or return False to pass it on."""
        ...


class ScanDispatcher(QObject):
    # every scan, before it is handled (the scanner panel lists them)
    scanned = Signal(object)  # ScanInput
    # (scan, what became of it, sound cue "ok" | "unknown" | "refused"),
    # e.g. "opened IT-0042", "no asset with this tag"
    outcome = Signal(object, str, str)

    def __init__(self, config: TagConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self._handlers: list[ScanHandler] = []

    def push(self, handler: ScanHandler) -> None:
        """Put `handler` on top (moving it there if it is already in the stack)."""
        if handler in self._handlers:
            self._handlers.remove(handler)
        self._handlers.append(handler)

    def remove(self, handler: ScanHandler) -> None:
        if handler in self._handlers:
            self._handlers.remove(handler)

    @property
    def handlers(self) -> tuple[ScanHandler, ...]:
        return tuple(self._handlers)

    def submit(
        self, text: str, source: ScanSource, *, format: str = "", binary: bool = False
    ) -> ScanInput:
        read = parse_scan(text, self.config, format=format, binary=binary)
        scan = ScanInput(read.text, source, read, format)
        log.info("scan %s via %s: %r (%s)", scan.number, source, read.text[:80], read.kind)
        self.scanned.emit(scan)
        for handler in reversed(self._handlers):
            if handler.handle_scan(scan):
                return scan
        self.report(scan, self.tr("nothing in this window takes scans"), "refused")
        return scan

    def report(self, scan: ScanInput, what: str, cue: str = "ok") -> None:
        """A handler says what became of a scan: shown in the panel and the status bar,
        and heard (`cue`: "ok", "unknown" for a tag not in the store, "refused")."""
        self.outcome.emit(scan, translated(what), cue)

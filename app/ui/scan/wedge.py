"""USB keyboard-wedge barcode scanners: a fast burst of keys ending in Enter is a scan.

A wedge scanner types the code it reads as key presses, a few milliseconds apart, and
ends with Enter (or Tab, if it is set up so). `WedgeFilter` is an event filter on the
whole application, so it sees the key presses of every widget, page and dialog:

    wedge = WedgeFilter(max_gap_ms=40, min_length=3, parent=window)
    wedge.scanned.connect(dispatcher_slot)       # the code, prefix and suffix stripped
    wedge.interrupted.connect(window.show_status)
    app.installEventFilter(wedge)

Telling a scan from typing without losing the typing: a printable key press is held back
(not delivered) while the keys come closer than `max_gap_ms` to each other. When Enter
ends such a burst of at least `min_length` characters, the burst is a scan: `scanned` is
emitted and none of its keys reaches a widget. Otherwise (the keys stop, a key comes
slowly, another key such as an arrow or a shortcut comes, or Enter ends a burst that is
too short) the held keys are delivered, in order, to the widgets they were meant for, so
typing still works, at most `max_gap_ms` late. A release is never delivered without its
press.

A burst is never reported in part: when the focus moves in the middle of a burst, its
keys are dropped, the rest of it (up to a pause or its Enter) is ignored and `interrupted`
tells the person to scan again. The same happens when part of a burst was already
delivered as typing (the app was too busy to see that the keys belonged together).

Shortcuts: Qt asks the focus widget whether a key is a shortcut (ShortcutOverride) before
the press. Inside a burst the filter answers "no", so a scanned character or the Enter of
a scan never triggers a shortcut; before a key that may be a shortcut, the held keys are
delivered, so the shortcut acts on what was typed before it. Password fields (input
method hint ImhHiddenText or ImhSensitiveData) are left alone: typing there is never held
back nor taken for a scan.

Time: gaps are measured with the windowing system's timestamps of the key events when
both keys carry one, so keys that queue up while the GUI thread is busy keep their real
spacing (a person typing during a stall is not taken for a scanner, a scanner burst is not
split); otherwise with `clock` (time.monotonic, injectable for tests) when the filter sees
the key. Synthetic events (tests, the benchmark) have no timestamp.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMetaObject,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.log import get_logger

log = get_logger("scan")

DEFAULT_MAX_GAP_MS = 40
DEFAULT_MIN_LENGTH = 3
MAX_GAP_LIMIT_MS = 1000
# The release of a key whose press was swallowed is swallowed too, if it comes within this
# long (a release that went to another application must not eat a later one).
_RELEASE_MEMORY_S = 2.0

_KEY_PRESS = QEvent.Type.KeyPress
_KEY_RELEASE = QEvent.Type.KeyRelease
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
_KEY_TYPES = frozenset({_KEY_PRESS, _KEY_RELEASE, _SHORTCUT_OVERRIDE})

_ENTER_KEYS = frozenset({int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter)})
_TAB = int(Qt.Key.Key_Tab)
# Keys that change what other keys type; they pass through and do not end a burst
# (a scanner presses Shift for every capital letter).
_MODIFIER_KEYS = frozenset(
    int(k)
    for k in (
        Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Mode_switch,
    )
)  # fmt: skip
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_SHORTCUT_MODIFIERS = _CTRL | _ALT | Qt.KeyboardModifier.MetaModifier
# Password fields: what is typed there is never held back, never taken for a scan (which
# would put a password into the scan log) and never logged.
_SECRET_HINTS = Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData


class _Kind(Enum):
    TEXT = auto()  # a printable character, typed without Ctrl/Alt/Meta
    TERMINATOR = auto()  # Enter/Return (and Tab, if it ends scans)
    MODIFIER = auto()  # Shift, Ctrl, ... on their own
    OTHER = auto()  # shortcuts, arrows, F-keys, Escape, Backspace, autorepeat


@dataclass(frozen=True)
class _Stamp:
    """When a key was pressed: the event's own timestamp (ms, 0 when it has none) and the
    clock when the filter saw it (None: too long ago to matter)."""

    ts: int
    clock: float | None


@dataclass
class _Held:
    """A key press held back, with what it takes to deliver it later."""

    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    autorepeat: bool
    native_scan_code: int
    native_virtual_key: int
    native_modifiers: int
    timestamp: int
    count: int
    released: bool = False  # its release came (and was swallowed)

    @classmethod
    def of(cls, receiver: QWidget, event: QKeyEvent) -> _Held:
        return cls(
            receiver, event.key(), event.modifiers(), event.text(), event.isAutoRepeat(),
            event.nativeScanCode(), event.nativeVirtualKey(), event.nativeModifiers(),
            event.timestamp(), event.count(),
        )  # fmt: skip

    def event(self, kind: QEvent.Type) -> QKeyEvent:
        copy = QKeyEvent(
            kind, self.key, self.modifiers, self.native_scan_code, self.native_virtual_key,
            self.native_modifiers, self.text, self.autorepeat, self.count,
        )  # fmt: skip
        copy.setTimestamp(self.timestamp)
        return copy


class WedgeFilter(QObject):
    """Application-wide event filter that turns keyboard-wedge bursts into `scanned`."""

    # the scanned code, prefix and suffix stripped; never empty
    scanned = Signal(str)
    # a message for the status bar: a scan was lost and must be scanned again
    interrupted = Signal(str)

    def __init__(
        self,
        *,
        max_gap_ms: int = DEFAULT_MAX_GAP_MS,
        min_length: int = DEFAULT_MIN_LENGTH,
        prefix: str = "",
        suffix: str = "",
        enabled: bool = True,
        tab_ends_scan: bool = True,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        _check(max_gap_ms, min_length)
        self._max_gap_ms = max_gap_ms
        self._min_length = min_length
        self._prefix = prefix
        self._suffix = suffix
        self._enabled = enabled
        self._tab_ends_scan = tab_ends_scan
        self._clock = clock

        self._held: list[_Held] = []
        self._last: _Stamp | None = None  # the last printable key of the current run
        self._ignoring = False  # swallowing the rest of an interrupted burst
        self._run_typed = 0  # characters of the current run already delivered as typing
        self._run_typed_why = ""
        self._swallow_releases: list[tuple[int, float]] = []  # (key, clock)
        self._replaying: list[QKeyEvent] = []
        self._generation = 0  # counts printable key presses, to see a burst go on
        self._timed_out_at = -1
        self._after_focus_pending = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max_gap_ms)
        self._timer.timeout.connect(self._timed_out)

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("WedgeFilter needs a QApplication")
        app.focusChanged.connect(self._focus_changed)

    # ------------------------------------------------------------------ settings

    @property
    def max_gap_ms(self) -> int:
        return self._max_gap_ms

    @property
    def min_length(self) -> int:
        return self._min_length

    @property
    def prefix(self) -> str:
        return self._prefix

    @property
    def suffix(self) -> str:
        return self._suffix

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def tab_ends_scan(self) -> bool:
        return self._tab_ends_scan

    def configure(
        self,
        *,
        max_gap_ms: int | None = None,
        min_length: int | None = None,
        prefix: str | None = None,
        suffix: str | None = None,
        enabled: bool | None = None,
        tab_ends_scan: bool | None = None,
    ) -> None:
        """Change the settings given (None: unchanged). A bad value changes nothing."""
        _check(
            self._max_gap_ms if max_gap_ms is None else max_gap_ms,
            self._min_length if min_length is None else min_length,
        )
        if max_gap_ms is not None:
            self._max_gap_ms = max_gap_ms
            self._timer.setInterval(max_gap_ms)
        if min_length is not None:
            self._min_length = min_length
        if prefix is not None:
            self._prefix = prefix
        if suffix is not None:
            self._suffix = suffix
        if tab_ends_scan is not None:
            self._tab_ends_scan = tab_ends_scan
        if enabled is not None and enabled != self._enabled:
            self._break_run()  # whatever is held is typing
            self._enabled = enabled

    # ------------------------------------------------------------------ the filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in _KEY_TYPES:
            return False
        # Key events reach the application's filters at the window (QWindow) first and
        # then at the focus widget, and again at each parent the event propagates to.
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if self._replaying and self._is_replay(event):
            return False
        if self._after_focus_pending:
            self._after_focus()
        if etype == _KEY_RELEASE:
            swallow = self._release(event)
        elif etype == _KEY_PRESS:
            swallow = self._press(watched, event)
        else:
            swallow = self._shortcut_override(watched, event)
        if swallow:
            event.accept()
        return swallow

    def _is_replay(self, event: QKeyEvent) -> bool:
        """One of the key events this filter is delivering, or the ShortcutOverride Qt
        sends ahead of it."""
        top = self._replaying[-1]
        if event.type() == _SHORTCUT_OVERRIDE:
            return event.key() == top.key()
        return any(event is mine for mine in self._replaying)

    def _kind(self, event: QKeyEvent) -> _Kind:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return _Kind.MODIFIER
        if event.isAutoRepeat():
            return _Kind.OTHER  # a key held down: a person, never a scanner
        mods = event.modifiers()
        if key in _ENTER_KEYS or (key == _TAB and self._tab_ends_scan):
            return _Kind.OTHER if mods & _SHORTCUT_MODIFIERS else _Kind.TERMINATOR
        text = event.text()
        if not text or not text.isprintable():
            return _Kind.OTHER
        if mods & _SHORTCUT_MODIFIERS and (mods & (_CTRL | _ALT)) != (_CTRL | _ALT):
            return _Kind.OTHER  # a shortcut; Ctrl+Alt with text is AltGr on Windows
        return _Kind.TEXT

    def _stamp(self, event: QKeyEvent) -> _Stamp:
        return _Stamp(event.timestamp(), self._clock())

    def _is_fast(self, stamp: _Stamp) -> bool:
        """Whether this key follows the last printable key closer than max_gap_ms."""
        last = self._last
        if last is None:
            return False
        if last.ts and stamp.ts and stamp.ts >= last.ts:
            gap_s = (stamp.ts - last.ts) / 1000
        elif last.clock is None or stamp.clock is None:
            return False
        else:
            gap_s = stamp.clock - last.clock
        return gap_s < self._max_gap_ms / 1000

    # ------------------------------------------------------------------ key presses

    def _press(self, receiver: QWidget, event: QKeyEvent) -> bool:
        kind = self._kind(event)
        if kind is _Kind.MODIFIER or not self._enabled:
            return False
        if receiver.inputMethodHints() & _SECRET_HINTS:
            self._break_run()
            return False
        if kind is _Kind.TEXT:
            return self._text_key(receiver, event)
        if kind is _Kind.TERMINATOR:
            return self._terminator(event)
        self._break_run()  # a shortcut, an arrow, ...: what is held is typing
        return False

    def _text_key(self, receiver: QWidget, event: QKeyEvent) -> bool:
        stamp = self._stamp(event)
        fast = self._is_fast(stamp)
        self._generation += 1
        if self._ignoring:
            if fast:  # the rest of an interrupted burst
                self._last = stamp
                self._remember_release(event.key())
                self._timer.start()
                return True
            self._ignoring = False
        if not fast:  # a new run: what is held was typing
            self._type_out()
            self._run_typed = 0
        self._held.append(_Held.of(receiver, event))
        self._last = stamp
        self._timer.start()
        return True

    def _terminator_outcome(self, stamp: _Stamp) -> str:
        """What Enter (or Tab) at `stamp` does: "scan", "drop" (a burst part of which was
        typed), "ignore" (the end of an interrupted burst) or "pass" (typing)."""
        fast = self._is_fast(stamp)
        if self._ignoring:
            return "ignore" if fast else "pass"
        chars = self._run_typed + sum(len(h.text) for h in self._held)
        if fast and chars >= self._min_length:
            return "drop" if self._run_typed else "scan"
        return "pass"

    def _terminator(self, event: QKeyEvent) -> bool:
        outcome = self._terminator_outcome(self._stamp(event))
        if outcome == "pass":
            self._break_run()
            return False
        held, self._held = self._held, []
        why = self._run_typed_why
        self._end_run()
        self._remember_release(event.key())
        for h in held:
            if not h.released:
                self._remember_release(h.key)
        if outcome == "scan":
            self._scan("".join(h.text for h in held))
        elif outcome == "drop":
            log.info("wedge: dropped a burst that was partly delivered as typing (%s)", why)
            self.interrupted.emit(self._message(why))
        return True

    def _scan(self, raw: str) -> None:
        text = raw
        if self._prefix and text.startswith(self._prefix):
            text = text[len(self._prefix) :]
        if self._suffix and text.endswith(self._suffix):
            text = text[: -len(self._suffix)]
        if not text:
            log.info("wedge: a scan held nothing but the prefix and suffix: %r", raw)
            self.interrupted.emit(
                self.tr(
                    "The scanner sent no code between its prefix and suffix; scan the tag again."
                )
            )
            return
        self.scanned.emit(text)

    def _shortcut_override(self, receiver: QWidget, event: QKeyEvent) -> bool:
        """Before a key press, Qt asks whether the key is a shortcut (the press does not
        come when it is). Inside a burst it is not: a scanned character must not trigger a
        single-key shortcut, nor the Enter that ends a scan a Return shortcut (accepting
        the override says so). A key that may be a shortcut first delivers what is held,
        so the shortcut acts on the text typed before it."""
        if not self._enabled:
            return False
        kind = self._kind(event)
        if kind is _Kind.MODIFIER:
            return False
        if receiver.inputMethodHints() & _SECRET_HINTS:
            self._break_run()
            return False
        stamp = self._stamp(event)
        if kind is _Kind.TEXT:
            if self._is_fast(stamp):
                return True
            self._type_out()  # the press (if it comes) starts a new run
            return False
        if kind is _Kind.TERMINATOR and self._terminator_outcome(stamp) != "pass":
            return True
        self._break_run()
        return False

    # ------------------------------------------------------------------ key releases

    def _release(self, event: QKeyEvent) -> bool:
        key = event.key()
        for h in self._held:
            if h.key == key and not h.released:
                h.released = True
                return True
        if self._swallow_releases:
            horizon = self._clock() - _RELEASE_MEMORY_S
            self._swallow_releases = [(k, t) for k, t in self._swallow_releases if t >= horizon]
            for i, (k, _t) in enumerate(self._swallow_releases):
                if k == key:
                    del self._swallow_releases[i]
                    return True
        return False

    def _remember_release(self, key: int) -> None:
        """The press of `key` was swallowed: swallow its release too."""
        self._swallow_releases.append((key, self._clock()))

    # ------------------------------------------------------------------ ends of bursts

    @Slot()
    def _timed_out(self) -> None:
        # Key events that queued up while the GUI thread was busy may still be waiting
        # behind this timer; decide once they have been seen.
        self._timed_out_at = self._generation
        QMetaObject.invokeMethod(self, "_settle", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _settle(self) -> None:
        if self._generation != self._timed_out_at or self._timer.isActive():
            return  # the burst went on
        if self._after_focus_pending:
            self._after_focus()
        self._ignoring = False
        if self._held:
            chars = sum(len(h.text) for h in self._held)
            self._type_out()
            self._run_typed += chars
            self._run_typed_why = "busy"
        if self._last is not None:
            # The timer says the pause was long by the clock; only the keys' own
            # timestamps can still show that the next key belongs to this run.
            self._last = _Stamp(self._last.ts, None)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not self._held:
            return
        if len(self._held) == 1:
            # One key: typing, for the widget it went to. Delivered once the focus change
            # is over (the widget may be losing the focus because it is being deleted),
            # before any other key.
            if not self._after_focus_pending:
                self._after_focus_pending = True
                QMetaObject.invokeMethod(self, "_after_focus", Qt.ConnectionType.QueuedConnection)
            return
        held, self._held = self._held, []
        for h in held:
            if not h.released:
                self._remember_release(h.key)
        self._ignoring = True
        self._run_typed = 0
        log.info("wedge: a burst of %d keys was interrupted by a focus change", len(held))
        self.interrupted.emit(self._message("focus"))

    @Slot()
    def _after_focus(self) -> None:
        if not self._after_focus_pending:
            return
        self._after_focus_pending = False
        if self._held:
            chars = sum(len(h.text) for h in self._held)
            self._type_out()
            self._run_typed += chars
            self._run_typed_why = "focus"

    def _message(self, why: str) -> str:
        if why == "focus":
            return self.tr("A scan was interrupted when the focus moved; scan the tag again.")
        return self.tr("A scan was not read completely (the app was busy); scan the tag again.")

    def _break_run(self) -> None:
        """A key that is neither text nor the end of a scan, or a change of settings:
        deliver what is held as typing and start afresh."""
        self._type_out()
        self._end_run()

    def _end_run(self) -> None:
        self._timer.stop()
        self._last = None
        self._ignoring = False
        self._run_typed = 0
        self._run_typed_why = ""

    def _type_out(self) -> None:
        """Deliver the held keys, in order, to the widgets they were meant for."""
        held, self._held = self._held, []
        for h in held:
            if not shiboken6.isValid(h.receiver):
                log.info("wedge: a key held for a widget that no longer exists was dropped")
                if not h.released:
                    self._remember_release(h.key)
                continue
            self._send(h.receiver, h.event(_KEY_PRESS))
            if h.released:
                self._send(h.receiver, h.event(_KEY_RELEASE))
            # else the real release comes later and passes through

    def _send(self, receiver: QWidget, event: QKeyEvent) -> None:
        self._replaying.append(event)
        try:
            QCoreApplication.sendEvent(receiver, event)
        finally:
            self._replaying.pop()


def _check(max_gap_ms: int, min_length: int) -> None:
    if not 1 <= max_gap_ms <= MAX_GAP_LIMIT_MS:
        raise ValueError(
            f"the scanner key gap must be 1 to {MAX_GAP_LIMIT_MS} ms, not {max_gap_ms}"
        )
    if min_length < 1:
        raise ValueError(f"a scan must be at least 1 character long, not {min_length}")

"""Keyboard-wedge scanners: a fast burst of keys ending in Enter is a scan, typing is typing.

The filter's clock is a fake one that only moves when a test says so, so the timing of a
burst does not depend on the machine. Where the filter's own timer must fire (keys held
back and then typed out), the tests wait for it with generous bounds.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.scan.wedge import WedgeFilter

SCANNER_GAP_MS = 4  # a scanner: a key every few milliseconds
PERSON_GAP_MS = 150  # a person typing
FOCUS_MESSAGE = "A scan was interrupted when the focus moved; scan the tag again."


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000


class Recorder(QObject):
    """What key events a widget itself receives (an event filter on the widget runs after
    the application's)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.events: list[tuple[str, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            kind = "press" if event.type() == QEvent.Type.KeyPress else "release"
            self.events.append((kind, event.text() or Qt.Key(event.key()).name))
        return False


class Keyboard:
    """Sends key presses and releases to the focus widget, as the window system does,
    moving the fake clock between presses."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock

    def send(self, kind: QEvent.Type, key: int, text: str = "", mods=None, ts: int = 0) -> None:  # type: ignore[no-untyped-def]
        mods = Qt.KeyboardModifier.NoModifier if mods is None else mods
        event = QKeyEvent(kind, key, mods, text)
        event.setTimestamp(ts)
        target = QApplication.focusWidget() or QApplication.activeWindow()
        if target is not None:  # None: a dialog closed on the press
            QApplication.sendEvent(target, event)

    def char(self, c: str, gap_ms: float, ts: int = 0, *, release: bool = True) -> None:
        self.clock.advance(gap_ms)
        key = ord(c.upper())
        mods = Qt.KeyboardModifier.ShiftModifier if c.isupper() else None
        self.send(QEvent.Type.KeyPress, key, c, mods, ts)
        if release:
            self.send(QEvent.Type.KeyRelease, key, c, mods, ts)

    def key(self, key: Qt.Key, gap_ms: float, mods=None, ts: int = 0) -> None:  # type: ignore[no-untyped-def]
        self.clock.advance(gap_ms)
        text = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Tab: "\t"}.get(key, "")
        self.send(QEvent.Type.KeyPress, key, text, mods, ts)
        self.send(QEvent.Type.KeyRelease, key, text, mods, ts)

    def type(self, text: str, gap_ms: float) -> None:
        for c in text:
            self.char(c, gap_ms)

    def scan(self, code: str, terminator: Qt.Key = Qt.Key.Key_Return) -> None:
        self.type(code, SCANNER_GAP_MS)
        self.key(terminator, SCANNER_GAP_MS)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keyboard(clock: FakeClock) -> Keyboard:
    return Keyboard(clock)


@pytest.fixture
def wedge(qapp: QApplication, clock: FakeClock) -> Iterator[WedgeFilter]:
    wedge = WedgeFilter(clock=clock)
    qapp.installEventFilter(wedge)
    yield wedge
    qapp.removeEventFilter(wedge)


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.a = QLineEdit(self)
        self.b = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.a)
        layout.addWidget(self.b)
        self.returns: list[str] = []  # the text of `a` each time it got Enter
        self.a.returnPressed.connect(lambda: self.returns.append(self.a.text()))


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    window = Window()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.a.setFocus()
    assert QApplication.focusWidget() is window.a
    return window


@pytest.fixture
def scans(wedge: WedgeFilter) -> list[str]:
    out: list[str] = []
    wedge.scanned.connect(out.append)
    return out


@pytest.fixture
def messages(wedge: WedgeFilter) -> list[str]:
    out: list[str] = []
    wedge.interrupted.connect(out.append)
    return out


def test_a_fast_burst_ending_in_enter_is_a_scan(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    seen = Recorder(window.a)
    keyboard.scan("IT-004211")
    assert scans == ["IT-004211"]
    qtbot.wait(150)  # nothing held back comes out later either
    assert window.a.text() == ""
    assert seen.events == []  # not a single press or release reached the field
    assert window.returns == []
    assert messages == []


def test_slow_typing_is_typing(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    keyboard.type("Shelf", PERSON_GAP_MS)
    # each key is delivered when the next comes slowly, the last when the pause is long
    assert window.a.text() == "Shel"
    qtbot.waitUntil(lambda: window.a.text() == "Shelf", timeout=2000)
    assert scans == []


def test_typing_then_enter_delivers_enter(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    keyboard.type("LT-001", PERSON_GAP_MS)
    keyboard.key(Qt.Key.Key_Return, PERSON_GAP_MS)
    assert window.returns == ["LT-001"]
    # Enter right after the last key (a person pressing it quickly) is Enter too
    keyboard.type("x", PERSON_GAP_MS)
    keyboard.key(Qt.Key.Key_Return, 10)
    assert window.returns == ["LT-001", "LT-001x"]
    assert scans == []


def test_held_keys_are_delivered_in_order_with_their_releases(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    seen = Recorder(window.a)
    keyboard.type("ab", SCANNER_GAP_MS)
    keyboard.key(Qt.Key.Key_Return, SCANNER_GAP_MS)  # too short for a scan
    assert window.returns == ["ab"]
    assert seen.events == [
        ("press", "a"), ("release", "a"), ("press", "b"), ("release", "b"),
        ("press", "\r"), ("release", "\r"),
    ]  # fmt: skip
    assert scans == []


def test_a_key_held_down_gets_its_own_release(
    qtbot: QtBot, window: Window, keyboard: Keyboard
) -> None:
    seen = Recorder(window.a)
    keyboard.char("q", PERSON_GAP_MS, release=False)
    qtbot.waitUntil(lambda: window.a.text() == "q", timeout=2000)
    assert seen.events == [("press", "q")]  # no release before the key is let go
    keyboard.send(QEvent.Type.KeyRelease, Qt.Key.Key_Q, "q")
    assert seen.events == [("press", "q"), ("release", "q")]


def test_a_burst_without_enter_is_typed_after_the_pause(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    keyboard.type("abcd", SCANNER_GAP_MS)
    assert window.a.text() == ""  # held back for max_gap_ms
    qtbot.waitUntil(lambda: window.a.text() == "abcd", timeout=2000)
    assert scans == []


def test_a_burst_shorter_than_min_length_is_typing(
    qtbot: QtBot, window: Window, wedge: WedgeFilter, keyboard: Keyboard, scans: list[str]
) -> None:
    wedge.configure(min_length=5)
    keyboard.scan("1234")
    assert window.returns == ["1234"]
    keyboard.scan("12345")
    assert scans == ["12345"]
    assert window.a.text() == "1234"


def test_prefix_and_suffix_are_stripped(
    window: Window, wedge: WedgeFilter, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    wedge.configure(prefix="]C1", suffix="*")
    keyboard.scan("]C1IT-7*")
    keyboard.scan("IT-8")  # a scanner without them
    keyboard.scan("]C1IT-9")
    assert scans == ["IT-7", "IT-8", "IT-9"]
    keyboard.scan("]C1*")  # nothing between them: no scan, and the person is told
    assert scans == ["IT-7", "IT-8", "IT-9"]
    assert len(messages) == 1 and "scan the tag again" in messages[0]
    assert window.a.text() == ""


def test_capital_letters_typed_with_shift_are_scanned(
    window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    for c in "Ab-1":
        keyboard.clock.advance(SCANNER_GAP_MS)
        if c.isupper():
            keyboard.send(QEvent.Type.KeyPress, Qt.Key.Key_Shift)
        keyboard.char(c, 0)
        if c.isupper():
            keyboard.send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift)
    keyboard.key(Qt.Key.Key_Return, SCANNER_GAP_MS)
    assert scans == ["Ab-1"]
    assert window.a.text() == ""


def test_focus_change_mid_burst_interrupts_it(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    keyboard.type("IT-0", SCANNER_GAP_MS)
    window.b.setFocus()  # e.g. a click, or a window that pops up
    assert messages == [FOCUS_MESSAGE]
    keyboard.scan("04211")  # the rest of the burst, to the new focus widget
    assert scans == []  # never a partial tag
    qtbot.wait(150)
    assert (window.a.text(), window.b.text()) == ("", "")  # nothing typed anywhere
    assert messages == [FOCUS_MESSAGE]
    keyboard.clock.advance(500)
    keyboard.scan("IT-004211")  # scanning again works
    assert scans == ["IT-004211"]
    assert window.b.text() == ""


def test_focus_change_after_the_burst_rest_was_lost_types_nothing(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    keyboard.type("IT-0", SCANNER_GAP_MS)
    window.b.setFocus()  # the rest of the burst went to another application
    qtbot.wait(150)  # the pause ends the ignored burst
    keyboard.type("ok", PERSON_GAP_MS)  # and a person types again
    qtbot.waitUntil(lambda: window.b.text() == "ok", timeout=2000)
    assert window.a.text() == ""
    assert scans == []
    assert messages == [FOCUS_MESSAGE]


def test_one_held_key_goes_to_its_widget_when_the_focus_moves(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    keyboard.char("x", PERSON_GAP_MS)
    window.b.setFocus()
    qtbot.waitUntil(lambda: window.a.text() == "x", timeout=2000)
    keyboard.char("y", PERSON_GAP_MS)
    window.a.setFocus()
    keyboard.char("z", PERSON_GAP_MS)  # delivered before the next key at the latest
    assert window.b.text() == "y"
    qtbot.waitUntil(lambda: window.a.text() == "xz", timeout=2000)
    assert messages == []


def test_a_burst_whose_first_key_was_typed_is_not_a_scan(
    window: Window, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    keyboard.char("I", SCANNER_GAP_MS)
    window.b.setFocus()  # one key held: typed into `a`
    window.a.setFocus()
    keyboard.scan("T-004211")  # the rest would be a wrong tag
    assert scans == []
    assert messages and "scan the tag again" in messages[0]
    assert window.a.text() == "I"


def test_keys_queued_behind_a_busy_gui_keep_their_timing(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    """Keys that carry the window system's timestamps are timed by them: a person's keys
    seen all at once after a stall are typing; a burst seen all at once is a scan."""
    ts = 50_000
    for c in "abc":  # a person: 150 ms apart, seen at the same moment
        ts += PERSON_GAP_MS
        keyboard.char(c, 0, ts=ts)
    keyboard.key(Qt.Key.Key_Return, 0, ts=ts + PERSON_GAP_MS)
    assert window.returns == ["abc"]
    assert scans == []
    ts += 1000
    for c in "IT-42":  # a scanner, seen with gaps a person could leave
        ts += SCANNER_GAP_MS
        keyboard.char(c, 100, ts=ts)
    keyboard.key(Qt.Key.Key_Return, 100, ts=ts + SCANNER_GAP_MS)
    assert scans == ["IT-42"]
    assert messages == []


def test_a_burst_partly_typed_out_while_busy_is_not_a_scan(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    """The timer typed out the start of a burst (the GUI thread was too busy to see the
    rest in time); the keys' timestamps show the rest belongs to it: no partial scan."""
    ts = 80_000
    for c in "IT-":
        ts += SCANNER_GAP_MS
        keyboard.char(c, SCANNER_GAP_MS, ts=ts)
    qtbot.waitUntil(lambda: window.a.text() == "IT-", timeout=2000)
    for c in "004211":
        ts += SCANNER_GAP_MS
        keyboard.char(c, 0, ts=ts)
    keyboard.key(Qt.Key.Key_Return, 0, ts=ts + SCANNER_GAP_MS)
    assert scans == []
    assert len(messages) == 1 and "scan the tag again" in messages[0]
    assert window.a.text() == "IT-"
    assert window.returns == []


def test_shortcuts_pass_through_after_the_held_keys(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    triggered: list[str] = []
    action = QAction(window)
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.triggered.connect(lambda: triggered.append(window.a.text()))
    window.addAction(action)
    window.a.setText("hello ")
    keyboard.type("xy", SCANNER_GAP_MS)  # held back...
    keyboard.key(Qt.Key.Key_A, SCANNER_GAP_MS, Qt.KeyboardModifier.ControlModifier)
    assert window.a.text() == "hello xy"  # ...and typed before Ctrl+A selects all
    assert window.a.selectedText() == "hello xy"
    keyboard.type("z", SCANNER_GAP_MS)
    qtbot.keyClick(window.a, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert triggered == ["z"]  # the shortcut acted on the text typed before it
    keyboard.key(Qt.Key.Key_Left, PERSON_GAP_MS)
    assert window.a.cursorPosition() == 0
    assert scans == []


def test_a_scan_does_not_trigger_a_return_shortcut(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    """Through QTest, which asks for shortcuts first as the window system does."""
    triggered: list[str] = []
    action = QAction(window)
    action.setShortcut(QKeySequence(Qt.Key.Key_Return))
    action.triggered.connect(lambda: triggered.append(window.a.text()))
    window.addAction(action)
    qtbot.keyClicks(window.a, "it-42")  # the fake clock stands still: a burst
    qtbot.keyClick(window.a, Qt.Key.Key_Return)
    assert scans == ["it-42"]
    assert triggered == []
    keyboard.clock.advance(PERSON_GAP_MS)
    qtbot.keyClick(window.a, Qt.Key.Key_X)
    keyboard.clock.advance(PERSON_GAP_MS)
    qtbot.keyClick(window.a, Qt.Key.Key_Return)  # a person's Enter is the shortcut
    assert triggered == ["x"]


def test_scanned_characters_do_not_trigger_single_key_shortcuts(
    window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    triggered: list[str] = []
    action = QAction(window)
    action.setShortcut(QKeySequence("5"))
    action.triggered.connect(lambda: triggered.append("5"))
    window.addAction(action)
    button = QPushButton("Deploy", window)  # a widget that does not take text
    window.layout().addWidget(button)
    button.show()
    button.setFocus()
    assert QApplication.focusWidget() is button
    keyboard.scan("IT-512")
    assert scans == ["IT-512"]  # the "5" inside the burst was no shortcut
    assert triggered == []
    keyboard.clock.advance(500)
    keyboard.type("5", PERSON_GAP_MS)  # a person pressing 5 is
    assert triggered == ["5"]


def test_twenty_scans_back_to_back_in_order(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str], messages: list[str]
) -> None:
    tags = [f"IT-{n:0{6 + n % 4}d}" for n in range(4200, 4220)]  # 9 to 12 characters
    for tag in tags:
        keyboard.scan(tag)
        keyboard.clock.advance(2)  # the next scan follows at once
    assert scans == tags
    qtbot.wait(150)
    assert window.a.text() == ""
    assert messages == []


def test_tab_ends_a_scan_too(
    window: Window, wedge: WedgeFilter, keyboard: Keyboard, scans: list[str]
) -> None:
    keyboard.scan("IT-5", Qt.Key.Key_Tab)
    assert scans == ["IT-5"]
    assert QApplication.focusWidget() is window.a  # the Tab did not move the focus
    wedge.configure(tab_ends_scan=False)
    keyboard.scan("IT-6", Qt.Key.Key_Tab)
    assert scans == ["IT-5"]
    assert window.a.text() == "IT-6"
    assert QApplication.focusWidget() is window.b


def test_a_scan_inside_a_modal_dialog(
    qtbot: QtBot, window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    dialog = QDialog(window)
    dialog.setModal(True)
    field = QLineEdit(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(buttons)
    during: dict[str, object] = {}

    def inside() -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
        keyboard.scan("IT-004211")
        during["open after the scan"] = dialog.isVisible()
        during["field"] = field.text()
        keyboard.clock.advance(500)
        keyboard.type("ok", PERSON_GAP_MS)
        keyboard.key(Qt.Key.Key_Return, PERSON_GAP_MS)  # a person's Enter: the OK button

    QTimer.singleShot(0, inside)
    QTimer.singleShot(5000, dialog.reject)  # never hang the test run
    result = dialog.exec()
    assert scans == ["IT-004211"]
    assert during == {"open after the scan": True, "field": ""}
    assert result == QDialog.DialogCode.Accepted
    assert field.text() == "ok"
    assert window.a.text() == ""


def test_disabled_filter_lets_everything_through(
    window: Window, wedge: WedgeFilter, keyboard: Keyboard, scans: list[str]
) -> None:
    keyboard.type("ab", SCANNER_GAP_MS)
    wedge.configure(enabled=False)  # what was held is typed
    assert window.a.text() == "ab"
    keyboard.scan("IT-1")
    assert window.returns == ["abIT-1"]
    assert scans == []
    wedge.configure(enabled=True)
    keyboard.clock.advance(500)
    keyboard.scan("IT-2")
    assert scans == ["IT-2"]


def test_a_password_field_is_never_scanned(
    window: Window, keyboard: Keyboard, scans: list[str]
) -> None:
    window.a.setEchoMode(QLineEdit.EchoMode.Password)
    keyboard.scan("hunter2")  # a fast typist
    assert window.returns == ["hunter2"]
    assert scans == []


def test_keys_held_for_a_deleted_widget_are_dropped(
    qtbot: QtBot, window: Window, keyboard: Keyboard
) -> None:
    keyboard.type("ab", PERSON_GAP_MS)  # "b" is held for `a`...
    window.a.deleteLater()  # ...which goes away
    qtbot.wait(150)
    window.b.setFocus()
    keyboard.type("c", PERSON_GAP_MS)
    qtbot.waitUntil(lambda: window.b.text() == "c", timeout=2000)


def test_configure_checks_its_values(wedge: WedgeFilter) -> None:
    with pytest.raises(ValueError, match="key gap"):
        wedge.configure(max_gap_ms=0, min_length=5)
    with pytest.raises(ValueError, match="at least 1"):
        wedge.configure(min_length=0)
    assert (wedge.max_gap_ms, wedge.min_length) == (40, 3)  # a bad value changed nothing
    wedge.configure(max_gap_ms=60, prefix="#", suffix="!")
    assert (wedge.max_gap_ms, wedge.prefix, wedge.suffix, wedge.enabled) == (60, "#", "!", True)

"""Benchmark: a keyboard-wedge scanner at 20 scans a second, all recorded, in order.

    python -m tests.benchmarks.bench_wedge [--seconds S] [--rate N] [--timestamps]

A feeder thread posts key events (`QCoreApplication.postEvent`, thread-safe) to the focused
line edit of a main-window-like widget at a real scanner's timing: tags such as
`IT-004211` of 9 to 12 characters, Shift around capital letters, 3 to 5 ms between keys,
Enter at the end, 20 scans a second for 10 s. Meanwhile a timer keeps the GUI thread busy
(4 ms of work every 16 ms, as painting and models do). It counts the scans sent and
recorded by `WedgeFilter.scanned`, checks their order and that no character leaked into
the line edit, and times each scan from its Enter to `scanned`. Then a person types into
the same line edit (90 to 220 ms between keys) with the GUI still busy: every character
must land there, Enter must reach it, and nothing may be taken for a scan. Runs on
whatever Qt platform is set (offscreen by default). Posted key events carry no timestamp
unless `--timestamps` stamps them as a window system does; without, the filter times the
keys as the busy GUI thread gets to them, which is the harder case.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import threading
import time
from dataclasses import dataclass, field

from tests.benchmarks.common import Result, median, ms, percentile

RATE = 20.0  # scans a second
SECONDS = 10.0
KEY_GAP_S = (0.003, 0.005)  # a scanner's time between key presses
PERSON_GAP_S = (0.090, 0.220)
BUSY_EVERY_MS = 16
BUSY_WORK_S = 0.004
PREFIXES = ("IT-", "LT-", "MON-", "SRV-", "IT-BER-")
TYPED = "Shelf A 2.14"


def make_tags(n: int, seed: int = 11) -> list[str]:
    """`n` distinct tags of 9 to 12 characters: a prefix and a zero-padded number."""
    rnd = random.Random(seed)
    tags = []
    for i in range(n):
        prefix = rnd.choice(PREFIXES)
        length = rnd.randint(9, 12)
        tags.append(f"{prefix}{4200 + i:0{length - len(prefix)}d}")
    return tags


@dataclass
class Feed:
    """What the feeder thread sent, and when (time.monotonic)."""

    enter_sent: dict[str, float] = field(default_factory=dict)
    key_gaps: list[float] = field(default_factory=list)
    started: float = 0.0
    finished: float = 0.0
    done: threading.Event = field(default_factory=threading.Event)


# Stamp the key events with the time they were sent (ms), as a window system does. Off by
# default: the filter then sees the keys' spacing only as the busy GUI thread gets to them.
STAMP = {"on": False}


def _post_key(receiver: object, press: bool, key: int, text: str, shift: bool) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    kind = QEvent.Type.KeyPress if press else QEvent.Type.KeyRelease
    event = QKeyEvent(kind, key, mods, text)
    if STAMP["on"]:
        event.setTimestamp(int(time.monotonic() * 1000))
    QCoreApplication.postEvent(receiver, event)  # type: ignore[arg-type]


def _post_char(receiver: object, c: str) -> None:
    from PySide6.QtCore import Qt

    shift = c.isupper()
    if shift:
        _post_key(receiver, True, int(Qt.Key.Key_Shift), "", True)
    _post_key(receiver, True, ord(c.upper()), c, shift)
    _post_key(receiver, False, ord(c.upper()), c, shift)
    if shift:
        _post_key(receiver, False, int(Qt.Key.Key_Shift), "", False)


def _post_enter(receiver: object) -> None:
    from PySide6.QtCore import Qt

    _post_key(receiver, True, int(Qt.Key.Key_Return), "\r", False)
    _post_key(receiver, False, int(Qt.Key.Key_Return), "\r", False)


def _sleep_until(t: float) -> None:
    delay = t - time.monotonic()
    if delay > 0:
        time.sleep(delay)


def scanner(receiver: object, tags: list[str], rate: float, feed: Feed, seed: int = 5) -> None:
    """Types each tag at a scanner's pace, one scan every 1/rate seconds (or right after the
    previous one, when a long tag takes longer)."""
    rnd = random.Random(seed)
    feed.started = start = time.monotonic() + 0.05
    due = start
    last_press = None
    for i, tag in enumerate(tags):
        due = max(start + i / rate, due)
        for c in tag:
            _sleep_until(due)
            now = time.monotonic()
            if last_press is not None:
                feed.key_gaps.append(now - last_press)
            last_press = now
            _post_char(receiver, c)
            due += rnd.uniform(*KEY_GAP_S)
        _sleep_until(due)
        now = time.monotonic()
        feed.key_gaps.append(now - last_press)
        last_press = None
        feed.enter_sent[tag] = now
        _post_enter(receiver)
        due = time.monotonic() + rnd.uniform(*KEY_GAP_S)
    feed.finished = time.monotonic()
    feed.done.set()


def person(receiver: object, text: str, feed: Feed, seed: int = 9) -> None:
    rnd = random.Random(seed)
    feed.started = time.monotonic()
    for c in text:
        _post_char(receiver, c)
        time.sleep(rnd.uniform(*PERSON_GAP_S))
    _post_enter(receiver)
    feed.finished = time.monotonic()
    feed.done.set()


def run(seconds: float = SECONDS, rate: float = RATE, *, timestamps: bool = False) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtGui import QInputDevice
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableWidget,
        QVBoxLayout,
        QWidget,
    )

    from app.ui.scan.wedge import WedgeFilter

    key_types = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}

    class TimedWedge(WedgeFilter):
        """The filter, timing its own work on key events (delivering held keys included)."""

        def __init__(self, **kwargs: object) -> None:
            super().__init__(**kwargs)  # type: ignore[arg-type]
            self.key_event_s: list[float] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() not in key_types:
                return super().eventFilter(watched, event)
            started = time.perf_counter()
            swallowed = super().eventFilter(watched, event)
            self.key_event_s.append(time.perf_counter() - started)
            return swallowed

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    STAMP["on"] = timestamps
    QInputDevice.primaryKeyboard()  # made here: key events made in the feeder thread use it
    window = QMainWindow()
    central = QWidget(window)
    layout = QVBoxLayout(central)
    edit = QLineEdit(central)
    edit.setPlaceholderText("Search")
    table = QTableWidget(40, 6, central)
    layout.addWidget(edit)
    layout.addWidget(table)
    window.setCentralWidget(central)
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    edit.setFocus()

    wedge = TimedWedge(parent=window)
    app.installEventFilter(wedge)
    recorded: list[tuple[str, float]] = []
    wedge.scanned.connect(lambda text: recorded.append((text, time.monotonic())))
    messages: list[str] = []
    wedge.interrupted.connect(messages.append)
    returns: list[str] = []
    edit.returnPressed.connect(lambda: returns.append(edit.text()))

    ticks: list[float] = []

    def busy() -> None:  # a few ms of GUI work every frame
        ticks.append(time.monotonic())
        until = time.perf_counter() + BUSY_WORK_S
        n = 0
        while time.perf_counter() < until:
            n += 1
        table.viewport().update()

    busy_timer = QTimer()
    busy_timer.setInterval(BUSY_EVERY_MS)
    busy_timer.timeout.connect(busy)

    def drive(feed: Feed, target: object, args: tuple[object, ...], timeout_s: float) -> None:
        """Run the event loop while a feeder thread types, until it is done and settled."""
        loop = QEventLoop()
        thread = threading.Thread(target=target, args=(edit, *args, feed), daemon=True)
        deadline = time.monotonic() + timeout_s

        def check() -> None:
            if (feed.done.is_set() and time.monotonic() > feed.finished + 0.3) or (
                time.monotonic() > deadline
            ):
                loop.quit()

        poll = QTimer()
        poll.timeout.connect(check)
        poll.start(20)
        thread.start()
        loop.exec()
        poll.stop()
        thread.join(timeout=5)

    n_scans = round(seconds * rate)
    tags = make_tags(n_scans)
    busy_timer.start()
    scan_feed = Feed()
    drive(scan_feed, scanner, (tags, rate), seconds + 20)
    leaked = edit.text()
    scan_ticks = list(ticks)
    scan_filter_s = list(wedge.key_event_s)

    ticks.clear()
    wedge.key_event_s.clear()
    recorded_before = len(recorded)
    edit.clear()
    type_feed = Feed()
    drive(type_feed, person, (TYPED,), 20)
    busy_timer.stop()
    typed = edit.text()
    typed_ok = typed == TYPED and returns == [TYPED] and len(recorded) == recorded_before
    type_filter_s = list(wedge.key_event_s)

    app.removeEventFilter(wedge)
    window.close()
    window.deleteLater()

    texts = [t for t, _ in recorded[:recorded_before]]
    in_order = texts == tags
    latencies = [at - scan_feed.enter_sent[t] for t, at in recorded if t in scan_feed.enter_sent]
    span = scan_feed.finished - scan_feed.started
    achieved = n_scans / span if span > 0 else float("nan")
    gaps = scan_feed.key_gaps
    tick_gaps = [b - a for a, b in itertools.pairwise(scan_ticks)]
    all_ok = in_order and not leaked and not messages

    stamped = "stamped with the time sent" if timestamps else "without timestamps"
    print(f"  key events {stamped}")
    print(f"  platform {app.platformName()}; GUI busy {BUSY_WORK_S * 1000:.0f} ms every "
          f"{BUSY_EVERY_MS} ms ({len(scan_ticks)} busy ticks, gap p95 "
          f"{ms(percentile(tick_gaps, 95))}, max {ms(max(tick_gaps, default=0))})")  # fmt: skip
    print(f"  scans sent {n_scans} in {span:.1f} s ({achieved:.1f} a second), recorded "
          f"{recorded_before}, all in order: {'yes' if in_order else 'NO'}")  # fmt: skip
    if not in_order:
        missing = [t for t in tags if t not in texts]
        extra = [t for t in texts if t not in tags]
        print(f"    missing {missing[:5]}, unexpected {extra[:5]}")
    print(f"  leaked into the line edit: {leaked!r}; interruptions: {messages or 'none'}")
    print(f"  key gaps sent: median {ms(median(gaps))}, p95 {ms(percentile(gaps, 95))}, "
          f"max {ms(max(gaps, default=0))}")  # fmt: skip
    print(f"  Enter → scanned: median {ms(median(latencies))}, p95 "
          f"{ms(percentile(latencies, 95))}, max {ms(max(latencies, default=0))}")  # fmt: skip
    print(f"  filter time per key event while scanning: median "
          f"{median(scan_filter_s) * 1e6:.0f} µs, p95 {percentile(scan_filter_s, 95) * 1e6:.0f} µs, "
          f"max {ms(max(scan_filter_s, default=0))} ({len(scan_filter_s)} key events)")  # fmt: skip
    print(f"  a person typing {TYPED!r}: line edit {typed!r}, Enter delivered "
          f"{len(returns)}×, scans {len(recorded) - recorded_before}; filter p95 "
          f"{percentile(type_filter_s, 95) * 1e6:.0f} µs")  # fmt: skip
    return [
        Result(
            f"wedge scanner {rate:.0f} scans/s for {seconds:.0f} s",
            f"{recorded_before}/{n_scans} recorded, {'in order' if in_order else 'OUT OF ORDER'}"
            f", {len(leaked)} chars leaked",
            "all, in order, none typed",
            all_ok,
        ),
        Result(
            "wedge Enter → scanned",
            f"p50 {ms(median(latencies))} / p95 {ms(percentile(latencies, 95))}",
            "(GUI busy 4 ms/16 ms)",
            None,
        ),
        Result(
            "wedge: typing stays typing",
            f"{'intact' if typed_ok else 'BROKEN'}: {typed!r}, Enter {len(returns)}×",
            "all typed, no scan",
            typed_ok,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--rate", type=float, default=RATE, help="scans a second (default 20)")
    parser.add_argument(
        "--timestamps", action="store_true", help="stamp key events as a window system does"
    )
    args = parser.parse_args()
    for r in run(args.seconds, args.rate, timestamps=args.timestamps):
        print(f"{r.name}: {r.figure} (target {r.target}) {r.verdict}")


if __name__ == "__main__":
    main()

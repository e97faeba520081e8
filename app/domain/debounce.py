"""One scan is one scan: the same code seen in consecutive frames is reported once.

A code is new when it was not seen during the last `window` seconds. Every sighting
renews the window, so a label held in front of the camera for a minute is one scan, and
a label that drops out of a frame or two (blur, a hand passing) is still one scan; it
counts again once it has been out of sight for longer than the window.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

DEFAULT_WINDOW_S = 1.5


class Debouncer:
    def __init__(self, window_s: float = DEFAULT_WINDOW_S) -> None:
        if window_s < 0:
            raise ValueError("the debounce window cannot be negative")
        self.window_s = window_s
        self._last_seen: dict[Hashable, float] = {}

    def feed(self, now: float, keys: Iterable[Hashable]) -> list[Hashable]:
        """The keys seen at time `now` (seconds, never decreasing) that are new scans,
        in the order given; a key given twice at one time counts once."""
        self._expire(now)
        new: list[Hashable] = []
        for key in keys:
            last = self._last_seen.get(key)
            if last is None and key not in new:
                new.append(key)
            self._last_seen[key] = now
        return new

    def _expire(self, now: float) -> None:
        stale = [k for k, t in self._last_seen.items() if now - t > self.window_s]
        for key in stale:
            del self._last_seen[key]

    def reset(self) -> None:
        self._last_seen.clear()

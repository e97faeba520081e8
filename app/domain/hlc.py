"""Hybrid logical clock (Kulkarni et al., 2014).

A timestamp is one integer: wall-clock milliseconds in the high bits and a 16-bit logical
counter in the low bits, so plain integer order is causal order. It stays monotonic when the
wall clock steps back, and `receive` moves it past every timestamp seen from another device,
which sync needs for last-writer-wins by (hlc, device id).
"""

from __future__ import annotations

import time
from collections.abc import Callable

LOGICAL_BITS = 16
LOGICAL_MASK = (1 << LOGICAL_BITS) - 1


def pack(wall_ms: int, logical: int) -> int:
    return (wall_ms << LOGICAL_BITS) | logical


def wall_ms(ts: int) -> int:
    return ts >> LOGICAL_BITS


def logical(ts: int) -> int:
    return ts & LOGICAL_MASK


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, last: int = 0, clock: Callable[[], int] = _now_ms) -> None:
        self.last = last
        self._clock = clock

    def now(self) -> int:
        """A timestamp greater than every one this clock issued or received."""
        physical = self._clock()
        if physical > wall_ms(self.last):
            self.last = pack(physical, 0)
        else:
            self.last = self._bump(self.last)
        return self.last

    def at(self, wall: int) -> int:
        """A timestamp for an event that happened at `wall` ms (demo data, imports of past
        events). It never goes below what the clock already issued."""
        candidate = pack(wall, 0)
        self.last = candidate if candidate > self.last else self._bump(self.last)
        return self.last

    def receive(self, remote: int) -> int:
        """Merge a timestamp seen on another device; returns the new local timestamp."""
        physical = self._clock()
        top = max(self.last, remote)
        self.last = pack(physical, 0) if physical > wall_ms(top) else self._bump(top)
        return self.last

    @staticmethod
    def _bump(ts: int) -> int:
        if logical(ts) == LOGICAL_MASK:
            return pack(wall_ms(ts) + 1, 0)
        return ts + 1

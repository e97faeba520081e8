from __future__ import annotations

from app.domain.hlc import LOGICAL_MASK, HybridClock, logical, pack, wall_ms


class FakeClock:
    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


def test_follows_the_wall_clock() -> None:
    wall = FakeClock(1_000)
    clock = HybridClock(clock=wall)
    assert clock.now() == pack(1_000, 0)
    wall.now = 2_000
    assert clock.now() == pack(2_000, 0)


def test_monotonic_when_wall_clock_stands_still_or_steps_back() -> None:
    wall = FakeClock(5_000)
    clock = HybridClock(clock=wall)
    first = clock.now()
    second = clock.now()
    wall.now = 4_000  # NTP stepped the clock back
    third = clock.now()
    assert first < second < third
    assert wall_ms(third) == 5_000 and logical(third) == 2


def test_receive_moves_past_remote_timestamps() -> None:
    clock = HybridClock(clock=FakeClock(1_000))
    remote = pack(9_000, 7)
    after = clock.receive(remote)
    assert after > remote
    assert clock.now() > after


def test_logical_overflow_carries_into_wall_time() -> None:
    clock = HybridClock(last=pack(1_000, LOGICAL_MASK), clock=FakeClock(10))
    ts = clock.now()
    assert ts == pack(1_001, 0)


def test_backdated_events_never_go_below_issued_timestamps() -> None:
    clock = HybridClock(clock=FakeClock(50_000))
    issued = clock.now()
    assert clock.at(10_000) > issued  # past event after a present one still orders later
    fresh = HybridClock(clock=FakeClock(50_000))
    assert fresh.at(10_000) == pack(10_000, 0)

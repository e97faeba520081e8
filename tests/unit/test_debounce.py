"""One scan is one scan: `Debouncer`."""

from __future__ import annotations

import pytest

from app.domain.debounce import DEFAULT_WINDOW_S, Debouncer


def test_a_code_seen_in_consecutive_frames_is_one_scan() -> None:
    d = Debouncer(1.5)
    frames = [i / 30 for i in range(90)]  # three seconds at 30 fps
    new = [key for t in frames for key in d.feed(t, ["IT-1"])]
    assert new == ["IT-1"]


def test_every_sighting_renews_the_window() -> None:
    d = Debouncer(1.0)
    assert d.feed(0.0, ["a"]) == ["a"]
    assert d.feed(0.9, ["a"]) == []
    assert d.feed(1.8, ["a"]) == []  # 0.9 s after the last sighting
    assert d.feed(2.8, []) == []
    assert d.feed(2.9, ["a"]) == ["a"]  # 1.1 s out of sight: a new scan


def test_dropping_out_for_a_frame_or_two_is_still_one_scan() -> None:
    d = Debouncer(DEFAULT_WINDOW_S)
    seen = [0.0, 1 / 30, 4 / 30, 5 / 30, 0.6, 1.9]
    assert [k for t in seen for k in d.feed(t, ["x"])] == ["x"]


def test_exactly_the_window_apart_is_the_same_scan() -> None:
    d = Debouncer(1.0)
    assert d.feed(0.0, ["a"]) == ["a"]
    assert d.feed(1.0, ["a"]) == []


def test_different_codes_are_separate_scans_in_order() -> None:
    d = Debouncer(1.5)
    assert d.feed(0.0, ["b", "a", "b"]) == ["b", "a"]
    assert d.feed(0.1, ["a", "c"]) == ["c"]


def test_zero_window_counts_each_new_moment() -> None:
    d = Debouncer(0.0)
    assert d.feed(0.0, ["a"]) == ["a"]
    assert d.feed(0.0, ["a"]) == []
    assert d.feed(0.01, ["a"]) == ["a"]


def test_reset_forgets_everything() -> None:
    d = Debouncer(10.0)
    d.feed(0.0, ["a"])
    d.reset()
    assert d.feed(0.1, ["a"]) == ["a"]


def test_negative_window_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        Debouncer(-0.1)


def test_keys_can_be_any_hashable() -> None:
    d = Debouncer(1.0)
    assert d.feed(0.0, [("tag", "IT-1"), 42]) == [("tag", "IT-1"), 42]

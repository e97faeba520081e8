"""`fieldtag scan-image` and `fieldtag scan-video` as a person or a script runs them."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np

from tests import scan_frames as S
from tests.e2e.cli import fieldtag

TAGS = ("IT-000101", "LT-000202", "PC-000303")


def test_scan_image_reads_the_good_files_and_names_the_bad_ones(tmp_path: Path) -> None:
    good = S.write_png(tmp_path / "label.png", S.label_frame(["IT-004211"]))
    colour = tmp_path / "two labels.jpg"
    frame = cv2.cvtColor(S.label_frame(["IT-000001", "LT-000002"], width=300), cv2.COLOR_GRAY2BGR)
    colour.write_bytes(cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 92])[1].tobytes())
    corrupt = tmp_path / "corrupt.png"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.png"
    blank = S.write_png(tmp_path / "blank.png", np.full((480, 640), 200, np.uint8))

    result = fieldtag("scan-image", good, corrupt, colour, missing, empty, blank)

    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["file"], line["tag"]) for line in lines if line["format"] == "QRCode"] == [
        (str(good), "IT-004211"),
        (str(colour), "IT-000001"),
        (str(colour), "LT-000002"),
    ]
    assert all(len(line["position"]) == 4 for line in lines)
    errors = [line for line in result.stderr.splitlines() if line.startswith("fieldtag: error:")]
    assert len(errors) == 3
    for bad, why in ((corrupt, "damaged"), (missing, "no such file"), (empty, "empty")):
        assert any(str(bad) in line and why in line for line in errors), result.stderr
    assert "Traceback" not in result.stderr


def test_scan_image_of_good_files_exits_0(tmp_path: Path) -> None:
    result = fieldtag("scan-image", S.write_png(tmp_path / "a.png", S.label_frame(["IT-7"])))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(line["format"], line["tag"]) for line in lines} == {
        ("QRCode", "IT-7"),
        ("Code128", "IT-7"),
    }


def test_scan_video_prints_one_line_per_label() -> None:
    plan = S.label_video(TAGS)
    result = fieldtag("scan-video", plan.path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["tag"] for line in lines] == list(TAGS)
    for line, (tag, first, last) in zip(lines, plan.passes, strict=True):
        assert line["tag"] == tag and line["format"] == "QRCode"
        assert first <= line["frame"] <= last
        assert line["time"] == round(line["frame"] / 30, 3)


def test_scan_video_stops_after_max_frames() -> None:
    plan = S.label_video(TAGS)
    first_scan_of_second_label = plan.passes[1][1]
    result = fieldtag("scan-video", plan.path, "--max-frames", str(first_scan_of_second_label))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["tag"] for line in result.stdout.splitlines()] == [TAGS[0]]


def test_scan_video_of_a_missing_file_says_so(tmp_path: Path) -> None:
    result = fieldtag("scan-video", tmp_path / "nope.avi")
    assert result.returncode != 0
    assert "nope.avi" in result.stderr and "Traceback" not in result.stderr

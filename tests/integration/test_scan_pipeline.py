"""The capture-and-decode pipeline on generated recordings: `open_source` + `ScanPipeline`,
as `fieldtag scan-video` and the GUI's camera thread run it."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from app.domain.tags import TagConfig
from app.scan.capture import CaptureError, FolderSource, VideoSource, open_source
from app.scan.pipeline import Scan, ScanPipeline
from tests import scan_frames as S

TAGS = ("IT-000101", "LT-000202", "PC-000303")
CONFIG = TagConfig(S.ORG)


def scans_of(source: object, pipeline: ScanPipeline | None = None) -> list[Scan]:
    pipeline = pipeline or ScanPipeline(CONFIG)
    return [scan for result in pipeline.run(source) for scan in result.scans]  # type: ignore[arg-type]


def test_each_label_of_a_video_is_scanned_once() -> None:
    plan = S.label_video(TAGS)
    with open_source(str(plan.path)) as source:
        assert isinstance(source, VideoSource)
        assert source.fps == pytest.approx(30.0)
        scans = scans_of(source)
    assert [s.read.tag for s in scans] == list(TAGS)
    for scan, (tag, first, last) in zip(scans, plan.passes, strict=True):
        assert scan.read.tag == tag
        assert first <= scan.frame <= last  # while the label is in the picture
        assert scan.time == pytest.approx(scan.frame / 30.0)
        assert scan.as_json()["tag"] == tag


def test_the_same_label_shown_again_after_the_window_is_a_new_scan() -> None:
    plan = S.label_video(TAGS)
    with open_source(str(plan.path)) as source:
        short = scans_of(source, ScanPipeline(CONFIG, window_s=0.0))
    # without a window, each frame that reads a label after a frame that did not counts
    assert len(short) >= len(TAGS)
    assert {s.read.tag for s in short} == set(TAGS)


def test_stopping_the_pipeline(tmp_path: Path) -> None:
    plan = S.label_video(TAGS)
    pipeline = ScanPipeline(CONFIG)
    with open_source(str(plan.path)) as source:
        results = list(pipeline.run(source, should_stop=lambda: True))
    assert results == []


def test_a_folder_of_images_skips_damaged_files(tmp_path: Path) -> None:
    folder = tmp_path / "frames"
    folder.mkdir()
    S.write_png(folder / "0001.png", S.label_frame([TAGS[0]]))
    (folder / "0002.png").write_bytes(b"not a png at all")
    S.write_png(
        folder / "0003.png", cv2.cvtColor(S.label_frame([TAGS[1]], seed=1), cv2.COLOR_GRAY2BGR)
    )
    (folder / "notes.txt").write_text("ignored")
    with open_source(str(folder)) as source:
        assert isinstance(source, FolderSource)
        scans = scans_of(source)
    assert [(s.frame, s.read.tag) for s in scans] == [(0, TAGS[0]), (1, TAGS[1])]


def test_an_image_sequence_pattern(tmp_path: Path) -> None:
    for i, tag in enumerate(TAGS[:2]):
        S.write_png(tmp_path / f"f{i:03d}.png", S.label_frame([tag], seed=i))
    with open_source(str(tmp_path / "f%03d.png")) as source:
        assert [s.read.tag for s in scans_of(source)] == list(TAGS[:2])


def test_missing_sources_say_so(tmp_path: Path) -> None:
    with pytest.raises(CaptureError, match="no such file"):
        open_source(str(tmp_path / "nope.avi"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(CaptureError, match="no image files"):
        open_source(str(tmp_path / "empty"))


def test_two_codes_in_one_frame_are_two_scans() -> None:
    frame = S.label_frame(["IT-000001", "LT-000002"], width=300)
    result = ScanPipeline(CONFIG).process(frame, 0, 0.0)
    assert sorted(s.read.tag or "" for s in result.scans) == ["IT-000001", "LT-000002"]


def test_qr_and_code128_of_one_label_are_one_scan() -> None:
    frame = S.label_frame(["IT-004211"], width=500)
    pipeline = ScanPipeline(CONFIG)
    result = pipeline.process(frame, 0, 0.0)
    assert sorted(c.format for c in result.codes) == ["Code128", "QRCode"]
    assert [s.read.tag for s in result.scans] == ["IT-004211"]
    # the same label in the next frames: no new scan, until it was out of sight
    assert pipeline.process(frame, 1, 1 / 30).scans == []
    assert pipeline.process(np.zeros((720, 1280), np.uint8), 2, 2 / 30).scans == []
    assert len(pipeline.process(frame, 90, 3.0).scans) == 1


def test_a_foreign_labels_2d_code_is_a_scan_without_a_tag() -> None:
    import zxingcpp

    code = S.code_image("FT:GLOBEX:IT-1", zxingcpp.BarcodeFormat.QRCode)
    scans = ScanPipeline(CONFIG).process(S.on_canvas(code), 0, 0.0).scans
    assert len(scans) == 1
    assert scans[0].read.tag is None and "GLOBEX" in (scans[0].read.problem or "")


def test_a_foreign_labels_code128_is_not_taken_for_our_tag() -> None:
    """Another organisation's label: its QR is refused, and its Code128 (the same tag,
    no prefix) must not open our asset with that tag."""
    frame = S.label_frame(["IT-004211"], width=500)  # labels of organisation ACME
    result = ScanPipeline(TagConfig("OTHERCO")).process(frame, 0, 0.0)
    assert sorted(c.format for c in result.codes) == ["Code128", "QRCode"]
    assert [s.read.tag for s in result.scans] == [None]
    assert "ACME" in (result.scans[0].read.problem or "")

"""Frames, images and videos of asset labels for the scanning tests (generated, seeded).

Built on `tests/benchmarks/frames.py`, the benchmark's generator, so the tests read the
same labels the benchmark measures. Videos are written once per test session."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from tests.benchmarks import frames as F

ORG = "ACME"
SMALL = (640, 360)  # videos for tests: a quarter of 720p, four times faster to make


def label_frame(
    tags: list[str],
    *,
    width: int = 360,
    size: tuple[int, int] = (F.FRAME_W, F.FRAME_H),
    seed: int = 0,
    severity: F.Severity | None = None,
) -> np.ndarray:
    """A sharp, well-lit grayscale frame with one label per tag, side by side."""
    rng = np.random.default_rng(seed)
    labels = [F.render_label(tag, ORG, width) for tag in tags]
    w, h = size
    step = w / (len(tags) + 1)
    centers = [(step * (i + 1), h / 2) for i in range(len(tags))]
    return F.frame_with_labels(rng, labels, centers, severity, size)


def code_image(
    content: str | bytes, fmt: zxingcpp.BarcodeFormat, scale: int = 4, **options: object
) -> np.ndarray:
    """A code alone on white (quiet zone included), 8-bit grayscale."""
    code = zxingcpp.create_barcode(content, fmt, **options)
    return np.asarray(
        zxingcpp.write_barcode_to_image(code, scale=scale, add_quiet_zones=True)
    ).copy()


def on_canvas(
    image: np.ndarray, size: tuple[int, int] = (900, 900), value: int = 200
) -> np.ndarray:
    """`image` pasted in the middle of a plain gray canvas (w, h)."""
    w, h = size
    canvas = np.full((max(h, image.shape[0] + 20), max(w, image.shape[1] + 20)), value, np.uint8)
    y = (canvas.shape[0] - image.shape[0]) // 2
    x = (canvas.shape[1] - image.shape[1]) // 2
    canvas[y : y + image.shape[0], x : x + image.shape[1]] = image
    return canvas


def write_png(path: Path, image: np.ndarray) -> Path:
    ok, buf = cv2.imencode(".png", image)
    assert ok
    path.write_bytes(buf.tobytes())
    return path


_VIDEO_DIR: list[Path] = []


def _video_dir() -> Path:
    if not _VIDEO_DIR:
        folder = Path(tempfile.mkdtemp(prefix="fieldtag-test-video-"))
        atexit.register(shutil.rmtree, folder, True)
        _VIDEO_DIR.append(folder)
    return _VIDEO_DIR[0]


@functools.cache
def label_video(tags: tuple[str, ...], seed: int = 0) -> F.VideoPlan:
    """A 30 fps 640×360 video of `tags`' labels passing the camera one after another
    (written once per session; treat the file as read-only)."""
    path = _video_dir() / f"labels-{seed}-{'-'.join(tags)}.avi"
    return F.write_label_video(
        path, tags, ORG, seed=seed, size=SMALL, label_px=(170, 230), hold_s=(0.5, 0.7),
        gap_s=(0.3, 0.5),
    )  # fmt: skip

"""Benchmark: the scanner panel's live preview at 1280×720 while decoding runs (≥ 25 fps).

    python -m tests.benchmarks.bench_preview [--seconds S] [--size WxH]
    xvfb-run -a python -m tests.benchmarks.bench_preview   # on a real X server

A synthetic 30 fps 1280×720 recording (labels passing over a noisy desk, so the decoder
has real work on every frame) is replayed in real time through the very camera threads
and panel the GUI uses (`CameraService`, `ScannerPanel`). It counts the frames painted by
the preview, the frames decoded, and the scans. Runs on whatever Qt platform is set
(offscreen by default).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from tests.benchmarks.common import Result

TARGET_FPS = 25.0


def make_video(
    path: Path, seconds: float, fps: int = 30, size: tuple[int, int] = (1280, 720)
) -> int:
    """Labels (QR of the app's payload) sliding across a textured background; returns
    the number of labels."""
    rnd = np.random.default_rng(7)
    w, h = size
    background = cv2.GaussianBlur(rnd.integers(90, 170, (h, w), dtype=np.uint8), (0, 0), 6)
    background = cv2.cvtColor(background, cv2.COLOR_GRAY2BGR)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (w, h))
    n_frames = int(seconds * fps)
    per_label = fps * 2  # a label crosses the frame in two seconds
    labels = 0
    for i in range(n_frames):
        frame = background.copy()
        k, step = divmod(i, per_label)
        if step == 0:
            labels += 1
        code = zxingcpp.create_barcode(f"FT::BENCH-{k:04d}", zxingcpp.BarcodeFormat.QRCode)
        img = np.array(code.to_image(scale=6, add_quiet_zones=True))
        x = int(40 + (w - img.shape[1] - 80) * step / per_label)
        y = (h - img.shape[0]) // 2
        frame[y : y + img.shape[0], x : x + img.shape[1]] = img[:, :, None]
        frame = cv2.add(frame, rnd.integers(0, 12, frame.shape, dtype=np.uint8))
        writer.write(frame)
    writer.release()
    return labels


def run(seconds: float = 10.0, size: tuple[int, int] = (800, 450)) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import scan_pipeline
    from app.config import Settings
    from app.domain.tags import TagConfig
    from app.ui.scan.camera import CameraConfig, CameraService
    from app.ui.scan.dispatch import ScanDispatcher, ScanInput
    from app.ui.scan.panel import ScannerPanel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        video = Path(tmp) / "labels.avi"
        labels = make_video(video, seconds + 2)
        settings = Settings(camera=str(video))
        dispatcher = ScanDispatcher(TagConfig())
        scans: list[ScanInput] = []
        dispatcher.scanned.connect(scans.append)
        camera = CameraService(lambda: scan_pipeline(settings))
        panel = ScannerPanel(dispatcher, camera, CameraConfig(str(video)))
        panel.resize(size[0], size[1] + 200)
        panel.show()
        paints: list[float] = []
        panel.preview.painted.connect(lambda: paints.append(time.perf_counter()))
        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < (seconds + 1.5) * 1000:
            app.processEvents()  # the benchmark's own event loop, not the app's
            time.sleep(0.001)
        captured, decoded, dropped = camera.stats()
        camera.stop()
        panel.close()
    window = [t for t in paints if paints and t >= paints[0] + 1.0]  # skip the first second
    fps = (len(window) - 1) / (window[-1] - window[0]) if len(window) > 1 else 0.0
    gaps = [b - a for a, b in itertools.pairwise(window)]
    p95_gap = sorted(gaps)[int(0.95 * len(gaps))] * 1000 if gaps else float("nan")
    tags = sorted({s.read.tag for s in scans if s.read.tag})
    print(f"  preview {size[0]}×{size[1]} of 1280×720 frames, platform {app.platformName()}")
    print(f"  painted {len(paints)} frames, {fps:.1f} fps; frame gap median "
          f"{statistics.median(gaps) * 1000 if gaps else float('nan'):.1f} ms, p95 {p95_gap:.1f} ms")  # fmt: skip
    print(f"  captured {captured}, decoded {decoded}, superseded before decoding {dropped}")
    print(f"  scans {len(scans)} ({len(tags)} distinct tags; {labels} labels in the recording)")
    return [
        Result(
            "camera preview while decoding",
            f"{fps:.1f} fps painted at 1280×720 ({decoded} frames decoded, {len(tags)} tags)",
            f"≥ {TARGET_FPS:.0f} fps",
            fps >= TARGET_FPS,
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--size", default="800x450", help="preview size WxH (default 800x450)")
    args = parser.parse_args()
    w, h = (int(v) for v in args.size.lower().split("x"))
    for r in run(args.seconds, (w, h)):
        print(f"{r.name}: {r.figure} (target {r.target}) {r.verdict}")


if __name__ == "__main__":
    main()

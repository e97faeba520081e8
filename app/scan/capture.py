"""Frame sources: a camera, a video file, an image sequence or a folder of images.

Everything `cv2.VideoCapture` opens works, so tests, benchmarks and demos replay recorded
frames through the same code the camera uses. A source is used from one thread only (the
one that opened it), as OpenCV's capture backends require.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from app.domain.errors import FieldtagError
from app.domain.text import QT_TRANSLATE_NOOP
from app.scan.decoder import ImageError, load_image

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm"}
)
RESOLUTIONS: tuple[tuple[int, int], ...] = ((640, 480), (1280, 720), (1920, 1080))
DEFAULT_FPS = 30.0


class CaptureError(FieldtagError):
    """A source cannot be opened or stopped delivering frames."""


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str

    def __str__(self) -> str:
        return f"{self.name} (camera {self.index})"


class FrameSource:
    """Frames from somewhere. `read()` returns the next frame, or None at the end of a
    file; a camera that fails raises CaptureError."""

    live = False  # a camera (frames come in real time) rather than a recording
    description = ""

    @property
    def fps(self) -> float:
        return DEFAULT_FPS

    def read(self) -> np.ndarray | None:
        raise NotImplementedError

    def release(self) -> None:
        """Free the device or file; safe to call twice."""

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _backend() -> int:
    if sys.platform.startswith("linux"):
        return int(cv2.CAP_V4L2)
    if sys.platform == "win32":
        return int(cv2.CAP_DSHOW)  # opens in ~1 s where MSMF can take 10 s
    if sys.platform == "darwin":
        return int(cv2.CAP_AVFOUNDATION)
    return int(cv2.CAP_ANY)


class CameraSource(FrameSource):
    live = True

    def __init__(self, index: int, resolution: tuple[int, int] | None = (1280, 720)) -> None:
        self.index = index
        self.description = f"camera {index}"
        self._cap: cv2.VideoCapture | None = None
        self._failures = 0
        cap = cv2.VideoCapture(index, _backend())
        if not cap.isOpened():
            cap.release()
            raise CaptureError(_open_failure(index))
        if resolution:
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, resolution[0])
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, resolution[1])
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of old ones
        self._cap = cap
        self._fps = float(cap.get(cv2.CAP_PROP_FPS) or 0.0) or DEFAULT_FPS

    @property
    def fps(self) -> float:
        return self._fps

    @property
    def resolution(self) -> tuple[int, int]:
        if self._cap is None:
            return (0, 0)
        return (
            int(self._cap.get(cv2.CAP_PROP_FRAME_WIDTH)),
            int(self._cap.get(cv2.CAP_PROP_FRAME_HEIGHT)),
        )

    def read(self) -> np.ndarray | None:
        if self._cap is None:
            raise CaptureError(
                QT_TRANSLATE_NOOP("scan.capture", "Camera {index} is closed.").format(
                    index=self.index
                )
            )
        ok, frame = self._cap.read()
        if ok and frame is not None and frame.size:
            self._failures = 0
            return np.asarray(frame)
        self._failures += 1
        if self._failures >= 5 or not _device_present(self.index):
            raise CaptureError(
                QT_TRANSLATE_NOOP(
                    "scan.capture",
                    "Camera {index} stopped delivering pictures (unplugged or taken by "
                    "another program). Fieldtag will pick it up again when it is back; you can "
                    "type tags meanwhile.",
                ).format(index=self.index)
            )
        return self.read()

    def release(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


def _device_present(index: int) -> bool:
    if sys.platform.startswith("linux"):
        return Path(f"/dev/video{index}").exists()
    return True  # other systems cannot tell without opening it


def _open_failure(index: int) -> str:
    if sys.platform.startswith("linux") and not Path(f"/dev/video{index}").exists():
        return QT_TRANSLATE_NOOP(
            "scan.capture",
            "No camera {index} is connected. Plug in a camera or pick another one in "
            "Settings; you can type or wedge-scan tags meanwhile.",
        ).format(index=index)
    return QT_TRANSLATE_NOOP(
        "scan.capture",
        "Camera {index} cannot be opened: another program may be using it, or this "
        "account may not be allowed to. Close the other program (video call, camera app) "
        "and Fieldtag will pick the camera up; you can type tags meanwhile.",
    ).format(index=index)


class VideoSource(FrameSource):
    """A video file or an image sequence pattern (``frames/%04d.png``) via OpenCV."""

    def __init__(self, spec: str) -> None:
        self.description = Path(spec).name or spec
        cap = cv2.VideoCapture(spec)
        if not cap.isOpened():
            cap.release()
            raise CaptureError(
                QT_TRANSLATE_NOOP(
                    "scan.capture",
                    "{source}: not a video or image sequence OpenCV can open (is the path "
                    "right, and is it a video file such as .mp4/.avi/.mkv?)",
                ).format(source=spec)
            )
        self._cap: cv2.VideoCapture | None = cap
        fps = float(cap.get(cv2.CAP_PROP_FPS) or 0.0)
        self._fps = fps if 1.0 <= fps <= 1000.0 else DEFAULT_FPS

    @property
    def fps(self) -> float:
        return self._fps

    def read(self) -> np.ndarray | None:
        if self._cap is None:
            return None
        ok, frame = self._cap.read()
        if not ok or frame is None:
            return None
        return np.asarray(frame)

    def release(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class FolderSource(FrameSource):
    """The image files of a folder, in name order, one frame each (at 30 fps)."""

    def __init__(self, folder: Path) -> None:
        self.description = folder.name or str(folder)
        self._files = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
        )
        if not self._files:
            raise CaptureError(
                QT_TRANSLATE_NOOP(
                    "scan.capture", "{folder}: the folder holds no image files"
                ).format(folder=str(folder))
            )
        self._next = 0

    def read(self) -> np.ndarray | None:
        while self._next < len(self._files):
            path = self._files[self._next]
            self._next += 1
            try:
                return load_image(path)
            except ImageError:
                continue  # a damaged file in a sequence is a dropped frame
        return None


def open_source(spec: str | int, resolution: tuple[int, int] | None = (1280, 720)) -> FrameSource:
    """A camera index (``0``), a video file, an image sequence pattern or a folder."""
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        return CameraSource(int(spec), resolution)
    path = Path(spec).expanduser()
    if path.is_dir():
        return FolderSource(path)
    if "%" not in spec and not path.exists():
        raise CaptureError(
            QT_TRANSLATE_NOOP("scan.capture", "{source}: no such file, folder or camera").format(
                source=spec
            )
        )
    return VideoSource(str(path))


def list_cameras(probe: int = 4) -> list[CameraInfo]:
    """The cameras this computer has. On Linux from /sys (no device is opened); elsewhere
    by opening indices 0..probe-1, which takes a moment: call it off the GUI thread."""
    if sys.platform.startswith("linux"):
        return _linux_cameras()
    found: list[CameraInfo] = []
    for index in range(probe):
        cap = cv2.VideoCapture(index, _backend())
        try:
            if cap.isOpened():
                found.append(CameraInfo(index, f"Camera {index}"))
        finally:
            cap.release()
    return found


def _linux_cameras() -> list[CameraInfo]:
    base = Path("/sys/class/video4linux")
    found: list[CameraInfo] = []
    if not base.is_dir():
        return found
    for node in sorted(base.iterdir(), key=lambda p: (len(p.name), p.name)):
        if not node.name.startswith("video") or not node.name[5:].isdigit():
            continue
        try:
            # a webcam has a capture node (index 0) and a metadata node (index 1)
            if (node / "index").read_text().strip() not in ("", "0"):
                continue
            name = (node / "name").read_text().strip() or node.name
        except OSError:
            continue
        found.append(CameraInfo(int(node.name[5:]), name))
    return found


def paced(source: FrameSource, *, realtime: bool) -> Iterator[tuple[int, float, np.ndarray]]:
    """(frame number, time in seconds, frame) from `source` until it ends. A recording is
    timed by its frame rate (so debouncing is the same on every machine); with
    `realtime` it is also played back at that rate, as a camera would deliver it."""
    start = time.monotonic()
    index = 0
    while True:
        frame = source.read()
        if frame is None:
            return
        if source.live:
            t = time.monotonic() - start
        else:
            t = index / source.fps
            if realtime:
                delay = start + t - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
        yield index, t, frame
        index += 1

"""The camera in the GUI: a capture thread and a decode thread, controlled from the GUI.

- The capture thread opens, reads and releases the `cv2.VideoCapture` (DESIGN.md: the
  camera lives in its own QThread). It hands every frame to the decode thread (which only
  ever takes the newest: a slow frame is dropped, never queued) and emits a preview image
  already scaled to the preview's size, but only when the GUI has painted the previous
  one, so a busy GUI thread never accumulates a backlog of frames.
- The decode thread runs the very `ScanPipeline` of `fieldtag scan-video` on the newest
  frame and emits the codes found (for the boxes) and the new scans.
- A camera that cannot be opened, is busy or disappears is reported with a message and
  tried again every few seconds, so it is picked up when it returns. Nothing here blocks
  the GUI thread: `stop()` asks both threads to finish and waits briefly; a thread stuck
  in a driver call is left to finish on its own (never `terminate()`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
from PySide6.QtCore import QObject, QSize, QThread, Signal, Slot
from PySide6.QtGui import QImage

from app.domain.tags import TagRead
from app.log import get_logger
from app.scan.capture import CaptureError, FrameSource, open_source, paced
from app.scan.decoder import Decoded
from app.scan.pipeline import ScanPipeline
from app.ui.i18n import translated

log = get_logger("camera")

RETRY_S = 2.0
STOP_WAIT_MS = 1500

SourceOpener = Callable[[str, tuple[int, int]], FrameSource]


@dataclass(frozen=True)
class CameraConfig:
    source: str  # a camera index ("0"), or a recording to replay
    resolution: tuple[int, int] = (1280, 720)


class FrameSlot:
    """Hands the newest frame from the capture thread to the decode thread."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._item: tuple[np.ndarray, int, float] | None = None
        self._closed = False
        self.dropped = 0

    def put(self, frame: np.ndarray, index: int, t: float) -> None:
        with self._cond:
            if self._item is not None:
                self.dropped += 1
            self._item = (frame, index, t)
            self._cond.notify()

    def take(self, timeout: float) -> tuple[np.ndarray, int, float] | None:
        with self._cond:
            if self._item is None and not self._closed:
                self._cond.wait(timeout)
            item, self._item = self._item, None
            return item

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


def preview_image(frame: np.ndarray, target: QSize) -> QImage:
    """`frame` (gray or BGR) scaled to fit `target`, as a QImage that owns its pixels."""
    h, w = frame.shape[:2]
    tw, th = max(1, target.width()), max(1, target.height())
    scale = min(tw / w, th / h, 1.0)
    if scale < 1.0:
        frame = cv2.resize(
            frame,
            (max(1, round(w * scale)), max(1, round(h * scale))),
            interpolation=cv2.INTER_AREA,
        )
    frame = np.ascontiguousarray(frame)
    h, w = frame.shape[:2]
    if frame.ndim == 2:
        fmt = QImage.Format.Format_Grayscale8
    elif frame.shape[2] == 3:
        fmt = QImage.Format.Format_BGR888
    else:
        frame = cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
        fmt = QImage.Format.Format_BGR888
    return QImage(frame.data, w, h, frame.strides[0], fmt).copy()


class CaptureThread(QThread):
    # (preview image, size of the camera frame it shows)
    frame_ready = Signal(QImage, QSize)
    # ("opening" | "live" | "error", message for the person)
    state_changed = Signal(str, str)

    def __init__(
        self,
        config: CameraConfig,
        slot: FrameSlot,
        opener: SourceOpener,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fieldtag-camera")
        self.config = config
        self.slot = slot
        self.opener = opener
        self._preview_size = QSize(640, 360)
        self._preview_lock = threading.Lock()
        self._preview_pending = False
        self._last_t = 0.0
        self.frames = 0
        self.latest: np.ndarray | None = None  # the newest frame read

    def set_preview_size(self, size: QSize) -> None:
        with self._preview_lock:
            self._preview_size = QSize(size)

    def preview_shown(self) -> None:
        """The GUI painted the last preview: the next frame may be sent."""
        self._preview_pending = False

    def run(self) -> None:
        started = time.monotonic()
        offset = 0.0  # a replayed recording's time keeps rising when it starts over
        while not self.isInterruptionRequested():
            self.state_changed.emit("opening", self.tr("Opening {0}…").format(self.config.source))
            try:
                source = self.opener(self.config.source, self.config.resolution)
            except CaptureError as exc:
                self.state_changed.emit("error", translated(exc.message))
                self._pause(RETRY_S)
                continue
            except Exception as exc:  # a driver raising anything must not kill the thread
                log.exception("opening %s failed", self.config.source)
                self.state_changed.emit("error", self.tr("The camera failed: {0}").format(exc))
                self._pause(RETRY_S)
                continue
            self.state_changed.emit("live", source.description)
            try:
                self._stream(source, started, offset)
                if source.live and not self.isInterruptionRequested():
                    raise CaptureError(
                        self.tr("{0} stopped delivering pictures.").format(source.description)
                    )
                offset = self._last_t + 1.0 / max(source.fps, 1.0)
            except CaptureError as exc:
                self.state_changed.emit("error", translated(exc.message))
                self._pause(RETRY_S)
            except Exception as exc:
                log.exception("reading %s failed", self.config.source)
                self.state_changed.emit("error", self.tr("The camera failed: {0}").format(exc))
                self._pause(RETRY_S)
            finally:
                source.release()
        log.info("camera thread for %s stopped", self.config.source)

    def _stream(self, source: FrameSource, started: float, offset: float) -> None:
        """Frames until the source ends or the thread is asked to stop. Scan times are
        the camera's clock, or a recording's own timeline (so debouncing a replay is the
        same on every machine)."""
        for index, t, frame in paced(source, realtime=True):
            if self.isInterruptionRequested():
                return
            self._last_t = time.monotonic() - started if source.live else offset + t
            self.frames += 1
            self.latest = frame  # for a photo (a checklist's photo step); one reference
            self.slot.put(frame, index, self._last_t)
            self._send_preview(frame)

    def _send_preview(self, frame: np.ndarray) -> None:
        if self._preview_pending:
            return  # the GUI is still busy with the last one: drop this frame's preview
        with self._preview_lock:
            size = QSize(self._preview_size)
        image = preview_image(frame, size)
        self._preview_pending = True
        self.frame_ready.emit(image, QSize(frame.shape[1], frame.shape[0]))

    def _pause(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self.isInterruptionRequested() and time.monotonic() < end:
            self.msleep(50)


class DecodeThread(QThread):
    # (codes in the newest decoded frame with what they say, that frame's size)
    codes_found = Signal(object, QSize)  # list[tuple[Decoded, TagRead]]
    scanned = Signal(object)  # Scan

    def __init__(self, pipeline: ScanPipeline, slot: FrameSlot, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("fieldtag-decode")
        self.pipeline = pipeline
        self.slot = slot
        self.decoded = 0

    def run(self) -> None:
        while not self.isInterruptionRequested():
            item = self.slot.take(0.1)
            if item is None:
                continue
            frame, index, t = item
            try:
                result = self.pipeline.process(frame, index, t)
            except Exception:  # one bad frame must not stop scanning
                log.exception("decoding frame %s failed", index)
                continue
            self.decoded += 1
            codes: list[tuple[Decoded, TagRead]] = list(
                zip(result.codes, result.reads, strict=True)
            )
            self.codes_found.emit(codes, QSize(frame.shape[1], frame.shape[0]))
            for scan in result.scans:
                self.scanned.emit(scan)


class CameraService(QObject):
    """Starts and stops the camera threads and forwards what they report."""

    frame_ready = Signal(QImage, QSize)
    codes_found = Signal(object, QSize)
    scanned = Signal(object)  # Scan
    state_changed = Signal(str, str)

    def __init__(
        self,
        pipeline_factory: Callable[[], ScanPipeline],
        opener: SourceOpener = open_source,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pipeline_factory = pipeline_factory
        self.opener = opener
        self.config: CameraConfig | None = None
        self.capture: CaptureThread | None = None
        self.decoder: DecodeThread | None = None
        self._slot: FrameSlot | None = None
        self._leftovers: list[QThread] = []

    @property
    def running(self) -> bool:
        return self.capture is not None

    def start(self, config: CameraConfig) -> None:
        self.stop()
        self.config = config
        self._slot = FrameSlot()
        self.capture = CaptureThread(config, self._slot, self.opener)
        self.decoder = DecodeThread(self.pipeline_factory(), self._slot)
        self.capture.frame_ready.connect(self.frame_ready)
        self.capture.state_changed.connect(self.state_changed)
        self.decoder.codes_found.connect(self.codes_found)
        self.decoder.scanned.connect(self.scanned)
        self.decoder.start()
        self.capture.start()

    def preview_shown(self) -> None:
        if self.capture is not None:
            self.capture.preview_shown()

    def set_preview_size(self, size: QSize) -> None:
        if self.capture is not None:
            self.capture.set_preview_size(size)

    @Slot()
    def stop(self) -> None:
        capture, decoder, slot = self.capture, self.decoder, self._slot
        self.capture = self.decoder = self._slot = None
        if capture is None or decoder is None or slot is None:
            return
        # late frames and scans go nowhere
        capture.frame_ready.disconnect(self.frame_ready)
        capture.state_changed.disconnect(self.state_changed)
        decoder.codes_found.disconnect(self.codes_found)
        decoder.scanned.disconnect(self.scanned)
        for thread in (capture, decoder):
            thread.requestInterruption()
        slot.close()
        for thread in (capture, decoder):
            if not thread.wait(STOP_WAIT_MS):
                # stuck in a driver call: let it end by itself, keep it alive until then
                log.warning("%s did not stop within %s ms", thread.objectName(), STOP_WAIT_MS)
                self._leftovers.append(thread)
                thread.finished.connect(lambda t=thread: self._forget(t))

    def _forget(self, thread: QThread) -> None:
        if thread in self._leftovers:
            self._leftovers.remove(thread)

    def latest_frame(self) -> np.ndarray | None:
        """A copy of the newest full-resolution frame (BGR or gray), or None: what a
        checklist's "Take photo" keeps."""
        frame = getattr(self.capture, "latest", None) if self.capture is not None else None
        return None if frame is None else frame.copy()

    def stats(self) -> tuple[int, int, int]:
        """(frames captured, frames decoded, frames not decoded because a newer came)."""
        if self.capture is None or self.decoder is None or self._slot is None:
            return (0, 0, 0)
        return (self.capture.frames, self.decoder.decoded, self._slot.dropped)

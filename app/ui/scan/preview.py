"""The live camera picture with boxes around the codes found and a flash on a new scan."""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.tags import TagRead
from app.scan.decoder import Decoded

BOX_TTL_S = 0.4  # a box stays this long after its code was last seen
FLASH_MS = 350
OURS = QColor(46, 204, 113)  # a tag: green
OTHER = QColor(241, 196, 15)  # a code that is no tag of ours: amber


class PreviewWidget(QWidget):
    painted = Signal()  # a new camera frame was painted (the camera may send the next)
    resized = Signal(QSize)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 135)
        self.setAccessibleName(self.tr("Camera picture"))
        self.image: QImage | None = None
        self.frame_size = QSize()
        self.message = ""
        self._boxes: list[tuple[tuple[tuple[int, int], ...], bool, float]] = []
        self._flash_started = 0.0
        self._flash_color = OURS
        self._paints: deque[float] = deque(maxlen=60)
        self._new_frame = False
        self.frames_shown = 0
        self._tick = QTimer(self)
        self._tick.setInterval(40)
        self._tick.timeout.connect(self._expire)

    def sizeHint(self) -> QSize:
        return QSize(400, 225)

    @property
    def fps(self) -> float:
        """Frames painted per second over the last ~2 seconds."""
        now = time.monotonic()
        recent = [t for t in self._paints if now - t <= 2.0]
        if len(recent) < 2:
            return 0.0
        return (len(recent) - 1) / max(recent[-1] - recent[0], 1e-6)

    def set_frame(self, image: QImage, frame_size: QSize) -> None:
        self.image = image
        self.frame_size = frame_size
        self.message = ""
        self._new_frame = True
        self.update()

    def set_message(self, text: str) -> None:
        """Show `text` instead of a picture (no camera, camera busy, ...)."""
        self.message = text
        self.image = None
        self._boxes.clear()
        self.update()

    def set_codes(self, codes: list[tuple[Decoded, TagRead]], frame_size: QSize) -> None:
        now = time.monotonic()
        self.frame_size = frame_size
        self._boxes = [b for b in self._boxes if now - b[2] <= BOX_TTL_S / 2]
        for code, read in codes:
            self._boxes.append((code.position, read.tag is not None, now))
        if self._boxes and not self._tick.isActive():
            self._tick.start()
        self.update()

    def flash(self, ok: bool = True) -> None:
        self._flash_started = time.monotonic()
        self._flash_color = OURS if ok else OTHER
        if not self._tick.isActive():
            self._tick.start()
        self.update()

    def _expire(self) -> None:
        now = time.monotonic()
        self._boxes = [b for b in self._boxes if now - b[2] <= BOX_TTL_S]
        flashing = (now - self._flash_started) * 1000 < FLASH_MS
        if not self._boxes and not flashing:
            self._tick.stop()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(event.size())

    def _picture_rect(self) -> QRectF:
        if self.image is None or self.image.isNull():
            return QRectF()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(24, 26, 28))
        if self.image is not None and not self.image.isNull():
            target = self._picture_rect()
            painter.drawImage(target, self.image)
            self._paint_boxes(painter, target)
        elif self.message:
            painter.setPen(QColor(230, 230, 230))
            box = self.rect().adjusted(16, 16, -16, -16)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(box, int(flags), self.message)
        elapsed = (time.monotonic() - self._flash_started) * 1000
        if elapsed < FLASH_MS:
            color = QColor(self._flash_color)
            color.setAlpha(int(150 * (1 - elapsed / FLASH_MS)))
            painter.fillRect(self.rect(), color)
            pen = QPen(self._flash_color, 6)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(3, 3, -3, -3))
        painter.end()
        if self._new_frame:
            self._new_frame = False
            self.frames_shown += 1
            self._paints.append(time.monotonic())
            self.painted.emit()

    def _paint_boxes(self, painter: QPainter, target: QRectF) -> None:
        if not self._boxes or self.frame_size.isEmpty():
            return
        sx = target.width() / self.frame_size.width()
        sy = target.height() / self.frame_size.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for corners, ours, _seen in self._boxes:
            mapped = QPolygonF(
                [QPointF(target.x() + x * sx, target.y() + y * sy) for x, y in corners]
            )
            painter.setPen(QPen(OURS if ours else OTHER, 3))
            painter.drawPolygon(mapped)

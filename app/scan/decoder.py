"""Decode barcodes in camera frames and image files with zxing-cpp.

`FrameDecoder.decode` takes any frame OpenCV or a caller hands it (grayscale, BGR, BGRA,
16-bit, float, odd sizes, non-contiguous views) and returns the codes found with their
corners in frame pixels. It never raises on a frame: an empty or unusable frame has no
codes.

How a frame is read (CPU times from `python3 -m tests.benchmarks.bench_scan` on the shared
2-vCPU VM, where zxing's default options take ~45 ms per 720p frame):

1. 2D codes (QR, DataMatrix): one zxing pass over the whole frame with its local-average
   binarizer and no rotation, inversion or downscaling (~3.5 ms). Those options cost
   several times more and read nothing more on webcam frames: QR and DataMatrix are
   found at any angle anyway. The pass also reports where zxing saw a symbol it could
   not decode.
2. 1D codes (Code128, Code39, EAN/UPC): zxing reads them line by line, and with several
   symbols allowed it reads every line of a 720-line frame. Bars are tall, so every 4th
   row (180 lines) finds the same codes in a quarter of the time (~0.8 ms); every 12th
   column, transposed, reads barcodes standing upright (~0.4 ms).
3. Small 2D codes: zxing needs about 3 pixels per module, and a 150 px label's QR code
   has 2.3. When the frame gave no 2D code, up to `max_candidates` spots of 144 px are
   cut out, enlarged 2.5× (bicubic) and read again (~0.6 ms each): first where zxing saw
   a symbol, then where the frame looks most like a code (half ink, half paper at high
   contrast; ~0.6 ms to find). The most code-like spot is also tried sharpened, and a
   spot where zxing sees a symbol but cannot decode it gets a few more zooms and
   sharpenings (rare on frames without a code, so nearly free). This lifts the decode
   rate on webcam-like frames from ~94 % to ~98 %; a frame with no code costs ~6-7 ms.

Large photos (`scan-image`, over 4 megapixels) are read at full resolution with zxing's
downscaled pyramid added, so codes that are small in a big photo are kept and codes that
fill it are found too (a 100-megapixel photo takes ~2 s); no fallback spots there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from app.domain.errors import FieldtagError
from app.domain.text import QT_TRANSLATE_NOOP
from app.log import get_logger

log = get_logger("scan")

# the symbologies in use: our labels (Code128, QR, DataMatrix), older asset labels (Code39)
# and vendor boxes (EAN/UPC); fewer formats is faster and gives fewer false reads
FORMATS: tuple[zxingcpp.BarcodeFormat, ...] = (
    zxingcpp.BarcodeFormat.Code128,
    zxingcpp.BarcodeFormat.QRCode,
    zxingcpp.BarcodeFormat.DataMatrix,
    zxingcpp.BarcodeFormat.Code39,
    zxingcpp.BarcodeFormat.EAN13,
    zxingcpp.BarcodeFormat.EAN8,
    zxingcpp.BarcodeFormat.UPCA,
    zxingcpp.BarcodeFormat.UPCE,
)
# an image larger than this (in pixels) is refused instead of decoded: 200 megapixels
# of grayscale is 200 MB, and no label photo needs it
MAX_IMAGE_PIXELS = 200_000_000
MAX_IMAGE_BYTES = 1 << 30

# symbologies read line by line (everything else is a 2D/matrix code)
_LINEAR = frozenset(
    {
        "Code128", "Code39", "Code39Std", "Code39Ext", "Code32", "PZN", "Code93", "Codabar",
        "EAN13", "EAN8", "EAN5", "EAN2", "ISBN", "UPCA", "UPCE", "EANUPC", "ITF", "ITF14",
        "DataBar", "DataBarOmni", "DataBarStk", "DataBarStkOmni", "DataBarLtd", "DataBarExp",
        "DataBarExpStk", "DataBarExpanded", "DataBarLimited", "Telepen", "TelepenAlpha",
        "TelepenNumeric", "DXFilmEdge",
    }
)  # fmt: skip
LINE_STEP = 4  # read 1D codes on every 4th row (and every 12th column)
FALLBACK_MAX_PIXELS = 2_500_000  # the small-code fallback runs on frames up to ~1080p
LARGE_PIXELS = 4_000_000  # above this, add zxing's downscaled pyramid (big photos)
_CELL = 8  # texture map cell (px)
_SPOT = 144  # side of a fallback spot (px): a small label's 2D code with room around it
# how a spot is read: enlarged 2.5× (bicubic; ~6 px per module for a 2.3 px module); the
# spot that looks most like a code also sharpened (unsharp mask, σ 1 px, amount 1) when
# the plain copy reads nothing; where zxing saw a symbol it could not decode, more
# (zoom, sharpening) tries, which read about half of those
_ZOOM = 2.5
_SHARPEN = 1.0
_CLOSER: tuple[tuple[float, float], ...] = ((3.0, 1.0), (2.0, 0.0), (2.5, 2.0), (3.0, 0.0))
_SHARP_SIGMA = 1.0
_MIN_SCORE = 3  # code-likeness (8-bit levels) below which a spot holds nothing
_K7 = np.ones((7, 7), np.uint8)

Point = tuple[int, int]
Quad = tuple[Point, Point, Point, Point]


class ImageError(FieldtagError):
    """An image file cannot be read (missing, not an image, corrupt, too large)."""


@dataclass(frozen=True)
class Decoded:
    """One code found in a frame."""

    format: str  # zxing's name: "QRCode", "Code128", "DataMatrix", ...
    text: str
    position: Quad  # top-left, top-right, bottom-right, bottom-left
    binary: bool = False  # the content is bytes, not text


def to_gray(frame: object) -> np.ndarray | None:
    """An 8-bit single-channel contiguous copy or view of `frame`, or None if it is no
    image. Colour frames are taken as OpenCV's BGR/BGRA; 16-bit and wider integers and
    floats are scaled into 0-255 by their range (floats in [0, 1] as fractions)."""
    if not isinstance(frame, np.ndarray) or frame.ndim not in (2, 3) or frame.size == 0:
        return None
    img = frame
    if img.ndim == 3:
        channels = img.shape[2]
        if channels in (1, 2):  # gray, gray + alpha
            img = img[:, :, 0]
        elif channels not in (3, 4):
            return None
    img8 = _to_uint8(img)
    if img8 is None:
        return None
    if img8.ndim == 3:
        code = cv2.COLOR_BGR2GRAY if img8.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        img8 = cv2.cvtColor(np.ascontiguousarray(img8), code)
    return np.ascontiguousarray(img8)


def _to_uint8(img: np.ndarray) -> np.ndarray | None:
    kind = img.dtype.kind
    if img.dtype == np.uint8:
        return img
    if kind == "b":
        return img.astype(np.uint8) * np.uint8(255)
    if kind in "iu":
        top = int(img.max())
        if kind == "i" and int(img.min()) < 0:
            img = np.clip(img, 0, None)
        if top <= 255:
            return img.astype(np.uint8)
        return (img.astype(np.float32) * np.float32(255.0 / top)).astype(np.uint8)
    if kind == "f":
        data = np.nan_to_num(img.astype(np.float32, copy=False), nan=0.0, posinf=0.0, neginf=0.0)
        peak = float(data.max(initial=0.0))
        scale = 255.0 if peak <= 1.0 else (1.0 if peak <= 255.0 else 255.0 / peak)
        out: np.ndarray = np.clip(data * np.float32(scale), 0, 255).astype(np.uint8)
        return out
    return None  # complex, strings, objects


def _position(barcode: zxingcpp.Barcode) -> Quad:
    p = barcode.position
    return (
        (int(p.top_left.x), int(p.top_left.y)),
        (int(p.top_right.x), int(p.top_right.y)),
        (int(p.bottom_right.x), int(p.bottom_right.y)),
        (int(p.bottom_left.x), int(p.bottom_left.y)),
    )


def _decoded(barcode: zxingcpp.Barcode, position: Quad | None = None) -> Decoded:
    binary = barcode.content_type == zxingcpp.ContentType.Binary
    return Decoded(barcode.format.name, barcode.text, position or _position(barcode), binary)


def _read(
    image: np.ndarray,
    formats: zxingcpp.BarcodeFormats | None,
    *,
    downscale: bool = False,
    errors: bool = False,
) -> list[zxingcpp.Barcode]:
    """zxing's read that never raises: a failure is logged and reads nothing."""
    if formats is None or image.shape[0] < 2 or image.shape[1] < 2:
        return []
    try:
        return list(
            zxingcpp.read_barcodes(
                image,
                formats=formats,
                try_rotate=False,
                try_invert=False,
                try_downscale=downscale,
                return_errors=errors,
            )
        )
    except (ValueError, RuntimeError, TypeError, MemoryError) as exc:
        log.warning("zxing could not read a %s×%s image: %s", image.shape[1], image.shape[0], exc)
        return []


def _map(
    quad: Quad,
    scale: tuple[float, float],
    offset: tuple[int, int] = (0, 0),
    *,
    transpose: bool = False,
) -> Quad:
    """`quad` from the coordinates of a resized, cropped or transposed copy back to the
    frame's."""
    pts = [(y, x) if transpose else (x, y) for x, y in quad]
    a, b, c, d = (
        (round(x * scale[0] + offset[0]), round(y * scale[1] + offset[1])) for x, y in pts
    )
    return (a, b, c, d)


def _bbox(quad: Quad) -> tuple[int, int, int, int]:
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    return min(xs), min(ys), max(xs), max(ys)


class FrameDecoder:
    """Finds codes in frames. One instance may serve several threads: it keeps no state
    between calls, and zxing-cpp releases the GIL while it works.

    `max_candidates` bounds the small-code fallback (0 turns it off): each spot costs
    about 0.5 ms on a 720p frame."""

    def __init__(
        self, formats: Sequence[zxingcpp.BarcodeFormat] = FORMATS, *, max_candidates: int = 2
    ) -> None:
        self.formats = tuple(formats)
        self.matrix = tuple(f for f in self.formats if f.name not in _LINEAR)
        self.linear = tuple(f for f in self.formats if f.name in _LINEAR)
        self.max_candidates = max(0, int(max_candidates))
        self._matrix_names = frozenset(f.name for f in self.matrix)
        # zxing reads every format when given none: an empty group is None, never read
        self._matrix = zxingcpp.BarcodeFormats(list(self.matrix)) if self.matrix else None
        self._linear = zxingcpp.BarcodeFormats(list(self.linear)) if self.linear else None

    def decode(self, frame: object) -> list[Decoded]:
        gray = to_gray(frame)
        if gray is None or gray.shape[0] < 2 or gray.shape[1] < 2:
            return []
        found, hints = self._matrix_pass(gray)
        found += self._linear_pass(gray)
        if self.max_candidates and self.matrix and gray.size <= FALLBACK_MAX_PIXELS:
            found += self._small_codes(gray, found, hints)
        return _unique(found)

    def _matrix_pass(self, gray: np.ndarray) -> tuple[list[Decoded], list[tuple[float, float]]]:
        """2D codes on the whole image; also where zxing saw a symbol it could not read."""
        found: list[Decoded] = []
        hints: list[tuple[float, float]] = []
        large = gray.size > LARGE_PIXELS
        for code in _read(gray, self._matrix, downscale=large, errors=True):
            if code.valid:
                found.append(_decoded(code))
            else:
                x0, y0, x1, y1 = _bbox(_position(code))
                hints.append(((x0 + x1) / 2, (y0 + y1) / 2))
        return found, hints

    def _linear_pass(self, gray: np.ndarray) -> list[Decoded]:
        """1D codes on every LINE_STEP-th row, and on every 3·LINE_STEP-th column for
        barcodes standing upright (small images: every line)."""
        found: list[Decoded] = []
        h, w = gray.shape
        if not self.linear:
            return found
        step = LINE_STEP if h >= 64 * LINE_STEP else 1
        rows = np.ascontiguousarray(gray[::step]) if step > 1 else gray
        for code in _read(rows, self._linear):
            if code.valid:
                found.append(_decoded(code, _map(_position(code), (1, step))))
        step = 3 * LINE_STEP if w >= 64 * LINE_STEP else 1
        cols = np.ascontiguousarray(gray[:, ::step].T)
        for code in _read(cols, self._linear):
            if code.valid:
                found.append(_decoded(code, _map(_position(code), (step, 1), transpose=True)))
        return found

    def _small_codes(
        self, gray: np.ndarray, found: list[Decoded], hints: list[tuple[float, float]]
    ) -> list[Decoded]:
        """2D codes too small for zxing at the frame's resolution: spots enlarged 2.5×,
        where zxing saw a symbol and, when the frame gave no 2D code, where the texture
        is densest."""
        h, w = gray.shape
        covered = [_bbox(c.position) for c in found]
        spots: list[tuple[float, float]] = []

        def add(x: float, y: float) -> None:
            if any(x0 - 8 <= x <= x1 + 8 and y0 - 8 <= y <= y1 + 8 for x0, y0, x1, y1 in covered):
                return
            if any(abs(x - sx) < _SPOT / 2 and abs(y - sy) < _SPOT / 2 for sx, sy in spots):
                return
            spots.append((x, y))

        for x, y in hints:
            add(x, y)
        if not any(c.format in self._matrix_names for c in found):
            for x, y in _code_peaks(gray, 2 * self.max_candidates):
                add(x, y)
        out: list[Decoded] = []
        for n, (cx, cy) in enumerate(spots[: self.max_candidates]):
            x0 = int(max(0, min(w - _SPOT, cx - _SPOT / 2)))
            y0 = int(max(0, min(h - _SPOT, cy - _SPOT / 2)))
            spot = gray[y0 : y0 + _SPOT, x0 : x0 + _SPOT]
            codes: list[Decoded] = []
            saw_symbol = False
            for sharpen in (0.0, _SHARPEN) if n == 0 else (0.0,):
                got = self._zoomed(spot, x0, y0, _ZOOM, sharpen)
                saw_symbol = saw_symbol or got is None
                if got:
                    codes = got
                    break
            if not codes and saw_symbol:  # zxing saw a symbol it could not decode
                for zoom, sharpen in _CLOSER:
                    got = self._zoomed(spot, x0, y0, zoom, sharpen)
                    if got:
                        codes = got
                        break
            out += codes
            covered += [_bbox(c.position) for c in codes]
        return out

    def _zoomed(
        self, spot: np.ndarray, x0: int, y0: int, zoom: float, sharpen: float
    ) -> list[Decoded] | None:
        """2D codes in `spot` enlarged by `zoom`, in frame coordinates; None when zxing
        found a symbol there but could not decode it."""
        if sharpen:
            soft = cv2.GaussianBlur(spot, (0, 0), _SHARP_SIGMA)
            spot = cv2.addWeighted(spot, 1 + sharpen, soft, -sharpen, 0)
        big = cv2.resize(spot, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
        codes = _read(big, self._matrix, errors=True)
        valid = [
            _decoded(c, _map(_position(c), (1 / zoom, 1 / zoom), (x0, y0)))
            for c in codes
            if c.valid
        ]
        if not valid and codes:
            return None
        return valid


def _code_peaks(gray: np.ndarray, k: int) -> list[tuple[float, float]]:
    """Centres of the `k` spots that look most like a code, strongest first: dark and
    light in about equal parts at high contrast (a 2D code is half ink; printed text,
    keyboard keys and plain surfaces are mostly one or the other). Per 4×4 px block:
    min(local max − mean, mean − local min), local over 14 px; ~0.6 ms on 720p."""
    h, w = gray.shape
    cw, ch = w // _CELL, h // _CELL
    if cw < 8 or ch < 8:
        return []
    half = cv2.resize(gray, (cw * 4, ch * 4), interpolation=cv2.INTER_AREA)
    blocks = (cw * 2, ch * 2)
    light = cv2.resize(cv2.dilate(half, _K7), blocks, interpolation=cv2.INTER_AREA)
    dark = cv2.resize(cv2.erode(half, _K7), blocks, interpolation=cv2.INTER_AREA)
    mean = cv2.resize(half, blocks, interpolation=cv2.INTER_AREA)
    score = cv2.min(cv2.subtract(light, mean), cv2.subtract(mean, dark))
    cells = cv2.blur(cv2.resize(score, (cw, ch), interpolation=cv2.INTER_AREA), (5, 5))
    local_max = cv2.dilate(cells, _K7)
    ys, xs = np.nonzero((cells >= local_max) & (cells > _MIN_SCORE))
    if ys.size == 0:
        return []
    order = np.argsort(-cells[ys, xs].astype(np.int32), kind="stable")[:k]
    return [((float(xs[i]) + 0.5) * _CELL, (float(ys[i]) + 0.5) * _CELL) for i in order]


def _unique(codes: list[Decoded]) -> list[Decoded]:
    seen: set[tuple[str, str]] = set()
    out: list[Decoded] = []
    for code in codes:
        key = (code.format, code.text)
        if key not in seen:
            seen.add(key)
            out.append(code)
    return out


def load_image(path: Path) -> np.ndarray:
    """Read an image file as 8-bit grayscale, or raise ImageError saying why not.

    Images are kept at full resolution (a 100-megapixel photo decodes in about 2 s):
    shrinking them would lose the small codes of a photo of a whole shelf. Files over
    1 GB and images over MAX_IMAGE_PIXELS are refused, the latter before decoding when
    the header tells the size (PNG, JPEG, BMP, WebP)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImageError(
            QT_TRANSLATE_NOOP("scan.decoder", "{path}: no such file").format(path=str(path))
        ) from None
    except OSError as exc:
        raise ImageError(_unreadable(path, exc)) from None
    if path.is_dir():
        raise ImageError(
            QT_TRANSLATE_NOOP("scan.decoder", "{path}: is a folder, not an image file").format(
                path=str(path)
            )
        )
    if size == 0:
        raise ImageError(
            QT_TRANSLATE_NOOP("scan.decoder", "{path}: the file is empty").format(path=str(path))
        )
    if size > MAX_IMAGE_BYTES:
        raise ImageError(
            QT_TRANSLATE_NOOP(
                "scan.decoder", "{path}: {size} MB is too large for an image to scan (limit 1 GB)"
            ).format(path=str(path), size=size >> 20)
        )
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError as exc:
        raise ImageError(_unreadable(path, exc)) from None
    dims = image_size(data[:65536].tobytes())
    if dims and dims[0] * dims[1] > MAX_IMAGE_PIXELS:
        raise _too_large(path, *dims)
    try:
        image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    except cv2.error:
        image = None
    if image is None or image.size == 0:
        raise ImageError(
            QT_TRANSLATE_NOOP(
                "scan.decoder",
                "{path}: not an image OpenCV can read, or the file is damaged "
                "(supported: PNG, JPEG, BMP, TIFF, WebP, PGM/PPM)",
            ).format(path=str(path))
        )
    if image.size > MAX_IMAGE_PIXELS:
        raise _too_large(path, image.shape[1], image.shape[0])
    return np.asarray(image)


def _too_large(path: Path, width: int, height: int) -> ImageError:
    return ImageError(
        QT_TRANSLATE_NOOP(
            "scan.decoder",
            "{path}: {width}×{height} pixels is too large to scan (limit {limit} megapixels); "
            "crop or scale the picture down",
        ).format(path=str(path), width=width, height=height, limit=MAX_IMAGE_PIXELS // 1_000_000)
    )


def _unreadable(path: Path, exc: OSError) -> str:
    return QT_TRANSLATE_NOOP("scan.decoder", "{path}: cannot be read ({reason})").format(
        path=str(path), reason=exc.strerror or str(exc)
    )


def image_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) from the first bytes of a PNG, JPEG, BMP or WebP file, or None."""
    if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR" and len(head) >= 24:
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    if head[:2] == b"BM" and len(head) >= 26:
        return int.from_bytes(head[18:22], "little", signed=True), abs(
            int.from_bytes(head[22:26], "little", signed=True)
        )
    if head[:4] == b"RIFF" and head[8:16] == b"WEBPVP8X" and len(head) >= 30:
        return 1 + int.from_bytes(head[24:27], "little"), 1 + int.from_bytes(head[27:30], "little")
    if head[:2] == b"\xff\xd8":
        return _jpeg_size(head)
    return None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(head):
        if head[i] != 0xFF:
            return None
        marker = head[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        length = int.from_bytes(head[i + 2 : i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # start of frame
            return int.from_bytes(head[i + 7 : i + 9], "big"), int.from_bytes(
                head[i + 5 : i + 7], "big"
            )
        i += 2 + length
    return None

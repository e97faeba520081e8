"""Module matrices of the codes on a label: QR and DataMatrix by zxing-cpp, Code128 by
python-barcode (its code-set choice and module pattern).

Each function raises ValidationError for content its symbology cannot carry, saying what
and how to fix it."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import zxingcpp
from barcode.charsets import code128 as _c128  # type: ignore[import-untyped]
from barcode.codex import Code128  # type: ignore[import-untyped]
from barcode.errors import BarcodeError  # type: ignore[import-untyped]

from app.domain.errors import ValidationError
from app.domain.labels import Symbology, code128_supported
from app.domain.text import QT_TRANSLATE_NOOP

Matrix = list[list[bool]]
_DARK_RUN = re.compile(b"\x01+")

# QR error correction: M (15 %) keeps our compact payload (FT:ORG:TAG, up to 20
# alphanumeric characters) in a 21×21 version-1 symbol, the largest modules for the room
QR_EC_LEVEL = "M"


def _matrix(text: str, fmt: zxingcpp.BarcodeFormat, name: str, **options: object) -> np.ndarray:
    if not text:
        raise ValidationError.single(
            name, QT_TRANSLATE_NOOP("printing.symbols", "has no text to encode")
        )
    try:
        symbol = zxingcpp.create_barcode(text, fmt, **options)
        image = np.asarray(symbol.to_image(scale=1, add_quiet_zones=False))
    except (ValueError, RuntimeError) as exc:
        raise ValidationError.single(
            name,
            QT_TRANSLATE_NOOP(
                "printing.symbols",
                "cannot encode {text} ({error}); use a shorter tag, organisation code or label URL",
            ).format(text=repr(text[:60]), error=str(exc)),
        ) from None
    dark: np.ndarray = image < 128
    return dark


def qr_array(text: str) -> np.ndarray:
    """The QR code of `text` as a square boolean array (True = dark), no quiet zone."""
    name = QT_TRANSLATE_NOOP("printing.symbols", "QR code")
    return _matrix(text, zxingcpp.BarcodeFormat.QRCode, name, ec_level=QR_EC_LEVEL)


def datamatrix_array(text: str) -> np.ndarray:
    """The square ECC 200 DataMatrix of `text` as a boolean array, no quiet zone.
    Square only: rectangular sizes (and the DMRE extension zxing would otherwise pick)
    are not read by every scanner."""
    return _matrix(text, zxingcpp.BarcodeFormat.DataMatrix, "DataMatrix", force_square=True)


def matrix_array(text: str, symbology: Symbology) -> np.ndarray:
    return qr_array(text) if symbology == "QRCode" else datamatrix_array(text)


# square ECC 200 sizes and their data codewords (ISO/IEC 16022 table 7)
_DM_SQUARE = (
    (10, 3), (12, 5), (14, 8), (16, 12), (18, 18), (20, 22), (22, 30), (24, 36), (26, 44),
    (32, 62), (36, 86), (40, 114), (44, 144), (48, 174), (52, 204), (64, 280), (72, 368),
    (80, 456), (88, 576), (96, 696), (104, 816), (120, 1050), (132, 1304), (144, 1558),
)  # fmt: skip


def datamatrix_ascii_size(text: str) -> int:
    """The side of the smallest square DataMatrix that holds `text` in plain ASCII
    encodation (digit pairs in one codeword, bytes above 127 in two). A printer's own
    encoder (ZPL ^BX) needs at most this; zxing's C40/Text compaction may need less."""
    data = text.encode("utf-8")
    codewords, i = 0, 0
    while i < len(data):
        if i + 1 < len(data) and 48 <= data[i] <= 57 and 48 <= data[i + 1] <= 57:
            i += 2
        else:
            i += 1
            codewords += 1 if data[i - 1] < 128 else 2
            continue
        codewords += 1
    for side, capacity in _DM_SQUARE:
        if capacity >= codewords:
            return side
    raise ValidationError.single(
        "DataMatrix",
        QT_TRANSLATE_NOOP(
            "printing.symbols", "{count} characters are too many for a DataMatrix; use QR"
        ).format(count=len(text)),
    )


def qr_matrix(text: str) -> Matrix:
    """The QR code of `text`: rows of modules, True = dark, without quiet zone."""
    return [[bool(v) for v in row] for row in qr_array(text)]


def datamatrix_matrix(text: str) -> Matrix:
    """The DataMatrix of `text`: rows of modules, True = dark, without quiet zone."""
    return [[bool(v) for v in row] for row in datamatrix_array(text)]


@dataclass(frozen=True)
class Code128Symbol:
    """A Code128 symbol: `codes` are its symbol values from the start code to the last
    data value (code-set switches included; check value and stop not included), as
    python-barcode chose them; `modules` is the whole pattern ("1" = dark module), from
    the start character to the stop pattern's final bar."""

    text: str
    codes: tuple[int, ...]
    check: int
    modules: str


def code128_symbol(text: str) -> Code128Symbol:
    code128_supported(text)
    try:
        codes = list(Code128(text).encoded)  # a fresh object: _build() keeps state
    except (BarcodeError, RuntimeError, KeyError) as exc:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("printing.symbols", "tag"),
            QT_TRANSLATE_NOOP("printing.symbols", "'{tag}' cannot be a Code128: {error}").format(
                tag=text, error=str(exc)
            ),
        ) from None
    check = (codes[0] + sum(i * c for i, c in enumerate(codes[1:], start=1))) % 103
    modules = "".join(_c128.CODES[c] for c in [*codes, check]) + _c128.STOP + "11"
    return Code128Symbol(text, tuple(codes), check, modules)


def code128_modules(text: str) -> str:
    """Code128's module pattern of `text` ("1" = dark), without quiet zones."""
    return code128_symbol(text).modules


def runs(modules: str) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(modules)
    while i < n:
        if modules[i] == "1":
            j = modules.find("0", i)
            j = n if j < 0 else j
            out.append((i, j - i))
            i = j
        else:
            j = modules.find("1", i)
            if j < 0:
                break
            i = j
    return out


def rectangles(matrix: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Dark modules of a 2D matrix merged into few rectangles (x, y, w, h) in modules:
    horizontal runs, and a run repeated on the following rows joined into one."""
    height, width = matrix.shape
    data = np.ascontiguousarray(matrix, dtype=np.uint8).tobytes()
    open_: dict[tuple[int, int], list[int]] = {}  # (x, w) -> [y, h]
    out: list[tuple[int, int, int, int]] = []
    for y in range(height + 1):
        row_runs: set[tuple[int, int]] = set()
        if y < height:
            row = data[y * width : (y + 1) * width]
            row_runs = {(m.start(), m.end() - m.start()) for m in _DARK_RUN.finditer(row)}
        for key in [k for k in open_ if k not in row_runs]:
            y0, h = open_.pop(key)
            out.append((key[0], y0, key[1], h))
        for key in row_runs:
            if key in open_:
                open_[key][1] += 1
            else:
                open_[key] = [y, 1]
    out.sort(key=lambda r: (r[1], r[0]))
    return out

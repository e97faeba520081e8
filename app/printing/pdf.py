"""Labels as PDF, drawn with reportlab.

- Codes are vectors on the stock's dot grid: each symbol is one filled path in a
  coordinate system of its own modules (one `re` per run of dark modules, runs repeated
  on following rows merged), its origin snapped to the page's dot grid, so every bar and
  module is a whole number of printer dots and a rasteriser never leaves seams.
- Text is DejaVu Sans (regular and bold, `resources/fonts/`, Bitstream Vera licence),
  embedded as a subset. Characters the font has no glyph for (CJK, emoji, control
  characters) are printed as a visible "?". Without the font files the standard
  Helvetica is used and every character outside Windows-1252 becomes "?".
- Sheets: many labels per page, the first sheet starting at `start_at` (1-based, across
  then down), so a partly used sheet can be finished. Rolls: one label per page, the page
  as large as the label.

Every label is checked before anything is drawn: a bad label (tag too long for the stock,
characters a Code128 cannot carry) fails the whole call with every problem listed.
"""

from __future__ import annotations

import io
import threading
from collections import Counter
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from app.domain.errors import Problem, ValidationError
from app.domain.labels import (
    MM_PER_PT,
    Arrangement,
    LabelData,
    LabelDoesNotFit,
    LabelLayout,
    LabelOptions,
    LabelStock,
    check_start,
    layout_label,
)
from app.domain.text import QT_TRANSLATE_NOOP
from app.log import get_logger
from app.printing.symbols import (
    code128_symbol,
    datamatrix_ascii_size,
    matrix_array,
    rectangles,
    runs,
)
from app.resources import resource_path

log = get_logger("printing")

# Streams compressed but not ASCII85-encoded: 20 % smaller PDFs, and without reportlab's
# optional C accelerator the pure-Python ASCII85 encoder costs ~0.3 s per 1,000 labels.
# (Process-wide on purpose: a per-document switch would race with other threads.)
rl_config.useA85 = 0

REGULAR = "FieldtagSans"
BOLD = "FieldtagSans-Bold"
_FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_FALLBACK = {REGULAR: "Helvetica", BOLD: "Helvetica-Bold"}
MAX_LISTED_PROBLEMS = 20
COMPRESS_FROM = 10  # labels: smaller documents are written uncompressed (faster)

_fonts_lock = threading.Lock()
_fonts: dict[str, str] = {}  # our name -> registered reportlab font name
_glyphs: dict[str, frozenset[int] | None] = {}  # font -> code points it has (None: cp1252)


def _font(bold: bool) -> str:
    """The registered font name (registering DejaVu Sans once per process)."""
    name = BOLD if bold else REGULAR
    found = _fonts.get(name)
    if found is not None:
        return found
    with _fonts_lock:
        if name not in _fonts:
            path = resource_path("fonts", _FONT_FILES[name])
            try:
                font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
                _fonts[name] = name
                _glyphs[name] = frozenset(font.face.charToGlyph)
            except (OSError, ValueError) as exc:  # missing or broken font file
                log.warning("label font %s not usable (%s); using %s", path, exc, _FALLBACK[name])
                _fonts[name] = _FALLBACK[name]
                _glyphs[name] = None
    return _fonts[name]


def printable(text: str, bold: bool = False) -> str:
    """`text` with every character the label font cannot show replaced by "?"."""
    _font(bold)  # registers the font and learns its glyphs
    glyphs = _glyphs[BOLD if bold else REGULAR]
    out = []
    for ch in text:
        code = ord(ch)
        if code < 32 or 0x7F <= code < 0xA0:
            out.append("?")
        elif glyphs is None:
            try:
                ch.encode("cp1252")
                out.append(ch)
            except UnicodeEncodeError:
                out.append("?")
        else:
            out.append(ch if code in glyphs else "?")
    return "".join(out)


@lru_cache(maxsize=4096)
def measure(text: str, bold: bool) -> float:
    """Width of `text` in em (pt at 1 pt) in the label font."""
    return float(pdfmetrics.stringWidth(printable(text, bold), _font(bold), 1.0))


@dataclass(frozen=True)
class PreparedLabel:
    """One label, ready to draw: its layout and its codes as PDF path operators in
    module units."""

    data: LabelData
    layout: LabelLayout
    matrix_ops: str
    bars_ops: str


def _clean(data: LabelData) -> LabelData:
    return LabelData(
        tag=data.tag,
        payload=data.payload,
        organisation=printable(data.organisation),
        lines=tuple(printable(t) for t in data.lines),
        code128_text=data.code128_text,
    )


def prepare_label(
    stock: LabelStock,
    data: LabelData,
    options: LabelOptions,
    *,
    zpl: bool = False,
    arrangement: Arrangement | None = None,
) -> PreparedLabel:
    """Codes and layout of one label; raises ValidationError / LabelDoesNotFit.
    `zpl`: lay out for the printer's own DataMatrix encoder (room for plain ASCII
    encodation, which may need a larger symbol than zxing's)."""
    shown_tag = printable(data.tag, bold=True)
    if shown_tag != data.tag:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("printing.labels", "tag"),
            QT_TRANSLATE_NOOP(
                "printing.labels", "'{tag}' has characters the label font cannot print"
            ).format(tag=data.tag),
        )
    matrix = matrix_array(data.payload, options.symbology)
    bars_ops = ""
    n128 = 0
    if options.code128:
        symbol = code128_symbol(data.code128_content)
        n128 = len(symbol.modules)
        bars_ops = " ".join(f"{x} 0 {w} 1 re" for x, w in runs(symbol.modules))
    data = _clean(data)
    n2d = int(matrix.shape[0])
    if zpl and options.symbology == "DataMatrix":
        n2d = max(n2d, datamatrix_ascii_size(data.payload))
    layout = layout_label(
        stock, data, options, modules_2d=n2d, modules_128=n128, measure=measure,
        arrangement=arrangement,
    )  # fmt: skip
    matrix_ops = " ".join(f"{x} {y} {w} {h} re" for x, y, w, h in rectangles(matrix))
    return PreparedLabel(data, layout, matrix_ops, bars_ops)


def prepare_labels(
    stock: LabelStock, labels: Sequence[LabelData], options: LabelOptions, *, zpl: bool = False
) -> list[PreparedLabel]:
    """Every label prepared, or one error listing every label that cannot be printed."""
    if not labels:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("printing.labels", "labels"),
            QT_TRANSLATE_NOOP("printing.labels", "nothing to print: choose at least one tag"),
        )
    prepared: list[PreparedLabel] = []
    problems: list[Problem] = []
    all_fit = True
    bad = 0
    for i, data in enumerate(labels, start=1):
        try:
            prepared.append(prepare_label(stock, data, options, zpl=zpl))
        except ValidationError as exc:
            bad += 1
            all_fit = all_fit and isinstance(exc, LabelDoesNotFit)
            if len(problems) < MAX_LISTED_PROBLEMS:
                problems += [Problem(_label_field(i, data.tag, p.field), p.message)
                             for p in exc.problems]  # fmt: skip
    if problems:
        if bad > MAX_LISTED_PROBLEMS:
            more = QT_TRANSLATE_NOOP("printing.labels", "and {count} more labels")
            problems.append(Problem("", more.format(count=bad - MAX_LISTED_PROBLEMS)))
        raise LabelDoesNotFit(problems) if all_fit else ValidationError(problems)
    if options.logo:
        _logo(options.logo)
    return _alike(stock, prepared, options, zpl=zpl)


def _label_field(number: int, tag: str, field: str) -> str:
    """Where a problem of one label of a job is: "label 3 (IT-7): tag"."""
    if field:
        return QT_TRANSLATE_NOOP("printing.labels", "label {number} ({tag}): {field}").format(
            number=number, tag=tag, field=field
        )
    return QT_TRANSLATE_NOOP("printing.labels", "label {number} ({tag})").format(
        number=number, tag=tag
    )


def _alike(
    stock: LabelStock, prepared: list[PreparedLabel], options: LabelOptions, *, zpl: bool
) -> list[PreparedLabel]:
    """The labels of one job in one arrangement where they fit it: a sheet where a
    short tag put its Code128 beside the 2D code and the others below looks untidy."""
    counts = Counter(p.layout.arrangement for p in prepared)
    if len(counts) < 2:
        return prepared
    usual = counts.most_common(1)[0][0]
    out = []
    for label in prepared:
        alike = label
        if label.layout.arrangement != usual:
            with suppress(ValidationError):  # else it only fits the other way
                alike = prepare_label(stock, label.data, options, zpl=zpl, arrangement=usual)
        out.append(alike)
    return out


@lru_cache(maxsize=8)
def _logo_reader(path: str, mtime: float) -> ImageReader:
    reader = ImageReader(path)
    reader.getSize()  # reads the header: fails now rather than while drawing
    return reader


def _logo(path: str) -> ImageReader:
    try:
        return _logo_reader(path, Path(path).stat().st_mtime)
    except Exception as exc:  # OSError, PIL's UnidentifiedImageError, ...
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("printing.labels", "logo"),
            QT_TRANSLATE_NOOP(
                "printing.labels",
                "cannot read {path} ({error}); choose a PNG or JPEG file in Settings, or no logo",
            ).format(path=path, error=f"{exc.__class__.__name__}: {exc}"),
        ) from None


def _pt(mm: float) -> float:
    return mm / MM_PER_PT


class _Page:
    """Draws labels on one reportlab canvas."""

    def __init__(self, canvas: Canvas, stock: LabelStock, options: LabelOptions) -> None:
        self.c = canvas
        self.stock = stock
        self.options = options
        self.dot = stock.dot_mm
        self.page_h = stock.page_height_mm
        self.logo = _logo(options.logo) if options.logo else None

    def snap(self, mm: float) -> float:
        return round(mm / self.dot) * self.dot

    def draw(self, label: PreparedLabel, x0: float, y0: float) -> None:
        c, lay, dot = self.c, label.layout, self.dot
        if self.options.outlines:
            c.setStrokeGray(0.75)
            c.setLineWidth(0.3)
            s = self.stock
            bottom = _pt(self.page_h - y0 - s.label_height_mm)
            c.roundRect(_pt(x0), bottom, _pt(s.label_width_mm), _pt(s.label_height_mm),
                        _pt(s.corner_radius_mm), stroke=1, fill=0)  # fmt: skip
        # the 2D code: one path in module units, origin on the dot grid
        u = _pt(lay.module_dots * dot)
        x = _pt(self.snap(x0 + lay.code2d.x_mm))
        y = _pt(self.page_h - self.snap(y0 + lay.code2d.y_mm))
        c.addLiteral(f"q {u:.5f} 0 0 {-u:.5f} {x:.4f} {y:.4f} cm {label.matrix_ops} f Q")
        if lay.code128 is not None:
            bw = _pt(lay.bar_dots * dot)
            bh = _pt(self.snap(lay.code128.h_mm))
            x = _pt(self.snap(x0 + lay.code128.x_mm))
            y = _pt(self.page_h - self.snap(y0 + lay.code128.y_mm))
            c.addLiteral(f"q {bw:.5f} 0 0 {-bh:.4f} {x:.4f} {y:.4f} cm {label.bars_ops} f Q")
        for run in lay.texts:
            c.setFont(_font(run.bold), run.size_pt)
            c.drawString(_pt(x0 + run.box.x_mm), _pt(self.page_h - y0 - run.baseline_mm),
                         run.text)  # fmt: skip
        if lay.logo is not None and self.logo is not None:
            b = lay.logo
            c.drawImage(self.logo, _pt(x0 + b.x_mm), _pt(self.page_h - y0 - b.bottom_mm),
                        _pt(b.w_mm), _pt(b.h_mm), mask="auto", preserveAspectRatio=True,
                        anchor="e")  # fmt: skip


def render_pdf(
    stock: LabelStock,
    labels: Sequence[LabelData],
    options: LabelOptions,
    *,
    start_at: int = 1,
) -> bytes:
    """A PDF of `labels` on `stock`. Raises ValidationError (LabelDoesNotFit when labels
    do not fit the stock) before drawing anything."""
    check_start(stock, start_at)
    prepared = prepare_labels(stock, labels, options)
    return render_prepared(stock, prepared, options, start_at=start_at)


def render_prepared(
    stock: LabelStock,
    prepared: Sequence[PreparedLabel],
    options: LabelOptions,
    *,
    start_at: int = 1,
) -> bytes:
    """`render_pdf` for labels already prepared (the GUI preview lays labels out once)."""
    check_start(stock, start_at)
    buf = io.BytesIO()
    canvas = Canvas(
        buf,
        pagesize=(_pt(stock.page_width_mm), _pt(stock.page_height_mm)),
        invariant=True,
        # compressing costs ~10 ms of a one-label PDF (the preview), mostly the fonts
        pageCompression=1 if len(prepared) > COMPRESS_FROM else 0,
    )
    canvas.setTitle(f"Labels on {stock.id}")
    canvas.setCreator("Fieldtag")
    page = _Page(canvas, stock, options)
    slot = start_at - 1
    for i, label in enumerate(prepared):
        if i and slot % stock.per_page == 0:
            canvas.showPage()
        x0, y0 = stock.position_rect(slot % stock.per_page)
        canvas.setFillGray(0)
        page.draw(label, x0, y0)
        slot += 1
    canvas.showPage()
    canvas.save()
    return buf.getvalue()

"""Label stock, what a label says, and where everything goes on it. Pure geometry.

Units: millimetres (float), measured from the top-left corner of the label (or page).
Every stock has the printer's dot grid (`dpi`): module and bar widths are whole numbers of
dots and the renderers snap the codes' origins to the grid, so a 203-dpi thermal printer
never has to split a bar and a 600-dpi laser prints every bar exactly as wide as the next.

What the layout keeps, so that a label scans on the first try:

- quiet zones: 10 modules on each side of the Code128 (ISO/IEC 15417), 4 modules around a
  QR code, 2 around a DataMatrix (the standard asks for 1). Quiet zones lie inside the
  label (a label stuck on a black laptop has no white around it), at least `EDGE_MM`
  from its edge; ink keeps the stock's inset (`LabelStock.content_inset_mm`) from the
  edge, which absorbs the ±1 mm sheet registration of office laser printers;
- readable modules: a 2D module is at least 0.25 mm on thermal stock and 0.17 mm on a
  laser sheet (600 dpi: 5 dots); a Code128 bar is at least 2 dots and 0.165 mm (6.5 mil;
  600 dpi: 4 dots), which every handheld laser and imaging scanner resolves;
- the biggest codes and type that fit: arrangements and module sizes are tried and
  scored, preferring a large 2D code (webcams read 2D codes, not thin bars), then a wide
  Code128, a large tag, and the chosen field lines.

Text never clips: a line shrinks to `MIN_TEXT_PT` and is then cut with "…"; field lines
and then the organisation line are left out (with a note) when there is no room. The tag
itself is never cut: when it cannot be printed in readable type the label does not fit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from app.domain.errors import Problem, ValidationError
from app.domain.text import QT_TRANSLATE_NOOP

MM_PER_INCH = 25.4
MM_PER_PT = MM_PER_INCH / 72.0

StockKind = Literal["sheet", "roll"]
Symbology = Literal["QRCode", "DataMatrix"]
Arrangement = Literal["side", "stacked"]
SYMBOLOGIES: tuple[Symbology, ...] = ("QRCode", "DataMatrix")

# Where ink may go: at least this far inside the label's edge (a stock may set its own).
DEFAULT_INSET_MM: Mapping[str, float] = {"sheet": 1.5, "roll": 1.0}
# Text keeps at least this far from a 2D code (beyond its quiet zone, if that is less).
TEXT_GAP_MM = 1.2
# Quiet zones may reach this close to the label's edge (die-cut tolerance), never past it.
EDGE_MM = 0.5

QUIET_MODULES: Mapping[str, int] = {"QRCode": 4, "DataMatrix": 2}
CODE128_QUIET_MODULES = 10
MIN_MODULE_MM_THERMAL = 0.25  # 2D module on a thermal roll
MIN_MODULE_MM_LASER = 0.17  # 2D module on a laser/inkjet sheet
MAX_MODULE_MM = 1.0  # larger 2D modules add nothing but size
MIN_BAR_DOTS = 2
MIN_BAR_MM = 0.165  # Code128 X-dimension: 6.5 mil
MAX_BAR_MM = 0.5
MIN_BARS_H_MM = 5.0  # Code128 bar height
MAX_BARS_H_MM = 15.0

MIN_TEXT_PT = 6.0
MAX_TAG_PT = 20.0
ELLIPSIS = "…"
# A text run's box is one em tall: cap height / ascenders (0.76 em) above the baseline,
# descenders (0.24 em) below. Accents on capitals reach into the gap above.
ASCENT_EM = 0.76
DESCENT_EM = 0.24

# what a layout is aiming for (more is not better beyond these)
_GOOD_MODULE_MM = 0.75
_GOOD_BAR_MM = 0.30
_GOOD_TAG_PT = 14.0
_GOOD_BARS_H_MM = 8.0

_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_DPI_RANGE = (150, 1200)

# width of a text in em (its width at 1 pt, in pt), regular or bold
Measure = Callable[[str, bool], float]


class LabelDoesNotFit(ValidationError):
    """The label's content cannot be printed readably on the stock; the message says what
    does not fit and what to do."""

    def __init__(self, message: str | Sequence[Problem], field: str = "label") -> None:
        problems = [Problem(field, message)] if isinstance(message, str) else list(message)
        super().__init__(problems)


# --------------------------------------------------------------------------- stock


@dataclass(frozen=True)
class LabelStock:
    """A kind of label: a sheet (many labels per page) or a roll (one label per page).

    `inset_mm` is how far inside the label's edge ink may go (None: 1.5 mm on sheets,
    1.0 mm on rolls; Brother's 62 mm tape needs more, the printer cannot reach its edges).
    `landscape`: the printer feeds the label with its long side across (Brother
    DK-11201, Dymo 30252), so the page (label_width × label_height) is printed landscape.
    """

    id: str
    description: str
    kind: StockKind
    dpi: int
    page_width_mm: float
    page_height_mm: float
    label_width_mm: float
    label_height_mm: float
    columns: int
    rows: int
    margin_left_mm: float
    margin_top_mm: float
    pitch_x_mm: float
    pitch_y_mm: float
    corner_radius_mm: float = 0.0
    zpl: bool = False
    inset_mm: float | None = None
    landscape: bool = False

    def __post_init__(self) -> None:
        problems = stock_problems(self)
        if problems:
            raise ValidationError(
                [
                    Problem(
                        QT_TRANSLATE_NOOP("domain.labels", "stock '{id}': {f}").format(
                            id=self.id, f=f
                        ),
                        m,
                    )
                    for f, m in problems
                ]
            )

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def content_inset_mm(self) -> float:
        return self.inset_mm if self.inset_mm is not None else DEFAULT_INSET_MM[self.kind]

    @property
    def dot_mm(self) -> float:
        return MM_PER_INCH / self.dpi

    @property
    def thermal(self) -> bool:
        return self.kind == "roll"

    def position_rect(self, index: int) -> tuple[float, float]:
        """(x, y) in mm of the top-left corner of the label at `index` (0-based, across
        then down) on its page."""
        if not 0 <= index < self.per_page:
            raise ValueError(f"position {index} is not on a page of {self.id}")
        row, col = divmod(index, self.columns)
        return (
            self.margin_left_mm + col * self.pitch_x_mm,
            self.margin_top_mm + row * self.pitch_y_mm,
        )


_STOCK_FIELDS: dict[str, str] = {
    # name: type ("str", "kind", "int", "mm", "bool", "mm?")
    "id": "str",
    "description": "str",
    "kind": "kind",
    "dpi": "int",
    "page_width_mm": "mm",
    "page_height_mm": "mm",
    "label_width_mm": "mm",
    "label_height_mm": "mm",
    "columns": "int",
    "rows": "int",
    "margin_left_mm": "mm",
    "margin_top_mm": "mm",
    "pitch_x_mm": "mm",
    "pitch_y_mm": "mm",
    "corner_radius_mm": "mm",
    "zpl": "bool",
    "inset_mm": "mm?",
    "landscape": "bool",
}
_TOL = 0.01  # mm: rounding in hand-written stock files


def stock_problems(stock: LabelStock) -> list[tuple[str, str]]:
    """What is impossible about a stock's geometry: (field, message) pairs."""
    out: list[tuple[str, str]] = []
    if not _ID_RE.fullmatch(stock.id):
        out.append(("id", "use 1-64 lower-case letters, digits, '.', '_' or '-' (e.g. acme-50x25)"))
    if stock.kind not in ("sheet", "roll"):
        out.append(("kind", f'must be "sheet" or "roll", got {stock.kind!r}'))
        return out
    lo, hi = _DPI_RANGE
    if not lo <= stock.dpi <= hi:
        out.append(("dpi", f"must be between {lo} and {hi} (the printer's dots per inch), "
                    f"got {stock.dpi}"))  # fmt: skip
    for name in ("page_width_mm", "page_height_mm", "label_width_mm", "label_height_mm"):
        value = getattr(stock, name)
        if not value > 0 or not math.isfinite(value):
            out.append((name, f"must be a positive number of millimetres, got {value}"))
    for name in ("columns", "rows"):
        if getattr(stock, name) < 1:
            out.append((name, f"must be 1 or more, got {getattr(stock, name)}"))
    for name in ("margin_left_mm", "margin_top_mm", "corner_radius_mm"):
        value = getattr(stock, name)
        if not value >= 0 or not math.isfinite(value):
            out.append((name, f"must be 0 or more millimetres, got {value}"))
    if stock.inset_mm is not None and not 0 <= stock.inset_mm <= 10:
        out.append(("inset_mm", f"must be between 0 and 10 mm, got {stock.inset_mm}"))
    if out:
        return out
    if stock.kind == "roll" and (stock.columns, stock.rows) != (1, 1):
        out.append(("columns", "a roll has one label per page: set columns and rows to 1"))
    if stock.columns > 1 and stock.pitch_x_mm < stock.label_width_mm - _TOL:
        out.append(("pitch_x_mm", f"{stock.pitch_x_mm} mm is less than the label width "
                    f"{stock.label_width_mm} mm: labels would overlap"))  # fmt: skip
    if stock.rows > 1 and stock.pitch_y_mm < stock.label_height_mm - _TOL:
        out.append(("pitch_y_mm", f"{stock.pitch_y_mm} mm is less than the label height "
                    f"{stock.label_height_mm} mm: labels would overlap"))  # fmt: skip
    right = stock.margin_left_mm + (stock.columns - 1) * stock.pitch_x_mm + stock.label_width_mm
    if right > stock.page_width_mm + _TOL:
        out.append(("page_width_mm", f"the last column ends at {right:.2f} mm, past the page "
                    f"width {stock.page_width_mm} mm: check margin_left_mm, pitch_x_mm, "
                    "columns and label_width_mm"))  # fmt: skip
    bottom = stock.margin_top_mm + (stock.rows - 1) * stock.pitch_y_mm + stock.label_height_mm
    if bottom > stock.page_height_mm + _TOL:
        out.append(("page_height_mm", f"the last row ends at {bottom:.2f} mm, past the page "
                    f"height {stock.page_height_mm} mm: check margin_top_mm, pitch_y_mm, "
                    "rows and label_height_mm"))  # fmt: skip
    limit = min(stock.label_width_mm, stock.label_height_mm) / 2
    if stock.corner_radius_mm > limit + _TOL:
        out.append(("corner_radius_mm", f"{stock.corner_radius_mm} mm is more than half the "
                    f"label's shorter side ({limit:.2f} mm)"))  # fmt: skip
    inset = stock.content_inset_mm
    if 2 * inset >= min(stock.label_width_mm, stock.label_height_mm):
        out.append(("inset_mm", f"{inset} mm on each side leaves nothing to print on"))
    return out


def stock_from_dict(raw: Mapping[str, Any], source: str) -> LabelStock:
    """A stock from one entry of a stock file. Raises ValidationError naming `source`
    (the file), the stock id and every bad field.

    Rolls may leave out the page (it is the label), the margins (0), columns/rows (1)
    and pitch; sheets may leave out the pitch (= label size, no gap). Zebra stocks
    (`"zpl": true`) default to 203 dpi. Keys starting with "_" are comments."""
    sid = raw.get("id") if isinstance(raw.get("id"), str) else None
    where = f"{source}: stock '{sid}'" if sid else f"{source}: a stock without an id"
    problems: list[Problem] = []

    def bad(name: str, message: str) -> None:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("domain.labels", "{where}: {name}").format(
                    where=where, name=name
                ),
                message,
            )
        )

    if not isinstance(raw, Mapping):
        raise ValidationError(
            [
                Problem(
                    source,
                    QT_TRANSLATE_NOOP("domain.labels", "a stock must be a JSON object {...}"),
                )
            ]
        )
    unknown = sorted(k for k in raw if k not in _STOCK_FIELDS and not str(k).startswith("_"))
    for key in unknown:
        bad(
            str(key),
            QT_TRANSLATE_NOOP("domain.labels", "unknown field (known: {STOCK_FIELDS})").format(
                STOCK_FIELDS=", ".join(_STOCK_FIELDS)
            ),
        )
    values: dict[str, Any] = {}
    for name, kind in _STOCK_FIELDS.items():
        if name not in raw:
            continue
        value = raw[name]
        if kind in ("str", "kind"):
            if not isinstance(value, str) or not value.strip():
                bad(
                    name,
                    QT_TRANSLATE_NOOP(
                        "domain.labels", "must be a non-empty text, got {value!r}"
                    ).format(value=value),
                )
                continue
            values[name] = value.strip()
        elif kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                bad(
                    name,
                    QT_TRANSLATE_NOOP(
                        "domain.labels", "must be a whole number, got {value!r}"
                    ).format(value=value),
                )
                continue
            values[name] = value
        elif kind == "bool":
            if not isinstance(value, bool):
                bad(
                    name,
                    QT_TRANSLATE_NOOP(
                        "domain.labels", "must be true or false, got {value!r}"
                    ).format(value=value),
                )
                continue
            values[name] = value
        else:
            if value is None and kind == "mm?":
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                bad(
                    name,
                    QT_TRANSLATE_NOOP(
                        "domain.labels", "must be a number of millimetres, got {value!r}"
                    ).format(value=value),
                )
                continue
            if not math.isfinite(value):
                bad(
                    name,
                    QT_TRANSLATE_NOOP(
                        "domain.labels", "must be a finite number, got {value!r}"
                    ).format(value=value),
                )
                continue
            values[name] = float(value)
    kind_value = values.get("kind")
    if "kind" in values and kind_value not in ("sheet", "roll"):
        bad(
            "kind",
            QT_TRANSLATE_NOOP(
                "domain.labels", 'must be "sheet" or "roll", got {kind_value!r}'
            ).format(kind_value=kind_value),
        )
    if kind_value == "roll":
        if "label_width_mm" in values:
            values.setdefault("page_width_mm", values["label_width_mm"])
        if "label_height_mm" in values:
            values.setdefault("page_height_mm", values["label_height_mm"])
        values.setdefault("columns", 1)
        values.setdefault("rows", 1)
    values.setdefault("margin_left_mm", 0.0)
    values.setdefault("margin_top_mm", 0.0)
    if values.get("zpl"):
        values.setdefault("dpi", 203)
    if "label_width_mm" in values:
        values.setdefault("pitch_x_mm", values["label_width_mm"])
    if "label_height_mm" in values:
        values.setdefault("pitch_y_mm", values["label_height_mm"])
    required = [n for n, k in _STOCK_FIELDS.items() if k != "mm?" and n not in values]
    for name in required:
        if name in ("corner_radius_mm", "zpl", "landscape"):
            continue
        if name in raw:
            continue  # already reported as malformed
        bad(name, QT_TRANSLATE_NOOP("domain.labels", "is missing"))
    if problems:
        raise ValidationError(problems)
    try:
        return LabelStock(**values)
    except ValidationError as exc:
        raise ValidationError(
            [
                Problem(
                    QT_TRANSLATE_NOOP("domain.labels", "{source}: {field}").format(
                        source=source, field=p.field
                    ),
                    p.message,
                )
                for p in exc.problems
            ]
        ) from None


# --------------------------------------------------------------------------- content


@dataclass(frozen=True)
class LabelData:
    """What one label says. `payload` is the 2D code's text (`encode_payload`);
    `code128_text` what the Code128 holds ("" = the tag; the settings' Code128 prefix
    goes here, e.g. "ACME-IT-004211")."""

    tag: str
    payload: str
    organisation: str = ""
    lines: tuple[str, ...] = ()
    code128_text: str = ""

    @property
    def code128_content(self) -> str:
        return self.code128_text or self.tag


@dataclass(frozen=True)
class LabelOptions:
    """How labels are printed. `fields` names the asset fields the services turn into
    `LabelData.lines`; `outlines` draws each label's outline in light grey, for a test
    print on plain paper."""

    symbology: Symbology = "QRCode"
    code128: bool = True
    fields: tuple[str, ...] = ("model", "serial")
    logo: str | None = None
    outlines: bool = False

    def __post_init__(self) -> None:
        if self.symbology not in SYMBOLOGIES:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("domain.labels", "symbology"),
                QT_TRANSLATE_NOOP(
                    "domain.labels", "'{symbology}' is not one of {SYMBOLOGIES}"
                ).format(symbology=self.symbology, SYMBOLOGIES=", ".join(SYMBOLOGIES)),
            )


@dataclass(frozen=True)
class Box:
    """A rectangle in mm, relative to the label's top-left corner."""

    x_mm: float
    y_mm: float
    w_mm: float
    h_mm: float

    @property
    def right_mm(self) -> float:
        return self.x_mm + self.w_mm

    @property
    def bottom_mm(self) -> float:
        return self.y_mm + self.h_mm


@dataclass(frozen=True)
class TextRun:
    """One line of text: drawn from the box's left edge, its baseline `ASCENT_EM` below
    the box's top; the box is one em tall and as wide as the text."""

    text: str
    box: Box
    size_pt: float
    bold: bool = False
    role: Literal["organisation", "tag", "line"] = "line"

    @property
    def baseline_mm(self) -> float:
        return self.box.y_mm + ASCENT_EM * self.size_pt * MM_PER_PT


@dataclass(frozen=True)
class LabelLayout:
    """Everything a renderer needs. `code2d` and `code128` are the boxes of the symbols'
    modules (quiet zones not included; they are kept clear around them); module and bar
    widths are `module_dots` and `bar_dots` dots of the stock's grid."""

    code2d: Box
    module_dots: int
    code128: Box | None
    bar_dots: int
    texts: tuple[TextRun, ...]
    logo: Box | None
    notes: tuple[str, ...] = field(default=())
    arrangement: Arrangement = "side"


# --------------------------------------------------------------------------- checks


def code128_supported(tag: str) -> None:
    """Raise ValidationError if Code128 cannot carry `tag` as a scanner would type it:
    only printable ASCII (letters A-Z a-z, digits, punctuation; no spaces, no accents,
    no control characters, which keyboard-wedge scanners cannot type)."""
    bad = [(i, ch) for i, ch in enumerate(tag) if not 33 <= ord(ch) <= 126]
    if not tag:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("domain.labels", "tag"),
            QT_TRANSLATE_NOOP("domain.labels", "is empty: a Code128 needs at least one character"),
        )
    if bad:
        shown = ", ".join(f"'{ch}' (U+{ord(ch):04X}) at position {i + 1}" for i, ch in bad[:5])
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("domain.labels", "tag"),
            QT_TRANSLATE_NOOP(
                "domain.labels",
                "'{tag}' has characters a Code128 cannot carry: {shown}{more}. Use "
                "letters A-Z, digits and ASCII punctuation, or print without the Code128 "
                "(the 2D code carries any text)",
            ).format(tag=tag, shown=shown, more=more),
        )


def approx_measure(text: str, bold: bool) -> float:
    """A text's width in em without font files: average Latin widths of DejaVu Sans."""
    per_char = 0.70 if bold else 0.62
    return len(text) * per_char


def fit_text(
    text: str, width_mm: float, max_pt: float, measure: Measure, *, bold: bool = False,
    min_pt: float = MIN_TEXT_PT,
) -> tuple[str, float]:  # fmt: skip
    """(text, size) of `text` in `width_mm`: as large as fits up to `max_pt`; below
    `min_pt` the text is cut and ends with "…" ("" if not even that fits)."""
    em = measure(text, bold)
    if em <= 0:
        return text, max_pt
    size = min(max_pt, width_mm / (em * MM_PER_PT))
    if size >= min_pt:
        return text, size
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS, bold) * min_pt * MM_PER_PT <= width_mm:
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        return "", min_pt
    return text[:lo].rstrip() + ELLIPSIS, min_pt


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class _Shape:
    """What the choice of arrangement depends on (text only through its width)."""

    symbology: Symbology
    code128: bool
    logo: bool
    n2d: int
    n128: int
    tag_em: float
    has_org: bool
    n_lines: int


@dataclass(frozen=True)
class _Column:
    """Sizes of what is stacked in the text column (with the Code128 bars between the
    tag and the field lines in the side arrangement)."""

    org_pt: float
    tag_pt: float
    line_pt: float
    n_lines: int
    bars_h: float
    gap: float


@dataclass(frozen=True)
class _Geometry:
    """A chosen arrangement: the codes' boxes and the text column."""

    arrangement: Arrangement
    code2d: Box
    module_dots: int
    code128: Box | None  # y and h are decided with the column (side arrangement)
    bar_dots: int
    col_x: float
    col_y: float
    col_w: float
    col_h: float
    col: _Column
    bars_in_column: bool
    score: float


def _snap_up(value: float, dot: float) -> float:
    return math.ceil(value / dot - 1e-9) * dot


def _snap(value: float, dot: float) -> float:
    return round(value / dot) * dot


def _snap_down(value: float, dot: float) -> float:
    return math.floor(value / dot + 1e-9) * dot


def _gap(label_h: float) -> float:
    return min(max(0.035 * label_h, 0.5), 1.5)


def _fill_column(
    shape: _Shape, width: float, height: float, *, bars: bool, label_h: float
) -> _Column | None:
    """Sizes of what goes in a text column `width` × `height` mm, or None if the tag
    (and the bars) do not fit even at their minimum sizes. Field lines and then the
    organisation line are left out before the tag goes below 10 pt."""
    if width <= 0 or height <= 0:
        return None
    gap = _gap(label_h)
    small_pref = min(max(0.30 * label_h, 6.5), 9.0)  # org and field lines, pt
    tag_width_cap = width / (shape.tag_em * MM_PER_PT) if shape.tag_em > 0 else MAX_TAG_PT
    tag_cap = min(MAX_TAG_PT, tag_width_cap)
    if tag_cap < MIN_TEXT_PT:
        return None
    for floor_pt in (min(10.0, tag_cap, 0.4 * label_h), MIN_TEXT_PT):
        for show_org in (True, False) if shape.has_org else (False,):
            for n_lines in range(shape.n_lines, -1, -1):
                col = _allocate(
                    height, gap, small_pref=small_pref, tag_cap=tag_cap, floor_pt=floor_pt,
                    show_org=show_org, n_lines=n_lines, bars=bars,
                )  # fmt: skip
                if col is not None:
                    return col
    return None


def _allocate(
    height: float, gap: float, *, small_pref: float, tag_cap: float, floor_pt: float,
    show_org: bool, n_lines: int, bars: bool,
) -> _Column | None:  # fmt: skip
    """Share `height` between the column's parts: minimum sizes first, then growth in
    order of importance. None if the minimums do not fit."""
    em = MM_PER_PT  # mm per pt of a one-em text box
    n_small = (1 if show_org else 0) + n_lines
    n_parts = n_small + 1 + (1 if bars else 0)
    fixed = gap * (n_parts - 1)
    small_pt = MIN_TEXT_PT
    tag_pt = floor_pt
    bars_h = MIN_BARS_H_MM if bars else 0.0
    if fixed + n_small * small_pt * em + tag_pt * em + bars_h > height + 1e-9:
        return None
    # growth stages: (what, target); each takes what is left, up to its target
    stages: list[tuple[str, float]] = []
    if bars:
        stages.append(("bars", 6.0))
    stages.append(("tag", min(tag_cap, 12.0)))
    stages.append(("small", small_pref))
    if bars:
        stages.append(("bars", _GOOD_BARS_H_MM))
    stages.append(("tag", tag_cap))
    if bars:
        stages.append(("bars", MAX_BARS_H_MM))
    for what, target in stages:
        room = height - (fixed + n_small * small_pt * em + tag_pt * em + bars_h)
        if room <= 1e-9:
            break
        if what == "bars" and bars_h < target:
            bars_h = min(target, bars_h + room)
        elif what == "tag" and tag_pt < target:
            tag_pt = min(target, tag_pt + room / em)
        elif what == "small" and n_small and small_pt < target:
            small_pt = min(target, small_pt + room / (em * n_small))
    return _Column(
        org_pt=small_pt if show_org else 0.0,
        tag_pt=min(tag_pt, tag_cap),
        line_pt=small_pt if n_lines else 0.0,
        n_lines=n_lines,
        bars_h=bars_h,
        gap=gap,
    )


def _score(u: float, bar: float, col: _Column, shape: _Shape) -> float:
    s = 4.0 * min(u / _GOOD_MODULE_MM, 1.0)
    s += 2.0 * min(col.tag_pt / _GOOD_TAG_PT, 1.0)
    if shape.code128:
        s += 2.0 * min(bar / _GOOD_BAR_MM, 1.0) + 1.0 * min(col.bars_h / _GOOD_BARS_H_MM, 1.0)
    if shape.n_lines:
        s += 1.5 * col.n_lines / shape.n_lines
    if shape.has_org and col.org_pt:
        s += 0.5
    return s


def _module_range(stock: LabelStock) -> range:
    dot = stock.dot_mm
    floor_mm = MIN_MODULE_MM_THERMAL if stock.thermal else MIN_MODULE_MM_LASER
    k_min = max(1, math.ceil(floor_mm / dot - 1e-6))
    k_max = max(k_min, math.floor(MAX_MODULE_MM / dot + 0.02))
    return range(k_max, k_min - 1, -1)


def _bar_range(stock: LabelStock) -> range:
    dot = stock.dot_mm
    j_min = max(MIN_BAR_DOTS, math.ceil(MIN_BAR_MM / dot - 1e-6))
    j_max = max(j_min, math.floor(MAX_BAR_MM / dot + 1e-6))
    return range(j_max, j_min - 1, -1)


def _stacked_bar_dots(stock: LabelStock, n128: int) -> int:
    """The widest bar (in dots) of a Code128 across the whole label, 0 if none fits."""
    W, m = stock.label_width_mm, stock.content_inset_mm
    e = min(EDGE_MM, m)
    for j in _bar_range(stock):
        length = n128 * j * stock.dot_mm
        quiet = 2 * CODE128_QUIET_MODULES * j * stock.dot_mm
        if length <= W - 2 * m + 1e-9 and length + quiet <= W - 2 * e + 1e-9:
            return j
    return 0


def _side(stock: LabelStock, shape: _Shape, k: int) -> _Geometry | None:
    """The 2D code at the left, as tall as the label allows; the organisation, tag,
    Code128 and field lines in a column to its right."""
    W, H = stock.label_width_mm, stock.label_height_mm
    dot, m = stock.dot_mm, stock.content_inset_mm
    e = min(EDGE_MM, m)
    u = k * dot
    side, q = shape.n2d * u, QUIET_MODULES[shape.symbology] * u
    if side > H - 2 * m + 1e-9 or side + 2 * q > H - 2 * e + 1e-9:
        return None
    x2d = _snap_up(max(m, e + q), dot)
    y2d = _snap(max((H - side) / 2, m, e + q), dot)
    if y2d + side > H - max(m, e + q) + 1e-6:
        return None
    col_x = x2d + side + max(q, TEXT_GAP_MM)
    bar_dots = 0
    if shape.code128:
        for j in _bar_range(stock):
            bx = j * dot
            bar_x = _snap_up(x2d + side + max(q, TEXT_GAP_MM, CODE128_QUIET_MODULES * bx), dot)
            end = bar_x + shape.n128 * bx
            if end <= W - m + 1e-9 and end + CODE128_QUIET_MODULES * bx <= W - e + 1e-9:
                bar_dots, col_x = j, bar_x
                break
        if not bar_dots:
            return None
    col_w = W - m - col_x
    col = _fill_column(shape, col_w, H - 2 * m, bars=shape.code128, label_h=H)
    if col is None:
        return None
    bars = Box(col_x, 0.0, shape.n128 * bar_dots * dot, 0.0) if bar_dots else None
    return _Geometry(
        "side", Box(x2d, y2d, side, side), k, bars, bar_dots,
        col_x, m, col_w, H - 2 * m, col, True, _score(u, bar_dots * dot, col, shape),
    )  # fmt: skip


def _stacked(stock: LabelStock, shape: _Shape, k: int, bar_dots: int) -> _Geometry | None:
    """The 2D code at the top left with the text to its right; the Code128 across the
    bottom of the label."""
    W, H = stock.label_width_mm, stock.label_height_mm
    dot, m = stock.dot_mm, stock.content_inset_mm
    e = min(EDGE_MM, m)
    u = k * dot
    side, q = shape.n2d * u, QUIET_MODULES[shape.symbology] * u
    x2d = _snap_up(max(m, e + q), dot)
    y2d = _snap_up(max(m, e + q), dot)
    bars_top = _snap_up(y2d + side + q, dot)
    bars_h = min(H - m - bars_top, MAX_BARS_H_MM)
    if bars_h < MIN_BARS_H_MM - 1e-9:
        return None
    col_x = x2d + side + max(q, TEXT_GAP_MM)
    col_w = W - m - col_x
    col_h = bars_top - m - max(0.8, _gap(H))
    col = _fill_column(shape, col_w, col_h, bars=False, label_h=H)
    if col is None:
        return None
    col = _Column(col.org_pt, col.tag_pt, col.line_pt, col.n_lines, bars_h, col.gap)
    length = shape.n128 * bar_dots * dot
    bars_y = _snap_up(H - m - bars_h, dot)
    bars = Box(_snap((W - length) / 2, dot), bars_y, length, _snap_down(H - m, dot) - bars_y)
    score = _score(u, bar_dots * dot, col, shape) - 0.05  # ties go to the side arrangement
    return _Geometry(
        "stacked", Box(x2d, y2d, side, side), k, bars, bar_dots,
        col_x, m, col_w, col_h, col, False, score,
    )  # fmt: skip


@lru_cache(maxsize=2048)
def _choose(stock: LabelStock, shape: _Shape, arrangement: str | None) -> _Geometry | None:
    """The best-scoring arrangement (or the best of `arrangement`) and module size for
    `shape` on `stock`."""
    best: _Geometry | None = None
    stacked_bars = _stacked_bar_dots(stock, shape.n128) if shape.code128 else 0
    side_ok = arrangement in (None, "side")
    stacked_ok = arrangement in (None, "stacked") and stacked_bars
    for k in _module_range(stock):
        for geo in (
            _side(stock, shape, k) if side_ok else None,
            _stacked(stock, shape, k, stacked_bars) if stacked_ok else None,
        ):
            if geo is not None and (best is None or geo.score > best.score + 1e-9):
                best = geo
    return best


def _place_texts(
    geo: _Geometry, data: _Text, measure: Measure, dot: float
) -> tuple[list[TextRun], Box | None, Box | None, list[str]]:
    """The column's runs from its top, centred vertically; where the bars go (side
    arrangement); the logo box; notes on what was left out."""
    col, em = geo.col, MM_PER_PT
    parts: list[tuple[str, float]] = []  # (kind, height)
    if col.org_pt:
        parts.append(("org", col.org_pt * em))
    parts.append(("tag", col.tag_pt * em))
    if geo.bars_in_column and geo.code128 is not None:
        parts.append(("bars", col.bars_h))
    parts += [("line", col.line_pt * em)] * col.n_lines
    total = sum(h for _, h in parts) + col.gap * (len(parts) - 1)
    top = geo.col_y + max(0.0, (geo.col_h - total) / 2)
    x, width = geo.col_x, geo.col_w
    runs: list[TextRun] = []
    logo: Box | None = None
    bars = None if geo.bars_in_column else geo.code128
    line_i = 0
    for kind, h in parts:
        if kind == "org":
            text_w = width
            if data.logo:
                logo_w = min(3 * h, width / 3)
                logo = Box(x + width - logo_w, top, logo_w, h)
                text_w = width - logo_w - col.gap
            if data.organisation and text_w > 0:
                text, size = fit_text(data.organisation, text_w, col.org_pt, measure)
                if text:
                    runs.append(_run(text, x, top, size, measure, bold=False, role="organisation"))
        elif kind == "tag":
            runs.append(_run(data.tag, x, top, col.tag_pt, measure, bold=True, role="tag"))
        elif kind == "bars":
            assert geo.code128 is not None
            b = geo.code128
            bars_y = _snap_up(top, dot)
            bars = Box(b.x_mm, bars_y, b.w_mm, _snap_down(top + col.bars_h, dot) - bars_y)
        else:
            text, size = fit_text(data.lines[line_i], width, col.line_pt, measure)
            if text:
                runs.append(_run(text, x, top, size, measure, bold=False, role="line"))
            line_i += 1
        top += h + col.gap
    notes: list[str] = []
    if data.organisation and not col.org_pt:
        notes.append(
            QT_TRANSLATE_NOOP(
                "domain.labels", "the organisation line was left out: no room on this stock"
            )
        )
    if col.n_lines < len(data.lines):
        left = ", ".join(f"'{t}'" for t in data.lines[col.n_lines :])
        notes.append(
            QT_TRANSLATE_NOOP("domain.labels", "left out for lack of room: {left}").format(
                left=left
            )
        )
    return runs, bars, logo, notes


def _run(
    text: str, x: float, y: float, size: float, measure: Measure, *, bold: bool,
    role: Literal["organisation", "tag", "line"],
) -> TextRun:  # fmt: skip
    w = measure(text, bold) * size * MM_PER_PT
    return TextRun(text, Box(x, y, w, size * MM_PER_PT), size, bold, role)


@dataclass(frozen=True)
class _Text:
    tag: str
    organisation: str
    lines: tuple[str, ...]
    logo: bool


def layout_label(
    stock: LabelStock,
    data: LabelData,
    options: LabelOptions,
    *,
    modules_2d: int,
    modules_128: int,
    measure: Measure | None = None,
    arrangement: Arrangement | None = None,
) -> LabelLayout:
    """Where the 2D code (`modules_2d` modules square), the Code128 (`modules_128`
    modules long, without quiet zones; ignored when `options.code128` is False) and the
    text go on a label of `stock`. `measure` gives text widths (in em) of the renderer's
    fonts; without it DejaVu Sans' average widths are assumed. `arrangement` limits the
    choice to "side" (2D code left, everything else in a column to its right) or
    "stacked" (Code128 across the bottom), so the labels of one sheet can look alike.

    Raises LabelDoesNotFit saying what does not fit and what to do."""
    measure = measure or approx_measure
    if options.code128:
        code128_supported(data.code128_content)
        if modules_128 <= 0:
            raise ValueError("modules_128 must be the Code128's module count")
    if modules_2d <= 0:
        raise ValueError("modules_2d must be the 2D code's size in modules")
    text = _Text(
        tag=data.tag,
        organisation=" ".join(data.organisation.split()),
        lines=tuple(" ".join(t.split()) for t in data.lines if t.strip()),
        logo=bool(options.logo),
    )
    shape = _Shape(
        symbology=options.symbology,
        code128=options.code128,
        logo=text.logo,
        n2d=modules_2d,
        n128=modules_128 if options.code128 else 0,
        tag_em=round(measure(data.tag, True), 4),
        has_org=bool(text.organisation) or text.logo,
        n_lines=len(text.lines),
    )
    geo = _choose(stock, shape, arrangement)
    if geo is None:
        raise _does_not_fit(stock, data, options, shape)
    runs, bars, logo, notes = _place_texts(geo, text, measure, stock.dot_mm)
    return LabelLayout(
        code2d=geo.code2d,
        module_dots=geo.module_dots,
        code128=bars,
        bar_dots=geo.bar_dots,
        texts=tuple(runs),
        logo=logo,
        notes=tuple(notes),
        arrangement=geo.arrangement,
    )


def _does_not_fit(
    stock: LabelStock, data: LabelData, options: LabelOptions, shape: _Shape
) -> LabelDoesNotFit:
    n2d, n128 = shape.n2d, shape.n128
    W, H = stock.label_width_mm, stock.label_height_mm
    dot = stock.dot_mm
    e = min(EDGE_MM, stock.content_inset_mm)
    what = f"{stock.id} ({W:g} × {H:g} mm)"
    if options.code128:
        j = _bar_range(stock)[-1]
        need = (n128 + 2 * CODE128_QUIET_MODULES) * j * dot
        if need > W - 2 * e:
            return LabelDoesNotFit(
                f"tag {data.code128_content} is too long for a Code128 on {what}: it needs "
                f"{need:.1f} mm with its quiet zones at {j} dots per bar, the label has "
                f"{W - 2 * e:.1f} mm. Choose a wider stock, a shorter tag, or print "
                "without the Code128",
                "tag",
            )
    k = _module_range(stock)[-1]
    qm = QUIET_MODULES[options.symbology]
    need2d = (n2d + 2 * qm) * k * dot
    if need2d > H - 2 * e:
        return LabelDoesNotFit(
            f"the {options.symbology} code of {data.tag} ({n2d} modules) needs {need2d:.1f} mm "
            f"with its quiet zone at the smallest readable module ({k * dot:.2f} mm), the "
            f"label {what} is {H - 2 * e:.1f} mm tall. Choose a larger stock or a shorter "
            "tag, organisation code or label URL",
            "2D code",
        )
    min_tag_mm = shape.tag_em * MIN_TEXT_PT * MM_PER_PT
    if min_tag_mm > W - 2 * stock.content_inset_mm:
        return LabelDoesNotFit(
            f"tag {data.tag} is too long to print readably on {what}: at {MIN_TEXT_PT:g} pt "
            f"it is {min_tag_mm:.1f} mm wide. Choose a wider stock or a shorter tag",
            "tag",
        )
    extra = " and the Code128" if options.code128 else ""
    return LabelDoesNotFit(
        f"the {options.symbology} code, the tag {data.tag}{extra} do not fit together on "
        f"{what} at readable sizes. Choose a larger stock"
        + (", a shorter tag, or print without the Code128" if options.code128 else ""),
        "label",
    )


def page_count(stock: LabelStock, n_labels: int, start_at: int = 1) -> int:
    """How many pages `n_labels` take, the first sheet starting at position `start_at`."""
    check_start(stock, start_at)
    if n_labels <= 0:
        return 0
    return math.ceil((n_labels + start_at - 1) / stock.per_page)


def check_start(stock: LabelStock, start_at: int) -> None:
    """Raise ValidationError unless `start_at` (1-based) is a position on the sheet."""
    if isinstance(start_at, bool) or not isinstance(start_at, int):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("domain.labels", "start position"),
            QT_TRANSLATE_NOOP("domain.labels", "must be a whole number, got {start_at!r}").format(
                start_at=start_at
            ),
        )
    if stock.per_page == 1 and start_at != 1:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("domain.labels", "start position"),
            QT_TRANSLATE_NOOP(
                "domain.labels",
                "{id} is a roll (one label per page): the start position must be 1, got {start_at}",
            ).format(id=stock.id, start_at=start_at),
        )
    if not 1 <= start_at <= stock.per_page:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("domain.labels", "start position"),
            QT_TRANSLATE_NOOP(
                "domain.labels",
                "{start_at} is not on the sheet: {id} has {per_page} labels ({columns} "
                "columns × {rows} rows, numbered across then down); choose 1-{per_page}",
            ).format(
                start_at=start_at,
                id=stock.id,
                per_page=stock.per_page,
                columns=stock.columns,
                rows=stock.rows,
            ),
        )


def sheet_slots(stock: LabelStock, n_labels: int, start_at: int = 1) -> Sequence[tuple[int, int]]:
    """(page, position) of each of `n_labels` labels (0-based), skipping the first
    `start_at - 1` positions of the first sheet."""
    check_start(stock, start_at)
    per = stock.per_page
    first = start_at - 1
    return [divmod(first + i, per) for i in range(n_labels)]

"""Synthetic webcam frames of Fieldtag's asset labels, for the scanning benchmark and tests.

Everything here is seeded and deterministic: the same seed gives the same frames, pixel
for pixel, on every machine. Importing the module does nothing heavy.

- `render_label(tag, org, width_px)`: an asset label as the labels feature prints it: a
  white label with the 2D code of `encode_payload(tag, org)` on the left (quiet zone kept),
  a Code128 of the tag, the tag in words and the organisation on the right.
- `webcam_frame(...)` / `label_frame(...)`: the label seen by a webcam at a bench: a desk
  with texture, uneven light and clutter (keyboards, printed pages, cables, devices), the
  label tilted and rotated, defocused, motion-blurred, noisy, dim, JPEG-compressed; a
  1280×720 grayscale frame.
- `no_code_frame(...)`: the same scenes without a label.
- `write_label_video(...)`: a 30 fps video of labels passing the camera one after another
  (slid in, held up for about a second, slid out), with gaps between them, as the
  synthetic camera run.

Severity ranges (`Severity`, drawn per frame; see `CONDITIONS`). They are what a 720p
webcam (autofocus or fixed focus, HFOV ≈ 65°, f ≈ 1000 px) on a bench stand sees when a
technician holds a label 25–60 cm in front of it:

============  ==========================  ===================================================
factor        typical frame ("baseline")  its own condition (harsh but readable)
============  ==========================  ===================================================
label width   150–400 px                  small: 150–190 px (a 62 mm label at ~60 cm)
rotation      in-plane ±35°               (always)
tilt          0–15° out of plane          tilt: 20–35° (label held at an angle)
defocus       Gaussian σ 0–0.7 px         defocus: disk radius 1.0–2.2 px, or σ 0.8–1.4 px
motion blur   0–1.5 px                    motion: 2–5 px (label moved at 80–200 mm/s,
                                          1/60 s exposure), any direction
sensor noise  σ 1–3 DN + shot noise       noise: σ 4–8 DN + shot noise (high gain)
JPEG          quality 70–95               jpeg: quality 35–60 (cheap webcams over USB 2)
light         exposure 0.7–1.0,           dim: exposure 0.25–0.45 with auto gain up to 2×
              veiling glare 0–4 %         (noise amplified), veiling glare 4–12 %
============  ==========================  ===================================================

"mixed" draws each factor from its harsh range with a chance of 30 %, independently, so
frames combine several harsh factors. In every condition defocus and motion are scaled
down together, where needed, so that the label's QR code keeps at least 29 % of its
contrast in its finest detail (`MIN_CONTRAST`; the blur's MTF at the module frequency,
with the modules foreshortened by the tilt and motion along the worst axis): what a
Gaussian blur of σ = 0.5 module leaves, about ISO/IEC 15415's modulation grade C/D.
Beyond it a code is blurred away for every decoder, and a technician holds it closer.
A motion streak is harsher than its σ says: at 2 modules long it erases the finest
detail entirely.
"""

from __future__ import annotations

import math
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from app.domain.tags import encode_payload

FRAME_W, FRAME_H = 1280, 720
FOCAL_PX = 1000.0  # 720p webcam, horizontal field of view ≈ 65°
LABEL_ASPECT = 62 / 28  # e.g. Brother DK-11209 (62 × 29 mm) / 2.25" × 1" label stock
SUPERSAMPLE = 4

Symbology = str  # "qr" or "datamatrix"
SYMBOLOGIES = ("qr", "datamatrix")
QUIET_ZONE = {"qr": 4, "datamatrix": 1}  # modules, per ISO/IEC 18004 and 16022
CODE128_QUIET = 10  # modules


# --------------------------------------------------------------------------- labels


def code_modules(
    payload: str | bytes, symbology: Symbology = "qr", ec_level: str = "M"
) -> np.ndarray:
    """The dark (True) and light modules of a 2D code, without quiet zone."""
    fmt = zxingcpp.BarcodeFormat.QRCode if symbology == "qr" else zxingcpp.BarcodeFormat.DataMatrix
    if symbology == "qr":
        code = zxingcpp.create_barcode(payload, fmt, ec_level=ec_level)
    else:
        code = zxingcpp.create_barcode(payload, fmt, force_square=True)
    img = np.asarray(zxingcpp.write_barcode_to_image(code, scale=1, add_quiet_zones=False))
    return img < 128


def code128_modules(text: str) -> np.ndarray:
    """Code128 bars (True = bar), one entry per module, start to stop, no quiet zone."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128)
    img = np.asarray(zxingcpp.write_barcode_to_image(code, scale=1, add_quiet_zones=False))
    return img[img.shape[0] // 2] < 128


def _put_text_fit(img: np.ndarray, text: str, box: tuple[int, int, int, int], ink: int) -> None:
    """Draw `text` as large as fits into box = (x, y, w, h), left-aligned."""
    x, y, w, h = box
    font = cv2.FONT_HERSHEY_SIMPLEX
    (tw, th), _ = cv2.getTextSize(text, font, 1.0, 2)
    scale = min(w / max(tw, 1), h / max(th, 1))
    thickness = max(1, round(scale * 2.2))
    (tw, th), _ = cv2.getTextSize(text, font, scale, thickness)
    cv2.putText(img, text, (x, y + (h + th) // 2), font, scale, ink, thickness, cv2.LINE_AA)


def render_label(
    tag: str,
    org: str,
    width_px: int,
    *,
    symbology: Symbology = "qr",
    ec_level: str = "M",
    payload: str | bytes | None = None,
    quiet_zone: int | None = None,
) -> np.ndarray:
    """The label of `tag` as an 8-bit grayscale raster `width_px` wide (white 255, ink 0).

    Layout: the label is 62 × 28 (LABEL_ASPECT); the 2D code fills the left square, its
    quiet zone (4 modules for QR, 1 for DataMatrix) included, the label's white edge being
    part of it; on the right a Code128 of the tag (10-module quiet zones) over the tag text
    and the organisation line. Drawn at 4× and reduced with area averaging, like a printed
    label seen through a lens.
    """
    if payload is None:
        payload = encode_payload(tag, org)
    width_px = max(16, int(width_px))
    s = SUPERSAMPLE
    W = width_px * s
    H = round(width_px / LABEL_ASPECT) * s
    img = np.full((H, W), 255, np.uint8)
    # 2D code in the left square
    modules = code_modules(payload, symbology, ec_level)
    n = modules.shape[1] + 2 * (QUIET_ZONE[symbology] if quiet_zone is None else quiet_zone)
    side = round(H * modules.shape[1] / n)
    code = cv2.resize(modules.astype(np.uint8), (side, side), interpolation=cv2.INTER_NEAREST)
    off = (H - side) // 2
    img[off : off + side, off : off + side][code > 0] = 0
    # right: Code128 bars, tag text, organisation
    left = H
    right_w = W - left - H // 14
    bars = code128_modules(tag)
    module = right_w / (bars.size + 2 * CODE128_QUIET)
    x0 = left + CODE128_QUIET * module
    top, bar_h = round(H * 0.08), round(H * 0.50)
    edges = np.flatnonzero(np.diff(np.r_[False, bars, False].astype(np.int8)))
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        a, b = round(x0 + start * module), round(x0 + stop * module)
        img[top : top + bar_h, a:b] = 0
    text_x = round(x0)
    text_w = round(bars.size * module)
    _put_text_fit(img, tag, (text_x, top + bar_h + round(H * 0.05), text_w, round(H * 0.15)), 0)
    org_line = org.upper() or "FIELDTAG"
    _put_text_fit(img, org_line, (text_x, round(H * 0.82), text_w * 2 // 3, round(H * 0.10)), 0)
    return cv2.resize(img, (width_px, H // s), interpolation=cv2.INTER_AREA)


# --------------------------------------------------------------------------- severities


@dataclass(frozen=True)
class Severity:
    """How one frame is degraded (all drawn by `draw_severity`)."""

    label_w: int = 300
    rotation_deg: float = 0.0  # in-plane
    tilt_deg: float = 0.0  # out of plane, about an axis at `tilt_axis_deg`
    tilt_axis_deg: float = 0.0
    defocus_sigma: float = 0.0  # Gaussian defocus (px)
    defocus_disk: float = 0.0  # disk (pillbox) defocus radius (px); used when > 0
    motion_px: float = 0.0
    motion_deg: float = 0.0
    noise_dn: float = 1.0  # read noise, 8-bit units
    shot: float = 0.08  # shot noise: variance per DN of signal
    jpeg_quality: int = 90  # 0: no JPEG round trip
    exposure: float = 1.0
    gain: float = 1.0
    glare: float = 0.0  # veiling glare added to every pixel (fraction of white)
    paper: float = 0.92  # reflectance of the label's white
    ink: float = 0.05

    def describe(self) -> str:
        blur = (
            f"disk {self.defocus_disk:.1f}" if self.defocus_disk else f"σ {self.defocus_sigma:.1f}"
        )
        return (
            f"w {self.label_w}px rot {self.rotation_deg:+.0f}° tilt {self.tilt_deg:.0f}° "
            f"blur {blur} motion {self.motion_px:.1f}px noise {self.noise_dn:.1f} "
            f"jpeg {self.jpeg_quality} exp {self.exposure:.2f}×{self.gain:.1f}"
        )


CONDITIONS = ("baseline", "small", "tilt", "defocus", "motion", "noise", "jpeg", "dim", "mixed")
MIXED_HARSH = 0.3  # in "mixed", the chance of each factor being drawn from its harsh range
# Defocus and motion are capped so that the code's finest detail (one module dark, one
# light) keeps at least this much of its contrast (`code_contrast`): 0.29 is what a
# Gaussian blur of σ = 0.5 module leaves, exp(-2π²·0.5²·0.5²); at σ = 0.7 module only
# 9 % is left, which no decoder reads through noise and JPEG, and a technician then
# holds the label closer.
MIN_CONTRAST = 0.29


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def draw_severity(rng: np.random.Generator, condition: str = "baseline") -> Severity:
    """A frame's degradation under `condition` (see the module's table)."""
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition!r}; one of {', '.join(CONDITIONS)}")
    mixed = condition == "mixed"

    def pick(name: str, base: tuple[float, float], harsh: tuple[float, float]) -> float:
        if condition == name:
            return _u(rng, *harsh)
        if mixed and rng.random() < MIXED_HARSH:
            return _u(rng, *harsh)
        return _u(rng, *base)

    label_w = round(pick("small", (150, 400), (150, 190)))
    tilt = pick("tilt", (0, 15), (20, 35))
    motion = pick("motion", (0, 1.5), (2, 5))
    noise = pick("noise", (1, 3), (4, 8))
    jpeg = round(pick("jpeg", (70, 95), (35, 60)))
    exposure = pick("dim", (0.7, 1.0), (0.25, 0.45))
    glare = pick("dim", (0.0, 0.04), (0.04, 0.12))
    sigma, disk = _u(rng, 0.0, 0.7), 0.0
    if condition == "defocus" or (mixed and rng.random() < MIXED_HARSH):
        if rng.random() < 0.5:
            disk, sigma = _u(rng, 1.0, 2.2), 0.0
        else:
            sigma = _u(rng, 0.8, 1.4)
    gain = min(1.8, 0.55 / exposure) if exposure < 0.6 else 1.0  # auto gain, partly
    sev = Severity(
        label_w=label_w,
        rotation_deg=_u(rng, -35, 35),
        tilt_deg=tilt,
        tilt_axis_deg=_u(rng, 0, 180),
        defocus_sigma=sigma,
        defocus_disk=disk,
        motion_px=motion,
        motion_deg=_u(rng, 0, 180),
        noise_dn=noise,
        shot=_u(rng, 0.04, 0.12),
        jpeg_quality=jpeg,
        exposure=exposure,
        gain=gain,
        glare=glare,
        paper=_u(rng, 0.82, 0.95),
        ink=_u(rng, 0.03, 0.10),
    )
    return cap_blur(sev)


def module_px(sev: Severity, symbology: Symbology = "qr", modules: int = 21) -> float:
    """The 2D code's module size in frame pixels (before tilt foreshortening)."""
    label_h = sev.label_w / LABEL_ASPECT
    return label_h / (modules + 2 * QUIET_ZONE[symbology])


def _bessel_j1(x: float) -> float:
    return sum(
        (-1) ** k * (x / 2) ** (2 * k + 1) / (math.factorial(k) * math.factorial(k + 1))
        for k in range(30)
    )


def code_contrast(sev: Severity) -> float:
    """How much of its contrast the code's finest detail (one module dark, one light)
    keeps through defocus and motion: the blur's MTF at half the module frequency, with
    the modules as narrow as the tilt makes them look and motion along the worst axis."""
    f = 1 / (2 * module_px(sev) * math.cos(math.radians(sev.tilt_deg)))
    out = math.exp(-2 * math.pi**2 * sev.defocus_sigma**2 * f**2)
    if sev.defocus_disk > 0:
        x = 2 * math.pi * sev.defocus_disk * f
        out *= abs(2 * _bessel_j1(x) / x)
    if sev.motion_px > 0:
        out *= abs(float(np.sinc(sev.motion_px * f)))
    return out


def cap_blur(sev: Severity) -> Severity:
    """Scale defocus and motion down (together) until the code keeps MIN_CONTRAST of
    its contrast (see the module's doc)."""
    if code_contrast(sev) >= MIN_CONTRAST:
        return sev
    lo, hi = 0.0, 1.0
    for _ in range(30):  # bisection on the common scale of defocus and motion
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if code_contrast(_scaled(sev, mid)) >= MIN_CONTRAST else (lo, mid)
    return _scaled(sev, lo)


def _scaled(sev: Severity, k: float) -> Severity:
    return replace(
        sev,
        defocus_sigma=sev.defocus_sigma * k,
        defocus_disk=sev.defocus_disk * k,
        motion_px=sev.motion_px * k,
    )


# --------------------------------------------------------------------------- scenes

_WORDS = string.ascii_letters + string.digits + "  .,:-/"


def _smooth_noise(rng: np.random.Generator, h: int, w: int, cells: tuple[int, int]) -> np.ndarray:
    small = rng.standard_normal(cells).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _random_text(rng: np.random.Generator, n: int) -> str:
    return "".join(_WORDS[i] for i in rng.integers(len(_WORDS), size=n))


def background(rng: np.random.Generator, w: int = FRAME_W, h: int = FRAME_H) -> np.ndarray:
    """A bench seen from above: reflectance in [0, 1] (float32, h × w)."""
    base = _u(rng, 0.25, 0.7)
    img = np.full((h, w), base, np.float32)
    img += 0.06 * _smooth_noise(rng, h, w, (6, 10))  # blotches
    # grain: streaks along one direction (wood, laminate, brushed metal)
    grain = _smooth_noise(rng, h, w, (h // 3, 12))
    if rng.random() < 0.5:
        grain = cv2.resize(_smooth_noise(rng, w, h, (w // 3, 8)).T.copy(), (w, h))
    img += _u(rng, 0.02, 0.07) * grain
    clutter = int(rng.integers(4, 10))
    for _ in range(clutter):
        kind = rng.choice(["page", "keyboard", "device", "cable", "edge"])
        if kind == "page":
            _draw_page(rng, img)
        elif kind == "keyboard":
            _draw_keyboard(rng, img)
        elif kind == "device":
            x, y = int(rng.integers(-200, w)), int(rng.integers(-200, h))
            pw, ph = int(rng.integers(150, 500)), int(rng.integers(100, 350))
            tone = _u(rng, 0.05, 0.35)
            box = cv2.boxPoints(((x + pw / 2, y + ph / 2), (pw, ph), _u(rng, -40, 40)))
            cv2.fillConvexPoly(img, box.astype(np.int32), tone, cv2.LINE_AA)
            cv2.polylines(img, [box.astype(np.int32)], True, tone + 0.25, 2, cv2.LINE_AA)
        elif kind == "cable":
            pts = np.cumsum(rng.normal(0, 60, (8, 2)), axis=0) + rng.uniform((0, 0), (w, h))
            cv2.polylines(
                img, [pts.astype(np.int32)], False, _u(rng, 0.0, 0.2), int(rng.integers(4, 14)),
                cv2.LINE_AA,
            )  # fmt: skip
        else:
            p1 = rng.uniform((0, 0), (w, h)).astype(int)
            p2 = rng.uniform((0, 0), (w, h)).astype(int)
            cv2.line(img, tuple(map(int, p1)), tuple(map(int, p2)), _u(rng, 0, 1), 3, cv2.LINE_AA)
    return np.clip(img, 0.0, 1.0)


def _draw_page(rng: np.random.Generator, img: np.ndarray) -> None:
    """A printed page: light paper with lines of text, possibly rotated."""
    pw, ph = int(rng.integers(200, 520)), int(rng.integers(160, 420))
    page = np.full((ph, pw), int(rng.integers(200, 245)), np.uint8)
    size = _u(rng, 0.35, 0.9)
    step = int(28 * size) + 6
    for y in range(step, ph - 8, step):
        cv2.putText(page, _random_text(rng, int(rng.integers(10, 40))), (8, y),
                    cv2.FONT_HERSHEY_SIMPLEX, size, int(rng.integers(10, 80)),
                    1 + int(size > 0.7), cv2.LINE_AA)  # fmt: skip
    _paste_rotated(rng, img, page.astype(np.float32) / 255.0, _u(rng, -30, 30))


def _draw_keyboard(rng: np.random.Generator, img: np.ndarray) -> None:
    """Rows of keys with letters: many small squares and strokes."""
    key = int(rng.integers(22, 48))
    cols, rows = int(rng.integers(8, 16)), int(rng.integers(3, 6))
    kb = np.full((rows * key + 8, cols * key + 8), int(rng.integers(10, 50)), np.uint8)
    face = int(rng.integers(25, 230))
    ink = 240 if face < 128 else 25
    for r in range(rows):
        for c in range(cols):
            x, y = 4 + c * key, 4 + r * key
            cv2.rectangle(kb, (x + 2, y + 2), (x + key - 3, y + key - 3), face, -1, cv2.LINE_AA)
            ch = string.ascii_uppercase[int(rng.integers(26))]
            cv2.putText(kb, ch, (x + key // 4, y + 3 * key // 4), cv2.FONT_HERSHEY_SIMPLEX,
                        key / 55, ink, 1, cv2.LINE_AA)  # fmt: skip
    _paste_rotated(rng, img, kb.astype(np.float32) / 255.0, _u(rng, -25, 25))


def _paste_rotated(
    rng: np.random.Generator, img: np.ndarray, patch: np.ndarray, angle: float
) -> None:
    h, w = img.shape
    ph, pw = patch.shape
    cx, cy = _u(rng, 0, w), _u(rng, 0, h)
    m = cv2.getRotationMatrix2D((pw / 2, ph / 2), angle, 1.0)
    m[:, 2] += (cx - pw / 2, cy - ph / 2)
    warped = cv2.warpAffine(patch, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=-1.0)
    inside = cv2.warpAffine(np.ones_like(patch), m, (w, h), flags=cv2.INTER_LINEAR)
    np.copyto(img, img * (1 - inside) + np.maximum(warped, 0) * inside)


def illumination(rng: np.random.Generator, w: int = FRAME_W, h: int = FRAME_H) -> np.ndarray:
    """Uneven light: a ramp in a random direction and lens vignetting (float32, ≤ 1)."""
    sh, sw = max(2, h // 8), max(2, w // 8)  # smooth: computed small, then enlarged
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    yy, xx = yy / max(sh - 1, 1), xx / max(sw - 1, 1)
    a = _u(rng, 0, 2 * math.pi)
    ramp = (np.cos(a) * (xx - 0.5) + np.sin(a) * (yy - 0.5)) * _u(rng, 0.0, 0.5)
    r2 = (xx - 0.5) ** 2 + ((yy - 0.5) * h / w) ** 2
    vignette = 1.0 - _u(rng, 0.4, 1.2) * r2
    light = (1.0 - 0.25 + ramp) * vignette
    light = cv2.resize(
        light / max(float(light.max()), 1e-6), (w, h), interpolation=cv2.INTER_LINEAR
    )
    return light.astype(np.float32)


def label_homography(
    label_shape: tuple[int, int], center: tuple[float, float], sev: Severity
) -> np.ndarray:
    """Label pixel → frame pixel: the label plane tilted and rotated in 3-D, seen by a
    pinhole camera with focal length FOCAL_PX at the distance where it is `label_w` wide."""
    lh, lw = label_shape
    t = math.radians(sev.tilt_deg)
    axis = math.radians(sev.tilt_axis_deg)
    ux, uy = math.cos(axis), math.sin(axis)
    # Rodrigues rotation about (ux, uy, 0) by t, then in-plane rotation about z
    c, s = math.cos(t), math.sin(t)
    tilt = np.array(
        [
            [c + ux * ux * (1 - c), ux * uy * (1 - c), uy * s],
            [ux * uy * (1 - c), c + uy * uy * (1 - c), -ux * s],
            [-uy * s, ux * s, c],
        ]
    )
    r = math.radians(sev.rotation_deg)
    spin = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    rot = spin @ tilt
    src = np.array([[0, 0], [lw, 0], [lw, lh], [0, lh]], np.float32)
    corners = np.c_[src - (lw / 2, lh / 2), np.zeros(4)] @ rot.T
    z = FOCAL_PX + corners[:, 2]
    dst = FOCAL_PX * corners[:, :2] / z[:, None] + center
    return cv2.getPerspectiveTransform(src, dst.astype(np.float32))


def _disk(radius: float) -> np.ndarray:
    r = math.ceil(radius)
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1].astype(np.float32)
    # anti-aliased disk: coverage of a pixel by the circle, approximately
    k = np.clip(radius + 0.5 - np.hypot(xx, yy), 0, 1)
    return k / k.sum()


def _motion(length: float, angle_deg: float) -> np.ndarray:
    n = max(3, math.ceil(length) | 1)
    k = np.zeros((n, n), np.float32)
    c = n // 2
    a = math.radians(angle_deg)
    dx, dy = math.cos(a) * length / 2, math.sin(a) * length / 2
    cv2.line(k, (round((c - dx) * 16), round((c - dy) * 16)), (round((c + dx) * 16), round((c + dy) * 16)),
             1.0, 1, cv2.LINE_AA, shift=4)  # fmt: skip
    return k / max(float(k.sum()), 1e-6)


def _defocus(img: np.ndarray, sev: Severity) -> np.ndarray:
    if sev.defocus_disk > 0:
        return cv2.filter2D(img, -1, _disk(sev.defocus_disk), borderType=cv2.BORDER_REFLECT)
    if sev.defocus_sigma > 0.05:
        return cv2.GaussianBlur(img, (0, 0), sev.defocus_sigma)
    return img


def compose(
    scene: np.ndarray,
    label: np.ndarray,
    homography: np.ndarray,
    sev: Severity,
) -> np.ndarray:
    """Paste `label` (uint8, 255 = paper) into `scene` (reflectance, in place) through
    `homography`, motion-blurred along the way (the label moves, the desk does not).
    Returns the label's corners in the frame (4 × 2)."""
    h, w = scene.shape
    lh, lw = label.shape
    corners = cv2.perspectiveTransform(
        np.array([[[0, 0], [lw, 0], [lw, lh], [0, lh]]], np.float32), homography
    )[0]
    pad = math.ceil(sev.motion_px) + 3
    x0 = max(0, math.floor(corners[:, 0].min()) - pad)
    y0 = max(0, math.floor(corners[:, 1].min()) - pad)
    x1 = min(w, math.ceil(corners[:, 0].max()) + pad)
    y1 = min(h, math.ceil(corners[:, 1].max()) + pad)
    if x1 <= x0 or y1 <= y0:
        return corners
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64) @ homography
    refl = sev.ink + (sev.paper - sev.ink) * (label.astype(np.float32) / 255.0)
    size = (x1 - x0, y1 - y0)
    warped = cv2.warpPerspective(refl, shift, size, flags=cv2.INTER_LINEAR)
    # the label's edge, anti-aliased: warp a supersampled mask
    alpha = cv2.warpPerspective(
        np.ones((lh, lw), np.float32), shift, size, flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT, borderValue=0.0,
    )  # fmt: skip
    premult = warped * alpha
    if sev.motion_px >= 0.5:
        k = _motion(sev.motion_px, sev.motion_deg)
        premult = cv2.filter2D(premult, -1, k, borderType=cv2.BORDER_CONSTANT)
        alpha = cv2.filter2D(alpha, -1, k, borderType=cv2.BORDER_CONSTANT)
    roi = scene[y0:y1, x0:x1]
    np.copyto(roi, premult + roi * (1 - alpha))
    return corners


def sensor(
    rng: np.random.Generator, scene: np.ndarray, light: np.ndarray, sev: Severity
) -> np.ndarray:
    """Optics and sensor: defocus, light, glare, noise, gain, 8 bits, JPEG round trip."""
    img = _defocus(scene, sev)
    signal = 255.0 * (img * light * sev.exposure + sev.glare)
    sigma = np.sqrt(sev.noise_dn**2 + sev.shot * signal)
    noisy = signal + sigma * rng.standard_normal(signal.shape, dtype=np.float32)
    out = np.clip(noisy * sev.gain, 0, 255).astype(np.uint8)
    if sev.jpeg_quality > 0:
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, sev.jpeg_quality])
        assert ok
        out = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    return out


def place(
    rng: np.random.Generator, label_shape: tuple[int, int], sev: Severity
) -> tuple[float, float]:
    """A centre that keeps the whole (rotated) label in the frame."""
    lh, lw = label_shape
    half = 0.5 * math.hypot(lw, lh) * 1.1 + 4
    return (
        _u(rng, half, FRAME_W - half),
        _u(rng, min(half, FRAME_H / 2), max(FRAME_H - half, FRAME_H / 2)),
    )


@dataclass(frozen=True)
class SynthFrame:
    frame: np.ndarray  # uint8, FRAME_H × FRAME_W
    tags: tuple[str, ...]  # the tags of the labels on it ("" none)
    severity: Severity | None
    condition: str
    quad: np.ndarray | None = None  # the label's corners in the frame

    def crop(self, pad: int = 20) -> np.ndarray:
        """The part of the frame around the label (the whole frame without one)."""
        if self.quad is None:
            return self.frame
        x0, y0 = np.maximum(self.quad.min(axis=0).astype(int) - pad, 0)
        x1, y1 = self.quad.max(axis=0).astype(int) + pad
        return self.frame[y0:y1, x0:x1]


@dataclass(frozen=True)
class Scene:
    """A desk and its light, reusable: a camera on a stand sees the same bench."""

    desk: np.ndarray  # reflectance, float32
    light: np.ndarray  # illumination, float32


def draw_scene(rng: np.random.Generator) -> Scene:
    return Scene(background(rng), illumination(rng))


def label_frame(
    rng: np.random.Generator,
    tag: str,
    org: str,
    condition: str = "baseline",
    *,
    symbology: Symbology = "qr",
    ec_level: str = "M",
    quiet_zone: int | None = None,
    severity: Severity | None = None,
    scene: Scene | None = None,
) -> SynthFrame:
    """A webcam frame holding the label of `tag` under `condition`. With the same rng
    state, severity and scene, the frame differs between symbologies only in the code."""
    sev = severity or draw_severity(rng, condition)
    scene = scene or draw_scene(rng)
    label = render_label(
        tag, org, sev.label_w, symbology=symbology, ec_level=ec_level, quiet_zone=quiet_zone
    )
    desk = scene.desk.copy()
    homography = label_homography(label.shape, place(rng, label.shape, sev), sev)
    quad = compose(desk, label, homography, sev)
    frame = sensor(rng, desk, scene.light, sev)
    return SynthFrame(frame, (tag,), sev, condition, quad)


def no_code_frame(
    rng: np.random.Generator, condition: str = "baseline", *, scene: Scene | None = None
) -> SynthFrame:
    """A webcam frame of the bench with no code on it (same scenes, same sensor)."""
    sev = draw_severity(rng, condition)
    scene = scene or draw_scene(rng)
    frame = sensor(rng, scene.desk, scene.light, sev)
    return SynthFrame(frame, (), sev, condition)


def frame_with_labels(
    rng: np.random.Generator,
    labels: Sequence[np.ndarray],
    centers: Sequence[tuple[float, float]],
    severity: Severity | None = None,
    size: tuple[int, int] = (FRAME_W, FRAME_H),
) -> np.ndarray:
    """A frame with rendered labels (or any 8-bit rasters, 255 = paper) at the given
    centres, all under `severity` (a sharp, well-lit frame by default; for tests)."""
    sev = severity or Severity(jpeg_quality=92)
    scene = background(rng, *size)
    for label, center in zip(labels, centers, strict=True):
        compose(scene, label, label_homography(label.shape, center, sev), sev)
    return sensor(rng, scene, illumination(rng, *size), sev)


def tag_names(rng: np.random.Generator, n: int) -> list[str]:
    """`n` different realistic asset tags (IT-004211, LT-0815, SRV-00042, ...)."""
    prefixes = ("IT", "LT", "PC", "MON", "SRV", "NB", "AST")
    out: list[str] = []
    while len(out) < n:
        p = prefixes[int(rng.integers(len(prefixes)))]
        tag = f"{p}-{int(rng.integers(0, 10**6)):0{int(rng.integers(4, 7))}d}"
        if tag not in out:
            out.append(tag)
    return out


# --------------------------------------------------------------------------- video


@dataclass(frozen=True)
class VideoPlan:
    path: Path
    fps: float
    frames: int
    # for each label: (tag, first frame it is wholly visible, last such frame)
    passes: tuple[tuple[str, int, int], ...]


def label_video_frames(
    rng: np.random.Generator,
    tags: Sequence[str],
    org: str,
    *,
    fps: float = 30.0,
    hold_s: tuple[float, float] = (0.6, 1.2),
    gap_s: tuple[float, float] = (0.5, 1.2),
    size: tuple[int, int] = (FRAME_W, FRAME_H),
    label_px: tuple[int, int] = (200, 340),
    symbology: Symbology = "qr",
) -> Iterator[tuple[np.ndarray, str]]:
    """Frames of labels passing the camera one after another, with empty frames between
    them: each label slides in from the left (fast, smeared by motion blur), is held in
    front of the camera for `hold_s` (drifting slowly, with a hand's tremor), and slides
    out to the right. Yields (grayscale frame, tag of the label in the frame or "").
    The desk stays the same, as a real camera on a stand sees it. Motion blur is the
    label's movement during a 1/60 s exposure (half a frame)."""
    w, h = size
    scene = Scene(background(rng, w, h), illumination(rng, w, h))
    base = Severity(noise_dn=2.0, jpeg_quality=0, exposure=0.9)
    slide = max(2, round(0.35 * fps))
    for i, tag in enumerate(tags):
        label = render_label(tag, org, int(rng.integers(*label_px)), symbology=symbology)
        lh, lw = label.shape
        for _ in range(round(_u(rng, *gap_s) * fps) if i else round(0.3 * fps)):
            yield sensor(rng, scene.desk.copy(), scene.light, base), ""
        hold = max(2, round(_u(rng, *hold_s) * fps))
        y = _u(rng, 0.6 * lh + 10, h - 0.6 * lh - 10)
        x_hold = _u(rng, 0.35 * w, 0.65 * w)
        drift = rng.uniform(-0.6, 0.6, size=2)  # px per frame while held
        rot, tilt = _u(rng, -20, 20), _u(rng, 0, 20)
        path: list[tuple[float, float]] = []
        x_in, x_out = -0.6 * lw, w + 0.6 * lw
        for k in range(slide):  # slide in, slowing down
            u = (k + 1) / slide
            path.append((x_in + (x_hold - x_in) * math.sin(0.5 * math.pi * u), y))
        for k in range(hold):
            tremor = rng.normal(0, 0.4, size=2)
            path.append((x_hold + drift[0] * k + tremor[0], y + drift[1] * k + tremor[1]))
        x_end = path[-1][0]
        for k in range(slide):  # slide out, speeding up
            u = (k + 1) / slide
            path.append((x_end + (x_out - x_end) * (1 - math.cos(0.5 * math.pi * u)), path[-1][1]))
        for k, (x, yy) in enumerate(path):
            nx, ny = path[min(k + 1, len(path) - 1)]
            speed = math.hypot(nx - x, ny - yy)
            sev = replace(
                base, label_w=lw, rotation_deg=rot, tilt_deg=tilt, tilt_axis_deg=90,
                motion_px=0.5 * speed, motion_deg=math.degrees(math.atan2(ny - yy, nx - x)),
            )  # fmt: skip
            desk = scene.desk.copy()
            compose(desk, label, label_homography(label.shape, (x, yy), sev), sev)
            inside = lw / 2 < x < w - lw / 2
            yield sensor(rng, desk, scene.light, sev), tag if inside else ""
    for _ in range(round(0.5 * fps)):
        yield sensor(rng, scene.desk.copy(), scene.light, base), ""


def write_label_video(
    path: Path,
    tags: Sequence[str],
    org: str,
    *,
    seed: int = 0,
    fps: float = 30.0,
    size: tuple[int, int] = (FRAME_W, FRAME_H),
    **kwargs: object,
) -> VideoPlan:
    """Write the labels' video (MJPG in .avi, readable by every OpenCV build) to `path`."""
    rng = np.random.default_rng(seed)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size, True)
    if not writer.isOpened():
        raise RuntimeError(f"OpenCV cannot write {path}")
    passes: dict[str, list[int]] = {}
    count = 0
    try:
        for frame, tag in label_video_frames(rng, tags, org, fps=fps, size=size, **kwargs):  # type: ignore[arg-type]
            writer.write(cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR))
            if tag:
                passes.setdefault(tag, []).append(count)
            count += 1
    finally:
        writer.release()
    plan = tuple((t, min(v), max(v)) for t, v in passes.items())
    return VideoPlan(path, fps, count, plan)

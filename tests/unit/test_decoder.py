"""FrameDecoder and load_image on generated frames: labels, odd frames, bad files."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from app.domain.tags import TagConfig, parse_scan
from app.scan.decoder import (
    FORMATS,
    MAX_IMAGE_PIXELS,
    Decoded,
    FrameDecoder,
    ImageError,
    image_size,
    load_image,
    to_gray,
)
from tests import scan_frames as S
from tests.benchmarks import frames as F

CONFIG = TagConfig(S.ORG)
QR = zxingcpp.BarcodeFormat.QRCode


@pytest.fixture(scope="module")
def decoder() -> FrameDecoder:
    return FrameDecoder()


@pytest.fixture(scope="module")
def frame() -> np.ndarray:
    return S.label_frame(["IT-004211"])


def tags_in(codes: list[Decoded]) -> set[str]:
    return {
        tag
        for c in codes
        if (tag := parse_scan(c.text, CONFIG, format=c.format, binary=c.binary).tag)
    }


def test_one_label_is_read_with_its_position(decoder: FrameDecoder, frame: np.ndarray) -> None:
    codes = decoder.decode(frame)
    assert tags_in(codes) == {"IT-004211"}
    qr = next(c for c in codes if c.format == "QRCode")
    assert qr.text == "FT:ACME:IT-004211"
    assert not qr.binary
    xs = [x for x, _ in qr.position]
    ys = [y for _, y in qr.position]
    # the label (360 px wide) is centred in the 1280×720 frame, its QR code on the left
    assert 440 <= min(xs) < max(xs) <= 640
    assert 280 <= min(ys) < max(ys) <= 440


def test_a_large_label_gives_qr_and_code128(decoder: FrameDecoder) -> None:
    codes = decoder.decode(S.label_frame(["IT-004211"], width=500))
    assert {(c.format, c.text) for c in codes} == {
        ("QRCode", "FT:ACME:IT-004211"),
        ("Code128", "IT-004211"),
    }


def test_two_different_labels_in_one_frame(decoder: FrameDecoder) -> None:
    codes = decoder.decode(S.label_frame(["IT-000001", "LT-000002"], width=300))
    assert tags_in(codes) == {"IT-000001", "LT-000002"}


def test_small_blurred_label_is_read_by_the_zoomed_second_look() -> None:
    """A 150 px label, defocused: its QR modules are 2.3 px, too small for zxing at the
    frame's resolution; the fallback enlarges the spot and reads it."""
    blur = F.Severity(defocus_sigma=1.0, rotation_deg=20, jpeg_quality=85, noise_dn=2.0)
    frame = S.label_frame(["NB-123456"], width=150, severity=blur)
    assert tags_in(FrameDecoder(max_candidates=0).decode(frame)) == set()
    assert tags_in(FrameDecoder().decode(frame)) == {"NB-123456"}


def test_webcam_frames_never_name_a_tag_that_is_not_on_them(decoder: FrameDecoder) -> None:
    rng = np.random.default_rng(11)
    for i, condition in enumerate(F.CONDITIONS):
        tag = f"PC-{i:06d}"
        synth = F.label_frame(rng, tag, S.ORG, condition)
        assert tags_in(decoder.decode(synth.frame)) <= {tag}


def test_frames_without_a_code(decoder: FrameDecoder) -> None:
    rng = np.random.default_rng(5)
    for condition in ("baseline", "noise", "dim"):
        assert decoder.decode(F.no_code_frame(rng, condition).frame) == []
    assert decoder.decode(np.full((720, 1280), 128, np.uint8)) == []
    assert decoder.decode(np.zeros((720, 1280), np.uint8)) == []


@pytest.mark.parametrize(
    "convert",
    [
        pytest.param(lambda g: cv2.cvtColor(g, cv2.COLOR_GRAY2BGR), id="bgr"),
        pytest.param(lambda g: cv2.cvtColor(g, cv2.COLOR_GRAY2BGRA), id="bgra"),
        pytest.param(lambda g: np.dstack([g, np.full_like(g, 255)]), id="gray+alpha"),
        pytest.param(lambda g: g[:, :, None], id="h×w×1"),
        pytest.param(lambda g: g.astype(np.uint16) * 257, id="uint16"),
        pytest.param(lambda g: g.astype(np.uint16) * 16, id="uint16-12bit"),
        pytest.param(lambda g: g.astype(np.float32) / 255, id="float32-0..1"),
        pytest.param(lambda g: g.astype(np.float64), id="float64-0..255"),
        pytest.param(lambda g: g.astype(np.int32) - 40, id="int32-negative"),
        pytest.param(np.asfortranarray, id="fortran-order"),
        pytest.param(lambda g: np.pad(g, ((0, 0), (0, 7)))[:, :-7], id="strided-view"),
        pytest.param(lambda g: cv2.cvtColor(g, cv2.COLOR_GRAY2BGR)[::-1, ::-1], id="bgr-rotated"),
        pytest.param(lambda g: cv2.cvtColor(g, cv2.COLOR_GRAY2BGR)[:, :, ::-1], id="rgb-view"),
        pytest.param(lambda g: g[100:620, 300:1000], id="crop-odd-size"),
    ],
)
def test_colour_formats_and_layouts(decoder: FrameDecoder, frame: np.ndarray, convert) -> None:  # type: ignore[no-untyped-def]
    assert tags_in(decoder.decode(convert(frame))) == {"IT-004211"}


def test_bool_frame_of_a_code(decoder: FrameDecoder) -> None:
    image = S.on_canvas(S.code_image("FT:ACME:IT-7", QR), value=255)
    assert tags_in(decoder.decode(image > 127)) == {"IT-7"}


@pytest.mark.parametrize(
    "frame",
    [
        np.zeros((0, 0), np.uint8),
        np.zeros((0, 640), np.uint8),
        np.zeros((480, 0, 3), np.uint8),
        np.zeros((1, 1), np.uint8),
        np.zeros((1, 1000), np.uint8),
        np.zeros((1000, 1), np.uint8),
        np.zeros((2, 2, 3), np.uint8),
        np.full((7, 13), 255, np.uint8),
        np.zeros((3000, 5), np.float32),
        np.random.default_rng(0).integers(0, 256, (1, 4000), dtype=np.uint8),
        np.full((64, 64), np.nan),
        np.full((64, 64), np.inf, np.float32),
        np.zeros((64, 64, 5), np.uint8),
        np.zeros((4, 4, 4, 4), np.uint8),
        np.zeros((64, 64), np.complex64),
        np.array([["a", "b"]]),
        np.zeros((), np.uint8),
        None,
        "frame.png",
        [[0, 255], [255, 0]],
    ],
    ids=lambda f: f"{type(f).__name__}{getattr(f, 'shape', '')}{getattr(f, 'dtype', '')}",
)
def test_odd_frames_have_no_codes_and_never_raise(decoder: FrameDecoder, frame: object) -> None:
    assert decoder.decode(frame) == []


def test_to_gray_scales_wide_types_into_8_bits() -> None:
    ramp = np.arange(0, 4096, 16, dtype=np.uint16).reshape(16, 16)
    gray = to_gray(ramp)
    assert gray is not None and gray.dtype == np.uint8 and gray.max() == 255
    assert to_gray(np.full((4, 4), 0.5)) is not None
    assert int(to_gray(np.full((4, 4), 0.5))[0, 0]) == 127  # type: ignore[index]
    assert to_gray(np.zeros((4, 4, 3), np.uint8)).flags.c_contiguous  # type: ignore[union-attr]


def test_binary_content_is_flagged_and_names_no_tag(decoder: FrameDecoder) -> None:
    data = bytes([0, 1, 2, 0xFE, 0xFF, 0x80]) * 4
    codes = decoder.decode(S.on_canvas(S.code_image(data, QR)))
    assert len(codes) == 1 and codes[0].binary
    read = parse_scan(codes[0].text, CONFIG, format=codes[0].format, binary=codes[0].binary)
    assert read.tag is None and read.problem


def test_a_4000_character_code_is_read_but_is_no_tag(decoder: FrameDecoder) -> None:
    text = ("FIELDTAG-" * 500)[:4000]
    codes = decoder.decode(S.on_canvas(S.code_image(text, QR, scale=3, ec_level="L")))
    assert [c.text for c in codes] == [text]
    read = parse_scan(codes[0].text, CONFIG, format=codes[0].format)
    assert read.tag is None and "not an asset tag" in (read.problem or "")


def test_product_codes_are_read_but_are_no_tags(decoder: FrameDecoder) -> None:
    ean = S.on_canvas(S.code_image("4006381333931", zxingcpp.BarcodeFormat.EAN13, scale=3))
    codes = decoder.decode(ean)
    assert [(c.format, c.text) for c in codes] == [("EAN13", "4006381333931")]
    assert tags_in(codes) == set()


def test_an_upright_barcode_is_read(decoder: FrameDecoder) -> None:
    """1D codes are read on every 4th row, and on every 8th column for upright ones."""
    bars = S.code_image("LT-0815", zxingcpp.BarcodeFormat.Code128, scale=3)
    bars = cv2.resize(bars, (bars.shape[1], 120), interpolation=cv2.INTER_NEAREST)
    for image in (bars, cv2.rotate(bars, cv2.ROTATE_90_CLOCKWISE)):
        codes = decoder.decode(S.on_canvas(image, (1280, 720)))
        assert [(c.format, c.text) for c in codes] == [("Code128", "LT-0815")]


def test_formats_can_be_restricted() -> None:
    only_qr = FrameDecoder([QR])
    assert only_qr.decode(S.on_canvas(S.code_image("IT-1", zxingcpp.BarcodeFormat.Code128))) == []
    assert len(FORMATS) == 8


# --------------------------------------------------------------------------- files


def test_load_image_reads_a_png_as_gray(tmp_path: Path, frame: np.ndarray) -> None:
    colour = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    image = load_image(S.write_png(tmp_path / "label.png", colour))
    assert image.shape == frame.shape and image.dtype == np.uint8


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "no such file"),
        (lambda p: (p.write_bytes(b""), p)[1], "empty"),
        (lambda p: (p.mkdir(), p)[1], "folder"),
        (lambda p: (p.write_bytes(b"this is not a picture" * 50), p)[1], "not an image"),
        (lambda p: (p.write_bytes(_png(64, 64)[:200]), p)[1], "not an image"),
        (lambda p: (p.write_bytes(b"\xff\xd8\xff\xe0" + bytes(300)), p)[1], "not an image"),
    ],
    ids=["missing", "empty", "folder", "garbage", "truncated-png", "broken-jpeg"],
)
def test_load_image_says_what_is_wrong(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / "bad.png")
    with pytest.raises(ImageError, match=message) as info:
        load_image(path)
    assert str(path) in info.value.message


def test_a_huge_image_is_refused_from_its_header(tmp_path: Path) -> None:
    header = bytearray(_png(64, 64))
    header[16:24] = (30_000).to_bytes(4, "big") + (30_000).to_bytes(4, "big")
    path = tmp_path / "huge.png"
    path.write_bytes(bytes(header))
    with pytest.raises(ImageError, match="too large"):
        load_image(path)
    assert MAX_IMAGE_PIXELS < 30_000 * 30_000


@pytest.mark.parametrize("ext", [".png", ".jpg", ".bmp"])
def test_image_size_from_headers(ext: str) -> None:
    ok, buf = cv2.imencode(ext, np.zeros((123, 456), np.uint8))
    assert ok
    assert image_size(buf.tobytes()) == (456, 123)
    assert image_size(b"GIF89a") is None
    assert image_size(b"\x89PNG\r\n\x1a\n" + bytes(range(40))) is None  # no IHDR: not a size


def _png(w: int, h: int) -> bytes:
    ok, buf = cv2.imencode(
        ".png", np.random.default_rng(0).integers(0, 256, (h, w), dtype=np.uint8)
    )
    assert ok
    return buf.tobytes()

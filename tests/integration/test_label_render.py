"""Labels round trip: PDFs of every shipped stock, rasterised as a printer would print them
(300 dpi, thermal stock at its own 203 dpi), decoded by the app's own decoder back to the
same tags in the same order; ZPL checked for structure and, where the independent zplkit
renderer is installed, rendered and decoded too. Bad input and unreachable printers give
errors a person can act on."""

from __future__ import annotations

import io
import re
import socket
import struct
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from app.domain.errors import ValidationError
from app.domain.labels import LabelData, LabelDoesNotFit, LabelOptions, LabelStock
from app.domain.tags import TagConfig, encode_payload, parse_scan
from app.printing import (
    PrinterError,
    load_stocks,
    pdf_to_images,
    render_pdf,
    render_zpl,
    send_raw,
)
from app.printing.pdf import prepare_labels, printable
from app.printing.symbols import code128_symbol
from app.printing.zpl import code128_field, label_zpl
from app.scan.decoder import FrameDecoder

STOCKS = load_stocks()
DECODER = FrameDecoder()
ACME = TagConfig("ACME")
BASE_URL = "https://assets.example.org"
# tags as the app issues them (<prefix><device code><5 digits>) and as organisations
# already have them
DEVICE_CODES = ("7K3M", "Q0ZX", "H4RD", "2WN9")


def real_tags(n: int) -> list[str]:
    fixed = ["LAB-0815", "it-lt-17", "SRV/R4+U12", "FT-0012"]
    issued = [f"IT-{DEVICE_CODES[i % 4]}{i * 37 % 100_000:05d}" for i in range(n)]
    return (fixed + issued)[:n]


def make_labels(tags: Sequence[str]) -> list[LabelData]:
    out = []
    for i, tag in enumerate(tags):
        payload = encode_payload(tag, "ACME", BASE_URL if i % 3 == 2 else "")
        lines = ("Dell Latitude 5440", f"S/N 5CG{i:07d}")
        out.append(LabelData(tag, payload, "ACME Corp IT", lines))
    return out


def raster_dpi(stock: LabelStock) -> int:
    return min(300, stock.dpi)


def decode_slots(stock: LabelStock, pdf: bytes, count: int, start_at: int = 1) -> Iterator[set[tuple[str, str]]]:  # fmt: skip
    """What the decoder reads in each label position, in print order."""
    dpi = raster_dpi(stock)
    pages = pdf_to_images(pdf, dpi)
    px = dpi / 25.4
    for i in range(count):
        page, pos = divmod(start_at - 1 + i, stock.per_page)
        x, y = stock.position_rect(pos)
        crop = pages[page][
            int(y * px) : int((y + stock.label_height_mm) * px),
            int(x * px) : int((x + stock.label_width_mm) * px),
        ]
        yield {(d.format, d.text) for d in DECODER.decode(crop)}


def assert_round_trip(
    labels: Sequence[LabelData], decoded: Sequence[set[tuple[str, str]]], symbology: str
) -> None:
    read_2d, read_128 = [], []
    for found in decoded:
        texts_2d = [t for f, t in found if f == symbology]
        read_2d.append(parse_scan(texts_2d[0], ACME, format=symbology).tag if texts_2d else None)
        texts_128 = [t for f, t in found if f == "Code128"]
        read_128.append(texts_128[0] if texts_128 else None)
    tags = [label.tag for label in labels]
    assert read_2d == tags  # every label, in order, through the app's payload parser
    assert read_128 == tags


@pytest.mark.parametrize("symbology", ["QRCode", "DataMatrix"])
@pytest.mark.parametrize("stock_id", sorted(STOCKS.stocks))
def test_every_label_of_every_stock_decodes_back_to_its_tag_in_order(
    stock_id: str, symbology: str
) -> None:
    stock = STOCKS.get(stock_id)
    count = stock.per_page + 2 if stock.kind == "sheet" else 6  # two pages of a sheet
    labels = make_labels(real_tags(count))
    pdf = render_pdf(stock, labels, LabelOptions(symbology=symbology))  # type: ignore[arg-type]
    pages = pdf_to_images(pdf, raster_dpi(stock))
    assert len(pages) == (2 if stock.kind == "sheet" else count)
    page_px = (round(stock.page_height_mm / 25.4 * raster_dpi(stock)),
               round(stock.page_width_mm / 25.4 * raster_dpi(stock)))  # fmt: skip
    assert abs(pages[0].shape[0] - page_px[0]) <= 1 and abs(pages[0].shape[1] - page_px[1]) <= 1
    assert_round_trip(labels, list(decode_slots(stock, pdf, count)), symbology)


def test_a_partly_used_sheet_starts_at_the_chosen_position() -> None:
    stock = STOCKS.get("avery-5160")
    labels = make_labels(real_tags(3))
    pdf = render_pdf(stock, labels, LabelOptions(), start_at=29)
    assert len(pdf_to_images(pdf, 50)) == 2
    assert_round_trip(labels, list(decode_slots(stock, pdf, 3, start_at=29)), "QRCode")
    assert next(iter(decode_slots(stock, pdf, 1, start_at=1))) == set()  # position 1 unused


def test_a_tag_only_the_2d_code_can_carry_prints_without_the_code128() -> None:
    stock = STOCKS.get("avery-l7163")
    labels = make_labels(["Zoë-Ø-7", "Łódź-1"])
    with pytest.raises(ValidationError, match="Code128 cannot carry"):
        render_pdf(stock, labels, LabelOptions())
    pdf = render_pdf(stock, labels, LabelOptions(code128=False))
    found = list(decode_slots(stock, pdf, 2))
    assert [parse_scan(next(t for f, t in s if f == "QRCode"), ACME).tag for s in found] == [
        "Zoë-Ø-7", "Łódź-1"
    ]  # fmt: skip
    assert all(f != "Code128" for s in found for f, _ in s)


def test_every_label_that_does_not_fit_is_listed_and_nothing_is_rendered() -> None:
    stock = STOCKS.get("zebra-2x1")
    tags = ["IT-7K3M00001", "IT-00042311-EXTRA-LONG-1", "IT-7K3M00002", "IT-00042311-EXTRA-LONG-2"]
    with pytest.raises(LabelDoesNotFit) as caught:
        render_pdf(stock, make_labels(tags), LabelOptions())
    message = caught.value.message
    assert "label 2 (IT-00042311-EXTRA-LONG-1)" in message
    assert "label 4 (IT-00042311-EXTRA-LONG-2)" in message
    assert "IT-7K3M00001" not in message
    assert "zebra-2x1" in message and "wider stock" in message


def test_bad_requests_are_refused_with_what_to_do() -> None:
    stock = STOCKS.get("avery-5160")
    labels = make_labels(real_tags(2))
    with pytest.raises(ValidationError, match=r"31 is not on the sheet.*choose 1-30"):
        render_pdf(stock, labels, LabelOptions(), start_at=31)
    with pytest.raises(ValidationError, match="nothing to print"):
        render_pdf(stock, [], LabelOptions())
    with pytest.raises(ValidationError, match=r"logo: cannot read .*no-such-logo\.png.*Settings"):
        render_pdf(stock, labels, LabelOptions(logo="/nonexistent/no-such-logo.png"))
    with pytest.raises(ValidationError, match="not a Zebra stock"):
        render_zpl(stock, labels, LabelOptions())


def test_text_the_font_cannot_show_becomes_a_visible_question_mark(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (200, 30, 30)).save(logo)
    stock = STOCKS.get("dymo-30252")
    data = LabelData("IT-7K3M00042", encode_payload("IT-7K3M00042", "ACME"),
                     "Łukasz Müller 日本 GmbH", ("Модель ThinkPad 中",))  # fmt: skip
    assert printable(data.organisation) == "Łukasz Müller ?? GmbH"
    assert printable(data.lines[0]) == "Модель ThinkPad ?"
    pdf = render_pdf(stock, [data], LabelOptions(logo=str(logo)))
    (page,) = pdf_to_images(pdf, 300)
    assert_round_trip([data], list(decode_slots(stock, pdf, 1)), "QRCode")
    red = np.asarray(page)  # grayscale: the logo is mid-grey ink in the top right corner
    assert ((red > 60) & (red < 120)).sum() > 100


def test_pdf_output_is_deterministic_and_vector() -> None:
    stock = STOCKS.get("avery-l7160")
    labels = make_labels(real_tags(5))
    first = render_pdf(stock, labels, LabelOptions())
    assert first == render_pdf(stock, labels, LabelOptions())
    assert first.startswith(b"%PDF") and b"/Subtype /Image" not in first
    assert b"/FontFile2" in first  # DejaVu Sans embedded (subset)


# --------------------------------------------------------------------------- ZPL


def zpl_fields(zpl: str) -> list[str]:
    return re.findall(r"\^FD(.*?)\^FS", zpl, flags=re.S)


def test_zpl_structure() -> None:
    stock = STOCKS.get("zebra-2x1")
    tags = ["IT-7K3M00042", "A/B+C_x^y~z>w", "LAB-0815"]
    labels = [
        LabelData(t, encode_payload(t, "ACME"), "ACME ^Corp~_", ("S/N 5CG123",)) for t in tags
    ]
    zpl = render_zpl(stock, labels, LabelOptions())
    formats = re.findall(r"\^XA(.*?)\^XZ", zpl, flags=re.S)
    assert len(formats) == 3 and zpl.count("^XA") == 3 and zpl.count("^XZ") == 3
    for body in formats:
        assert "^CI28" in body and "^PW406" in body and "^LL203" in body  # 2 × 1 in at 203 dpi
        assert re.search(r"\^FO\d+,\d+\^BQN,2,\d+,M\^FH_\^FDMA,", body)
        assert re.search(r"\^FO\d+,\d+\^BY\d+,3,\d+\^BCN,\d+,N,N,N,N\^FH_\^FD>[:;9]", body)
        assert "^FH_^FDACME _5ECorp_7E_5F^FS" in body
        for data in zpl_fields(body):  # nothing in a field can start a command
            assert "^" not in data and "~" not in data
        assert body.count("^FD") == body.count("^FS") == 5
    assert "^FH_^FD>:A/B+C_5Fx_5Ey_7Ez>0w^FS" in zpl  # Code128: '>' is written >0


def test_zpl_of_labels_prepared_for_pdf_makes_room_for_the_printers_datamatrix() -> None:
    stock = STOCKS.get("zebra-4x2")
    labels = make_labels(["LAB-0815"])  # zxing: 16 × 16 modules, a plain encoder: 18 × 18
    options = LabelOptions(symbology="DataMatrix")
    (for_pdf,) = prepare_labels(stock, labels, options)
    zpl = label_zpl(stock, for_pdf, options)
    assert "^BXN," in zpl and ",200,18,18," in zpl
    assert zpl == render_zpl(stock, labels, options)


def test_code128_invocation_codes_reproduce_python_barcodes_code_sets() -> None:
    # python-barcode: set B, set C for "0004", back to B for the odd digit
    assert code128_field(code128_symbol("IT-7K3M00042")) == ">:IT-7K3M>50004>62"
    assert code128_field(code128_symbol("123456")) == ">;123456"
    assert code128_field(code128_symbol("12345")) == ">;1234>65"
    assert code128_field(code128_symbol("A>B_1")) == ">:A>0B_5F1"


def zplkit_images(zpl: str, stock: LabelStock) -> list[np.ndarray]:
    zplkit = pytest.importorskip("zplkit")
    from PIL import Image

    options = zplkit.Options(
        profile="specification",
        width=round(stock.label_width_mm / 25.4 * stock.dpi),
        height=round(stock.label_height_mm / 25.4 * stock.dpi),
        dpi=stock.dpi,
    )
    document = zplkit.render(zpl.encode("utf-8"), options)
    return [np.array(Image.open(io.BytesIO(lab.png())).convert("L")) for lab in document.labels]


@pytest.mark.parametrize("symbology", ["QRCode", "DataMatrix"])
@pytest.mark.parametrize("stock_id", ["zebra-2x1", "zebra-4x2"])
def test_zpl_rendered_by_an_independent_renderer_decodes_back_in_order(
    stock_id: str, symbology: str
) -> None:
    stock = STOCKS.get(stock_id)
    tags = [*real_tags(8), "A/B+C_x^y~z>w", "`|{}@#$%"]
    labels = make_labels(tags)
    zpl = render_zpl(stock, labels, LabelOptions(symbology=symbology))  # type: ignore[arg-type]
    images = zplkit_images(zpl, stock)
    assert len(images) == len(labels)
    found = [{(d.format, d.text) for d in DECODER.decode(image)} for image in images]
    assert_round_trip(labels, found, symbology)


# --------------------------------------------------------------------------- printers


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(10)
    yield server
    server.close()


def serve(server: socket.socket, handle: object) -> threading.Thread:
    def run() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            handle(conn)  # type: ignore[operator]

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_send_raw_delivers_every_byte(listener: socket.socket) -> None:
    received = bytearray()

    def read_all(conn: socket.socket) -> None:
        conn.settimeout(10)
        while chunk := conn.recv(65536):
            received.extend(chunk)

    thread = serve(listener, read_all)
    data = render_zpl(STOCKS.get("zebra-2x1"), make_labels(real_tags(50)), LabelOptions()).encode()
    host, port = listener.getsockname()
    send_raw(f"{host}:{port}", data=data)
    thread.join(10)
    assert bytes(received) == data


def test_a_printer_that_is_off_refuses_the_connection() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    with pytest.raises(PrinterError, match=rf"127\.0\.0\.1:{port} refused.*on.*9100"):
        send_raw("127.0.0.1", port, b"^XA^XZ", timeout=2)


def test_a_printer_that_drops_the_connection_is_reported(listener: socket.socket) -> None:
    def reset(conn: socket.socket) -> None:
        conn.settimeout(10)
        conn.recv(1)  # the job has started: now drop it (RST, as a printer that fails)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    serve(listener, reset)
    host, port = listener.getsockname()
    with pytest.raises(PrinterError, match=r"closed the connection after \d+ of \d+ bytes"):
        send_raw(host, port, b"x" * 64_000_000, timeout=5)


def test_a_printer_that_stops_reading_times_out(listener: socket.socket) -> None:
    stop = threading.Event()
    serve(listener, lambda conn: stop.wait(10))
    host, port = listener.getsockname()
    try:
        with pytest.raises(PrinterError, match=r"stopped taking data .* check it for paper"):
            send_raw(host, port, b"x" * 256_000_000, timeout=0.5)
    finally:
        stop.set()


def test_printer_address_problems(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PrinterError, match="no printer address"):
        send_raw("", data=b"x")
    with pytest.raises(PrinterError, match="nothing to send"):
        send_raw("127.0.0.1", 9100, b"")
    with pytest.raises(PrinterError, match="not a TCP port"):
        send_raw("127.0.0.1", 70000, b"x")

    def no_such_host(*args: object, **kwargs: object) -> socket.socket:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "create_connection", no_such_host)  # no DNS in tests
    with pytest.raises(PrinterError, match=r"unknown printer host 'zebra-9\.example'"):
        send_raw("zebra-9.example", data=b"x")

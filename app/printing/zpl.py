"""ZPL II for Zebra printers, and raw TCP printing (port 9100).

`render_zpl` lays each label out exactly as the PDF (same layout, on the printer's dot
grid) and writes it with the printer's own symbologies, so the printer draws crisp bars:

- Code128: `^BY`/`^BC` with the code sets python-barcode chose, written as ZPL invocation
  codes (`>:` start in set B, `>;` in set C, `>5`/`>6` switches, `>0` for '>'), so the
  printed symbol is module for module the one the layout measured;
- QR: `^BQN,2,<module dots>` with error correction M and automatic input mode;
  DataMatrix: `^BXN,<module dots>,200,<columns>,<rows>` (ECC 200, the same size, with
  an escape character the payload does not contain);
- text: the scalable font 0 at the layout's size, placed by its baseline (`^FT`).

Every field's data goes through `^FH` with `_` as the escape: `^`, `~` and `_` are written
as `_5E`, `_7E`, `_5F`, so no text ever ends a field or starts a command. Text is UTF-8
(`^CI28`); characters font 0 cannot show (outside Latin-1) are printed as "?".
"""

from __future__ import annotations

import socket
from collections.abc import Sequence

from app.domain.errors import FieldtagError, ValidationError
from app.domain.labels import LabelData, LabelOptions, LabelStock, TextRun
from app.domain.text import QT_TRANSLATE_NOOP
from app.printing.pdf import PreparedLabel, prepare_label, prepare_labels
from app.printing.symbols import (
    Code128Symbol,
    code128_symbol,
    datamatrix_ascii_size,
    matrix_array,
)

DEFAULT_PORT = 9100
_START = {103: ">9", 104: ">:", 105: ">;"}


class PrinterError(FieldtagError):
    """The printer could not be reached or did not take the whole job."""


def escape_field(text: str) -> str:
    """Field data safe inside `^FH_^FD...^FS`."""
    return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


def _latin1(text: str) -> str:
    return "".join(ch if 32 <= ord(ch) <= 255 and ord(ch) != 127 else "?" for ch in text)


def code128_field(symbol: Code128Symbol) -> str:
    """`^BC` field data (mode N) that makes the printer encode `symbol`'s code values."""
    out: list[str] = []
    charset = "ABC"[symbol.codes[0] - 103]
    out.append(_START[symbol.codes[0]])
    for value in symbol.codes[1:]:
        if charset == "C":
            if value < 100:
                out.append(f"{value:02d}")
                continue
            switch = {100: "B", 101: "A"}[value]
        elif value < 96 and not (charset == "B" and value > 94):
            char = chr(value + 32) if charset == "B" or value < 64 else chr(value - 64)
            out.append(">0" if char == ">" else char)  # ">0" is value 30, '>' in set B
            continue
        else:
            switch = {99: "C", 100: "B", 101: "A"}[value]
        out.append({"A": ">7", "B": ">6", "C": ">5"}[switch])
        charset = switch
    return escape_field("".join(out))


def _dm_escape(payload: str) -> str:
    """`^BX`'s escape character: one the payload does not contain (the default '~'
    would turn "~X" in a tag into a control sequence)."""
    for ch in "`|{}@#$%&*!;":
        if ch not in payload:
            return ch
    raise ValidationError.single(
        QT_TRANSLATE_NOOP("printing.zpl", "2D code"),
        QT_TRANSLATE_NOOP(
            "printing.zpl", "the payload uses every character ZPL could escape with; use QR"
        ),
    )


def _dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def _text(run: TextRun, dpi: int) -> str:
    height = max(10, round(run.size_pt * dpi / 72))
    x, y = _dots(run.box.x_mm, dpi), _dots(run.baseline_mm, dpi)
    return f"^FT{x},{y}^A0N,{height},{height}^FH_^FD{escape_field(_latin1(run.text))}^FS"


def label_zpl(stock: LabelStock, label: PreparedLabel, options: LabelOptions) -> str:
    """One label as a ZPL format (^XA ... ^XZ). Best prepared with
    `prepare_labels(..., zpl=True)`: a DataMatrix laid out for zxing's (smaller)
    symbol is laid out again here for the printer's encoder (ValidationError if it then
    no longer fits)."""
    dpi = stock.dpi
    if options.symbology == "DataMatrix":
        laid_out = round(label.layout.code2d.w_mm / (label.layout.module_dots * stock.dot_mm))
        if laid_out < datamatrix_ascii_size(label.data.payload):
            label = prepare_label(stock, label.data, options, zpl=True)
    lay = label.layout
    parts = [
        "^XA",
        "^CI28",
        f"^PW{_dots(stock.label_width_mm, dpi)}",
        f"^LL{_dots(stock.label_height_mm, dpi)}",
        "^LH0,0",
    ]
    x, y = _dots(lay.code2d.x_mm, dpi), _dots(lay.code2d.y_mm, dpi)
    payload = escape_field(label.data.payload)
    if options.symbology == "QRCode":
        parts.append(f"^FO{x},{y}^BQN,2,{lay.module_dots},M^FH_^FDMA,{payload}^FS")
    else:
        n = max(
            int(matrix_array(label.data.payload, "DataMatrix").shape[0]),
            datamatrix_ascii_size(label.data.payload),
        )
        esc = _dm_escape(label.data.payload)
        parts.append(f"^FO{x},{y}^BXN,{lay.module_dots},200,{n},{n},6,{esc},1^FH_^FD{payload}^FS")
    if lay.code128 is not None:
        symbol = code128_symbol(label.data.code128_content)
        h = _dots(lay.code128.h_mm, dpi)
        bx, by = _dots(lay.code128.x_mm, dpi), _dots(lay.code128.y_mm, dpi)
        parts.append(
            f"^FO{bx},{by}^BY{lay.bar_dots},3,{h}^BCN,{h},N,N,N,N^FH_^FD{code128_field(symbol)}^FS"
        )
    parts += [_text(run, dpi) for run in lay.texts]
    parts.append("^XZ")
    return "\n".join(parts) + "\n"


def render_zpl(stock: LabelStock, labels: Sequence[LabelData], options: LabelOptions) -> str:
    """ZPL II for `labels` (one format per label). Raises ValidationError for a stock
    that is not a ZPL roll, or labels that cannot be printed (every problem listed).

    A logo is left out: ZPL would need it converted to a ^GF bitmap."""
    if not stock.zpl:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("printing.zpl", "stock"),
            QT_TRANSLATE_NOOP(
                "printing.zpl",
                '{stock} is not a Zebra stock: ZPL output is for stocks marked "zpl": '
                "true (zebra-2x1, zebra-4x2); print this stock as PDF",
            ).format(stock=stock.id),
        )
    prepared = prepare_labels(stock, labels, options, zpl=True)
    return "".join(label_zpl(stock, label, options) for label in prepared)


def _split_host(host: str, port: int) -> tuple[str, int]:
    host = host.strip()
    if host.count(":") == 1 and not host.startswith("["):
        name, _, tail = host.partition(":")
        if tail.isdigit():
            return name, int(tail)
    if host.startswith("[") and "]:" in host:  # [::1]:9100
        name, _, tail = host[1:].partition("]:")
        if tail.isdigit():
            return name, int(tail)
    return host.strip("[]"), port


def send_raw(host: str, port: int = DEFAULT_PORT, data: bytes = b"", timeout: float = 5.0) -> None:
    """Send `data` (a ZPL job) to a printer's raw port (JetDirect, 9100). `host` may
    carry the port ("zebra-3.local:9100"). Returns once the printer has taken every
    byte; raises PrinterError saying what went wrong and what to check."""
    name, port = _split_host(host, port)
    if not name:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl", "no printer address: enter the printer's host name or IP address"
            )
        )
    if not 1 <= port <= 65535:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl", "port {port} is not a TCP port (1-65535); Zebra printers use 9100"
            ).format(port=port)
        )
    if not data:
        raise PrinterError(QT_TRANSLATE_NOOP("printing.zpl", "nothing to send to the printer"))
    where = f"{name}:{port}"
    try:
        conn = socket.create_connection((name, port), timeout=timeout)
    except socket.gaierror:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl",
                "unknown printer host '{host}': check the name, or use the printer's IP address "
                "(printed on its network configuration label)",
            ).format(host=name)
        ) from None
    except ConnectionRefusedError:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl",
                "the printer at {where} refused the connection: check that it is on and that "
                "raw printing (port 9100) is enabled",
            ).format(where=where)
        ) from None
    except TimeoutError:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl",
                "no answer from {where} within {timeout:g} s: check that the printer is on and "
                "on this network",
            ).format(where=where, timeout=timeout)
        ) from None
    except (ConnectionResetError, ConnectionAbortedError):
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl",
                "the printer at {where} dropped the connection at once: it may be busy with "
                "another job; check it, then print again",
            ).format(where=where)
        ) from None
    except OSError as exc:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl",
                "cannot reach the printer at {where}: {reason}; check the address and the network",
            ).format(where=where, reason=exc.strerror or str(exc))
        ) from None
    sent = 0
    try:
        with conn:
            conn.settimeout(timeout)
            view = memoryview(data)
            while sent < len(data):
                sent += conn.send(view[sent : sent + 65536])
            conn.shutdown(socket.SHUT_WR)
    except TimeoutError:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl",
                "the printer at {where} stopped taking data ({sent} of {total} bytes sent "
                "in {timeout:g} s): check it for paper, ribbon or an error light, then print again",
            ).format(where=where, sent=sent, total=len(data), timeout=timeout)
        ) from None
    except OSError as exc:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "printing.zpl",
                "the printer at {where} closed the connection after {sent} of {total} bytes "
                "({reason}): check it for an error, then print again",
            ).format(where=where, sent=sent, total=len(data), reason=exc.strerror or str(exc))
        ) from None

"""The printer's, the camera's and the signature's messages are English `Text`s that the
window translates (app/domain/text.py), and `error_message` keeps them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import ValidationError
from app.domain.labels import LabelData, LabelOptions
from app.domain.text import Text
from app.printing.pdf import prepare_labels
from app.printing.signing import verify_pdf
from app.printing.stock import load_stocks
from app.printing.zpl import PrinterError, send_raw
from app.scan.capture import CaptureError, open_source
from app.scan.decoder import ImageError, load_image

_SEEN: list[tuple[str, str]] = []


class _German:
    """Stands in for QCoreApplication: "translates" every template by marking it."""

    @staticmethod
    def translate(context: str, source: str) -> str:
        _SEEN.append((context, source))
        return "DE " + source


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    import app.ui.i18n

    _SEEN.clear()
    monkeypatch.setattr(app.ui.i18n, "QCoreApplication", _German)
    return _SEEN


def test_printer_errors_are_texts_the_window_translates(german: list[Any]) -> None:
    from app.ui.i18n import error_message

    with pytest.raises(PrinterError) as bad_port:
        send_raw("zebra-3.local", 70000, b"^XA^XZ")
    message = bad_port.value.message
    assert isinstance(message, Text) and isinstance(str(bad_port.value), Text)
    assert message == "port 70000 is not a TCP port (1-65535); Zebra printers use 9100"
    assert (message.context, message.args) == ("printing.zpl", {"port": 70000})
    assert error_message(bad_port.value) == (
        "DE port 70000 is not a TCP port (1-65535); Zebra printers use 9100"
    )
    with pytest.raises(PrinterError) as nothing:
        send_raw("zebra-3.local", 9100, b"")
    assert error_message(nothing.value) == "DE nothing to send to the printer"
    assert ("printing.zpl", "nothing to send to the printer") in german


def test_capture_and_image_errors_are_texts(tmp_path: Path, german: list[Any]) -> None:
    from app.ui.i18n import error_message

    missing = tmp_path / "gone.mp4"
    with pytest.raises(CaptureError) as capture:
        open_source(str(missing))
    message = capture.value.message
    assert isinstance(message, Text) and message.context == "scan.capture"
    assert message == f"{missing}: no such file, folder or camera"
    assert error_message(capture.value) == f"DE {missing}: no such file, folder or camera"

    with pytest.raises(ImageError) as image:
        load_image(tmp_path)
    assert isinstance(image.value.message, Text) and image.value.message.context == "scan.decoder"
    assert error_message(image.value) == f"DE {tmp_path}: is a folder, not an image file"


def test_label_problems_and_verdicts_are_texts(german: list[Any]) -> None:
    from app.ui.i18n import error_message

    stock = next(iter(load_stocks()))
    with pytest.raises(ValidationError) as refused:
        prepare_labels(stock, [LabelData("IT-\u4e2d", "IT-\u4e2d", "ACME", ())], LabelOptions())
    (problem,) = refused.value.problems
    assert isinstance(problem.field, Text) and problem.field.context == "printing.labels"
    assert problem.field == "label 1 (IT-\u4e2d): tag"
    assert str(refused.value) == (
        "label 1 (IT-\u4e2d): tag: 'IT-\u4e2d' has characters the label font cannot print"
    )
    shown = error_message(refused.value)
    assert "DE label 1 (IT-\u4e2d): DE tag" in shown
    assert "DE 'IT-\u4e2d' has characters the label font cannot print" in shown

    verdict = verify_pdf(b"not a pdf", [])
    assert isinstance(verdict.reason, Text) and verdict.reason.context == "printing.signing"
    assert verdict.reason == "not a PDF file"


def test_another_exception_raised_with_a_text_is_translated(german: list[Any]) -> None:
    from app.domain.text import QT_TRANSLATE_NOOP
    from app.ui.i18n import error_message

    text = QT_TRANSLATE_NOOP("printing.raster", "page {page} would be over {limit} megapixels")
    error = ValueError(text.format(page=2, limit=120))
    assert not isinstance(str(error), Text)  # str() of a plain exception loses the Text
    assert error_message(error) == "DE page 2 would be over 120 megapixels"
    assert error_message(ValueError("plain")) == "plain"

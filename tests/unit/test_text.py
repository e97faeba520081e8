"""app/domain/text.py: English texts that remember how the window translates them."""

from __future__ import annotations

import pickle

import pytest

from app.domain.errors import FieldtagError, Problem, ValidationError
from app.domain.text import OR, QT_TRANSLATE_NOOP, Text, TextList, joined
from app.domain.values import ValueProblem


def test_a_text_is_its_english_and_keeps_its_template() -> None:
    text = QT_TRANSLATE_NOOP("ctx", "{tag} is already {state}.").format(tag="IT-1", state="x")
    assert text == "IT-1 is already x." and isinstance(text, str)
    assert (text.context, text.source, text.args) == (
        "ctx", "{tag} is already {state}.", {"tag": "IT-1", "state": "x"},
    )  # fmt: skip
    plain = QT_TRANSLATE_NOOP("ctx", "braces {stay} as written")
    assert plain == "braces {stay} as written" and plain.args is None
    assert f"{text}" == "IT-1 is already x."  # logs and the CLI see English


def test_format_takes_named_arguments_only() -> None:
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("ctx", "{0}").format("a")


def test_errors_and_value_problems_keep_the_text() -> None:
    text = QT_TRANSLATE_NOOP("ctx", "is {n:,} long").format(n=1200)
    assert str(FieldtagError(text)) is text
    assert isinstance(str(ValueProblem(text)), Text)
    error = ValidationError([Problem("Serial", text, 3)])
    assert error.message == "line 3: Serial: is 1,200 long"
    assert error.problems[0].message is text


def test_texts_survive_pickling_and_joining() -> None:
    text = QT_TRANSLATE_NOOP("ctx", "a {b}").format(b=joined(["x", "y"], OR))
    again = pickle.loads(pickle.dumps(text))
    assert again == "a x or y" and again.args is not None
    assert isinstance(again.args["b"], TextList) and again.args["b"].items == ("x", "y")

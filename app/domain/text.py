"""Texts for people that the window shows in its language, written without Qt.

The domain and the services speak English, and they must not import Qt. A text the window
shows (a refusal, a validation problem, a history line) is written as

    QT_TRANSLATE_NOOP("services.assets", "Tag {tag} is already used by {other}.").format(
        tag=tag, other=other
    )

`pyside6-lupdate` extracts the context and the source text of every
`QT_TRANSLATE_NOOP("context", "text")` call with exactly these two literal arguments (its
Python parser does not look at what the function is, and it skips a call with a third
argument: hence `.format(...)` after the call, never arguments inside it).

The value is a `Text`: a `str` holding the English text, so logs, the CLI and tests see plain
English, that also keeps its context, its template and its arguments. The GUI translates it
with `app.ui.i18n.translated` (the template through `QCoreApplication.translate`, then the
same arguments; arguments that are `Text` themselves are translated too).

Placeholders are named (`{tag}`, `{count:,}`), so a translation may put them in any order.
A `Text` stays a `Text` through `.format` only: `+`, `%`, f-strings and `join` give plain
English `str`. Write one template for the whole sentence instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class Text(str):
    """English text that remembers how to say it in another language."""

    context: str
    source: str
    args: Mapping[str, Any] | None  # None: not formatted (the source is the text)

    def __new__(
        cls, value: str, context: str, source: str, args: Mapping[str, Any] | None = None
    ) -> Text:
        self = super().__new__(cls, value)
        self.context, self.source, self.args = context, source, args
        return self

    def format(self, *args: object, **kwargs: Any) -> Text:
        """The English text with the named arguments filled in (positional ones are refused:
        a translation must be able to reorder them)."""
        if args:
            raise TypeError("Text.format takes named arguments only")
        return Text(self.source.format(**kwargs), self.context, self.source, dict(kwargs))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (str(self), self.context, self.source, self.args))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark `source` for translation in `context`; the value is English until the GUI
    translates it (`app.ui.i18n.translated`)."""
    return Text(source, context, source)


class TextList(str):
    """Texts joined into one ("in stock, deployed"): each item is translated on its own."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Iterable[str], separator: str = ", ") -> TextList:
        kept = tuple(items)
        self = super().__new__(cls, separator.join(kept))
        self.items, self.separator = kept, separator
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (TextList, (self.items, self.separator))


def joined(items: Iterable[str], separator: str = ", ") -> TextList:
    """`separator.join(items)` that keeps the items' translations (an argument of a Text)."""
    return TextList(items, separator)


# "a or b": the separator of joined(..., OR), translated with the items
OR = QT_TRANSLATE_NOOP("domain.text", " or ")


def text_data(value: object) -> Any:
    """A text as JSON-able data (kept with a stored English text, e.g. a conflict's summary,
    so the window can show it in its language later: `text_from_data`). A `Text` gives
    {"context", "source", "args"} (arguments that are texts nested the same way), a
    `TextList` {"items", "separator"}, numbers stay numbers, anything else its `str`."""
    if isinstance(value, Text):
        out: dict[str, Any] = {"context": value.context, "source": value.source}
        if value.args is not None:
            out["args"] = {k: text_data(v) for k, v in value.args.items()}
        return out
    if isinstance(value, TextList):
        return {
            "items": [text_data(i) for i in value.items],
            "separator": text_data(value.separator),
        }
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    return str.__str__(value) if isinstance(value, str) else str(value)


def text_from_data(data: object, fallback: str = "") -> str:
    """The `Text` (or `TextList`) `text_data` made, rebuilt; `fallback` when the data is not
    one (missing, or written by another version)."""
    if not isinstance(data, dict):
        return fallback
    try:
        rebuilt = _rebuilt(data)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return fallback
    return rebuilt if isinstance(rebuilt, str) else fallback


def _rebuilt(data: object) -> Any:
    if isinstance(data, dict):
        if "items" in data:
            return TextList([_rebuilt(i) for i in data["items"]], _rebuilt(data["separator"]))
        text = QT_TRANSLATE_NOOP(str(data["context"]), str(data["source"]))
        args = data.get("args")
        return text if args is None else text.format(**{k: _rebuilt(v) for k, v in args.items()})
    if isinstance(data, list):
        raise TypeError("not a text")
    return data


def plain(value: object) -> str:
    """The English text of a value (a `Text` or anything else) as a plain `str`."""
    return str.__str__(value) if isinstance(value, str) else str(value)


__all__ = [
    "OR", "QT_TRANSLATE_NOOP", "Text", "TextList", "joined", "plain", "text_data",
    "text_from_data",
]  # fmt: skip

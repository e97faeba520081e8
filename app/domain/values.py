"""Parsing and checking of the plain values people type or import: text, dates, money."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from app.domain.text import QT_TRANSLATE_NOOP

MAX_TEXT = 200
MAX_NOTES = 20_000
MAX_COST_CENTS = 100_000_000_000  # one billion in any currency: a typo beyond that


class ValueProblem(ValueError):
    """A value could not be understood; the message says what is expected."""

    def __str__(self) -> str:
        message = self.args[0] if self.args else ""
        return message if isinstance(message, str) else super().__str__()  # keeps a Text


def clean_text(value: object, *, max_len: int = MAX_TEXT, multiline: bool = False) -> str:
    """Trimmed text without control characters; raises if longer than `max_len`."""
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():  # fast path: printable text has no Cc/Cf characters (imports)
        allowed = {"\n", "\t"} if multiline else set()
        text = "".join(
            ch for ch in text if ch in allowed or unicodedata.category(ch) not in {"Cc", "Cf"}
        )
    text = text.strip() if multiline else " ".join(text.split())
    if len(text) > max_len:
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.values", "is {n_text:,} characters long; at most {max_len:,} are allowed"
            ).format(n_text=len(text), max_len=max_len)
        )
    return text


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%Y%m%d")


def parse_date(value: object) -> dt.date | None:
    """ISO dates (2024-03-31), also 2024/03/31, 31.03.2024 and ISO date-times.
    Slash dates with the day first or last (03/31/2024) are refused as ambiguous."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-":  # fast path for ISO (imports)
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", text):
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.values",
                "'{text}' is ambiguous (day/month or month/day?): write it as YYYY-MM-DD",
            ).format(text=text)
        )
    raise ValueProblem(
        QT_TRANSLATE_NOOP("domain.values", "'{text}' is not a date: write it as YYYY-MM-DD").format(
            text=_short(text)
        )
    )


def parse_money(value: object) -> int | None:
    """An amount in cents. Accepts 1299, 1299.5, 1,299.50, 1.299,50, 1299,50 and a currency
    sign; refuses negative amounts and text."""
    if value is None:
        return None
    if isinstance(value, int):
        cents = value * 100
    else:
        text = str(value).strip()
        if not text:
            return None
        plain = _plain_cents(text)  # fast path for 1299 / 1299.5 (imports)
        cents = _cents(text) if plain is None else plain
    if cents < 0:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("domain.values", "is negative: a cost cannot be below zero")
        )
    if cents > MAX_COST_CENTS:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("domain.values", "is implausibly large: check the amount")
        )
    return cents


def _plain_cents(text: str) -> int | None:
    """The cents of a plain amount: digits, then maybe a point and one or two digits
    (1299, 1299.5, 1299.50); None for anything else. Agrees with `_cents`, faster."""
    whole, point, decimals = text.partition(".")
    if not whole.isdecimal() or len(whole) > 15:
        return None
    if not point:
        return int(whole) * 100
    if len(decimals) not in {1, 2} or not decimals.isdecimal():
        return None
    return int(whole) * 100 + int(decimals.ljust(2, "0"))


def _cents(text: str) -> int:
    """The cents of an amount as people write it (stripped text); raises `ValueProblem`."""
    raw = text
    text = re.sub(r"[\s\u00a0'€$£¥]|EUR|USD|GBP|CHF", "", text, flags=re.IGNORECASE)
    negative = text.startswith("-") or (text.startswith("(") and text.endswith(")"))
    text = text.strip("-()")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = f"{head.replace(',', '')}.{tail}" if len(tail) in {1, 2} else text.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        raise ValueProblem(
            QT_TRANSLATE_NOOP("domain.values", "'{raw}' is not an amount of money").format(
                raw=_short(raw)
            )
        )
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - regex above guards it
        raise ValueProblem(
            QT_TRANSLATE_NOOP("domain.values", "'{raw}' is not an amount of money").format(
                raw=_short(raw)
            )
        ) from exc
    if negative and amount:
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.values", "{raw} is negative: a cost cannot be below zero"
            ).format(raw=_short(raw))
        )
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueProblem(
            QT_TRANSLATE_NOOP("domain.values", "'{raw}' has more than two decimals").format(
                raw=_short(raw)
            )
        )
    return int(amount * 100)


def format_money(cents: int | None) -> str:
    if cents is None:
        return ""
    return f"{cents // 100}.{cents % 100:02d}"


def format_bytes(n: int | None) -> str:
    """A capacity as people read it on a drive's label (decimal units): 512 GB, 1.02 TB."""
    if n is None:
        return ""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "B" or size >= 100 else f"{size:.3g} {unit}"
        size /= 1000
    raise AssertionError("unreachable")  # pragma: no cover


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus a number of months, clamped to the month's last day (Jan 31 + 1 = Feb 28)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

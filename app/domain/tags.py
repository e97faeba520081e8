"""What a scanned code says: an asset tag, the app's own label payload, or a serial number.

The label payload (printed as QR/DataMatrix by the labels feature) names the organisation
as well as the tag, so a label of another organisation is never taken for one of ours:

- compact form: ``FT:<ORG>:<TAG>`` (e.g. ``FT:ACME:IT-004211``). Upper-case organisation
  codes and tags keep the whole payload in QR's alphanumeric mode, which makes the code
  small enough for a webcam to read at a 150 px wide label.
- URL form: ``<base URL>/t/<ORG>/<TAG>`` (e.g. ``https://assets.example.org/t/ACME/IT-004211``)
  for organisations that want a phone's camera app to open a web page. Any host is accepted
  when reading; the organisation code decides whether the label is ours.

Everything here is pure: the store lookup (tag, then serial) is `app.services.scanning`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, unquote, urlsplit

from app.domain.errors import ValidationError
from app.domain.text import QT_TRANSLATE_NOOP

PAYLOAD_SCHEME = "FT"
MAX_TAG_LEN = 64
ORG_RE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,15}")
_COMPACT_RE = re.compile(r"FT:([A-Za-z0-9-]{0,16}):(\S{1,64})", re.IGNORECASE)
_URL_PATH_RE = re.compile(r"/t/([A-Za-z0-9-]{1,16})/([^/\s]{1,192})/?")
_TAG_RE = re.compile(r"\S{1,64}")
# symbologies that carry product numbers on vendor boxes, never one of our tags
PRODUCT_FORMATS = frozenset({"EAN13", "EAN8", "UPCA", "UPCE", "EAN-13", "EAN-8", "UPC-A", "UPC-E"})

ReadKind = Literal["payload", "prefixed", "plain", "product", "unreadable"]


@dataclass(frozen=True)
class TagConfig:
    """How this installation's labels look (from the settings)."""

    organisation: str = ""  # the organisation code in label payloads ("" = none set)
    code128_prefix: str = ""  # a prefix printed before the tag in Code128 labels
    base_url: str = ""  # the URL form's base, "" = compact payloads

    def __post_init__(self) -> None:
        if self.organisation and not ORG_RE.fullmatch(self.organisation):
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("domain.tags", "organisation code"),
                QT_TRANSLATE_NOOP(
                    "domain.tags",
                    "'{organisation}' is not valid: use 1-16 capital letters, digits or '-', "
                    "starting with a letter or digit (e.g. ACME)",
                ).format(organisation=self.organisation),
            )


@dataclass(frozen=True)
class TagRead:
    """One code's text, understood.

    `tag` is the asset tag to look up (None when the code names no tag of ours);
    `serial` is the text to try as a serial number when no asset has that tag;
    `problem` says why a code was not taken as a tag, in words for the technician."""

    kind: ReadKind
    text: str
    tag: str | None = None
    serial: str | None = None
    organisation: str | None = None
    problem: str | None = None
    foreign_tag: str | None = None  # the tag on another organisation's label

    @property
    def key(self) -> str:
        """What makes two reads the same scan: the QR and the Code128 of one label
        are one scan."""
        return f"tag:{self.tag.casefold()}" if self.tag else f"text:{self.text}"


def normalize_org(value: str) -> str:
    return value.strip().upper()


def encode_payload(tag: str, organisation: str, base_url: str = "") -> str:
    """The text of a label's 2D code for `tag`."""
    if not _TAG_RE.fullmatch(tag):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("domain.tags", "tag"),
            QT_TRANSLATE_NOOP(
                "domain.tags", "'{tag}' is not a tag (one word, 1-64 characters)"
            ).format(tag=tag),
        )
    org = normalize_org(organisation)
    if org and not ORG_RE.fullmatch(org):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("domain.tags", "organisation code"),
            QT_TRANSLATE_NOOP("domain.tags", "'{organisation}' is not valid").format(
                organisation=organisation
            ),
        )
    if base_url:
        return f"{base_url.rstrip('/')}/t/{quote(org or '-', safe='')}/{quote(tag, safe='')}"
    return f"{PAYLOAD_SCHEME}:{org}:{tag}"


def _printable(text: str) -> bool:
    return all(not unicodedata.category(ch).startswith("C") for ch in text)


def clean_scanned_text(text: str) -> str:
    """Drop what scanners add around a code: surrounding whitespace and a trailing
    carriage return / line feed / tab."""
    return text.strip(" \t\r\n\x00")


def parse_scan(
    text: str,
    config: TagConfig,
    *,
    format: str = "",
    binary: bool = False,
) -> TagRead:
    """Understand a decoded code (or a keyboard-wedge scan, where `format` is "")."""
    text = clean_scanned_text(text)
    if binary or not text or not _printable(text):
        problem = (
            QT_TRANSLATE_NOOP("domain.tags", "This code holds binary data, not an asset tag.")
            if text
            else QT_TRANSLATE_NOOP("domain.tags", "This code is empty, not an asset tag.")
        )
        return TagRead("unreadable", text, problem=problem)
    if format.upper() in PRODUCT_FORMATS:
        return TagRead(
            "product",
            text,
            problem=QT_TRANSLATE_NOOP(
                "domain.tags", "{text} is a product number ({format}), not an asset tag."
            ).format(text=text, format=format),
        )
    payload = _parse_payload(text)
    if payload is not None:
        org, tag = payload
        ours = normalize_org(config.organisation)
        if org and ours and org != ours:
            return TagRead(
                "payload",
                text,
                organisation=org,
                problem=QT_TRANSLATE_NOOP(
                    "domain.tags", "This label belongs to organisation {org}; this store is {ours}."
                ).format(org=org, ours=ours),
                foreign_tag=tag,
            )
        return TagRead("payload", text, tag=tag, organisation=org or None)
    prefix = config.code128_prefix
    if prefix and len(text) > len(prefix) and text[: len(prefix)].casefold() == prefix.casefold():
        rest = text[len(prefix) :]
        if _TAG_RE.fullmatch(rest):
            return TagRead("prefixed", text, tag=rest, serial=text)
    if len(text) > MAX_TAG_LEN or not _TAG_RE.fullmatch(text):
        shown = text if len(text) <= 40 else text[:37] + "..."
        return TagRead(
            "unreadable",
            text,
            problem=QT_TRANSLATE_NOOP(
                "domain.tags",
                "'{shown}' is not an asset tag (one word of at most {max} characters).",
            ).format(shown=shown, max=MAX_TAG_LEN),
        )
    return TagRead("plain", text, tag=text, serial=text)


def _parse_payload(text: str) -> tuple[str, str] | None:
    """(organisation, tag) of the app's own payload, or None."""
    m = _COMPACT_RE.fullmatch(text)
    if m:
        return normalize_org(m.group(1)), m.group(2)
    if "://" not in text[:12]:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    m = _URL_PATH_RE.search(parts.path)
    if not m or m.end() != len(parts.path):
        return None
    org = normalize_org(unquote(m.group(1)))
    tag = unquote(m.group(2))
    if not _TAG_RE.fullmatch(tag):
        return None
    return ("" if org == "-" else org), tag

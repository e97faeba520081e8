"""Label payloads and what a scanned code says (`app.domain.tags`)."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.domain.tags import MAX_TAG_LEN, TagConfig, encode_payload, parse_scan

ACME = TagConfig("ACME")


@pytest.mark.parametrize(
    "tag", ["IT-004211", "LT-0815", "a", "X" * MAX_TAG_LEN, "Ünïcödé-7", "A/B+C"]
)
def test_compact_payload_round_trip(tag: str) -> None:
    payload = encode_payload(tag, "acme")
    assert payload == f"FT:ACME:{tag}"
    read = parse_scan(payload, ACME, format="QRCode")
    assert (read.kind, read.tag, read.organisation, read.problem) == ("payload", tag, "ACME", None)


@pytest.mark.parametrize("tag", ["IT-004211", "A/B C?#", "Zoë-1"])
def test_url_payload_round_trip(tag: str) -> None:
    if " " in tag:
        with pytest.raises(ValidationError):
            encode_payload(tag, "ACME", "https://assets.example.org/")
        return
    payload = encode_payload(tag, "ACME", "https://assets.example.org/")
    assert payload.startswith("https://assets.example.org/t/ACME/")
    read = parse_scan(payload, ACME, format="QRCode")
    assert (read.kind, read.tag, read.organisation) == ("payload", tag, "ACME")


def test_any_host_is_accepted_the_organisation_decides() -> None:
    read = parse_scan("http://other.example.com/inventory/t/ACME/IT-9/", ACME)
    assert read.tag == "IT-9"
    assert parse_scan("ftp://x.example/t/ACME/IT-9", ACME).kind == "plain"


def test_a_label_of_another_organisation_is_refused() -> None:
    for text in ("FT:GLOBEX:IT-004211", "https://globex.example/t/GLOBEX/IT-004211"):
        read = parse_scan(text, ACME, format="QRCode")
        assert read.kind == "payload" and read.tag is None and read.serial is None
        assert read.organisation == "GLOBEX"
        assert "GLOBEX" in (read.problem or "") and "ACME" in (read.problem or "")


def test_organisation_codes_compare_case_insensitively() -> None:
    assert parse_scan("ft:acme:IT-1", ACME).tag == "IT-1"


def test_without_an_organisation_set_every_label_is_accepted() -> None:
    read = parse_scan("FT:GLOBEX:IT-1", TagConfig())
    assert (read.tag, read.organisation) == ("IT-1", "GLOBEX")
    assert parse_scan("FT::IT-2", ACME).tag == "IT-2"


def test_code128_prefix_is_stripped() -> None:
    config = TagConfig("ACME", code128_prefix="ACME-")
    read = parse_scan("acme-IT-004211", config, format="Code128")
    assert (read.kind, read.tag, read.serial) == ("prefixed", "IT-004211", "acme-IT-004211")
    # the prefix alone is no tag; other text is a plain tag
    assert parse_scan("ACME-", config).kind == "plain"
    assert parse_scan("IT-004211", config).kind == "plain"


def test_plain_codes_are_tags_and_serials() -> None:
    read = parse_scan("  5CG1234XYZ\r\n", ACME, format="Code39")
    assert (read.kind, read.text, read.tag, read.serial) == (
        "plain",
        "5CG1234XYZ",
        "5CG1234XYZ",
        "5CG1234XYZ",
    )


@pytest.mark.parametrize("fmt", ["EAN13", "EAN8", "UPCA", "UPCE", "EAN-13", "upc-a"])
def test_product_codes_are_not_tags(fmt: str) -> None:
    read = parse_scan("4006381333931", ACME, format=fmt)
    assert read.kind == "product" and read.tag is None and read.serial is None
    assert "product number" in (read.problem or "")


def test_binary_and_empty_codes_are_unreadable() -> None:
    assert parse_scan("abc", ACME, binary=True).kind == "unreadable"
    assert parse_scan("ab\x00\x07cd", ACME).kind == "unreadable"
    empty = parse_scan(" \r\n", ACME)
    assert empty.kind == "unreadable" and "empty" in (empty.problem or "")
    assert parse_scan("a\x1bb", ACME).problem == "This code holds binary data, not an asset tag."


def test_too_long_or_several_words_is_no_tag() -> None:
    long = "A" * 4000
    read = parse_scan(long, ACME, format="QRCode")
    assert read.kind == "unreadable" and read.tag is None
    assert "..." in (read.problem or "") and len(read.problem or "") < 200
    assert parse_scan("X" * (MAX_TAG_LEN + 1), ACME).tag is None
    assert parse_scan("two words", ACME).tag is None
    assert parse_scan("FT:ACME:" + "X" * (MAX_TAG_LEN + 1), ACME).tag is None


def test_a_labels_qr_and_code128_are_one_scan() -> None:
    qr = parse_scan(encode_payload("IT-004211", "ACME"), ACME, format="QRCode")
    bars = parse_scan("it-004211", ACME, format="Code128")
    assert qr.key == bars.key
    assert parse_scan("x y", ACME).key == "text:x y"


@pytest.mark.parametrize("bad", ["", "two words", "X" * (MAX_TAG_LEN + 1)])
def test_encode_payload_refuses_what_is_no_tag(bad: str) -> None:
    with pytest.raises(ValidationError):
        encode_payload(bad, "ACME")


@pytest.mark.parametrize("org", ["ac me", "-ACME", "A" * 17, "ÄCME"])
def test_bad_organisation_codes_are_refused(org: str) -> None:
    with pytest.raises(ValidationError):
        TagConfig(org.upper())
    with pytest.raises(ValidationError):
        encode_payload("IT-1", org)
